// The evaluator of the policy table. Each condition kind here has its twin
// rendering in firestore_rules.cpp; keep the two switch statements in step.
#include "tailor/rules/authorize.hpp"

#include <algorithm>

#include "fields.hpp"

namespace tailor::rules {
namespace {

namespace bj = boost::json;
using detail::field_at;

/// Where the request points: which collection, which ids.
struct Target {
    const CollectionInfo* collection = nullptr;  ///< nullptr = outside the policy
    std::string doc_id;                          ///< empty for list
    std::string parent_id;                       ///< order id for chat
};

Target resolve(const AuthorizeRequest& r) {
    Target t;
    const auto& p = r.path;
    const bool list = r.op == Operation::list;
    const std::size_t n = p.size();
    for (const auto& c : collections()) {
        if (c.parent.empty()) {
            if (n == (list ? 1u : 2u) && p[0] == c.segment) t.collection = &c;
        } else if (n == (list ? 3u : 4u) && p[0] == c.parent && p[2] == c.segment) {
            t.collection = &c;
            t.parent_id = p[1];
        }
        if (t.collection) break;
    }
    if (t.collection && !list) t.doc_id = p.back();
    return t;
}

std::string role_list(RoleSet roles) {
    std::vector<std::string_view> names;
    for (const auto& n : documents::role_names)
        if (roles & role_bit(n.value)) names.push_back(n.name);
    return detail::list_text(names);
}

std::string doc_prefix(Doc d) { return d == Doc::resource ? "resource.data." : "request.resource.data."; }

/// State of one evaluation: the resolved role (lazily, once) and the lookups.
class Evaluation {
public:
    Evaluation(const AuthorizeRequest& r, const Target& t) : req_(r), target_(t) {}

    LookupBudget& budget() { return budget_; }

    /// True when the condition holds; otherwise `why` says which part failed.
    bool holds(const Condition& c, std::string& why) {
        switch (c.kind) {
            case ConditionKind::signed_in:
                if (req_.auth) return true;
                why = "not signed in";
                return false;
            case ConditionKind::role_in: return role_in(c.roles, why);
            case ConditionKind::doc_id_is_uid:
                if (req_.auth && target_.doc_id == req_.auth->uid) return true;
                why = req_.auth ? "document id " + target_.doc_id + " is not the caller's uid" : "not signed in";
                return false;
            case ConditionKind::doc_id_is_not_uid:
                if (req_.auth && target_.doc_id != req_.auth->uid) return true;
                why = req_.auth ? "the document is the caller's own" : "not signed in";
                return false;
            case ConditionKind::field_is_uid: return field_is_uid(c, why);
            case ConditionKind::parent_field_is_uid: return parent_field_is_uid(c, why);
            case ConditionKind::field_in: return field_in(c, why);
            case ConditionKind::affected_only: return affected_only(c, why);
            case ConditionKind::nested_affected_only: return nested_affected_only(c, why);
            case ConditionKind::keys_only: return keys_only(c, why);
            case ConditionKind::is_bool: {
                const bj::value* v = req_.request_resource ? field_at(*req_.request_resource, c.field) : nullptr;
                if (v && v->is_bool()) return true;
                why = "request.resource.data." + std::string(c.field) + " is not a boolean";
                return false;
            }
        }
        return false;
    }

private:
    const bj::object* fetch(const std::string& path) {
        if (!budget_.take(path)) return nullptr;
        auto it = req_.lookups.find(path);
        if (it == req_.lookups.end() || !it->second) return nullptr;
        return &*it->second;
    }

