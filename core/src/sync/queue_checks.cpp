// sync.queue checks: the access policy and the status machine asked about each
// queued mutation, replaying the queue over the stored documents the caller gave
// (docs/sync.md "Checks").
#include <string_view>
#include <utility>

#include "tailor/lifecycle/order_view.hpp"
#include "tailor/lifecycle/transition.hpp"
#include "tailor/rules/authorize.hpp"
#include "tailor/sync/queue.hpp"
#include "tailor/sync/status_policy.hpp"

namespace tailor::sync {
namespace {

namespace bj = boost::json;
using documents::OrderStatus;

/// RFC 6901 token decoding (~1 → '/', ~0 → '~'); tokens were checked by the decoder.
std::string unescape(std::string_view token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = s.find(sep, start);
        out.emplace_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return out;
        start = end + 1;
    }
}

/// Sets `pointer` in `doc` as a Firestore update would: missing (or null) maps
/// on the way are created, "-" appends to an array, a number token replaces an
/// existing element. False when the pointer cannot be applied (it crosses a
/// scalar, or indexes past an array's end): the mutation is then left undecided.
bool set_field(bj::object& doc, const std::string& pointer, const bj::value& value) {
    bj::value* at = nullptr;  // nullptr: the document itself
    for (const std::string& raw : split(std::string_view(pointer).substr(1), '/')) {
        if (at && at->is_null()) *at = bj::object{};
        bj::object* object = at ? at->if_object() : &doc;
        if (object) {
            at = &(*object)[unescape(raw)];
        } else if (bj::array* array = at->if_array()) {
            if (raw == "-") {
                array->emplace_back(nullptr);
                at = &array->back();
                continue;
            }
            if (raw.empty() || raw.size() > 6 || raw.find_first_not_of("0123456789") != std::string::npos) return false;
            const std::size_t index = std::stoul(raw);
            if (index >= array->size()) return false;
            at = &(*array)[index];
        } else {
            return false;
        }
    }
    if (!at) return false;
    *at = value;
    return true;
}

std::optional<documents::ActorRole> role_of(const std::string& name) {
    for (const auto& e : documents::actor_role_names)
        if (name == e.name) return e.value;
    return std::nullopt;
}

std::string_view status_name(OrderStatus s) { return json::enum_name(s, documents::order_status_names); }

/// The status machine's answer to moving `order` to `to` for `actor` (a reason is
/// assumed given, as available_transitions assumes; item-level moves are not queued).
Check status_check(const lifecycle::OrderView& order, OrderStatus to, const lifecycle::Actor& actor,
                   const lifecycle::LifecycleConfig& config) {
    const std::string move = std::string(status_name(order.current)) + " → " + std::string(status_name(to));
    if (lifecycle::is_terminal(order.current))
        return {"status", false, lifecycle::rejection::terminal_state,
                "the order is " + std::string(status_name(order.current)) + ": no move leaves it"};
    for (const auto& t : lifecycle::available_transitions(order, actor, config)) {
        if (!t.to_known || t.to != to) continue;
        if (t.allowed) return {"status", true, std::string(t.event), "row \"" + std::string(t.event) + "\" allows " + move};
        return {"status", false, t.reason ? t.reason->code : std::string(lifecycle::rejection::no_such_transition),
                t.reason ? t.reason->message : move + " is refused"};
    }
    if (status_move_allowed(order.current, to))
        return {"status", false, lifecycle::rejection::role_not_allowed,
                "no row lets a " + std::string(json::enum_name(actor.role, documents::actor_role_names)) + " move " + move};
    return {"status", false, lifecycle::rejection::no_such_transition, "the status machine has no move " + move};
}

}  // namespace

void check_queue(const QueueRequest& request, QueueResult& result) {
    if (request.documents.empty()) return;
    StoredDocuments state = request.documents;  // the documents as the replay leaves them
    for (QueuedMutation& q : result.queue) {
        const Mutation& m = request.mutations[q.index];
        auto stored = state.find(m.path);
        if (stored == state.end()) continue;  // not given: nothing is decided about this document
        bj::object after = stored->second ? *stored->second : bj::object{};
        bool applicable = true;
        for (const FieldWrite& f : q.patch) applicable = applicable && set_field(after, f.pointer, f.value);
        bool allowed = applicable;
        if (m.actor && applicable) {
            const auto role = role_of(m.actor->role);
            // A system actor writes through the Admin SDK, which security rules do not govern.
            if (role != documents::ActorRole::system) {
                rules::AuthorizeRequest ar;
                ar.auth = rules::Auth{m.actor->uid, bj::value(m.actor->role)};
                ar.op = stored->second ? rules::Operation::update : rules::Operation::create;
                ar.path = split(m.path, '/');
                ar.resource = stored->second;
                ar.request_resource = after;
                ar.lookups = state;
                const rules::Decision d = rules::authorize(ar);
                q.checks.push_back({"access", d.allow, d.rule, d.reason});
                allowed = allowed && d.allow;
            }
            const bj::value* to = nullptr;
            for (const FieldWrite& f : q.patch)
                if (f.pointer == "/status/current") to = &f.value;
            if (m.kind == MutationKind::status && stored->second && to && to->is_string() && role) {
                json::Issues ignored;  // an unreadable order or status leaves the move undecided
                const auto order = lifecycle::read_order_view(bj::value(*stored->second), "", ignored);
                const auto target = json::read_enum(*to, "", ignored, documents::order_status_names);
                if (order && target && *target != order->current) {
                    Check c = status_check(*order, *target, lifecycle::Actor{m.actor->uid, *role}, request.lifecycle);
                    allowed = allowed && c.allow;
                    q.checks.push_back(std::move(c));
                }
            }
        }
        if (allowed) stored->second = std::move(after);
    }
}

}  // namespace tailor::sync
