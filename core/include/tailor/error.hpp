// tailor/error.hpp — the error model shared by every operation.
//
// An operation either succeeds with a result or fails with one Error: a stable
// snake_case `code`, a human `message`, and `details`, each an Issue located by
// a JSON Pointer into the caller's input. Codes are part of the public contract
// (tests and clients match on them); messages are for people and may be
// reworded only together with the vectors that pin them.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tailor {

/// One problem found in the input, located by a JSON Pointer (RFC 6901).
struct Issue {
    std::string path;     ///< JSON Pointer into the operation input ("" = the whole input).
    std::string code;     ///< Stable snake_case code, see issue_code below.
    std::string message;  ///< Human-readable explanation.

    friend bool operator==(const Issue& a, const Issue& b) {
        return a.path == b.path && a.code == b.code && a.message == b.message;
    }
};

/// A failed operation: the envelope {"ok":false,"error":{code,message,details}}.
struct Error {
    std::string code;
    std::string message;
    std::vector<Issue> details;
};

/// Envelope-level error codes (Error::code).
namespace error_code {
/// The input text is not JSON (syntax error, trailing data, empty input).
inline constexpr const char* invalid_json = "invalid_json";
/// The input text is not valid UTF-8 (or has an unpaired UTF-16 escape).
inline constexpr const char* invalid_utf8 = "invalid_utf8";
/// The input text is larger than limits::max_input_bytes.
inline constexpr const char* input_too_large = "input_too_large";
/// Arrays/objects nest deeper than limits::max_depth.
inline constexpr const char* too_deep = "too_deep";
/// An object repeats a key; one of the values would otherwise be silently lost.
inline constexpr const char* duplicate_key = "duplicate_key";
/// A number cannot be represented identically in every runtime
/// (an integer beyond ±(2^53−1), or a non-finite value).
inline constexpr const char* number_out_of_range = "number_out_of_range";
/// The operation name is not in the operation table.
inline constexpr const char* unknown_operation = "unknown_operation";
/// The input parsed but does not satisfy the operation's input schema;
/// `details` lists every problem found.
inline constexpr const char* invalid_input = "invalid_input";
/// A limit of the operation (items per order, employees per ranking…) was exceeded.
inline constexpr const char* limit_exceeded = "limit_exceeded";
/// A bug in tailor-core: an exception escaped an operation. Never expected.
inline constexpr const char* internal_error = "internal_error";
}  // namespace error_code

/// Issue-level codes (Issue::code) used by the JSON edge readers.
/// Domains add their own (e.g. "inactive_service"); each is documented where defined.
namespace issue_code {
inline constexpr const char* required = "required";            ///< A required field is absent.
inline constexpr const char* type_mismatch = "type_mismatch";  ///< Wrong JSON type (string vs number…).
inline constexpr const char* unknown_field = "unknown_field";  ///< A field the schema does not define.
inline constexpr const char* out_of_range = "out_of_range";    ///< A number outside its allowed range.
inline constexpr const char* not_integer = "not_integer";      ///< A fractional number where an integer is required.
inline constexpr const char* invalid_enum = "invalid_enum";    ///< A string outside the enumeration.
inline constexpr const char* invalid_format = "invalid_format";///< A string that violates its format (email, date…).
inline constexpr const char* too_long = "too_long";            ///< A string longer than allowed.
inline constexpr const char* too_short = "too_short";          ///< A string/array shorter than allowed.
inline constexpr const char* too_many = "too_many";            ///< An array with more items than allowed.
inline constexpr const char* duplicate = "duplicate";          ///< A repeated id/value that must be unique.
inline constexpr const char* inconsistent = "inconsistent";    ///< A cross-field rule is violated.
}  // namespace issue_code

/// Either a T or an Error. The typed C++ API returns this; nothing throws.
template <class T>
class Result {
public:
    Result(T value) : ok_(true), value_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    Result(Error error) : ok_(false), error_(std::move(error)) {}   // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return ok_; }
    explicit operator bool() const noexcept { return ok_; }
    const T& value() const& { return value_; }
    T& value() & { return value_; }
    T&& value() && { return std::move(value_); }
    const Error& error() const& { return error_; }

private:
    bool ok_;
    T value_{};
    Error error_{};
};

}  // namespace tailor