    bool role_in(RoleSet roles, std::string& why) {
        if (!req_.auth) {
            why = "not signed in";
            return false;
        }
        if (!role_resolved_) {
            role_resolved_ = true;
            const bj::value& claim = req_.auth->role_claim;
            const bj::value* stated = &claim;
            if (claim.is_null()) {
                const std::string path = "users/" + req_.auth->uid;
                const bj::object* user = fetch(path);
                if (budget_.exhausted()) return false;
                stated = user ? user->if_contains("role") : nullptr;
                role_source_ = "users/" + req_.auth->uid + ".role";
            } else {
                role_source_ = "token.role";
            }
            if (stated && stated->is_string())
                for (const auto& n : documents::role_names)
                    if (stated->get_string() == n.name) role_ = n.value;
        }
        if (role_ && (roles & role_bit(*role_))) return true;
        why = role_ ? "role " + std::string(json::enum_name(*role_, documents::role_names)) +
                          " (from " + role_source_ + ") is not one of " + role_list(roles)
                    : "no role (" + role_source_ + " is missing or not a role name)";
        return false;
    }

    /// For list, a condition on resource.data must be proven by the query's
    /// filters (Firestore checks the query, not each stored document).
    bool proven_by_query(std::string_view field, const std::vector<std::string_view>& allowed,
                         const std::string* uid) const {
        auto ok = [&](const bj::value& v) {
            if (!v.is_string()) return false;
            if (uid) return v.get_string() == *uid;
            return std::find(allowed.begin(), allowed.end(), std::string_view(v.get_string())) != allowed.end();
        };
        for (const auto& f : req_.filters) {
            if (f.field != field) continue;
            if (f.op == "==" && ok(f.value)) return true;
            if (f.op == "in" && f.value.is_array() && !f.value.get_array().empty() &&
                std::all_of(f.value.get_array().begin(), f.value.get_array().end(), ok))
                return true;
        }
        return false;
    }

    const bj::object* document(Doc d) const {
        const auto& doc = d == Doc::resource ? req_.resource : req_.request_resource;
        return doc ? &*doc : nullptr;
    }

    bool field_is_uid(const Condition& c, std::string& why) const {
        if (!req_.auth) {
            why = "not signed in";
            return false;
        }
        const std::string& uid = req_.auth->uid;
        if (req_.op == Operation::list && c.doc == Doc::resource) {
            if (proven_by_query(c.field, {}, &uid)) return true;
            why = "the query does not filter " + std::string(c.field) + " == the caller's uid";
            return false;
        }
        const bj::object* doc = document(c.doc);
        const bj::value* v = doc ? field_at(*doc, c.field) : nullptr;
        if (v && v->is_string() && v->get_string() == uid) return true;
        why = doc_prefix(c.doc) + std::string(c.field) + " is not the caller's uid";
        return false;
    }

    bool parent_field_is_uid(const Condition& c, std::string& why) {
        if (!req_.auth) {
            why = "not signed in";
            return false;
        }
        const std::string path = std::string(target_.collection->parent) + "/" + target_.parent_id;
        const bj::object* parent = fetch(path);
        if (budget_.exhausted()) return false;
        const bj::value* v = parent ? field_at(*parent, c.field) : nullptr;
        if (v && v->is_string() && v->get_string() == req_.auth->uid) return true;
        why = parent ? path + "." + std::string(c.field) + " is not the caller's uid"
                     : path + " does not exist";
        return false;
    }

    bool field_in(const Condition& c, std::string& why) const {
        const std::string allowed = detail::list_text(c.values);
        if (req_.op == Operation::list && c.doc == Doc::resource) {
            if (proven_by_query(c.field, c.values, nullptr)) return true;
            why = "the query does not restrict " + std::string(c.field) + " to " + allowed;
            return false;
        }
        const bj::object* doc = document(c.doc);
        const bj::value* v = doc ? field_at(*doc, c.field) : nullptr;
        if (v && v->is_string() &&
            std::find(c.values.begin(), c.values.end(), std::string_view(v->get_string())) != c.values.end())
            return true;
        why = doc_prefix(c.doc) + std::string(c.field) + " is not one of " + allowed;
        return false;
    }

    static std::vector<std::string> outside(const std::vector<std::string>& keys,
                                            const std::vector<std::string_view>& allowed) {
        std::vector<std::string> out;
        for (const auto& k : keys)
            if (std::find(allowed.begin(), allowed.end(), std::string_view(k)) == allowed.end()) out.push_back(k);
        return out;
    }

