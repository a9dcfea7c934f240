// tailor/rules/authorize.hpp — evaluates the policy table (rules/policy.hpp) for
// one Firestore request, exactly as the generated firestore.rules would.
//
// Every runtime that must decide access (Cloud Functions acting for a caller,
// the dashboard hiding buttons, tests replaying the matrix) calls this, so all
// of them agree with the database guard. Default deny: a request no entry
// allows is denied with rule "default_deny" and a reason naming, for each
// candidate entry, the condition that failed.
//
// Role: the custom claim `token.role` wins when present (no lookup; claims are
// free, lookups are billed); only without a claim is users/{uid}.role read,
// which counts as one document lookup. A claim that is not a known role name
// gives no role (it does not fall back to the document).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"
#include "tailor/rules/policy.hpp"

namespace tailor::rules {

/// request.auth: the caller's uid and the role claim of the ID token.
struct Auth {
    std::string uid;
    boost::json::value role_claim;  ///< token.role as given; null = no claim.
};

/// One where() clause of a list query.
struct QueryFilter {
    std::string field;  ///< dotted field path
    std::string op;     ///< Firestore operator: ==, !=, <, <=, >, >=, in, not-in, array-contains, array-contains-any
    boost::json::value value;
};

struct AuthorizeRequest {
    std::optional<Auth> auth;                        ///< nullopt = not signed in
    Operation op = Operation::get;
    std::vector<std::string> path;                   ///< segments: {"orders","o1"} or {"orders"} for list
    std::optional<boost::json::object> resource;     ///< stored document; nullopt = none
    std::optional<boost::json::object> request_resource;  ///< document after the write
    std::vector<QueryFilter> filters;                ///< list only
    /// Documents the rules may get(), by path ("users/u1"); nullopt = known not to exist.
    /// A path absent from this map does not exist either.
    std::map<std::string, std::optional<boost::json::object>> lookups;
};

struct Decision {
    bool allow = false;
    std::string rule;    ///< id of the deciding table entry, "default_deny" or "lookup_limit"
    std::string reason;  ///< the entry's summary, or why each candidate entry failed
    int lookups = 0;     ///< distinct documents fetched (get/exists) while deciding
};

/// Counts distinct document lookups of one request against max_lookups.
/// Repeated gets of one path are served from the request's cache and count
/// once (as Firestore caches them within a request).
class LookupBudget {
public:
    /// True when `path` may be fetched (already fetched, or a slot is left);
    /// false once it would be the (max_lookups+1)-th distinct document.
    bool take(const std::string& path);
    int used() const noexcept { return static_cast<int>(paths_.size()); }
    bool exhausted() const noexcept { return exhausted_; }

private:
    std::set<std::string> paths_;
    bool exhausted_ = false;
};

/// The decision for `request` (never fails: unknown paths are simply denied).
Decision authorize(const AuthorizeRequest& request);

/// Decodes the rules.authorize input {auth?, op, path, resource?,
/// requestResource?, query?, lookups?} (schema and limits: docs/security.md),
/// including the checks that op, path and the documents fit together. Records
/// every problem in `issues` at its JSON Pointer path; nullopt when there is any.
std::optional<AuthorizeRequest> read_authorize_request(const boost::json::value& input, json::Issues& issues);

}  // namespace tailor::rules
