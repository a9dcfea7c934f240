#include "tailor/assign/scoring.hpp"

#include <algorithm>

namespace tailor::assign {
namespace {

using documents::EmployeeStatus;
using documents::SkillLevel;

constexpr std::int32_t full_fit = 10000;
constexpr std::int32_t neutral_fit = 5000;   // a factor whose input is unknown
constexpr std::int64_t experience_cap_years = 10;
constexpr std::int64_t late_day_penalty = 2000;         // per day the usual turnaround overshoots
constexpr std::int64_t urgent_late_day_penalty = 4000;
constexpr std::int64_t turnaround_reference_days = 30;  // no delivery date: fit 0 at this turnaround
constexpr std::int64_t urgent_turnaround_reference_days = 15;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

std::int32_t clamp_fit(std::int64_t v) {
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(v, 0, full_fit));
}

std::int32_t level_fit(SkillLevel level) {
    switch (level) {
        case SkillLevel::apprentice: return 2500;
        case SkillLevel::junior: return 5000;
        case SkillLevel::senior: return 7500;
        case SkillLevel::master: return 10000;
    }
    return 0;
}

/// The instant before which working time must exist.
Timestamp working_deadline(const OrderDemand& order, const AssignmentSettings& settings, const Timestamp& now) {
    if (order.delivery) return *order.delivery;
    return Timestamp{now.seconds + settings.assignment.horizon_days * 86400, 0};
}

std::string format_km(std::int64_t meters) {
    std::string frac = std::to_string(meters % 1000);
    frac.insert(0, 3 - frac.size(), '0');
    return std::to_string(meters / 1000) + "." + frac + " km";
}

}  // namespace

std::string_view exclusion_code(Exclusion e) {
    switch (e) {
        case Exclusion::inactive: return "inactive";
        case Exclusion::on_leave: return "on_leave";
        case Exclusion::missing_skill: return "missing_skill";
        case Exclusion::insufficient_experience: return "insufficient_experience";
        case Exclusion::at_capacity: return "at_capacity";
        case Exclusion::no_working_time: return "no_working_time";
        case Exclusion::outside_service_radius: return "outside_service_radius";
    }
    return "";
}

std::string_view factor_name(Factor f) {
    switch (f) {
        case Factor::skill: return "skill";
        case Factor::workload: return "workload";
        case Factor::performance: return "performance";
        case Factor::turnaround: return "turnaround";
        case Factor::distance: return "distance";
        case Factor::affinity: return "affinity";
    }
    return "";
}

int weight_of(const Weights& w, Factor f) {
    switch (f) {
        case Factor::skill: return w.skill;
        case Factor::workload: return w.workload;
        case Factor::performance: return w.performance;
        case Factor::turnaround: return w.turnaround;
        case Factor::distance: return w.distance;
        case Factor::affinity: return w.affinity;
    }
    return 0;
}

std::int32_t factor_points(std::int32_t fit, int weight) { return fit * weight / 100; }

EmployeeContext employee_context(const EmployeeProfile& e, const Timestamp& now, const schedule::TimeZone& zone) {
    EmployeeContext context;
    if (e.schedule)
        context.first_working_second =
            first_working_second(*e.schedule, now.seconds, zone, working_time_scan_days);
    return context;
}

