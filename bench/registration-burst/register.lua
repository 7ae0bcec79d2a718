-- wrk script: every request is a registration with a unique e-mail address.
-- Counts responses by class and reports the non-3xx ones in done().
local counter = 0
local threads = {}
local tid = 0

function setup(thread)
  thread:set("id", tid)
  tid = tid + 1
  table.insert(threads, thread)
end

function init(args)
  origin = args[1] or "http://127.0.0.1"
  s3xx = 0
  other = 0
  codes = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Origin"] = origin
  run_tag = args[2] or tostring(os.time())
end

function request()
  counter = counter + 1
  local body = "given_name=Bench&family_name=Last" .. id .. "x" .. counter
    .. "&email=bench-" .. run_tag .. "-t" .. id .. "-" .. counter .. "%40example.org"
    .. "&consent=yes"
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 300 and status < 400 then
    s3xx = s3xx + 1
  else
    other = other + 1
    codes[status] = (codes[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total3, totalo = 0, 0
  local agg = {}
  for _, t in ipairs(threads) do
    total3 = total3 + (t:get("s3xx") or 0)
    totalo = totalo + (t:get("other") or 0)
    local c = t:get("codes")
    if c then
      for k, v in pairs(c) do agg[k] = (agg[k] or 0) + v end
    end
  end
  local secs = summary.duration / 1e6
  io.write(string.format("BENCH requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("BENCH status_3xx=%d non_3xx=%d socket_errors=%d\n", total3, totalo,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for k, v in pairs(agg) do io.write(string.format("BENCH status_%d=%d\n", k, v)) end
end
