-- wrk script: each thread cycles through the request paths of the file named by the WRK_PATHS
-- environment variable, from its own random starting point, and the run ends with one line for the
-- benchmark script to read.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local next_path = 0
-- Each run from new starting points: with the same ones, a run would repeat the requests of the
-- run before, whose answers the server may still hold in its cache.
math.randomseed(os.time())

function setup(thread)
    thread:set("next_path", math.random(#paths))
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

-- "RESULT p50 p99 rps errors slow": latencies in microseconds; errors are non-2xx answers and
-- socket errors (each kind told on standard error), slow the answers that took over wrk's 2 s.
function done(summary, latency, requests)
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.status
    if errors > 0 then
        io.stderr:write(string.format("errors: connect %d, read %d, write %d, status %d, " ..
                                      "timeout %d\n", e.connect, e.read, e.write, e.status,
                                      e.timeout))
    end
    io.write(string.format("RESULT %d %d %.1f %d %d\n", latency:percentile(50),
                           latency:percentile(99), summary.requests / (summary.duration / 1e6),
                           errors, e.timeout))
end
