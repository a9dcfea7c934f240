// analytics.summarize: cohort figures and local-calendar buckets (analytics.hpp).
#include "tailor/aggregates/analytics.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "tailor/money/money.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;
using documents::OrderStatus;

std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, std::int64_t p) {
    const auto n = static_cast<std::int64_t>(sorted.size());
    const std::int64_t rank = (p * n + 99) / 100;  // ceil(p·n/100), ≥ 1 for n ≥ 1, p ≥ 1
    return sorted[static_cast<std::size_t>(std::max<std::int64_t>(rank, 1) - 1)];
}

std::pair<std::string, LocalDate> bucket_of(const LocalDate& d, BucketSize size) {
    char buf[24];
    switch (size) {
        case BucketSize::day:
            return {format_date(d), d};
        case BucketSize::week: {
            const LocalDate monday = date_from_days(days_since_epoch(d) - (iso_weekday(d) - 1));
            // The ISO week-year is the year of the week's Thursday.
            const LocalDate thursday = date_from_days(days_since_epoch(monday) + 3);
            const std::int64_t day_of_year = days_since_epoch(thursday) - days_since_epoch(LocalDate{thursday.year, 1, 1});
            std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, static_cast<int>(day_of_year / 7 + 1));
            return {buf, monday};
        }
        case BucketSize::month:
        default:
            std::snprintf(buf, sizeof buf, "%04d-%02u", d.year, d.month);
            return {buf, LocalDate{d.year, d.month, 1}};
    }
}

namespace {

LocalDate next_bucket_start(const LocalDate& start, BucketSize size) {
    switch (size) {
        case BucketSize::day: return date_from_days(days_since_epoch(start) + 1);
        case BucketSize::week: return date_from_days(days_since_epoch(start) + 7);
        case BucketSize::month:
        default: return start.month == 12 ? LocalDate{start.year + 1, 1, 1} : LocalDate{start.year, start.month + 1, 1};
    }
}

/// Sums that stay exact: every total is kept within ±(2^53−1).
struct Sums {
    bool overflow = false;
    void add(std::int64_t& acc, std::int64_t v) {
        auto s = money::checked_add(acc, v);
        if (s) acc = *s; else overflow = true;
    }
};

CurrencyTotals& totals_for(std::vector<CurrencyTotals>& list, const money::Currency& c) {
    for (auto& t : list)
        if (t.currency == c.code()) return t;
    CurrencyTotals t;
    t.currency = std::string(c.code());
    t.exponent = c.exponent();
    list.push_back(t);
    return list.back();
}

void sort_by_currency(std::vector<CurrencyTotals>& list) {
    std::sort(list.begin(), list.end(),
              [](const CurrencyTotals& a, const CurrencyTotals& b) { return a.currency < b.currency; });
}

std::size_t status_index(OrderStatus s) {
    for (std::size_t i = 0; i < std::size(documents::order_status_names); ++i)
        if (documents::order_status_names[i].value == s) return i;
    return 0;
}

Timestamp just_before(const Timestamp& t) {
    return t.nanos > 0 ? Timestamp{t.seconds, t.nanos - 1} : Timestamp{t.seconds - 1, 999999999};
}

}  // namespace

