#!/usr/bin/env bash
# Stops the throw-away MariaDB that start-mariadb.sh started and removes its files.
set -uo pipefail
DATADIR=${MARIADB_DATADIR:-/tmp/dti-mariadb}
if mariadb-admin --socket="$DATADIR/mysqld.sock" ping >/dev/null 2>&1; then
  mariadb-admin --socket="$DATADIR/mysqld.sock" -u root shutdown
fi
rm -rf "$DATADIR" "$DATADIR.log"
