// core.version and core.operations: what this build is and what it offers.
#include "tailor/api/domains.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/schedule/time_zone.hpp"
#include "tailor/version.hpp"

namespace tailor::api {
namespace {

namespace bj = boost::json;

/// Both operations take an empty object; anything else is reported, not ignored.
std::optional<Error> expect_empty_object(const bj::value& input) {
    json::Issues issues;
    json::ObjectReader r(input, "", issues);
    r.finish();
    if (issues.empty()) return std::nullopt;
    return issues.to_error("this operation takes an empty object {}");
}

Outcome version_op(const bj::value& input) {
    if (auto e = expect_empty_object(input)) return *e;
    bj::object out;
    out.emplace("version", tailor::version);
    out.emplace("contract", tailor::contract_version);
    out.emplace("tzdata", schedule::tz_release());  // the pinned IANA release of the zone table
    return bj::value(std::move(out));
}

Outcome operations_op(const bj::value& input) {
    if (auto e = expect_empty_object(input)) return *e;
    bj::array list;
    for (const Operation& op : operations()) {
        bj::object entry;
        entry.emplace("name", op.name);
        entry.emplace("summary", op.summary);
        list.emplace_back(std::move(entry));
    }
    bj::object out;
    out.emplace("operations", std::move(list));
    return bj::value(std::move(out));
}

}  // namespace

std::vector<Operation> core_operations() {
    return {
        {"core.operations", "Lists every operation with a one-line summary.", &operations_op},
        {"core.version", "Returns the library version, the JSON contract version and the pinned tzdata release.", &version_op},
    };
}

}  // namespace tailor::api
