# Sourced by the benchmarks. MariaDB's (and MySQL's) default InnoDB buffer pool is 128 MB, smaller than a
# county's million-row tables and their indexes; a production database is sized so that its working set
# stays in memory. BUFFER_POOL (default 1G; "keep" leaves the server as it is) sets
# innodb_buffer_pool_size for the run, and restore_buffer_pool puts the server's own value back.
BUFFER_POOL=${BUFFER_POOL:-1G}
ORIGINAL_BUFFER_POOL=$(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")

size_buffer_pool() {
  if [ "$BUFFER_POOL" != keep ]; then
    mysql --protocol=tcp -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$BUFFER_POOL")"
    # The resize runs in the background; wait until the server reports the new size.
    for _ in $(seq 1 60); do
      [ "$(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")" = "$(numfmt --from=iec "$BUFFER_POOL")" ] && break
      sleep 1
    done
  fi
  echo "MariaDB innodb_buffer_pool_size: $(numfmt --to=iec "$(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e "SELECT @@innodb_buffer_pool_size")") (server's own: $(numfmt --to=iec "$ORIGINAL_BUFFER_POOL"); BUFFER_POOL=keep leaves it)"
}

restore_buffer_pool() {
  [ "$BUFFER_POOL" = keep ] || mysql --protocol=tcp -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $ORIGINAL_BUFFER_POOL" 2>/dev/null || true
}
