#!/usr/bin/env bash
# Where an event's CPU goes (README "Benchmarks"): GridBot in prod mode on a MariaDB and a Redis of its own
# (so that nothing else running on the machine is counted), loaded by wrk with bench/portal.lua as in
# bench/portal-bench.sh, its pushes going to the stand-in WeChat API (bench/FakeWeChat.java) as there. After the
# warm-up it profiles the measured run and reads the CPU time each process used, then prints
#   - events per second and CPU milliseconds per event of GridBot, mariadbd, redis-server and wrk;
#   - GridBot's CPU by thread, by the library (or GridBot package) that spent it, and inclusively by stage.
# PROFILER=async (the default) samples every thread's CPU (EVENT=wall: every thread's time, waiting included), JIT compiler and GC included, with async-profiler
# (fetched from Maven Central; bench/collapsed-breakdown.py reads its stacks); PROFILER=jfr records Java
# Flight Recorder's execution samples instead (bench/jfr-breakdown.py), which see Java threads only and charge
# inlined frames to their callers.
#
# GRIDBOT_ARGS adds options to GridBot's command line (e.g. GRIDBOT_ARGS=--gridbot.intake.writers=2).
#
#   bash bench/portal-profile.sh          # WARMUP=45 DURATION=30 CONNECTIONS=16 THREADS=2 OPENIDS=10000 PROFILER=async
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-45}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
export OPENIDS=${OPENIDS:-10000}
DB_PORT=${DB_PORT:-13316}
REDIS_PORT=${REDIS_PORT:-16389}
GRIDBOT_PORT=${GRIDBOT_PORT:-18090}
WECHAT_PORT=${WECHAT_PORT:-18099}
PROFILER=${PROFILER:-async}
EVENT=${EVENT:-cpu}   # async-profiler's event: cpu, or wall for where each thread's time goes, waiting included
ASYNC_PROFILER_VERSION=4.2
OUT=bench/out/profile
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
. bench/gridbot.sh

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
if [ "$PROFILER" = async ]; then
  ASYNC_LIB="$OUT/async-profiler-$ASYNC_PROFILER_VERSION/libasyncProfiler.so"
  if [ ! -f "$ASYNC_LIB" ]; then
    ./mvnw -q dependency:copy -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION:jar:linux-x64" \
      -DoutputDirectory="$OUT" -Dmdep.stripVersion=false
    mkdir -p "$(dirname "$ASYNC_LIB")"
    unzip -p "$OUT/async-profiler-$ASYNC_PROFILER_VERSION-linux-x64.jar" linux-x64/libasyncProfiler.so > "$ASYNC_LIB"
  fi
  ASYNC_LIB=$(realpath "$ASYNC_LIB")
fi

