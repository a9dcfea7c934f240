// sync.merge: the three-way merge engine (rules in docs/sync.md).
#include "tailor/sync/merge.hpp"

#include <algorithm>
#include <utility>

#include <boost/json/array.hpp>

#include "tailor/json/pointer.hpp"
#include "tailor/json/write.hpp"
#include "tailor/sync/status_policy.hpp"
#include "value_order.hpp"

namespace tailor::sync {
namespace {

namespace bj = boost::json;
using detail::canonical_bytes;
using detail::parse_instant;
using detail::same_slot;
using detail::same_value;
using Slot = const bj::value*;  // nullptr = the field is absent on that side

/// The stamp of a change at `path` on one side: the latest stamp recorded at
/// the path or below it; else the nearest stamped ancestor; else unstamped.
std::optional<FieldStamp> stamp_of(const std::map<std::string, FieldStamp>& times, const std::string& path) {
    std::optional<FieldStamp> best;
    auto consider = [&best](const FieldStamp& s) {
        if (!best || best->at < s.at || (best->at == s.at && best->writer < s.writer)) best = s;
    };
    auto exact = times.find(path);
    if (exact != times.end()) consider(exact->second);
    const std::string prefix = path + "/";
    for (auto it = times.lower_bound(prefix); it != times.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        consider(it->second);
    if (best) return best;
    std::string p = path;
    while (!p.empty()) {
        p.erase(p.rfind('/'));
        auto it = times.find(p);
        if (it != times.end()) return it->second;
    }
    return std::nullopt;
}

/// Which of two competing changes wins, by the one total order of docs/sync.md:
/// stamped beats unstamped, later `at`, greater writer, then an edit beats a
/// delete, then the greater canonical bytes. Symmetric by construction.
struct Verdict {
    bool local_wins;
    DecisionRule rule;
};

Verdict compare_changes(const std::optional<FieldStamp>& sl, Slot l, const std::optional<FieldStamp>& sr, Slot r) {
    if (sl.has_value() != sr.has_value()) return {sl.has_value(), DecisionRule::later_write};
    if (sl && sr) {
        if (sl->at != sr->at) return {sr->at < sl->at, DecisionRule::later_write};
        if (sl->writer != sr->writer) return {sr->writer < sl->writer, DecisionRule::writer_tie_break};
    }
    if ((l == nullptr) != (r == nullptr)) return {l != nullptr, DecisionRule::value_tie_break};
    return {canonical_bytes(*r) < canonical_bytes(*l), DecisionRule::value_tie_break};
}

/// Of two same_value values (equal data, perhaps with keys in another order),
/// the one whose bytes as given are smaller: a choice that ignores sides.
/// Equal bytes mean identical output, whichever is returned.
Slot pick_equal(Slot a, Slot b) {
    if (!a || !b) return a ? a : b;
    return json::write(*b) < json::write(*a) ? b : a;
}

std::optional<bj::value> copy(Slot v) {
    if (!v) return std::nullopt;
    return *v;
}

std::optional<documents::OrderStatus> status_of(Slot v) {
    if (!v || !v->is_string()) return std::nullopt;
    for (const auto& n : documents::order_status_names)
        if (v->get_string() == n.name) return n.value;
    return std::nullopt;
}

std::string status_text(Slot v) {
    if (!v) return "(none)";
    if (v->is_string()) return std::string(v->get_string());
    return canonical_bytes(*v);
}

/// The id of an append-only entry: "id:" + its id fields joined by U+001F
/// (history's `at` in canonical RFC 3339), or "raw:" + its canonical bytes
/// when an id field is missing, so that even an unidentifiable entry is kept.
std::string entry_key(const bj::value& entry, std::string_view id_fields) {
    if (entry.is_object()) {
        const auto& o = entry.get_object();
        std::string key = "id:";
        bool ok = true;
        std::size_t start = 0;
        while (ok && start <= id_fields.size()) {
            std::size_t end = id_fields.find('+', start);
            if (end == std::string_view::npos) end = id_fields.size();
            const std::string_view name = id_fields.substr(start, end - start);
            auto it = o.find(name);
            if (it == o.end()) {
                ok = false;
            } else if (name == "at") {
                auto t = parse_instant(it->value());
                if (t) key += format_rfc3339(*t);
                else ok = false;
            } else if (it->value().is_string() && !it->value().get_string().empty()) {
                key += std::string(it->value().get_string());
            } else {
                ok = false;
            }
            key += '\x1f';  // separates the id fields
            start = end + 1;
        }
        if (ok) return key;
    }
    return "raw:" + canonical_bytes(entry);
}

std::optional<Timestamp> entry_time(const bj::value& entry) {
    if (!entry.is_object()) return std::nullopt;
    auto it = entry.get_object().find("at");
    if (it == entry.get_object().end()) return std::nullopt;
    return parse_instant(it->value());
}

/// Earlier entry time first (no time = earliest), then the key.
bool entry_before(const std::optional<Timestamp>& ta, const std::string& ka,
                  const std::optional<Timestamp>& tb, const std::string& kb) {
    if (ta.has_value() != tb.has_value()) return !ta.has_value();
    if (ta && *ta != *tb) return *ta < *tb;
    return ka < kb;
}

class Merger {
public:
    Merger(const MergeRequest& request, MergeResult& out) : req_(request), out_(out) {}

    std::optional<bj::value> field(const std::string& path, Slot b, Slot l, Slot r) {
        if (same_slot(l, b) && same_slot(r, b)) return copy(b);
        const FieldPolicy* policy = find_policy(req_.collection, path);
        const FieldKind kind = policy ? policy->kind : FieldKind::scalar;
        switch (kind) {
            case FieldKind::map: {
                auto object_or_absent = [](Slot v) { return v && v->is_object() ? v : nullptr; };
                if (!object_or_absent(b) && !object_or_absent(l) && !object_or_absent(r))
                    return scalar(path, b, l, r);  // no side holds a map: nothing to merge inside
                // A side that replaced the map by another type keeps nothing of it: the
                // map stays a map (so no append-only entry below it is lost) and the
                // replacement is reported.
                const bool l_reshaped = l && !l->is_object() && !same_slot(l, b);
                const bool r_reshaped = r && !r->is_object() && !same_slot(r, b);
                if (l_reshaped || r_reshaped)
                    conflict(path, ConflictKind::shape_changed, b, l, r,
                             "a map was replaced by a value of another type; the document keeps the map, merged field by field");
                return map(path, object_or_absent(b), object_or_absent(l), object_or_absent(r));
            }
            case FieldKind::append_only:
                if ((!b || b->is_array()) && (!l || l->is_array()) && (!r || r->is_array()))
                    return append_only(path, policy->id_fields, b, l, r);
                return scalar(path, b, l, r);
            case FieldKind::manual: return manual(path, b, l, r);
            case FieldKind::immutable: return immutable(path, b, l, r);
            case FieldKind::status: return status(path, b, l, r);
            case FieldKind::scalar: break;
        }
        return scalar(path, b, l, r);
    }

    /// Merges a map key by key; an absent side counts as an empty map whose
    /// fields were deleted at that side's stamp for the map. Keys come in base
    /// order, then keys new on either side in byte order (a symmetric order: it
    /// does not depend on which side added a key). The merged map is absent only
    /// when nothing survived and the side that changed the map's presence deleted it.
    std::optional<bj::value> map(const std::string& path, Slot b, Slot l, Slot r) {
        static const bj::object empty;
        const bj::object& bo = b ? b->get_object() : empty;
        const bj::object& lo = l ? l->get_object() : empty;
        const bj::object& ro = r ? r->get_object() : empty;
        std::vector<std::string> fresh;
        for (const bj::object* side : {&lo, &ro})
            for (const auto& kv : *side)
                if (!bo.contains(kv.key())) fresh.emplace_back(kv.key());
        std::sort(fresh.begin(), fresh.end());
        fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
        bj::object out;
        auto one = [&](std::string_view key) {
            auto slot = [key](const bj::object& o) -> Slot { return o.if_contains(key); };
            auto merged = field(json::pointer_append(path, key), slot(bo), slot(lo), slot(ro));
            if (merged) out.emplace(key, std::move(*merged));
        };
        for (const auto& kv : bo) one(kv.key());
        for (const auto& key : fresh) one(key);
        if (out.empty()) {
            const bool pb = b != nullptr, pl = l != nullptr, pr = r != nullptr;
            const bool present = pl == pr ? pl : (pl != pb ? pl : pr);
            if (!present) return std::nullopt;
        }
        return bj::value(std::move(out));
    }

    std::optional<bj::value> scalar(const std::string& path, Slot b, Slot l, Slot r) {
        if (same_slot(l, r)) {
            decide(path, DecisionRule::same_on_both, Side::both);
            return copy(pick_equal(l, r));
        }
        if (same_slot(l, b)) {
            decide(path, DecisionRule::one_side_changed, Side::remote);
            return copy(r);
        }
        if (same_slot(r, b)) {
            decide(path, DecisionRule::one_side_changed, Side::local);
            return copy(l);
        }
        const Verdict v = compare_changes(stamp_of(req_.local.field_times, path), l,
                                          stamp_of(req_.remote.field_times, path), r);
        decide(path, v.rule, v.local_wins ? Side::local : Side::remote);
        return copy(v.local_wins ? l : r);
    }

    std::optional<bj::value> manual(const std::string& path, Slot b, Slot l, Slot r) {
        if (!same_slot(l, r) && !same_slot(l, b) && !same_slot(r, b)) {
            conflict(path, ConflictKind::concurrent_assignment, b, l, r,
                     "both sides changed this field to different values; a person must choose");
            return copy(b);
        }
        return scalar(path, b, l, r);
    }

    std::optional<bj::value> immutable(const std::string& path, Slot b, Slot l, Slot r) {
        // Setting it for the first time (base lacks it) is not a change.
        if (!b && (!l || !r || same_slot(l, r))) return scalar(path, b, l, r);
        conflict(path, ConflictKind::immutable_changed, b, l, r,
                 "this field never changes once the document exists");
        return copy(b);
    }

    std::optional<bj::value> status(const std::string& path, Slot b, Slot l, Slot r) {
        const auto from = status_of(b);
        // A move is judged between known statuses; an unknown or missing base
        // accepts any known target, an unknown or missing target is rejected.
        auto allowed = [](const std::optional<documents::OrderStatus>& f, Slot to) {
            const auto t = status_of(to);
            return t && (!f || status_move_allowed(*f, *t));
        };
        auto reject = [&](Slot f, Slot t) {
            conflict(path, ConflictKind::status_move_rejected, b, l, r,
                     "the status machine rejects the move " + status_text(f) + " -> " + status_text(t));
            return copy(b);
        };
        if (same_slot(l, r) || same_slot(l, b) || same_slot(r, b)) {
            const Slot target = same_slot(l, b) ? r : l;
            if (!allowed(from, target)) return reject(b, target);
            return scalar(path, b, l, r);
        }
        // Both moved: the earlier move first, then the later one from there.
        const Verdict v = compare_changes(stamp_of(req_.local.field_times, path), l,
                                          stamp_of(req_.remote.field_times, path), r);
        const Slot later = v.local_wins ? l : r;
        const Slot earlier = v.local_wins ? r : l;
        if (!allowed(from, earlier)) return reject(b, earlier);
        if (!allowed(status_of(earlier), later)) return reject(earlier, later);
        decide(path, DecisionRule::status_sequence, v.local_wins ? Side::local : Side::remote);
        return copy(later);
    }

    bj::array append_only(const std::string& path, std::string_view id_fields, Slot b, Slot l, Slot r) {
        struct Slots {
            Slot side[3] = {nullptr, nullptr, nullptr};  // base, local, remote
        };
        std::map<std::string, Slots> by_key;
        const Slot lists[3] = {b, l, r};
        for (int s = 0; s < 3; ++s) {
            if (!lists[s]) continue;
            std::map<std::string, int> seen;  // a key repeated inside one list keeps each occurrence
            for (const auto& entry : lists[s]->get_array()) {
                std::string key = entry_key(entry, id_fields);
                const int n = ++seen[key];
                if (n > 1) key += "#" + std::to_string(n);
                by_key[key].side[s] = &entry;
            }
        }
        struct Resolved {
            std::optional<Timestamp> at;
            const std::string* key;
            Slot value;
            std::optional<Side> updated_by;
            bool differs;
            Slots slots;
        };
        std::vector<Resolved> entries;
        entries.reserve(by_key.size());
        for (const auto& [key, s] : by_key) {
            const Slot eb = s.side[0], el = s.side[1], er = s.side[2];
            Resolved res{std::nullopt, &key, nullptr, std::nullopt, false, s};
            const bool l_changed = el && !same_slot(el, eb);
            const bool r_changed = er && !same_slot(er, eb);
            if (eb) {
                if (l_changed && r_changed && !same_slot(el, er)) {
                    res.value = eb;
                    res.differs = true;
                } else if (l_changed && r_changed) {
                    res.value = pick_equal(el, er);
                    res.updated_by = Side::both;
                } else if (l_changed) {
                    res.value = el;
                    res.updated_by = Side::local;
                } else if (r_changed) {
                    res.value = er;
                    res.updated_by = Side::remote;
                } else {
                    res.value = eb;
                }
            } else if (el && er && !same_slot(el, er)) {
                // New on both sides with different content: keep the earliest.
                const auto tl = entry_time(*el), tr = entry_time(*er);
                const std::string cl = canonical_bytes(*el), cr = canonical_bytes(*er);
                res.value = entry_before(tr, cr, tl, cl) ? er : el;
                res.differs = true;
            } else {
                res.value = pick_equal(el, er);
            }
            res.at = entry_time(*res.value);
            entries.push_back(std::move(res));
        }
        std::sort(entries.begin(), entries.end(), [](const Resolved& x, const Resolved& y) {
            return entry_before(x.at, *x.key, y.at, *y.key);
        });
        decide(path, DecisionRule::union_by_id, Side::both);
        bj::array out;
        out.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Resolved& e = entries[i];
            const std::string entry_path = json::pointer_append(path, i);
            if (e.differs)
                conflict(entry_path, ConflictKind::entry_differs, e.slots.side[0], e.slots.side[1],
                         e.slots.side[2],
                         e.slots.side[0]
                             ? "an entry with the same id was changed differently on both sides; the document keeps base"
                             : "an entry with the same id was added with different content on both sides; the document keeps the earliest");
            else if (e.updated_by)
                decide(entry_path, *e.updated_by == Side::both ? DecisionRule::same_on_both
                                                               : DecisionRule::one_side_changed,
                       *e.updated_by);
            out.push_back(*e.value);
        }
        return out;
    }

    void conflict(const std::string& path, ConflictKind kind, Slot b, Slot l, Slot r, std::string reason) {
        out_.conflicts.push_back(Conflict{path, kind, copy(l), copy(r), copy(b), std::move(reason)});
    }
    void decide(const std::string& path, DecisionRule rule, Side winner) {
        out_.decisions.push_back(Decision{path, rule, winner});
    }

private:
    const MergeRequest& req_;
    MergeResult& out_;
};

Slot find_path(Slot doc, std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) {
        if (!doc || !doc->is_object()) return nullptr;
        doc = doc->get_object().if_contains(k);
    }
    return doc;
}

/// orders only: a charge recorded offline on a side that did not cancel, while
/// the merge cancels the order. The document keeps both; a person refunds or reopens.
void review_charges_on_cancellation(const MergeRequest& req, MergeResult& out) {
    if (!out.document) return;
    const bj::value merged(*out.document);
    const bj::value base = req.base.document ? bj::value(*req.base.document) : bj::value();
    auto is_cancelled = [](Slot doc) {
        Slot s = find_path(doc, {"status", "current"});
        return s && s->is_string() && s->get_string() == "cancelled";
    };
    if (!is_cancelled(&merged) || is_cancelled(&base)) return;
    const FieldPolicy* policy = find_policy(req.collection, "/payment/transactions");
    Slot list = find_path(&merged, {"payment", "transactions"});
    if (!policy || !list || !list->is_array()) return;
    std::vector<std::string> base_keys;
    if (Slot bl = find_path(&base, {"payment", "transactions"}); bl && bl->is_array())
        for (const auto& e : bl->get_array()) base_keys.push_back(entry_key(e, policy->id_fields));
    std::sort(base_keys.begin(), base_keys.end());
    struct SideView {
        bj::value doc;
        bool cancelled;
        std::map<std::string, Slot> charges;
    };
    auto view = [&](const Version& v) {
        SideView sv{v.document ? bj::value(*v.document) : bj::value(), false, {}};
        sv.cancelled = is_cancelled(&sv.doc);
        return sv;
    };
    SideView sides[2] = {view(req.local), view(req.remote)};
    for (SideView& sv : sides)
        if (Slot l = find_path(&sv.doc, {"payment", "transactions"}); l && l->is_array())
            for (const auto& e : l->get_array()) sv.charges.emplace(entry_key(e, policy->id_fields), &e);
    const auto& entries = list->get_array();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bj::value& e = entries[i];
        if (!e.is_object()) continue;
        Slot kind = e.get_object().if_contains("kind");
        Slot st = e.get_object().if_contains("status");
        if (!kind || !kind->is_string() || kind->get_string() != "charge") continue;
        if (st && st->is_string() && st->get_string() == "failed") continue;
        const std::string key = entry_key(e, policy->id_fields);
        if (std::binary_search(base_keys.begin(), base_keys.end(), key)) continue;
        Slot found[2] = {nullptr, nullptr};
        bool from_open_side = false;
        for (int s = 0; s < 2; ++s) {
            auto it = sides[s].charges.find(key);
            if (it == sides[s].charges.end()) continue;
            found[s] = it->second;
            if (!sides[s].cancelled) from_open_side = true;
        }
        if (!from_open_side) continue;
        out.conflicts.push_back(Conflict{
            json::pointer_append("/payment/transactions", i), ConflictKind::charge_on_cancelled_order,
            copy(found[0]), copy(found[1]), std::nullopt,
            "a charge recorded offline meets a cancellation of the order; the document keeps both: refund or reopen"});
    }
}

}  // namespace

