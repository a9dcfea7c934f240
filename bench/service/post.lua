-- wrk script for bench/service.sh: POSTs one JSON body (the file named by
-- $TAILOR_BENCH_BODY) to the URL given on the command line, and prints one
-- JSON summary line (prefixed "RESULT ") that service.sh turns into a table row.
local f = assert(io.open(os.getenv("TAILOR_BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

-- summary.errors.status counts non-2xx/3xx answers (wrk's "Non-2xx or 3xx responses").
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"rps":%.0f,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,' ..
    '"errors":%d,"statusErrors":%d}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, e.status))
end