Result<AnalyticsSummary> summarize(const AnalyticsRequest& req) {
    json::Issues issues;
    if (!(req.from < req.to)) issues.add("/period/to", issue_code::inconsistent, "the period must end after it starts");
    {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < req.orders.size(); ++i)
            if (!seen.emplace(req.orders[i].order_id, i).second)
                issues.add("/orders/" + std::to_string(i) + "/orderId", issue_code::duplicate,
                           "order " + req.orders[i].order_id + " appears twice");
        std::map<std::string, std::size_t> customers;
        for (std::size_t i = 0; i < req.customers.size(); ++i)
            if (!customers.emplace(req.customers[i].customer_id, i).second)
                issues.add("/customers/" + std::to_string(i) + "/customerId", issue_code::duplicate,
                           "customer " + req.customers[i].customer_id + " appears twice");
    }
    if (!issues.empty()) return issues.to_error();

    AnalyticsSummary out;
    // Buckets: every bucket of the local calendar that the period touches, empty ones included.
    const LocalDate first_day = local_date_of(req.from, req.zone);
    const LocalDate last_day = local_date_of(just_before(req.to), req.zone);
    std::map<std::string, std::size_t> bucket_index;
    for (LocalDate start = bucket_of(first_day, req.bucket).second; start <= last_day;
         start = next_bucket_start(start, req.bucket)) {
        if (out.buckets.size() == max_buckets)
            return Error{error_code::limit_exceeded,
                         "the period spans more than " + std::to_string(max_buckets) + " buckets; use a larger bucket",
                         {Issue{"/period", issue_code::too_many, "at most 1000 buckets per summary"}}};
        BucketSummary b;
        b.key = bucket_of(start, req.bucket).first;
        b.start = start;
        b.starts_at = start_of_local_date(start, req.zone);
        b.ends_at = start_of_local_date(next_bucket_start(start, req.bucket), req.zone);
        bucket_index.emplace(b.key, out.buckets.size());
        out.buckets.push_back(std::move(b));
    }

    Sums sums;
    std::vector<std::int64_t> turnarounds;
    std::map<std::string, LeaderboardEntry> board;
    std::map<std::string, ServiceCount> services;
    for (std::size_t i = 0; i < req.orders.size(); ++i) {
        const OrderView& o = req.orders[i];
        const Timestamp created = *o.created_at;
        if (created < req.from || !(created < req.to)) {
            ++out.excluded;
            continue;
        }
        ++out.orders;
        ++out.by_status[status_index(o.status)];
        BucketSummary& bucket = out.buckets[bucket_index.at(bucket_of(local_date_of(created, req.zone), req.bucket).first)];
        ++bucket.orders;

        // Money.
        const bool cancelled = o.status == OrderStatus::cancelled;
        const std::int64_t net = net_paid_minor(o);
        for (auto* list : {&out.revenue, &bucket.revenue}) {
            CurrencyTotals& t = totals_for(*list, *o.currency);
            if (!cancelled) {
                sums.add(t.billed, o.total->minor());
                sums.add(t.outstanding, std::max<std::int64_t>(0, o.total->minor() - net));
            }
            sums.add(t.collected, net);
        }

        // Services: one order per service, items by quantity.
        for (const auto& line : o.service_lines) {
            ServiceCount& s = services[line.service_id];
            s.service_id = line.service_id;
            s.items += line.quantity;
        }
        for (const auto& sid : o.service_ids) ++services[sid].orders;

        // Delivery: turnaround and on-time.
        bool delivered_on_time = false;
        std::int64_t turnaround_minutes = 0;
        const bool delivered = o.status == OrderStatus::delivered;
        if (delivered) {
            auto at = last_transition_to(o, OrderStatus::delivered);
            if (!at) at = o.last_updated;
            if (!at) {
                issues.add("/orders/" + std::to_string(i) + "/status", "missing_terminal_time",
                           "a delivered order needs a status.history entry to delivered or status.lastUpdated");
                continue;
            }
            const std::int64_t seconds = seconds_between(created, *at);
            if (seconds < 0) {
                issues.add("/orders/" + std::to_string(i) + "/status", issue_code::inconsistent,
                           "the order was delivered before it was created");
                continue;
            }
            ++out.delivered;
            ++bucket.delivered;
            turnaround_minutes = seconds / 60;
            turnarounds.push_back(turnaround_minutes);
            if (o.delivery_date) {
                ++out.on_time_measured;
                // The promise is a day in the shop's calendar: delivering any time that day is on time.
                delivered_on_time = local_date_of(*at, req.zone) <= local_date_of(*o.delivery_date, req.zone);
                if (delivered_on_time) ++out.on_time;
            }
        }
        if (o.assigned_employee_id) {
            LeaderboardEntry& e = board[*o.assigned_employee_id];
            e.employee_id = *o.assigned_employee_id;
            ++e.assigned;
            if (delivered) {
                ++e.completed;
                e.turnaround_minutes_total += turnaround_minutes;
            }
            if (delivered_on_time) ++e.on_time;
            if (o.feedback_rating) {
                e.rating.sum += *o.feedback_rating;
                ++e.rating.count;
            }
        }
    }
    if (!issues.empty()) return issues.to_error();
    if (sums.overflow)
        return Error{error_code::limit_exceeded, "a money total would exceed ±(2^53−1) minor units", {}};

    sort_by_currency(out.revenue);
    for (auto& b : out.buckets) sort_by_currency(b.revenue);
    for (auto& [id, s] : services) out.by_service.push_back(s);  // std::map: sorted by serviceId

    std::sort(turnarounds.begin(), turnarounds.end());
    if (!turnarounds.empty()) {
        std::int64_t total = 0;
        for (auto m : turnarounds) total += m;  // ≤ 5000 × 5.3e9 minutes: fits int64
        const auto n = static_cast<std::int64_t>(turnarounds.size());
        out.average_turnaround_minutes = (2 * total + n) / (2 * n);  // half up
        out.p90_turnaround_minutes = nearest_rank(turnarounds, 90);
    }
    out.on_time_bps = ratio_bps(out.on_time, out.on_time_measured);

    for (auto& [id, e] : board) out.leaderboard.push_back(e);
    std::sort(out.leaderboard.begin(), out.leaderboard.end(), [](const LeaderboardEntry& a, const LeaderboardEntry& b) {
        if (a.completed != b.completed) return a.completed > b.completed;
        if (a.on_time != b.on_time) return a.on_time > b.on_time;
        // Higher exact average first (cross-multiplied); no ratings ranks below any rating.
        if ((a.rating.count > 0) != (b.rating.count > 0)) return a.rating.count > 0;
        const std::int64_t lhs = a.rating.sum * b.rating.count, rhs = b.rating.sum * a.rating.count;
        if (lhs != rhs) return lhs > rhs;
        return a.employee_id < b.employee_id;
    });

    for (const auto& c : req.customers) {
        if (c.tier) ++out.tiers[static_cast<std::size_t>(*c.tier)];
        else ++out.tier_missing;
    }
    return out;
}

