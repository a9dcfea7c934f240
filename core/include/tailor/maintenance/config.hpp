// tailor/maintenance/config.hpp — the `maintenance` section of the shop configuration.
//
//   "maintenance": { "autoCancelPendingDays": 7, "notificationRetentionDays": 90 }
//
// autoCancelPendingDays (0–365, 0 = never): a pending (unconfirmed) order older than
//   this many days is cancelled by the system (through the status machine).
// notificationRetentionDays (1–3650): read notifications older than this are deleted.
#pragma once

#include <cstdint>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::maintenance {

struct MaintenanceConfig {
    std::int64_t auto_cancel_pending_days = 7;
    std::int64_t notification_retention_days = 90;
};

MaintenanceConfig read_maintenance_config(const boost::json::value* section, const std::string& path,
                                          json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value maintenance_config_to_json(const MaintenanceConfig& config);

}  // namespace tailor::maintenance
