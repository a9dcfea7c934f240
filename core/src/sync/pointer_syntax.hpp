// Internal to sync: JSON Pointer (RFC 6901) syntax checks for caller-chosen keys.
#pragma once

#include <string_view>

namespace tailor::sync::detail {

/// "" or "/"-separated tokens where every '~' is followed by '0' or '1'.
inline bool is_json_pointer(std::string_view p) {
    if (p.empty()) return true;
    if (p[0] != '/') return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] == '~' && (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))) return false;
    return true;
}

}  // namespace tailor::sync::detail
