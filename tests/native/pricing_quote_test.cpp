// pricing.quote: behaviour a caller relies on, and properties over random
// orders (seeded; TAILOR_SEED=<n> replays a run): total = Σ lines, totals never
// negative, 0 ≤ advance ≤ total, remaining = total − paid, split components add
// up to their tax, and the same input gives the same bytes through the typed API
// and through api::call.
#include "tailor/pricing/quote.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>

#include "tailor/api/call.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/pricing/codec.hpp"
#include "property.hpp"

namespace bj = boost::json;
using namespace tailor;

namespace {

std::uint64_t test_seed() {
    return tailor::test::property_seed("pricing_quote_test", 20260302u);
}

struct Gen {
    std::mt19937_64 rng;
    std::uint64_t below(std::uint64_t n) { return rng() % n; }
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
    /// An amount as a decimal string with `exponent` decimals, up to `max_minor`.
    std::string amount(int exponent, std::uint64_t max_minor) {
        return money::format_minor(static_cast<std::int64_t>(below(max_minor + 1)), exponent);
    }
};

bj::value random_quote_input(Gen& g) {
    const char* currencies[] = {"INR", "JPY", "KWD"};
    const std::string cur = currencies[g.below(3)];
    const int exp = money::Currency::from_code(cur)->exponent();
    const char* modes[] = {"half_away_from_zero", "half_even", "away_from_zero", "toward_zero"};
    bj::object config{{"currency", cur}};
    bj::array taxes;
    const std::size_t ntax = g.below(3);
    for (std::size_t t = 0; t < ntax; ++t) {
        const std::int64_t rate = g.chance(10) ? 0 : static_cast<std::int64_t>(g.below(3001));  // 0 bps is an edge case
        bj::object tax{{"name", "T" + std::to_string(t)}, {"rateBps", rate}, {"inclusive", g.chance(40)}};
        if (g.chance(50)) {
            const std::int64_t a = rate / 2;
            tax["split"] = bj::object{{"components", bj::array{bj::object{{"name", "C"}, {"rateBps", a}},
                                                                bj::object{{"name", "S"}, {"rateBps", rate - a}}}},
                                      {"remainderTo", g.chance(50) ? "C" : "S"}};
        }
        taxes.push_back(std::move(tax));
    }
    config["pricing"] = bj::object{
        {"rounding", modes[g.below(4)]},
        {"taxes", std::move(taxes)},
        {"urgency", bj::object{{"surchargeBps", static_cast<std::int64_t>(g.below(10001))}, {"taxable", g.chance(50)}}},
        {"discounts", bj::object{{"orderLevelStacking", g.chance(50) ? "best_only" : "additive"}}}};
    config["payments"] = bj::object{{"advance", bj::object{{"rounding", modes[g.below(4)]},
                                                           {"combine", g.chance(50) ? "lower" : "higher"}}}};

    bj::array services;
    const std::size_t nservices = 1 + g.below(4);
    for (std::size_t s = 0; s < nservices; ++s) {
        bj::object pricing{{"basePrice", g.amount(exp, 500000)}};
        if (g.chance(50)) pricing["tierPricing"] = bj::object{{"premium", g.amount(exp, 900000)}};
        if (g.chance(30)) pricing["minPrice"] = g.amount(exp, 100000);
        if (g.chance(30)) pricing["maxPrice"] = money::format_minor(100001 + static_cast<std::int64_t>(g.below(900000)), exp);
        services.push_back(bj::object{{"serviceId", "s" + std::to_string(s)}, {"isActive", true}, {"pricing", std::move(pricing)}});
    }
    bj::array items;
    const std::size_t nitems = g.below(6);
    for (std::size_t i = 0; i < nitems; ++i) {
        const std::size_t s = g.below(nservices);
        bj::object item{{"itemId", "i" + std::to_string(i)},
                        {"serviceId", "s" + std::to_string(s)},
                        {"quantity", static_cast<std::int64_t>(1 + g.below(20))},
                        {"stage", g.chance(10) ? "cancelled" : "pending"}};
        if (services[s].as_object()["pricing"].as_object().contains("tierPricing") && g.chance(50)) item["tier"] = "premium";
        if (g.chance(30)) item["addOns"] = bj::array{bj::object{{"name", "a"}, {"price", g.amount(exp, 20000)}}};
        if (g.chance(10)) item["priceOverride"] = bj::object{{"amount", g.amount(exp, 300000)}, {"reason", "r"}};
        items.push_back(std::move(item));
    }
    bj::array custom;
    if (g.chance(30)) custom.push_back(bj::object{{"itemId", "c0"}, {"price", g.amount(exp, 50000)}, {"stage", "pending"}});
    bj::array discounts;
    const std::size_t ndisc = g.below(4);
    for (std::size_t d = 0; d < ndisc; ++d) {
        bj::object disc{{"name", "d" + std::to_string(d)}, {"source", g.chance(50) ? "coupon" : "manual"}};
        if (g.chance(50)) {
            disc["kind"] = "percent";
            disc["rateBps"] = static_cast<std::int64_t>(g.below(10001));
        } else {
            disc["kind"] = "fixed";
            disc["amount"] = g.amount(exp, 400000);
        }
        if (nitems > 0 && g.chance(40)) {
            disc["scope"] = "line";
            disc["itemId"] = "i" + std::to_string(g.below(nitems));
        }
        discounts.push_back(std::move(disc));
    }
    bj::array payments;
    const std::size_t npay = g.below(3);
    for (std::size_t p = 0; p < npay; ++p)
        payments.push_back(bj::object{{"transactionId", "t" + std::to_string(p)},
                                      {"kind", "charge"},
                                      {"status", g.chance(80) ? "succeeded" : "failed"},
                                      {"amount", money::format_minor(1 + static_cast<std::int64_t>(g.below(300000)), exp)},
                                      {"idempotencyKey", "k" + std::to_string(g.below(3))}});
    bj::object input{{"order", bj::object{{"serviceItems", std::move(items)},
                                          {"customItems", std::move(custom)},
                                          {"timeline", bj::object{{"urgent", g.chance(40)}}}}},
                     {"services", std::move(services)},
                     {"discounts", std::move(discounts)},
                     {"payments", std::move(payments)},
                     {"config", std::move(config)}};
    const char* tiers[] = {"bronze", "silver", "gold", "platinum"};
    if (g.chance(60)) input["customer"] = bj::object{{"loyalty", bj::object{{"tier", tiers[g.below(4)]}}}};
    return bj::value(std::move(input));
}

std::int64_t minor(const bj::value& amount) { return amount.at("minor").as_int64(); }

}  // namespace

