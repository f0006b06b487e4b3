#!/usr/bin/env bash
# Portal benchmark (README "Benchmarks"): GridBot in prod mode (MariaDB + Redis) and a bare WxJava
# echo bot, loaded in the same run by wrk with signed text messages (distinct MsgIds, 10,000 openids,
# Chinese complaints naming demo-county places). Each gets a warm-up, then a measured run; the script
# prints requests/s, p50 and p99 for each and GridBot's share of the echo bot's throughput; then GridBot's p50
# and p99 at a fixed rate of RATE messages/s (bench/FixedRate.java), once the pushes of the saturation run are out.
# GridBot's pushes go to a stand-in for WeChat's API (bench/FakeWeChat.java) that accepts them, with a template
# configured for every kind, so that each push is sent once as in production instead of failing and being retried
# in the background of the measurement.
#
# GRIDBOT_ARGS adds options to GridBot's command line (e.g. GRIDBOT_ARGS=--gridbot.intake.writers=2).
#
#   bash bench/portal-bench.sh            # WARMUP=60 DURATION=30 CONNECTIONS=16 THREADS=2 OPENIDS=10000 RATE=200
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
export OPENIDS=${OPENIDS:-10000}   # the openid pool; see bench/portal.lua
GRIDBOT_PORT=${GRIDBOT_PORT:-18080}
ECHO_PORT=${ECHO_PORT:-18081}
WECHAT_PORT=${WECHAT_PORT:-18089}
OUT=bench/out
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
bash .ci/prepare-services >/dev/null
. bench/gridbot.sh
fresh_database gridbot_portal_bench 6

./mvnw -q -DskipTests package   # always: the jar measured is this checkout
[ -f bench/echo-bot/target/echo-bot.jar ] || ./mvnw -q -f bench/echo-bot/pom.xml -DskipTests package

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java $JVM -Decho.app-id=$APP_ID -Decho.token=$TOKEN -jar bench/echo-bot/target/echo-bot.jar --server.port=$ECHO_PORT \
  > "$OUT/echo.log" 2>&1 &
pids+=($!)
java bench/FakeWeChat.java "$WECHAT_PORT" > "$OUT/fake-wechat.log" 2>&1 &
pids+=($!)

wait_up() { for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 1; done; echo "not up: $1"; exit 1; }
# Every request must create an event (README "Benchmarks"): the twenty benchmark texts repeat, so the duplicate
# merge (README "Departments and supervision") is off here.
templates=()
for kind in TASK_ASSIGNED SIGN_OVERDUE STATUS_CHANGED RATING_REQUEST SPOOL_REPLY EXTENSION_DECIDED; do
  templates+=("--gridbot.wechat.templates.$kind=bench-template-$kind")
done
start_gridbot gridbot_portal_bench 6 "$GRIDBOT_PORT" "$OUT/gridbot.log" --gridbot.merge.enabled=false \
  --gridbot.wechat.api-host="http://127.0.0.1:$WECHAT_PORT" --gridbot.wechat.secret=bench-secret "${templates[@]}" \
  ${GRIDBOT_ARGS:-}
pids+=("$GRIDBOT_PID")
wait_up "http://127.0.0.1:$ECHO_PORT/"

echo "Importing the demo county into GridBot"
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  --data-binary @app/src/main/resources/demo/grids.geojson "http://127.0.0.1:$GRIDBOT_PORT/api/v1/grids/import" >/dev/null
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' \
  --data-binary @app/src/main/resources/demo/workers.csv "http://127.0.0.1:$GRIDBOT_PORT/api/v1/workers/import" >/dev/null

signed_query() {
  local ts=$1 nonce=$2
  local sig
  sig=$(printf '%s\n' "$TOKEN" "$ts" "$nonce" | sort | tr -d '\n' | sha1sum | cut -d' ' -f1)
  echo "signature=$sig&timestamp=$ts&nonce=$nonce"
}

run() { # name port seconds
  local ts nonce
  ts=$(date +%s); nonce=$RANDOM$RANDOM
  QUERY=$(signed_query "$ts" "$nonce") PORTAL_PATH="/wx/portal/$APP_ID" CREATE_TIME=$ts \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s bench/portal.lua "http://127.0.0.1:$2" \
    | tee "$OUT/$1.txt" | grep RESULT | sed "s/^RESULT/$1/"
}

echo "Warm-up: ${WARMUP}s each (signatures are valid for 5 minutes, so each run signs afresh)"
run warmup-echo $ECHO_PORT "$WARMUP" >/dev/null
run warmup-gridbot $GRIDBOT_PORT "$WARMUP" >/dev/null

echo "Measuring: ${DURATION}s each, $THREADS threads, $CONNECTIONS connections"
count_events() { mysql --protocol=tcp -h127.0.0.1 -ugridbot -pgridbot gridbot_portal_bench -N -e "SELECT COUNT(*) FROM grid_event"; }
E=$(run echo $ECHO_PORT "$DURATION")
before=$(count_events)
G=$(run gridbot $GRIDBOT_PORT "$DURATION")
created=$(( $(count_events) - before ))
echo "$E"
echo "$G"
erps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$E")
grps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$G")
# Every measured request is a new message (distinct MsgIds) that must become one new event; a shortfall
# means replies came from somewhere cheaper (retry cache, flood control) and the figure would flatter.
requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$G")
echo "events created in the measured run: $created for $requests requests"
awk -v g="$grps" -v e="$erps" 'BEGIN { printf "ratio gridbot/echo throughput: %.2f (target >= 0.50)\n", g / e }'

# The latency a resident feels: messages at a fixed, modest rate (RATE per second, an open loop: a slow answer
# does not hold back the next message), each timed from when it was due (bench/FixedRate.java).
RATE=${RATE:-200}
# The saturation run leaves thousands of pushes to send; the fixed rate is measured once they are out (or after
# three minutes), so that it shows a steady 200 messages/s rather than the tail of the burst.
due_pushes() { mysql --protocol=tcp -h127.0.0.1 -ugridbot -pgridbot gridbot_portal_bench -N -e \
  "SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= NOW(3)"; }
waited=0
while [ "$(due_pushes)" -gt 0 ] && [ "$waited" -lt 180 ]; do sleep 2; waited=$((waited + 2)); done
echo "Pushes of the saturation run sent after ${waited}s more ($(due_pushes) still due); sent in all: $(mysql --protocol=tcp \
  -h127.0.0.1 -ugridbot -pgridbot gridbot_portal_bench -N -e "SELECT COUNT(*) FROM notification WHERE status = 'SENT'")"
ts=$(date +%s); nonce=$RANDOM$RANDOM
echo "Fixed rate: $RATE messages/s for ${DURATION}s"
java bench/FixedRate.java "http://127.0.0.1:$GRIDBOT_PORT/wx/portal/$APP_ID?$(signed_query "$ts" "$nonce")" "$RATE" "$DURATION" "$OPENIDS" \
  | tee "$OUT/fixed-rate.txt" | sed "s/^RESULT/gridbot-fixed-rate/"
