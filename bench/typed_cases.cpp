// Typed benchmarks of every operation (typed_cases.hpp). Each prepare function
// decodes with the domain's public reader, runs the typed function once, and
// compares what it returns with the JSON operation's result before the figure
// is measured: through the domain's public encoder where there is one, else on
// the fields that identify the answer (ids, counts, scores, decisions).
#include "typed_cases.hpp"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <utility>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tailor/aggregates/analytics.hpp"
#include "tailor/aggregates/archive.hpp"
#include "tailor/aggregates/rating.hpp"
#include "tailor/aggregates/stats.hpp"
#include "tailor/assign/plan.hpp"
#include "tailor/assign/rank.hpp"
#include "tailor/config/validate.hpp"
#include "tailor/documents/customer.hpp"
#include "tailor/documents/employee.hpp"
#include "tailor/documents/notification.hpp"
#include "tailor/documents/order.hpp"
#include "tailor/documents/payment.hpp"
#include "tailor/documents/service.hpp"
#include "tailor/documents/user.hpp"
#include "tailor/json/write.hpp"
#include "tailor/lifecycle/codec.hpp"
#include "tailor/loyalty/codec.hpp"
#include "tailor/maintenance/daily.hpp"
#include "tailor/notify/plan.hpp"
#include "tailor/payments/codec.hpp"
#include "tailor/pricing/codec.hpp"
#include "tailor/rules/authorize.hpp"
#include "tailor/rules/check.hpp"
#include "tailor/rules/firestore_rules.hpp"
#include "tailor/rules/indexes.hpp"
#include "tailor/schedule/estimate.hpp"
#include "tailor/schedule/time_zone.hpp"
#include "tailor/sync/merge.hpp"
#include "tailor/sync/queue.hpp"

