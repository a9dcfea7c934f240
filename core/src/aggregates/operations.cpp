// The aggregates domain's operations: decode (json::ObjectReader) → typed function → encode.
//   feedback.apply, stats.delta, analytics.summarize, archive.plan
#include <algorithm>
#include <map>
#include <set>

#include "tailor/aggregates/analytics.hpp"
#include "tailor/aggregates/archive.hpp"
#include "tailor/aggregates/config.hpp"
#include "tailor/aggregates/rating.hpp"
#include "tailor/aggregates/stats.hpp"
#include "tailor/api/domains.hpp"
#include "tailor/json/limits.hpp"
#include "tailor/money/decimal.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;
using json::Presence;
using api::Outcome;

namespace {

const json::StringRule id_rule{1, 128};
constexpr std::int64_t max_count = json::max_safe_integer;

std::string at(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

bj::value average_json(RatingTotals t) {
    bj::object o;
    auto d = display_average(t);
    o.emplace("display", d ? bj::value(*d) : bj::value(nullptr));
    o.emplace("sum", t.sum);
    o.emplace("count", t.count);
    return o;
}

/// Reads `orders` (≤ max_items stored order documents) with the parts `needs` asks for.
std::vector<OrderView> read_orders(json::ObjectReader& r, std::size_t max_items, const OrderNeeds& needs) {
    std::vector<OrderView> orders;
    if (const bj::array* list = r.array("orders", Presence::required, max_items))
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto o = read_order((*list)[i], at("/orders", i), r.issues(), needs)) orders.push_back(std::move(*o));
    return orders;
}

// ---- feedback.apply ----------------------------------------------------------

/// Whether a stored display field (a legacy float 4.5, or the "4.33" string this
/// operation sets) claims ratings exist. Any type is accepted: it is never used in
/// arithmetic, only to refuse documents whose exact fields are missing.
bool display_says_rated(const bj::value* display) {
    if (!display) return false;
    if (display->is_number()) return display->to_number<double>() != 0;  // compared with zero only
    if (display->is_string()) {
        const auto& text = display->get_string();
        return !text.empty() && text != "0" && text != "0.00";
    }
    return false;
}

/// An exact sum/count pair stored as `sum_key`/`count_key`; `display_key` is the
/// legacy float. A document with a non-zero display but no count cannot be
/// updated exactly (missing_exact_aggregate) — recompute it first.
RatingTotals read_totals(json::ObjectReader& r, std::string_view sum_key, std::string_view count_key,
                         std::string_view display_key) {
    RatingTotals t;
    auto count = r.integer(count_key, Presence::optional, 0, max_count);
    auto sum = r.integer(sum_key, Presence::optional, 0, max_count);
    const bool rated_display = display_says_rated(r.field(display_key, Presence::optional));
    if (!count) {
        if (sum) r.issues().add(r.path_of(sum_key), issue_code::inconsistent, std::string(sum_key) + " without " + std::string(count_key));
        if (rated_display)
            r.issues().add(r.path_of(count_key), "missing_exact_aggregate",
                           "the document has an average but no exact " + std::string(sum_key) + "/" +
                               std::string(count_key) + "; recompute it before applying feedback");
        return t;
    }
    t.count = *count;
    if (!sum) {
        if (*count > 0) r.issues().add(r.path_of(sum_key), issue_code::required, "required when the count is positive");
        return t;
    }
    t.sum = *sum;
    if (t.sum < t.count || t.sum > 5 * t.count)
        r.issues().add(r.path_of(sum_key), issue_code::inconsistent, "a sum of 1–5 star ratings lies between count and 5 × count");
    return t;
}

std::optional<ServiceRating> read_service(const bj::value& v, const std::string& path, json::Issues& issues) {
    const std::size_t before = issues.size();
    ServiceRating s;
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    if (auto id = r.string("serviceId", Presence::required, id_rule)) s.service_id = *id;
    if (auto rating = r.object("rating", Presence::optional)) {
        std::optional<std::array<std::int64_t, 5>> dist;
        if (auto d = rating->object("distribution", Presence::optional)) {
            dist.emplace();
            for (int k = 1; k <= 5; ++k)
                if (auto n = d->integer(std::to_string(k), Presence::optional, 0, max_count)) (*dist)[k - 1] = *n;
            // Keys other than "1"…"5" are not votes; report them rather than drop them.
            for (const auto& kv : *d->object())
                if (kv.key().size() != 1 || kv.key()[0] < '1' || kv.key()[0] > '5')
                    issues.add(d->path_of(kv.key()), issue_code::invalid_format, "distribution keys are \"1\" … \"5\"");
        }
        auto count = rating->integer("count", Presence::optional, 0, max_count);
        auto sum = rating->integer("ratingSum", Presence::optional, 0, max_count);
        const bool rated_display = display_says_rated(rating->field("average", Presence::optional));
        std::int64_t dist_count = 0, dist_sum = 0;
        if (dist)
            for (int k = 1; k <= 5; ++k) {
                dist_count += (*dist)[k - 1];
                dist_sum += k * (*dist)[k - 1];
            }
        s.totals.count = count.value_or(dist_count);
        if (dist) {
            s.distribution = *dist;
            if (count && *count != dist_count)
                issues.add(rating->path_of("count"), issue_code::inconsistent, "count differs from the sum of the distribution");
            if (sum && *sum != dist_sum)
                issues.add(rating->path_of("ratingSum"), issue_code::inconsistent,
                           "ratingSum differs from Σ stars × votes of the distribution");
            s.totals.sum = dist_sum;
        } else if (s.totals.count > 0 || rated_display) {
            issues.add(rating->path_of("distribution"), "missing_exact_aggregate",
                       "a rated service needs its distribution (votes per star) to be updated exactly; recompute it first");
        } else if (sum && *sum != 0) {
            issues.add(rating->path_of("ratingSum"), issue_code::inconsistent, "ratingSum without any votes");
        }
    }
    if (issues.size() != before) return std::nullopt;
    return s;
}

}  // namespace

