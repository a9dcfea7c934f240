// The status machine against its own table: every state × event × role (× target),
// every guard's rejection, reachability, no dead ends, and the docs table.
#include "tailor/lifecycle/transition.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "tailor/lifecycle/docs_table.hpp"

using namespace tailor;
using namespace tailor::lifecycle;

namespace {

const money::Currency inr = *money::Currency::from_code("INR");
money::Money rupees(std::int64_t r) { return *money::Money::of_minor(r * 100, inr); }

constexpr OrderStatus all_states[] = {
    OrderStatus::pending,   OrderStatus::confirmed,     OrderStatus::cutting, OrderStatus::stitching,
    OrderStatus::trial,     OrderStatus::alteration,    OrderStatus::finishing, OrderStatus::quality_check,
    OrderStatus::ready,     OrderStatus::delivered,     OrderStatus::cancelled, OrderStatus::on_hold};
constexpr ActorRole all_roles[] = {ActorRole::customer, ActorRole::employee, ActorRole::admin, ActorRole::system};
constexpr OrderStatus held_from = OrderStatus::stitching;  // the state an on_hold test order left

std::string name(OrderStatus s) { return std::string(json::enum_name(s, documents::order_status_names)); }

Actor actor_for(ActorRole role) {
    switch (role) {
        case ActorRole::customer: return {"cust_1", role};
        case ActorRole::employee: return {"emp_1", role};
        case ActorRole::admin: return {"adm_1", role};
        case ActorRole::system: return {"system", role};
    }
    return {};
}

/// An order in `state` that satisfies every guard for actor_for(role): paid in full,
/// assigned to emp_1, quality passed, one item at the matching stage.
OrderView happy_order(OrderStatus state) {
    ItemStage stage = ItemStage::pending;
    if (state == OrderStatus::on_hold) stage = *stage_of_status(held_from);
    else if (state == OrderStatus::confirmed) stage = ItemStage::pending;
    else stage = *stage_of_status(state);
    std::vector<HistoryView> history;
    if (state == OrderStatus::on_hold) history.push_back({held_from, OrderStatus::on_hold, std::nullopt});
    return OrderView{"ord_1", "cust_1", std::string("emp_1"),
                     {ItemView{"it_1", stage, std::nullopt, false, 0}},
                     rupees(2000), rupees(500), rupees(2000), state, std::nullopt, history,
                     {QualityCheckView{std::nullopt, true, Timestamp{1000, 0}}},
                     std::nullopt, std::nullopt, std::nullopt, {}};
}

/// The table's answer, read straight from the array: the first row from `from` named `event`.
const Transition* table_row(OrderStatus from, std::string_view event) {
    for (const Transition& row : transition_table)
        if (contains(row.from, from) && row.event == event) return &row;
    return nullptr;
}

std::set<std::string_view> event_names() {
    std::set<std::string_view> names;
    for (const Transition& row : transition_table) names.insert(row.event);
    return names;
}

const Timestamp now{1795000000, 0};

std::string first_code(const Error& e) { return e.details.empty() ? e.code : e.details.front().code; }

}  // namespace

TEST_CASE("every state × event × role × target answers as the table says", "[lifecycle]") {
    int checked = 0;
    for (OrderStatus state : all_states)
        for (std::string_view event : event_names())
            for (ActorRole role : all_roles) {
                const Transition* row = table_row(state, event);
                std::vector<std::optional<OrderStatus>> targets{std::nullopt};
                if (row && row->target == Target::earlier) {
                    targets.clear();
                    for (OrderStatus t : all_states) targets.push_back(t);
                }
                for (const auto& target : targets) {
                    TransitionRequest req;
                    req.event = std::string(event);
                    req.to = target;
                    req.reason = "test";
                    const Actor actor = actor_for(role);
                    auto r = apply_transition(happy_order(state), req, actor, now, LifecycleConfig{});
                    INFO(name(state) << " --" << event << "--> "
                                     << (target ? name(*target) : std::string("(row target)")) << " as "
                                     << actor.uid);
                    ++checked;
                    if (is_terminal(state)) {
                        REQUIRE_FALSE(r.ok());
                        CHECK(first_code(r.error()) == rejection::terminal_state);
                        continue;
                    }
                    if (target && *target == state) {
                        REQUIRE_FALSE(r.ok());
                        CHECK(first_code(r.error()) == rejection::already_in_state);
                        continue;
                    }
                    if (!row || (target && !row_targets(*row, state, *target))) {
                        REQUIRE_FALSE(r.ok());
                        CHECK(first_code(r.error()) == rejection::no_such_transition);
                        continue;
                    }
                    if (!contains_role(row->roles, role)) {
                        REQUIRE_FALSE(r.ok());
                        CHECK(first_code(r.error()) == rejection::role_not_allowed);
                        continue;
                    }
                    if (target && role == ActorRole::employee &&
                        production_rank(state) - production_rank(*target) > 1) {
                        REQUIRE_FALSE(r.ok());
                        CHECK(first_code(r.error()) == guard_code(Guard::step_back_limit));
                        continue;
                    }
                    REQUIRE(r.ok());
                    const OrderStatus expected = row->target == Target::fixed      ? row->to
                                                 : row->target == Target::previous ? held_from
                                                                                   : *target;
                    CHECK(r.value().current == expected);
                    CHECK(r.value().history.from == state);
                    CHECK(r.value().history.to == expected);
                    REQUIRE(r.value().events.size() == 1);
                    CHECK(r.value().events[0].type == row->emits);
                }
            }
    CHECK(checked > 12 * 10 * 4);
}

