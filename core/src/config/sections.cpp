#include "tailor/config/sections.hpp"

#include "tailor/aggregates/config.hpp"
#include "tailor/assign/config.hpp"
#include "tailor/lifecycle/config.hpp"
#include "tailor/loyalty/config.hpp"
#include "tailor/maintenance/config.hpp"
#include "tailor/notify/config.hpp"
#include "tailor/payments/config.hpp"
#include "tailor/pricing/config.hpp"
#include "tailor/rules/config.hpp"
#include "tailor/schedule/config.hpp"

namespace tailor::config {
namespace {

namespace bj = boost::json;

/// One row's function: the owning domain's reader, then its to_json.
template <typename Config, Config (*Read)(const bj::value*, const std::string&, json::Issues&),
          bj::value (*ToJson)(const Config&)>
bj::value read_section(const bj::value* s, const std::string& path, json::Issues& issues) {
    return ToJson(Read(s, path, issues));
}

}  // namespace

const std::vector<SectionReader>& section_readers() {
    // One row per section, in the order docs/config.md lists them; each row is
    // the owning domain's reader (strict inside its section) and its to_json.
    static const std::vector<SectionReader> table = {
        {"pricing", &read_section<pricing::PricingConfig, &pricing::read_pricing_config, &pricing::pricing_config_to_json>},
        {"loyalty", &read_section<loyalty::LoyaltyConfig, &loyalty::read_loyalty_config, &loyalty::loyalty_config_to_json>},
        {"payments",
         &read_section<payments::PaymentsConfig, &payments::read_payments_config, &payments::payments_config_to_json>},
        {"lifecycle", &read_section<lifecycle::LifecycleConfig, &lifecycle::read_lifecycle_config,
                                    &lifecycle::lifecycle_config_to_json>},
        {"calendar",
         &read_section<schedule::CalendarConfig, &schedule::read_calendar_config, &schedule::calendar_config_to_json>},
        {"notifications", &read_section<notify::NotificationsConfig, &notify::read_notifications_config,
                                        &notify::notifications_config_to_json>},
        {"maintenance", &read_section<maintenance::MaintenanceConfig, &maintenance::read_maintenance_config,
                                      &maintenance::maintenance_config_to_json>},
        {"assignment", &read_section<assign::AssignmentConfig, &assign::read_assignment_config,
                                     &assign::assignment_config_to_json>},
        {"rules", &read_section<rules::RulesConfig, &rules::read_rules_config, &rules::rules_config_to_json>},
        {"retention", &read_section<aggregates::RetentionConfig, &aggregates::read_retention_config,
                                    &aggregates::retention_config_to_json>},
    };
    return table;
}

}  // namespace tailor::config
