#!/usr/bin/env bash
# Reminder-run benchmark (README "Conversation", "Registers"): GridBot in prod mode on MariaDB database BENCH_DB
# (default gridbot_bench; Redis db BENCH_REDIS_DB, default 5), a generated register (bench/reminders/generate.sql:
# ~3,000 grids, ~3,200 workers, RESIDENTS residents and REGISTERS records of the five other registers),
# then one day's reminder run timed through POST /api/v1/reminders/run. Prints the counts per kind, the
# wall time seen by curl and GridBot's own millis, checks that a repeat run for the same day creates
# nothing, times the next day's run (the routine daily case), and repeats all of it on a register of
# SMALL residents to show that the cost follows what is due that day, not the size of the register.
#
#   bash bench/reminders-bench.sh      # DAY=2026-11-27 RESIDENTS=1000000 REGISTERS=1000000 SMALL=100000
#                                      # SMALL_REGISTERS=100000 BUFFER_POOL=1G by default
#   REUSE=1 bash bench/reminders-bench.sh   # for iterating: keeps BENCH_DB when it already holds RESIDENTS
#                                      # residents and REGISTERS records (only the reminders and runs are emptied),
#                                      # and SMALL=0 skips the small register. Figures to report come from a
#                                      # normal run: a reused database's pages are laid out and cached differently.
set -euo pipefail
cd "$(dirname "$0")/.."

DAY=${DAY:-2026-11-27}
WARMUP_DAY=${WARMUP_DAY:-$(date -d "$DAY - 7 days" +%F)}   # another day: warms the JVM and the buffer pool
NEXT_DAY=$(date -d "$DAY + 1 day" +%F)
RESIDENTS=${RESIDENTS:-1000000}
SMALL=${SMALL:-100000}
REGISTERS=${REGISTERS:-1000000}
SMALL_REGISTERS=${SMALL_REGISTERS:-100000}
BENCH_DB=${BENCH_DB:-gridbot_bench}
BENCH_REDIS_DB=${BENCH_REDIS_DB:-5}
GRIDBOT_PORT=${GRIDBOT_PORT:-18082}
API="http://127.0.0.1:$GRIDBOT_PORT/api/v1"
OUT=bench/out
mkdir -p "$OUT"
DB=(mysql --protocol=tcp -h127.0.0.1 -ugridbot -pgridbot "$BENCH_DB")

./mvnw -q -DskipTests package   # always: the jar measured is this checkout
bash .ci/prepare-services >/dev/null
. bench/buffer-pool.sh
. bench/gridbot.sh
size_buffer_pool
REUSE=${REUSE:-0}
[ "$REUSE" = 1 ] || fresh_database "$BENCH_DB" "$BENCH_REDIS_DB"

pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; restore_buffer_pool; }
trap cleanup EXIT

# The scheduled daily run is off (cron "-") so that only the runs asked for here happen, and the outbox
# dispatcher polls once an hour so that delivering the reminders just created does not compete with the
# run being measured (there is no WeChat behind it).
start_gridbot "$BENCH_DB" "$BENCH_REDIS_DB" "$GRIDBOT_PORT" "$OUT/reminders-gridbot.log" \
  --gridbot.daily.reminders-cron=- --gridbot.daily.digest-cron=- --gridbot.outbox.poll-interval=PT1H
pid=$GRIDBOT_PID
MARIADB_PID=$(pgrep -xo mariadbd)
# The measured schema is Flyway's; the generator must leave it as it is.
"${DB[@]}" -N -e "SHOW CREATE TABLE resident; SHOW CREATE TABLE notification; SHOW CREATE TABLE worker" > "$OUT/schema-before.txt"

generate() { # residents registers
  local start end lines units
  lines=$(wc -l < "$OUT/reminders-gridbot.log")
  if [ "$REUSE" = 1 ] && [ "$("${DB[@]}" -N -e "SELECT (SELECT COUNT(*) FROM resident) = $1 AND (SELECT COUNT(*) FROM register_record) = $2")" = 1 ]; then
    echo "Reusing $1 residents and $2 register records in $BENCH_DB (REUSE=1): only the reminders and runs emptied"
    "${DB[@]}" -e "TRUNCATE TABLE notification; TRUNCATE TABLE reminder_run"
    GEN_SECONDS=0
    return
  fi
  echo "Generating $1 residents and $2 register records (bench/reminders/generate.sql)"
  start=$(date +%s.%N)
  # Its last statement reports what was generated; ANALYZE's status lines before it are skipped.
  { echo "SET @residents = $1, @registers = $2, @today = '$DAY';"; cat bench/reminders/generate.sql; } | "${DB[@]}" --batch \
    | tail -2 | column -t | sed 's/^/  /'
  end=$(date +%s.%N)
  GEN_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  echo "generated in ${GEN_SECONDS}s"
  "${DB[@]}" -N -e "SHOW CREATE TABLE resident; SHOW CREATE TABLE notification; SHOW CREATE TABLE worker" > "$OUT/schema-after.txt"
  diff -q <(sed 's/ AUTO_INCREMENT=[0-9]*//' "$OUT/schema-before.txt") <(sed 's/ AUTO_INCREMENT=[0-9]*//' "$OUT/schema-after.txt") >/dev/null \
    || { echo "the generator changed the schema"; exit 1; }
  # GridBot re-reads the grid tree when it changes (every 15 s): wait for that, so reminders carry the
  # unit path as they would in production.
  units=$("${DB[@]}" -N -e "SELECT COUNT(*) FROM grid_unit")
  for _ in $(seq 1 60); do
    tail -n +"$((lines + 1))" "$OUT/reminders-gridbot.log" | grep -q "Grid directory loaded: $units units" && break
    sleep 1
  done
}

