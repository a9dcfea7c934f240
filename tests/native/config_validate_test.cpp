// validate.config: defaults, paths of issues, and the effective config being a
// fixed point (validating it again returns it unchanged).
#include "tailor/config/validate.hpp"

#include <catch2/catch.hpp>

#include <utility>

#include "tailor/config/sections.hpp"
#include "tailor/config/shop_config.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"

using namespace tailor;

namespace {
boost::json::value parse(const char* text) { return json::parse(text).value(); }
}  // namespace

TEST_CASE("the effective config is a fixed point of validate.config", "[config]") {
    const char* configs[] = {
        "{}",
        R"({"currency":"KWD","pricing":{"rounding":"half_even","taxes":[{"name":"GST","rateBps":500,
            "split":{"components":[{"name":"CGST","rateBps":250},{"name":"SGST","rateBps":250}],"remainderTo":"CGST"}}]}})",
        R"({"loyalty":{"qualifyBy":"spend","tiers":[{"tier":"bronze"},{"tier":"silver","minSpend":10},
            {"tier":"gold","minSpend":20},{"tier":"platinum","minSpend":30}]},"payments":{"advance":{"combine":"higher"}}})",
    };
    for (const char* text : configs) {
        INFO(text);
        const auto first = config::validate_config(parse(text));
        REQUIRE(first.valid);
        const auto second = config::validate_config(*first.effective);
        REQUIRE(second.valid);
        CHECK(json::write(*second.effective) == json::write(*first.effective));
    }
}

TEST_CASE("every section in the table is listed in the effective config, in table order", "[config]") {
    const auto v = config::validate_config(parse("{}"));
    REQUIRE(v.valid);
    const auto& o = v.effective->as_object();
    auto it = o.begin();
    CHECK(it++->key() == "version");
    CHECK(it++->key() == "currency");
    CHECK(it++->key() == "timezone");
    for (const auto& section : config::section_readers()) CHECK(it++->key() == section.name);
    CHECK(it == o.end());
}

TEST_CASE("operations read their sections and ignore other domains' sections", "[config]") {
    json::Issues issues;
    const auto cfg = config::read_shop_config(parse(R"({"currency":"JPY","lifecycle":{"anything":1}})"), "/config", issues);
    CHECK(issues.empty());
    CHECK(cfg.root.currency.code() == "JPY");
    const auto strict = config::validate_config(parse(R"({"lifecycle":{"anything":1}})"));
    CHECK_FALSE(strict.valid);
}

TEST_CASE("the root timezone is checked against the shared zone table", "[config]") {
    // Zones with daylight-saving time are as valid as fixed-offset ones; the
    // table (schedule/time_zone.hpp) decides for every operation alike.
    for (const char* ok : {R"({"timezone":"Europe/London"})", R"({"timezone":"America/New_York"})",
                           R"({"timezone":"UTC"})", R"({"timezone":"Asia/Calcutta"})"}) {
        INFO(ok);
        CHECK(config::validate_config(parse(ok)).valid);
    }
    for (const char* bad : {R"({"timezone":"Mars/Olympus"})", R"({"timezone":"Asia Kolkata"})",
                            R"({"timezone":"asia/kolkata"})"}) {
        INFO(bad);
        const auto v = config::validate_config(parse(bad));
        REQUIRE(v.issues.size() == 1);
        CHECK(v.issues[0].path == "/timezone");
        CHECK(v.issues[0].code == "unknown_zone");
    }
}

TEST_CASE("an invalid field in any section is reported at its path", "[config]") {
    // One row per section of section_readers(): validate.config reaches every domain's reader.
    const std::pair<const char*, const char*> cases[] = {
        {R"({"lifecycle":{"requireAdvanceBeforeProduction":"yes"}})", "/lifecycle/requireAdvanceBeforeProduction"},
        {R"({"calendar":{"dailyCapacityMinutes":0}})", "/calendar/dailyCapacityMinutes"},
        {R"({"notifications":{"expiryDays":366}})", "/notifications/expiryDays"},
        {R"({"maintenance":{"autoCancelPendingDays":-1}})", "/maintenance/autoCancelPendingDays"},
        {R"({"assignment":{"horizonDays":0}})", "/assignment/horizonDays"},
        {R"({"rules":{"urgentServices":[7]}})", "/rules/urgentServices/0"},
        {R"({"retention":{"archiveAfterDays":0}})", "/retention/archiveAfterDays"},
    };
    for (const auto& [text, path] : cases) {
        INFO(text);
        const auto v = config::validate_config(parse(text));
        REQUIRE(v.issues.size() == 1);
        CHECK(v.issues[0].path == path);
    }
}
