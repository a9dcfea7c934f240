// Private helpers shared by the document codecs: field readers for the common
// formats (ids, e-mail, phone, money, measurements), array iteration with
// JSON Pointer paths, and the canonical encoders. Not part of the public API.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/measurements.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/json/limits.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/currency.hpp"
#include "tailor/money/money.hpp"

namespace tailor::documents::detail {

namespace bj = boost::json;
using json::ObjectReader;
using json::Presence;
constexpr Presence req = Presence::required;
constexpr Presence opt = Presence::optional;

/// Reading context: where issues go and whether unknown fields count.
struct Ctx {
    json::Issues& issues;
    Strictness strictness;
};

/// Ends an object: in strict mode, every unread field is an unknown_field issue.
inline void done(ObjectReader& r, const Ctx& c) {
    if (c.strictness == Strictness::strict) r.finish();
}

/// Issues recorded since `mark` (used to decide whether a part decoded cleanly).
inline bool clean_since(const Ctx& c, std::size_t mark) { return c.issues.size() == mark; }

std::optional<std::string> read_id(ObjectReader& r, std::string_view key, Presence p);
std::optional<std::string> read_id_value(const bj::value& v, const std::string& path, json::Issues& issues);
std::optional<std::string> read_text(ObjectReader& r, std::string_view key, Presence p, std::size_t min,
                                     std::size_t max);
std::optional<std::string> read_email(ObjectReader& r, std::string_view key, Presence p);
std::optional<std::string> read_phone(ObjectReader& r, std::string_view key, Presence p);

enum class Sign { non_negative, positive, any };
/// An amount in `currency` (nullopt currency: only the JSON type is checked, no value).
std::optional<money::Money> read_money(ObjectReader& r, std::string_view key, Presence p,
                                       const std::optional<money::Currency>& currency, Sign sign);
std::optional<money::Money> read_money_value(const bj::value& v, const std::string& path, json::Issues& issues,
                                             const std::optional<money::Currency>& currency, Sign sign);
/// Reads `currency` as an ISO 4217 code.
std::optional<money::Currency> read_currency_field(ObjectReader& r, std::string_view key, Presence p);
/// The currency named by obj[key] if it is a valid code, without recording anything.
std::optional<money::Currency> peek_currency(const bj::value& object, std::string_view key);

/// A rating-like number: 0 (none yet) or within [1, 5].
std::optional<double> read_rating(ObjectReader& r, std::string_view key, Presence p);

/// An array of strings, each `min`–`max` characters, at most `max_items`, optionally unique.
std::optional<std::vector<std::string>> read_string_list(ObjectReader& r, std::string_view key, Presence p,
                                                         std::size_t max_items, std::size_t min,
                                                         std::size_t max, bool unique);

/// Calls f(element, path) for each element of `array` (no-op when null).
template <class F>
void each(const bj::array* array, const std::string& path, F&& f) {
    if (!array) return;
    for (std::size_t i = 0; i < array->size(); ++i) f((*array)[i], path + "/" + std::to_string(i));
}

/// A map-like object field: the object, or nullptr with type_mismatch (not an
/// object) or too_many (more than `max_keys` keys). Used for free-form maps.
const bj::object* read_map(ObjectReader& r, std::string_view key, Presence p, std::size_t max_keys,
                           std::string_view what);

/// True when every optional holds a value (the required fields of a part).
template <class... T>
bool all(const T&... values) {
    return (static_cast<bool>(values) && ...);
}

/// Reads an array of objects with `read(element, path)` → optional<T>. nullopt when
/// the array is absent, not an array, too long, or any element failed.
template <class T, class F>
std::optional<std::vector<T>> read_list(ObjectReader& r, std::string_view key, Presence p, std::size_t max_items,
                                        F&& read) {
    const bj::array* a = r.array(key, p, max_items);
    if (!a) return std::nullopt;
    std::vector<T> out;
    bool ok = true;
    each(a, r.path_of(key), [&](const bj::value& v, const std::string& path) {
        std::optional<T> item = read(v, path);
        if (item) out.push_back(std::move(*item));
        else ok = false;
    });
    if (!ok) return std::nullopt;
    return out;
}

/// Encodes a vector with `encode(item)` into a JSON array.
template <class T, class F>
bj::value encode_list(const std::vector<T>& items, F&& encode) {
    bj::array a;
    for (const auto& item : items) a.emplace_back(encode(item));
    return bj::value(std::move(a));
}

/// "1234.50 INR" for messages.
std::string money_text(std::int64_t minor, const money::Currency& currency);

/// A measurement value (> 0, ≤ 3 decimals) in thousandths of its unit; when `range`
/// is given, checked for plausibility in `unit` (issue implausible_measurement).
std::optional<Length> read_length(const bj::value& v, const std::string& path, json::Issues& issues,
                                  std::optional<LengthUnit> unit, const PlausibleRange& range,
                                  std::string_view what);

/// Longest accepted free measurement name, and most free names per map.
inline constexpr std::size_t max_measurement_name = 40;
inline constexpr std::size_t max_free_measurements = 50;

std::optional<OrderMeasurements> read_order_measurements(ObjectReader& parent, std::string_view key, const Ctx& c);
bj::value encode_order_measurements(const OrderMeasurements& m);
std::optional<CustomerMeasurements> read_customer_measurements(ObjectReader& parent, std::string_view key,
                                                               const Ctx& c);
bj::value encode_customer_measurements(const CustomerMeasurements& m);

/// Adds `code` at path with message.
inline void issue(const Ctx& c, std::string path, const char* code, std::string message) {
    c.issues.add(std::move(path), code, std::move(message));
}

// ---- Encoding -----------------------------------------------------------------
bj::value encode_timestamp(const Timestamp& t);
/// An amount as a JSON number in major units (the nearest double to the exact
/// decimal, which JSON.stringify prints as that decimal).
bj::value encode_money(const money::Money& m);
bj::value encode_length(Length l);
bj::value encode_lengths(const std::vector<NamedLength>& values);
bj::value encode_strings(const std::vector<std::string>& list);
template <class T>
void put_optional(bj::object& o, std::string_view key, const std::optional<T>& v) {
    if (v) o.emplace(key, *v);
}
inline void put_optional_ts(bj::object& o, std::string_view key, const std::optional<Timestamp>& t) {
    if (t) o.emplace(key, encode_timestamp(*t));
}

/// Runs a strict read and builds the validation report.
template <class T, class Read, class Encode>
ValidationReport validate_with(const bj::value& v, Read read, Encode encode) {
    json::Issues issues;
    std::optional<T> doc = read(v, std::string(), issues, Strictness::strict);
    ValidationReport report;
    if (issues.empty() && doc) report.document = encode(*doc);
    report.issues = issues.take();
    return report;
}

/// Wraps a read as the typed decode_* entry point.
template <class T, class Read>
Result<T> decode_with(const bj::value& v, Strictness s, Read read, const char* what) {
    json::Issues issues;
    std::optional<T> doc = read(v, std::string(), issues, s);
    if (!issues.empty() || !doc) return issues.to_error(std::string("the ") + what + " document is invalid");
    return std::move(*doc);
}

/// "must not be before <field>" style cross-field check on timestamps.
void check_not_before(const Ctx& c, const std::optional<Timestamp>& later, const std::optional<Timestamp>& earlier,
                      const std::string& path, std::string_view later_name, std::string_view earlier_name);

}  // namespace tailor::documents::detail