TEST_CASE("every guard of every row rejects with its own code when broken", "[lifecycle]") {
    int broken = 0;
    for (const Transition& row : transition_table)
        for (OrderStatus state : all_states) {
            if (!contains(row.from, state)) continue;
            for (ActorRole role : all_roles) {
                if (!contains_role(row.roles, role)) continue;
                for (Guard g : guard_order) {
                    if (!has_guard(row.guards, g)) continue;
                    OrderView order = happy_order(state);
                    Actor actor = actor_for(role);
                    TransitionRequest req;
                    req.event = std::string(row.event);
                    req.reason = "test";
                    if (row.target == Target::earlier) req.to = OrderStatus::cutting;
                    switch (g) {
                        case Guard::own_order:
                            if (role != ActorRole::customer) continue;
                            actor.uid = "cust_2";
                            break;
                        case Guard::own_items:
                            if (role != ActorRole::employee) continue;
                            actor.uid = "emp_2";
                            break;
                        case Guard::reason_required: req.reason.reset(); break;
                        case Guard::step_back_limit:
                            if (role != ActorRole::employee || production_rank(state) < 3) continue;
                            break;  // cutting is ≥ 2 stages back from trial on
                        case Guard::tailor_assigned:
                            if (role == ActorRole::employee) continue;  // own_items decides first
                            order.assigned_employee_id.reset();
                            break;
                        case Guard::advance_paid: order.paid = rupees(499); break;
                        case Guard::quality_passed:
                            order.quality_checks.push_back({std::nullopt, false, Timestamp{2000, 0}});
                            break;
                        case Guard::balance_settled: order.paid = rupees(1999); break;
                    }
                    if (row.target == Target::earlier) {
                        // one stage back unless the step limit is what we break
                        std::size_t n = 0;
                        auto targets = rework_targets(state, n);
                        REQUIRE(n > 0);
                        req.to = g == Guard::step_back_limit ? targets[0] : targets[n - 1];
                        if (g != Guard::step_back_limit && production_rank(state) - production_rank(*req.to) > 1 &&
                            role == ActorRole::employee)
                            continue;  // no one-step rework target from here (a forward row covers it)
                    }
                    INFO(row.event << " from " << name(state) << " as " << actor.uid << " breaking "
                                   << guard_name(g));
                    auto r = apply_transition(order, req, actor, now, LifecycleConfig{});
                    REQUIRE_FALSE(r.ok());
                    CHECK(r.error().code == std::string(transition_rejected));
                    CHECK(first_code(r.error()) == guard_code(g));
                    ++broken;
                }
            }
        }
    CHECK(broken > 40);
}

TEST_CASE("the advance guard follows lifecycle.requireAdvanceBeforeProduction", "[lifecycle]") {
    OrderView order = happy_order(OrderStatus::confirmed);
    order.paid = rupees(0);
    TransitionRequest req;
    req.event = "start_production";
    LifecycleConfig off;
    off.require_advance_before_production = false;
    CHECK(apply_transition(order, req, actor_for(ActorRole::admin), now, off).ok());
    CHECK_FALSE(apply_transition(order, req, actor_for(ActorRole::admin), now, LifecycleConfig{}).ok());
}

TEST_CASE("every state is reachable from pending and no non-terminal state is a dead end", "[lifecycle]") {
    std::set<OrderStatus> seen{OrderStatus::pending};
    std::vector<OrderStatus> todo{OrderStatus::pending};
    while (!todo.empty()) {
        OrderStatus s = todo.back();
        todo.pop_back();
        std::vector<OrderStatus> next;
        for (const Transition& row : transition_table) {
            if (!contains(row.from, s)) continue;
            if (row.target == Target::fixed) next.push_back(row.to);
            else if (row.target == Target::earlier) {
                std::size_t n = 0;
                auto t = rework_targets(s, n);
                next.insert(next.end(), t.begin(), t.begin() + static_cast<std::ptrdiff_t>(n));
            } else {  // resume: back to any state hold leaves
                for (OrderStatus h : all_states)
                    if (table_row(h, "hold")) next.push_back(h);
            }
        }
        for (OrderStatus n : next)
            if (seen.insert(n).second) todo.push_back(n);
    }
    for (OrderStatus s : all_states) {
        INFO(name(s));
        CHECK(seen.count(s) == 1);
        bool has_exit = false;
        for (const Transition& row : transition_table) has_exit = has_exit || contains(row.from, s);
        CHECK(has_exit == !is_terminal(s));
    }
}

TEST_CASE("the table in docs/lifecycle.md is the one rendered from transition_table", "[lifecycle][docs]") {
    std::ifstream in(std::string(TAILOR_VECTORS_DIR) + "/../../docs/lifecycle.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const std::string begin = "<!-- transition-table:begin (generated from transition_table; see lifecycle_test) -->\n";
    const std::string end = "<!-- transition-table:end -->";
    auto b = doc.find(begin);
    auto e = doc.find(end);
    REQUIRE(b != std::string::npos);
    REQUIRE(e != std::string::npos);
    const std::string in_doc = doc.substr(b + begin.size(), e - b - begin.size());
    const std::string rendered = transition_table_markdown();
    INFO("expected table:\n" << rendered);
    CHECK(in_doc == rendered);
}