std::optional<FeedbackRequest> read_feedback_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    FeedbackRequest req;
    std::optional<OrderView> order;
    if (const bj::value* o = r.field("order", Presence::required)) {
        OrderNeeds needs;
        needs.services = true;
        needs.feedback = true;
        order = read_order(*o, "/order", issues, needs);
    }
    if (auto fb = r.object("feedback", Presence::required)) {
        if (auto rating = fb->integer("rating", Presence::required, min_rating, max_rating)) req.rating = static_cast<int>(*rating);
        fb->string("comments", Presence::optional, json::StringRule{0, 2000});
        if (auto t = fb->timestamp("submittedAt", Presence::required)) req.submitted_at = *t;
        fb->finish();
    }
    std::vector<ServiceRating> services;
    if (const bj::array* list = r.array("services", Presence::required, max_services_per_feedback)) {
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto s = read_service((*list)[i], at("/services", i), issues)) services.push_back(*s);
    }
    std::optional<EmployeeRating> employee;
    if (auto e = r.object("employee", Presence::optional)) {
        EmployeeRating er;
        if (auto id = e->string("employeeId", Presence::required, id_rule)) er.employee_id = *id;
        if (auto perf = e->object("performance", Presence::optional)) {
            er.totals = read_totals(*perf, "ratingSum", "ratingCount", "rating");
            if (auto p = perf->integer("positiveCount", Presence::optional, 0, max_count)) {
                er.positive_count = *p;
                if (*p > er.totals.count)
                    issues.add(perf->path_of("positiveCount"), issue_code::inconsistent, "more positive ratings than ratings");
            } else if (er.totals.count > 0) {
                issues.add(perf->path_of("positiveCount"), issue_code::required, "required when ratingCount is positive");
            }
        }
        employee = er;
    }
    if (auto u = r.object("user", Presence::required)) {
        if (auto id = u->string("userId", Presence::required, id_rule)) req.user.user_id = *id;
        if (auto stats = u->object("stats", Presence::optional))
            req.user.totals = read_totals(*stats, "ratingSum", "ratingCount", "averageRating");
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;

    // Cross-document consistency: the documents are the order's.
    if (order->status != documents::OrderStatus::delivered)
        issues.add("/order/status/current", "order_not_delivered", "feedback is accepted on delivered orders only");
    std::set<std::string> given;
    for (std::size_t i = 0; i < services.size(); ++i) {
        if (!given.insert(services[i].service_id).second)
            issues.add(at("/services", i) + "/serviceId", issue_code::duplicate, "service listed twice");
        else if (!std::binary_search(order->service_ids.begin(), order->service_ids.end(), services[i].service_id))
            issues.add(at("/services", i) + "/serviceId", issue_code::inconsistent, "not a service of the order");
    }
    for (const auto& sid : order->service_ids)
        if (!given.count(sid))
            issues.add("/services", issue_code::inconsistent, "service " + sid + " of the order is missing");
    if (order->assigned_employee_id && !employee)
        issues.add("/employee", issue_code::required, "the order is assigned to " + *order->assigned_employee_id);
    if (employee && (!order->assigned_employee_id || *order->assigned_employee_id != employee->employee_id))
        issues.add("/employee/employeeId", issue_code::inconsistent, "not the order's assigned employee");
    if (!issues.empty()) return std::nullopt;

    req.order_id = order->order_id;
    req.previous_rating = order->feedback_rating;
    req.previous_submitted_at = order->feedback_rating ? order->feedback_submitted_at : std::nullopt;
    req.services = std::move(services);
    req.employee = std::move(employee);
    return req;
}

