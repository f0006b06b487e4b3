#!/usr/bin/env bash
# Supervision benchmark (README "Admin API"): GridBot in prod mode on MariaDB database gridbot_bench (Redis db 5), the
# grid tree and workers of bench/reminders/generate.sql (~3,000 grids, ~3,200 workers; 1,000 residents,
# which these requests do not read) and EVENTS events over the year up to DAY
# (bench/supervision/generate-events.sql), the statistics counters rebuilt through the API, then the
# supervisor's reads timed with curl: the stats overview and report (county, township, community), and
# one page of the event list at the start, the middle and the end, by page number and by cursor, with
# and without filters. Each request runs WARMUP times unmeasured, then RUNS times; prints median and p95.
#
#   bash bench/supervision-bench.sh      # DAY=2026-11-27 EVENTS=1000000 RUNS=20 WARMUP=3 BUFFER_POOL=1G by default
#
# READ_POOL (e.g. 128M, MariaDB's default) resizes the buffer pool once the data is generated and the counters
# rebuilt, so that the reads are measured with that pool without generating a million events through it
# (BUFFER_POOL=keep does that too, but the load then takes half an hour on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."

DAY=${DAY:-2026-11-27}
FROM=$(date -d "$DAY - 364 days" +%F)   # the full year: 365 days, both ends included
EVENTS=${EVENTS:-1000000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
TOWNSHIP=${TOWNSHIP:-BX-T05}
COMMUNITY=${COMMUNITY:-BX-T05-M03}
GRID=${GRID:-}
GRIDBOT_PORT=${GRIDBOT_PORT:-18083}
API="http://127.0.0.1:$GRIDBOT_PORT/api/v1"
OUT=bench/out
LOG=$OUT/supervision-gridbot.log
mkdir -p "$OUT"
DB=(mysql --protocol=tcp -h127.0.0.1 -ugridbot -pgridbot gridbot_bench)

./mvnw -q -DskipTests package   # always: the jar measured is this checkout
bash .ci/prepare-services >/dev/null
. bench/buffer-pool.sh
. bench/gridbot.sh
size_buffer_pool
fresh_database gridbot_bench 5

pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; restore_buffer_pool; }
trap cleanup EXIT

# Nothing scheduled may touch the events while they are measured: the deadline watch (it would mark,
# escalate and close the generated events: D is "now") waits a day, the daily runs are off (cron "-"),
# and the outbox dispatcher polls once an hour.
start_gridbot gridbot_bench 5 "$GRIDBOT_PORT" "$LOG" \
  --gridbot.daily.reminders-cron=- --gridbot.daily.digest-cron=- --gridbot.deadlines.watch-interval=P1D \
  --gridbot.outbox.poll-interval=PT1H
pid=$GRIDBOT_PID
# The measured schema is Flyway's; the generators must leave it as it is.
"${DB[@]}" -N -e "SHOW CREATE TABLE grid_event; SHOW CREATE TABLE event_stats" > "$OUT/supervision-schema-before.txt"

secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# The units and workers: the reminder benchmark's generator with a token register.
lines=$(wc -l < "$LOG")
echo "Generating units and workers (bench/reminders/generate.sql, 1,000 residents)"
{ echo "SET @residents = 1000, @today = '$DAY';"; cat bench/reminders/generate.sql; } | "${DB[@]}" --batch \
  | tail -2 | cut -f1-4 | column -t | sed 's/^/  /'

echo "Generating $EVENTS events over $FROM..$DAY (bench/supervision/generate-events.sql)"
start=$(date +%s.%N)
{ echo "SET @events = $EVENTS, @today = '$DAY';"; cat bench/supervision/generate-events.sql; } | "${DB[@]}" --batch \
  | tail -2 | column -t -s $'\t' | sed 's/^/  /'
GEN_SECONDS=$(secs "$start" "$(date +%s.%N)")
echo "generated in ${GEN_SECONDS}s"

# Fresh optimizer statistics after the bulk load, as InnoDB would soon have on its own.
start=$(date +%s.%N)
"${DB[@]}" -e "ANALYZE TABLE grid_event" >/dev/null
echo "ANALYZE TABLE grid_event: $(secs "$start" "$(date +%s.%N)")s"

"${DB[@]}" -N -e "SHOW CREATE TABLE grid_event; SHOW CREATE TABLE event_stats" > "$OUT/supervision-schema-after.txt"
diff -q <(sed 's/ AUTO_INCREMENT=[0-9]*//' "$OUT/supervision-schema-before.txt") \
        <(sed 's/ AUTO_INCREMENT=[0-9]*//' "$OUT/supervision-schema-after.txt") >/dev/null \
  || { echo "the generator changed the schema"; exit 1; }

# GridBot re-reads the grid tree when it changes (every 15 s); the statistics walk it, so wait for that.
units=$("${DB[@]}" -N -e "SELECT COUNT(*) FROM grid_unit")
for _ in $(seq 1 60); do
  tail -n +"$((lines + 1))" "$LOG" | grep -q "Grid directory loaded: $units units" && break
  sleep 1
