-- wrk script: POSTs the GraphQL request in $BODY_FILE and prints a JSON summary line at the end
-- (requests/s, latency percentiles in microseconds, non-2xx responses and socket errors).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
local file = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.body = file:read("*a")
file:close()

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'WRK_JSON {"requests":%d,"rps":%.1f,"p50":%d,"p99":%d,"max":%d,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50), latency:percentile(99), latency.max,
    summary.errors.status, errors))
end
