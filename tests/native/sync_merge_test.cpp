// sync.merge: rules by example, and property tests over random offline edits
// (seeded; set TAILOR_SEED to replay a failure).
#include "tailor/sync/merge.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>
#include <set>

#include <boost/json/parse.hpp>

#include "tailor/api/call.hpp"
#include "tailor/json/write.hpp"
#include "property.hpp"

namespace {

namespace bj = boost::json;
using namespace tailor::sync;

bj::value run(const std::string& input) {
    const bj::value env = bj::parse(tailor::api::call("sync.merge", input));
    INFO(tailor::json::write(env));
    REQUIRE(env.at("ok").as_bool());
    return env.at("result");
}

bj::value error_of(const std::string& input) {
    const bj::value env = bj::parse(tailor::api::call("sync.merge", input));
    REQUIRE_FALSE(env.at("ok").as_bool());
    return env.at("error");
}

std::uint64_t seed() {
    return tailor::test::property_seed("sync property tests", 20260301u);
}

// ---- Random offline edits ---------------------------------------------------

struct Gen {
    std::mt19937_64 rng;
    int pick(int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    std::string time() {  // few distinct instants: equal timestamps happen often
        return "2026-03-01T1" + std::to_string(pick(4)) + ":00:00Z";
    }
    std::string writer() {
        static const char* ws[] = {"a", "b", "A", "ab", "device-9"};
        return ws[pick(5)];
    }
    bj::value status() {
        static const char* ss[] = {"pending", "confirmed", "cutting", "stitching", "cancelled", "on_hold", "ready"};
        return bj::value(ss[pick(7)]);
    }
    bj::object transaction() {
        bj::object t;
        t["transactionId"] = "t" + std::to_string(pick(6));
        t["kind"] = chance(80) ? "charge" : "refund";
        t["status"] = chance(70) ? "succeeded" : "pending";
        t["amount"] = 100 * (1 + pick(5));
        t["at"] = time();
        return t;
    }
    bj::object history() {
        bj::object h;
        h["from"] = status();
        h["to"] = status();
        h["actor"] = "u" + std::to_string(pick(2));
        h["role"] = "admin";
        h["trigger"] = "admin";
        h["at"] = time();
        if (chance(20)) h["reason"] = "r" + std::to_string(pick(3));
        return h;
    }
    bj::object check() {
        bj::object c;
        c["checkId"] = "q" + std::to_string(pick(4));
        c["inspectorId"] = "e1";
        c["passed"] = chance(50);
        c["at"] = time();
        return c;
    }
    bj::array list(int max, bj::object (Gen::*make)()) {
        bj::array a;
        for (int i = pick(max + 1); i > 0; --i) a.push_back((this->*make)());
        return a;
    }
    bj::object order() {
        bj::object o;
        o["orderId"] = "o1";
        o["customerId"] = "c1";
        if (chance(70)) o["assignedEmployeeId"] = "e" + std::to_string(pick(3));
        bj::object m;
        for (const char* k : {"chest", "waist", "hips", "sleeve"})
            if (chance(70)) m[k] = 30 + pick(10);
        o["measurements"] = m;
        o["status"] = bj::object{{"current", status()}, {"history", list(3, &Gen::history)},
                                 {"lastUpdated", time()}};
        o["payment"] = bj::object{{"status", "pending"}, {"transactions", list(3, &Gen::transaction)}};
        o["qualityChecks"] = list(2, &Gen::check);
        if (chance(50)) o["specialInstructions"] = "s" + std::to_string(pick(3));
        o["meta"] = bj::object{{"x", pick(2)}, {"y", pick(2)}};  // an unlisted object: a scalar
        return o;
    }
    // One side's offline edits of base; each touched field gets a stamp.
    Version edit(const std::optional<bj::object>& base) {
        Version v;
        if (!base || chance(3)) {
            if (base) return v;  // deleted the whole document
            v.document = order();
            return v;
        }
        bj::object d = *base;
        auto stamp = [&](const std::string& p) {
            if (chance(85)) v.field_times[p] = FieldStamp{*tailor::parse_rfc3339(time()), writer()};
        };
        if (chance(30)) { d["assignedEmployeeId"] = "e" + std::to_string(pick(3)); stamp("/assignedEmployeeId"); }
        if (chance(10)) { d.erase("assignedEmployeeId"); stamp("/assignedEmployeeId"); }
        if (chance(40)) {
            const char* k = pick(2) ? "chest" : "collar";
            d["measurements"].as_object()[k] = 30 + pick(10);
            stamp(std::string("/measurements/") + k);
        }
        if (chance(15)) { d["measurements"].as_object().erase("waist"); stamp("/measurements/waist"); }
        if (chance(5)) { d.erase("measurements"); stamp("/measurements"); }
        if (chance(35)) { d["status"].as_object()["current"] = status(); stamp("/status/current"); }
        auto& tx = d["payment"].as_object()["transactions"].as_array();
        if (chance(40)) tx.push_back(transaction());
        if (chance(15) && !tx.empty()) tx.erase(tx.begin());
        if (chance(15) && !tx.empty()) tx.back().as_object()["status"] = "succeeded";
        if (chance(30)) d["status"].as_object()["history"].as_array().push_back(history());
        if (chance(20)) d["qualityChecks"].as_array().push_back(check());
        if (chance(20)) { d["specialInstructions"] = "s" + std::to_string(pick(3)); stamp("/specialInstructions"); }
        if (chance(5)) { d["payment"] = nullptr; stamp("/payment"); }
        if (chance(30)) {
            // The same data with its keys in the other order (another client's
            // serializer), sometimes also a new value: output must not depend on sides.
            const auto& meta = d["meta"].as_object();
            const bj::value x = chance(50) ? meta.at("x") : bj::value(pick(2));
            const bj::value y = meta.at("y");
            d["meta"] = chance(50) ? bj::object{{"y", y}, {"x", x}} : bj::object{{"x", x}, {"y", y}};
            stamp("/meta");
        }
        if (chance(5)) { d["orderId"] = "o2"; stamp("/orderId"); }
        if (chance(10)) v.field_times[""] = FieldStamp{*tailor::parse_rfc3339(time()), writer()};
        v.document = std::move(d);
        return v;
    }
    MergeRequest request() {
        MergeRequest r;
        r.collection = Collection::orders;
        if (!chance(5)) r.base.document = order();
        r.local = edit(r.base.document);
        r.remote = edit(r.base.document);
        return r;
    }
};

std::string bytes(const MergeResult& r) { return tailor::json::write(encode_merge_result(r)); }

/// Ids of every entry of an append-only list of a document (test-side key rule).
std::set<std::string> entry_ids(const std::optional<bj::object>& doc, const char* list) {
    std::set<std::string> out;
    if (!doc) return out;
    const bj::value* v = nullptr;
    if (std::string(list) == "transactions") {
        auto p = doc->if_contains("payment");
        if (p && p->is_object()) v = p->as_object().if_contains("transactions");
    } else if (std::string(list) == "history") {
        auto s = doc->if_contains("status");
        if (s && s->is_object()) v = s->as_object().if_contains("history");
    } else {
        v = doc->if_contains("qualityChecks");
    }
    if (!v || !v->is_array()) return out;
    for (const auto& e : v->as_array()) {
        const auto& o = e.as_object();
        if (o.contains("transactionId")) out.insert(std::string(o.at("transactionId").as_string()));
        else if (o.contains("checkId")) out.insert(std::string(o.at("checkId").as_string()));
        else
            out.insert(std::string(o.at("at").as_string()) + "|" + std::string(o.at("from").as_string()) + "|" +
                       std::string(o.at("to").as_string()) + "|" + std::string(o.at("actor").as_string()));
    }
    return out;
}

}  // namespace

// ---- Rules by example ---------------------------------------------------------

TEST_CASE("last write wins per field: a field changed on one side is taken", "[sync][merge]") {
    const auto r = run(R"({"collection":"customers",
      "base":{"document":{"customerId":"c1","measurements":{"chest":40,"waist":32}}},
      "local":{"document":{"customerId":"c1","measurements":{"chest":41,"waist":32}},
               "fieldTimes":{"/measurements/chest":{"at":"2026-03-01T10:00:00Z","writer":"tablet"}}},
      "remote":{"document":{"customerId":"c1","measurements":{"chest":42,"waist":30}},
                "fieldTimes":{"/measurements":{"at":"2026-03-01T10:00:01Z","writer":"web"}}}})");
    CHECK(tailor::json::write(r.at("document")) == R"({"customerId":"c1","measurements":{"chest":42,"waist":30}})");
    CHECK(r.at("decisions").as_array()[0].at("rule") == "later_write");
    CHECK(r.at("decisions").as_array()[1].at("rule") == "one_side_changed");
}

