// The sync domain's operations: decode (reader) → typed function → encode.
#include "tailor/api/domains.hpp"
#include "tailor/sync/merge.hpp"
#include "tailor/sync/queue.hpp"

namespace tailor::sync {
namespace {

namespace bj = boost::json;

api::Outcome merge_op(const bj::value& input) {
    auto request = decode_merge_request(input);
    if (!request) return request.error();
    return encode_merge_result(merge(request.value()));
}

api::Outcome queue_op(const bj::value& input) {
    auto request = decode_queue_request(input);
    if (!request) return request.error();
    QueueResult result = plan_queue(request.value());
    check_queue(request.value(), result);
    return encode_queue_result(request.value(), result);
}

}  // namespace

std::vector<api::Operation> operations() {
    return {
        {"sync.merge", "Merges a document edited offline on two sides, deterministically, with conflicts and decisions.",
         &merge_op},
        {"sync.queue", "Orders the offline mutation queue (payments, status, writes), dropping retries and coalescing writes.",
         &queue_op},
    };
}

}  // namespace tailor::sync
