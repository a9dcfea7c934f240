// tailor/version.hpp — library and operation-contract versions.
#pragma once

namespace tailor {

/// Library version (semver).
inline constexpr const char* version = "0.1.0";

/// Version of the JSON contract (operation names, input/output shapes, codes).
/// Bumped on any incompatible change to an operation's input or output.
inline constexpr int contract_version = 1;

}  // namespace tailor