TEST_CASE("equal timestamps: the greater writer id in byte order wins", "[sync][merge]") {
    // "b" > "a"; "a" > "B" (0x61 > 0x42): byte order, not case-folded.
    for (const auto& [lw, rw, winner] : {std::tuple{"a", "b", "remote"}, std::tuple{"a", "B", "local"}}) {
        const auto r = run(std::string(R"({"collection":"employees","base":{"document":{"status":"active"}},
          "local":{"document":{"status":"on_leave"},"fieldTimes":{"/status":{"at":"2026-03-01T10:00:00Z","writer":")") +
                           lw + R"("}}},
          "remote":{"document":{"status":"inactive"},"fieldTimes":{"/status":{"at":"2026-03-01T10:00:00Z","writer":")" +
                           rw + R"("}}}})");
        CHECK(r.at("decisions").as_array()[0].at("rule") == "writer_tie_break");
        CHECK(r.at("decisions").as_array()[0].at("winner") == winner);
    }
}

TEST_CASE("a later edit beats an earlier delete, a later delete beats an earlier edit", "[sync][merge]") {
    auto input = [](const char* edit_at, const char* delete_at) {
        return std::string(R"({"collection":"orders","base":{"document":{"specialInstructions":"a"}},
          "local":{"document":{"specialInstructions":"b"},"fieldTimes":{"/specialInstructions":{"at":")") +
               edit_at + R"(","writer":"x"}}},
          "remote":{"document":{},"fieldTimes":{"/specialInstructions":{"at":")" +
               delete_at + R"(","writer":"x"}}}})";
    };
    CHECK(tailor::json::write(run(input("2026-03-01T11:00:00Z", "2026-03-01T10:00:00Z")).at("document")) ==
          R"({"specialInstructions":"b"})");
    CHECK(tailor::json::write(run(input("2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z")).at("document")) == "{}");
    // Same instant and writer: the edit wins the tie.
    const auto tie = run(input("2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"));
    CHECK(tailor::json::write(tie.at("document")) == R"({"specialInstructions":"b"})");
    CHECK(tie.at("decisions").as_array()[0].at("rule") == "value_tie_break");
}

