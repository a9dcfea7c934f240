// Measurements: the plausibility table (docs/schema.md "Measurement plausibility")
// and the readers for orders.measurements and customers.measurements.
#include "tailor/documents/measurements.hpp"

#include "codec.hpp"
#include "tailor/money/decimal.hpp"

namespace tailor::documents {
namespace {

constexpr std::int64_t in(std::int64_t whole) { return whole * 1000; }  // inches → thousandths

// Adult ranges, deliberately wide: they catch a value typed in the wrong unit or
// with a slipped digit, not unusual bodies. research.md §1 lists the fields.
const PlausibleRange shirt[] = {
    {"neck", in(11), in(24)},        {"chest", in(26), in(64)},   {"waist", in(20), in(64)},
    {"shoulder", in(12), in(26)},    {"sleeveLength", in(6), in(38)}, {"bicep", in(8), in(24)},
    {"cuff", in(6), in(14)},         {"armhole", in(12), in(30)}, {"shirtLength", in(22), in(40)}};
const PlausibleRange trouser[] = {
    {"waist", in(20), in(64)}, {"hip", in(28), in(70)},     {"thigh", in(14), in(40)},
    {"knee", in(10), in(30)},  {"bottom", in(8), in(30)},   {"inseam", in(20), in(38)},
    {"outseam", in(30), in(50)}, {"rise", in(7), in(18)},  {"length", in(30), in(50)}};
const PlausibleRange blazer[] = {
    {"chest", in(26), in(64)},        {"waist", in(20), in(64)},    {"shoulder", in(12), in(26)},
    {"sleeve", in(18), in(38)},       {"armhole", in(12), in(30)},  {"jacketLength", in(24), in(38)},
    {"backWidth", in(12), in(26)},    {"crossChest", in(12), in(26)}};
const PlausibleRange suit[] = {
    {"chest", in(26), in(64)},     {"waist", in(20), in(64)},    {"shoulder", in(12), in(26)},
    {"sleeve", in(18), in(38)},    {"armhole", in(12), in(30)},  {"jacketLength", in(24), in(38)},
    {"backWidth", in(12), in(26)}, {"crossChest", in(12), in(26)}, {"hip", in(28), in(70)},
    {"thigh", in(14), in(40)},     {"knee", in(10), in(30)},     {"bottom", in(8), in(30)},
    {"inseam", in(20), in(38)},    {"outseam", in(30), in(50)},  {"rise", in(7), in(18)},
    {"trouserLength", in(30), in(50)}};
const PlausibleRange blouse[] = {
    {"bust", in(26), in(64)},        {"underBust", in(22), in(56)}, {"bustPoint", in(7), in(14)},
    {"shoulderToWaist", in(12), in(22)}, {"armhole", in(12), in(30)}, {"sleeve", in(4), in(30)},
    {"length", in(12), in(24)},      {"backNeck", in(4), in(12)}};
const PlausibleRange kurti[] = {
    {"chest", in(26), in(64)}, {"waist", in(20), in(64)},     {"hip", in(28), in(70)},
    {"topLength", in(24), in(50)}, {"sleeve", in(4), in(30)}, {"bottomLength", in(30), in(50)}};
const PlausibleRange profile[] = {
    {"chest", in(26), in(64)},    {"waist", in(20), in(64)}, {"hips", in(28), in(70)},
    {"length", in(12), in(50)},   {"shoulder", in(12), in(26)}, {"sleeve", in(4), in(38)},
    {"inseam", in(20), in(38)}};

template <std::size_t N>
std::vector<PlausibleRange> list(const PlausibleRange (&table)[N]) {
    return std::vector<PlausibleRange>(table, table + N);
}

/// "11" / "27.94": a thousandths value with trailing zeros (and the dot) dropped.
std::string trimmed(std::int64_t thousandths) {
    std::string s = money::format_minor(thousandths, 3);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

std::int64_t to_tenth_micrometres(Length length, LengthUnit unit) {
    // 1 in = 25.4 mm = 254 000 tenth-µm, so a thousandth of an inch is 254;
    // 1 cm = 100 000 tenth-µm, a thousandth of a cm is 100. |thousandths| ≤ 2^53 keeps
    // the product below 2^61.
    return length.thousandths * (unit == LengthUnit::in ? 254 : 100);
}

std::vector<PlausibleRange> garment_fields(Garment garment) {
    switch (garment) {
        case Garment::shirt: return list(shirt);
        case Garment::trouser: return list(trouser);
        case Garment::blazer: return list(blazer);
        case Garment::suit: return list(suit);
        case Garment::blouse: return list(blouse);
        case Garment::kurti: return list(kurti);
        case Garment::other: return {};
    }
    return {};
}

PlausibleRange generic_measurement_range() { return {"", 100, in(120)}; }

std::vector<PlausibleRange> profile_fields() { return list(profile); }

namespace detail {

std::optional<Length> read_length(const bj::value& v, const std::string& path, json::Issues& issues,
                                  std::optional<LengthUnit> unit, const PlausibleRange& range,
                                  std::string_view what) {
    if (!v.is_number()) {
        issues.add(path, issue_code::type_mismatch, "must be a number, not " + std::string(json::kind_name(v)));
        return std::nullopt;
    }
    money::DecimalError why{};
    auto thousandths = money::parse_decimal(money::number_to_plain_decimal(v), 3, &why);
    if (!thousandths) {
        if (why == money::DecimalError::too_many_decimals)
            issues.add(path, "too_many_decimals", "measurements have at most 3 decimal places");
        else
            issues.add(path, issue_code::out_of_range, "must be a measurement below 1000000");
        return std::nullopt;
    }
    if (*thousandths <= 0) {
        issues.add(path, issue_code::out_of_range, "must be greater than 0");
        return std::nullopt;
    }
    if (*thousandths >= 1000000000) {
        issues.add(path, issue_code::out_of_range, "must be a measurement below 1000000");
        return std::nullopt;
    }
    const Length length{*thousandths};
    if (unit) {
        const std::int64_t value = to_tenth_micrometres(length, *unit);
        const std::int64_t lo = to_tenth_micrometres(Length{range.min_thousandth_in}, LengthUnit::in);
        const std::int64_t hi = to_tenth_micrometres(Length{range.max_thousandth_in}, LengthUnit::in);
        if (value < lo || value > hi) {
            // cm bound in thousandths = thousandth-inches × 2.54 (exact for our table).
            issues.add(path, "implausible_measurement",
                       std::string(what) + " must be between " + trimmed(range.min_thousandth_in) + " and " +
                           trimmed(range.max_thousandth_in) + " in (" +
                           trimmed(range.min_thousandth_in * 254 / 100) + " and " +
                           trimmed(range.max_thousandth_in * 254 / 100) + " cm)");
            return std::nullopt;
        }
    }
    return length;
}

namespace {

/// A map of free measurement names → lengths (customMeasurements, custom, garment "other").
std::optional<std::vector<NamedLength>> read_free_lengths(const bj::value& v, const std::string& path,
                                                          json::Issues& issues, std::optional<LengthUnit> unit,
                                                          std::string_view what) {
    if (!v.is_object()) {
        issues.add(path, issue_code::type_mismatch, "must be an object, not " + std::string(json::kind_name(v)));
        return std::nullopt;
    }
    const auto& o = v.get_object();
    if (o.size() > max_free_measurements) {
        issues.add(path, issue_code::too_many,
                   "must have at most " + std::to_string(max_free_measurements) + " measurements");
        return std::nullopt;
    }
    const std::size_t mark = issues.size();
    std::vector<NamedLength> out;
    json::ObjectReader r(v, path, issues);
    for (const auto& kv : o) {
        const std::string name(kv.key().data(), kv.key().size());
        const std::string field_path = r.path_of(name);
        if (name.empty() || name.size() > max_measurement_name) {
            issues.add(field_path, issue_code::invalid_format,
                       "measurement names must be 1 to " + std::to_string(max_measurement_name) + " characters");
            continue;
        }
        if (kv.value().is_null()) continue;  // null = absent
        auto l = read_length(kv.value(), field_path, issues, unit, generic_measurement_range(),
                             std::string(what) + " '" + name + "'");
        if (l) out.emplace_back(name, *l);
    }
    if (issues.size() != mark) return std::nullopt;
    return out;
}

std::string_view garment_label(Garment g) { return json::enum_name(g, garment_names); }

}  // namespace

std::optional<OrderMeasurements> read_order_measurements(ObjectReader& parent, std::string_view key, const Ctx& c) {
    auto r = parent.object(key, req);
    if (!r) return std::nullopt;
    const std::size_t mark = c.issues.size();
    OrderMeasurements m;
    auto unit = r->enumeration("unit", req, length_unit_names);
    if (auto g = r->object("garments", opt)) {
        for (const auto& gn : garment_names) {
            auto set = g->object(gn.name, opt);
            if (!set) continue;
            GarmentMeasurements gm;
            gm.garment = gn.value;
            if (gn.value == Garment::other) {
                // Free names, so no unknown-field check: read the raw map.
                auto free = read_free_lengths(*g->object()->if_contains(gn.name), g->path_of(gn.name), c.issues,
                                              unit, "an 'other' garment measurement");
                if (free) gm.values = std::move(*free);
            } else {
                for (const auto& f : garment_fields(gn.value)) {
                    const bj::value* v = set->field(f.field, opt);
                    if (!v) continue;
                    auto l = read_length(*v, set->path_of(f.field), c.issues, unit, f,
                                         "a " + std::string(garment_label(gn.value)) + "'s " + std::string(f.field));
                    if (l) gm.values.emplace_back(std::string(f.field), *l);
                }
                done(*set, c);
            }
            m.garments.push_back(std::move(gm));
        }
        done(*g, c);
    }
    if (const bj::value* custom = r->field("custom", opt)) {
        m.has_custom = true;
        auto free = read_free_lengths(*custom, r->path_of("custom"), c.issues, unit, "a custom measurement");
        if (free) m.custom = std::move(*free);
    }
    m.taken_at = r->timestamp("takenAt", opt);
    done(*r, c);
    if (!clean_since(c, mark) || !unit) return std::nullopt;
    m.unit = *unit;
    return m;
}

bj::value encode_order_measurements(const OrderMeasurements& m) {
    bj::object o;
    o.emplace("unit", json::enum_name(m.unit, length_unit_names));
    bj::object garments;
    for (const auto& g : m.garments) garments.emplace(garment_label(g.garment), encode_lengths(g.values));
    o.emplace("garments", std::move(garments));
    if (m.has_custom) o.emplace("custom", encode_lengths(m.custom));
    put_optional_ts(o, "takenAt", m.taken_at);
    return bj::value(std::move(o));
}

std::optional<CustomerMeasurements> read_customer_measurements(ObjectReader& parent, std::string_view key,
                                                               const Ctx& c) {
    auto r = parent.object(key, req);
    if (!r) return std::nullopt;
    const std::size_t mark = c.issues.size();
    CustomerMeasurements m;
    auto unit = r->enumeration("unit", req, length_unit_names);
    for (const auto& f : profile_fields()) {
        const bj::value* v = r->field(f.field, opt);
        if (!v) continue;
        auto l = read_length(*v, r->path_of(f.field), c.issues, unit, f, "a body " + std::string(f.field));
        if (l) m.values.emplace_back(std::string(f.field), *l);
    }
    if (const bj::value* custom = r->field("customMeasurements", opt)) {
        m.has_custom = true;
        auto free = read_free_lengths(*custom, r->path_of("customMeasurements"), c.issues, unit,
                                      "a custom measurement");
        if (free) m.custom = std::move(*free);
    }
    done(*r, c);
    if (!clean_since(c, mark) || !unit) return std::nullopt;
    m.unit = *unit;
    return m;
}

bj::value encode_customer_measurements(const CustomerMeasurements& m) {
    bj::object o;
    o.emplace("unit", json::enum_name(m.unit, length_unit_names));
    for (const auto& [name, length] : m.values) o.emplace(name, encode_length(length));
    if (m.has_custom) o.emplace("customMeasurements", encode_lengths(m.custom));
    return bj::value(std::move(o));
}

}  // namespace detail
}  // namespace tailor::documents
