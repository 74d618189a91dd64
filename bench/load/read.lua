-- Public reads and their anchor: every request is LOAD_BENCH_METHOD LOAD_BENCH_PATH (GET by default) with
-- no token. LOAD_BENCH_BODIES names a file of request bodies (one JSON a line) sent in turn, for
-- find-participant; LOAD_BENCH_RANGE ("bytes=0-N") asks the static anchor for its first N+1 bytes.
-- Any answer outside 2xx is counted as "other" and fails the run.
dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

function setup(thread)
  remember(thread)
end

function init(args)
  method = os.getenv("LOAD_BENCH_METHOD") or "GET"
  path = os.getenv("LOAD_BENCH_PATH")
  headers = { ["Accept"] = "application/json" }
  local range = os.getenv("LOAD_BENCH_RANGE")
  if range and range ~= "" then headers["Range"] = range end
  local bodies_file = os.getenv("LOAD_BENCH_BODIES")
  if bodies_file and bodies_file ~= "" then
    bodies = read_lines(bodies_file)
    headers["Content-Type"] = "application/json"
  end
  counters = { ok = 0, other = 0 }
  sent = 0
end

function request()
  sent = sent + 1
  if bodies then
    return wrk.format(method, path, headers, bodies[(sent % #bodies) + 1])
  end
  return wrk.format(method, path, headers)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    counters.ok = counters.ok + 1
  else
    counters.other = counters.other + 1
    if counters.other <= 3 then io.stderr:write("unexpected " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  report(summary, latency, { "ok", "other" })
end
