// sync.queue: ordering, retries, reused keys, coalescing, and property tests
// over random offline queues (seeded; set TAILOR_SEED to replay a failure).
#include "tailor/sync/queue.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>

#include <boost/json/parse.hpp>

#include "tailor/api/call.hpp"
#include "tailor/json/write.hpp"
#include "property.hpp"

namespace {

namespace bj = boost::json;
using namespace tailor::sync;

bj::value call(const std::string& input) { return bj::parse(tailor::api::call("sync.queue", input)); }

bj::value run(const std::string& input) {
    const bj::value env = call(input);
    INFO(tailor::json::write(env));
    REQUIRE(env.at("ok").as_bool());
    return env.at("result");
}

std::uint64_t seed() {
    return tailor::test::property_seed("sync.queue property tests", 20260301u);
}

std::string keys_in_queue(const bj::value& r) {
    std::string out;
    for (const auto& q : r.at("queue").as_array()) out += std::string(q.at("idempotencyKey").as_string()) + " ";
    return out;
}

}  // namespace

TEST_CASE("payments first, then status moves, then writes: each by client time then key", "[sync][queue]") {
    const auto r = run(R"({"mutations":[
      {"path":"orders/o1","patch":{"specialInstructions":"x"},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"w1","kind":"write"},
      {"path":"orders/o1","patch":{"/status/current":"confirmed"},"clientTime":"2026-03-01T11:00:00Z","idempotencyKey":"s1","kind":"status"},
      {"path":"orders/o2","patch":{"/payment/transactions/-":{"transactionId":"t2"}},"clientTime":"2026-03-01T12:00:00Z","idempotencyKey":"p2","kind":"payment"},
      {"path":"orders/o1","patch":{"/payment/transactions/-":{"transactionId":"t1"}},"clientTime":"2026-03-01T12:00:00Z","idempotencyKey":"p1","kind":"payment"},
      {"path":"orders/o1","patch":{"/status/current":"cutting"},"clientTime":"2026-03-01T10:00:00Z","idempotencyKey":"s0","kind":"status"}]})");
    CHECK(keys_in_queue(r) == "p1 p2 s0 s1 w1 ");
}

TEST_CASE("a retry is dropped as a duplicate: a reused key with other content is held back", "[sync][queue]") {
    const auto r = run(R"({"mutations":[
      {"path":"orders/o1","patch":{"a":1,"b":2},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"k","kind":"write"},
      {"path":"orders/o1","patch":{"b":2,"a":1},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"k","kind":"write"},
      {"path":"orders/o1","patch":{"/payment/status":"paid"},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"p","kind":"payment"},
      {"path":"orders/o1","patch":{"/payment/status":"failed"},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"p","kind":"payment"}]})");
    const auto& f = r.at("fates").as_array();
    CHECK(f[0].at("fate") == "queued");
    CHECK(f[1].at("fate") == "duplicate");
    CHECK(f[1].at("duplicateOf") == 0);
    CHECK(f[2].at("fate") == "key_conflict");
    CHECK(f[3].at("fate") == "key_conflict");
    CHECK(tailor::json::write(f[2].at("conflictsWith")) == "[3]");
    CHECK(keys_in_queue(r) == "k ");
}

TEST_CASE("an earlier write's field is coalesced into the later one: appends and events are never reduced", "[sync][queue]") {
    const auto r = run(R"({"mutations":[
      {"path":"orders/o1","patch":{"measurements":{"chest":40,"waist":30}},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"w1","kind":"write"},
      {"path":"orders/o1","patch":{"/measurements/chest":41},"clientTime":"2026-03-01T10:00:00Z","idempotencyKey":"w2","kind":"write"},
      {"path":"orders/o1","patch":{"/measurements":{}},"clientTime":"2026-03-01T11:00:00Z","idempotencyKey":"w3","kind":"write"},
      {"path":"orders/o2","patch":{"/measurements/chest":50},"clientTime":"2026-03-01T08:00:00Z","idempotencyKey":"w4","kind":"write"},
      {"path":"orders/o1","patch":{"/status/current":"cutting"},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"s1","kind":"status"},
      {"path":"orders/o1","patch":{"/status/current":"stitching"},"clientTime":"2026-03-01T09:30:00Z","idempotencyKey":"s2","kind":"status"}]})");
    const auto& f = r.at("fates").as_array();
    CHECK(f[0].at("fate") == "coalesced");  // both fields overwritten by w3's whole map
    CHECK(tailor::json::write(f[0].at("fields")) ==
          R"([{"field":"/measurements/chest","by":"w3","byIndex":2},{"field":"/measurements/waist","by":"w3","byIndex":2}])");
    CHECK(f[1].at("fate") == "coalesced");
    CHECK(f[3].at("fate") == "queued");     // another document
    CHECK(f[4].at("fate") == "queued");     // status moves are events
    CHECK(f[5].at("fate") == "queued");
    CHECK(keys_in_queue(r) == "s1 s2 w4 w3 ");
}

