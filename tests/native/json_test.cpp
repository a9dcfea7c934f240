// The JSON edge: strict parsing, the canonical writer, pointers, timestamps.
#include "tailor/json/parse.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "tailor/json/pointer.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/json/write.hpp"
#include "tailor/time/timestamp.hpp"

using namespace tailor;

namespace {
std::string parse_error_code(std::string_view text, const json::Limits& limits = {}) {
    auto r = json::parse(text, limits);
    return r ? std::string("ok") : r.error().code;
}
std::string first_path(std::string_view text) {
    auto r = json::parse(text);
    return r ? std::string("ok") : r.error().details.at(0).path;
}
}  // namespace

TEST_CASE("format_double matches ECMAScript Number::toString", "[json]") {
    CHECK(json::format_double(0.0) == "0");
    CHECK(json::format_double(-0.0) == "0");
    CHECK(json::format_double(1.5) == "1.5");
    CHECK(json::format_double(-2.25) == "-2.25");
    CHECK(json::format_double(100.0) == "100");
    CHECK(json::format_double(19.99) == "19.99");
    CHECK(json::format_double(0.1 + 0.2) == "0.30000000000000004");
    CHECK(json::format_double(1e21) == "1e+21");
    CHECK(json::format_double(1e20) == "100000000000000000000");
    CHECK(json::format_double(123456789012345680000.0) == "123456789012345680000");
    CHECK(json::format_double(0.000001) == "0.000001");
    CHECK(json::format_double(0.0000001) == "1e-7");
    CHECK(json::format_double(1.2345e-7) == "1.2345e-7");
    CHECK(json::format_double(5e-324) == "5e-324");
    CHECK(json::format_double(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(json::format_double(std::numeric_limits<double>::quiet_NaN()) == "null");
}

TEST_CASE("write escapes strings like JSON.stringify and keeps key order", "[json]") {
    auto v = json::parse(R"({"b":"a\"\\\n\t\u0001\u001f é €","a":[1,2.5,true,null,{}],"c":[]})");
    REQUIRE(v);
    CHECK(json::write(v.value()) ==
          "{\"b\":\"a\\\"\\\\\\n\\t\\u0001\\u001f é €\",\"a\":[1,2.5,true,null,{}],\"c\":[]}");
    CHECK(json::write_pretty(v.value()) ==
          "{\n  \"b\": \"a\\\"\\\\\\n\\t\\u0001\\u001f é €\",\n  \"a\": [\n    1,\n    2.5,\n    true,\n"
          "    null,\n    {}\n  ],\n  \"c\": []\n}");
}

TEST_CASE("parse rejects what JSON.parse would silently change", "[json]") {
    CHECK(parse_error_code(R"({"a":1,"a":2})") == "duplicate_key");
    CHECK(first_path(R"({"x":{"a~/b":1,"a~/b":2}})") == "/x/a~0~1b");
    CHECK(parse_error_code("9007199254740991") == "ok");
    CHECK(parse_error_code("-9007199254740991") == "ok");
    CHECK(parse_error_code("9007199254740992") == "number_out_of_range");
    CHECK(parse_error_code("18446744073709551616") == "number_out_of_range");
    CHECK(first_path(R"({"a":[0,{"b":-9007199254740992}]})") == "/a/1/b");
    CHECK(parse_error_code("1e400") == "number_out_of_range");
    CHECK(parse_error_code("[NaN]") == "invalid_json");
    CHECK(parse_error_code("[Infinity]") == "invalid_json");
}

TEST_CASE("parse reports malformed text, bad UTF-8 and limits with codes", "[json]") {
    CHECK(parse_error_code("") == "invalid_json");
    CHECK(parse_error_code("   ") == "invalid_json");
    CHECK(parse_error_code("{") == "invalid_json");
    CHECK(parse_error_code("{} {}") == "invalid_json");
    CHECK(parse_error_code("[1,]") == "invalid_json");
    CHECK(parse_error_code("\"\xff\"") == "invalid_utf8");
    CHECK(parse_error_code("\"\xc0\xaf\"") == "invalid_utf8");       // overlong '/'
    CHECK(parse_error_code("\"\xed\xa0\x80\"") == "invalid_utf8");   // encoded surrogate
    CHECK(parse_error_code(R"("\ud800")") == "invalid_utf8");          // unpaired escape
    CHECK(parse_error_code(R"("\ud83d\ude00")") == "ok");              // paired escape
    json::Limits small;
    small.max_input_bytes = 10;
    CHECK(parse_error_code("[1,2,3,4,5,6]", small) == "input_too_large");
    small = {};
    small.max_string_bytes = 4;
    CHECK(parse_error_code(R"(["abcde"])", small) == "input_too_large");
    std::string deep(64, '[');
    deep += std::string(64, ']');
    CHECK(parse_error_code(deep) == "ok");
    std::string deeper(65, '[');
    deeper += std::string(65, ']');
    CHECK(parse_error_code(deeper) == "too_deep");
    // Far beyond the limit still fails fast with an envelope, never a stack overflow.
    CHECK(parse_error_code(std::string(1000000, '[')) == "too_deep");
}

TEST_CASE("JSON pointers escape ~ and /", "[json]") {
    CHECK(json::pointer_append("", "a") == "/a");
    CHECK(json::pointer_append("/x", "a/b~c") == "/x/a~1b~0c");
    CHECK(json::pointer_append("/items", std::size_t{3}) == "/items/3");
}

TEST_CASE("timestamps accept three shapes and print one canonical form", "[time]") {
    auto t = parse_rfc3339("2026-03-01T09:30:00Z");
    REQUIRE(t);
    CHECK(t->seconds == 1772357400);
    CHECK(format_rfc3339(*t) == "2026-03-01T09:30:00Z");
    CHECK(format_rfc3339(*parse_rfc3339("2026-03-01T15:00:00.25+05:30")) == "2026-03-01T09:30:00.250Z");
    CHECK(format_rfc3339(*parse_rfc3339("2026-03-01T09:30:00.000001Z")) == "2026-03-01T09:30:00.000001Z");
    CHECK(format_rfc3339(*parse_rfc3339("2026-03-01T09:30:00.123456789Z")) == "2026-03-01T09:30:00.123456789Z");
    CHECK(format_rfc3339(*parse_rfc3339("0001-01-01T00:00:00Z")) == "0001-01-01T00:00:00Z");
    CHECK(format_rfc3339(*parse_rfc3339("1969-12-31T23:59:59.5Z")) == "1969-12-31T23:59:59.500Z");
    CHECK_FALSE(parse_rfc3339("2026-02-29T00:00:00Z"));  // not a leap year
    CHECK(parse_rfc3339("2028-02-29T00:00:00Z"));
    CHECK_FALSE(parse_rfc3339("2026-03-01T24:00:00Z"));
    CHECK_FALSE(parse_rfc3339("2026-03-01T09:30:60Z"));
    CHECK_FALSE(parse_rfc3339("2026-03-01 09:30:00Z"));
    CHECK_FALSE(parse_rfc3339("2026-03-01T09:30:00"));
    CHECK_FALSE(parse_rfc3339("2026-03-01T09:30:00.Z"));
    CHECK_FALSE(parse_rfc3339("2026-03-01T09:30:00.1234567890Z"));
    CHECK_FALSE(parse_rfc3339("0000-12-31T23:59:59Z"));

    json::Issues issues;
    auto a = json::read_timestamp(json::parse(R"({"seconds":1772357400,"nanoseconds":5000000})").value(), "/t", issues);
    auto b = json::read_timestamp(json::parse(R"({"_seconds":1772357400,"_nanoseconds":5000000})").value(), "/t", issues);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(format_rfc3339(*a) == "2026-03-01T09:30:00.005Z");
    CHECK(issues.empty());
    CHECK_FALSE(json::read_timestamp(json::parse(R"({"seconds":1,"_seconds":1})").value(), "/t", issues));
    CHECK_FALSE(json::read_timestamp(json::parse(R"({"seconds":1,"nanoseconds":1000000000})").value(), "/t", issues));
    REQUIRE(issues.size() == 2);
    CHECK(issues.items()[1].path == "/t/nanoseconds");
}

TEST_CASE("ObjectReader records every problem with its path", "[json]") {
    auto v = json::parse(R"({"name":"","qty":2.5,"kind":"x","extra":1,"when":null,"tags":[1,2,3]})");
    REQUIRE(v);
    json::Issues issues;
    json::ObjectReader r(v.value(), "/doc", issues);
    enum class Kind { a, b };
    static constexpr json::EnumName<Kind> kinds[] = {{"a", Kind::a}, {"b", Kind::b}};
    CHECK_FALSE(r.string("name", json::Presence::required, {1, 10}));
    CHECK_FALSE(r.integer("qty", json::Presence::required, 1, 10));
    CHECK_FALSE(r.enumeration("kind", json::Presence::required, kinds));
    CHECK_FALSE(r.timestamp("when", json::Presence::optional));  // null = absent
    CHECK_FALSE(r.string("missing", json::Presence::required));
    CHECK(r.array("tags", json::Presence::required, 2) == nullptr);
    r.finish();
    std::vector<std::string> got;
    for (const auto& i : issues.items()) got.push_back(i.path + " " + i.code);
    CHECK(got == std::vector<std::string>{"/doc/name too_short", "/doc/qty not_integer",
                                          "/doc/kind invalid_enum", "/doc/missing required",
                                          "/doc/tags too_many", "/doc/extra unknown_field"});
}
