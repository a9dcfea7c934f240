// Rendering transition_table as Markdown (tailor/lifecycle/docs_table.hpp).
#include "tailor/lifecycle/docs_table.hpp"

#include "tailor/lifecycle/status_machine.hpp"

namespace tailor::lifecycle {

namespace {
template <class E, std::size_t N, class Has>
std::string join_names(const json::EnumName<E> (&names)[N], Has has) {
    std::string out;
    for (const auto& n : names)
        if (has(n.value)) out += (out.empty() ? "" : ", ") + std::string(n.name);
    return out;
}
}  // namespace

std::string transition_table_markdown() {
    std::string out = "| # | event | from | to | roles | guards | emits |\n|---|---|---|---|---|---|---|\n";
    int i = 0;
    for (const Transition& row : transition_table) {
        std::string to;
        switch (row.target) {
            case Target::fixed: to = std::string(json::enum_name(row.to, documents::order_status_names)); break;
            case Target::previous: to = "(the state it left)"; break;
            case Target::earlier: to = "(an earlier production stage)"; break;
        }
        std::string guards;
        for (Guard g : guard_order)
            if (has_guard(row.guards, g)) guards += (guards.empty() ? "" : ", ") + std::string(guard_name(g));
        if (guards.empty()) guards = "—";
        out += "| " + std::to_string(++i) + " | " + std::string(row.event) + " | " +
               join_names(documents::order_status_names, [&](OrderStatus s) { return contains(row.from, s); }) +
               " | " + to + " | " +
               join_names(documents::actor_role_names, [&](ActorRole r) { return contains_role(row.roles, r); }) +
               " | " + guards + " | " + std::string(json::enum_name(row.emits, documents::notification_type_names)) +
               " |\n";
    }
    return out;
}

}  // namespace tailor::lifecycle
