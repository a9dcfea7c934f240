// Codecs of the stored documents: typed decoding, canonical re-encoding,
// idempotent normalization, strict vs lenient unknown-field handling.
#include "tailor/documents/order.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "tailor/api/call.hpp"
#include "tailor/documents/customer.hpp"
#include "tailor/documents/employee.hpp"
#include "tailor/documents/notification.hpp"
#include "tailor/documents/payment.hpp"
#include "tailor/documents/service.hpp"
#include "tailor/documents/user.hpp"
#include "tailor/json/parse.hpp"
#include "tailor/json/write.hpp"
#include "vector_file.hpp"
#include "property.hpp"

using namespace tailor;
using namespace tailor::documents;
namespace fs = std::filesystem;
namespace bj = boost::json;

namespace {

const fs::path samples = fs::path(TAILOR_VECTORS_DIR) / ".." / ".." / "examples" / "samples";

bj::value load(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto v = json::parse(text.str());
    REQUIRE(v.ok());
    return v.value();
}

bj::value sample(const char* collection) {
    for (const auto& e : fs::directory_iterator(samples / collection)) return load(e.path());
    FAIL("no sample in " << collection);
    return {};
}

using Validate = ValidationReport (*)(const bj::value&);
struct Collection {
    const char* folder;
    const char* op;
    Validate validate;
};
const Collection collections[] = {
    {"users", "validate.user", validate_user},
    {"customers", "validate.customer", validate_customer},
    {"orders", "validate.order", validate_order},
    {"services", "validate.service", validate_service},
    {"employees", "validate.employee", validate_employee},
    {"notifications", "validate.notification", validate_notification},
    {"payments", "validate.payment", validate_payment},
};

std::uint64_t seed() {
    return tailor::test::property_seed("documents property tests", 20260301ULL);
}

}  // namespace

TEST_CASE("every sample validates and its canonical form normalizes to identical bytes", "[documents]") {
    for (const auto& c : collections) {
        INFO(c.folder);
        const ValidationReport first = c.validate(sample(c.folder));
        REQUIRE(first.valid());
        REQUIRE(first.document);
        const std::string once = json::write(*first.document);
        const ValidationReport second = c.validate(*first.document);
        REQUIRE(second.valid());
        CHECK(json::write(*second.document) == once);
        // Through the text API as well: parse the canonical text again.
        auto reparsed = json::parse(once);
        REQUIRE(reparsed.ok());
        CHECK(json::write(*c.validate(reparsed.value()).document) == once);
    }
}

TEST_CASE("every valid validate.* vector's document is a fixed point of normalization", "[documents][vectors]") {
    std::size_t checked = 0;
    for (const auto& file : test::vector_files(TAILOR_VECTORS_DIR)) {
        const std::string folder = file.parent_path().filename().string();
        if (folder.rfind("validate.", 0) != 0 || folder == "validate.config") continue;  // documents only
        const auto v = test::load_vector(file);
        auto expect = json::parse(v.expect_text);
        REQUIRE(expect.ok());
        const auto& e = expect.value().as_object();
        if (!e.at("ok").as_bool() || !e.at("result").as_object().at("valid").as_bool()) continue;
        INFO(file.string());
        const bj::value& document = e.at("result").as_object().at("document");
        const std::string text = json::write(document);
        const std::string again = api::call(v.op, text);
        auto out = json::parse(again);
        REQUIRE(out.ok());
        CHECK(json::write(out.value().as_object().at("result").as_object().at("document")) == text);
        ++checked;
    }
    CHECK(checked >= 30);
}

TEST_CASE("the typed order API exposes exact amounts and the discount arithmetic", "[documents]") {
    auto order = decode_order(sample("orders"));
    REQUIRE(order.ok());
    const Order& o = order.value();
    CHECK(o.pricing.currency.code() == "INR");
    CHECK(o.pricing.subtotal.minor() == 395000);
    CHECK(o.pricing.total_amount.minor() == 368025);
    CHECK(o.pricing.remaining_amount.minor() == 218025);
    CHECK(o.service_items.size() == 2);
    CHECK(o.measurements.unit == LengthUnit::in);
    // item-1: (1200.00 + 150.00) × 2; item-2 has no price in the order; item-3 is custom.
    CHECK(line_minor_units(o, "item-1") == 270000);
    CHECK_FALSE(line_minor_units(o, "item-2"));
    CHECK(line_minor_units(o, "item-3") == 35000);
    CHECK(discount_minor_units(o.pricing.discounts[0], o) == 39500);  // 10 % of 3950.00
    CHECK(discount_minor_units(o.pricing.discounts[1], o) == 5000);
    // Encoding the typed value gives the canonical document validate.order returns.
    CHECK(json::write(encode_order(o)) == json::write(*validate_order(sample("orders")).document));
}