TEST_CASE("property: random orders keep every quote invariant", "[pricing][property]") {
    Gen g{std::mt19937_64(test_seed())};
    std::size_t priced = 0, rejected = 0;
    const int cases = tailor::test::property_cases(1500);
    for (int i = 0; i < cases; ++i) {
        const bj::value input = random_quote_input(g);
        const std::string text = json::write(input);
        INFO("case " << i << " input " << text);
        const std::string first = api::call("pricing.quote", text);
        REQUIRE(first == api::call("pricing.quote", text));  // same input → same bytes
        const bj::value envelope = json::parse(first).value();
        if (!envelope.at("ok").as_bool()) {
            // Random payments may conflict on a shared idempotency key; nothing else may fail.
            REQUIRE(envelope.at("error").at("details").at(0).at("code").as_string() == "idempotency_conflict");
            ++rejected;
            continue;
        }
        ++priced;
        const bj::object& q = envelope.at("result").as_object();
        std::int64_t sum_lines = 0, exclusive = 0;
        for (const auto& lv : q.at("lines").as_array()) {
            const auto& line = lv.as_object();
            CHECK(minor(line.at("amount")) >= 0);
            CHECK(minor(line.at("total")) >= 0);
            CHECK(minor(line.at("lineDiscount")) <= minor(line.at("gross")));
            std::int64_t line_exclusive = 0;
            for (const auto& tv : line.at("taxes").as_array()) {
                const auto& tax = tv.as_object();
                CHECK(minor(tax.at("amount")) >= 0);
                if (!tax.at("inclusive").as_bool()) line_exclusive += minor(tax.at("amount"));
                if (!tax.at("components").as_array().empty()) {
                    std::int64_t parts = 0;
                    for (const auto& c : tax.at("components").as_array()) parts += minor(c.at("amount"));
                    CHECK(parts == minor(tax.at("amount")));
                }
            }
            CHECK(minor(line.at("total")) == minor(line.at("amount")) + line_exclusive);
            exclusive += line_exclusive;
            sum_lines += minor(line.at("total"));
        }
        const std::int64_t total = minor(q.at("total"));
        CHECK(total == sum_lines);
        CHECK(total == minor(q.at("subtotal")) + minor(q.at("surchargeTotal")) - minor(q.at("discountTotal")) + exclusive);
        CHECK(total >= 0);
        CHECK(minor(q.at("advanceRequired")) >= 0);
        CHECK(minor(q.at("advanceRequired")) <= total);
        CHECK(minor(q.at("remainingAmount")) == total - minor(q.at("amountPaid")));

        // The typed API under the JSON one gives the same bytes.
        json::Issues issues;
        auto request = pricing::read_quote_request(input, issues);
        REQUIRE(request);
        auto typed = pricing::quote(*request);
        REQUIRE(typed);
        CHECK(json::write(pricing::quote_to_json(typed.value())) == json::write(envelope.at("result")));
    }
    CHECK(priced * 3 >= static_cast<std::size_t>(cases) * 2);  // the generator mostly builds priceable orders
    std::cout << "pricing_quote_test: " << priced << " priced, " << rejected << " rejected\n";
}

