// sync.queue at the JSON edge: decoding the request, encoding the result.
#include <set>

#include <boost/json/array.hpp>

#include "tailor/json/pointer.hpp"
#include "tailor/sync/queue.hpp"
#include "pointer_syntax.hpp"

namespace tailor::sync {
namespace {

namespace bj = boost::json;
using json::Presence;

inline constexpr std::string_view actor_role_names[] = {"customer", "employee", "admin", "system"};

/// Flattens a patch: "/a/b" keys are pointers set as a whole; plain keys are
/// field names, and a non-empty object under a plain key is a set of subfields.
void flatten(const bj::object& o, const std::string& base, const std::string& path,
             std::vector<FieldWrite>& out, json::Issues& issues, bool& overflow) {
    for (const auto& kv : o) {
        const std::string key(kv.key());
        const std::string item_path = json::pointer_append(path, key);
        if (!base.empty() || key.empty() || key[0] != '/') {
            if (key.empty()) {
                issues.add(item_path, issue_code::invalid_format, "a field name must not be empty");
                continue;
            }
            const std::string pointer = json::pointer_append(base, key);
            if (kv.value().is_object() && !kv.value().get_object().empty()) {
                flatten(kv.value().get_object(), pointer, item_path, out, issues, overflow);
                continue;
            }
            if (out.size() == QueueLimits::max_fields_per_patch) overflow = true;
            else out.push_back(FieldWrite{pointer, kv.value()});
            continue;
        }
        if (!detail::is_json_pointer(key)) {
            issues.add(item_path, issue_code::invalid_format,
                       "a key starting with \"/\" must be a JSON Pointer (\"~\" only as ~0 or ~1)");
            continue;
        }
        if (out.size() == QueueLimits::max_fields_per_patch) overflow = true;
        else out.push_back(FieldWrite{key, kv.value()});
    }
}

bool valid_document_path(const std::string& p) {
    std::size_t segments = 0, start = 0;
    while (true) {
        std::size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        if (end == start) return false;  // empty segment
        ++segments;
        if (end == p.size()) break;
        start = end + 1;
    }
    return segments % 2 == 0;
}

std::optional<Mutation> read_mutation(const bj::value& v, const std::string& path, json::Issues& issues) {
    json::ObjectReader r(v, path, issues);
    if (!r.valid()) return std::nullopt;
    const std::size_t before = issues.size();
    Mutation m;
    auto doc_path = r.string("path", Presence::required, {1, QueueLimits::max_path_length});
    if (doc_path && !valid_document_path(*doc_path))
        issues.add(r.path_of("path"), issue_code::invalid_format,
                   "must be a document path: collection/id segments, none empty (\"orders/o1\")");
    if (auto patch = r.object("patch", Presence::required); patch && patch->valid()) {
        bool overflow = false;
        flatten(*patch->object(), "", patch->path(), m.patch, issues, overflow);
        if (overflow)
            issues.add(patch->path(), issue_code::too_many,
                       "must set at most " + std::to_string(QueueLimits::max_fields_per_patch) + " fields");
        else if (patch->object()->empty())
            issues.add(patch->path(), issue_code::too_short, "must set at least one field");
        // One field written twice, or a field and its ancestor, is ambiguous.
        std::set<std::string> pointers;
        for (const FieldWrite& f : m.patch) pointers.insert(f.pointer);
        bool overlap = pointers.size() != m.patch.size();
        for (const FieldWrite& f : m.patch) {
            std::string p = f.pointer;
            while (!overlap && !p.empty()) {
                p.erase(p.rfind('/'));
                if (!p.empty() && pointers.count(p)) overlap = true;
            }
        }
        if (overlap)
            issues.add(patch->path(), issue_code::inconsistent,
                       "sets the same field twice, or a field and one of its ancestors");
        // patch fields are the caller's own names: no finish() on the patch.
    }
    auto client_time = r.timestamp("clientTime", Presence::required);
    auto key = r.string("idempotencyKey", Presence::required, {1, QueueLimits::max_key_length});
    auto kind = r.enumeration("kind", Presence::required, mutation_kind_names);
    if (auto actor = r.object("actor", Presence::optional); actor && actor->valid()) {
        auto uid = actor->string("uid", Presence::required, {1, 128});
        std::optional<std::size_t> role;
        if (const bj::value* rv = actor->field("role", Presence::required))
            role = json::read_choice(*rv, actor->path_of("role"), issues, actor_role_names, 4);
        actor->finish();
        if (uid && role) m.actor = Actor{*uid, std::string(actor_role_names[*role])};
    }
    r.finish();
    if (issues.size() != before) return std::nullopt;
    m.path = *doc_path;
    m.client_time = *client_time;
    m.idempotency_key = *key;
    m.kind = *kind;
    return m;
}

bj::object encode_patch(const std::vector<FieldWrite>& patch) {
    bj::object o;
    for (const FieldWrite& f : patch) o.emplace(f.pointer, f.value);
    return o;
}

bj::array encode_superseded(const QueueRequest& req, const std::vector<Superseded>& list) {
    bj::array a;
    for (const Superseded& s : list) {
        bj::object o;
        o.emplace("field", s.pointer);
        o.emplace("by", req.mutations[s.by].idempotency_key);
        o.emplace("byIndex", s.by);
        a.push_back(std::move(o));
    }
    return a;
}

const char* fate_name(Fate f) {
    switch (f) {
        case Fate::queued: return "queued";
        case Fate::duplicate: return "duplicate";
        case Fate::coalesced: return "coalesced";
        case Fate::key_conflict: return "key_conflict";
    }
    return "";
}

}  // namespace

Result<QueueRequest> decode_queue_request(const bj::value& input) {
    json::Issues issues;
    json::ObjectReader r(input, "", issues);
    QueueRequest req;
    if (const bj::array* list = r.array("mutations", Presence::required, QueueLimits::max_mutations)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto m = read_mutation((*list)[i], json::pointer_append("/mutations", i), issues);
            if (m) req.mutations.push_back(std::move(*m));
        }
    }
    req.now = r.timestamp("now", Presence::optional);
    if (auto docs = r.object("documents", Presence::optional); docs && docs->valid()) {
        if (docs->object()->size() > QueueLimits::max_documents)
            issues.add(docs->path(), issue_code::too_many,
                       "must hold at most " + std::to_string(QueueLimits::max_documents) + " documents");
        else
            for (const auto& kv : *docs->object()) {
                const std::string key(kv.key());
                const std::string at = docs->path_of(key);
                if (!valid_document_path(key)) {
                    issues.add(at, issue_code::invalid_format,
                               "must be a document path: collection/id segments, none empty (\"orders/o1\")");
                } else if (kv.value().is_null()) {
                    req.documents.emplace(key, std::nullopt);
                } else if (kv.value().is_object()) {
                    req.documents.emplace(key, kv.value().get_object());  // a stored document: read, never finish()ed
                } else {
                    issues.add(at, issue_code::type_mismatch, "must be a stored document (object) or null (does not exist)");
                }
            }
    }
    // Of config only the lifecycle section is read (the status check); other sections are other domains'.
    if (const bj::value* config = r.field("config", Presence::optional)) {
        lifecycle::read_config_root(config, "/config", issues);
        req.lifecycle = lifecycle::read_lifecycle_config(lifecycle::config_section(config, "lifecycle"),
                                                         "/config/lifecycle", issues);
    }
    r.finish();
    if (!issues.empty()) return issues.to_error();
    return req;
}

