// loyalty.evaluate: {loyalty, order, config} → points earned, new totals, new tier, next tier.
#include "tailor/api/domains.hpp"
#include "tailor/loyalty/codec.hpp"
#include "tailor/money/decimal.hpp"
#include "tailor/money/encode.hpp"

namespace tailor::loyalty {
namespace {

namespace bj = boost::json;
using json::Presence;
using documents::loyalty_tier_names;

constexpr std::int64_t max_points = money::max_minor_units;

}  // namespace

std::optional<EvaluationInput> read_evaluation_input(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    const auto* config_v = r.field("config", Presence::required);
    config::ShopConfig cfg;
    if (config_v) cfg = config::read_shop_config(*config_v, "/config", issues);
    const money::Currency cur = cfg.root.currency;

    LoyaltyState state{documents::LoyaltyTier::bronze, 0, 0, money::Money::zero(cur)};
    bool state_ok = false;
    if (auto l = r.object("loyalty", Presence::required)) {
        const std::size_t before = issues.size();
        auto tier = l->enumeration("tier", Presence::required, loyalty_tier_names);
        auto points = l->integer("points", Presence::required, 0, max_points);
        auto lifetime = l->integer("lifetimePoints", Presence::optional, 0, max_points);
        std::optional<money::Money> spent;
        if (const auto* s = l->field("totalSpent", Presence::required)) {
            spent = money::read_amount(*s, l->path_of("totalSpent"), issues, cur);
            if (spent && spent->is_negative())
                issues.add(l->path_of("totalSpent"), issue_code::out_of_range, "must not be negative");
        }
        l->finish();
        if (points && lifetime && *lifetime < *points)
            issues.add(l->path_of("lifetimePoints"), issue_code::inconsistent,
                       "lifetime points cannot be fewer than the points balance");
        if (issues.size() == before) {
            state = LoyaltyState{*tier, *points, lifetime.value_or(*points), *spent};
            state_ok = true;
        }
    }
    std::optional<CompletedOrder> order;
    if (auto o = r.object("order", Presence::required)) {
        const std::size_t before = issues.size();
        std::optional<money::Currency> order_cur;
        if (const auto* c = o->field("currency", Presence::required))
            order_cur = money::read_currency(*c, o->path_of("currency"), issues);
        if (order_cur && *order_cur != cur)
            issues.add(o->path_of("currency"), "currency_mismatch",
                       "the order is in " + std::string(order_cur->code()) + " but the shop's loyalty is kept in " +
                           std::string(cur.code()));
        std::optional<money::Money> total;
        if (const auto* t = o->field("total", Presence::required)) {
            if (order_cur) total = money::read_amount(*t, o->path_of("total"), issues, *order_cur);
            if (total && total->is_negative()) issues.add(o->path_of("total"), issue_code::out_of_range, "must not be negative");
        }
        auto at = o->timestamp("completedAt", Presence::required);
        o->finish();
        if (issues.size() == before) order = CompletedOrder{*total, *at};
    }
    r.finish();
    if (!issues.empty() || !state_ok || !order) return std::nullopt;
    return EvaluationInput{state, *order, cfg};
}

namespace {

api::Outcome evaluate_op(const bj::value& input) {
    json::Issues issues;
    const auto decoded = read_evaluation_input(input, issues);
    if (!decoded) return issues.to_error();
    const config::ShopConfig& cfg = decoded->config;
    const money::Currency cur = cfg.root.currency;
    const CompletedOrder& order = decoded->order;

    auto result = evaluate(decoded->state, order, cfg.loyalty);
    if (!result) return result.error();
    const LoyaltyOutcome& e = result.value();
    const auto tier_name = [](documents::LoyaltyTier t) { return json::enum_name(t, loyalty_tier_names); };
    bj::object out;
    out.emplace("basePoints", e.base_points);
    out.emplace("bonusPoints", e.bonus_points);
    out.emplace("pointsEarned", e.points_earned);
    out.emplace("points", e.points);
    out.emplace("lifetimePoints", e.lifetime_points);
    out.emplace("totalSpent", money::to_json(e.total_spent));
    out.emplace("previousTier", tier_name(e.previous_tier));
    out.emplace("tier", tier_name(e.tier));
    out.emplace("tierChanged", e.tier != e.previous_tier);
    if (e.next_tier) out.emplace("nextTier", tier_name(*e.next_tier));
    else out.emplace("nextTier", nullptr);
    if (e.missing_points) out.emplace("missingPoints", *e.missing_points);
    else out.emplace("missingPoints", nullptr);
    if (e.missing_spend) out.emplace("missingSpend", money::to_json(*e.missing_spend));
    else out.emplace("missingSpend", nullptr);
    out.emplace("completedAt", format_rfc3339(order.completed_at));
    bj::array explanations;
    const auto& held = cfg.loyalty.tier(e.previous_tier);
    explanations.emplace_back(bj::object{
        {"code", "points_base"},
        {"text", std::to_string(e.base_points) + " points for " + order.total.to_decimal_string() + " " +
                     std::string(cur.code()) + " at " + std::to_string(cfg.loyalty.points_rate.value) +
                     " bps of a point per unit, rounded down"},
        {"points", e.base_points}});
    explanations.emplace_back(bj::object{
        {"code", "points_tier_bonus"},
        {"text", std::string(tier_name(e.previous_tier)) + " bonus " + std::to_string(held.bonus.value) + " bps of " +
                     std::to_string(e.base_points) + " points, rounded down"},
        {"points", e.bonus_points}});
    if (e.tier != e.previous_tier)
        explanations.emplace_back(bj::object{{"code", "tier_upgraded"},
                                             {"text", "reached " + std::string(tier_name(e.tier))},
                                             {"points", nullptr}});
    out.emplace("explanations", std::move(explanations));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> operations() {
    return {{"loyalty.evaluate",
             "Points earned on a completed order, new lifetime totals, the new tier and what the next tier needs.",
             &evaluate_op}};
}

}  // namespace tailor::loyalty
