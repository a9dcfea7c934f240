#include "tailor/assign/rank.hpp"

#include <algorithm>

namespace tailor::assign {

bool lower_utilization(std::int64_t a_cur, std::int64_t a_cap, std::int64_t b_cur, std::int64_t b_cap) {
    return a_cur * b_cap < b_cur * a_cap;  // both ≤ 1e5 · 1e5: no overflow
}

Result<RankResult> rank(const RankRequest& request) {
    RankResult result;
    for (const EmployeeProfile& e : request.employees) {
        const EmployeeContext context = employee_context(e, request.now, request.settings.zone);
        Evaluation ev = evaluate(request.order, e, context, request.settings, request.now);
        if (ev.excluded()) {
            ExcludedEmployee x{&e, {}};
            for (std::size_t k = 0; k < exclusion_count; ++k) {
                const auto reason = static_cast<Exclusion>(k);
                if (ev.has(reason))
                    x.reasons.emplace_back(reason, exclusion_message(reason, request.order, e, ev, request.settings));
            }
            result.excluded.push_back(std::move(x));
        } else {
            result.ranked.push_back(RankedEmployee{&e, ev, context.first_working_second});
        }
    }
    std::sort(result.ranked.begin(), result.ranked.end(), [](const RankedEmployee& a, const RankedEmployee& b) {
        if (a.evaluation.score != b.evaluation.score) return a.evaluation.score > b.evaluation.score;
        const EmployeeProfile& x = *a.employee;
        const EmployeeProfile& y = *b.employee;
        if (lower_utilization(x.current_orders, x.capacity, y.current_orders, y.capacity)) return true;
        if (lower_utilization(y.current_orders, y.capacity, x.current_orders, x.capacity)) return false;
        return x.id < y.id;  // ids are unique: a total order
    });
    std::sort(result.excluded.begin(), result.excluded.end(),
              [](const ExcludedEmployee& a, const ExcludedEmployee& b) { return a.employee->id < b.employee->id; });
    return result;
}

}  // namespace tailor::assign
