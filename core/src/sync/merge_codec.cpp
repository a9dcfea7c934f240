// sync.merge at the JSON edge: decoding the request, encoding the result.
#include <boost/json/array.hpp>

#include "tailor/json/pointer.hpp"
#include "tailor/json/reader.hpp"
#include "tailor/sync/merge.hpp"
#include "tailor/time/timestamp.hpp"
#include "pointer_syntax.hpp"

namespace tailor::sync {
namespace {

namespace bj = boost::json;
using json::Presence;

void read_field_times(json::ObjectReader& vr, Version& version) {
    auto ft = vr.object("fieldTimes", Presence::optional);
    if (!ft || !ft->valid()) return;
    json::Issues& issues = vr.issues();
    const bj::object& times = *ft->object();
    if (times.size() > MergeLimits::max_field_times) {
        issues.add(ft->path(), issue_code::too_many,
                   "must have at most " + std::to_string(MergeLimits::max_field_times) + " entries");
        return;
    }
    for (const auto& kv : times) {
        const std::string key(kv.key());
        const std::string path = json::pointer_append(ft->path(), key);
        if (!detail::is_json_pointer(key)) {
            issues.add(path, issue_code::invalid_format,
                       "a fieldTimes key must be a JSON Pointer (\"\" or starting with \"/\")");
            continue;
        }
        json::ObjectReader sr(kv.value(), path, issues);
        auto at = sr.timestamp("at", Presence::required);
        auto writer = sr.string("writer", Presence::required, {1, MergeLimits::max_writer_length});
        sr.finish();
        if (at && writer) version.field_times.emplace(key, FieldStamp{*at, *writer});
    }
    // No ft->finish(): fieldTimes keys are pointers the caller chooses, each checked above.
}

void read_version(json::ObjectReader& r, std::string_view name, Version& version) {
    auto vr = r.object(name, Presence::required);
    if (!vr || !vr->valid()) return;
    if (!vr->object()->contains("document")) {
        vr->issues().add(vr->path_of("document"), issue_code::required,
                         "is required (an object, or null for a deleted document)");
    } else if (const bj::value* d = vr->field("document", Presence::optional)) {
        if (d->is_object()) version.document = d->get_object();
        else vr->issues().add(vr->path_of("document"), issue_code::type_mismatch,
                              "must be an object or null, not " + std::string(json::kind_name(*d)));
    }
    read_field_times(*vr, version);
    vr->finish();
}

/// The value at a policy-table pointer (tokens never need unescaping there).
const bj::value* at_pointer(const bj::object& doc, std::string_view pointer) {
    const bj::object* o = &doc;
    const bj::value* v = nullptr;
    std::size_t start = 1;
    while (start <= pointer.size()) {
        std::size_t end = pointer.find('/', start);
        if (end == std::string_view::npos) end = pointer.size();
        if (!o) return nullptr;
        v = o->if_contains(pointer.substr(start, end - start));
        if (!v) return nullptr;
        o = v->if_object();
        start = end + 1;
    }
    return v;
}

void check_append_limits(Collection c, const Version& v, std::string_view name, json::Issues& issues) {
    if (!v.document) return;
    for (const FieldPolicy& row : policy_table(c)) {
        if (row.kind != FieldKind::append_only) continue;
        const bj::value* list = at_pointer(*v.document, row.pointer);
        if (list && list->is_array() && list->get_array().size() > MergeLimits::max_append_entries)
            issues.add("/" + std::string(name) + "/document" + std::string(row.pointer), issue_code::too_many,
                       "an append-only list may hold at most " +
                           std::to_string(MergeLimits::max_append_entries) + " entries");
    }
}

}  // namespace

Result<MergeRequest> decode_merge_request(const bj::value& input) {
    json::Issues issues;
    json::ObjectReader r(input, "", issues);
    MergeRequest req;
    auto collection = r.enumeration("collection", Presence::required, collection_names);
    read_version(r, "base", req.base);
    read_version(r, "local", req.local);
    read_version(r, "remote", req.remote);
    r.finish();
    if (collection) {
        req.collection = *collection;
        check_append_limits(req.collection, req.base, "base", issues);
        check_append_limits(req.collection, req.local, "local", issues);
        check_append_limits(req.collection, req.remote, "remote", issues);
    }
    if (!issues.empty()) return issues.to_error();
    return req;
}

bj::value encode_merge_result(const MergeResult& result) {
    bj::array conflicts;
    for (const Conflict& c : result.conflicts) {
        bj::object o;
        o.emplace("path", c.path);
        o.emplace("kind", conflict_kind_name(c.kind));
        if (c.local) o.emplace("local", *c.local);  // an absent key = the field is absent on that side
        if (c.remote) o.emplace("remote", *c.remote);
        if (c.base) o.emplace("base", *c.base);
        o.emplace("reason", c.reason);
        conflicts.push_back(std::move(o));
    }
    bj::array decisions;
    for (const Decision& d : result.decisions) {
        bj::object o;
        o.emplace("path", d.path);
        o.emplace("rule", decision_rule_name(d.rule));
        o.emplace("winner", side_name(d.winner));
        decisions.push_back(std::move(o));
    }
    bj::object out;
    out.emplace("document", result.document ? bj::value(*result.document) : bj::value());
    out.emplace("conflicts", std::move(conflicts));
    out.emplace("decisions", std::move(decisions));
    return out;
}

}  // namespace tailor::sync
