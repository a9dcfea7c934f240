// The wasm surface: plain JSON text in and out through the operation table.
// No Embind class handles reach JavaScript (nothing needs .delete()), and no
// C++ exception crosses into JS: api::call is noexcept and turns every failure
// into an error envelope.
#include <emscripten/bind.h>
#include <emscripten/heap.h>

#include <string>

#include "tailor/api/call.hpp"
#include "tailor/version.hpp"

namespace {

// std::string parameters accept a JS string (UTF-8 encoded by Embind) or a
// Uint8Array / ArrayBuffer of raw bytes, which lets tests send invalid UTF-8.
std::string call(const std::string& op, const std::string& input) { return tailor::api::call(op, input); }

std::string version() { return tailor::version; }

int contract_version() { return tailor::contract_version; }

// Diagnostics: the current size of the wasm linear memory (it only grows).
double memory_bytes() { return static_cast<double>(emscripten_get_heap_size()); }

}  // namespace

EMSCRIPTEN_BINDINGS(tailor_core) {
    emscripten::function("call", &call);
    emscripten::function("version", &version);
    emscripten::function("contractVersion", &contract_version);
    emscripten::function("memoryBytes", &memory_bytes);
}
