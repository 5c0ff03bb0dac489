# shellcheck shell=bash
# PostgreSQL from Debian packages: install, initdb, roles, start, stop, ready.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ==== PostgreSQL ================================================================================
PGDATA=$ENGINES/data/postgres
PG_SOCKET_DIR=$ENGINES/run/postgres

# bin dir of the PostgreSQL major version the data dir was made with, or the newest installed.
pg_bindir() {
  local want="" d
  [[ -f $PGDATA/PG_VERSION ]] && want=$(cat "$PGDATA/PG_VERSION")
  if [[ -n $want ]]; then
    d=/usr/lib/postgresql/$want/bin
    [[ -x $d/postgres && -x $d/pg_ctl ]] && echo "$d" && return 0
    return 1
  fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x $d/postgres && -x $d/initdb && -x $d/pg_ctl ]] && echo "$d" && return 0
  done
  return 1
}

# Runs a command as the postgres OS user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The postgres user must be able to reach the data, socket and log folders.
pg_fix_permissions() {
  is_root || return 0
  local d
  mkdir -p "$PG_SOCKET_DIR"
  touch "$ENGINES/logs/postgres.log"
  chown postgres:postgres "$PG_SOCKET_DIR" "$ENGINES/logs/postgres.log"
  chmod 0770 "$PG_SOCKET_DIR"
  [[ -d $PGDATA ]] && chown -R postgres:postgres "$PGDATA"
  for d in "$ENGINES/data" "$ENGINES/run" "$ENGINES/logs"; do
    while [[ $d != / ]]; do
      if ! runuser -u postgres -- test -x "$d"; then
        say postgres "making $d traversable (o+x) for the postgres user"
        chmod o+x "$d"
      fi
      d=$(dirname "$d")
    done
  done
}

install_postgres() {
  local t0
  if pg_bindir >/dev/null; then
    return 0
  fi
  is_root || die "postgres: no PostgreSQL server in /usr/lib/postgresql/*/bin; run as root or: sudo apt-get install -y postgresql"
  t0=$(now)
  if [[ -f $PGDATA/PG_VERSION ]]; then
    say postgres "installing postgresql-$(cat "$PGDATA/PG_VERSION") from Debian (the data dir was made with it)"
    apt_install "postgresql-$(cat "$PGDATA/PG_VERSION")"
  else
    say postgres "installing postgresql from Debian"
    apt_install postgresql
  fi
  pg_bindir >/dev/null || die "postgres: apt-get installed no server binary in /usr/lib/postgresql/*/bin"
  say postgres "apt-get install done in $(since "$t0")"
}

pg_initdb() {
  local bindir=$1 tmp pwfile t0
  [[ -f $PGDATA/PG_VERSION ]] && return 0
  t0=$(now)
  say postgres "initdb $PGDATA (superuser $PG_USER)"
  tmp=$ENGINES/data/postgres.init.$$
  rm -rf "$tmp"
  mkdir -p "$tmp"
  pwfile=$ENGINES/run/postgres.pw.$$
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  chmod 0600 "$pwfile"
  if is_root; then chown postgres:postgres "$tmp" "$pwfile"; fi
  chmod 0700 "$tmp"
  if ! as_pg "$bindir/initdb" -D "$tmp" -U "$PG_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$ENGINES/logs/postgres-initdb.log" 2>&1; then
    rm -rf "$pwfile" "$tmp"
    cat "$ENGINES/logs/postgres-initdb.log" >&2
    die "postgres: initdb failed"
  fi
  rm -f "$pwfile"
  printf "\n# Athar: local settings (rendered from infra/local/postgres/postgresql.conf)\ninclude_if_exists = 'athar.conf'\n" >>"$tmp/postgresql.conf"
  mv "$tmp" "$PGDATA"
  say postgres "initdb done ($(since "$t0"))"
}

pg_render_conf() {
  sed "s|@SOCKET_DIR@|$PG_SOCKET_DIR|g" "$SCRIPT_DIR/postgres/postgresql.conf" >"$PGDATA/athar.conf"
  is_root && chown postgres:postgres "$PGDATA/athar.conf"
  return 0
}

pg_psql() { # database, then -c <sql> or -f <file>
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 "$(pg_bindir)/psql" -X -q -t -A -v ON_ERROR_STOP=1 \
    -h "$HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" "${@:2}"
}

pg_ensure_databases() {
  local db
  for db in "${PG_DATABASES[@]}"; do
    if [[ $(pg_psql postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
      pg_psql postgres -c "CREATE DATABASE $db" && say postgres "created database $db"
    fi
  done
  pg_ensure_roles
  pg_ensure_ferretdb_lookups
}

# The schema owner and the services' role (docs/adr/0018); idempotent, so also for an existing data dir.
pg_ensure_roles() {
  pg_psql athar -f "$SCRIPT_DIR/postgres/roles.sql" >/dev/null ||
    die "postgres: creating the roles athar_owner and athar_app failed (infra/local/postgres/roles.sql)"
}

# FerretDB's lookups by _id served by an index (docs/adr/0059); idempotent, on every start.
pg_ensure_ferretdb_lookups() {
  pg_psql ferretdb -f "$SCRIPT_DIR/postgres/ferretdb-lookups.sql" >/dev/null ||
    die "postgres: indexing FerretDB's lookups by _id failed (infra/local/postgres/ferretdb-lookups.sql)"
}

start_postgres() {
  local bindir pid t0
  if pid=$(engine_pid postgres); then
    say postgres "already running (pid $pid)"
    pg_ensure_databases
    return 0
  fi
  install_postgres
  bindir=$(pg_bindir)
  mkdir -p "$ENGINES/data"
  pg_fix_permissions
  pg_initdb "$bindir"
  pg_fix_permissions
  pg_render_conf
  require_free_port postgres "$PG_PORT"
  t0=$(now)
  rotate_log "$ENGINES/logs/postgres.log"
  pg_fix_permissions
  if ! as_pg "$bindir/pg_ctl" -D "$PGDATA" -l "$ENGINES/logs/postgres.log" -w -t 60 -s start 9>&-; then
    tail_log postgres
    die "postgres: pg_ctl start failed"
  fi
  pid=$(engine_pid postgres) || die "postgres: started but no postmaster.pid"
  echo "$pid" >"$(pidfile postgres)"
  pg_ensure_databases
  say postgres "started pid $pid on $HOST:$PG_PORT ($(since "$t0"))"
}

stop_postgres() {
  local pid
  if ! pid=$(engine_pid postgres); then
    rm -f "$(pidfile postgres)"
    say postgres "not running"
    return 0
  fi
  if ! as_pg "$(pg_bindir)/pg_ctl" -D "$PGDATA" -m fast -w -t 30 -s stop; then
    as_pg "$(pg_bindir)/pg_ctl" -D "$PGDATA" -m immediate -w -t 30 -s stop || true
  fi
  rm -f "$(pidfile postgres)"
  say postgres "stopped (pid $pid)"
}

ready_postgres() {
  local bindir
  bindir=$(pg_bindir) || return 1
  "$bindir/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 3 || return 1
  [[ $(pg_psql athar -c "SELECT 1" 2>/dev/null) == 1 ]] && [[ $(pg_psql ferretdb -c "SELECT 1" 2>/dev/null) == 1 ]]
}

installed_postgres() { pg_bindir >/dev/null; }