namespace tailor::bench {
namespace {

namespace bj = boost::json;

// ---- building blocks ---------------------------------------------------------

TypedPreparation failed(std::string why) { return {{}, std::move(why)}; }

/// `reader` refused the input: its first issues, which name where and why.
TypedPreparation refused(std::string_view reader, const json::Issues& issues) {
    std::string why = std::string(reader) + " refused the input:";
    const auto& items = issues.items();
    for (std::size_t i = 0; i < items.size() && i < 3; ++i)
        why += " [" + items[i].path + " " + items[i].code + ": " + items[i].message + "]";
    return failed(why);
}

/// The typed function `function` returned an error on the decoded input.
TypedPreparation call_failed(std::string_view function, const Error& error) {
    return failed(std::string(function) + " failed: " + error.code + ": " + error.message);
}

/// Empty when `typed` (built from the typed result) equals `from_json` (taken
/// from the JSON operation's result) written canonically; else both texts.
std::string differs(std::string_view what, const bj::value& typed, const bj::value& from_json) {
    const std::string a = json::write(typed);
    const std::string b = json::write(from_json);
    if (a == b) return {};
    return std::string(what) + " differs from the JSON operation's: typed " + a + ", JSON " + b;
}

/// The member `key` of the JSON result object (throws std::out_of_range when absent).
const bj::value& member(const bj::value& result, std::string_view key) { return result.as_object().at(key); }

/// Each element of the JSON array `list` reduced to the members `keys`: the
/// part of each entry that the typed side rebuilds for comparison.
bj::value project(const bj::value& list, std::initializer_list<std::string_view> keys) {
    bj::array out;
    for (const bj::value& entry : list.as_array()) {
        bj::object kept;
        for (std::string_view key : keys) kept.emplace(key, entry.as_object().at(key));
        out.emplace_back(std::move(kept));
    }
    return out;
}

/// The body that times `call(decoded)`; it owns the decoded input.
template <class Decoded, class Call>
TypedBody timed(Decoded decoded, Call call) {
    auto input = std::make_shared<const Decoded>(std::move(decoded));
    return [input, call](benchmark::State& state) {
        for (auto _ : state) {
            auto result = call(*input);
            benchmark::DoNotOptimize(result);
        }
    };
}

/// A prepared benchmark when `mismatch` is empty; else the mismatch.
TypedPreparation checked(const std::string& mismatch, TypedBody body) {
    if (!mismatch.empty()) return failed(mismatch);
    return {std::move(body), {}};
}

// ---- aggregates ----------------------------------------------------------------

TypedPreparation analytics_summarize(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = aggregates::read_analytics_request(input, issues);
    if (!request) return refused("aggregates::read_analytics_request", issues);
    auto summary = aggregates::summarize(*request);
    if (!summary) return call_failed("aggregates::summarize", summary.error());
    const std::string mismatch = differs("result", aggregates::to_json(summary.value(), *request), json_result);
    return checked(mismatch, timed(std::move(*request), [](const aggregates::AnalyticsRequest& r) {
                       return aggregates::summarize(r);
                   }));
}

TypedPreparation archive_plan(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = aggregates::read_archive_input(input, issues);
    if (!decoded) return refused("aggregates::read_archive_input", issues);
    const auto plan_of = [](const aggregates::ArchiveInput& in) {
        return aggregates::plan_archive(in.orders, in.now, in.config.retention, *in.config.zone);
    };
    auto plan = plan_of(*decoded);
    if (!plan) return call_failed("aggregates::plan_archive", plan.error());
    bj::array archived, kept;
    for (const auto& a : plan.value().archive) archived.emplace_back(bj::object{{"orderId", a.order_id}, {"partition", a.partition}});
    for (const auto& k : plan.value().keep) kept.emplace_back(bj::object{{"orderId", k.order_id}});
    std::string mismatch = differs("archive", archived, project(member(json_result, "archive"), {"orderId", "partition"}));
    if (mismatch.empty()) mismatch = differs("keep", kept, project(member(json_result, "keep"), {"orderId"}));
    return checked(mismatch, timed(std::move(*decoded), plan_of));
}

TypedPreparation feedback_apply(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = aggregates::read_feedback_request(input, issues);
    if (!request) return refused("aggregates::read_feedback_request", issues);
    auto applied = aggregates::apply_feedback(*request);
    if (!applied) return call_failed("aggregates::apply_feedback", applied.error());
    std::string mismatch = differs("increments", aggregates::to_json(applied.value().increments),
                                   member(json_result, "increments"));
    if (mismatch.empty())
        mismatch = differs("sets", aggregates::to_json(applied.value().sets), member(json_result, "sets"));
    return checked(mismatch, timed(std::move(*request), [](const aggregates::FeedbackRequest& r) {
                       return aggregates::apply_feedback(r);
                   }));
}

TypedPreparation stats_delta(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = aggregates::read_stats_delta_input(input, issues);
    if (!decoded) return refused("aggregates::read_stats_delta_input", issues);
    const auto apply = [](const aggregates::StatsDeltaInput& in) {
        return aggregates::apply_event(in.facts, in.event, in.currency);
    };
    auto effect = apply(*decoded);
    if (!effect) return call_failed("aggregates::apply_event", effect.error());
    const std::string mismatch = differs("increments", aggregates::to_json(effect.value().increments),
                                         member(json_result, "increments"));
    return checked(mismatch, timed(std::move(*decoded), apply));
}

TypedPreparation stats_recompute(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = aggregates::read_recompute_input(input, issues);
    if (!decoded) return refused("aggregates::read_recompute_input", issues);
    const auto recompute = [](const aggregates::RecomputeInput& in) {
        return aggregates::recompute(in.orders, in.currency);
    };
    const std::string mismatch =
        differs("counters", aggregates::to_json(recompute(*decoded), "value"), member(json_result, "counters"));
    return checked(mismatch, timed(std::move(*decoded), recompute));
}

// ---- assign ----------------------------------------------------------------------

TypedPreparation assign_plan(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = assign::read_plan_request(input, issues);
    if (!request) return refused("assign::read_plan_request", issues);
    // plan() takes its request by value: each call copies the decoded one.
    const auto plan = [](const assign::PlanRequest& r) { return assign::plan(r); };
    auto planned = plan(*request);
    if (!planned) return call_failed("assign::plan", planned.error());
    bj::array assignments, unassigned;
    for (const auto& a : planned.value().assignments)
        assignments.emplace_back(bj::object{{"orderId", a.order_id}, {"employeeId", a.employee_id}, {"score", a.score}});
    for (const auto& u : planned.value().unassigned) unassigned.emplace_back(bj::object{{"orderId", u.order_id}});
    std::string mismatch = differs("objective", planned.value().objective, member(json_result, "objective"));
    if (mismatch.empty()) mismatch = differs("assignments", assignments, member(json_result, "assignments"));
    if (mismatch.empty())
        mismatch = differs("unassigned", unassigned, project(member(json_result, "unassigned"), {"orderId"}));
    return checked(mismatch, timed(std::move(*request), plan));
}

TypedPreparation assign_rank(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = assign::read_rank_request(input, issues);
    if (!request) return refused("assign::read_rank_request", issues);
    auto ranked = assign::rank(*request);
    if (!ranked) return call_failed("assign::rank", ranked.error());
    bj::array order, excluded;
    for (const auto& r : ranked.value().ranked)
        order.emplace_back(bj::object{{"employeeId", r.employee->id}, {"score", r.evaluation.score}});
    for (const auto& x : ranked.value().excluded) excluded.emplace_back(bj::object{{"employeeId", x.employee->id}});
    std::string mismatch = differs("ranked", order, project(member(json_result, "ranked"), {"employeeId", "score"}));
    if (mismatch.empty())
        mismatch = differs("excluded", excluded, project(member(json_result, "excluded"), {"employeeId"}));
    return checked(mismatch, timed(std::move(*request), [](const assign::RankRequest& r) { return assign::rank(r); }));
}

// ---- pricing, payments, loyalty ---------------------------------------------------

TypedPreparation pricing_quote(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = pricing::read_quote_request(input, issues);
    if (!request) return refused("pricing::read_quote_request", issues);
    auto quote = pricing::quote(*request);
    if (!quote) return call_failed("pricing::quote", quote.error());
    const std::string mismatch = differs("result", pricing::quote_to_json(quote.value()), json_result);
    return checked(mismatch,
                   timed(std::move(*request), [](const pricing::QuoteRequest& r) { return pricing::quote(r); }));
}

TypedPreparation payment_summarize(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = payments::read_summary_input(input, issues);
    if (!decoded) return refused("payments::read_summary_input", issues);
    const auto summarize = [](const payments::SummaryInput& in) {
        return payments::summarize(in.total, in.transactions);
    };
    auto summary = summarize(*decoded);
    if (!summary) return call_failed("payments::summarize", summary.error());
    // append_summary writes the summary's members of the result; compare those.
    bj::object typed;
    payments::append_summary(typed, summary.value());
    bj::object from_json;
    for (const auto& kv : typed) from_json.emplace(kv.key(), member(json_result, kv.key()));
    return checked(differs("summary", typed, from_json), timed(std::move(*decoded), summarize));
}

TypedPreparation loyalty_evaluate(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = loyalty::read_evaluation_input(input, issues);
    if (!decoded) return refused("loyalty::read_evaluation_input", issues);
    const auto evaluate = [](const loyalty::EvaluationInput& in) {
        return loyalty::evaluate(in.state, in.order, in.config.loyalty);
    };
    auto outcome = evaluate(*decoded);
    if (!outcome) return call_failed("loyalty::evaluate", outcome.error());
    const loyalty::LoyaltyOutcome& e = outcome.value();
    const bj::value typed = bj::object{{"pointsEarned", e.points_earned},
                                       {"points", e.points},
                                       {"lifetimePoints", e.lifetime_points},
                                       {"tier", json::enum_name(e.tier, documents::loyalty_tier_names)}};
    bj::object from_json;
    for (const auto& kv : typed.as_object()) from_json.emplace(kv.key(), member(json_result, kv.key()));
    return checked(differs("points and tier", typed, from_json), timed(std::move(*decoded), evaluate));
}

// ---- lifecycle: order.*, schedule.*, notify.*, maintenance.* ------------------------

TypedPreparation order_transition(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = lifecycle::read_transition_input(input, issues);
    if (!decoded) return refused("lifecycle::read_transition_input", issues);
    const auto apply = [](const lifecycle::TransitionInput& in) {
        const lifecycle::OrderContext& c = in.context;
        return lifecycle::apply_transition(c.order, in.request, c.actor, c.now, c.config);
    };
    auto result = apply(*decoded);
    if (!result) return call_failed("lifecycle::apply_transition", result.error());
    const std::string mismatch = differs("result", lifecycle::encode_transition_result(result.value()), json_result);
    return checked(mismatch, timed(std::move(*decoded), apply));
}

TypedPreparation order_transitions(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto context = lifecycle::read_transitions_input(input, issues);
    if (!context) return refused("lifecycle::read_transitions_input", issues);
    const auto list = [](const lifecycle::OrderContext& c) {
        return lifecycle::available_transitions(c.order, c.actor, c.config);
    };
    bj::array typed;
    for (const auto& t : list(*context)) typed.emplace_back(bj::object{{"event", t.event}, {"allowed", t.allowed}});
    const std::string mismatch =
        differs("transitions", typed, project(member(json_result, "transitions"), {"event", "allowed"}));
    return checked(mismatch, timed(std::move(*context), list));
}

TypedPreparation schedule_estimate(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = schedule::read_estimate_input(input, issues);
    if (!decoded) return refused("schedule::read_estimate_input", issues);
    const auto estimate = [](const schedule::EstimateInput& in) {
        return schedule::estimate_delivery(in.request, in.calendar, in.zone);
    };
    auto result = estimate(*decoded);
    if (!result) return call_failed("schedule::estimate_delivery", result.error());
    const schedule::Estimate& e = result.value();
    const bj::value typed = bj::object{{"leadTimeDays", e.lead_time_days},
                                       {"deliveryDate", schedule::format_local_date(e.delivery_day)},
                                       {"deliveryAt", format_rfc3339(e.delivery_at)}};
    bj::object from_json;
    for (const auto& kv : typed.as_object()) from_json.emplace(kv.key(), member(json_result, kv.key()));
    return checked(differs("delivery", typed, from_json), timed(std::move(*decoded), estimate));
}

TypedPreparation notify_plan(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = notify::read_plan_input(input, issues);
    if (!decoded) return refused("notify::read_plan_input", issues);
    const auto plan = [](const notify::PlanInput& in) {
        return notify::plan_notifications(in.event, in.people, in.now, in.config, in.shop_zone);
    };
    auto result = plan(*decoded);
    if (!result) return call_failed("notify::plan_notifications", result.error());
    bj::array notifications, skipped;
    for (const auto& n : result.value().notifications)
        notifications.emplace_back(bj::object{{"notificationId", n.notification_id}, {"recipientId", n.recipient_id}});
    for (const auto& s : result.value().skipped)
        skipped.emplace_back(bj::object{{"recipientId", s.recipient_id}, {"reason", s.reason}});
    std::string mismatch = differs("notifications", notifications,
                                   project(member(json_result, "notifications"), {"notificationId", "recipientId"}));
    if (mismatch.empty()) mismatch = differs("skipped", skipped, member(json_result, "skipped"));
    return checked(mismatch, timed(std::move(*decoded), plan));
}

TypedPreparation maintenance_daily(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = maintenance::read_daily_input(input, issues);
    if (!decoded) return refused("maintenance::read_daily_input", issues);
    const auto run = [](const maintenance::DailyInput& in) {
        return maintenance::run_daily(in.orders, in.notifications, in.now, in.config, in.lifecycle_config, in.zone);
    };
    auto result = run(*decoded);
    if (!result) return call_failed("maintenance::run_daily", result.error());
    const maintenance::DailyResult& d = result.value();
    bj::array overdue, updates, deletions;
    for (const auto& o : d.overdue) overdue.emplace_back(bj::object{{"orderId", o.order_id}});
    for (const auto& u : d.status_updates) updates.emplace_back(lifecycle::encode_transition_result(u));
    for (const auto& del : d.deletions) deletions.emplace_back(bj::object{{"notificationId", del.notification_id}});
    std::string mismatch = differs("overdue", overdue, project(member(json_result, "overdue"), {"orderId"}));
    if (mismatch.empty()) mismatch = differs("statusUpdates", updates, member(json_result, "statusUpdates"));
    if (mismatch.empty())
        mismatch = differs("deleteNotifications", deletions,
                           project(member(json_result, "deleteNotifications"), {"notificationId"}));
    return checked(mismatch, timed(std::move(*decoded), run));
}

TypedPreparation time_zone_offset(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = schedule::read_zone_offset_input(input, issues);
    if (!decoded) return refused("schedule::read_zone_offset_input", issues);
    const auto offset = [](const schedule::ZoneOffsetInput& in) { return in.zone.offset_at(in.at.seconds); };
    const schedule::ZoneOffset o = offset(*decoded);
    std::string mismatch = differs("abbreviation", bj::value(o.abbreviation), member(json_result, "abbreviation"));
    // The operation reports whole minutes, rounded down.
    const std::int64_t minutes = member(json_result, "offsetMinutes").as_int64();
    if (mismatch.empty() && !(minutes * 60 <= o.offset_seconds && o.offset_seconds < minutes * 60 + 60))
        mismatch = "offset differs from the JSON operation's: typed " + std::to_string(o.offset_seconds) +
                   " s, JSON " + std::to_string(minutes) + " min";
    return checked(mismatch, timed(std::move(*decoded), offset));
}

TypedPreparation time_zone_offsets(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto decoded = schedule::read_zone_offsets_input(input, issues);
    if (!decoded) return refused("schedule::read_zone_offsets_input", issues);
    bj::array abbreviations;
    for (const Timestamp& t : decoded->instants) abbreviations.emplace_back(decoded->zone.offset_at(t.seconds).abbreviation);
    const std::string mismatch = differs("abbreviations", abbreviations, member(json_result, "abbreviations"));
    // No batch function: the operation asks the zone once per instant, and so does the body.
    auto in = std::make_shared<const schedule::ZoneOffsetsInput>(std::move(*decoded));
    return checked(mismatch, [in](benchmark::State& state) {
        for (auto _ : state)
            for (const Timestamp& t : in->instants) {
                auto offset = in->zone.offset_at(t.seconds);
                benchmark::DoNotOptimize(offset);
            }
    });
}

// ---- rules ---------------------------------------------------------------------------

TypedPreparation rules_authorize(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = rules::read_authorize_request(input, issues);
    if (!request) return refused("rules::read_authorize_request", issues);
    const rules::Decision d = rules::authorize(*request);
    const bj::value typed =
        bj::object{{"allow", d.allow}, {"rule", d.rule}, {"reason", d.reason}, {"lookups", d.lookups}};
    return checked(differs("decision", typed, json_result),
                   timed(std::move(*request), [](const rules::AuthorizeRequest& r) { return rules::authorize(r); }));
}

TypedPreparation rules_check(const bj::value& input, const bj::value& json_result) {
    json::Issues issues;
    auto request = rules::read_check_request(input, issues);
    if (!request) return refused("rules::read_check_request", issues);
    bj::array violations;
    for (const auto& v : rules::check(*request)) violations.emplace_back(bj::object{{"code", v.code}, {"path", v.path}});
    const std::string mismatch =
        differs("violations", violations, project(member(json_result, "violations"), {"code", "path"}));
    return checked(mismatch,
                   timed(std::move(*request), [](const rules::CheckRequest& r) { return rules::check(r); }));
}

/// rules.firestore and rules.indexes take {}: nothing to decode, the generator is the typed function.
template <std::string (*Generate)()>
TypedPreparation generated_text(const bj::value&, const bj::value& json_result) {
    const std::string mismatch = differs("text", bj::value(Generate()), member(json_result, "text"));
    return checked(mismatch, [](benchmark::State& state) {
        for (auto _ : state) {
            auto text = Generate();
            benchmark::DoNotOptimize(text);
        }
    });
}

// ---- sync ------------------------------------------------------------------------------

TypedPreparation sync_merge(const bj::value& input, const bj::value& json_result) {
    auto request = sync::decode_merge_request(input);
    if (!request) return call_failed("sync::decode_merge_request", request.error());
    const std::string mismatch = differs("result", sync::encode_merge_result(sync::merge(request.value())), json_result);
    return checked(mismatch,
                   timed(std::move(request).value(), [](const sync::MergeRequest& r) { return sync::merge(r); }));
}

TypedPreparation sync_queue(const bj::value& input, const bj::value& json_result) {
    auto request = sync::decode_queue_request(input);
    if (!request) return call_failed("sync::decode_queue_request", request.error());
    const auto plan_and_check = [](const sync::QueueRequest& r) {
        sync::QueueResult result = sync::plan_queue(r);
        sync::check_queue(r, result);
        return result;
    };
    const std::string mismatch =
        differs("result", sync::encode_queue_result(request.value(), plan_and_check(request.value())), json_result);
    return checked(mismatch, timed(std::move(request).value(), plan_and_check));
}

// ---- validate.* -------------------------------------------------------------------------

/// The validators read the document itself: the "decoded input" is the parsed document.
template <documents::ValidationReport (*Validate)(const bj::value&)>
TypedPreparation validated_document(const bj::value& input, const bj::value& json_result) {
    const std::string mismatch = differs("report", Validate(input).to_json(), json_result);
    return checked(mismatch, timed(input, [](const bj::value& document) { return Validate(document); }));
}

TypedPreparation validate_config(const bj::value& input, const bj::value& json_result) {
    const config::ConfigValidation v = config::validate_config(input);
    std::string mismatch = differs("valid", v.valid, member(json_result, "valid"));
    if (mismatch.empty() && v.effective) mismatch = differs("config", *v.effective, member(json_result, "config"));
    return checked(mismatch,
                   timed(input, [](const bj::value& document) { return config::validate_config(document); }));
}

// ---- footnotes ------------------------------------------------------------------------------

constexpr std::string_view validator_note =
    "The public function takes the parsed JSON document (`documents::validate_*`, `config::validate_config`): "
    "reading it is the work, so the figure includes decoding; it excludes parsing the text and encoding the report.";

constexpr std::string_view generator_note =
    "The input is `{}`, so there is nothing to decode: the figure is the text generator alone "
    "(`rules::firestore_rules_text`, `rules::firestore_indexes_text`).";

constexpr std::string_view listing_note =
    "No typed function to time: the operation lists a table compiled into the library (the operation table, "
    "the zone table), so its whole cost is building the JSON result.";

std::vector<TypedOperation> build_table() {
    std::vector<TypedOperation> table = {
        {"analytics.summarize", &analytics_summarize, {}},
        {"archive.plan", &archive_plan, {}},
        {"assign.plan", &assign_plan,
         "`assign::plan` takes its request by value, so each call includes a copy of the decoded request."},
        {"assign.rank", &assign_rank, {}},
        {"core.operations", nullptr, listing_note},
        {"core.version", nullptr,
         "No typed function to time: the operation returns two constants (`tailor::version`, "
         "`tailor::contract_version`), so its whole cost is the JSON call."},
        {"feedback.apply", &feedback_apply, {}},
        {"loyalty.evaluate", &loyalty_evaluate, {}},
        {"maintenance.daily", &maintenance_daily, {}},
        {"notify.plan", &notify_plan, {}},
        {"order.transition", &order_transition, {}},
        {"order.transitions", &order_transitions, {}},
        {"payment.summarize", &payment_summarize, {}},
        {"pricing.quote", &pricing_quote, {}},
        {"rules.authorize", &rules_authorize, {}},
        {"rules.check", &rules_check, {}},
        {"rules.firestore", &generated_text<&rules::firestore_rules_text>, generator_note},
        {"rules.indexes", &generated_text<&rules::firestore_indexes_text>, generator_note},
        {"schedule.estimate", &schedule_estimate, {}},
        {"stats.delta", &stats_delta,
         "`aggregates::apply_event` alone: the operation also derives the utilization of each employee whose "
         "workload the event moves, in its handler."},
        {"stats.recompute", &stats_recompute, {}},
        {"sync.merge", &sync_merge, {}},
        {"sync.queue", &sync_queue, "`sync::plan_queue` then `sync::check_queue`, the two calls the operation makes."},
        {"time.zone_offset", &time_zone_offset, {}},
        {"time.zone_offsets", &time_zone_offsets,
         "`TimeZone::offset_at` once per instant, as the operation does (there is no batch function)."},
        {"time.zones", nullptr, listing_note},
        {"validate.config", &validate_config, validator_note},
        {"validate.customer", &validated_document<&documents::validate_customer>, validator_note},
        {"validate.employee", &validated_document<&documents::validate_employee>, validator_note},
        {"validate.notification", &validated_document<&documents::validate_notification>, validator_note},
        {"validate.order", &validated_document<&documents::validate_order>, validator_note},
        {"validate.payment", &validated_document<&documents::validate_payment>, validator_note},
        {"validate.service", &validated_document<&documents::validate_service>, validator_note},
        {"validate.user", &validated_document<&documents::validate_user>, validator_note},
    };
    std::sort(table.begin(), table.end(), [](const TypedOperation& a, const TypedOperation& b) { return a.op < b.op; });
    return table;
}

}  // namespace

const std::vector<TypedOperation>& typed_operations() {
    static const std::vector<TypedOperation> table = build_table();
    return table;
}

const TypedOperation* find_typed_operation(std::string_view op) {
    for (const TypedOperation& entry : typed_operations())
        if (entry.op == op) return &entry;
    return nullptr;
}

}  // namespace tailor::bench
