// tailor/api/domains.hpp — each domain's contribution to the operation table.
//
// A domain lists its operations in one function, defined in
// core/src/<domain>/operations.cpp. Adding a domain = one declaration here and
// one line in core/src/api/operation_table.cpp.
#pragma once

#include <vector>

#include "tailor/api/operation.hpp"

namespace tailor::api {
std::vector<Operation> core_operations();        // core.version, core.operations
std::vector<Operation> aggregates_operations();  // feedback.apply, stats.delta, analytics.summarize, archive.plan
}  // namespace tailor::api

namespace tailor::rules {
std::vector<api::Operation> operations();  // rules.authorize, rules.check, rules.firestore, rules.indexes
}  // namespace tailor::rules
namespace tailor::sync {
std::vector<api::Operation> operations();  // sync.merge, sync.queue
}  // namespace tailor::sync
namespace tailor::documents {
std::vector<api::Operation> operations();  // validate.user … validate.payment
}  // namespace tailor::documents
namespace tailor::config { std::vector<api::Operation> operations(); }    // validate.config
namespace tailor::pricing { std::vector<api::Operation> operations(); }   // pricing.quote
namespace tailor::payments { std::vector<api::Operation> operations(); }  // payment.summarize
namespace tailor::loyalty { std::vector<api::Operation> operations(); }   // loyalty.evaluate
namespace tailor::assign {
std::vector<api::Operation> operations();       // assign.rank, assign.plan
}  // namespace tailor::assign
namespace tailor::lifecycle {
std::vector<api::Operation> operations();  // order.transition(s), schedule.*, time.*, notify.*, maintenance.*
}  // namespace tailor::lifecycle
