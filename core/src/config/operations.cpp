// validate.config: the operation over config::validate_config.
#include "tailor/api/domains.hpp"
#include "tailor/config/validate.hpp"
#include "tailor/json/reader.hpp"

namespace tailor::config {
namespace {

namespace bj = boost::json;

api::Outcome validate_config_op(const bj::value& input) {
    // As for validate.<document>: a value that is not an object is not a
    // configuration at all, so it is a wrong input (error envelope), while an
    // object with wrong sections is an invalid configuration (ok, valid:false).
    if (!input.is_object()) {
        json::Issues issues;
        issues.add("", issue_code::type_mismatch,
                   "must be an object (the configuration), not " + std::string(json::kind_name(input)));
        return issues.to_error("the input must be the configuration itself, a JSON object");
    }
    const ConfigValidation v = validate_config(input);
    bj::object out;
    out.emplace("valid", v.valid);
    bj::array issues;
    for (const auto& i : v.issues)
        issues.emplace_back(bj::object{{"path", i.path}, {"code", i.code}, {"message", i.message}});
    out.emplace("issues", std::move(issues));
    if (v.effective) out.emplace("config", *v.effective);
    return bj::value(std::move(out));
}

}  // namespace

std::vector<api::Operation> operations() {
    return {{"validate.config",
             "Checks a shop configuration (every section known to this build) and returns it with all defaults filled in.",
             &validate_config_op}};
}

}  // namespace tailor::config
