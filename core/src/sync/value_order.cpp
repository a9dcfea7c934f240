#include "value_order.hpp"

#include <algorithm>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/json/write.hpp"

namespace tailor::sync::detail {
namespace {

namespace bj = boost::json;

bool is_number(const bj::value& v) { return v.is_int64() || v.is_uint64() || v.is_double(); }

bj::value sorted_copy(const bj::value& v) {
    if (v.is_array()) {
        bj::array out;
        out.reserve(v.get_array().size());
        for (const auto& e : v.get_array()) out.push_back(sorted_copy(e));
        return out;
    }
    if (!v.is_object()) return v;
    std::vector<const bj::key_value_pair*> pairs;
    for (const auto& kv : v.get_object()) pairs.push_back(&kv);
    std::sort(pairs.begin(), pairs.end(), [](const bj::key_value_pair* a, const bj::key_value_pair* b) {
        return a->key() < b->key();  // keys are unique: a total order
    });
    bj::object out;
    out.reserve(pairs.size());
    for (const auto* kv : pairs) out.emplace(kv->key(), sorted_copy(kv->value()));
    return out;
}

}  // namespace

bool same_value(const bj::value& a, const bj::value& b) {
    if (is_number(a) && is_number(b)) {
        if (a.is_int64() && b.is_int64()) return a.get_int64() == b.get_int64();
        return json::write(a) == json::write(b);
    }
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case bj::kind::null: return true;
        case bj::kind::bool_: return a.get_bool() == b.get_bool();
        case bj::kind::string: return a.get_string() == b.get_string();
        case bj::kind::array: {
            const auto& x = a.get_array();
            const auto& y = b.get_array();
            if (x.size() != y.size()) return false;
            for (std::size_t i = 0; i < x.size(); ++i)
                if (!same_value(x[i], y[i])) return false;
            return true;
        }
        case bj::kind::object: {
            const auto& x = a.get_object();
            const auto& y = b.get_object();
            if (x.size() != y.size()) return false;
            for (const auto& kv : x) {
                auto it = y.find(kv.key());
                if (it == y.end() || !same_value(kv.value(), it->value())) return false;
            }
            return true;
        }
        default: return false;  // numbers handled above
    }
}

bool same_slot(const bj::value* a, const bj::value* b) {
    if (!a || !b) return a == b;
    return same_value(*a, *b);
}

std::string canonical_bytes(const bj::value& v) { return json::write(sorted_copy(v)); }

std::optional<Timestamp> parse_instant(const bj::value& v) {
    json::Issues scratch;  // an entry's own time is data, not input to validate
    return json::read_timestamp(v, "", scratch);
}

}  // namespace tailor::sync::detail
