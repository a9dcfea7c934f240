// tailor/documents/employee.hpp — /employees/{employeeId}: skills, schedule,
// workload and performance used by assignment. Value type, codec and
// validation (docs/schema.md).
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

namespace tailor::documents {

struct EmployeeContact {
    std::string name;
    std::string email;
    std::string phone;
};

struct Professional {
    std::vector<std::string> specializations;
    std::int64_t experience = 0;  ///< Years.
    std::vector<std::string> certifications;
    SkillLevel skill_level = SkillLevel::junior;
};

/// One weekday's hours: minutes after midnight, or off.
struct DayHours {
    Weekday day = Weekday::mon;
    bool off = true;
    std::int64_t start_minute = 0;
    std::int64_t end_minute = 0;
};

struct DateException {
    std::string date;  ///< "YYYY-MM-DD".
    DateExceptionKind kind = DateExceptionKind::leave;
    std::optional<std::string> reason;
};

struct Schedule {
    std::vector<DayHours> working_hours;  ///< Days present, Monday first.
    std::vector<Weekday> availability;
    std::vector<DateException> exceptions;
};

struct Workload {
    std::int64_t current_orders = 0;
    std::int64_t capacity = 0;
    double utilization = 0;  ///< 0–1, echoed.
};

struct Performance {
    double rating = 0;  ///< 0 (unrated) or 1–5.
    std::int64_t completed_orders = 0;
    std::int64_t average_turnaround = 0;  ///< Days.
    double customer_feedback = 0;         ///< 0 (none) or 1–5.
};

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

struct Employee {
    std::string employee_id;
    std::string user_id;
    EmployeeContact personal_info;
    Professional professional;
    Schedule schedule;
    Workload workload;
    Performance performance;
    EmployeeStatus status = EmployeeStatus::active;
    std::optional<GeoPoint> location;
    Timestamp created_at;
    Timestamp updated_at;
};

std::optional<Employee> read_employee(const boost::json::value& v, const std::string& path,
                                      json::Issues& issues, Strictness strictness);
Result<Employee> decode_employee(const boost::json::value& v, Strictness strictness = Strictness::lenient);
boost::json::value encode_employee(const Employee& employee);
ValidationReport validate_employee(const boost::json::value& v);

}  // namespace tailor::documents
