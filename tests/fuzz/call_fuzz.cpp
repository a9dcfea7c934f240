// libFuzzer target over tailor::api::call for every operation.
//
// Input layout: byte 0 selects the operation (modulo the table size), the rest
// is the JSON text. The structure-aware mutator below keeps inputs valid JSON
// most of the time (parse → mutate one node → re-serialize), so the fuzzer
// reaches the domain logic instead of dying in the parser; plain byte mutation
// still runs a quarter of the time to keep exercising the parser itself.
//
// Checked on every input: call() returns, its output is valid JSON in our
// strict parser, it is an envelope of the documented shape, and error
// envelopes carry a code and at least one detail with a path. ASan/UBSan
// (the fuzz preset) catch memory errors and undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

namespace bj = boost::json;

void check_envelope(const std::string& out) {
    auto parsed = tailor::json::parse(out);
    if (!parsed) std::abort();  // call() produced something that is not strict JSON
    const bj::value& v = parsed.value();
    if (!v.is_object()) std::abort();
    const bj::object& env = v.get_object();
    const bj::value* ok = env.if_contains("ok");
    if (!ok || !ok->is_bool()) std::abort();
    if (ok->get_bool()) {
        if (!env.contains("result") || env.size() != 2) std::abort();
        return;
    }
    const bj::value* error = env.if_contains("error");
    if (!error || !error->is_object()) std::abort();
    const bj::object& e = error->get_object();
    const bj::value* code = e.if_contains("code");
    const bj::value* details = e.if_contains("details");
    if (!code || !code->is_string() || code->get_string().empty()) std::abort();
    if (!details || !details->is_array()) std::abort();
    for (const auto& d : details->get_array()) {
        if (!d.is_object() || !d.get_object().contains("path") || !d.get_object().contains("code")) std::abort();
    }
    // An invalid_input error must say where: at least one detail.
    if (code->get_string() == "invalid_input" && details->get_array().empty()) std::abort();
}

// Mutates one randomly chosen node of a JSON tree in place.
void mutate_node(bj::value& v, std::mt19937& rng, int depth) {
    std::uniform_int_distribution<int> pick(0, 99);
    if ((v.is_object() && !v.get_object().empty()) || (v.is_array() && !v.get_array().empty())) {
        if (pick(rng) < 80 && depth < 60) {
            if (v.is_object()) {
                auto& o = v.get_object();
                auto it = o.begin() + std::uniform_int_distribution<std::size_t>(0, o.size() - 1)(rng);
                int action = pick(rng);
                if (action < 8) { o.erase(it); return; }                 // drop a field
                if (action < 12) {  // an unknown field (copy first: inserting may reallocate)
                    bj::value copy = it->value();
                    o[std::string(it->key()) + "x"] = std::move(copy);
                    return;
                }
                mutate_node(it->value(), rng, depth + 1);
                return;
            }
            auto& a = v.get_array();
            std::size_t i = std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(rng);
            int action = pick(rng);
            if (action < 8) { a.erase(a.begin() + static_cast<std::ptrdiff_t>(i)); return; }
            if (action < 16) {  // duplicate an element (copy first: push_back may reallocate)
                bj::value copy = a[i];
                a.push_back(std::move(copy));
                return;
            }
            mutate_node(a[i], rng, depth + 1);
            return;
        }
    }
    static const bj::value replacements[] = {
        nullptr, true, false, 0, -1, 1, 2, 5, 100, 9007199254740991, -9007199254740991, 0.5, 19.99,
        -0.01, 1e300, "", "x", "2026-03-01T09:30:00Z", "INR", "pending", "admin", "+919876543210",
        bj::array{}, bj::object{}};
    int action = pick(rng);
    if (v.is_int64() && action < 50) {
        v = v.get_int64() + std::uniform_int_distribution<int>(-3, 3)(rng);
    } else if (v.is_string() && action < 40 && !v.get_string().empty()) {
        auto& s = v.get_string();
        s.erase(std::uniform_int_distribution<std::size_t>(0, s.size() - 1)(rng), 1);
    } else {
        v = replacements[std::uniform_int_distribution<std::size_t>(0, std::size(replacements) - 1)(rng)];
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const auto& table = tailor::api::operations();
    const std::string_view op = table[data[0] % table.size()].name;
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    check_envelope(tailor::api::call(op, input));
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
    std::mt19937 rng(seed);
    if (size < 2 || rng() % 4 == 0) return LLVMFuzzerMutate(data, size, max_size);
    auto parsed = tailor::json::parse(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    if (!parsed) return LLVMFuzzerMutate(data, size, max_size);
    bj::value v = std::move(parsed.value());
    const int rounds = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < rounds; ++i) mutate_node(v, rng, 0);
    if (rng() % 16 == 0) data[0] = static_cast<uint8_t>(rng());  // sometimes switch operation
    const std::string text = tailor::json::write(v);
    if (text.size() + 1 > max_size) return LLVMFuzzerMutate(data, size, max_size);
    std::memcpy(data + 1, text.data(), text.size());
    return text.size() + 1;
}
