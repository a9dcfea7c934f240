// sync.queue: ordering, deduplication and coalescing of the offline queue
// (rules in docs/sync.md "The offline queue").
#include "tailor/sync/queue.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

#include "pointer_syntax.hpp"
#include "value_order.hpp"

namespace tailor::sync {
namespace {


bool is_append(const std::string& pointer) {
    return pointer.size() >= 2 && pointer.compare(pointer.size() - 2, 2, "/-") == 0;
}

/// A mutation's content as one comparable string: two mutations are the same
/// (a retry) when their signatures are equal. Patch key order and form
/// (nested or pointer keys) do not matter: fields are sorted by pointer.
std::string signature(const Mutation& m) {
    std::vector<std::pair<std::string, std::string>> fields;
    fields.reserve(m.patch.size());
    for (const FieldWrite& f : m.patch) fields.emplace_back(f.pointer, detail::canonical_bytes(f.value));
    std::sort(fields.begin(), fields.end());  // pointers are unique within a patch
    std::string out;
    auto add = [&out](const std::string& s) {
        out += '\0';
        out += std::to_string(s.size());  // length-prefixed: no separator ambiguity
        out += ':';
        out += s;
    };
    add(m.path);
    add(std::to_string(static_cast<int>(m.kind)));
    add(std::to_string(m.client_time.seconds) + "." + std::to_string(m.client_time.nanos));
    add(m.actor ? "1" + m.actor->uid + '\0' + m.actor->role : "0");
    for (const auto& [pointer, value] : fields) {
        add(pointer);
        add(value);
    }
    return out;
}

/// "Later" for coalescing: client time, then idempotency key (unique among survivors).
bool written_before(const Mutation& a, const Mutation& b) {
    if (a.client_time != b.client_time) return a.client_time < b.client_time;
    return a.idempotency_key < b.idempotency_key;
}

}  // namespace

QueueResult plan_queue(const QueueRequest& req) {
    const auto& ms = req.mutations;
    const std::size_t n = ms.size();
    QueueResult out;
    out.fates.resize(n);
    for (std::size_t i = 0; i < n; ++i) out.fates[i].index = i;

    // 1. Idempotency keys: a retry is a duplicate; a reused key with other content
    //    is held back with every other version of that key.
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < n; ++i) by_key[ms[i].idempotency_key].push_back(i);
    std::vector<std::size_t> survivors;
    for (const auto& [key, group] : by_key) {
        std::vector<std::size_t> reps;  // first index of each distinct content, input order
        std::map<std::string, std::size_t> first_with;  // signature → first input index
        for (std::size_t i : group) {
            auto [it, fresh] = first_with.emplace(signature(ms[i]), i);
            if (fresh) {
                reps.push_back(i);
            } else {
                out.fates[i].fate = Fate::duplicate;
                out.fates[i].duplicate_of = it->second;
            }
        }
        if (reps.size() == 1) {
            survivors.push_back(reps[0]);
            continue;
        }
        for (std::size_t r : reps) {
            out.fates[r].fate = Fate::key_conflict;
            for (std::size_t other : reps)
                if (other != r) out.fates[r].conflicts_with.push_back(other);
        }
    }

    // 2. Coalescing: a write's field is dropped when a later mutation of the same
    //    document sets that field or an ancestor. Appends ("/-") never coalesce;
    //    payments and status moves are events and are never reduced.
    // Survivors have unique keys; the input index still closes the order so it is
    // total by construction (std::sort ties differ between libstdc++ and libc++).
    std::sort(survivors.begin(), survivors.end(), [&](std::size_t a, std::size_t b) {
        if (written_before(ms[a], ms[b])) return true;
        if (written_before(ms[b], ms[a])) return false;
        return a < b;
    });
    std::map<std::string, std::map<std::string, std::size_t>> last_writer;  // doc → pointer → rank
    for (std::size_t rank = 0; rank < survivors.size(); ++rank) {
        const Mutation& m = ms[survivors[rank]];
        auto& fields = last_writer[m.path];
        for (const FieldWrite& f : m.patch)
            if (!is_append(f.pointer)) fields[f.pointer] = rank;  // ranks grow: the last one stays
    }
    std::vector<QueuedMutation> queued;
    for (std::size_t rank = 0; rank < survivors.size(); ++rank) {
        const std::size_t i = survivors[rank];
        const Mutation& m = ms[i];
        QueuedMutation q{i, {}, {}, {}, {}};
        const auto& fields = last_writer[m.path];
        for (const FieldWrite& f : m.patch) {
            std::optional<std::size_t> by;
            if (m.kind == MutationKind::write && !is_append(f.pointer)) {
                // f itself and each ancestor pointer of f
                std::string p = f.pointer;
                while (true) {
                    auto it = fields.find(p);
                    if (it != fields.end() && it->second > rank && (!by || it->second > *by)) by = it->second;
                    if (p.empty()) break;
                    p.erase(p.rfind('/'));
                }
            }
            if (by) q.superseded.push_back(Superseded{f.pointer, survivors[*by]});
            else q.patch.push_back(f);
        }
        if (q.patch.empty()) {
            out.fates[i].fate = Fate::coalesced;
            out.fates[i].coalesced = std::move(q.superseded);
            continue;
        }
        if (req.now && *req.now < m.client_time) q.flags.emplace_back("client_time_after_now");
        queued.push_back(std::move(q));
    }

    // 3. Replay order: payments, status moves, writes; then client time, then key.
    std::sort(queued.begin(), queued.end(), [&](const QueuedMutation& a, const QueuedMutation& b) {
        const Mutation& x = ms[a.index];
        const Mutation& y = ms[b.index];
        if (x.kind != y.kind) return static_cast<int>(x.kind) < static_cast<int>(y.kind);
        return written_before(x, y);
    });
    for (std::size_t pos = 0; pos < queued.size(); ++pos) {
        out.fates[queued[pos].index].fate = Fate::queued;
        out.fates[queued[pos].index].position = pos;
    }
    out.queue = std::move(queued);
    return out;
}

}  // namespace tailor::sync