namespace {

bj::array revenue_json(const std::vector<CurrencyTotals>& list, bool with_outstanding) {
    bj::array a;
    for (const auto& t : list) {
        bj::object o;
        o.emplace("currency", t.currency);
        o.emplace("billed", money::format_minor(t.billed, t.exponent));
        o.emplace("billedMinor", t.billed);
        o.emplace("collected", money::format_minor(t.collected, t.exponent));
        o.emplace("collectedMinor", t.collected);
        if (with_outstanding) {
            o.emplace("outstanding", money::format_minor(t.outstanding, t.exponent));
            o.emplace("outstandingMinor", t.outstanding);
        }
        a.push_back(std::move(o));
    }
    return a;
}

bj::value optional_int(const std::optional<std::int64_t>& v) { return v ? bj::value(*v) : bj::value(nullptr); }

}  // namespace

bj::value to_json(const AnalyticsSummary& s, const AnalyticsRequest& req) {
    bj::object out;
    bj::object period;
    period.emplace("from", format_rfc3339(req.from));
    period.emplace("to", format_rfc3339(req.to));
    period.emplace("timezone", req.zone.name());
    period.emplace("bucket", json::enum_name(req.bucket, bucket_size_names));
    out.emplace("period", std::move(period));
    out.emplace("orders", s.orders);
    out.emplace("excludedOrders", s.excluded);
    out.emplace("revenue", revenue_json(s.revenue, true));
    bj::object by_status;
    for (std::size_t i = 0; i < s.by_status.size(); ++i)
        by_status.emplace(documents::order_status_names[i].name, s.by_status[i]);
    out.emplace("ordersByStatus", std::move(by_status));
    bj::array by_service;
    for (const auto& sc : s.by_service) {
        bj::object o;
        o.emplace("serviceId", sc.service_id);
        o.emplace("orders", sc.orders);
        o.emplace("items", sc.items);
        by_service.push_back(std::move(o));
    }
    out.emplace("ordersByService", std::move(by_service));
    bj::object turnaround;
    turnaround.emplace("delivered", s.delivered);
    turnaround.emplace("averageMinutes", optional_int(s.average_turnaround_minutes));
    turnaround.emplace("p90Minutes", optional_int(s.p90_turnaround_minutes));
    out.emplace("turnaround", std::move(turnaround));
    bj::object on_time;
    on_time.emplace("measured", s.on_time_measured);
    on_time.emplace("onTime", s.on_time);
    on_time.emplace("rateBps", optional_int(s.on_time_bps));
    out.emplace("onTime", std::move(on_time));
    bj::array board;
    for (std::size_t i = 0; i < s.leaderboard.size(); ++i) {
        const auto& e = s.leaderboard[i];
        bj::object o;
        o.emplace("rank", static_cast<std::int64_t>(i + 1));
        o.emplace("employeeId", e.employee_id);
        o.emplace("assigned", e.assigned);
        o.emplace("completed", e.completed);
        o.emplace("onTime", e.on_time);
        // Half up like the overall average; the seed's performance.averageTurnaround, per cohort.
        o.emplace("averageTurnaroundMinutes",
                  e.completed > 0 ? bj::value((2 * e.turnaround_minutes_total + e.completed) / (2 * e.completed))
                                  : bj::value(nullptr));
        bj::object rating;
        rating.emplace("sum", e.rating.sum);
        rating.emplace("count", e.rating.count);
        auto avg = display_average(e.rating);
        rating.emplace("average", avg ? bj::value(*avg) : bj::value(nullptr));
        o.emplace("rating", std::move(rating));
        board.push_back(std::move(o));
    }
    out.emplace("leaderboard", std::move(board));
    bj::object tiers;
    for (std::size_t i = 0; i < s.tiers.size(); ++i) tiers.emplace(documents::loyalty_tier_names[i].name, s.tiers[i]);
    tiers.emplace("none", s.tier_missing);
    out.emplace("loyaltyTiers", std::move(tiers));
    bj::array buckets;
    for (const auto& b : s.buckets) {
        bj::object o;
        o.emplace("key", b.key);
        o.emplace("startDate", format_date(b.start));
        o.emplace("startsAt", format_rfc3339(b.starts_at));
        o.emplace("endsAt", format_rfc3339(b.ends_at));
        o.emplace("orders", b.orders);
        o.emplace("delivered", b.delivered);
        o.emplace("revenue", revenue_json(b.revenue, false));
        buckets.push_back(std::move(o));
    }
    out.emplace("buckets", std::move(buckets));
    return out;
}

}  // namespace tailor::aggregates
