#!/usr/bin/env bash
# Starts a throw-away MariaDB server on 127.0.0.1:3306 with a `dti_test` database and user.
# Used by .ci/run and by anyone who wants to run the MariaDB suite locally (as root on Debian).
set -euo pipefail

if ! command -v mariadbd >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
fi

DATADIR=${MARIADB_DATADIR:-/tmp/dti-mariadb}
SOCKET=$DATADIR/mysqld.sock
if ! mariadb-admin --socket="$SOCKET" ping >/dev/null 2>&1; then
  rm -rf "$DATADIR" && mkdir -p "$DATADIR" && chown mysql:mysql "$DATADIR"
  mariadb-install-db --user=mysql --datadir="$DATADIR" --auth-root-authentication-method=socket >/dev/null
  (mariadbd --user=mysql --datadir="$DATADIR" --socket="$SOCKET" --bind-address=127.0.0.1 --port=3306 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+07:00 \
    >"$DATADIR.log" 2>&1 &)
  for _ in $(seq 1 60); do
    mariadb-admin --socket="$SOCKET" ping >/dev/null 2>&1 && break
    sleep 1
  done
fi
mariadb-admin --socket="$SOCKET" ping >/dev/null

# The server's zone is set to +07:00 on purpose: the app must store UTC whatever the server says.
mariadb --socket="$SOCKET" -u root <<'SQL'
CREATE DATABASE IF NOT EXISTS dti_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'dti'@'127.0.0.1' IDENTIFIED BY 'dti-test-password';
GRANT ALL PRIVILEGES ON dti_test.* TO 'dti'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
echo "MariaDB ready: DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=dti DB_PASSWORD=dti-test-password DB_NAME=dti_test"
