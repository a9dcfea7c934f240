// tailor/documents/user.hpp — /users/{userId}: the signed-in account and its role.
// Value type, codec and validation (fields and limits: docs/schema.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::documents {

struct UserPreferences {
    bool notifications = true;
    std::string language;  ///< BCP 47 "en", "hi-IN".
    std::string timezone;  ///< IANA name "Asia/Kolkata".
};

struct UserStats {
    std::int64_t total_orders = 0;
    std::int64_t loyalty_points = 0;
    double average_rating = 0;  ///< 0 (no ratings) or 1–5; echoed, never used in decisions here.
};

struct UserMetadata {
    Timestamp last_login;
    std::optional<boost::json::value> device_info;  ///< Free-form object, kept verbatim.
    std::optional<std::string> ip_address;          ///< IPv4 or IPv6 text.
};

struct User {
    std::string user_id;
    std::string email;
    std::string display_name;
    std::optional<std::string> photo_url;
    /// Contact points notify.plan uses (not in the seed; optional): an E.164
    /// phone for SMS, and the device's Firebase Cloud Messaging token for push.
    std::optional<std::string> phone;
    std::optional<std::string> fcm_token;
    Role role = Role::customer;
    Timestamp created_at;
    Timestamp updated_at;
    UserPreferences preferences;
    UserStats stats;
    std::optional<UserMetadata> metadata;
};

std::optional<User> read_user(const boost::json::value& v, const std::string& path, json::Issues& issues,
                              Strictness strictness);
Result<User> decode_user(const boost::json::value& v, Strictness strictness = Strictness::lenient);
boost::json::value encode_user(const User& user);
ValidationReport validate_user(const boost::json::value& v);

}  // namespace tailor::documents