TEST_CASE("conflicting assignments are left to a person: the document keeps base", "[sync][merge]") {
    const auto r = run(R"({"collection":"orders","base":{"document":{"assignedEmployeeId":"e1"}},
      "local":{"document":{"assignedEmployeeId":"e2"}},"remote":{"document":{"assignedEmployeeId":"e3"}}})");
    CHECK(r.at("document").at("assignedEmployeeId") == "e1");
    REQUIRE(r.at("conflicts").as_array().size() == 1);
    CHECK(r.at("conflicts").as_array()[0].at("kind") == "concurrent_assignment");
}

TEST_CASE("a status move the machine rejects is a conflict: an allowed sequence is taken", "[sync][merge]") {
    auto input = [](const char* l, const char* r, const char* lt, const char* rt) {
        return std::string(R"({"collection":"orders","base":{"document":{"status":{"current":"confirmed"}}},
          "local":{"document":{"status":{"current":")") + l + R"("}},"fieldTimes":{"/status/current":{"at":")" + lt +
               R"(","writer":"a"}}},"remote":{"document":{"status":{"current":")" + r +
               R"("}},"fieldTimes":{"/status/current":{"at":")" + rt + R"(","writer":"b"}}}})";
    };
    // confirmed → cutting (earlier) then cutting → cancelled (later): allowed.
    auto ok = run(input("cutting", "cancelled", "2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z"));
    CHECK(ok.at("document").at("status").at("current") == "cancelled");
    CHECK(ok.at("decisions").as_array()[0].at("rule") == "status_sequence");
    // confirmed → cancelled (earlier) then cancelled → cutting (later): rejected, base kept.
    auto bad = run(input("cutting", "cancelled", "2026-03-01T11:00:00Z", "2026-03-01T10:00:00Z"));
    CHECK(bad.at("document").at("status").at("current") == "confirmed");
    CHECK(bad.at("conflicts").as_array()[0].at("kind") == "status_move_rejected");
    // One side skipping a step: rejected.
    auto skip = run(input("stitching", "confirmed", "2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"));
    CHECK(skip.at("document").at("status").at("current") == "confirmed");
}

