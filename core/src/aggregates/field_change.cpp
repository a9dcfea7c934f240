// Normalization and encoding of the increments/sets every aggregate op emits.
#include "tailor/aggregates/field_change.hpp"

#include <algorithm>
#include <tuple>

#include "tailor/money/money.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;

namespace {
template <class T>
bool key_less(const T& a, const T& b) {
    return std::tie(a.collection, a.doc_id, a.field) < std::tie(b.collection, b.doc_id, b.field);
}
template <class T>
bool key_equal(const T& a, const T& b) {
    return a.collection == b.collection && a.doc_id == b.doc_id && a.field == b.field;
}
}  // namespace

std::vector<FieldIncrement> normalize(std::vector<FieldIncrement> increments) {
    std::stable_sort(increments.begin(), increments.end(), key_less<FieldIncrement>);
    std::vector<FieldIncrement> out;
    for (auto& inc : increments) {
        if (!out.empty() && key_equal(out.back(), inc)) {
            // Same counter twice (e.g. reassigning to the same employee): one net change.
            out.back().increment += inc.increment;
            if (out.back().decimal) {
                // Money: keep the decimal in step with the merged minor units.
                const auto dot = out.back().decimal->find('.');
                const int exponent = dot == std::string::npos ? 0 : static_cast<int>(out.back().decimal->size() - dot - 1);
                out.back().decimal = money::format_minor(out.back().increment, exponent);
            }
        } else {
            out.push_back(std::move(inc));
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const FieldIncrement& i) { return i.increment == 0; }),
              out.end());
    return out;
}

void sort_sets(std::vector<FieldSet>& sets) {
    std::stable_sort(sets.begin(), sets.end(), key_less<FieldSet>);
}

/// The three keys that locate a field, in the documented order.
template <class T>
bj::object located(const T& change) {
    bj::object o;
    o.emplace("collection", change.collection);
    o.emplace("docId", change.doc_id);
    o.emplace("field", change.field);
    return o;
}

bj::value to_json(const FieldIncrement& inc, std::string_view number_key) {
    bj::object o = located(inc);
    o.emplace(number_key, inc.increment);
    if (inc.decimal) o.emplace("decimal", *inc.decimal);
    if (inc.currency) o.emplace("currency", *inc.currency);
    return o;
}

bj::value to_json(const FieldSet& set) {
    bj::object o = located(set);
    o.emplace("value", set.value);
    return o;
}

bj::array to_json(const std::vector<FieldIncrement>& incs, std::string_view number_key) {
    bj::array a;
    for (const auto& i : incs) a.push_back(to_json(i, number_key));
    return a;
}

bj::array to_json(const std::vector<FieldSet>& sets) {
    bj::array a;
    for (const auto& s : sets) a.push_back(to_json(s));
    return a;
}

}  // namespace tailor::aggregates