    bool affected_only(const Condition& c, std::string& why) const {
        if (!req_.resource || !req_.request_resource) {
            why = "not an update of an existing document";
            return false;
        }
        const auto bad = outside(detail::affected_keys(*req_.request_resource, *req_.resource), c.values);
        if (bad.empty()) return true;
        why = "changes " + detail::list_text(bad) + "; only " + detail::list_text(c.values) + " may change";
        return false;
    }

    bool nested_affected_only(const Condition& c, std::string& why) const {
        if (!req_.resource || !req_.request_resource) {
            why = "not an update of an existing document";
            return false;
        }
        const bj::value* after = req_.request_resource->if_contains(bj::string_view(c.field.data(), c.field.size()));
        const bj::value* before = req_.resource->if_contains(bj::string_view(c.field.data(), c.field.size()));
        if (!after && !before) return true;
        if (after && before && detail::deep_equal(*after, *before)) return true;
        const std::string name(c.field);
        if (!after || !before || !after->is_object() || !before->is_object()) {
            why = name + " is added, removed or not a map on both sides";
            return false;
        }
        const auto bad = outside(detail::affected_keys(after->get_object(), before->get_object()), c.values);
        if (bad.empty()) return true;
        std::vector<std::string> qualified;
        for (const auto& k : bad) qualified.push_back(name + "." + k);
        std::vector<std::string> allowed;
        for (auto v : c.values) allowed.push_back(name + "." + std::string(v));
        why = "changes " + detail::list_text(qualified) + "; only " + detail::list_text(allowed) + " may change";
        return false;
    }

    bool keys_only(const Condition& c, std::string& why) const {
        if (!req_.request_resource) {
            why = "no request.resource";
            return false;
        }
        std::vector<std::string> keys;
        for (const auto& kv : *req_.request_resource) keys.emplace_back(kv.key());
        std::sort(keys.begin(), keys.end());
        const auto bad = outside(keys, c.values);
        if (bad.empty()) return true;
        why = "sets " + detail::list_text(bad) + "; only " + detail::list_text(c.values) + " may be set";
        return false;
    }

    const AuthorizeRequest& req_;
    const Target& target_;
    LookupBudget budget_;
    bool role_resolved_ = false;
    std::optional<Role> role_;
    std::string role_source_;
};

}  // namespace

bool LookupBudget::take(const std::string& path) {
    if (paths_.count(path)) return true;
    if (static_cast<int>(paths_.size()) >= max_lookups) {
        exhausted_ = true;
        return false;
    }
    paths_.insert(path);
    return true;
}

Decision authorize(const AuthorizeRequest& request) {
    const Target target = resolve(request);
    const std::string op(json::enum_name(request.op, operation_names));
    std::string joined;
    for (std::size_t i = 0; i < request.path.size(); ++i) joined += (i ? "/" : "") + request.path[i];
    if (!target.collection)
        return {false, "default_deny", joined + " is outside the access policy; everything there is denied", 0};

    Evaluation eval(request, target);
    std::vector<std::string> failures;
    for (const PolicyRule& rule : policy_table()) {
        if (rule.collection != target.collection->id || rule.op != request.op) continue;
        std::string why;
        bool ok = true;
        for (const Condition& c : rule.conditions) {
            if (!eval.holds(c, why)) {
                ok = false;
                break;
            }
        }
        if (eval.budget().exhausted())
            return {false, "lookup_limit",
                    "deciding needs more than " + std::to_string(max_lookups) + " document lookups",
                    eval.budget().used()};
        if (ok) return {true, std::string(rule.id), std::string(rule.summary), eval.budget().used()};
        failures.push_back(std::string(rule.id) + ": " + why);
    }
    std::string reason = "no rule allows " + op + " on " + std::string(target.collection->name);
    if (failures.empty()) {
        reason += " (the policy grants it to nobody)";
    } else {
        reason += " (";
        for (std::size_t i = 0; i < failures.size(); ++i) reason += (i ? "; " : "") + failures[i];
        reason += ")";
    }
    return {false, "default_deny", reason, eval.budget().used()};
}

}  // namespace tailor::rules
