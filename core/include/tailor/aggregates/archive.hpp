// tailor/aggregates/archive.hpp — archive.plan: which orders leave the live collection.
//
// An order is archived only when nothing can still happen to it: it is
// terminal (delivered or cancelled), its terminal transition is older than the
// retention period, no money is owed or in flight, and no dispute is open.
// Every order that stays gets every reason that keeps it. Archived orders get
// the time partition key of the seed's partitioning ("YYYY/MM" of creation in
// the shop's zone). Rules and limits: docs/aggregates.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/aggregates/config.hpp"
#include "tailor/aggregates/local_date.hpp"
#include "tailor/aggregates/order_view.hpp"
#include "tailor/error.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::aggregates {

/// Orders one archive.plan call accepts.
inline constexpr std::size_t max_orders_per_plan = 5000;

/// Why an order stays, in the order they are reported.
enum class KeepReason { not_terminal, too_recent, open_balance, pending_transaction, open_dispute };
inline constexpr json::EnumName<KeepReason> keep_reason_names[] = {
    {"not_terminal", KeepReason::not_terminal},   {"too_recent", KeepReason::too_recent},
    {"open_balance", KeepReason::open_balance},   {"pending_transaction", KeepReason::pending_transaction},
    {"open_dispute", KeepReason::open_dispute}};

struct ArchiveEntry {
    std::string order_id;
    std::string partition;          ///< "YYYY/MM" of createdAt in the shop's zone.
    documents::OrderStatus status;  ///< delivered or cancelled.
    Timestamp terminal_at;
    bool terminal_at_from_history;  ///< false: status.lastUpdated was used.
    Timestamp eligible_at;          ///< terminal_at + retention days.
};

struct KeepEntry {
    std::string order_id;
    documents::OrderStatus status;
    std::vector<std::pair<KeepReason, std::string>> reasons;  ///< code, explanation.
};

struct ArchivePlan {
    std::vector<ArchiveEntry> archive;  ///< By (partition, orderId).
    std::vector<KeepEntry> keep;        ///< By orderId.
};

/// archive.plan's input, decoded: the arguments of plan_archive().
struct ArchiveInput {
    std::vector<OrderView> orders;  ///< Read with history, created, money and dispute.
    Timestamp now;
    AggregatesConfig config;        ///< retention and the shop zone.
};

/// Decodes {orders, now, config?} (orders are stored order documents). Records
/// every problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<ArchiveInput> read_archive_input(const boost::json::value& input, json::Issues& issues);

/// Orders must have been read with history, created, money and dispute.
/// Fails (invalid_input) on duplicate order ids (/orders/i/orderId) and on a
/// terminal order without any terminal time (issue missing_terminal_time).
Result<ArchivePlan> plan_archive(const std::vector<OrderView>& orders, const Timestamp& now,
                                 const RetentionConfig& retention, const Zone& zone);

}  // namespace tailor::aggregates
