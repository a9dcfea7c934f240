// tailor/maintenance/daily.hpp — the daily run (maintenance.daily; the seed's dailyCleanup).
//
// From the orders, the stored notifications and `now` it derives, without side
// effects: overdue orders, reminder events to hand to notify.plan (delivery
// tomorrow, balance due on a ready order, trial scheduled), the status updates
// time implies (stale pending orders cancelled by the system, through
// apply_transition so every guard and event applies), notifications to delete,
// and a report of the 24 hours before `now`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"
#include "tailor/lifecycle/transition.hpp"
#include "tailor/maintenance/config.hpp"
#include "tailor/schedule/time_zone.hpp"

namespace tailor::maintenance {

inline constexpr std::size_t max_orders = 1000;
inline constexpr std::size_t max_notifications = 5000;

struct StoredNotification {
    std::string notification_id;
    std::optional<Timestamp> expiry;
    std::optional<Timestamp> created_at;
    bool read = false;
};

struct Overdue {
    std::string order_id;
    documents::OrderStatus status;
    Timestamp delivery_date;
    std::int64_t overdue_minutes = 0;
};

struct Reminder {
    documents::NotificationType type;  ///< delivery_reminder | balance_reminder | trial_reminder
    std::string order_id;
    std::string customer_id;
    std::optional<std::string> assigned_employee_id;
    std::optional<Timestamp> due;
    std::optional<money::Money> amount;
};

struct Deletion {
    std::string notification_id;
    std::string reason;  ///< expired | read_retention
};

struct Revenue {
    std::string currency;
    std::int64_t collected = 0, refunded = 0;  ///< minor units
    int exponent = 2;
};

struct EmployeeLoad {
    std::int64_t active_orders = 0;
    std::int64_t active_items = 0;
};

struct DailyResult {
    std::vector<Overdue> overdue;
    std::vector<Reminder> reminders;
    std::vector<lifecycle::TransitionResult> status_updates;
    std::vector<Deletion> deletions;
    Timestamp window_from, window_to;
    std::array<std::int64_t, 12> by_status{};
    std::vector<Revenue> revenue;  ///< sorted by currency code
    std::int64_t delivered_in_window = 0;
    std::optional<std::int64_t> average_turnaround_minutes;
    std::map<std::string, EmployeeLoad> employees;  ///< ordered by employee id
};

/// maintenance.daily's input, decoded: the arguments of run_daily().
struct DailyInput {
    std::vector<lifecycle::OrderView> orders;  ///< unique ids
    std::vector<StoredNotification> notifications;
    Timestamp now;
    MaintenanceConfig config;
    lifecycle::LifecycleConfig lifecycle_config;
    schedule::TimeZone zone;  ///< config.timezone
};

/// Decodes {orders, notifications?, now, config?} (stored order and
/// notification documents; config: root fields and the lifecycle and
/// maintenance sections). Records every problem in `issues` at its JSON
/// Pointer path; nullopt when there is any.
std::optional<DailyInput> read_daily_input(const boost::json::value& input, json::Issues& issues);

Result<DailyResult> run_daily(const std::vector<lifecycle::OrderView>& orders,
                              const std::vector<StoredNotification>& notifications, Timestamp now,
                              const MaintenanceConfig& config, const lifecycle::LifecycleConfig& lifecycle_config,
                              const schedule::TimeZone& zone);

}  // namespace tailor::maintenance
