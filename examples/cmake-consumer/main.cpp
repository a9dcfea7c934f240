// A consumer of the tailor_core CMake package: runs one operation through the
// C++ entry point and through the C ABI, checks they agree, prints the envelope.
//
//   app [OP [JSON]]     default: core.version {}
// Exit status: 0 when both paths give the same envelope, 1 otherwise.
#include <cstdio>
#include <cstring>
#include <string>

#include "tailor/api/call.hpp"
#include "tailor/tailor.h"
#include "tailor/version.hpp"

int main(int argc, char** argv) {
    const std::string op = argc > 1 ? argv[1] : "core.version";
    const std::string input = argc > 2 ? argv[2] : "{}";

    const std::string cpp = tailor::api::call(op, input);

    std::size_t len = 0;
    char* c = tailor_call_n(op.data(), op.size(), input.data(), input.size(), &len);
    if (!c) {
        std::fprintf(stderr, "tailor_call_n returned NULL\n");
        return 1;
    }
    const std::string from_c(c, len);
    tailor_free(c);

    if (cpp != from_c || std::strcmp(tailor_version(), tailor::version) != 0) {
        std::fprintf(stderr, "C++ and C ABI disagree:\n%s\n%s\n", cpp.c_str(), from_c.c_str());
        return 1;
    }
    std::printf("%s\n", cpp.c_str());
    return 0;
}
