// The strict parser: Boost.JSON's basic_parser driving our own handler, so
// that duplicate keys, unsafe integers and non-finite numbers are caught at the
// place they occur (with a JSON Pointer) instead of being silently changed.
#include "tailor/json/parse.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/monotonic_resource.hpp>

#include "tailor/json/pointer.hpp"

namespace tailor::json {
namespace {

namespace bj = boost::json;

/// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
/// Rejects overlong forms, surrogates (U+D800–DFFF) and code points > U+10FFFF.
std::size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) len = 3;
        else if (c == 0xED) { len = 3; hi = 0x9F; }
        else if (c >= 0xEE && c <= 0xEF) len = 3;
        else if (c == 0xF0) { len = 4; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }
        else return i;
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

/// Byte offset of the first \uD800–\uDBFF escape not followed by a low-surrogate
/// escape, or npos. Boost reports that case as a plain syntax error; callers
/// deserve to know it is an encoding problem.
std::size_t find_unpaired_surrogate_escape(std::string_view s) {
    auto hex4 = [&](std::size_t at, unsigned& out) {
        if (at + 4 > s.size()) return false;
        out = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            char c = s[i];
            unsigned d = (c >= '0' && c <= '9')   ? unsigned(c - '0')
                         : (c >= 'a' && c <= 'f') ? unsigned(c - 'a' + 10)
                         : (c >= 'A' && c <= 'F') ? unsigned(c - 'A' + 10)
                                                  : 16u;
            if (d == 16u) return false;
            out = out * 16 + d;
        }
        return true;
    };
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '\\') continue;
        unsigned cu;
        if (s[i + 1] == 'u' && hex4(i + 2, cu) && cu >= 0xD800 && cu <= 0xDBFF) {
            unsigned low;
            if (!(i + 7 < s.size() && s[i + 6] == '\\' && s[i + 7] == 'u' && hex4(i + 8, low) &&
                  low >= 0xDC00 && low <= 0xDFFF))
                return i;
            i += 11;
        } else {
            ++i;  // skip the escaped character (so "\\\\" is not read as an escape)
        }
    }
    return std::string_view::npos;
}

struct Frame {
    bool is_object;
    std::string path;
    bj::object object;
    bj::array array;
    std::string key;  // pending key (objects)
};

class TreeBuilder {
public:
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

    // The whole input tree lives in one monotonic arena, released at once when
    // the last value referring to it goes: parsing allocates a few large blocks
    // instead of one heap block per node.
    explicit TreeBuilder(const Limits& limits)
        : limits_(limits), sp_(bj::make_shared_resource<bj::monotonic_resource>()), root(sp_) {}

private:
    const Limits& limits_;
    bj::storage_ptr sp_;

public:
    bj::value root;
    std::optional<Error> failure;  // our own reason for stopping the parser

    /// Path of the container being filled, or of the value about to be inserted.
    std::string current_path() const {
        if (stack_.empty()) return "";
        const Frame& f = stack_.back();
        if (f.is_object) return key_done_ ? pointer_append(f.path, f.key) : f.path;
        return pointer_append(f.path, f.array.size());
    }

    bool on_document_begin(bj::error_code&) { return true; }
    bool on_document_end(bj::error_code&) { return true; }

    bool on_array_begin(bj::error_code&) { return open(false); }
    bool on_array_end(std::size_t, bj::error_code& ec) { return close(ec); }
    bool on_object_begin(bj::error_code&) { return open(true); }
    bool on_object_end(std::size_t, bj::error_code& ec) { return close(ec); }

    bool on_string_part(bj::string_view s, std::size_t, bj::error_code& ec) {
        return append_text(s, ec);
    }
    bool on_string(bj::string_view s, std::size_t, bj::error_code& ec) {
        if (!append_text(s, ec)) return false;
        bj::value v(bj::string_view(text_.data(), text_.size()), sp_);
        text_.clear();
        return insert(std::move(v), ec);
    }
    bool on_key_part(bj::string_view s, std::size_t, bj::error_code& ec) { return append_text(s, ec); }
    bool on_key(bj::string_view s, std::size_t, bj::error_code& ec) {
        if (!append_text(s, ec)) return false;
        Frame& f = stack_.back();
        f.key.assign(text_.data(), text_.size());
        text_.clear();
        if (f.object.contains(f.key)) {
            fail(error_code::duplicate_key, pointer_append(f.path, f.key),
                 "the key appears more than once in this object; one value would be lost", ec);
            return false;
        }
        key_done_ = true;
        return true;
    }

