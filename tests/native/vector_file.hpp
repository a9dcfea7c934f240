// Loading one shared vector: {"op", "input" | "inputText" | "inputHex", "expect", "note"?}.
//   input      a JSON value; sent as its canonical serialization
//   inputText  a string sent verbatim (malformed JSON, huge numbers, …)
//   inputHex   bytes sent verbatim (invalid UTF-8)
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"

namespace tailor::test {

struct Vector {
    std::string op;
    std::string input_text;
    std::string expect_text;
};

inline std::vector<std::filesystem::path> vector_files(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline Vector load_vector(const std::filesystem::path& file) {
    auto parsed = json::parse(read_file(file));
    if (!parsed) throw std::runtime_error(file.string() + ": " + parsed.error().message);
    const auto& o = parsed.value().as_object();
    Vector v;
    v.op = std::string(o.at("op").as_string());
    if (const auto* in = o.if_contains("input")) {
        v.input_text = json::write(*in);
    } else if (const auto* text = o.if_contains("inputText")) {
        v.input_text = std::string(text->as_string());
    } else {
        const auto& hex = o.at("inputHex").as_string();
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
            v.input_text.push_back(static_cast<char>(std::stoi(std::string(hex.subview(i, 2)), nullptr, 16)));
    }
    v.expect_text = json::write(o.at("expect"));
    return v;
}

}  // namespace tailor::test