WORK=$(mktemp -d /tmp/gridbot-profile-XXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "Private MariaDB on $DB_PORT and Redis on $REDIS_PORT"
mariadb-install-db --no-defaults --datadir="$WORK/data" --auth-root-authentication-method=normal --skip-test-db \
  --user="$(id -un)" > "$WORK/install.log" 2>&1
/usr/sbin/mariadbd --no-defaults --datadir="$WORK/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$WORK/mariadb.sock" --user="$(id -un)" --innodb-buffer-pool-size=1G --skip-log-bin \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_bin > "$WORK/mariadbd.log" 2>&1 &
DB_PID=$!; pids+=($DB_PID)
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
REDIS_PID=$!; pids+=($REDIS_PID)
for _ in $(seq 1 60); do mysqladmin --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot status >/dev/null 2>&1 && break; sleep 1; done
mysql --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot -e "CREATE DATABASE gridbot CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
  CREATE USER 'gridbot'@'%' IDENTIFIED BY 'gridbot'; GRANT ALL ON gridbot.* TO 'gridbot'@'%';"

java bench/FakeWeChat.java "$WECHAT_PORT" > "$WORK/fake-wechat.log" 2>&1 &
pids+=($!)
templates=()
for kind in TASK_ASSIGNED SIGN_OVERDUE STATUS_CHANGED RATING_REQUEST SPOOL_REPLY EXTENSION_DECIDED; do
  templates+=("--gridbot.wechat.templates.$kind=bench-template-$kind")
done

java $JVM -XX:+FlightRecorder -jar app/target/gridbot.jar --spring.profiles.active=prod --server.port="$GRIDBOT_PORT" \
  --spring.datasource.url="jdbc:mysql://127.0.0.1:$DB_PORT/gridbot" \
  --spring.datasource.username=gridbot --spring.datasource.password=gridbot \
  --spring.data.redis.host=127.0.0.1 --spring.data.redis.port="$REDIS_PORT" \
  --gridbot.wechat.app-id=$APP_ID --gridbot.wechat.token=$TOKEN --gridbot.admin.bootstrap-token=$ADMIN \
  --gridbot.merge.enabled=false \
  --gridbot.wechat.api-host="http://127.0.0.1:$WECHAT_PORT" --gridbot.wechat.secret=bench-secret "${templates[@]}" \
  ${GRIDBOT_ARGS:-} > "$OUT/gridbot.log" 2>&1 &
GRIDBOT_PID=$!; pids+=($GRIDBOT_PID)
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$GRIDBOT_PORT/actuator/health" && break; sleep 1; done
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  --data-binary @app/src/main/resources/demo/grids.geojson "http://127.0.0.1:$GRIDBOT_PORT/api/v1/grids/import" >/dev/null
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' \
  --data-binary @app/src/main/resources/demo/workers.csv "http://127.0.0.1:$GRIDBOT_PORT/api/v1/workers/import" >/dev/null

load() { # seconds
  local ts nonce sig
  ts=$(date +%s); nonce=$RANDOM$RANDOM
  sig=$(printf '%s\n' "$TOKEN" "$ts" "$nonce" | sort | tr -d '\n' | sha1sum | cut -d' ' -f1)
  QUERY="signature=$sig&timestamp=$ts&nonce=$nonce" PORTAL_PATH="/wx/portal/$APP_ID" CREATE_TIME=$ts \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 10s -s bench/portal.lua "http://127.0.0.1:$GRIDBOT_PORT"
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status() { mysql --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN
  ('Questions','Com_select','Com_insert','Com_update','Com_delete','Com_commit','Com_set_option','Com_savepoint')"; }
redis_commandstats() { redis-cli -p "$REDIS_PORT" INFO commandstats | awk -F'[:=,]' '/^cmdstat_/ { print $1, $3 }' | sort; }
redis_commands() { redis-cli -p "$REDIS_PORT" INFO stats | awk -F: '/^total_commands_processed/ { print $2 + 0 }'; }
events() { mysql --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -ugridbot -pgridbot gridbot -N -e "SELECT COUNT(*) FROM grid_event"; }

# jcmd reads name=value as its own arguments, so async-profiler's options go in quotes.
agent() { jcmd "$GRIDBOT_PID" JVMTI.agent_load "$ASYNC_LIB" "\"$1\"" | grep -q 'return code: 0' || { echo "async-profiler: $1 failed"; exit 1; }; }
profile_start() {
  if [ "$PROFILER" = async ]; then
    if [ "$EVENT" = wall ]; then agent "start,event=wall,interval=5ms,threads"; else agent "start,event=$EVENT,interval=1ms,threads"; fi
  else
    jcmd "$GRIDBOT_PID" JFR.start name=profile settings=profile filename="$OUT/portal.jfr" > /dev/null
  fi
}
profile_stop() {
  if [ "$PROFILER" = async ]; then
    agent "stop,collapsed,file=$(realpath "$OUT")/portal.collapsed"
  else
    jcmd "$GRIDBOT_PID" JFR.stop name=profile > /dev/null
  fi
}
echo "Warm-up ${WARMUP}s"
load "$WARMUP" > "$OUT/warmup.txt"
jit() { jstat -compiler "$GRIDBOT_PID" | awk 'NR == 2 { print $1, $4 }'; }
read -r jit0 jitTime0 <<<"$(jit)"
profile_start
status > "$WORK/status0"; redis_commandstats > "$WORK/redis0"; c0=$(redis_commands); e0=$(events); g0=$(ticks $GRIDBOT_PID); d0=$(ticks $DB_PID); r0=$(ticks $REDIS_PID)
echo "Measuring ${DURATION}s, $THREADS threads, $CONNECTIONS connections"
TIMEFORMAT='%U %S'
{ time load "$DURATION" > "$OUT/measured.txt" ; } 2> "$OUT/wrk-time.txt"
g1=$(ticks $GRIDBOT_PID); d1=$(ticks $DB_PID); r1=$(ticks $REDIS_PID); e1=$(events); c1=$(redis_commands); redis_commandstats > "$WORK/redis1"; status > "$WORK/status1"
profile_stop
read -r jit1 jitTime1 <<<"$(jit)"
grep RESULT "$OUT/measured.txt"
awk -v n=$(( jit1 - jit0 )) -v t0="$jitTime0" -v t1="$jitTime1" 'BEGIN { printf "JIT compilations during the measured run: %d (%.1f s of compiling)\n", n, t1 - t0 }'
hz=$(getconf CLK_TCK)
n=$(( e1 - e0 ))
read -r wu ws < "$OUT/wrk-time.txt"
awk -v n="$n" -v s="$DURATION" -v hz="$hz" -v g=$(( g1 - g0 )) -v d=$(( d1 - d0 )) -v r=$(( r1 - r0 )) -v w="$(awk -v u="$wu" -v s="$ws" "BEGIN { print u + s }")" 'BEGIN {
  printf "events created: %d (%.0f/s)\n", n, n / s
  printf "CPU ms per event: gridbot %.3f  mariadbd %.3f  redis %.3f  wrk %.3f  total %.3f\n",
    1000 * g / hz / n, 1000 * d / hz / n, 1000 * r / hz / n, 1000 * w / n, 1000 * (g / hz + d / hz + r / hz + w) / n }'
awk -v n="$n" -v c=$(( c1 - c0 )) 'BEGIN { printf "Redis commands per event: %.2f\n", c / n }'
echo -n "  by command:"
join -a 2 -e 0 -o 0,1.2,2.2 "$WORK/redis0" "$WORK/redis1" | awk -v n="$n" '$3 > $2 { printf " %s %.2f", substr($1, 9), ($3 - $2) / n } END { print "" }'
echo -n "MariaDB statements per event:"
join "$WORK/status0" "$WORK/status1" | awk -v n="$n" '{ printf " %s %.2f", $1, ($3 - $2) / n } END { print "" }'
if [ "$PROFILER" = async ]; then
  python3 bench/collapsed-breakdown.py "$OUT/portal.collapsed"
else
  python3 bench/jfr-breakdown.py "$OUT/portal.jfr"
fi
