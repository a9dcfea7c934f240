// tailor/json/pointer.hpp — building JSON Pointers (RFC 6901) for issue paths.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tailor::json {

/// Returns `base` + "/" + the escaped `token` ("~" → "~0", "/" → "~1").
std::string pointer_append(std::string_view base, std::string_view token);

/// Returns `base` + "/" + `index`.
std::string pointer_append(std::string_view base, std::size_t index);

}  // namespace tailor::json