TEST_CASE("a partly superseded write is replayed without the superseded field", "[sync][queue]") {
    const auto r = run(R"({"now":"2026-03-01T10:30:00Z","mutations":[
      {"path":"customers/c1","patch":{"/measurements/chest":40,"/measurements/waist":30},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"a","kind":"write"},
      {"path":"customers/c1","patch":{"/measurements/chest":41},"clientTime":"2026-03-01T11:00:00Z","idempotencyKey":"b","kind":"write"}]})");
    const auto& q = r.at("queue").as_array();
    CHECK(tailor::json::write(q[0].at("patch")) == R"({"/measurements/waist":30})");
    CHECK(q[0].at("superseded").as_array().size() == 1);
    CHECK(tailor::json::write(q[0].at("checks")) == "[]");
    CHECK(tailor::json::write(q[0].at("flags")) == "[]");
    CHECK(tailor::json::write(q[1].at("flags")) == R"(["client_time_after_now"])");
}

TEST_CASE("bad mutations: every problem reported with its path", "[sync][queue]") {
    const auto env = call(R"({"mutations":[
      {"path":"orders","patch":{},"clientTime":"yesterday","idempotencyKey":"","kind":"delete"},
      {"path":"orders/o1","patch":{"a":1,"/a/b":2,"/x~2":1},"clientTime":"2026-03-01T09:00:00Z","idempotencyKey":"k","kind":"write","actor":{"uid":"u","role":"boss"},"retry":1}]})");
    REQUIRE_FALSE(env.at("ok").as_bool());
    std::set<std::string> got;
    for (const auto& d : env.at("error").at("details").as_array())
        got.insert(std::string(d.at("path").as_string()) + " " + std::string(d.at("code").as_string()));
    CHECK(got == std::set<std::string>{
                     "/mutations/0/path invalid_format", "/mutations/0/patch too_short",
                     "/mutations/0/clientTime invalid_format", "/mutations/0/idempotencyKey too_short",
                     "/mutations/0/kind invalid_enum", "/mutations/1/patch/~1x~02 invalid_format",
                     "/mutations/1/patch inconsistent", "/mutations/1/actor/role invalid_enum",
                     "/mutations/1/retry unknown_field"});
    bj::array many;
    for (std::size_t i = 0; i <= QueueLimits::max_mutations; ++i)
        many.push_back(bj::object{{"path", "orders/o1"}, {"patch", bj::object{{"a", 1}}},
                                  {"clientTime", "2026-03-01T09:00:00Z"}, {"idempotencyKey", "k" + std::to_string(i)},
                                  {"kind", "write"}});
    const auto big = call(tailor::json::write(bj::object{{"mutations", many}}));
    CHECK(big.at("error").at("details").as_array()[0].at("code") == "too_many");
}

// ---- Properties ----------------------------------------------------------------

namespace {

struct QueueGen {
    std::mt19937_64 rng;
    int pick(int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); }
    Mutation mutation(bool writes_only) {
        static const char* fields[] = {"/a", "/a/x", "/a/y", "/b", "/c/d", "/c", "/list/-"};
        Mutation m;
        m.path = pick(3) ? "orders/o1" : "orders/o" + std::to_string(2 + pick(2));
        m.kind = writes_only ? MutationKind::write : static_cast<MutationKind>(pick(3));
        std::set<std::string> used;
        for (int n = 1 + pick(3); n > 0; --n) {
            std::string f = fields[pick(7)];
            bool clash = false;  // no field twice, no field with its ancestor
            for (const auto& u : used)
                if (u == f || f.rfind(u + "/", 0) == 0 || u.rfind(f + "/", 0) == 0) clash = true;
            if (clash) continue;
            used.insert(f);
            m.patch.push_back(FieldWrite{f, bj::value(pick(5))});
        }
        m.client_time = tailor::Timestamp{1772355600 + 60 * pick(6), 0};
        m.idempotency_key = "k" + std::to_string(pick(25));
        return m;
    }
    QueueRequest request(bool writes_only) {
        QueueRequest r;
        for (int n = pick(40); n > 0; --n) {
            // Sometimes resend an earlier mutation as is (a retry).
            if (!r.mutations.empty() && pick(6) == 0) r.mutations.push_back(r.mutations[pick(static_cast<int>(r.mutations.size()))]);
            else r.mutations.push_back(mutation(writes_only));
        }
        return r;
    }
};

bool later(const Mutation& a, const Mutation& b) {  // a written after b
    if (a.client_time != b.client_time) return b.client_time < a.client_time;
    return b.idempotency_key < a.idempotency_key;
}

