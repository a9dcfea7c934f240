#include "tailor/documents/enums.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace tailor;
using namespace tailor::documents;

namespace {
template <class E, std::size_t N>
void check_table(const json::EnumName<E> (&names)[N]) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < N; ++i) {
        CHECK(static_cast<std::size_t>(names[i].value) == i);  // listed in declaration order
        CHECK(seen.insert(std::string(names[i].name)).second);  // each name once
        CHECK(json::enum_name(names[i].value, names) == names[i].name);
    }
}
}  // namespace

TEST_CASE("every enum table lists each value once, in declaration order", "[documents]") {
    check_table(role_names);
    check_table(actor_role_names);
    check_table(order_status_names);
    check_table(item_stage_names);
    check_table(payment_status_names);
    check_table(transaction_kind_names);
    check_table(transaction_status_names);
    check_table(loyalty_tier_names);
    check_table(urgency_names);
    check_table(employee_status_names);
    check_table(skill_level_names);
    check_table(priority_names);
    check_table(channel_names);
    check_table(notification_type_names);
    check_table(length_unit_names);
    check_table(garment_names);
    check_table(transition_trigger_names);
    check_table(discount_kind_names);
    check_table(discount_type_names);
    check_table(discount_scope_names);
    check_table(date_exception_kind_names);
    check_table(weekday_names);
    check_table(service_category_names);
    check_table(service_type_names);
    check_table(gender_names);
}
