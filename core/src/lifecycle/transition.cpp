// Applying transition_table to one order (tailor/lifecycle/transition.hpp).
#include "tailor/lifecycle/transition.hpp"

#include <algorithm>

namespace tailor::lifecycle {

namespace {

using documents::order_status_names;

std::string name_of(OrderStatus s) { return std::string(json::enum_name(s, order_status_names)); }

Error reject(std::string path, std::string_view code, std::string message) {
    Error e;
    e.code = transition_rejected;
    e.message = "the transition was rejected: " + message;
    e.details.push_back(Issue{std::move(path), std::string(code), std::move(message)});
    return e;
}

Error invalid(std::string path, std::string code, std::string message) {
    Error e;
    e.code = error_code::invalid_input;
    e.message = "the input does not match the operation's schema";
    e.details.push_back(Issue{std::move(path), std::move(code), std::move(message)});
    return e;
}

std::string money_text(const money::Money& m) {
    return m.to_decimal_string() + " " + std::string(m.currency().code());
}

bool is_active(ItemStage s) { return s != ItemStage::cancelled; }

std::optional<OrderStatus> derived_stage(const std::vector<ItemStage>& stages) { return production_stage_of(stages); }

/// The state the order left when it last went on hold (the latest history entry into on_hold).
std::optional<OrderStatus> state_left_for_hold(const OrderView& order) {
    for (auto it = order.history.rbegin(); it != order.history.rend(); ++it)
        if (it->to == OrderStatus::on_hold) {
            if (it->from == OrderStatus::on_hold || is_terminal(it->from)) return std::nullopt;
            return it->from;
        }
    return std::nullopt;
}

bool assigned_to(const OrderView& order, const ItemView& item, const std::string& uid) {
    return (item.assigned_employee_id && *item.assigned_employee_id == uid) ||
           (order.assigned_employee_id && *order.assigned_employee_id == uid);
}

/// The latest quality check that applies to `item` (its own, or an order-wide one);
/// ties on `at` go to the later array entry.
const QualityCheckView* latest_check(const OrderView& order, const std::string* item_id) {
    const QualityCheckView* best = nullptr;
    for (const QualityCheckView& c : order.quality_checks) {
        if (item_id && c.item_id && *c.item_id != *item_id) continue;
        if (!best || !(c.at < best->at)) best = &c;
    }
    return best;
}

/// One planned move: the row, the state before and after, the items it moves.
struct Plan {
    const Transition* row = nullptr;
    OrderStatus from{};
    OrderStatus to{};
    std::vector<std::size_t> moved;  // indices into order.items
};

/// Evaluates the row's guards for `plan` in guard_order; the first failure decides.
std::optional<Error> check_guards(const OrderView& order, const Plan& plan, const TransitionRequest& req,
                                  const Actor& actor, const LifecycleConfig& config, const std::string& target_path,
                                  std::optional<money::Money>* arrears) {
    const GuardSet guards = plan.row->guards;
    for (Guard g : guard_order) {
        if (!has_guard(guards, g)) continue;
        const std::string code(guard_code(g));
        switch (g) {
            case Guard::own_order:
                if (actor.role == ActorRole::customer && actor.uid != order.customer_id)
                    return reject("/actor/uid", code, "a customer may act only on their own order");
                break;
            case Guard::own_items:
                if (actor.role != ActorRole::employee) break;
                if (plan.moved.empty()) {
                    bool any = order.assigned_employee_id && *order.assigned_employee_id == actor.uid;
                    for (const ItemView& it : order.items) any = any || assigned_to(order, it, actor.uid);
                    if (!any) return reject("/actor/uid", code, "the employee is not assigned to this order");
                } else {
                    for (std::size_t i : plan.moved)
                        if (!assigned_to(order, order.items[i], actor.uid))
                            return reject("/actor/uid", code,
                                          "item \"" + order.items[i].item_id + "\" is not assigned to the employee");
                }
                break;
            case Guard::reason_required:
                if (!req.reason)
                    return reject("/request/reason", code,
                                  "\"" + std::string(plan.row->event) + "\" needs a reason");
                break;
            case Guard::step_back_limit:
                if (actor.role == ActorRole::employee &&
                    production_rank(plan.from) - production_rank(plan.to) > 1)
                    return reject(target_path, code,
                                  "an employee may move back one stage at most (" + name_of(plan.from) + " → " +
                                      name_of(plan.to) + " is " +
                                      std::to_string(production_rank(plan.from) - production_rank(plan.to)) +
                                      "); an admin may move back further");
                break;
            case Guard::tailor_assigned: {
                bool ok = order.assigned_employee_id.has_value();
                if (!ok && !plan.moved.empty()) {
                    ok = true;
                    for (std::size_t i : plan.moved) ok = ok && order.items[i].assigned_employee_id.has_value();
                }
                if (!ok) return reject(target_path, code, "no tailor is assigned to the order or to every item");
                break;
            }
            case Guard::advance_paid:
                if (config.require_advance_before_production &&
                    order.paid.minor() < order.advance_required.minor())
                    return reject(target_path, code,
                                  "the advance is not paid: paid " + money_text(order.paid) + " of " +
                                      money_text(order.advance_required) + " required before production");
                break;
            case Guard::quality_passed: {
                auto fails = [&](const std::string* item_id) {
                    const QualityCheckView* c = latest_check(order, item_id);
                    return !c || !c->passed;
                };
                if (plan.moved.empty()) {
                    if (fails(nullptr))
                        return reject(target_path, code, "the latest quality check of the order did not pass");
                } else {
                    for (std::size_t i : plan.moved)
                        if (fails(&order.items[i].item_id))
                            return reject(target_path, code,
                                          "the latest quality check of item \"" + order.items[i].item_id +
                                              "\" is missing or did not pass");
                }
                break;
            }
            case Guard::balance_settled: {
                const std::int64_t due = order.balance_minor();
                if (due <= 0) break;
                auto due_money = money::Money::of_minor(due, order.total.currency());
                if (req.override_balance) {  // admin + reason already checked by the caller
                    *arrears = due_money;
                    break;
                }
                return reject(target_path, code,
                              "a balance of " + money_text(*due_money) +
                                  " is due; an admin may deliver with override and a reason");
            }
        }
    }
    return std::nullopt;
}

struct Built {
    Plan plan;
    std::vector<ItemStage> stages;  // after the move
    OrderStatus new_status{};
    NotificationType event{};
};

/// Order-level request: finds the row, its target and the items it moves.
Result<Built> plan_order_move(const OrderView& order, const TransitionRequest& req, const Actor& actor,
                              const std::string& sel_path) {
    const OrderStatus current = order.current;
    if (req.to && *req.to == current)
        return reject("/request/to", rejection::already_in_state, "the order is already " + name_of(current));
    const std::optional<OrderStatus> left = state_left_for_hold(order);
    const Transition* row = nullptr;
    for (const Transition& r : transition_table) {
        if (!contains(r.from, current)) continue;
        if (req.event && r.event != *req.event) continue;
        if (req.to) {
            bool hit = r.target == Target::previous ? (left && *left == *req.to) : row_targets(r, current, *req.to);
            if (!hit) continue;
        }
        row = &r;
        break;
    }
    if (!row) {
        std::string what = req.event ? "\"" + *req.event + "\"" : std::string("a move");
        if (req.to) what += " to " + name_of(*req.to);
        return reject(sel_path, rejection::no_such_transition, "there is no transition " + what + " from " +
                                                                   name_of(current));
    }
    if (!contains_role(row->roles, actor.role))
        return reject("/actor/role", rejection::role_not_allowed,
                      "role " + std::string(json::enum_name(actor.role, documents::actor_role_names)) +
                          " may not \"" + std::string(row->event) + "\" from " + name_of(current));
    Built b;
    b.plan.row = row;
    b.plan.from = current;
    switch (row->target) {
        case Target::fixed: b.plan.to = row->to; break;
        case Target::previous:
            if (!left)
                return reject(sel_path, rejection::resume_state_unknown,
                              "status.history has no entry into on_hold from a state to resume to");
            b.plan.to = *left;
            break;
        case Target::earlier:
            if (!req.to)
                return invalid("/request/to", issue_code::required, "\"rework\" needs the target stage in `to`");
            b.plan.to = *req.to;
            break;
    }
    for (const ItemView& it : order.items) b.stages.push_back(it.stage);
    // Which items move: production moves take the items at the order's stage;
    // start_production every pending item; deliver and cancel every item not yet final.
    for (std::size_t i = 0; i < order.items.size(); ++i) {
        const ItemStage s = order.items[i].stage;
        bool moves = false;
        if (is_production(current) && is_production(b.plan.to)) moves = stage_of_status(current) == s;
        else if (current == OrderStatus::confirmed && b.plan.to == OrderStatus::cutting) moves = s == ItemStage::pending;
        else if (b.plan.to == OrderStatus::delivered) moves = is_active(s) && s != ItemStage::delivered;
        else if (b.plan.to == OrderStatus::cancelled) moves = is_active(s) && s != ItemStage::delivered;
        if (moves) {
            b.plan.moved.push_back(i);
            b.stages[i] = *stage_of_status(b.plan.to);
        }
    }
    b.new_status = b.plan.to;
    if (is_production(b.plan.to))
        if (auto d = derived_stage(b.stages); d && is_production(*d)) b.new_status = *d;
    b.event = row->emits;
    return b;
}

/// Item-level request: each named item follows its own row; the order's stage is re-derived.
Result<Built> plan_item_move(const OrderView& order, const TransitionRequest& req, const Actor& actor,
                             const LifecycleConfig& config) {
    const OrderStatus current = order.current;
    if (!req.to) return invalid("/request/to", issue_code::required, "an item-level move needs the target stage in `to`");
    if (!is_production(current))
        return reject("/request/itemIds", rejection::not_in_production,
                      "items move one by one only in production (cutting … ready); the order is " + name_of(current));
    Built b;
    for (const ItemView& it : order.items) b.stages.push_back(it.stage);
    std::vector<std::size_t> indices;
    for (std::size_t k = 0; k < req.item_ids.size(); ++k) {
        const std::string path = "/request/itemIds/" + std::to_string(k);
        auto found = std::find_if(order.items.begin(), order.items.end(),
                                  [&](const ItemView& it) { return it.item_id == req.item_ids[k]; });
        if (found == order.items.end())
            return invalid(path, "unknown_item", "the order has no item \"" + req.item_ids[k] + "\"");
        const std::size_t idx = static_cast<std::size_t>(found - order.items.begin());
        if (std::find(indices.begin(), indices.end(), idx) != indices.end())
            return invalid(path, issue_code::duplicate, "item \"" + req.item_ids[k] + "\" is listed twice");
        indices.push_back(idx);
    }
    for (std::size_t k = 0; k < indices.size(); ++k) {
        const std::string path = "/request/itemIds/" + std::to_string(k);
        const ItemView& item = order.items[indices[k]];
        const OrderStatus from = status_of_stage(item.stage);
        if (from == *req.to)
            return reject(path, rejection::already_in_state, "item \"" + item.item_id + "\" is already " + name_of(from));
        const Transition* row = nullptr;
        if (is_production(from) && is_production(*req.to))
            for (const Transition& r : transition_table) {
                if (req.event && r.event != *req.event) continue;
                if (row_targets(r, from, *req.to)) { row = &r; break; }
            }
        if (!row)
            return reject(path, rejection::no_such_transition,
                          "item \"" + item.item_id + "\" cannot move from " + name_of(from) + " to " + name_of(*req.to));
        if (!contains_role(row->roles, actor.role))
            return reject("/actor/role", rejection::role_not_allowed,
                          "role " + std::string(json::enum_name(actor.role, documents::actor_role_names)) +
                              " may not move items");
        Plan p{row, from, *req.to, {indices[k]}};
        std::optional<money::Money> unused;
        if (auto e = check_guards(order, p, req, actor, config, path, &unused)) return *e;
        b.stages[indices[k]] = *stage_of_status(*req.to);
        if (!b.plan.row) b.plan = p;
        else b.plan.moved.push_back(indices[k]);
    }
    b.plan.from = current;
    b.new_status = derived_stage(b.stages).value_or(current);
    b.event = NotificationType::stage_changed;
    if (b.new_status != current)
        for (const Transition& r : transition_table)
            if (row_targets(r, current, b.new_status)) { b.event = r.emits; break; }
    b.plan.to = b.new_status;
    return b;
}

}  // namespace

std::optional<OrderStatus> production_stage_of(const std::vector<ItemStage>& stages) {
    std::optional<OrderStatus> best;
    int best_rank = 99;
    for (ItemStage s : stages) {
        if (s == ItemStage::cancelled) continue;
        OrderStatus st = status_of_stage(s);
        int rank = st == OrderStatus::pending ? 0 : st == OrderStatus::delivered ? 8 : production_rank(st);
        if (rank < best_rank) best_rank = rank, best = st;
    }
    return best;
}

Result<TransitionResult> apply_transition(const OrderView& order, const TransitionRequest& req, const Actor& actor,
                                          Timestamp now, const LifecycleConfig& config) {
    const OrderStatus current = order.current;
    const std::string sel_path = req.event ? "/request/event" : "/request/to";
    if (is_terminal(current))
        return reject(sel_path, rejection::terminal_state, "the order is " + name_of(current) + ": a terminal state has no exits");
    // In production the order's status is its least advanced item's stage; a
    // document that disagrees is refused rather than silently re-derived.
    if (is_production(current)) {
        std::vector<ItemStage> stages;
        for (const ItemView& it : order.items) stages.push_back(it.stage);
        if (auto d = derived_stage(stages); d && *d != current)
            return invalid("/order/status/current", issue_code::inconsistent,
                           "status.current is " + name_of(current) + " but the least advanced item is at " + name_of(*d));
    }
    Result<Built> built = req.item_ids.empty() ? plan_order_move(order, req, actor, sel_path)
                                               : plan_item_move(order, req, actor, config);
    if (!built) return built.error();
    Built& b = built.value();

    std::optional<money::Money> arrears;
    if (req.item_ids.empty()) {
        if (req.override_balance) {
            if (!has_guard(b.plan.row->guards, Guard::balance_settled))
                return reject("/request/override", rejection::override_not_allowed,
                              "override applies only to the balance check of \"deliver\"");
            if (actor.role != ActorRole::admin)
                return reject("/request/override", rejection::override_not_allowed, "only an admin may override");
            if (!req.reason)
                return reject("/request/reason", guard_code(Guard::reason_required), "an override needs a reason");
        }
        if (auto e = check_guards(order, b.plan, req, actor, config, sel_path, &arrears)) return *e;
    } else if (req.override_balance) {
        return reject("/request/override", rejection::override_not_allowed,
                      "override applies only to the balance check of \"deliver\"");
    }

    TransitionResult out;
    out.order_id = order.order_id;
    out.current = b.new_status;
    out.last_updated = now;
    for (std::size_t i = 0; i < order.items.size(); ++i) out.items.push_back({order.items[i].item_id, b.stages[i]});
    out.history = HistoryEntry{current, b.new_status, actor, now, req.reason};
    DomainEvent ev{b.event, order.order_id, order.customer_id, order.assigned_employee_id, current, b.new_status,
                   req.item_ids, now};
    out.events.push_back(std::move(ev));
    if (b.new_status == OrderStatus::cancelled) {
        // From cutting on (or on hold after cutting) the advance pays for cut cloth and labour.
        const bool after_cutting = is_production(current) || (current == OrderStatus::on_hold && [&] {
                                       auto l = state_left_for_hold(order);
                                       return l && is_production(*l);
                                   }());
        const money::Money paid = order.paid.is_negative() ? money::Money::zero(order.paid.currency()) : order.paid;
        money::Money retained = money::Money::zero(paid.currency());
        if (after_cutting)
            retained = paid.minor() < order.advance_required.minor() ? paid : order.advance_required;
        out.refund = RefundPolicy{after_cutting ? "advance_retained" : "full_refund", paid, retained,
                                  *paid.minus(retained)};
    }
    if (arrears) out.arrears = Arrears{*arrears, *req.reason};
    return out;
}

std::vector<AvailableTransition> available_transitions(const OrderView& order, const Actor& actor,
                                                       const LifecycleConfig& config) {
    std::vector<AvailableTransition> out;
    const OrderStatus current = order.current;
    for (const Transition& row : transition_table) {
        if (!contains(row.from, current) || !contains_role(row.roles, actor.role)) continue;
        std::vector<std::optional<OrderStatus>> targets;
        switch (row.target) {
            case Target::fixed: targets.push_back(row.to); break;
            case Target::previous: targets.push_back(state_left_for_hold(order)); break;
            case Target::earlier: {
                std::size_t n = 0;
                auto list = rework_targets(current, n);
                for (std::size_t i = 0; i < n; ++i) targets.push_back(list[i]);
                break;
            }
        }
        for (const auto& to : targets) {
            AvailableTransition a;
            a.event = row.event;
            a.to = to.value_or(OrderStatus::on_hold);
            a.requires_reason = has_guard(row.guards, Guard::reason_required);
            TransitionRequest req;
            req.event = std::string(row.event);
            if (row.target == Target::earlier) req.to = to;
            if (a.requires_reason) req.reason = "(reason)";
            auto r = apply_transition(order, req, actor, Timestamp{}, config);
            a.allowed = r.ok();
            if (!r.ok() && !r.error().details.empty()) a.reason = r.error().details.front();
            if (!to) a.to_known = false;
            out.push_back(std::move(a));
        }
    }
    return out;
}

}  // namespace tailor::lifecycle
