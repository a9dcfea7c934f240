// tailorctl — run any tailor-core operation from the command line.
//
//   tailorctl <operation> [FILE|-] [--pretty]   input from FILE, or stdin when absent or "-"
//   tailorctl --list                            operations with their summaries
//   tailorctl --batch                           JSON Lines: each stdin line ["op","input text"]
//                                               → one envelope line on stdout (for differential tests)
//   tailorctl --version | --help
//
// Prints the envelope (compact by default). Exit status: 0 when the envelope is
// ok, 2 when it is an error envelope, 1 for usage or I/O errors.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/schedule/time_zone.hpp"
#include "tailor/json/write.hpp"
#include "tailor/version.hpp"

namespace {

constexpr const char* usage =
    "usage: tailorctl <operation> [FILE|-] [--pretty]\n"
    "       tailorctl --batch < cases.jsonl\n"
    "       tailorctl --list | --version | --help\n"
    "\n"
    "Runs one tailor-core operation on a JSON input read from FILE (or stdin when\n"
    "FILE is absent or \"-\") and prints the result envelope:\n"
    "  {\"ok\":true,\"result\":...} or {\"ok\":false,\"error\":{\"code\",\"message\",\"details\"}}\n"
    "\n"
    "options:\n"
    "  --pretty   indent the envelope (2 spaces)\n"
    "  --list     list the operations and what each does\n"
    "  --batch    read JSON Lines [\"op\", \"input text\"] from stdin, print one envelope per line\n"
    "exit status: 0 ok envelope, 2 error envelope, 1 usage or I/O error\n";

bool read_all(std::istream& in, std::string& out) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

// --batch: one case per line, ["op", "input text"]; the input is a JSON string
// so that any bytes (even malformed JSON) can be carried. A malformed line
// yields an error envelope on its output line, keeping lines in step.
int run_batch() {
    std::ios::sync_with_stdio(false);
    std::string line;
    std::string out;
    while (std::getline(std::cin, line)) {
        auto parsed = tailor::json::parse(line);
        const boost::json::array* c = parsed && parsed.value().is_array() ? &parsed.value().get_array() : nullptr;
        if (!c || c->size() != 2 || !(*c)[0].is_string() || !(*c)[1].is_string()) {
            out = R"({"ok":false,"error":{"code":"invalid_batch_line","message":"each line must be [\"op\", \"input text\"]","details":[]}})";
        } else {
            const auto& op = (*c)[0].get_string();
            const auto& input = (*c)[1].get_string();
            out = tailor::api::call(std::string_view(op.data(), op.size()), std::string_view(input.data(), input.size()));
        }
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    std::fflush(stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> positional;
    bool pretty = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << usage;
            return 0;
        } else if (a == "--version") {
            std::cout << "tailorctl " << tailor::version << " (contract " << tailor::contract_version << ", tzdata "
                      << tailor::schedule::tz_release() << ")\n";
            return 0;
        } else if (a == "--list") {
            for (const auto& op : tailor::api::operations())
                std::cout << op.name << "\t" << op.summary << "\n";
            return 0;
        } else if (a == "--batch") {
            return run_batch();
        } else if (a == "--pretty") {
            pretty = true;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::cerr << "tailorctl: unknown option " << a << "\n" << usage;
            return 1;
        } else {
            positional.push_back(a);
        }
    }
    if (positional.empty() || positional.size() > 2) {
        std::cerr << usage;
        return 1;
    }
    std::string input;
    if (positional.size() == 1 || positional[1] == "-") {
        std::ios::sync_with_stdio(false);
        if (!read_all(std::cin, input)) {
            std::cerr << "tailorctl: cannot read standard input\n";
            return 1;
        }
    } else {
        std::ifstream file(positional[1], std::ios::binary);
        if (!file || !read_all(file, input)) {
            std::cerr << "tailorctl: cannot read " << positional[1] << "\n";
            return 1;
        }
    }
    tailor::api::Outcome outcome = tailor::api::invoke(positional[0], input);
    std::string out = tailor::api::envelope(outcome);
    if (pretty) {
        auto parsed = tailor::json::parse(out);
        if (parsed) out = tailor::json::write_pretty(parsed.value());
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    return outcome.ok() ? 0 : 2;
}
