// tailor/documents/customer.hpp — /customers/{customerId}: profile, measurement
// profile, preferences, loyalty and addresses. Value type, codec and validation
// (fields and limits: docs/schema.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/measurements.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::documents {

struct PersonalInfo {
    std::string name;
    std::string email;
    std::string phone;  ///< E.164.
    std::optional<Timestamp> date_of_birth;
    std::optional<Gender> gender;
};

/// preferences.budgetRange: {currency?, min, max} — currency defaults to INR.
struct BudgetRange {
    bool has_currency = false;
    money::Money min = zero_amount();
    money::Money max = zero_amount();
};

struct CustomerPreferences {
    std::vector<std::string> preferred_services;  ///< Service ids.
    std::vector<std::string> fabric_preferences;
    std::optional<BudgetRange> budget_range;
    Urgency urgency_level = Urgency::standard;
};

/// loyalty: {tier, points, totalSpent, currency?, joinDate} — currency defaults to INR.
struct Loyalty {
    LoyaltyTier tier = LoyaltyTier::bronze;
    std::int64_t points = 0;
    money::Money total_spent = zero_amount();
    bool has_currency = false;
    Timestamp join_date;
};

struct EmergencyContact {
    std::optional<std::string> name;
    std::optional<std::string> phone;
    std::optional<std::string> relationship;
};

struct Customer {
    std::string customer_id;
    std::string user_id;
    PersonalInfo personal_info;
    CustomerMeasurements measurements;
    CustomerPreferences preferences;
    Loyalty loyalty;
    std::vector<Address> address_book;
    std::optional<EmergencyContact> emergency_contact;
    Timestamp created_at;
    Timestamp updated_at;
};

std::optional<Customer> read_customer(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues, Strictness strictness);
Result<Customer> decode_customer(const boost::json::value& v, Strictness strictness = Strictness::lenient);
boost::json::value encode_customer(const Customer& customer);
ValidationReport validate_customer(const boost::json::value& v);

}  // namespace tailor::documents
