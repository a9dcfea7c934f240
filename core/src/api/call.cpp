#include "tailor/api/call.hpp"

#include <exception>
#include <new>

#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"

namespace tailor::api {
namespace {

namespace bj = boost::json;

Error single(const char* code, std::string message) {
    return Error{code, message, {Issue{"", code, std::move(message)}}};
}

bool printable_name(std::string_view op) {
    if (op.empty() || op.size() > 64) return false;
    for (char c : op)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
              c == '_' || c == '-'))
            return false;
    return true;
}

}  // namespace

Outcome invoke(std::string_view op, std::string_view input, const json::Limits& limits) noexcept {
    try {
        const Operation* operation = find_operation(op);
        if (!operation) {
            // Echo the name only when it is short and plain, so the envelope stays valid UTF-8.
            return single(error_code::unknown_operation,
                          printable_name(op) ? "there is no operation named \"" + std::string(op) +
                                                   "\"; core.operations lists them"
                                             : std::string("the operation name is not a known operation; "
                                                           "core.operations lists them"));
        }
        Result<bj::value> parsed = json::parse(input, limits);
        if (!parsed) return parsed.error();
        return operation->handler(parsed.value());
    } catch (const std::bad_alloc&) {
        return single(error_code::internal_error, "out of memory while running the operation");
    } catch (const std::exception& e) {
        return single(error_code::internal_error, std::string("internal error: ") + e.what());
    } catch (...) {
        return single(error_code::internal_error, "internal error");
    }
}

std::string envelope(const Outcome& outcome) {
    // Written as text around the result, so the result tree is never copied.
    // Same bytes as serializing {"ok":…,"result"|"error":…} with json::write.
    std::string out;
    if (outcome) {
        out += R"({"ok":true,"result":)";
        json::write_to(out, outcome.value());
        out += '}';
        return out;
    }
    const Error& e = outcome.error();
    out += R"({"ok":false,"error":{"code":)";
    json::write_string_to(out, e.code);
    out += R"(,"message":)";
    json::write_string_to(out, e.message);
    out += R"(,"details":[)";
    for (std::size_t i = 0; i < e.details.size(); ++i) {
        const Issue& d = e.details[i];
        if (i) out += ',';
        out += R"({"path":)";
        json::write_string_to(out, d.path);
        out += R"(,"code":)";
        json::write_string_to(out, d.code);
        out += R"(,"message":)";
        json::write_string_to(out, d.message);
        out += '}';
    }
    out += "]}}";
    return out;
}

std::string call(std::string_view op, std::string_view input, const json::Limits& limits) noexcept {
    try {
        return envelope(invoke(op, input, limits));
    } catch (...) {
        // Serializing failed (out of memory): a fixed, valid envelope.
        return R"({"ok":false,"error":{"code":"internal_error","message":"out of memory while writing the result","details":[]}})";
    }
}

std::string call(std::string_view op, std::string_view input) noexcept {
    return call(op, input, json::Limits{});
}

}  // namespace tailor::api
