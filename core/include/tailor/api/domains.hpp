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
}  // namespace tailor::api

namespace tailor::lifecycle {
std::vector<api::Operation> operations();  // order.transition(s), schedule.*, time.*, notify.*, maintenance.*
}  // namespace tailor::lifecycle