namespace {

Outcome feedback_apply_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_feedback_request(input, issues);
    if (!decoded) return issues.to_error();
    const FeedbackRequest& req = *decoded;
    auto result = apply_feedback(req);
    if (!result) return result.error();
    const FeedbackResult& res = result.value();

    bj::object out;
    out.emplace("orderId", req.order_id);
    static constexpr const char* change_names[] = {"first", "replaced", "unchanged"};
    out.emplace("change", change_names[static_cast<int>(res.change)]);
    out.emplace("rating", req.rating);
    out.emplace("previousRating", req.previous_rating ? bj::value(*req.previous_rating) : bj::value(nullptr));
    bj::array svc;
    for (const auto& s : res.services) {
        bj::object o;
        o.emplace("serviceId", s.service_id);
        o.emplace("ratingSum", s.totals.sum);
        o.emplace("count", s.totals.count);
        bj::object dist;
        for (int k = 1; k <= 5; ++k) dist.emplace(std::to_string(k), s.distribution[k - 1]);
        o.emplace("distribution", std::move(dist));
        o.emplace("average", average_json(s.totals));
        svc.push_back(std::move(o));
    }
    out.emplace("services", std::move(svc));
    if (res.employee) {
        bj::object o;
        o.emplace("employeeId", res.employee->employee_id);
        o.emplace("ratingSum", res.employee->totals.sum);
        o.emplace("ratingCount", res.employee->totals.count);
        o.emplace("positiveCount", res.employee->positive_count);
        o.emplace("rating", average_json(res.employee->totals));
        auto bps = ratio_bps(res.employee->positive_count, res.employee->totals.count);
        o.emplace("customerFeedbackBps", bps ? bj::value(*bps) : bj::value(nullptr));
        out.emplace("employee", std::move(o));
    } else {
        out.emplace("employee", nullptr);
    }
    bj::object user;
    user.emplace("userId", res.user.user_id);
    user.emplace("ratingSum", res.user.totals.sum);
    user.emplace("ratingCount", res.user.totals.count);
    user.emplace("averageRating", average_json(res.user.totals));
    out.emplace("user", std::move(user));
    out.emplace("increments", to_json(res.increments));
    out.emplace("sets", to_json(res.sets));
    return bj::value(std::move(out));
}

OrderFacts facts_of(const OrderView& order, const std::string& user_id);

// ---- stats.delta -------------------------------------------------------------

constexpr std::size_t max_employees_per_event = 10;

}  // namespace

