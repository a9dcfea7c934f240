#include <algorithm>

#include "tailor/api/domains.hpp"
#include "tailor/api/operation.hpp"

namespace tailor::api {
namespace {

std::vector<Operation> build_table() {
    std::vector<Operation> all;
    auto add = [&all](std::vector<Operation> ops) { all.insert(all.end(), ops.begin(), ops.end()); };
    add(core_operations());
    add(rules::operations());
    add(sync::operations());
    add(documents::operations());
    add(aggregates_operations());
    add(config::operations());
    add(pricing::operations());
    add(payments::operations());
    add(loyalty::operations());
    add(assign::operations());
    add(lifecycle::operations());
    // Names are unique (tests/native/operation_table_test.cpp checks); sort for
    // binary search and for a stable listing order on every runtime.
    std::sort(all.begin(), all.end(),
              [](const Operation& a, const Operation& b) { return a.name < b.name; });
    return all;
}

}  // namespace

const std::vector<Operation>& operations() {
    static const std::vector<Operation> table = build_table();  // immutable after first use
    return table;
}

const Operation* find_operation(std::string_view name) {
    const auto& table = operations();
    auto it = std::lower_bound(table.begin(), table.end(), name,
                               [](const Operation& op, std::string_view n) { return op.name < n; });
    return (it != table.end() && it->name == name) ? &*it : nullptr;
}

}  // namespace tailor::api
