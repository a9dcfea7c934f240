// Runs every shared vector tests/vectors/<op>/<case>.json through tailor::api::call
// and requires the envelope to equal `expect` byte for byte (both serialized by
// the one canonical writer, which matches JSON.stringify). The same files run on
// the wasm build in Node (tests/node/vectors.test.js) and through tailorctl.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"
#include "vector_file.hpp"

namespace fs = std::filesystem;

TEST_CASE("every shared vector gives the expected envelope natively", "[vectors]") {
    const auto files = tailor::test::vector_files(TAILOR_VECTORS_DIR);
    REQUIRE(files.size() > 0);
    std::size_t checked = 0;
    for (const auto& file : files) {
        const auto v = tailor::test::load_vector(file);
        INFO(file.string());
        // tests/vectors/<op>/… holds that operation's cases; folders starting
        // with "_" (e.g. _envelope) hold cases that name any operation.
        const std::string folder = file.parent_path().filename().string();
        if (folder[0] != '_') REQUIRE(v.op == folder);
        CHECK(tailor::api::call(v.op, v.input_text) == v.expect_text);
        ++checked;
    }
    CHECK(checked == files.size());
}
