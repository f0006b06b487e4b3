# Sourced by the benchmarks: a fresh database and GridBot started on it in prod mode, as production
# would run it (MariaDB + Redis, the same JVM flags for every benchmark).
ADMIN=bench-admin-token-0123456789abcdef
APP_ID=wxgridbotbench0001
TOKEN=bench-token
JVM="-Xms1g -Xmx1g -XX:+UseParallelGC"

fresh_database() { # database redis-db
  mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; GRANT ALL ON $1.* TO 'gridbot'@'localhost', 'gridbot'@'127.0.0.1', 'gridbot'@'%';"
  redis-cli -n "$2" flushdb >/dev/null
}

start_gridbot() { # database redis-db port log [more --options]; sets GRIDBOT_PID, returns once it is healthy
  local database=$1 redis=$2 port=$3 log=$4
  shift 4
  java $JVM -jar app/target/gridbot.jar --spring.profiles.active=prod --server.port="$port" \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$database" \
    --spring.datasource.username=gridbot --spring.datasource.password=gridbot \
    --spring.data.redis.host=127.0.0.1 --spring.data.redis.database="$redis" --gridbot.redis.key-prefix=gridbot-bench: \
    --gridbot.wechat.app-id=$APP_ID --gridbot.wechat.token=$TOKEN --gridbot.admin.bootstrap-token=$ADMIN \
    "$@" > "$log" 2>&1 &
  GRIDBOT_PID=$!
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0; sleep 1; done
  echo "GridBot did not start; see $log"
  kill "$GRIDBOT_PID" 2>/dev/null || true
  exit 1
}