std::optional<StatsDeltaInput> read_stats_delta_input(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    StatsEvent event;
    bool event_ok = false;
    std::optional<json::ObjectReader> ev = r.object("event", Presence::required);
    if (ev) {
        if (auto t = ev->enumeration("type", Presence::required, event_type_names)) {
            event.type = *t;
            event_ok = true;
        }
        event.employee_id = ev->string("employeeId", Presence::optional, id_rule);
    }
    const bool money_event = event_ok && (event.type == EventType::payment_received || event.type == EventType::refund_issued);
    std::optional<OrderView> order;
    if (const bj::value* o = r.field("order", Presence::required)) {
        OrderNeeds needs;
        needs.services = true;
        needs.history = true;
        needs.money = money_event;
        order = read_order(*o, "/order", issues, needs);
    }
    if (ev) {
        // The amount is read in the order's currency, so after the order.
        if (money_event) {
            const bj::value* amount = ev->field("amount", Presence::required);
            if (amount && order && order->currency)
                event.amount = money::read_amount(*amount, ev->path_of("amount"), issues, *order->currency);
        }
        ev->finish();
    }
    std::optional<std::string> user_id;
    std::optional<std::string> customer_id;
    if (auto c = r.object("customer", Presence::optional)) {
        customer_id = c->string("customerId", Presence::required, id_rule);
        user_id = c->string("userId", Presence::required, id_rule);
    }
    std::vector<EmployeeWorkload> workloads;
    if (const bj::array* list = r.array("employees", Presence::optional, max_employees_per_event)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::ObjectReader er((*list)[i], at("/employees", i), issues);
            EmployeeWorkload w;
            w.path = at("/employees", i);
            if (auto id = er.string("employeeId", Presence::required, id_rule)) w.employee_id = *id;
            if (auto wl = er.object("workload", Presence::required)) {
                if (auto n = wl->integer("currentOrders", Presence::required, 0, max_count)) w.current_orders = *n;
                if (auto n = wl->integer("capacity", Presence::required, 0, max_count)) w.capacity = *n;
            }
            workloads.push_back(w);
        }
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;

    const bool needs_user = event.type == EventType::order_created || event.type == EventType::order_cancelled;
    if (needs_user && !user_id)
        issues.add("/customer", issue_code::required, "order_created and order_cancelled change users/{userId}.stats");
    if (customer_id && *customer_id != order->customer_id)
        issues.add("/customer/customerId", issue_code::inconsistent, "not the order's customer");
    if (!issues.empty()) return std::nullopt;
    return StatsDeltaInput{facts_of(*order, user_id.value_or("")), std::move(event), order->currency,
                           std::move(workloads)};
}

namespace {

Outcome stats_delta_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_stats_delta_input(input, issues);
    if (!decoded) return issues.to_error();
    const OrderFacts& facts = decoded->facts;
    const StatsEvent& event = decoded->event;
    const std::vector<EmployeeWorkload>& workloads = decoded->workloads;
    auto effect = apply_event(facts, event, decoded->currency);
    if (!effect) return effect.error();

    // Derived: utilization of every employee whose open-order count moves.
    std::map<std::string, std::int64_t> moved;
    for (const auto& inc : effect.value().increments)
        if (inc.collection == "employees" && inc.field == counter::current_orders) moved[inc.doc_id] = inc.increment;
    std::set<std::string> given;
    for (const auto& w : workloads) {
        if (!given.insert(w.employee_id).second)
            issues.add(w.path + "/employeeId", issue_code::duplicate, "employee listed twice");
        else if (!moved.count(w.employee_id))
            issues.add(w.path + "/employeeId", issue_code::inconsistent, "this event does not change that employee's workload");
    }
    std::vector<FieldSet> sets;
    bj::array workload_json;
    for (const auto& entry : moved) {
        const std::string& id = entry.first;  // named, not a structured binding: lambdas capture it (C++17)
        const std::int64_t delta = entry.second;
        auto w = std::find_if(workloads.begin(), workloads.end(), [&](const EmployeeWorkload& d) { return d.employee_id == id; });
        if (w == workloads.end()) {
            issues.add("/employees", issue_code::required,
                       "employee " + id + "'s document (workload) is needed to recompute utilization");
            continue;
        }
        const std::int64_t after = w->current_orders + delta;
        if (after < 0) {
            issues.add(w->path + "/workload/currentOrders", "aggregate_underflow",
                       "the stored count cannot hold this decrement; recompute it first");
            continue;
        }
        if (after > max_count) {
            issues.add(w->path + "/workload/currentOrders", "aggregate_overflow",
                       "the stored count cannot take this increment (it would pass 2^53 - 1); recompute it first");
            continue;
        }
        auto bps = utilization_bps(after, w->capacity);
        if (!bps && w->capacity > 0) {
            issues.add(w->path + "/workload/currentOrders", issue_code::out_of_range,
                       "the utilization (orders / capacity) would pass 2^53 - 1 basis points; recompute the count");
            continue;
        }
        sets.push_back({"employees", id, "workload.utilizationBps", bps ? bj::value(*bps) : bj::value(nullptr)});
        bj::object o;
        o.emplace("employeeId", id);
        o.emplace("currentOrdersBefore", w->current_orders);
        o.emplace("currentOrdersAfter", after);
        o.emplace("capacity", w->capacity);
        o.emplace("utilizationBps", bps ? bj::value(*bps) : bj::value(nullptr));
        workload_json.push_back(std::move(o));
    }
    if (!issues.empty()) return issues.to_error();
    sort_sets(sets);