TEST_CASE("percent discounts round half away from zero on the minor unit", "[documents]") {
    Order o;
    Discount d;
    d.type = DiscountType::percent;
    d.scope = DiscountScope::order;
    const auto inr = default_currency();
    auto with = [&](std::int64_t subtotal, std::int64_t bps) {
        o.pricing.subtotal = *money::Money::of_minor(subtotal, inr);
        d.value_bps = bps;
        return *discount_minor_units(d, o);
    };
    CHECK(with(100005, 5000) == 50003);  // 500.025 → 500.03
    CHECK(with(100004, 5000) == 50002);  // 500.02 exactly
    CHECK(with(99, 5000) == 50);         // 0.495 → 0.50
    CHECK(with(98, 5000) == 49);
    CHECK(with(1, 1) == 0);              // 0.0001 paise → 0
    CHECK(with(5000, 1) == 1);           // 0.5 paise → 1
    // Large bases cannot overflow: (2^53 − 1) × 100 %.
    CHECK(with(9007199254740991, 10000) == 9007199254740991);
}

TEST_CASE("lenient decoding ignores unknown fields: strict decoding reports them", "[documents]") {
    bj::value doc = sample("orders");
    doc.as_object()["firestoreOnlyField"] = 1;
    doc.as_object()["pricing"].as_object()["note"] = "x";
    CHECK(decode_order(doc).ok());
    auto strict = decode_order(doc, Strictness::strict);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().code == "invalid_input");
    REQUIRE(strict.error().details.size() == 2);
    CHECK(strict.error().details[0].path == "/pricing/note");
    CHECK(strict.error().details[1].path == "/firestoreOnlyField");
    // Other domains embed documents at a path; issues are located under it.
    json::Issues issues;
    bj::value bad = sample("payments");
    bad.as_object()["amount"] = 0;
    CHECK_FALSE(read_payment(bad, "/payment", issues, Strictness::lenient));
    REQUIRE(issues.size() == 1);
    CHECK(issues.items()[0].path == "/payment/amount");
}

TEST_CASE("every typed decoder accepts its sample", "[documents]") {
    CHECK(decode_user(sample("users")).ok());
    CHECK(decode_customer(sample("customers")).ok());
    CHECK(decode_service(sample("services")).ok());
    CHECK(decode_employee(sample("employees")).ok());
    CHECK(decode_notification(sample("notifications")).ok());
    auto p = decode_payment(sample("payments"));
    REQUIRE(p.ok());
    CHECK(p.value().amount.minor() == 150000);
    auto e = decode_employee(sample("employees"));
    REQUIRE(e.ok());
    REQUIRE(e.value().schedule.working_hours.size() == 7);
    CHECK(e.value().schedule.working_hours[0].start_minute == 600);
    CHECK(e.value().schedule.working_hours[3].off);
}

TEST_CASE("random damage to a valid order never crashes and is judged the same way twice", "[documents][property]") {
    std::mt19937_64 rng(seed());
    const bj::value original = sample("orders");
    const bj::value replacements[] = {nullptr, bj::value(-1), bj::value("x"), bj::value(true), bj::array(),
                                      bj::object(), bj::value(1.5)};
    for (int round = 0; round < tailor::test::property_cases(300); ++round) {
        bj::value doc = original;
        // Walk to a random node and replace it.
        bj::value* node = &doc;
        for (int depth = 0; depth < 4; ++depth) {
            if (node->is_object() && !node->as_object().empty()) {
                auto& o = node->as_object();
                auto it = o.begin() + static_cast<std::ptrdiff_t>(rng() % o.size());
                node = &it->value();
            } else if (node->is_array() && !node->as_array().empty()) {
                auto& a = node->as_array();
                node = &a[rng() % a.size()];
            } else {
                break;
            }
            if (rng() % 3 == 0) break;
        }
        *node = replacements[rng() % (sizeof replacements / sizeof replacements[0])];
        const ValidationReport a = validate_order(doc);
        const ValidationReport b = validate_order(doc);
        CHECK(json::write(a.to_json()) == json::write(b.to_json()));
        CHECK(a.valid() == static_cast<bool>(a.document));
    }
}