TEST_CASE("a whole-document delete against an edit is a conflict: against no edit it stands", "[sync][merge]") {
    auto c = run(R"({"collection":"orders","base":{"document":{"orderId":"o1","specialInstructions":"a"}},
      "local":{"document":null},"remote":{"document":{"orderId":"o1","specialInstructions":"b"}}})");
    CHECK(c.at("conflicts").as_array()[0].at("kind") == "delete_vs_edit");
    CHECK(c.at("document").at("specialInstructions") == "a");
    auto d = run(R"({"collection":"orders","base":{"document":{"orderId":"o1"}},
      "local":{"document":{"orderId":"o1"}},"remote":{"document":null}})");
    CHECK(d.at("document").is_null());
}

TEST_CASE("bad input: every problem reported with its path", "[sync][merge]") {
    const auto e = error_of(R"({"collection":"invoices","base":{},"local":{"document":3,"fieldTimes":{"x":{"at":"no","writer":""}}},"remote":{"document":{}},"extra":1})");
    CHECK(e.at("code") == "invalid_input");
    std::set<std::string> paths;
    for (const auto& d : e.at("details").as_array()) paths.insert(std::string(d.at("path").as_string()));
    CHECK(paths == std::set<std::string>{"/collection", "/base/document", "/local/document", "/local/fieldTimes/x", "/extra"});
    // Entries per append-only list are bounded.
    bj::array many;
    for (std::size_t i = 0; i <= MergeLimits::max_append_entries; ++i)
        many.push_back(bj::object{{"checkId", "q" + std::to_string(i)}});
    bj::object in{{"collection", "orders"},
                  {"base", bj::object{{"document", nullptr}}},
                  {"local", bj::object{{"document", bj::object{{"qualityChecks", many}}}}},
                  {"remote", bj::object{{"document", nullptr}}}};
    const auto big = error_of(tailor::json::write(in));
    CHECK(big.at("details").as_array()[0].at("code") == "too_many");
    CHECK(big.at("details").as_array()[0].at("path") == "/local/document/qualityChecks");
}

// ---- Properties ----------------------------------------------------------------