    bj::object out;
    out.emplace("event", json::enum_name(event.type, event_type_names));
    out.emplace("orderId", facts.order_id);
    out.emplace("increments", to_json(effect.value().increments));
    out.emplace("sets", to_json(sets));
    out.emplace("workloads", std::move(workload_json));
    return bj::value(std::move(out));
}

// ---- stats.recompute -----------------------------------------------------------

constexpr std::size_t max_orders_per_recompute = 5000;
constexpr std::size_t max_customers_per_recompute = 5000;

/// The order's counter facts as stats.delta derives them (shared by both ops).
OrderFacts facts_of(const OrderView& order, const std::string& user_id) {
    OrderFacts facts;
    facts.order_id = order.order_id;
    facts.customer_id = order.customer_id;
    facts.user_id = user_id;
    facts.service_ids = order.service_ids;
    facts.employee_id = order.assigned_employee_id;
    facts.confirmed = was_confirmed(order);
    facts.phase = order.status == documents::OrderStatus::delivered   ? OrderPhase::delivered
                  : order.status == documents::OrderStatus::cancelled ? OrderPhase::cancelled
                                                                      : OrderPhase::open;
    facts.net_paid_minor = net_paid_minor(order);
    return facts;
}

}  // namespace

std::optional<RecomputeInput> read_recompute_input(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    OrderNeeds needs;
    needs.services = needs.history = needs.money = true;
    const std::vector<OrderView> orders = read_orders(r, max_orders_per_recompute, needs);
    std::map<std::string, std::string> user_of;
    if (const bj::array* list = r.array("customers", Presence::required, max_customers_per_recompute)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::ObjectReader c((*list)[i], at("/customers", i), issues);
            auto cid = c.string("customerId", Presence::required, id_rule);
            auto uid = c.string("userId", Presence::required, id_rule);
            if (cid && uid && !user_of.emplace(*cid, *uid).second)
                issues.add(at("/customers", i) + "/customerId", issue_code::duplicate, "customer listed twice");
        }
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;
    std::set<std::string> seen;
    std::optional<money::Currency> currency;
    std::vector<OrderFacts> facts;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const OrderView& o = orders[i];
        if (!seen.insert(o.order_id).second)
            issues.add(at("/orders", i) + "/orderId", issue_code::duplicate, "order listed twice");
        auto user = user_of.find(o.customer_id);
        if (user == user_of.end())
            issues.add(at("/orders", i) + "/customerId", issue_code::required,
                       "customer " + o.customer_id + " is not in /customers (its userId is needed)");
        if (currency && o.currency && *currency != *o.currency)
            issues.add(at("/orders", i) + "/pricing/currency", issue_code::inconsistent,
                       "loyalty.totalSpentMinor is kept in one currency; this order's differs");
        if (!currency) currency = o.currency;
        if (user != user_of.end()) facts.push_back(facts_of(o, user->second));
    }
    if (!issues.empty()) return std::nullopt;
    return RecomputeInput{std::move(facts), currency};
}

namespace {

Outcome stats_recompute_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_recompute_input(input, issues);
    if (!decoded) return issues.to_error();
    bj::object out;
    out.emplace("counters", to_json(recompute(decoded->orders, decoded->currency), "value"));  // absolute values, not increments
    return bj::value(std::move(out));
}

}  // namespace

// ---- analytics.summarize -----------------------------------------------------

std::optional<AnalyticsRequest> read_analytics_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    AnalyticsRequest req;
    std::optional<Timestamp> from, to;
    if (auto p = r.object("period", Presence::required)) {
        from = p->timestamp("from", Presence::required);
        to = p->timestamp("to", Presence::required);
        p->finish();
    }
    std::optional<Zone> zone;
    if (const bj::value* tz = r.field("timezone", Presence::optional)) zone = read_zone(*tz, "/timezone", issues);
    else zone = Zone::resolve("Asia/Kolkata");
    if (auto b = r.enumeration("bucket", Presence::required, bucket_size_names)) req.bucket = *b;
    OrderNeeds needs;
    needs.services = needs.history = needs.created = needs.money = needs.feedback = needs.timeline = true;
    req.orders = read_orders(r, max_orders_per_summary, needs);
    if (const bj::array* list = r.array("customers", Presence::optional, max_customers_per_summary)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::ObjectReader c((*list)[i], at("/customers", i), issues);
            CustomerTier ct;
            if (auto id = c.string("customerId", Presence::required, id_rule)) ct.customer_id = *id;
            if (auto loyalty = c.object("loyalty", Presence::optional))
                ct.tier = loyalty->enumeration("tier", Presence::optional, documents::loyalty_tier_names);
            req.customers.push_back(std::move(ct));
        }
    }
    r.finish();
    if (!issues.empty()) return std::nullopt;
    req.from = *from;
    req.to = *to;
    req.zone = *zone;
    return req;
}

