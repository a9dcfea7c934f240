// tailor/lifecycle/docs_table.hpp — transition_table rendered as the Markdown
// table of docs/lifecycle.md. lifecycle_test checks the document against it, so
// the documented machine is always the compiled one.
#pragma once

#include <string>

namespace tailor::lifecycle {

/// One row per table row: | event | from | to | roles | guards | emits |, newline-terminated.
std::string transition_table_markdown();

}  // namespace tailor::lifecycle
