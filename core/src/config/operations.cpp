// validate.config: the operation over config::validate_config.
#include "tailor/api/domains.hpp"
#include "tailor/config/validate.hpp"

namespace tailor::config {
namespace {

namespace bj = boost::json;

api::Outcome validate_config_op(const bj::value& input) {
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