namespace {

Outcome analytics_summarize_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_analytics_request(input, issues);
    if (!decoded) return issues.to_error();
    const AnalyticsRequest& req = *decoded;
    auto summary = summarize(req);
    if (!summary) return summary.error();
    return to_json(summary.value(), req);
}

}  // namespace

// ---- archive.plan ------------------------------------------------------------

std::optional<ArchiveInput> read_archive_input(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    OrderNeeds needs;
    needs.history = needs.created = needs.money = needs.dispute = true;
    std::vector<OrderView> orders = read_orders(r, max_orders_per_plan, needs);
    auto now = r.timestamp("now", Presence::required);
    AggregatesConfig config = read_aggregates_config(r.field("config", Presence::optional), "/config", issues);
    r.finish();
    if (!issues.empty()) return std::nullopt;
    return ArchiveInput{std::move(orders), *now, std::move(config)};
}

namespace {

Outcome archive_plan_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_archive_input(input, issues);
    if (!decoded) return issues.to_error();
    const AggregatesConfig& config = decoded->config;
    auto plan = plan_archive(decoded->orders, decoded->now, config.retention, *config.zone);
    if (!plan) return plan.error();

    bj::object out;
    bj::object policy;
    policy.emplace("archiveAfterDays", config.retention.archive_after_days);
    policy.emplace("cancelledArchiveAfterDays", config.retention.cancelled_archive_after_days);
    policy.emplace("timezone", config.zone->name());
    out.emplace("policy", std::move(policy));
    bj::array archive;
    for (const auto& a : plan.value().archive) {
        bj::object o;
        o.emplace("orderId", a.order_id);
        o.emplace("partition", a.partition);
        o.emplace("status", json::enum_name(a.status, documents::order_status_names));
        o.emplace("terminalAt", format_rfc3339(a.terminal_at));
        o.emplace("terminalAtSource", a.terminal_at_from_history ? "history" : "lastUpdated");
        o.emplace("eligibleAt", format_rfc3339(a.eligible_at));
        archive.push_back(std::move(o));
    }
    bj::array keep;
    for (const auto& k : plan.value().keep) {
        bj::object o;
        o.emplace("orderId", k.order_id);
        o.emplace("status", json::enum_name(k.status, documents::order_status_names));
        bj::array reasons;
        for (const auto& [code, message] : k.reasons) {
            bj::object reason;
            reason.emplace("code", json::enum_name(code, keep_reason_names));
            reason.emplace("message", message);
            reasons.push_back(std::move(reason));
        }
        o.emplace("reasons", std::move(reasons));
        keep.push_back(std::move(o));
    }
    out.emplace("archive", std::move(archive));
    out.emplace("keep", std::move(keep));
    return bj::value(std::move(out));
}

}  // namespace

}  // namespace tailor::aggregates

namespace tailor::api {

std::vector<Operation> aggregates_operations() {
    using namespace tailor::aggregates;
    return {
        {"analytics.summarize",
         "Admin dashboard figures for orders created in a period, bucketed by the shop's local calendar.",
         &analytics_summarize_op},
        {"archive.plan", "Which terminal orders can be archived (with their YYYY/MM partition) and why the others stay.",
         &archive_plan_op},
        {"feedback.apply", "Applies an order's (re)submitted rating to service, employee and user aggregates as exact increments.",
         &feedback_apply_op},
        {"stats.recompute", "Recomputes every counter stats.delta maintains from the orders alone (repair, audit).",
         &stats_recompute_op},
        {"stats.delta", "Turns a domain event into atomic counter increments (workload, queue, orders, total spent).",
         &stats_delta_op},
    };
}

}  // namespace tailor::api
