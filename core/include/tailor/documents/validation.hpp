// tailor/documents/validation.hpp — the result of validate.* operations.
//
// A validation never fails as an operation: an invalid document is a normal
// answer ({"valid":false,"issues":[…]}); only unparseable input or exceeded
// limits become error envelopes (handled by api::call before we see the input).
// A valid document comes back re-encoded in canonical form (docs/schema.md).
#pragma once

#include <optional>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/error.hpp"

namespace tailor::documents {

struct ValidationReport {
    std::vector<Issue> issues;                  ///< Every problem found, in document order.
    std::optional<boost::json::value> document; ///< Canonical form; only when valid.

    bool valid() const noexcept { return issues.empty(); }
    /// {"valid": bool, "issues": [{path, code, message}], "document"?: …} in this key order.
    boost::json::value to_json() const;
};

}  // namespace tailor::documents
