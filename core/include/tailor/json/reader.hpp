// tailor/json/reader.hpp — checked reading of operation inputs at the JSON edge.
//
// Domain code never touches raw JSON. Codecs read each field through an
// ObjectReader, which checks presence, type and range, records an Issue with a
// JSON Pointer for every problem (it does not stop at the first), and reports
// fields the schema does not define (unknown-field policy: docs/schema.md).
//
// Null policy: for an optional field, null means "absent"; for a required
// field, null is a type_mismatch. This matches Firestore's `field?` notation.
//
//   tailor::json::Issues issues;
//   tailor::json::ObjectReader r(input, "", issues);
//   auto qty = r.integer("quantity", Presence::required, 1, 10000);
//   r.finish();                       // unknown_field for anything not read
//   if (!issues.empty()) return issues.to_error();
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::json {

/// Collects every Issue found while reading one input.
class Issues {
public:
    void add(std::string path, std::string code, std::string message);
    bool empty() const noexcept { return items_.empty(); }
    std::size_t size() const noexcept { return items_.size(); }
    const std::vector<Issue>& items() const noexcept { return items_; }
    std::vector<Issue> take() noexcept { return std::move(items_); }
    /// The envelope error for an input that failed its schema (code invalid_input).
    Error to_error(std::string message = "the input does not match the operation's schema");

private:
    std::vector<Issue> items_;
};

enum class Presence { required, optional };

/// Length rule for strings, counted in Unicode code points.
struct StringRule {
    std::size_t min_length = 0;
    std::size_t max_length = 10000;
};

/// One name of an enumeration as it appears in JSON.
template <class E>
struct EnumName {
    std::string_view name;
    E value;
};

/// The JSON type name used in messages ("string", "number", "object"…).
std::string_view kind_name(const boost::json::value& v) noexcept;

// ---- Reading a single value (array elements, or a whole input) -------------
// Each returns nullopt after recording an Issue at `path` when the value is unfit.

std::optional<std::string> read_string(const boost::json::value& v, const std::string& path,
                                       Issues& issues, StringRule rule = {});
std::optional<std::int64_t> read_integer(const boost::json::value& v, const std::string& path,
                                         Issues& issues, std::int64_t min, std::int64_t max);
/// A JSON number (integer or fraction) within [min, max]. For measurements and
/// other caller decimals only; money goes through money codecs, never a double.
std::optional<double> read_number(const boost::json::value& v, const std::string& path,
                                  Issues& issues, double min, double max);
std::optional<bool> read_boolean(const boost::json::value& v, const std::string& path, Issues& issues);
std::optional<Timestamp> read_timestamp(const boost::json::value& v, const std::string& path,
                                        Issues& issues);
/// Index into `names` of the string `v`, or nullopt with an invalid_enum issue.
std::optional<std::size_t> read_choice(const boost::json::value& v, const std::string& path,
                                       Issues& issues, const std::string_view* names, std::size_t count);

template <class E, std::size_t N>
std::optional<E> read_enum(const boost::json::value& v, const std::string& path, Issues& issues,
                           const EnumName<E> (&names)[N]) {
    std::string_view plain[N];
    for (std::size_t i = 0; i < N; ++i) plain[i] = names[i].name;
    auto index = read_choice(v, path, issues, plain, N);
    if (!index) return std::nullopt;
    return names[*index].value;
}

/// The JSON name of an enum value (linear search; enums are small).
template <class E, std::size_t N>
std::string_view enum_name(E value, const EnumName<E> (&names)[N]) {
    for (const auto& n : names)
        if (n.value == value) return n.name;
    return {};
}

// ---- Reading the fields of an object ----------------------------------------

class ObjectReader {
public:
    /// If `v` is not an object, records type_mismatch at `path`; every read then
    /// returns nullopt without further issues.
    ObjectReader(const boost::json::value& v, std::string path, Issues& issues);

    bool valid() const noexcept { return object_ != nullptr; }
    const std::string& path() const noexcept { return path_; }
    std::string path_of(std::string_view key) const;
    Issues& issues() noexcept { return *issues_; }
    const boost::json::object* object() const noexcept { return object_; }

    /// True when `key` is present and not null. Does not mark it as read.
    bool has(std::string_view key) const;

    /// The raw field, marked as read. Missing (or null) and required → `required`
    /// issue (null → type_mismatch); missing and optional → nullptr, no issue.
    const boost::json::value* field(std::string_view key, Presence presence);

    std::optional<std::string> string(std::string_view key, Presence presence, StringRule rule = {});
    std::optional<std::int64_t> integer(std::string_view key, Presence presence, std::int64_t min,
                                        std::int64_t max);
    std::optional<double> number(std::string_view key, Presence presence, double min, double max);
    std::optional<bool> boolean(std::string_view key, Presence presence);
    std::optional<Timestamp> timestamp(std::string_view key, Presence presence);
    std::optional<ObjectReader> object(std::string_view key, Presence presence);
    /// The array, or nullptr (with an issue when present but not an array, or
    /// longer than `max_items`: too_many).
    const boost::json::array* array(std::string_view key, Presence presence, std::size_t max_items);

    template <class E, std::size_t N>
    std::optional<E> enumeration(std::string_view key, Presence presence, const EnumName<E> (&names)[N]) {
        const boost::json::value* v = field(key, presence);
        if (!v) return std::nullopt;
        return read_enum(*v, path_of(key), *issues_, names);
    }

    /// Marks a field as read without reading it (for fields checked elsewhere).
    void ignore(std::string_view key);

    /// Records unknown_field for every present key that no read consulted.
    void finish();

private:
    const boost::json::object* object_ = nullptr;
    std::string path_;
    Issues* issues_;
    std::vector<std::string> consulted_;
};

}  // namespace tailor::json