done

# The counters after a bulk load (what an operator does after importing history), timed.
echo "Rebuilding the statistics counters (POST /api/v1/stats/rebuild)"
answer=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -w '\n%{time_total}' "$API/stats/rebuild")
REBUILD_SECONDS=$(tail -1 <<<"$answer")
"${DB[@]}" -e "ANALYZE TABLE event_stats" >/dev/null
echo "  $(head -1 <<<"$answer") in ${REBUILD_SECONDS}s; $("${DB[@]}" -N -e "SELECT COUNT(*) FROM event_stats") counter rows"
# The counters must agree with the events they summarise.
"${DB[@]}" -N -e "SELECT (SELECT SUM(received + cancelled) FROM event_stats WHERE level = 'T'),
                         (SELECT SUM(received + cancelled) FROM event_stats WHERE level = 'C'),
                         (SELECT SUM(received + cancelled) FROM event_stats WHERE level = 'G'),
                         (SELECT SUM(events) FROM event_unit_count), COUNT(*) FROM grid_event" \
  | awk '{ if ($1 != $5 || $2 != $5 || $3 != $5 || $4 != $5) { print "counters disagree with the events: " $0; exit 1 } }'

# Where the list pages are: the cursor is the keyset token the API hands out as nextCursor, base64url of
# "e<id>.<total>" without padding; the page continues below that id, and its total is the one the walk's
# first page counted (a client walking the list holds exactly such a cursor).
cursor() { printf 'e%s.%s' "$1" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
read -r MAX_ID TOTAL < <("${DB[@]}" -N -e "SELECT MAX(id), COUNT(*) FROM grid_event")
LAST_PAGE=$(( (TOTAL - 1) / 20 ))
MID_PAGE=$(( LAST_PAGE / 2 ))
MID_CURSOR=$(cursor $(( MAX_ID - MID_PAGE * 20 + 1 )) "$TOTAL")   # the same rows as page MID_PAGE
END_CURSOR=$(cursor $(( MAX_ID - LAST_PAGE * 20 + 1 )) "$TOTAL")  # the same rows as the last page
TOWN_PATH=$("${DB[@]}" -N -e "SELECT path FROM grid_unit WHERE code = '$TOWNSHIP'")
[ -n "$GRID" ] || GRID=$("${DB[@]}" -N -e "SELECT MIN(code) FROM grid_unit WHERE parent_code = '$COMMUNITY' AND level = 'GRID'")
FILTER="gridCode=$TOWNSHIP&status=ASSIGNED"
F_TOTAL=$("${DB[@]}" -N -e "SELECT COUNT(*) FROM grid_event WHERE status = 'ASSIGNED' AND unit_path LIKE '$TOWN_PATH%'")
F_LAST_PAGE=$(( (F_TOTAL - 1) / 20 ))
# The cursor of the filtered list's last page: the id just above its first row.
F_END_ID=$("${DB[@]}" -N -e "SELECT id + 1 FROM grid_event WHERE status = 'ASSIGNED' AND unit_path LIKE '$TOWN_PATH%'
                              ORDER BY id DESC LIMIT 1 OFFSET $(( F_LAST_PAGE * 20 ))")
F_END_CURSOR=$(cursor "$F_END_ID" "$F_TOTAL")
# The supervisor's other everyday list (README "Event lifecycle"): a township's overdue events.
OVERDUE="gridCode=$TOWNSHIP&overdue=true"
O_TOTAL=$("${DB[@]}" -N -e "SELECT COUNT(*) FROM grid_event WHERE overdue AND unit_path LIKE '$TOWN_PATH%'")
O_LAST_PAGE=$(( (O_TOTAL - 1) / 20 ))
O_END_CURSOR=$(cursor "$("${DB[@]}" -N -e "SELECT id + 1 FROM grid_event WHERE overdue AND unit_path LIKE '$TOWN_PATH%'
                                             ORDER BY id DESC LIMIT 1 OFFSET $(( O_LAST_PAGE * 20 ))")" "$O_TOTAL")

# measure label url: WARMUP unmeasured calls, then RUNS timed ones; every answer must be 200.
RESULTS=()
measure() {
  local label=$1 url=$2 i out code t times=()
  for i in $(seq 1 "$WARMUP"); do
    curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" "$url"
  done
  for i in $(seq 1 "$RUNS"); do
    out=$(curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" -w '%{http_code} %{time_total}' "$url")
    read -r code t <<<"$out"
    [ "$code" = 200 ] || { echo "$label: HTTP $code for $url"; exit 1; }
    times+=("$t")
  done
  # median and p95 (nearest rank) in ms
  local stats
  stats=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 * 1000 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; p = v[int(NR * 0.95 + 0.999999)];
          printf "%.1f %.1f", m, p }')
  RESULTS+=("$label|$stats")
  printf '  %-44s median %7.1f ms  p95 %7.1f ms\n' "$label" ${stats}
}

# What a page answers, to show that the deep pages are the ones meant.
show() { curl -sf -H "Authorization: Bearer $ADMIN" "$1" | jq -r '"    total=\(.total) first=\(.items[0].number) last=\(.items[-1].number) items=\(.items | length) nextCursor=\(.nextCursor != null)"'; }

if [ -n "${READ_POOL:-}" ]; then
  mysql --protocol=tcp -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$READ_POOL")"
  for _ in $(seq 1 120); do
    [ "$(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")" = "$(numfmt --from=iec "$READ_POOL")" ] && break
    sleep 1
  done
  echo "Reads measured with innodb_buffer_pool_size $(numfmt --to=iec "$(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")") (READ_POOL)"
fi

echo
echo "Measuring: $EVENTS events, $WARMUP warm-ups and $RUNS runs per request (load average $(cut -d' ' -f1-3 /proc/loadavg))"
measure "stats overview county/year"        "$API/stats/overview?from=$FROM&to=$DAY&gridCode=BX"
measure "stats overview township/year"      "$API/stats/overview?from=$FROM&to=$DAY&gridCode=$TOWNSHIP"
measure "stats overview community/year"     "$API/stats/overview?from=$FROM&to=$DAY&gridCode=$COMMUNITY"
measure "stats overview grid/year"          "$API/stats/overview?from=$FROM&to=$DAY&gridCode=$GRID"
measure "stats report county/year"          "$API/stats/report?from=$FROM&to=$DAY&gridCode=BX"
measure "stats report township/year"        "$API/stats/report?from=$FROM&to=$DAY&gridCode=$TOWNSHIP"
measure "events first page"                 "$API/events?size=20"
measure "events page=$MID_PAGE (middle)"     "$API/events?size=20&page=$MID_PAGE"
measure "events page=$LAST_PAGE (last)"      "$API/events?size=20&page=$LAST_PAGE"
measure "events cursor middle"              "$API/events?size=20&cursor=$MID_CURSOR"
measure "events cursor end"                 "$API/events?size=20&cursor=$END_CURSOR"
measure "events $TOWNSHIP ASSIGNED first page" "$API/events?size=20&$FILTER"
measure "events $TOWNSHIP ASSIGNED page=$F_LAST_PAGE (last)" "$API/events?size=20&$FILTER&page=$F_LAST_PAGE"
measure "events $TOWNSHIP ASSIGNED cursor end"  "$API/events?size=20&$FILTER&cursor=$F_END_CURSOR"
measure "events $TOWNSHIP overdue first page"   "$API/events?size=20&$OVERDUE"
measure "events $TOWNSHIP overdue page=$O_LAST_PAGE (last)" "$API/events?size=20&$OVERDUE&page=$O_LAST_PAGE"
measure "events $TOWNSHIP overdue cursor end"   "$API/events?size=20&$OVERDUE&cursor=$O_END_CURSOR"
echo "  (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"

echo
echo "The pages measured:"
for u in "size=20" "size=20&page=$MID_PAGE" "size=20&cursor=$MID_CURSOR" "size=20&page=$LAST_PAGE" "size=20&cursor=$END_CURSOR" \
         "size=20&$FILTER" "size=20&$FILTER&page=$F_LAST_PAGE" "size=20&$FILTER&cursor=$F_END_CURSOR" \
         "size=20&$OVERDUE" "size=20&$OVERDUE&page=$O_LAST_PAGE" "size=20&$OVERDUE&cursor=$O_END_CURSOR"; do
  echo "  $u"; show "$API/events?$u"
done

echo
printf '%-48s %10s %10s\n' request median_ms p95_ms
for r in "${RESULTS[@]}"; do
  IFS='|' read -r label stats <<<"$r"
  read -r m p <<<"$stats"
  printf '%-48s %10.1f %10.1f\n' "$label" "$m" "$p"
done
echo "generator: $EVENTS events in ${GEN_SECONDS}s; stats rebuild: ${REBUILD_SECONDS}s"
for r in "${RESULTS[@]}"; do
  IFS='|' read -r label stats <<<"$r"
  read -r m p <<<"$stats"
  # The issue's targets: a stats overview under 300 ms (stated for the county over a year; the other
  # overviews and the reports are held to it too), one page of the event list under 50 ms anywhere.
  case $label in
    stats*) target=300; name=$label ;;
    events*) target=50; name="event list page: ${label#events }" ;;
  esac
  awk -v n="$name" -v m="$m" -v p="$p" -v t="$target" \
    'BEGIN { printf "%s: median %.1f ms p95 %.1f ms (target < %d ms)%s\n", n, m, p, t, (p < t ? "" : (m < t ? "  ** p95 over **" : "  ** NOT MET **")) }'
done
