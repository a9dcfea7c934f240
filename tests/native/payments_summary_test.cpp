// payment.summarize rules, and properties over random transaction lists
// (seeded; TAILOR_SEED=<n> replays): net = paid − refunded, due = max(0, total − net),
// repeating an entry (same key) changes nothing, failed and pending never count.
#include "tailor/payments/summary.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>
#include "property.hpp"

using namespace tailor;
using documents::PaymentStatus;
using documents::TransactionKind;
using documents::TransactionStatus;

namespace {

const money::Currency inr = *money::Currency::from_code("INR");
money::Money rupees(std::int64_t minor) { return *money::Money::of_minor(minor, inr); }

payments::Transaction tx(std::string id, std::int64_t minor, TransactionKind kind = TransactionKind::charge,
                         TransactionStatus status = TransactionStatus::succeeded, std::string key = "") {
    return payments::Transaction{id, kind, status, rupees(minor), key.empty() ? "k-" + id : key, "/t/" + id};
}

}  // namespace

TEST_CASE("status follows the documented rules in order", "[payments]") {
    using TK = TransactionKind;
    using TS = TransactionStatus;
    CHECK(payments::summarize(rupees(1000), {}).value().status == PaymentStatus::pending);
    CHECK(payments::summarize(rupees(0), {}).value().status == PaymentStatus::paid);
    CHECK(payments::summarize(rupees(1000), {tx("a", 1)}).value().status == PaymentStatus::partially_paid);
    CHECK(payments::summarize(rupees(1000), {tx("a", 1000)}).value().status == PaymentStatus::paid);
    CHECK(payments::summarize(rupees(1000), {tx("a", 1000), tx("r", 1000, TK::refund)}).value().status ==
          PaymentStatus::refunded);
    CHECK(payments::summarize(rupees(1000), {tx("a", 5, TK::charge, TS::failed)}).value().status == PaymentStatus::failed);
    CHECK(payments::summarize(rupees(1000), {tx("a", 5, TK::charge, TS::failed), tx("b", 5, TK::charge, TS::pending)})
              .value()
              .status == PaymentStatus::pending);
    const auto over = payments::summarize(rupees(1000), {tx("a", 1500)}).value();
    CHECK(over.overpaid);
    CHECK(over.overpaid_amount.minor() == 500);
    CHECK(over.due.minor() == 0);
}

TEST_CASE("conflicting keys and excessive refunds are refused with the entry's path", "[payments]") {
    auto conflict = payments::summarize(rupees(1000), {tx("a", 100, TransactionKind::charge, TransactionStatus::succeeded, "k"),
                                                       tx("b", 200, TransactionKind::charge, TransactionStatus::succeeded, "k")});
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().details.at(0).code == payments::payment_code::idempotency_conflict);
    CHECK(conflict.error().details.at(0).path == "/t/b");
    auto refund = payments::summarize(rupees(1000), {tx("a", 100), tx("r", 101, TransactionKind::refund)});
    REQUIRE_FALSE(refund);
    CHECK(refund.error().details.at(0).code == payments::payment_code::refund_exceeds_paid);
}

TEST_CASE("property: summaries of random transaction lists", "[payments][property]") {
    const std::uint64_t seed = tailor::test::property_seed("payments_summary_test", 20260303u);
    std::mt19937_64 rng(seed);
    for (int i = 0; i < tailor::test::property_cases(2000); ++i) {
        const std::int64_t total = static_cast<std::int64_t>(rng() % 1000000);
        std::vector<payments::Transaction> list;
        std::int64_t paid = 0, refunded = 0;
        const std::size_t n = rng() % 8;
        for (std::size_t k = 0; k < n; ++k) {
            const auto status = static_cast<TransactionStatus>(rng() % 3);
            const std::int64_t amount = 1 + static_cast<std::int64_t>(rng() % 500000);
            // Refunds only up to what has succeeded so far, so the list is valid.
            const bool refund = rng() % 4 == 0 && amount <= paid - refunded;
            list.push_back(tx("t" + std::to_string(k), amount, refund ? TransactionKind::refund : TransactionKind::charge, status));
            if (status == TransactionStatus::succeeded) (refund ? refunded : paid) += amount;
        }
        INFO("case " << i);
        auto s = payments::summarize(rupees(total), list);
        REQUIRE(s);
        const auto& v = s.value();
        CHECK(v.paid.minor() == paid);
        CHECK(v.refunded.minor() == refunded);
        CHECK(v.net_paid.minor() == paid - refunded);
        CHECK(v.due.minor() == std::max<std::int64_t>(0, total - (paid - refunded)));
        CHECK(v.overpaid == (paid - refunded > total));
        if (v.status == PaymentStatus::paid) CHECK(v.net_paid.minor() >= total);
        if (v.status == PaymentStatus::partially_paid) CHECK((v.net_paid.minor() > 0 && v.net_paid.minor() < total));
        // Re-reporting every entry under its own key changes nothing but the duplicate list.
        auto doubled = list;
        doubled.insert(doubled.end(), list.begin(), list.end());
        for (std::size_t k = list.size(); k < doubled.size(); ++k) doubled[k].transaction_id += "-again";
        auto s2 = payments::summarize(rupees(total), doubled);
        REQUIRE(s2);
        CHECK(s2.value().net_paid == v.net_paid);
        CHECK(s2.value().status == v.status);
        CHECK(s2.value().duplicates.size() == list.size());
    }
}