Evaluation evaluate(const OrderDemand& order, const EmployeeProfile& employee, const EmployeeContext& context,
                    const AssignmentSettings& settings, const Timestamp& now, const PairFacts* facts) {
    Evaluation ev;
    auto exclude = [&ev](Exclusion e) { ev.exclusions |= 1u << static_cast<unsigned>(e); };

    if (employee.status == EmployeeStatus::inactive) exclude(Exclusion::inactive);
    if (employee.status == EmployeeStatus::on_leave) exclude(Exclusion::on_leave);
    const bool skills_covered =
        facts ? facts->skills_covered
              : std::includes(employee.specializations.begin(), employee.specializations.end(), order.skills.begin(),
                              order.skills.end());
    if (!skills_covered) exclude(Exclusion::missing_skill);
    if (employee.experience_years < order.experience_years) exclude(Exclusion::insufficient_experience);
    if (employee.current_orders >= employee.capacity) exclude(Exclusion::at_capacity);
    if (employee.schedule) {
        const Timestamp deadline = working_deadline(order, settings, now);
        if (!context.first_working_second || !(Timestamp{*context.first_working_second, 0} < deadline))
            exclude(Exclusion::no_working_time);
    }
    const std::int64_t radius_m = settings.assignment.max_distance_km * 1000;
    if (order.customer_location && employee.location) {
        ev.distance = distance(*order.customer_location, *employee.location);
        if (ev.distance->value > radius_m) exclude(Exclusion::outside_service_radius);
    }
    if (ev.excluded()) return ev;

    Fits& fit = ev.fits;
    const std::int64_t beyond = std::min(employee.experience_years - order.experience_years, experience_cap_years);
    fit[0] = (level_fit(employee.skill_level) + static_cast<std::int32_t>(beyond) * 1000) / 2;

    fit[1] = clamp_fit((employee.capacity - employee.current_orders) * full_fit / employee.capacity);

    if (employee.rating_hundredths && employee.feedback_hundredths)
        fit[2] = clamp_fit((*employee.rating_hundredths + *employee.feedback_hundredths) * 10);
    else if (employee.rating_hundredths) fit[2] = clamp_fit(*employee.rating_hundredths * 20);
    else if (employee.feedback_hundredths) fit[2] = clamp_fit(*employee.feedback_hundredths * 20);
    else fit[2] = neutral_fit;

    if (!employee.turnaround_days) {
        fit[3] = neutral_fit;
    } else if (order.delivery) {
        const std::int64_t days_left = floor_div(order.delivery->seconds - now.seconds, 86400);
        const std::int64_t late = *employee.turnaround_days - days_left;
        const std::int64_t penalty = order.urgent ? urgent_late_day_penalty : late_day_penalty;
        fit[3] = late <= 0 ? full_fit : clamp_fit(full_fit - late * penalty);
    } else {
        const std::int64_t reference = order.urgent ? urgent_turnaround_reference_days : turnaround_reference_days;
        fit[3] = clamp_fit((reference - *employee.turnaround_days) * full_fit / reference);
    }

    fit[4] = ev.distance ? clamp_fit((radius_m - ev.distance->value) * full_fit / radius_m) : neutral_fit;

    const bool previous_tailor =
        facts ? facts->previous_tailor
              : std::binary_search(order.previous_employee_ids.begin(), order.previous_employee_ids.end(), employee.id);
    fit[5] = previous_tailor ? full_fit : 0;

    const Weights& w = settings.assignment.weights;
    std::int32_t score = 0;
    for (std::size_t f = 0; f < factor_count; ++f)
        score += factor_points(fit[f], weight_of(w, static_cast<Factor>(f)));
    ev.score = score;
    return ev;
}

std::string exclusion_message(Exclusion e, const OrderDemand& order, const EmployeeProfile& employee,
                              const Evaluation& evaluation, const AssignmentSettings& settings) {
    switch (e) {
        case Exclusion::inactive: return "the employee's status is inactive";
        case Exclusion::on_leave: return "the employee's status is on_leave";
        case Exclusion::missing_skill: {
            std::vector<std::string> missing;
            std::set_difference(order.skills.begin(), order.skills.end(), employee.specializations.begin(),
                                employee.specializations.end(), std::back_inserter(missing));
            std::string list;
            for (const auto& s : missing) list += (list.empty() ? "" : ", ") + s;
            return "lacks required skills: " + list;
        }
        case Exclusion::insufficient_experience:
            return "has " + std::to_string(employee.experience_years) + " years of experience; the services require " +
                   std::to_string(order.experience_years);
        case Exclusion::at_capacity:
            return "has " + std::to_string(employee.current_orders) + " current orders at a capacity of " +
                   std::to_string(employee.capacity);
        case Exclusion::no_working_time:
            return order.delivery ? "has no working time before the delivery date " + format_rfc3339(*order.delivery)
                                  : "has no working time within the next " +
                                        std::to_string(settings.assignment.horizon_days) +
                                        " days (the order has no delivery date)";
        case Exclusion::outside_service_radius:
            return "is " + format_km(evaluation.distance ? evaluation.distance->value : 0) +
                   " from the customer; the service radius is " +
                   std::to_string(settings.assignment.max_distance_km) + " km";
    }
    return "";
}

}  // namespace tailor::assign
