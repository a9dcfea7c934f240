// validate.config: defaults, paths of issues, and the effective config being a
// fixed point (validating it again returns it unchanged).
#include "tailor/config/validate.hpp"

#include <catch2/catch.hpp>

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

TEST_CASE("time zone names are checked for form", "[config]") {
    CHECK(config::is_timezone_name("Asia/Kolkata"));
    CHECK(config::is_timezone_name("America/Argentina/Buenos_Aires"));
    CHECK(config::is_timezone_name("Etc/GMT+5"));
    CHECK_FALSE(config::is_timezone_name(""));
    CHECK_FALSE(config::is_timezone_name("Asia//Kolkata"));
    CHECK_FALSE(config::is_timezone_name("/UTC"));
    CHECK_FALSE(config::is_timezone_name("Asia Kolkata"));
}
