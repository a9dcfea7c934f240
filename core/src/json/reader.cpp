#include "tailor/json/reader.hpp"

#include <algorithm>
#include <cmath>

#include "tailor/json/limits.hpp"
#include "tailor/json/pointer.hpp"
#include "tailor/json/write.hpp"

namespace tailor::json {
namespace {

namespace bj = boost::json;

std::size_t code_points(bj::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string mismatch(std::string_view expected, const bj::value& v) {
    return "must be " + std::string(expected) + ", not " + std::string(kind_name(v));
}

std::string range_text(std::int64_t min, std::int64_t max) {
    return "must be between " + std::to_string(min) + " and " + std::to_string(max);
}

}  // namespace

void Issues::add(std::string path, std::string code, std::string message) {
    items_.push_back(Issue{std::move(path), std::move(code), std::move(message)});
}

Error Issues::to_error(std::string message) {
    return Error{error_code::invalid_input, std::move(message), take()};
}

std::string_view kind_name(const bj::value& v) noexcept {
    switch (v.kind()) {
        case bj::kind::null: return "null";
        case bj::kind::bool_: return "a boolean";
        case bj::kind::int64:
        case bj::kind::uint64:
        case bj::kind::double_: return "a number";
        case bj::kind::string: return "a string";
        case bj::kind::array: return "an array";
        case bj::kind::object: return "an object";
    }
    return "unknown";
}

std::optional<std::string> read_string(const bj::value& v, const std::string& path, Issues& issues,
                                       StringRule rule) {
    if (!v.is_string()) {
        issues.add(path, issue_code::type_mismatch, mismatch("a string", v));
        return std::nullopt;
    }
    const auto& s = v.get_string();
    const std::size_t n = code_points(s);
    if (n < rule.min_length) {
        issues.add(path, issue_code::too_short,
                   rule.min_length == 1 ? std::string("must not be empty")
                                        : "must be at least " + std::to_string(rule.min_length) +
                                              " characters");
        return std::nullopt;
    }
    if (n > rule.max_length) {
        issues.add(path, issue_code::too_long,
                   "must be at most " + std::to_string(rule.max_length) + " characters");
        return std::nullopt;
    }
    return std::string(s.data(), s.size());
}

std::optional<std::int64_t> read_integer(const bj::value& v, const std::string& path, Issues& issues,
                                         std::int64_t min, std::int64_t max) {
    std::int64_t value;
    if (v.is_int64()) {
        value = v.get_int64();
    } else if (v.is_double()) {
        // 5.0 is the same number as 5 (JSON.parse agrees); 5.5 is not an integer.
        const double d = v.get_double();
        if (std::trunc(d) != d) {
            issues.add(path, issue_code::not_integer, "must be a whole number");
            return std::nullopt;
        }
        if (d > static_cast<double>(max_safe_integer) || d < -static_cast<double>(max_safe_integer)) {
            issues.add(path, issue_code::out_of_range, range_text(min, max));
            return std::nullopt;
        }
        value = static_cast<std::int64_t>(d);
    } else {
        issues.add(path, issue_code::type_mismatch, mismatch("a number", v));
        return std::nullopt;
    }
    if (value < min || value > max) {
        issues.add(path, issue_code::out_of_range, range_text(min, max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> read_number(const bj::value& v, const std::string& path, Issues& issues,
                                  double min, double max) {
    double d;
    if (v.is_int64()) d = static_cast<double>(v.get_int64());
    else if (v.is_double()) d = v.get_double();
    else {
        issues.add(path, issue_code::type_mismatch, mismatch("a number", v));
        return std::nullopt;
    }
    if (d < min || d > max) {
        issues.add(path, issue_code::out_of_range,
                   "must be between " + format_double(min) + " and " + format_double(max));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> read_boolean(const bj::value& v, const std::string& path, Issues& issues) {
    if (!v.is_bool()) {
        issues.add(path, issue_code::type_mismatch, mismatch("a boolean", v));
        return std::nullopt;
    }
    return v.get_bool();
}

std::optional<Timestamp> read_timestamp(const bj::value& v, const std::string& path, Issues& issues) {
    if (v.is_string()) {
        auto t = parse_rfc3339(v.get_string());
        if (!t) {
            issues.add(path, issue_code::invalid_format,
                       "must be an RFC 3339 date-time such as 2026-03-01T09:30:00Z, between years "
                       "0001 and 9999");
        }
        return t;
    }
    if (v.is_object()) {
        const auto& o = v.get_object();
        const bool firestore = o.contains("seconds");
        const bool admin = o.contains("_seconds");
        if (firestore == admin || o.size() > 2) {
            issues.add(path, issue_code::invalid_format,
                       "must be an RFC 3339 string, {\"seconds\",\"nanoseconds\"} or "
                       "{\"_seconds\",\"_nanoseconds\"}");
            return std::nullopt;
        }
        ObjectReader r(v, path, issues);
        const std::size_t before = issues.size();
        auto seconds = r.integer(firestore ? "seconds" : "_seconds", Presence::required,
                                 timestamp_min_seconds, timestamp_max_seconds);
        auto nanos = r.integer(firestore ? "nanoseconds" : "_nanoseconds", Presence::optional, 0,
                               999999999);
        r.finish();
        if (issues.size() != before || !seconds) return std::nullopt;
        return Timestamp{*seconds, static_cast<std::int32_t>(nanos.value_or(0))};
    }
    issues.add(path, issue_code::type_mismatch, mismatch("a timestamp (string or object)", v));
    return std::nullopt;
}

std::optional<std::size_t> read_choice(const bj::value& v, const std::string& path, Issues& issues,
                                       const std::string_view* names, std::size_t count) {
    if (v.is_string()) {
        const auto& s = v.get_string();
        for (std::size_t i = 0; i < count; ++i)
            if (names[i] == std::string_view(s.data(), s.size())) return i;
    }
    std::string message = "must be one of: ";
    for (std::size_t i = 0; i < count; ++i) {
        if (i) message += ", ";
        message += names[i];
    }
    issues.add(path, v.is_string() ? issue_code::invalid_enum : issue_code::type_mismatch,
               v.is_string() ? message : mismatch("a string", v) + "; " + message);
    return std::nullopt;
}

ObjectReader::ObjectReader(const bj::value& v, std::string path, Issues& issues)
    : path_(std::move(path)), issues_(&issues) {
    if (v.is_object()) object_ = &v.get_object();
    else issues.add(path_, issue_code::type_mismatch, mismatch("an object", v));
}

std::string ObjectReader::path_of(std::string_view key) const { return pointer_append(path_, key); }

bool ObjectReader::has(std::string_view key) const {
    if (!object_) return false;
    const bj::value* v = object_->if_contains(key);
    return v && !v->is_null();
}

void ObjectReader::ignore(std::string_view key) { consulted_.emplace_back(key); }

const bj::value* ObjectReader::field(std::string_view key, Presence presence) {
    if (!object_) return nullptr;
    consulted_.emplace_back(key);
    const bj::value* v = object_->if_contains(key);
    if (v && !v->is_null()) return v;
    if (presence == Presence::required) {
        if (v) issues_->add(path_of(key), issue_code::type_mismatch, "is required and must not be null");
        else issues_->add(path_of(key), issue_code::required, "is required");
    }
    return nullptr;
}

std::optional<std::string> ObjectReader::string(std::string_view key, Presence presence, StringRule rule) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    return read_string(*v, path_of(key), *issues_, rule);
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, Presence presence,
                                                  std::int64_t min, std::int64_t max) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    return read_integer(*v, path_of(key), *issues_, min, max);
}

std::optional<double> ObjectReader::number(std::string_view key, Presence presence, double min,
                                           double max) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    return read_number(*v, path_of(key), *issues_, min, max);
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Presence presence) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    return read_boolean(*v, path_of(key), *issues_);
}

std::optional<Timestamp> ObjectReader::timestamp(std::string_view key, Presence presence) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    return read_timestamp(*v, path_of(key), *issues_);
}

std::optional<ObjectReader> ObjectReader::object(std::string_view key, Presence presence) {
    const bj::value* v = field(key, presence);
    if (!v) return std::nullopt;
    ObjectReader child(*v, path_of(key), *issues_);
    if (!child.valid()) return std::nullopt;
    return child;
}

const bj::array* ObjectReader::array(std::string_view key, Presence presence, std::size_t max_items) {
    const bj::value* v = field(key, presence);
    if (!v) return nullptr;
    if (!v->is_array()) {
        issues_->add(path_of(key), issue_code::type_mismatch, mismatch("an array", *v));
        return nullptr;
    }
    if (v->get_array().size() > max_items) {
        issues_->add(path_of(key), issue_code::too_many,
                     "must have at most " + std::to_string(max_items) + " items");
        return nullptr;
    }
    return &v->get_array();
}

void ObjectReader::finish() {
    if (!object_) return;
    for (const auto& kv : *object_) {
        const std::string_view key(kv.key().data(), kv.key().size());
        if (std::find(consulted_.begin(), consulted_.end(), key) == consulted_.end()) {
            issues_->add(path_of(key), issue_code::unknown_field, "is not a field of this document");
            consulted_.emplace_back(key);  // report once even if finish() is called again
        }
    }
}

}  // namespace tailor::json
