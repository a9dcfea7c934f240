// The operation lists of the lifecycle domain's parts; lifecycle::operations()
// (core/src/lifecycle/operations.cpp) concatenates them for the operation table.
#pragma once

#include <vector>

#include "tailor/api/operation.hpp"

namespace tailor::schedule {
std::vector<api::Operation> schedule_operations();  // schedule.estimate, time.*
}
namespace tailor::notify {
std::vector<api::Operation> notify_operations();  // notify.plan
}
namespace tailor::maintenance {
std::vector<api::Operation> maintenance_operations();  // maintenance.daily
}
