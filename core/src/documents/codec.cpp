#include "codec.hpp"

#include <algorithm>

#include "tailor/money/decimal.hpp"

namespace tailor::documents {

boost::json::value ValidationReport::to_json() const {
    namespace bj = boost::json;
    bj::object out;
    out.emplace("valid", valid());
    bj::array list;
    for (const Issue& i : issues) {
        bj::object entry;
        entry.emplace("path", i.path);
        entry.emplace("code", i.code);
        entry.emplace("message", i.message);
        list.emplace_back(std::move(entry));
    }
    out.emplace("issues", std::move(list));
    if (document) out.emplace("document", *document);
    return bj::value(std::move(out));
}

namespace detail {

std::optional<std::string> read_id_value(const bj::value& v, const std::string& path, json::Issues& issues) {
    auto s = json::read_string(v, path, issues, json::StringRule{1, max_id_length});
    if (s && !is_document_id(*s)) {
        issues.add(path, issue_code::invalid_format, "must be a document id: no '/', not \".\" or \"..\"");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> read_id(ObjectReader& r, std::string_view key, Presence p) {
    const bj::value* v = r.field(key, p);
    if (!v) return std::nullopt;
    return read_id_value(*v, r.path_of(key), r.issues());
}

std::optional<std::string> read_text(ObjectReader& r, std::string_view key, Presence p, std::size_t min,
                                     std::size_t max) {
    return r.string(key, p, json::StringRule{min, max});
}

std::optional<std::string> read_email(ObjectReader& r, std::string_view key, Presence p) {
    auto s = r.string(key, p, json::StringRule{1, 254});
    if (s && !is_email(*s)) {
        r.issues().add(r.path_of(key), issue_code::invalid_format, "must be an e-mail address such as name@example.com");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> read_phone(ObjectReader& r, std::string_view key, Presence p) {
    auto s = r.string(key, p, json::StringRule{1, 16});
    if (s && !is_e164_phone(*s)) {
        r.issues().add(r.path_of(key), issue_code::invalid_format,
                       "must be an E.164 phone number: '+' then 8 to 15 digits, such as +919876543210");
        return std::nullopt;
    }
    return s;
}

std::optional<money::Money> read_money_value(const bj::value& v, const std::string& path, json::Issues& issues,
                                             const std::optional<money::Currency>& currency, Sign sign) {
    if (!currency) {
        if (!v.is_number() && !v.is_string())
            issues.add(path, issue_code::type_mismatch,
                       "must be an amount (a number or a decimal string), not " + std::string(json::kind_name(v)));
        return std::nullopt;
    }
    auto m = money::read_amount(v, path, issues, *currency);
    if (!m) return std::nullopt;
    if (sign == Sign::positive && m->minor() <= 0) {
        issues.add(path, issue_code::out_of_range, "must be greater than 0");
        return std::nullopt;
    }
    if (sign == Sign::non_negative && m->minor() < 0) {
        issues.add(path, issue_code::out_of_range, "must not be negative");
        return std::nullopt;
    }
    return m;
}

std::optional<money::Money> read_money(ObjectReader& r, std::string_view key, Presence p,
                                       const std::optional<money::Currency>& currency, Sign sign) {
    const bj::value* v = r.field(key, p);
    if (!v) return std::nullopt;
    return read_money_value(*v, r.path_of(key), r.issues(), currency, sign);
}

std::optional<money::Currency> read_currency_field(ObjectReader& r, std::string_view key, Presence p) {
    const bj::value* v = r.field(key, p);
    if (!v) return std::nullopt;
    return money::read_currency(*v, r.path_of(key), r.issues());
}

std::optional<money::Currency> peek_currency(const bj::value& object, std::string_view key) {
    if (!object.is_object()) return std::nullopt;
    const bj::value* v = object.get_object().if_contains(key);
    if (!v || !v->is_string()) return std::nullopt;
    return money::Currency::from_code(std::string_view(v->get_string().data(), v->get_string().size()));
}

const bj::object* read_map(ObjectReader& r, std::string_view key, Presence p, std::size_t max_keys,
                           std::string_view what) {
    const bj::value* v = r.field(key, p);
    if (!v) return nullptr;
    if (!v->is_object()) {
        r.issues().add(r.path_of(key), issue_code::type_mismatch,
                       "must be an object, not " + std::string(json::kind_name(*v)));
        return nullptr;
    }
    if (v->get_object().size() > max_keys) {
        r.issues().add(r.path_of(key), issue_code::too_many,
                       "must have at most " + std::to_string(max_keys) + " " + std::string(what));
        return nullptr;
    }
    return &v->get_object();
}

std::optional<double> read_rating(ObjectReader& r, std::string_view key, Presence p) {
    auto d = r.number(key, p, 0, 5);
    if (d && *d != 0 && *d < 1) {
        r.issues().add(r.path_of(key), issue_code::out_of_range, "must be 0 (no ratings yet) or between 1 and 5");
        return std::nullopt;
    }
    return d;
}

std::optional<std::vector<std::string>> read_string_list(ObjectReader& r, std::string_view key, Presence p,
                                                         std::size_t max_items, std::size_t min,
                                                         std::size_t max, bool unique) {
    const bj::array* a = r.array(key, p, max_items);
    if (!a) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    each(a, r.path_of(key), [&](const bj::value& v, const std::string& path) {
        auto s = json::read_string(v, path, r.issues(), json::StringRule{min, max});
        if (!s) {
            ok = false;
            return;
        }
        if (unique && std::find(out.begin(), out.end(), *s) != out.end()) {
            r.issues().add(path, issue_code::duplicate, "repeats an earlier entry");
            ok = false;
            return;
        }
        out.push_back(std::move(*s));
    });
    if (!ok) return std::nullopt;
    return out;
}

void check_not_before(const Ctx& c, const std::optional<Timestamp>& later, const std::optional<Timestamp>& earlier,
                      const std::string& path, std::string_view later_name, std::string_view earlier_name) {
    if (later && earlier && *later < *earlier)
        issue(c, path, issue_code::inconsistent,
              std::string(later_name) + " must not be before " + std::string(earlier_name));
}

std::string money_text(std::int64_t minor, const money::Currency& currency) {
    return money::format_minor(minor, currency.exponent()) + " " + std::string(currency.code());
}

bj::value encode_timestamp(const Timestamp& t) { return bj::value(format_rfc3339(t)); }

bj::value encode_money(const money::Money& m) {
    // Both operands are exact doubles (|minor| ≤ 2^53, 10^e ≤ 1000), and IEEE division
    // is correctly rounded, so this is the double nearest the exact decimal — the
    // value a JSON parser produces for the decimal text. Output only; no decision uses it.
    if (m.currency().exponent() == 0) return bj::value(m.minor());
    return bj::value(static_cast<double>(m.minor()) / static_cast<double>(m.currency().minor_per_major()));
}

bj::value encode_length(Length l) {
    if (l.thousandths % 1000 == 0) return bj::value(l.thousandths / 1000);
    return bj::value(static_cast<double>(l.thousandths) / 1000.0);
}

bj::value encode_lengths(const std::vector<NamedLength>& values) {
    bj::object o;
    for (const auto& [name, length] : values) o.emplace(name, encode_length(length));
    return bj::value(std::move(o));
}

bj::value encode_strings(const std::vector<std::string>& list) {
    bj::array a;
    for (const auto& s : list) a.emplace_back(bj::string_view(s.data(), s.size()));
    return bj::value(std::move(a));
}

}  // namespace detail
}  // namespace tailor::documents
