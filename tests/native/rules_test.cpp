// The rules domain: the generated Firestore files equal what is committed, the
// generated rules mirror every table entry, and the lookup budget holds.
#include "tailor/rules/authorize.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "tailor/rules/check.hpp"
#include "tailor/rules/firestore_rules.hpp"
#include "tailor/rules/indexes.hpp"
#include "tailor/rules/policy.hpp"

namespace {

std::string read_example(const std::string& name) {
    std::ifstream in(std::string(TAILOR_VECTORS_DIR) + "/../../examples/firestore/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

using namespace tailor::rules;

TEST_CASE("the committed firestore.rules is the generator's output", "[rules]") {
    CHECK(read_example("firestore.rules") == firestore_rules_text());
}

TEST_CASE("the committed firestore.indexes.json is the generator's output", "[rules]") {
    CHECK(read_example("firestore.indexes.json") == firestore_indexes_text());
}

TEST_CASE("every table entry appears once in the generated rules, and nothing allows unconditionally", "[rules]") {
    const std::string text = firestore_rules_text();
    std::set<std::string_view> ids;
    for (const auto& rule : policy_table()) {
        INFO(std::string(rule.id));
        CHECK(ids.insert(rule.id).second);  // ids are unique
        const std::string marker = "// " + std::string(rule.id) + ": ";
        const auto at = text.find(marker);
        REQUIRE(at != std::string::npos);
        CHECK(text.find(marker, at + 1) == std::string::npos);
        CHECK_FALSE(rule.conditions.empty());
    }
    CHECK(text.find("if true") == std::string::npos);
    CHECK(text.rfind("rules_version = '2';", 0) == 0);
}

TEST_CASE("every write entry requires a role or a signed-in owner check first", "[rules]") {
    for (const auto& rule : policy_table()) {
        INFO(std::string(rule.id));
        const auto first = rule.conditions.front().kind;
        CHECK((first == ConditionKind::role_in || first == ConditionKind::signed_in));
    }
}

TEST_CASE("the lookup budget counts distinct documents and stops at Firestore's limit", "[rules]") {
    LookupBudget budget;
    for (int i = 0; i < max_lookups; ++i) CHECK(budget.take("orders/o" + std::to_string(i)));
    CHECK(budget.used() == max_lookups);
    CHECK(budget.take("orders/o0"));  // cached: still 10
    CHECK_FALSE(budget.exhausted());
    CHECK_FALSE(budget.take("orders/o10"));  // the 11th distinct document
    CHECK(budget.exhausted());
    CHECK(budget.used() == max_lookups);
}

TEST_CASE("no claim and no users document: every role entry fails with one lookup", "[rules]") {
    AuthorizeRequest r;
    r.auth = Auth{"u1", nullptr};
    r.op = Operation::list;
    r.path = {"services"};
    const Decision d = authorize(r);
    CHECK_FALSE(d.allow);
    CHECK(d.rule == "default_deny");
    CHECK(d.lookups == 1);
}

TEST_CASE("every garment but other needs measurements", "[rules]") {
    for (const auto& g : tailor::documents::garment_names) {
        INFO(std::string(g.name));
        CHECK(required_measurements(g.value).empty() == (g.value == tailor::documents::Garment::other));
    }
}