TICK=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$TICK" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"; }   # user + system time
pages_read() { "${DB[@]}" -N -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'" | cut -f2; }   # from disk

COUNTS='"  BIRTHDAY_TODAY=\(.BIRTHDAY_TODAY) BIRTHDAY_UPCOMING=\(.BIRTHDAY_UPCOMING) VISIT_DUE=\(.VISIT_DUE) VISIT_OVERDUE=\(.VISIT_OVERDUE) CHECK_DUE=\(.CHECK_DUE) CHECK_OVERDUE=\(.CHECK_OVERDUE) total=\(.total)"'

measure() { # label residents registers → sets RESULT_<label>
  local label=$1 n=$2 answer wall json total millis again next
  generate "$n" "$3"
  echo "Warm-up run for $WARMUP_DAY"
  answer=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -w '\n%{time_total}' "$API/reminders/run?date=$WARMUP_DAY")
  echo "  $(head -1 <<<"$answer") wall=$(tail -1 <<<"$answer")s"
  echo "Measured run for $DAY (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  local g0 m0 r0 g1 m1 r1
  g0=$(cpu_ms "$pid"); m0=$(cpu_ms "$MARIADB_PID"); r0=$(pages_read)
  answer=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -w '\n%{time_total}' "$API/reminders/run?date=$DAY")
  g1=$(cpu_ms "$pid"); m1=$(cpu_ms "$MARIADB_PID"); r1=$(pages_read)
  json=$(head -1 <<<"$answer"); wall=$(tail -1 <<<"$answer")
  total=$(jq .total <<<"$json"); millis=$(jq .millis <<<"$json")
  jq -r "$COUNTS" <<<"$json"
  echo "  wall=${wall}s (curl)  millis=${millis} (GridBot)  cpu: GridBot $((g1 - g0)) ms, MariaDB $((m1 - m0)) ms;  pages read from disk $((r1 - r0))"
  echo "  (CPU and disk figures are machine-wide for MariaDB: other databases' sessions count too)"
  echo "Repeat run for $DAY"
  answer=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -w '\n%{time_total}' "$API/reminders/run?date=$DAY")
  again=$(head -1 <<<"$answer")
  jq -r "$COUNTS" <<<"$again"
  echo "  wall=$(tail -1 <<<"$answer")s (curl)  millis=$(jq .millis <<<"$again") (GridBot)"
  [ "$(jq .total <<<"$again")" = 0 ] || { echo "the repeat run created reminders"; exit 1; }
  # The run for D catches up the week since the warm-up; the next day's run is what a day costs once
  # the daily run is routine (the previous run was yesterday).
  echo "Next day's run for $NEXT_DAY (daily cadence: previous run $DAY)"
  answer=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -w '\n%{time_total}' "$API/reminders/run?date=$NEXT_DAY")
  next=$(head -1 <<<"$answer")
  jq -r "$COUNTS" <<<"$next"
  echo "  wall=$(tail -1 <<<"$answer")s (curl)  millis=$(jq .millis <<<"$next") (GridBot)"
  printf -v "RESULT_$label" '%s %s %s %s %s %s %s %s %s' "$n" "$3" "$total" "$wall" "$millis" "$GEN_SECONDS" \
    "$(jq .total <<<"$next")" "$(tail -1 <<<"$answer")" "$(jq .millis <<<"$next")"
}

measure large "$RESIDENTS" "$REGISTERS"
RESULT_small=
[ "$SMALL" = 0 ] || measure small "$SMALL" "$SMALL_REGISTERS"

echo
echo "Cost follows what is due, not the register size:"
printf '%-28s %10s %10s %9s %8s %8s %12s\n' run residents registers created wall_s millis us/reminder
RESULTS=("$RESULT_large")
[ -z "$RESULT_small" ] || RESULTS=("$RESULT_small" "$RESULT_large")
row() { awk -v l="$1" -v n="$2" -v g="$3" -v t="$4" -v w="$5" -v m="$6" \
  'BEGIN { printf "%-28s %10d %10d %9d %8.2f %8d %12.0f\n", l, n, g, t, w, m, (t > 0 ? m * 1000 / t : 0) }'; }
for r in "${RESULTS[@]}"; do
  read -r n regs total wall millis gen ntotal nwall nmillis <<<"$r"
  row "$DAY after $WARMUP_DAY" "$n" "$regs" "$total" "$wall" "$millis"
done
for r in "${RESULTS[@]}"; do
  read -r n regs total wall millis gen ntotal nwall nmillis <<<"$r"
  row "$NEXT_DAY after $DAY" "$n" "$regs" "$ntotal" "$nwall" "$nmillis"
done
[ -z "$RESULT_small" ] || { read -r n regs _ _ _ gen _ <<<"$RESULT_small"; echo "generator: $n residents and $regs register records in ${gen}s"; }
read -r n regs total wall millis gen _ <<<"$RESULT_large"; echo "generator: $n residents and $regs register records in ${gen}s"
awk -v d="$DAY" -v n="$n" -v g="$regs" -v t="$total" -v w="$wall" -v m="$millis" \
  'BEGIN { printf "reminders D=%s residents=%d registers=%d created=%d wall=%.2fs millis=%d (target < 5 s)%s\n", d, n, g, t, w, m, (w < 5 ? "" : "  ** NOT MET **") }'
