#include "tailor/config/sections.hpp"

#include "tailor/loyalty/config.hpp"
#include "tailor/payments/config.hpp"
#include "tailor/pricing/config.hpp"

namespace tailor::config {
namespace {

namespace bj = boost::json;

bj::value pricing_section(const bj::value* s, const std::string& path, json::Issues& issues) {
    return pricing::pricing_config_to_json(pricing::read_pricing_config(s, path, issues));
}
bj::value loyalty_section(const bj::value* s, const std::string& path, json::Issues& issues) {
    return loyalty::loyalty_config_to_json(loyalty::read_loyalty_config(s, path, issues));
}
bj::value payments_section(const bj::value* s, const std::string& path, json::Issues& issues) {
    return payments::payments_config_to_json(payments::read_payments_config(s, path, issues));
}

}  // namespace

const std::vector<SectionReader>& section_readers() {
    // One row per section; other domains add theirs here when their branches merge
    // (lifecycle, calendar, notifications, maintenance, assignment, rules, retention).
    static const std::vector<SectionReader> table = {
        {"pricing", &pricing_section},
        {"loyalty", &loyalty_section},
        {"payments", &payments_section},
    };
    return table;
}

}  // namespace tailor::config