MergeResult merge(const MergeRequest& req) {
    MergeResult out;
    Merger m(req, out);
    const auto& bd = req.base.document;
    const auto& ld = req.local.document;
    const auto& rd = req.remote.document;
    const bj::value bv = bd ? bj::value(*bd) : bj::value();
    const bj::value lv = ld ? bj::value(*ld) : bj::value();
    const bj::value rv = rd ? bj::value(*rd) : bj::value();
    if (ld && rd) {
        if (same_value(lv, bv) && same_value(rv, bv)) {
            out.document = *bd;
        } else {
            out.document = m.map("", bd ? &bv : nullptr, &lv, &rv)->get_object();  // both present: never absent
        }
    } else if (!ld && !rd) {
        if (bd) m.decide("", DecisionRule::same_on_both, Side::both);
    } else {
        // One side deleted (or never had) the document, the other has it.
        const bool local_has = ld.has_value();
        const bj::value& kept = local_has ? lv : rv;
        if (!bd) {
            m.decide("", DecisionRule::one_side_changed, local_has ? Side::local : Side::remote);
            out.document = kept.get_object();
        } else if (same_value(kept, bv)) {
            m.decide("", DecisionRule::one_side_changed, local_has ? Side::remote : Side::local);
        } else {
            m.conflict("", ConflictKind::delete_vs_edit, &bv, &lv, &rv,
                       "the document was deleted on one side and edited on the other; a person must choose");
            out.document = *bd;
        }
    }
    if (req.collection == Collection::orders) review_charges_on_cancellation(req, out);
    return out;
}

