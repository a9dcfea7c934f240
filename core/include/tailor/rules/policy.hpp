// tailor/rules/policy.hpp — THE access policy: one table of rules, each a
// conjunction of conditions from a small closed vocabulary.
//
// Two interpreters read this table and nothing else: the evaluator
// (rules/authorize.hpp, used by Cloud Functions, the dashboard and every
// runtime through `rules.authorize`) and the generator of firestore.rules
// (rules/firestore_rules.hpp). Because both interpret the same entries, the
// database guard and the application checks cannot drift apart. The table in
// prose, with the reasons, is docs/security.md.
//
// Semantics follow Firestore (research.md §2): `resource` is the stored
// document (null on create), `request.resource` the whole document after the
// write; rules of one operation are OR-ed; nothing matches → denied.
#pragma once

#include <string_view>
#include <vector>

#include "tailor/documents/enums.hpp"

namespace tailor::rules {

using documents::Role;

/// Firestore's fine-grained operations (read = get + list, write = create + update + delete).
enum class Operation { get, list, create, update, delete_ };
inline constexpr json::EnumName<Operation> operation_names[] = {
    {"get", Operation::get},       {"list", Operation::list},     {"create", Operation::create},
    {"update", Operation::update}, {"delete", Operation::delete_}};

/// The collections the policy covers. Anything else is denied (default deny).
enum class Collection { users, customers, orders, order_chat, services, employees, notifications, payments };

/// How a collection appears in paths and in the generated rules.
struct CollectionInfo {
    Collection id;
    std::string_view name;        ///< Name used in rule ids and messages ("orders.chat").
    std::string_view segment;     ///< Collection id in the path ("chat").
    std::string_view doc_var;     ///< Wildcard of the document id in firestore.rules ("messageId").
    std::string_view parent;      ///< Parent collection segment ("orders"), empty for top level.
    std::string_view parent_var;  ///< Wildcard of the parent document id ("orderId").
};
const std::vector<CollectionInfo>& collections();
const CollectionInfo& info(Collection c);

/// Which document a field condition reads.
enum class Doc {
    resource,  ///< `resource.data` — the stored document (for list: proven from the query filters).
    request    ///< `request.resource.data` — the whole document after the write.
};

/// The condition vocabulary. Each kind has exactly one meaning in the evaluator
/// and exactly one rendering in firestore.rules (firestore_rules.cpp).
enum class ConditionKind {
    signed_in,            ///< request.auth != null
    role_in,              ///< the caller's role (claim, else users/{uid}.role) is one of `roles`
    doc_id_is_uid,        ///< the document id in the path equals request.auth.uid
    doc_id_is_not_uid,    ///< the document id in the path differs from request.auth.uid
    field_is_uid,         ///< <doc>.<field> == request.auth.uid
    parent_field_is_uid,  ///< get(parent document).data.<field> == request.auth.uid (one lookup)
    field_in,             ///< <doc>.<field> is one of `values` (strings)
    affected_only,        ///< top-level keys changed by the update ⊆ `values`
    nested_affected_only, ///< if top-level `field` changed: its subkeys changed ⊆ `values`
    keys_only,            ///< top-level keys of request.resource.data ⊆ `values` (create)
    is_bool               ///< request.resource.data.<field> is a boolean
};

/// Role set as a bit mask over documents::Role.
using RoleSet = unsigned;
constexpr RoleSet role_bit(Role r) { return 1u << static_cast<unsigned>(r); }
inline constexpr RoleSet customer = role_bit(Role::customer);
inline constexpr RoleSet employee = role_bit(Role::employee);
inline constexpr RoleSet admin = role_bit(Role::admin);
inline constexpr RoleSet any_role = customer | employee | admin;

struct Condition {
    ConditionKind kind;
    RoleSet roles = 0;                    ///< role_in
    Doc doc = Doc::resource;              ///< field_is_uid, field_in
    std::string_view field;               ///< dotted field path ("status.current")
    std::vector<std::string_view> values; ///< field_in values, or key lists
};

/// One entry of the table: allows `op` on `collection` when every condition holds.
struct PolicyRule {
    std::string_view id;       ///< Stable id, "<collection>.<op>.<who>"; returned by rules.authorize.
    Collection collection;
    Operation op;
    std::string_view summary;  ///< One line for people: who may do what.
    std::vector<Condition> conditions;
};

/// The policy, in evaluation order: by collection, operation, then entry.
const std::vector<PolicyRule>& policy_table();

/// Firestore's limit on get()/exists() document lookups in one single-document
/// request or query (research.md §2). Past it the request is denied.
inline constexpr int max_lookups = 10;

}  // namespace tailor::rules
