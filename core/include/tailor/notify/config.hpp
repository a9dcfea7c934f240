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

}  // namespace tailor::notify
