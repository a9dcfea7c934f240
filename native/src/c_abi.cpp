// The C ABI: a thin adapter over tailor::api::call. Allocation uses malloc so
// that any language's FFI can free through tailor_free.
#include "tailor/tailor.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "tailor/api/call.hpp"
#include "tailor/version.hpp"

namespace {

char* to_c_string(const std::string& s, size_t* out_len) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (!p) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    if (out_len) *out_len = s.size();
    return p;
}

}  // namespace

extern "C" {

char* tailor_call_n(const char* op, size_t op_len, const char* json, size_t len, size_t* out_len) {
    if (!op) return nullptr;
    if (!json) len = 0;
    std::string out = tailor::api::call(std::string_view(op, op_len),
                                        std::string_view(json ? json : "", len));
    return to_c_string(out, out_len);
}

char* tailor_call(const char* op, const char* json, size_t len) {
    if (!op) return nullptr;
    return tailor_call_n(op, std::strlen(op), json, len, nullptr);
}

void tailor_free(char* envelope) { std::free(envelope); }

const char* tailor_version(void) { return tailor::version; }

int tailor_contract_version(void) { return tailor::contract_version; }

}  // extern "C"
