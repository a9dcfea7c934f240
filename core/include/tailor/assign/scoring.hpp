// tailor/assign/scoring.hpp — the hard constraints and the six scoring factors
// that decide which employee should take an order.
//
// An (order, employee) pair is either excluded by one or more hard constraints
// (each with a stable code) or scored: every factor gives a fit of 0–10000, the
// factor's points are fit × weight / 100 (rounded down) and the score is the sum
// of the points (0–10000). Integer arithmetic only, so every runtime prints the
// same numbers. The formulas are in docs/assignment.md.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tailor/assign/config.hpp"
#include "tailor/assign/geo.hpp"
#include "tailor/assign/schedule.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/time/timestamp.hpp"

namespace tailor::assign {

/// What assignment reads from an employee document.
struct EmployeeProfile {
    std::string id;
    documents::EmployeeStatus status = documents::EmployeeStatus::active;
    std::vector<std::string> specializations;          ///< Sorted, unique.
    std::int64_t experience_years = 0;
    documents::SkillLevel skill_level = documents::SkillLevel::apprentice;
    std::optional<Schedule> schedule;                  ///< Absent: working time is not checked.
    std::int64_t current_orders = 0;
    std::int64_t capacity = 0;
    std::optional<std::int64_t> rating_hundredths;     ///< performance.rating (0–5) × 100.
    std::optional<std::int64_t> feedback_hundredths;   ///< performance.customerFeedback (0–5) × 100.
    std::optional<std::int64_t> turnaround_days;       ///< performance.averageTurnaround.
    std::optional<GeoPoint> location;
};

/// What assignment needs to know about one order.
struct OrderDemand {
    std::string order_id;
    std::vector<std::string> skills;                   ///< Union of the services' skills, sorted.
    std::int64_t experience_years = 0;                 ///< Largest requirement among its services.
    std::optional<Timestamp> delivery;
    bool urgent = false;
    std::optional<GeoPoint> customer_location;
    std::vector<std::string> previous_employee_ids;    ///< Sorted, unique.
};

/// Hard constraints, in the order they are reported.
enum class Exclusion : std::uint8_t {
    inactive, on_leave, missing_skill, insufficient_experience, at_capacity, no_working_time,
    outside_service_radius
};
inline constexpr std::size_t exclusion_count = 7;
std::string_view exclusion_code(Exclusion e);

enum class Factor : std::uint8_t { skill, workload, performance, turnaround, distance, affinity };
inline constexpr std::size_t factor_count = 6;
std::string_view factor_name(Factor f);
int weight_of(const Weights& w, Factor f);

/// Fit (0–10000) of every factor, indexed by Factor.
using Fits = std::array<std::int32_t, factor_count>;

/// Per-employee facts that do not depend on the order (computed once per call).
struct EmployeeContext {
    /// First working instant at or after `now` within the scan window, if any.
    std::optional<std::int64_t> first_working_second;
};

/// The days scanned for working time: enough for any delivery date a shop sets.
inline constexpr std::int64_t working_time_scan_days = 400;

EmployeeContext employee_context(const EmployeeProfile& e, const Timestamp& now, const schedule::TimeZone& zone);

struct Evaluation {
    std::uint32_t exclusions = 0;      ///< Bit (1 << Exclusion) per failed constraint.
    Fits fits{};
    std::int32_t score = 0;            ///< Σ fit × weight / 100 (each rounded down).
    std::optional<Meters> distance;
    bool excluded() const noexcept { return exclusions != 0; }
    bool has(Exclusion e) const noexcept { return (exclusions >> static_cast<unsigned>(e)) & 1u; }
};

/// Set-membership facts of a pair that a batch can precompute faster (skill
/// bitmasks, employee indices) than the string comparisons evaluate() does alone.
struct PairFacts {
    bool skills_covered = false;   ///< Every required skill is a specialization.
    bool previous_tailor = false;  ///< The employee is in previousEmployeeIds.
};

/// Checks every hard constraint and, when none fails, scores the pair. `facts`,
/// when given, must hold what evaluate() would find itself.
Evaluation evaluate(const OrderDemand& order, const EmployeeProfile& employee, const EmployeeContext& context,
                    const AssignmentSettings& settings, const Timestamp& now, const PairFacts* facts = nullptr);

/// Points of one factor: fit × weight / 100, rounded down.
std::int32_t factor_points(std::int32_t fit, int weight);

/// A sentence explaining why `e` excludes the pair (for rankings).
std::string exclusion_message(Exclusion e, const OrderDemand& order, const EmployeeProfile& employee,
                              const Evaluation& evaluation, const AssignmentSettings& settings);

}  // namespace tailor::assign
