// tailor/documents/notification.hpp — /notifications/{notificationId}: a message
// to one person over one or more channels. Value type, codec and validation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::documents {

struct DeliveryStatus {
    bool sent = false;
    bool delivered = false;
    bool read = false;
    std::optional<Timestamp> sent_at;
    std::optional<Timestamp> delivered_at;
    std::optional<Timestamp> read_at;
};

struct Notification {
    std::string notification_id;
    std::string recipient_id;
    NotificationType type = NotificationType::general;
    Priority priority = Priority::medium;
    std::string title;
    std::string message;
    boost::json::value data = boost::json::object();  ///< Free-form object, kept verbatim.
    std::vector<Channel> channels;
    DeliveryStatus status;
    std::optional<Timestamp> expiry;
    Timestamp created_at;
};

std::optional<Notification> read_notification(const boost::json::value& v, const std::string& path,
                                              json::Issues& issues, Strictness strictness);
Result<Notification> decode_notification(const boost::json::value& v,
                                         Strictness strictness = Strictness::lenient);
boost::json::value encode_notification(const Notification& notification);
ValidationReport validate_notification(const boost::json::value& v);

}  // namespace tailor::documents
