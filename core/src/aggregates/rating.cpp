// feedback.apply arithmetic: sums, counts, the distribution and the displays.
#include "tailor/aggregates/rating.hpp"

#include "tailor/json/limits.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"
#include "tailor/money/rounding.hpp"

namespace tailor::aggregates {

namespace bj = boost::json;

std::optional<std::string> display_average(RatingTotals totals) {
    if (totals.count <= 0 || totals.sum < 0) return std::nullopt;
    // Hundredths, half up (values are non-negative, so half up = half away from
    // zero), exact in 128 bits: stored sums and counts reach 2^53 - 1, where
    // 200 * sum would overflow 64 bits.
    auto qr = money::mul_div(static_cast<std::uint64_t>(totals.sum), 100, static_cast<std::uint64_t>(totals.count));
    if (!qr) return std::nullopt;  // unreachable: sum * 100 / count < 2^64
    const std::uint64_t hundredths = qr->quotient + (qr->remainder >= static_cast<std::uint64_t>(totals.count) - qr->remainder ? 1 : 0);
    return money::format_minor(static_cast<std::int64_t>(hundredths), 2);
}

std::optional<std::int64_t> ratio_bps(std::int64_t numerator, std::int64_t denominator) {
    if (denominator <= 0 || numerator < 0) return std::nullopt;
    // numerator * 10000 / denominator, half up, exact in 128 bits (the inputs
    // are stored counters up to 2^53 - 1; a fuzzer found 20000 * 2^53 overflowing).
    auto qr = money::mul_div(static_cast<std::uint64_t>(numerator), 10000, static_cast<std::uint64_t>(denominator));
    if (!qr) return std::nullopt;
    const std::uint64_t bps = qr->quotient + (qr->remainder >= static_cast<std::uint64_t>(denominator) - qr->remainder ? 1 : 0);
    if (bps > static_cast<std::uint64_t>(json::max_safe_integer)) return std::nullopt;
    return static_cast<std::int64_t>(bps);
}

namespace {

bj::value display_or_null(RatingTotals t) {
    auto d = display_average(t);
    return d ? bj::value(*d) : bj::value(nullptr);
}

/// Adds `delta` to `counter`, recording aggregate_underflow at `path` if it would go negative.
void move(std::int64_t& counter, std::int64_t delta, const std::string& path, json::Issues& issues) {
    if (counter + delta < 0) {
        issues.add(path, "aggregate_underflow",
                   "the stored aggregate cannot hold the previous rating (it would become negative); "
                   "recompute this document's aggregate before applying feedback");
        return;
    }
    counter += delta;
}

}  // namespace

Result<FeedbackResult> apply_feedback(const FeedbackRequest& request) {
    json::Issues issues;
    if (request.rating < min_rating || request.rating > max_rating)
        issues.add("/feedback/rating", issue_code::out_of_range, "a rating is an integer from 1 to 5");
    if (request.previous_submitted_at && request.submitted_at < *request.previous_submitted_at)
        issues.add("/feedback/submittedAt", "stale_feedback",
                   "this feedback is older than the one stored on the order; the newer one stays");
    if (!issues.empty()) return issues.to_error();

    FeedbackResult out;
    const int now = request.rating;
    const std::optional<int> before = request.previous_rating;
    out.change = !before ? FeedbackChange::first
                         : (*before == now ? FeedbackChange::unchanged : FeedbackChange::replaced);
    const std::int64_t count_delta = before ? 0 : 1;
    const std::int64_t sum_delta = now - (before ? *before : 0);
    const std::int64_t positive_delta = (now >= positive_rating ? 1 : 0) - (before && *before >= positive_rating ? 1 : 0);

    std::vector<FieldIncrement> incs;
    auto inc = [&incs](const char* collection, const std::string& id, std::string field, std::int64_t n) {
        incs.push_back(FieldIncrement{collection, id, std::move(field), n, std::nullopt, std::nullopt});
    };

    for (std::size_t i = 0; i < request.services.size(); ++i) {
        ServiceRating s = request.services[i];
        const std::string base = "/services/" + std::to_string(i) + "/rating";
        move(s.totals.sum, sum_delta, base + "/ratingSum", issues);
        move(s.totals.count, count_delta, base + "/count", issues);
        if (before) move(s.distribution[*before - 1], -1, base + "/distribution/" + std::to_string(*before), issues);
        s.distribution[now - 1] += 1;
        inc("services", s.service_id, "rating.ratingSum", sum_delta);
        inc("services", s.service_id, "rating.count", count_delta);
        inc("services", s.service_id, "rating.distribution." + std::to_string(now), 1);
        if (before) inc("services", s.service_id, "rating.distribution." + std::to_string(*before), -1);
        out.sets.push_back({"services", s.service_id, "rating.average", display_or_null(s.totals)});
        out.services.push_back(std::move(s));
    }
    if (request.employee) {
        EmployeeRating e = *request.employee;
        move(e.totals.sum, sum_delta, "/employee/performance/ratingSum", issues);
        move(e.totals.count, count_delta, "/employee/performance/ratingCount", issues);
        move(e.positive_count, positive_delta, "/employee/performance/positiveCount", issues);
        inc("employees", e.employee_id, "performance.ratingSum", sum_delta);
        inc("employees", e.employee_id, "performance.ratingCount", count_delta);
        inc("employees", e.employee_id, "performance.positiveCount", positive_delta);
        out.sets.push_back({"employees", e.employee_id, "performance.rating", display_or_null(e.totals)});
        auto bps = ratio_bps(e.positive_count, e.totals.count);
        out.sets.push_back({"employees", e.employee_id, "performance.customerFeedbackBps",
                            bps ? bj::value(*bps) : bj::value(nullptr)});
        out.employee = std::move(e);
    }
    {
        UserRating u = request.user;
        move(u.totals.sum, sum_delta, "/user/stats/ratingSum", issues);
        move(u.totals.count, count_delta, "/user/stats/ratingCount", issues);
        inc("users", u.user_id, "stats.ratingSum", sum_delta);
        inc("users", u.user_id, "stats.ratingCount", count_delta);
        out.sets.push_back({"users", u.user_id, "stats.averageRating", display_or_null(u.totals)});
        out.user = std::move(u);
    }
    if (!issues.empty()) return issues.to_error();
    out.increments = normalize(std::move(incs));
    sort_sets(out.sets);
    return out;
}

}  // namespace tailor::aggregates
