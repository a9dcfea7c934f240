// tailor/notify/config.hpp — the `notifications` section of the shop configuration.
//
//   "notifications": { "expiryDays": 30 }
//
// expiryDays (1–365): a planned notification expires this many days after `now`.
#pragma once

#include <cstdint>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::notify {

struct NotificationsConfig {
    std::int64_t expiry_days = 30;
};

NotificationsConfig read_notifications_config(const boost::json::value* section, const std::string& path,
                                              json::Issues& issues);
/// The section with every field filled in (validate.config's effective config).
boost::json::value notifications_config_to_json(const NotificationsConfig& config);

}  // namespace tailor::notify
