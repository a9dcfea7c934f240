#include "tailor/money/money.hpp"

#include <catch2/catch.hpp>

#include "tailor/json/parse.hpp"
#include "tailor/money/decimal.hpp"

using namespace tailor;
using namespace tailor::money;

TEST_CASE("currencies know their exponents", "[money]") {
    CHECK(Currency::from_code("INR")->exponent() == 2);
    CHECK(Currency::from_code("JPY")->exponent() == 0);
    CHECK(Currency::from_code("KWD")->exponent() == 3);
    CHECK(Currency::from_code("KWD")->minor_per_major() == 1000);
    CHECK_FALSE(Currency::from_code("inr"));
    CHECK_FALSE(Currency::from_code("XXX"));
    CHECK_FALSE(Currency::from_code("US"));
}

TEST_CASE("decimals parse exactly into minor units", "[money]") {
    CHECK(parse_decimal("19.99", 2) == 1999);
    CHECK(parse_decimal("19.9", 2) == 1990);
    CHECK(parse_decimal("19", 2) == 1900);
    CHECK(parse_decimal("-0.05", 2) == -5);
    CHECK(parse_decimal("12.500", 2) == 1250);
    CHECK(parse_decimal("1.234", 3) == 1234);
    CHECK(parse_decimal("1500", 0) == 1500);
    DecimalError why{};
    CHECK_FALSE(parse_decimal("19.999", 2, &why));
    CHECK(why == DecimalError::too_many_decimals);
    CHECK_FALSE(parse_decimal("0.5", 0, &why));
    CHECK(why == DecimalError::too_many_decimals);
    for (const char* bad : {"", "-", ".5", "5.", "1e3", "+1", " 1", "1,5", "0x10", "--1"}) {
        CHECK_FALSE(parse_decimal(bad, 2, &why));
        CHECK(why == DecimalError::not_a_number);
    }
    CHECK(parse_decimal("90071992547409.91", 2) == 9007199254740991);
    CHECK_FALSE(parse_decimal("90071992547409.92", 2, &why));
    CHECK(why == DecimalError::out_of_range);
}

TEST_CASE("JSON numbers convert through their shortest decimal, never float math", "[money]") {
    auto inr = *Currency::from_code("INR");
    auto read = [&](const char* json_text) -> std::optional<std::int64_t> {
        json::Issues issues;
        auto m = read_amount(json::parse(json_text).value(), "/a", issues, inr);
        return m ? std::optional<std::int64_t>(m->minor()) : std::nullopt;
    };
    CHECK(read("19.99") == 1999);
    CHECK(read("0.1") == 10);
    CHECK(read("0.29") == 29);      // 0.29 * 100 = 28.999999999999996 in doubles
    CHECK(read("1.005") == std::nullopt);
    CHECK(read("1e2") == 10000);
    CHECK(read("\"4.35\"") == 435);
    CHECK(read("true") == std::nullopt);
    CHECK(number_to_plain_decimal(json::parse("1e21").value()) == "1000000000000000000000");
    CHECK(number_to_plain_decimal(json::parse("1.5e-7").value()) == "0.00000015");
    CHECK(number_to_plain_decimal(json::parse("-2.5e3").value()) == "-2500");
}

TEST_CASE("money arithmetic is checked, never wraps", "[money]") {
    auto usd = *Currency::from_code("USD");
    auto eur = *Currency::from_code("EUR");
    auto a = *Money::of_minor(1999, usd);
    CHECK(a.plus(*Money::of_minor(1, usd))->minor() == 2000);
    CHECK_FALSE(a.plus(*Money::of_minor(1, eur)));
    CHECK(a.times(3)->minor() == 5997);
    CHECK(a.to_decimal_string() == "19.99");
    CHECK(Money::of_minor(-5, usd)->to_decimal_string() == "-0.05");
    CHECK(Money::of_minor(1500, *Currency::from_code("JPY"))->to_decimal_string() == "1500");
    CHECK(Money::of_minor(7, *Currency::from_code("KWD"))->to_decimal_string() == "0.007");
    auto big = *Money::of_minor(max_minor_units, usd);
    CHECK_FALSE(big.plus(*Money::of_minor(1, usd)));
    CHECK_FALSE(big.times(2));
    CHECK_FALSE(Money::of_minor(max_minor_units + 1, usd));
    CHECK_FALSE(checked_mul(INT64_MAX, INT64_MAX));
    CHECK(checked_mul(-3, 4) == -12);
}