bj::value encode_queue_result(const QueueRequest& req, const QueueResult& result) {
    bj::array queue;
    for (std::size_t pos = 0; pos < result.queue.size(); ++pos) {
        const QueuedMutation& q = result.queue[pos];
        const Mutation& m = req.mutations[q.index];
        bj::object o;
        o.emplace("position", pos);
        o.emplace("index", q.index);
        o.emplace("idempotencyKey", m.idempotency_key);
        o.emplace("kind", json::enum_name(m.kind, mutation_kind_names));
        o.emplace("path", m.path);
        o.emplace("clientTime", format_rfc3339(m.client_time));
        if (m.actor) {
            bj::object a;
            a.emplace("uid", m.actor->uid);
            a.emplace("role", m.actor->role);
            o.emplace("actor", std::move(a));
        }
        o.emplace("patch", encode_patch(q.patch));
        o.emplace("superseded", encode_superseded(req, q.superseded));
        bj::array checks;
        for (const Check& c : q.checks)
            checks.emplace_back(bj::object{{"check", c.check}, {"allow", c.allow}, {"rule", c.rule}, {"reason", c.reason}});
        o.emplace("checks", std::move(checks));
        bj::array flags;
        for (const auto& f : q.flags) flags.emplace_back(f);
        o.emplace("flags", std::move(flags));
        queue.push_back(std::move(o));
    }
    bj::array fates;
    std::size_t counts[4] = {0, 0, 0, 0};
    for (const MutationFate& f : result.fates) {
        ++counts[static_cast<int>(f.fate)];
        bj::object o;
        o.emplace("index", f.index);
        o.emplace("idempotencyKey", req.mutations[f.index].idempotency_key);
        o.emplace("fate", fate_name(f.fate));
        switch (f.fate) {
            case Fate::queued: o.emplace("position", f.position); break;
            case Fate::duplicate: o.emplace("duplicateOf", f.duplicate_of); break;
            case Fate::coalesced: o.emplace("fields", encode_superseded(req, f.coalesced)); break;
            case Fate::key_conflict: {
                bj::array with;
                for (std::size_t w : f.conflicts_with) with.emplace_back(w);
                o.emplace("conflictsWith", std::move(with));
                o.emplace("reason",
                          "the idempotency key was reused for a different mutation; none of its versions is "
                          "replayed until a person chooses");
                break;
            }
        }
        fates.push_back(std::move(o));
    }
    bj::object c;
    c.emplace("received", result.fates.size());
    c.emplace("queued", counts[0]);
    c.emplace("duplicates", counts[1]);
    c.emplace("coalesced", counts[2]);
    c.emplace("keyConflicts", counts[3]);
    bj::object out;
    out.emplace("queue", std::move(queue));
    out.emplace("fates", std::move(fates));
    out.emplace("counts", std::move(c));
    return out;
}

}  // namespace tailor::sync