TEST_CASE("the typed API reports domain problems with paths", "[pricing]") {
    pricing::QuoteRequest req;
    pricing::QuoteItem item;
    item.item_id = "i1";
    item.service_id = "missing";
    item.path = "/order/serviceItems/0";
    req.items.push_back(item);
    auto r = pricing::quote(req);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == "invalid_input");
    REQUIRE(r.error().details.size() == 1);
    CHECK(r.error().details[0].code == "unknown_service");
    CHECK(r.error().details[0].path == "/order/serviceItems/0/serviceId");

    // A hand-built request missing what the decoder guarantees is refused, not dereferenced.
    pricing::QuoteRequest bare;
    pricing::QuoteItem custom;
    custom.kind = pricing::LineKind::custom;
    custom.item_id = "c1";
    custom.path = "/order/customItems/0";
    bare.items.push_back(custom);
    pricing::Discount fixed;
    fixed.kind = pricing::DiscountKind::fixed;
    fixed.path = "/discounts/0";
    bare.discounts.push_back(fixed);
    auto refused = pricing::quote(bare);
    REQUIRE_FALSE(refused);
    REQUIRE(refused.error().details.size() == 2);
    CHECK(refused.error().details[0].path == "/order/customItems/0/price");
    CHECK(refused.error().details[1].path == "/discounts/0/amount");
}

TEST_CASE("an order discount is spread over lines in proportion and sums exactly", "[pricing]") {
    const money::Currency inr = *money::Currency::from_code("INR");
    pricing::QuoteRequest req;
    for (int i = 0; i < 3; ++i) {
        pricing::QuoteItem item;
        item.kind = pricing::LineKind::custom;
        item.item_id = "c" + std::to_string(i);
        item.custom_price = money::Money::of_minor(100 * (i + 1), inr);  // 100, 200, 300
        req.items.push_back(item);
    }
    pricing::Discount d;
    d.name = "d";
    d.kind = pricing::DiscountKind::fixed;
    d.amount = money::Money::of_minor(100, inr);
    req.discounts.push_back(d);
    auto q = pricing::quote(req);
    REQUIRE(q);
    // 100 over [100,200,300]: 16.67, 33.33, 50 → 16+33+50 = 99, +1 to the largest remainder (0.67) → 17.
    CHECK(q.value().lines[0].order_discount.minor() == 17);
    CHECK(q.value().lines[1].order_discount.minor() == 33);
    CHECK(q.value().lines[2].order_discount.minor() == 50);
    CHECK(q.value().total.minor() == 500);
    CHECK(q.value().discount_total.minor() == 100);
}
