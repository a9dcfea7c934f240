// rules.authorize, rules.firestore, rules.indexes, rules.check: decode (reader)
// → typed function → encode. Input schemas and limits are in docs/security.md.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tailor/api/domains.hpp"
#include "tailor/json/pointer.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/rules/authorize.hpp"
#include "tailor/rules/check.hpp"
#include "tailor/rules/firestore_rules.hpp"
#include "tailor/rules/indexes.hpp"

namespace tailor::rules {
namespace {

namespace bj = boost::json;
using json::Presence;

/// Limits of rules.authorize inputs (documented in docs/security.md).
constexpr std::size_t max_path_chars = 1500;
constexpr std::size_t max_path_segments = 20;
constexpr std::size_t max_filters = 30;
constexpr std::size_t max_lookup_documents = 20;

inline constexpr json::EnumName<int> filter_op_names[] = {
    {"==", 0}, {"!=", 1}, {"<", 2}, {"<=", 3}, {">", 4}, {">=", 5},
    {"in", 6}, {"not-in", 7}, {"array-contains", 8}, {"array-contains-any", 9}};

/// "orders/o1/chat" → segments, or nullopt with an invalid_format issue.
std::optional<std::vector<std::string>> split_path(const std::string& text, const std::string& at,
                                                   json::Issues& issues) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    for (;;) {
        const auto slash = text.find('/', start);
        segments.push_back(text.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (segments.back().empty()) {
            issues.add(at, issue_code::invalid_format,
                       "must be a path of non-empty segments separated by '/' (\"orders/o1\")");
            return std::nullopt;
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    if (segments.size() > max_path_segments) {
        issues.add(at, issue_code::too_many, "must have at most " + std::to_string(max_path_segments) + " segments");
        return std::nullopt;
    }
    return segments;
}

/// An optional document: absent or null → nullopt; an object → it; else an issue.
std::optional<bj::object> read_document(json::ObjectReader& r, std::string_view key) {
    const bj::value* v = r.field(key, Presence::optional);
    if (!v) return std::nullopt;
    if (!v->is_object()) {
        r.issues().add(r.path_of(key), issue_code::type_mismatch,
                       "must be an object (a document) or null, not " + std::string(json::kind_name(*v)));
        return std::nullopt;
    }
    return v->get_object();
}

}  // namespace

std::optional<AuthorizeRequest> read_authorize_request(const bj::value& input, json::Issues& issues) {
    json::ObjectReader r(input, "", issues);
    AuthorizeRequest req;
    if (const bj::value* auth = r.field("auth", Presence::optional)) {
        json::ObjectReader a(*auth, r.path_of("auth"), issues);
        auto uid = a.string("uid", Presence::required, {1, 128});
        Auth out;
        if (uid) out.uid = *uid;
        // The token carries many claims (email, iat, …); only `role` is read.
        if (auto token = a.object("token", Presence::optional))
            if (const bj::value* role = token->field("role", Presence::optional)) out.role_claim = *role;
        a.finish();
        req.auth = std::move(out);
    }
    auto op = r.enumeration("op", Presence::required, operation_names);
    auto path_text = r.string("path", Presence::required, {1, max_path_chars});
    req.resource = read_document(r, "resource");
    req.request_resource = read_document(r, "requestResource");
    if (auto query = r.object("query", Presence::optional)) {
        if (const bj::array* filters = query->array("filters", Presence::optional, max_filters)) {
            for (std::size_t i = 0; i < filters->size(); ++i) {
                json::ObjectReader f((*filters)[i], query->path_of("filters") + "/" + std::to_string(i), issues);
                auto field = f.string("field", Presence::required, {1, 1500});
                auto fop = f.enumeration("op", Presence::required, filter_op_names);
                const bj::value* value = f.field("value", Presence::optional);
                f.finish();
                if (field && fop)
                    req.filters.push_back({*field, std::string(json::enum_name(*fop, filter_op_names)),
                                           value ? *value : bj::value()});
            }
        }
        query->finish();
        if (op && *op != Operation::list)
            issues.add("/query", issue_code::inconsistent, "a query is given only with op list");
    }
    if (const bj::value* lookups = r.field("lookups", Presence::optional)) {
        if (!lookups->is_object()) {
            issues.add("/lookups", issue_code::type_mismatch, "must be an object of path → document");
        } else if (lookups->get_object().size() > max_lookup_documents) {
            issues.add("/lookups", issue_code::too_many,
                       "must hold at most " + std::to_string(max_lookup_documents) + " documents");
        } else {
            for (const auto& kv : lookups->get_object()) {
                const std::string key(kv.key());
                const std::string at = json::pointer_append("/lookups", key);
                auto segments = split_path(key, at, issues);
                if (segments && segments->size() % 2 != 0)
                    issues.add(at, issue_code::invalid_format, "must be a document path (collection/id…)");
                if (kv.value().is_object()) req.lookups[key] = kv.value().get_object();
                else if (kv.value().is_null()) req.lookups[key] = std::nullopt;
                else issues.add(at, issue_code::type_mismatch, "must be an object (a document) or null");
            }
        }
    }
    r.finish();
    if (op) req.op = *op;
    if (path_text) {
        if (auto segments = split_path(*path_text, "/path", issues)) {
            req.path = std::move(*segments);
            if (op && (req.path.size() % 2 == 1) != (*op == Operation::list))
                issues.add("/path", issue_code::inconsistent,
                           *op == Operation::list ? "op list needs a collection path (\"orders\", \"orders/o1/chat\")"
                                                  : "this op needs a document path (\"orders/o1\")");
        }
    }
    if (op) {
        const bool has_before = req.resource.has_value(), has_after = req.request_resource.has_value();
        switch (*op) {
            case Operation::create:
                if (has_before) issues.add("/resource", issue_code::inconsistent, "must be null on create (the document does not exist yet)");
                if (!has_after) issues.add("/requestResource", issue_code::required, "create needs the document after the write");
                break;
            case Operation::update:
                if (!has_before) issues.add("/resource", issue_code::required, "update needs the stored document");
                if (!has_after) issues.add("/requestResource", issue_code::required, "update needs the document after the write");
                break;
            case Operation::list:
                if (has_before) issues.add("/resource", issue_code::inconsistent, "must be null for list (the query is checked, not documents)");
                [[fallthrough]];
            case Operation::get:
            case Operation::delete_:
                if (has_after) issues.add("/requestResource", issue_code::inconsistent, "must be null: only create and update write a document");
                break;
        }
    }
    if (!issues.empty()) return std::nullopt;
    return req;
}

namespace {

api::Outcome authorize_op(const bj::value& input) {
    json::Issues issues;
    auto req = read_authorize_request(input, issues);
    if (!req) return issues.to_error();
    const Decision d = authorize(*req);
    bj::object out;
    out.emplace("allow", d.allow);
    out.emplace("rule", d.rule);
    out.emplace("reason", d.reason);
    out.emplace("lookups", d.lookups);
    return bj::value(std::move(out));
}

std::optional<Error> expect_empty(const bj::value& input) {
    json::Issues issues;
    json::ObjectReader r(input, "", issues);
    r.finish();
    if (issues.empty()) return std::nullopt;
    return issues.to_error("this operation takes an empty object {}");
}

/// A generated file as {<count_name>: count, text}; the input must be {}.
api::Outcome generated_file(const bj::value& input, std::string_view count_name, std::size_t count,
                            std::string text) {
    if (auto e = expect_empty(input)) return *e;
    bj::object out;
    out.emplace(count_name, count);
    out.emplace("text", std::move(text));
    return bj::value(std::move(out));
}

api::Outcome firestore_op(const bj::value& input) {
    return generated_file(input, "entries", policy_table().size(), firestore_rules_text());
}

api::Outcome indexes_op(const bj::value& input) {
    return generated_file(input, "indexes", indexed_queries().size(), firestore_indexes_text());
}

}  // namespace

std::vector<api::Operation> operations() {
    return {
        {"rules.authorize", "Decides one Firestore request with the access policy table (the generated rules' twin).",
         &authorize_op},
        {"rules.check", "Business-rule checks of an order: capacity, lead time, urgency, measurements, staff, advance, discount.",
         &check_op},
        {"rules.firestore", "Emits firestore.rules generated from the access policy table.", &firestore_op},
        {"rules.indexes", "Emits firestore.indexes.json derived from the system's queries.", &indexes_op},
    };
}

}  // namespace tailor::rules
