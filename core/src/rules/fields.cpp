#include "fields.hpp"

#include <algorithm>

namespace tailor::rules::detail {

namespace bj = boost::json;

const bj::value* field_at(const bj::object& doc, std::string_view dotted) {
    const bj::object* current = &doc;
    for (;;) {
        const auto dot = dotted.find('.');
        const std::string_view key = dotted.substr(0, dot);
        const bj::value* v = current->if_contains(bj::string_view(key.data(), key.size()));
        if (!v || dot == std::string_view::npos) return v;
        if (!v->is_object()) return nullptr;
        current = &v->get_object();
        dotted.remove_prefix(dot + 1);
    }
}

namespace {

bool is_number(const bj::value& v) { return v.is_int64() || v.is_uint64() || v.is_double(); }

// Exact numeric comparison without converting an integer through double.
bool numbers_equal(const bj::value& a, const bj::value& b) {
    if (a.is_double() || b.is_double()) {
        if (a.is_double() && b.is_double()) return a.get_double() == b.get_double();
        const double d = a.is_double() ? a.get_double() : b.get_double();
        const bj::value& i = a.is_double() ? b : a;
        // JSON integers here are within ±(2^53−1) (the parser's limit), so the
        // conversion to double is exact.
        const double as_double = i.is_int64() ? static_cast<double>(i.get_int64())
                                              : static_cast<double>(i.get_uint64());
        return as_double == d;
    }
    if (a.is_int64() && b.is_int64()) return a.get_int64() == b.get_int64();
    if (a.is_uint64() && b.is_uint64()) return a.get_uint64() == b.get_uint64();
    const bj::value& s = a.is_int64() ? a : b;  // signed one
    const bj::value& u = a.is_int64() ? b : a;
    return s.get_int64() >= 0 && static_cast<std::uint64_t>(s.get_int64()) == u.get_uint64();
}

}  // namespace

bool deep_equal(const bj::value& a, const bj::value& b) {
    if (is_number(a) && is_number(b)) return numbers_equal(a, b);
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case bj::kind::object: {
            const auto& x = a.get_object();
            const auto& y = b.get_object();
            if (x.size() != y.size()) return false;
            for (const auto& kv : x) {
                const bj::value* other = y.if_contains(kv.key());
                if (!other || !deep_equal(kv.value(), *other)) return false;
            }
            return true;
        }
        case bj::kind::array: {
            const auto& x = a.get_array();
            const auto& y = b.get_array();
            if (x.size() != y.size()) return false;
            for (std::size_t i = 0; i < x.size(); ++i)
                if (!deep_equal(x[i], y[i])) return false;
            return true;
        }
        case bj::kind::string: return a.get_string() == b.get_string();
        case bj::kind::bool_: return a.get_bool() == b.get_bool();
        default: return true;  // null
    }
}

std::vector<std::string> affected_keys(const bj::object& after, const bj::object& before) {
    std::vector<std::string> keys;
    for (const auto& kv : after) {
        const bj::value* old = before.if_contains(kv.key());
        if (!old || !deep_equal(kv.value(), *old)) keys.emplace_back(kv.key());
    }
    for (const auto& kv : before)
        if (!after.contains(kv.key())) keys.emplace_back(kv.key());
    std::sort(keys.begin(), keys.end());  // keys are unique: a total order
    return keys;
}

template <class S>
std::string join(const std::vector<S>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += std::string(items[i]);
    }
    return out + "]";
}

std::string list_text(const std::vector<std::string_view>& items) { return join(items); }
std::string list_text(const std::vector<std::string>& items) { return join(items); }

}  // namespace tailor::rules::detail