TEST_CASE("merge properties over random offline edits", "[sync][merge][property]") {
    Gen g{std::mt19937_64(seed())};
    const int cases = tailor::test::property_cases(600);
    int with_conflicts = 0, with_entry_union = 0;
    for (int i = 0; i < cases; ++i) {
        const MergeRequest req = g.request();
        INFO("case " << i);
        const MergeResult a = merge(req);
        const std::string out = bytes(a);
        INFO("result " << out);

        // Deterministic: the same request gives the same bytes.
        CHECK(bytes(merge(req)) == out);

        // Symmetric: swapping local and remote gives the same document, the same
        // conflicts with local/remote exchanged, the same decisions with the winner exchanged.
        MergeRequest swapped = req;
        std::swap(swapped.local, swapped.remote);
        const MergeResult b = merge(swapped);
        CHECK(tailor::json::write(encode_merge_result(b).at("document")) ==
              tailor::json::write(encode_merge_result(a).at("document")));
        REQUIRE(a.conflicts.size() == b.conflicts.size());
        for (std::size_t k = 0; k < a.conflicts.size(); ++k) {
            CHECK(a.conflicts[k].path == b.conflicts[k].path);
            CHECK(a.conflicts[k].kind == b.conflicts[k].kind);
            CHECK(a.conflicts[k].reason == b.conflicts[k].reason);
            CHECK(a.conflicts[k].local == b.conflicts[k].remote);
            CHECK(a.conflicts[k].base == b.conflicts[k].base);
        }
        REQUIRE(a.decisions.size() == b.decisions.size());
        for (std::size_t k = 0; k < a.decisions.size(); ++k) {
            CHECK(a.decisions[k].path == b.decisions[k].path);
            CHECK(a.decisions[k].rule == b.decisions[k].rule);
            const Side w = a.decisions[k].winner;
            const Side mirrored = w == Side::local ? Side::remote : w == Side::remote ? Side::local : w;
            CHECK(b.decisions[k].winner == mirrored);
        }

        // No transaction, history entry or quality check is ever lost: every
        // entry of every side is in the merged document (unless the document
        // itself is deleted, or kept at base by a delete/edit conflict, where
        // the conflict carries both sides).
        const bool doc_conflict = !a.conflicts.empty() && a.conflicts.front().path.empty();
        if (a.document && !doc_conflict) {
            for (const char* list : {"transactions", "history", "checks"}) {
                const auto merged = entry_ids(a.document, list);
                for (const Version* v : {&req.base, &req.local, &req.remote})
                    for (const auto& id : entry_ids(v->document, list)) {
                        INFO(list << " " << id);
                        CHECK(merged.count(id) == 1);
                    }
            }
        }
        if (!a.conflicts.empty()) ++with_conflicts;
        for (const auto& d : a.decisions) with_entry_union += d.rule == DecisionRule::union_by_id;

        // Merging a version with itself changes nothing, byte for byte.
        for (const Version* v : {&req.local, &req.remote}) {
            MergeRequest self{req.collection, *v, *v, *v};
            const MergeResult s = merge(self);
            CHECK(s.conflicts.empty());
            CHECK(s.decisions.empty());
            CHECK(tailor::json::write(encode_merge_result(s).at("document")) ==
                  (v->document ? tailor::json::write(*v->document) : std::string("null")));
        }
    }
    // The generator reaches the interesting cases.
    CHECK(with_conflicts > cases / 10);
    CHECK(with_entry_union > cases / 4);
}

TEST_CASE("the JSON edge gives the same bytes as the typed function", "[sync][merge][property]") {
    Gen g{std::mt19937_64(seed() + 1)};
    for (int i = 0; i < 100; ++i) {
        const MergeRequest req = g.request();
        auto version = [](const Version& v) {
            bj::object o;
            o["document"] = v.document ? bj::value(*v.document) : bj::value();
            bj::object ft;
            for (const auto& [p, s] : v.field_times)
                ft[p] = bj::object{{"at", tailor::format_rfc3339(s.at)}, {"writer", s.writer}};
            o["fieldTimes"] = ft;
            return o;
        };
        bj::object in{{"collection", "orders"}, {"base", version(req.base)},
                      {"local", version(req.local)}, {"remote", version(req.remote)}};
        const std::string env = tailor::api::call("sync.merge", tailor::json::write(in));
        CHECK(env == R"({"ok":true,"result":)" + bytes(merge(req)) + "}");
    }
}
