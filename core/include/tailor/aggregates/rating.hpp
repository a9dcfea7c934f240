// tailor/aggregates/rating.hpp — feedback.apply: star ratings kept as exact sums.
//
// A running average stored as a float drifts and cannot be updated by two
// writers at once. tailor-core stores every rating aggregate as an integer sum
// and an integer count (incremented atomically) and derives the displayed
// average from them with one integer rounding rule (display_average). A
// re-submitted feedback replaces the old rating: the count stays, the sum moves
// by (new − old), the distribution moves one vote. Stored shapes and the rules
// are in docs/aggregates.md.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/aggregates/field_change.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::aggregates {

/// Lowest and highest star rating.
inline constexpr int min_rating = 1;
inline constexpr int max_rating = 5;
/// A rating at or above this counts as positive (employees' customerFeedback).
inline constexpr int positive_rating = 4;
/// Services one feedback can touch (distinct services of one order).
inline constexpr std::size_t max_services_per_feedback = 50;

/// An exact average: the sum of integer ratings and how many there are.
struct RatingTotals {
    std::int64_t sum = 0;
    std::int64_t count = 0;
};

/// sum/count with 2 decimals, rounded half away from zero using integers only:
/// floor((200·sum + count) / (2·count)) hundredths → "4.33". nullopt when count = 0.
std::optional<std::string> display_average(RatingTotals totals);

/// numerator/denominator in basis points, rounded half up (both ≥ 0):
/// floor((20000·num + den) / (2·den)), computed exactly in 128 bits. nullopt
/// when den = 0 or the ratio exceeds 2^53 − 1 basis points.
std::optional<std::int64_t> ratio_bps(std::int64_t numerator, std::int64_t denominator);

/// services/{serviceId}.rating: totals plus the count of each star (index 0 = 1 star).
struct ServiceRating {
    std::string service_id;
    RatingTotals totals;
    std::array<std::int64_t, 5> distribution{};
};

/// employees/{employeeId}.performance: rating totals and the positive (≥ 4) count.
struct EmployeeRating {
    std::string employee_id;
    RatingTotals totals;
    std::int64_t positive_count = 0;
};

/// users/{userId}.stats: the average rating this customer gives.
struct UserRating {
    std::string user_id;
    RatingTotals totals;
};

struct FeedbackRequest {
    std::string order_id;
    int rating = 0;                          ///< 1…5, the new feedback.
    Timestamp submitted_at;
    std::optional<int> previous_rating;      ///< The order's stored feedback, if any.
    std::optional<Timestamp> previous_submitted_at;
    std::vector<ServiceRating> services;     ///< Current state of each distinct service of the order.
    std::optional<EmployeeRating> employee;  ///< The order's assigned employee, if any.
    UserRating user;                         ///< The ordering customer's user document.
};

/// first: no previous rating; replaced: a different previous rating; unchanged: the same rating again.
enum class FeedbackChange { first, replaced, unchanged };

struct FeedbackResult {
    FeedbackChange change = FeedbackChange::first;
    std::vector<ServiceRating> services;     ///< After the feedback, in request order.
    std::optional<EmployeeRating> employee;
    UserRating user;
    std::vector<FieldIncrement> increments;  ///< normalize()d.
    std::vector<FieldSet> sets;              ///< Derived displays, sorted.
};

/// Applies one feedback. Fails (invalid_input) when a decrement would take a
/// stored counter below zero (issue code aggregate_underflow: the stored
/// aggregate does not contain the previous rating), or when the feedback is
/// older than the stored one (stale_feedback).
Result<FeedbackResult> apply_feedback(const FeedbackRequest& request);

/// Decodes the feedback.apply input {order, feedback, services, employee?, user}
/// (stored documents, read for the fields the aggregates use) and checks that
/// the documents are the order's: a delivered order, exactly its services, its
/// assigned employee. Records every problem in `issues` at its JSON Pointer
/// path; nullopt when there is any.
std::optional<FeedbackRequest> read_feedback_request(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::aggregates
