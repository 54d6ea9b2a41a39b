# Shared by the HTTP benchmarks (bench-http, bench-warm-up); sourced from the repository root
# after setting work (the output folder), port, management_port (health and metrics), threads
# and connections, and optionally service_jar (the service to start; by default the production
# build's).

cat > "$work/paths.lua" <<'LUA'
-- Each request takes the next path of the file named by PATHS, round and round.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local next_path = 0
request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
done = function(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, failed))
end
LUA

# load PATHS_FILE URL SECONDS: prints "requests/s p50 p90 p99 failed"
load() {
  PATHS=$1 wrk -t"$threads" -c"$connections" -d"$3"s -s "$work/paths.lua" "$2" | grep '^RESULT' | cut -d' ' -f2-
}
# start_service [java options]: launches the packaged service on this catalog's database and
# waits for it to be ready (without the per-client rate limit: wrk's one address stands for many clients); sets service (its pid) and ready_ms (launch to the first 200 from
# /q/health/ready on the management port: the catalog loaded and indexed).
start_service() {
  local started
  started=$(date +%s%N)
  PILLID_DB_URL=$url java -Xmx2g "$@" -Dquarkus.http.port=$port -Dquarkus.management.port=$management_port \
    -Dpillid.searches.rate-limit.per-second=0 -Dpillid.catalog.load-when-empty=none -Dpillid.catalog.snapshot-file="$dir/snapshot.json" \
    -Dquarkus.log.level=WARN -jar "${service_jar:-target/quarkus-app/quarkus-run.jar}" > "$dir/service.log" 2>&1 &
  service=$!
  pids+=("$service")
  until curl -fs "localhost:$management_port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$service" 2>/dev/null || { echo "the service stopped:"; cat "$dir/service.log"; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_service() { kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; }
