// tailor/aggregates/analytics.hpp — analytics.summarize: the admin dashboard's numbers.
//
// One cohort: the orders created in [from, to). Every figure (revenue, status
// and service counts, turnaround, on-time rate, leaderboard) is computed over
// that cohort with integers, and bucketed by the shop's local calendar (day,
// ISO week starting Monday, month), so a DST day is a 23- or 25-hour bucket and
// an order placed just after local midnight lands on its local date.
// Definitions, rounding rules and limits: docs/aggregates.md.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/aggregates/local_date.hpp"
#include "tailor/aggregates/order_view.hpp"
#include "tailor/aggregates/rating.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/error.hpp"

namespace tailor::aggregates {

/// Limits of one analytics.summarize call.
inline constexpr std::size_t max_orders_per_summary = 5000;
inline constexpr std::size_t max_customers_per_summary = 5000;
inline constexpr std::size_t max_buckets = 1000;

enum class BucketSize { day, week, month };
inline constexpr json::EnumName<BucketSize> bucket_size_names[] = {
    {"day", BucketSize::day}, {"week", BucketSize::week}, {"month", BucketSize::month}};

struct CustomerTier {
    std::string customer_id;
    std::optional<documents::LoyaltyTier> tier;  ///< nullopt: no loyalty.tier on the document.
};

struct AnalyticsRequest {
    Timestamp from;  ///< Inclusive.
    Timestamp to;    ///< Exclusive.
    Zone zone;
    BucketSize bucket = BucketSize::day;
    std::vector<OrderView> orders;  ///< Read with services, history, created, money, feedback, timeline.
    std::vector<CustomerTier> customers;
};

/// Exact money per currency, in minor units.
struct CurrencyTotals {
    std::string currency;
    int exponent = 2;
    std::int64_t billed = 0;       ///< Σ totalAmount of non-cancelled orders.
    std::int64_t collected = 0;    ///< Σ succeeded charges − succeeded refunds (all orders).
    std::int64_t outstanding = 0;  ///< Σ max(0, totalAmount − net paid) of non-cancelled orders.
};

struct BucketSummary {
    std::string key;  ///< "2026-03-08", "2026-W10", "2026-03".
    LocalDate start;
    Timestamp starts_at;
    Timestamp ends_at;
    std::int64_t orders = 0;
    std::int64_t delivered = 0;
    std::vector<CurrencyTotals> revenue;  ///< By currency code.
};

struct ServiceCount {
    std::string service_id;
    std::int64_t orders = 0;  ///< Orders with at least one item of the service.
    std::int64_t items = 0;   ///< Σ quantity of its items.
};

struct LeaderboardEntry {
    std::string employee_id;
    std::int64_t assigned = 0;
    std::int64_t completed = 0;  ///< Delivered.
    std::int64_t on_time = 0;
    RatingTotals rating;         ///< Feedback on the employee's orders.
    std::int64_t turnaround_minutes_total = 0;  ///< Over the completed orders.
};

struct AnalyticsSummary {
    std::int64_t orders = 0;    ///< In the cohort.
    std::int64_t excluded = 0;  ///< Passed but created outside [from, to).
    std::vector<CurrencyTotals> revenue;
    std::array<std::int64_t, 12> by_status{};  ///< Indexed like documents::order_status_names.
    std::vector<ServiceCount> by_service;      ///< By serviceId.
    std::int64_t delivered = 0;
    std::optional<std::int64_t> average_turnaround_minutes;
    std::optional<std::int64_t> p90_turnaround_minutes;
    std::int64_t on_time_measured = 0;  ///< Delivered orders with a promised timeline.deliveryDate.
    std::int64_t on_time = 0;
    std::optional<std::int64_t> on_time_bps;
    std::vector<LeaderboardEntry> leaderboard;  ///< Ranked.
    std::array<std::int64_t, 4> tiers{};        ///< bronze…platinum.
    std::int64_t tier_missing = 0;
    std::vector<BucketSummary> buckets;
};

/// Nearest-rank percentile of `values` (sorted ascending, non-empty):
/// the value at rank ceil(p·n/100), 1-based. p in 1…100.
std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, std::int64_t p);

/// The bucket containing local date `d`: its key and first local date.
std::pair<std::string, LocalDate> bucket_of(const LocalDate& d, BucketSize size);

/// Fails with invalid_input (from ≥ to: inconsistent at /period/to; duplicate
/// order or customer ids; a delivered order without a delivery time:
/// missing_terminal_time; delivery before creation: inconsistent) or
/// limit_exceeded (more than max_buckets buckets; sums beyond ±(2^53−1)).
Result<AnalyticsSummary> summarize(const AnalyticsRequest& request);

boost::json::value to_json(const AnalyticsSummary& summary, const AnalyticsRequest& request);

/// Decodes the analytics.summarize input {period: {from, to}, timezone?, bucket,
/// orders, customers?} (orders are stored order documents, read for the parts
/// the figures use). Records every problem in `issues` at its JSON Pointer path;
/// nullopt when there is any.
std::optional<AnalyticsRequest> read_analytics_request(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::aggregates
