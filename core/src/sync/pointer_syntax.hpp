// Internal to sync: JSON Pointer (RFC 6901) syntax checks for caller-chosen keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tailor::sync::detail {

/// "" or "/"-separated tokens where every '~' is followed by '0' or '1'.
inline bool is_json_pointer(std::string_view p) {
    if (p.empty()) return true;
    if (p[0] != '/') return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] == '~' && (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))) return false;
    return true;
}

/// True when `ancestor` equals `p` or is a proper prefix ending at a token boundary.
inline bool pointer_covers(std::string_view ancestor, std::string_view p) {
    if (ancestor.size() > p.size()) return false;
    if (p.compare(0, ancestor.size(), ancestor) != 0) return false;
    return ancestor.size() == p.size() || p[ancestor.size()] == '/';
}

}  // namespace tailor::sync::detail
