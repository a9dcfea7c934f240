// Format predicates and measurement units (docs/schema.md "Formats", "Measurements").
#include "tailor/documents/common.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>

#include "tailor/documents/measurements.hpp"
#include "tailor/documents/order.hpp"
#include "property.hpp"

using namespace tailor;
using namespace tailor::documents;

TEST_CASE("e-mail addresses: the pragmatic RFC 5321 subset", "[documents]") {
    CHECK(is_email("priya.sharma@example.in"));
    CHECK(is_email("a+tag@sub.example.co.in"));
    CHECK(is_email("o'neil@example.com"));
    CHECK_FALSE(is_email("priya.sharma@"));
    CHECK_FALSE(is_email("@example.in"));
    CHECK_FALSE(is_email("priya@@example.in"));
    CHECK_FALSE(is_email("priya@localhost"));          // one label
    CHECK_FALSE(is_email("priya@example.1n"));         // numeric TLD
    CHECK_FALSE(is_email(".priya@example.in"));
    CHECK_FALSE(is_email("pri..ya@example.in"));
    CHECK_FALSE(is_email("priya@-example.in"));
    CHECK_FALSE(is_email("pri ya@example.in"));
    CHECK_FALSE(is_email(std::string(65, 'a') + "@example.in"));  // local part > 64
    CHECK(is_email(std::string(64, 'a') + "@example.in"));
}

TEST_CASE("phone numbers are E.164", "[documents]") {
    CHECK(is_e164_phone("+919876543210"));
    CHECK(is_e164_phone("+12025550123"));
    CHECK(is_e164_phone("+12345678"));            // 8 digits
    CHECK(is_e164_phone("+123456789012345"));     // 15 digits
    CHECK_FALSE(is_e164_phone("+1234567"));       // 7 digits
    CHECK_FALSE(is_e164_phone("+1234567890123456"));
    CHECK_FALSE(is_e164_phone("9876543210"));
    CHECK_FALSE(is_e164_phone("+0919876543210"));
    CHECK_FALSE(is_e164_phone("+91 98765 43210"));
}

TEST_CASE("countries are the 249 assigned ISO 3166-1 alpha-2 codes", "[documents]") {
    int count = 0;
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b)
            if (is_country_code(std::string{a, b})) ++count;
    CHECK(count == 249);
    CHECK(is_country_code("IN"));
    CHECK(is_country_code("GB"));
    CHECK_FALSE(is_country_code("UK"));  // reserved, not assigned
    CHECK_FALSE(is_country_code("XK"));  // user-assigned
    CHECK_FALSE(is_country_code("in"));
    CHECK_FALSE(is_country_code("IND"));
}

TEST_CASE("ISO dates know month lengths and leap years", "[documents]") {
    CHECK(is_iso_date("2026-03-14"));
    CHECK(is_iso_date("2024-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));
    CHECK_FALSE(is_iso_date("2026-02-29"));
    CHECK_FALSE(is_iso_date("2026-04-31"));
    CHECK_FALSE(is_iso_date("2026-13-01"));
    CHECK_FALSE(is_iso_date("0000-01-01"));
    CHECK_FALSE(is_iso_date("2026-3-14"));
}

TEST_CASE("document ids", "[documents]") {
    CHECK(is_document_id("ord_2026_0001"));
    CHECK_FALSE(is_document_id(""));
    CHECK_FALSE(is_document_id("a/b"));
    CHECK_FALSE(is_document_id(".."));
}

TEST_CASE("both units convert exactly to tenths of a micrometre", "[documents]") {
    CHECK(to_tenth_micrometres(Length{1000}, LengthUnit::in) == 254000);  // 1 in = 25.4 mm
    CHECK(to_tenth_micrometres(Length{1000}, LengthUnit::cm) == 100000);  // 1 cm = 10 mm
    CHECK(to_tenth_micrometres(Length{11000}, LengthUnit::in) == to_tenth_micrometres(Length{27940}, LengthUnit::cm));
}

TEST_CASE("plausibility gives the same answer in inches and centimetres", "[documents][property]") {
    const std::uint64_t seed = tailor::test::property_seed("measurement unit property", 7ULL);
    std::mt19937_64 rng(seed);
    const auto fields = garment_fields(Garment::shirt);
    for (int i = 0; i < tailor::test::property_cases(2000); ++i) {
        const auto& f = fields[rng() % fields.size()];
        // A multiple of 0.05 in converts to a cm value with ≤ 3 decimals: 0.05 in = 0.127 cm.
        const std::int64_t thou_in = static_cast<std::int64_t>(rng() % 1400 + 1) * 50;
        const std::int64_t thou_cm = thou_in * 254 / 100;
        auto doc = [&](const char* unit, std::int64_t thousandths) {
            boost::json::object shirt;
            shirt[f.field] = static_cast<double>(thousandths) / 1000.0;
            boost::json::object garments;
            garments["shirt"] = shirt;
            boost::json::object m;
            m["unit"] = unit;
            m["garments"] = garments;
            return m;
        };
        json::Issues in_issues, cm_issues;
        boost::json::object parent_in{{"measurements", doc("in", thou_in)}};
        boost::json::object parent_cm{{"measurements", doc("cm", thou_cm)}};
        // Judge through the order codec's measurement reader via a whole-order read:
        // only the measurements part matters, so compare its issues.
        auto issues_for = [](const boost::json::object& parent) {
            json::Issues issues;
            read_order(boost::json::value(parent), "", issues, Strictness::lenient);
            std::string codes;
            for (const auto& i : issues.items())
                if (i.path.rfind("/measurements", 0) == 0) codes += i.code + ";";
            return codes;
        };
        const bool expected_ok = thou_in >= f.min_thousandth_in && thou_in <= f.max_thousandth_in;
        INFO(f.field << " " << thou_in << " thousandths of an inch");
        CHECK(issues_for(parent_in) == (expected_ok ? "" : "implausible_measurement;"));
        CHECK(issues_for(parent_cm) == issues_for(parent_in));
    }
}
