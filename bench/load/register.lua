-- Registration: each wrk thread (one connection) is one district official entering their district's
-- eligible members, six events per member (events 5i .. 5i+5 of the edition's list for the i-th member, as
-- the in-JVM harness does): the sixth passes the five-event limit, and once a district's places in an event
-- are full, later requests for it are refused. 201 and the two limit refusals (409 DISTRICT_EVENT_LIMIT,
-- MEMBER_EVENT_LIMIT) are the business working; anything else is counted as "other" and fails the run.
-- Environment: LOAD_BENCH_LUA (this directory), LOAD_BENCH_DIR (token-N, members-N, events files),
-- LOAD_BENCH_FIRST (the first district ordinal; thread k takes FIRST + k).
dofile(os.getenv("LOAD_BENCH_LUA") .. "/common.lua")

local next_ordinal = tonumber(os.getenv("LOAD_BENCH_FIRST"))

function setup(thread)
  thread:set("ordinal", next_ordinal)
  next_ordinal = next_ordinal + 1
  remember(thread)
end

function init(args)
  local dir = os.getenv("LOAD_BENCH_DIR")
  local token = read_lines(dir .. "/token-" .. ordinal)[1]
  members = read_lines(dir .. "/members-" .. ordinal)
  events = read_lines(dir .. "/events")
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
  counters = { created = 0, district_limit = 0, member_limit = 0, other = 0 }
  member_index, event_offset = 0, 0
end

function request()
  local member = members[(member_index % #members) + 1]
  local event = events[((5 * member_index + event_offset) % #events) + 1]
  event_offset = event_offset + 1
  if event_offset == 6 then
    event_offset, member_index = 0, member_index + 1
  end
  return wrk.format("POST", "/api/v1/kalamela/official/individual-participations", headers,
      '{"eventId":' .. event .. ',"memberId":' .. member .. '}')
end

function response(status, headers, body)
  if status == 201 then
    counters.created = counters.created + 1
  elseif status == 409 and body:find("DISTRICT_EVENT_LIMIT", 1, true) then
    counters.district_limit = counters.district_limit + 1
  elseif status == 409 and body:find("MEMBER_EVENT_LIMIT", 1, true) then
    counters.member_limit = counters.member_limit + 1
  else
    counters.other = counters.other + 1
    if counters.other <= 3 then io.stderr:write("unexpected " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  report(summary, latency, { "created", "district_limit", "member_limit", "other" })
end