    bool on_number_part(bj::string_view s, bj::error_code&) {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, bj::string_view, bj::error_code& ec) {
        number_.clear();
        if (i > max_safe_integer || i < -max_safe_integer) return unsafe_integer(ec);
        return insert(bj::value(i, sp_), ec);
    }
    bool on_uint64(std::uint64_t, bj::string_view, bj::error_code& ec) { return unsafe_integer(ec); }
    bool on_double(double d, bj::string_view s, bj::error_code& ec) {
        number_.append(s.data(), s.size());
        // An integer literal too large even for uint64 arrives here as a double.
        const bool integer_literal = number_.find_first_of(".eE") == std::string::npos;
        number_.clear();
        if (integer_literal) return unsafe_integer(ec);
        if (!std::isfinite(d)) {
            fail(error_code::number_out_of_range, current_path(),
                 "the number is too large to represent", ec);
            return false;
        }
        return insert(bj::value(d, sp_), ec);
    }
    bool on_bool(bool b, bj::error_code& ec) { return insert(bj::value(b, sp_), ec); }
    bool on_null(bj::error_code& ec) { return insert(bj::value(nullptr, sp_), ec); }
    bool on_comment_part(bj::string_view, bj::error_code&) { return true; }
    bool on_comment(bj::string_view, bj::error_code&) { return true; }

private:
    std::vector<Frame> stack_;
    std::string text_;
    std::string number_;  // the literal of the number being parsed, across buffer parts
    bool key_done_ = false;

    void fail(const char* code, std::string path, std::string message, bj::error_code& ec) {
        failure = Error{code, message, {Issue{std::move(path), code, std::move(message)}}};
        ec = bj::error::exception;  // any error stops the parser; `failure` says why
    }

    bool unsafe_integer(bj::error_code& ec) {
        fail(error_code::number_out_of_range, current_path(),
             "integers must be between -9007199254740991 and 9007199254740991 (±(2^53−1)) "
             "so that every runtime reads the same value",
             ec);
        return false;
    }

    bool append_text(bj::string_view s, bj::error_code& ec) {
        if (text_.size() + s.size() > limits_.max_string_bytes) {
            fail(error_code::input_too_large, current_path(),
                 "a string is longer than " + std::to_string(limits_.max_string_bytes) + " bytes", ec);
            return false;
        }
        text_.append(s.data(), s.size());
        return true;
    }

    bool open(bool is_object) {
        std::string path = current_path();
        stack_.push_back(Frame{is_object, std::move(path), bj::object(sp_), bj::array(sp_), {}});
        key_done_ = false;
        return true;
    }

    bool close(bj::error_code& ec) {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        bj::value v = f.is_object ? bj::value(std::move(f.object)) : bj::value(std::move(f.array));
        return insert(std::move(v), ec);
    }

    bool insert(bj::value v, bj::error_code&) {
        if (stack_.empty()) {
            root = std::move(v);
            return true;
        }
        Frame& f = stack_.back();
        if (f.is_object) {
            f.object.emplace(f.key, std::move(v));
            key_done_ = false;
        } else {
            f.array.emplace_back(std::move(v));
        }
        return true;
    }
};

std::string position_of(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; column = 1; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
           std::to_string(offset) + ")";
}

Error single(const char* code, std::string path, std::string message) {
    return Error{code, message, {Issue{std::move(path), code, std::move(message)}}};
}

}  // namespace

Result<boost::json::value> parse(std::string_view text, const Limits& limits) {
    if (text.size() > limits.max_input_bytes) {
        return single(error_code::input_too_large, "",
                      "the input is " + std::to_string(text.size()) + " bytes; the limit is " +
                          std::to_string(limits.max_input_bytes) + " bytes");
    }
    if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        return single(error_code::invalid_utf8, "",
                      "the input is not valid UTF-8 at " + position_of(text, bad));
    }
    bj::parse_options options;
    options.max_depth = limits.max_depth;
    bj::basic_parser<TreeBuilder> parser(options, limits);
    bj::error_code ec;
    std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
    TreeBuilder& builder = parser.handler();
    if (builder.failure) return std::move(*builder.failure);
    if (!ec) {
        // basic_parser stops after one complete value; anything but whitespace after it is an error.
        const std::size_t rest = text.find_first_not_of(" \t\r\n", used);
        if (rest == std::string_view::npos) return std::move(builder.root);
        return single(error_code::invalid_json, "",
                      "unexpected data after the JSON value at " + position_of(text, rest));
    }

    const std::string where = position_of(text, used);
    if (ec == bj::error::too_deep) {
        return single(error_code::too_deep, builder.current_path(),
                      "arrays and objects nest deeper than " + std::to_string(limits.max_depth) +
                          " levels at " + where);
    }
    if (ec == bj::error::illegal_leading_surrogate || ec == bj::error::illegal_trailing_surrogate) {
        return single(error_code::invalid_utf8, builder.current_path(),
                      "an escaped UTF-16 surrogate is unpaired at " + where);
    }
    if (ec == bj::error::exponent_overflow) {
        return single(error_code::number_out_of_range, builder.current_path(),
                      "the number is too large to represent at " + where);
    }
    if (ec == bj::error::incomplete) {
        return single(error_code::invalid_json, "",
                      text.find_first_not_of(" \t\r\n") == std::string_view::npos
                          ? std::string("the input is empty; expected a JSON value")
                          : "the input ends before the JSON value is complete at " + where);
    }
    if (ec == bj::error::extra_data) {
        return single(error_code::invalid_json, "",
                      "unexpected data after the JSON value at " + where);
    }
    if (std::size_t at = find_unpaired_surrogate_escape(text); at != std::string_view::npos) {
        return single(error_code::invalid_utf8, builder.current_path(),
                      "an escaped UTF-16 surrogate is unpaired at " + position_of(text, at));
    }
    return single(error_code::invalid_json, "", "the input is not valid JSON at " + where);
}

}  // namespace tailor::json
