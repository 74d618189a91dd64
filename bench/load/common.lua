-- Shared by the wrk scripts of bin/load-bench: every thread counts its answers by kind, and done() prints
-- one line the driver parses ("RESULT key=value ..."), throughput and latency in milliseconds included.
local threads = {}

function remember(thread)
  table.insert(threads, thread)
end

function read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  return lines
end

-- The counters each script's response() increments; done() sums them over the threads.
counters = { ok = 0, limit = 0, other = 0 }

function report(summary, latency, names)
  local totals = {}
  for _, name in ipairs(names) do totals[name] = 0 end
  for _, thread in ipairs(threads) do
    local counted = thread:get("counters")
    for _, name in ipairs(names) do totals[name] = totals[name] + (counted[name] or 0) end
  end
  local seconds = summary.duration / 1e6
  local line = string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f"
      .. " socket_errors=%d", summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout)
  for _, name in ipairs(names) do line = line .. string.format(" %s=%d", name, totals[name]) end
  io.write(line .. "\n")
end
