// archive.plan: eligibility rules and partition keys (archive.hpp).
#include "tailor/aggregates/archive.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "tailor/money/money.hpp"

namespace tailor::aggregates {

using documents::OrderStatus;

namespace {

std::string partition_of(const Timestamp& created, const Zone& zone) {
    const LocalDate d = local_date_of(created, zone);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d/%02u", d.year, d.month);
    return buf;
}

std::string status_name(OrderStatus s) { return std::string(json::enum_name(s, documents::order_status_names)); }

}  // namespace

Result<ArchivePlan> plan_archive(const std::vector<OrderView>& orders, const Timestamp& now,
                                 const RetentionConfig& retention, const Zone& zone) {
    json::Issues issues;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        auto [it, fresh] = seen.emplace(orders[i].order_id, i);
        if (!fresh)
            issues.add("/orders/" + std::to_string(i) + "/orderId", issue_code::duplicate,
                       "order " + orders[i].order_id + " is also at /orders/" + std::to_string(it->second));
    }
    if (!issues.empty()) return issues.to_error();

    ArchivePlan plan;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const OrderView& o = orders[i];
        std::vector<std::pair<KeepReason, std::string>> reasons;
        const bool terminal = o.status == OrderStatus::delivered || o.status == OrderStatus::cancelled;
        std::optional<Timestamp> terminal_at;
        bool from_history = true;
        Timestamp eligible_at;
        if (!terminal) {
            reasons.emplace_back(KeepReason::not_terminal,
                                 "status is " + status_name(o.status) + "; only delivered or cancelled orders are archived");
        } else {
            terminal_at = last_transition_to(o, o.status);
            if (!terminal_at) {
                terminal_at = o.last_updated;
                from_history = false;
            }
            if (!terminal_at) {
                issues.add("/orders/" + std::to_string(i) + "/status", "missing_terminal_time",
                           "a " + status_name(o.status) +
                               " order needs a status.history entry to that status or status.lastUpdated");
                continue;
            }
            const std::int64_t days = o.status == OrderStatus::delivered ? retention.archive_after_days
                                                                          : retention.cancelled_archive_after_days;
            eligible_at = Timestamp{terminal_at->seconds + days * 86400, terminal_at->nanos};
            if (now < eligible_at)
                reasons.emplace_back(KeepReason::too_recent,
                                     status_name(o.status) + " at " + format_rfc3339(*terminal_at) + "; archivable from " +
                                         format_rfc3339(eligible_at) + " (" + std::to_string(days) + " days)");
        }
        if (o.status == OrderStatus::delivered && o.total && o.currency) {
            const std::int64_t owed = o.total->minor() - net_paid_minor(o);
            if (owed > 0)
                reasons.emplace_back(KeepReason::open_balance,
                                     money::format_minor(owed, o.currency->exponent()) + " " +
                                         std::string(o.currency->code()) + " of the total is unpaid");
        }
        std::size_t pending = 0;
        for (const auto& t : o.transactions)
            if (t.status == documents::TransactionStatus::pending) ++pending;
        if (pending > 0)
            reasons.emplace_back(KeepReason::pending_transaction,
                                 std::to_string(pending) + " payment transaction(s) still pending");
        if (o.dispute_open) reasons.emplace_back(KeepReason::open_dispute, "dispute.status is open");

        if (reasons.empty()) {
            plan.archive.push_back(ArchiveEntry{o.order_id, partition_of(*o.created_at, zone), o.status, *terminal_at,
                                                from_history, eligible_at});
        } else {
            plan.keep.push_back(KeepEntry{o.order_id, o.status, std::move(reasons)});
        }
    }
    if (!issues.empty()) return issues.to_error();
    std::sort(plan.archive.begin(), plan.archive.end(), [](const ArchiveEntry& a, const ArchiveEntry& b) {
        return std::tie(a.partition, a.order_id) < std::tie(b.partition, b.order_id);
    });
    std::sort(plan.keep.begin(), plan.keep.end(),
              [](const KeepEntry& a, const KeepEntry& b) { return a.order_id < b.order_id; });
    return plan;
}

}  // namespace tailor::aggregates