/// Field state of each document after setting pointers in order (a set removes the field's descendants).
using State = std::map<std::string, std::map<std::string, std::string>>;
void apply(State& s, const std::string& doc, const std::vector<FieldWrite>& patch) {
    auto& fields = s[doc];
    for (const FieldWrite& f : patch) {
        if (f.pointer.size() >= 2 && f.pointer.compare(f.pointer.size() - 2, 2, "/-") == 0) continue;
        for (auto it = fields.begin(); it != fields.end();)
            it = it->first.rfind(f.pointer + "/", 0) == 0 ? fields.erase(it) : std::next(it);
        fields[f.pointer] = tailor::json::write(f.value);
    }
}

}  // namespace

TEST_CASE("queue properties over random offline queues", "[sync][queue][property]") {
    QueueGen g{std::mt19937_64(seed())};
    const int cases = tailor::test::property_cases(600);
    int saw[4] = {0, 0, 0, 0};
    for (int i = 0; i < cases; ++i) {
        const bool writes_only = i % 3 == 0;
        const QueueRequest req = g.request(writes_only);
        INFO("case " << i);
        const QueueResult res = plan_queue(req);
        const std::string out = tailor::json::write(encode_queue_result(req, res));
        CHECK(tailor::json::write(encode_queue_result(req, plan_queue(req))) == out);  // deterministic

        // Every input mutation has exactly one fate, in input order.
        REQUIRE(res.fates.size() == req.mutations.size());
        std::vector<int> queued_at(req.mutations.size(), -1);
        for (std::size_t pos = 0; pos < res.queue.size(); ++pos) {
            REQUIRE(queued_at[res.queue[pos].index] == -1);
            queued_at[res.queue[pos].index] = static_cast<int>(pos);
        }
        std::set<std::string> queued_keys;
        for (std::size_t k = 0; k < res.fates.size(); ++k) {
            const MutationFate& f = res.fates[k];
            CHECK(f.index == k);
            ++saw[static_cast<int>(f.fate)];
            CHECK((f.fate == Fate::queued) == (queued_at[k] >= 0));
            if (f.fate == Fate::queued) {
                CHECK(f.position == static_cast<std::size_t>(queued_at[k]));
                CHECK(queued_keys.insert(req.mutations[k].idempotency_key).second);
            }
            if (f.fate == Fate::duplicate) {
                // A duplicate points at an earlier kept copy with the same key and content.
                REQUIRE(f.duplicate_of < k);
                CHECK(res.fates[f.duplicate_of].fate != Fate::duplicate);
                CHECK(req.mutations[f.duplicate_of].idempotency_key == req.mutations[k].idempotency_key);
                CHECK(tailor::json::write(bj::value(req.mutations[f.duplicate_of].patch.size())) ==
                      tailor::json::write(bj::value(req.mutations[k].patch.size())));
            }
            if (f.fate == Fate::coalesced) {
                CHECK(req.mutations[k].kind == MutationKind::write);
                REQUIRE(f.coalesced.size() == req.mutations[k].patch.size());
                for (const Superseded& s : f.coalesced) {
                    const Mutation& by = req.mutations[s.by];
                    CHECK(by.path == req.mutations[k].path);
                    CHECK(later(by, req.mutations[k]));
                    CHECK(res.fates[s.by].fate == Fate::queued);
                }
            }
            if (f.fate == Fate::key_conflict) CHECK(!f.conflicts_with.empty());
        }
        // The queue is a permutation of the deduplicated input, in class/time/key order.
        for (std::size_t pos = 1; pos < res.queue.size(); ++pos) {
            const Mutation& a = req.mutations[res.queue[pos - 1].index];
            const Mutation& b = req.mutations[res.queue[pos].index];
            if (a.kind != b.kind) CHECK(static_cast<int>(a.kind) < static_cast<int>(b.kind));
            else CHECK(later(b, a));
        }
        // Replaying the queue of writes leaves each field with its last write.
        if (writes_only) {
            std::vector<std::size_t> kept;
            for (std::size_t k = 0; k < res.fates.size(); ++k)
                if (res.fates[k].fate == Fate::queued || res.fates[k].fate == Fate::coalesced) kept.push_back(k);
            std::sort(kept.begin(), kept.end(),
                      [&](std::size_t a, std::size_t b) { return later(req.mutations[b], req.mutations[a]); });
            State expected, replayed;
            for (std::size_t k : kept) apply(expected, req.mutations[k].path, req.mutations[k].patch);
            for (const QueuedMutation& q : res.queue) apply(replayed, req.mutations[q.index].path, q.patch);
            CHECK(replayed == expected);
        }
    }
    // The generator reaches every fate.
    for (int n : saw) CHECK(n > cases / 30);  // 20+ of each at 600 cases
}
