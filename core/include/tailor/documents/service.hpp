// tailor/documents/service.hpp — /services/{serviceId}: the catalogue entry a
// service item points at. Value type, codec and validation (docs/schema.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/documents/common.hpp"
#include "tailor/documents/enums.hpp"
#include "tailor/documents/validation.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/money/money.hpp"

namespace tailor::documents {

struct ServicePricing {
    money::Currency currency = default_currency();
    bool has_currency = false;  ///< `currency` was given (else INR, not re-emitted).
    money::Money base_price = zero_amount();
    std::vector<std::pair<std::string, money::Money>> tier_pricing;  ///< Input order.
    std::optional<money::Money> min_price;
    std::optional<money::Money> max_price;
};

struct ServiceCapacity {
    std::int64_t daily_limit = 0;
    std::int64_t queue_limit = 0;
    std::int64_t current_queue = 0;
};

struct ServiceRequirements {
    std::vector<std::string> materials;
    std::vector<std::string> tools;
    std::vector<std::string> skills;
    std::int64_t experience = 0;  ///< Years.
};

struct ServiceScheduling {
    std::int64_t estimated_duration = 0;  ///< Minutes.
    std::int64_t buffer_time = 0;         ///< Minutes.
    std::int64_t lead_time = 0;           ///< Days.
};

struct ServiceRating {
    double average = 0;  ///< 0 when count is 0, else 1–5.
    std::int64_t count = 0;
    std::vector<std::pair<std::string, std::int64_t>> distribution;  ///< Keys "1"…"5" present, in that order.
};

struct Service {
    std::string service_id;
    std::string name;
    ServiceCategory category = ServiceCategory::stitching;
    ServiceType type = ServiceType::unisex;
    ServicePricing pricing;
    ServiceCapacity capacity;
    ServiceRequirements requirements;
    ServiceScheduling scheduling;
    bool is_active = true;
    bool is_popular = false;
    ServiceRating rating;
    Timestamp created_at;
    Timestamp updated_at;
};

std::optional<Service> read_service(const boost::json::value& v, const std::string& path,
                                    json::Issues& issues, Strictness strictness);
Result<Service> decode_service(const boost::json::value& v, Strictness strictness = Strictness::lenient);
boost::json::value encode_service(const Service& service);
ValidationReport validate_service(const boost::json::value& v);

}  // namespace tailor::documents