const char* side_name(Side side) {
    switch (side) {
        case Side::local: return "local";
        case Side::remote: return "remote";
        case Side::both: return "both";
        case Side::base: return "base";
    }
    return "";
}

const char* decision_rule_name(DecisionRule rule) {
    switch (rule) {
        case DecisionRule::one_side_changed: return "one_side_changed";
        case DecisionRule::same_on_both: return "same_on_both";
        case DecisionRule::later_write: return "later_write";
        case DecisionRule::writer_tie_break: return "writer_tie_break";
        case DecisionRule::value_tie_break: return "value_tie_break";
        case DecisionRule::status_sequence: return "status_sequence";
        case DecisionRule::union_by_id: return "union_by_id";
    }
    return "";
}

const char* conflict_kind_name(ConflictKind kind) {
    switch (kind) {
        case ConflictKind::concurrent_assignment: return "concurrent_assignment";
        case ConflictKind::immutable_changed: return "immutable_changed";
        case ConflictKind::status_move_rejected: return "status_move_rejected";
        case ConflictKind::delete_vs_edit: return "delete_vs_edit";
        case ConflictKind::entry_differs: return "entry_differs";
        case ConflictKind::charge_on_cancelled_order: return "charge_on_cancelled_order";
        case ConflictKind::shape_changed: return "shape_changed";
    }
    return "";
}

}  // namespace tailor::sync
