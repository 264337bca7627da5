#!/usr/bin/env bash
# Installs and starts what the test suite needs when it is missing. Idempotent; quiet and fast when all is there.
#   - Debian chromium for the sandbox's browser journeys (playwright-core drives it; no browser download)
#   - Debian prometheus-alertmanager for the test that sends a real Alertmanager's webhook to the intake
#   - a local PostgreSQL 15 with role/database debrief/debrief_test for the PostgreSQL tests
#   - the sandbox's node packages (AUI, playwright-core)
# Prints the Maven properties the tests read (./dev test passes them on); writes nothing else to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v mvn >/dev/null || { echo "Maven is required (apt-get install maven)" >&2; exit 1; }
command -v java >/dev/null || { echo "A JDK 17 is required (apt-get install openjdk-17-jdk)" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
apt_updated=
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing Debian packages ($*): run as root or sudo apt-get install -y $*" >&2
    return 1
  fi
  [[ -n $apt_updated ]] || { apt-get update -qq >&2; apt_updated=1; }
  apt-get install -y -qq "$@" >&2
}

[[ -x /usr/bin/chromium ]] || { echo "Installing chromium for the browser tests..." >&2; apt_install chromium; }
command -v node >/dev/null || { echo "Installing Node.js..." >&2; apt_install nodejs npm; }
[[ -x /usr/bin/prometheus-alertmanager ]] || {
  echo "Installing prometheus-alertmanager for the intake test..." >&2
  # the package's service is not wanted: the test starts its own Alertmanager on a free port
  apt_install --no-install-recommends prometheus-alertmanager || {
    [[ ${CI:-} == true ]] && { echo "prometheus-alertmanager could not be installed: CI needs it" >&2; exit 1; }
    echo "prometheus-alertmanager is not available: the real Alertmanager test will be skipped" >&2
  }
}

# PostgreSQL 15 on 127.0.0.1:5432 (Debian's cluster "15 main")
PG_URL=jdbc:postgresql://127.0.0.1:5432/debrief_test
pg_ok=
if ! command -v pg_ctlcluster >/dev/null || [[ ! -d /etc/postgresql/15/main ]]; then
  echo "Installing PostgreSQL..." >&2
  apt_install postgresql || true
fi
if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql/15/main ]]; then
  if ! pg_lsclusters -h 2>/dev/null | awk '$1=="15" && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster 15 main start >&2 || true
  fi
  psql_as_postgres() { if [[ $(id -u) -eq 0 ]]; then su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; else sudo -u postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; fi; }
  if psql_as_postgres "-c 'select 1'" >/dev/null 2>&1; then
    if [[ $(psql_as_postgres "-c \"select 1 from pg_roles where rolname='debrief'\"") != 1 ]]; then
      psql_as_postgres "-c \"create role debrief login createdb password 'debrief'\"" >&2
    fi
    # an upgrade test needs a database of its own (Active Objects reads column metadata across schemas)
    if [[ $(psql_as_postgres "-c \"select rolcreatedb from pg_roles where rolname='debrief'\"") != t ]]; then
      psql_as_postgres "-c \"alter role debrief createdb\"" >&2
    fi
    if [[ $(psql_as_postgres "-c \"select 1 from pg_database where datname='debrief_test'\"") != 1 ]]; then
      psql_as_postgres "-c \"create database debrief_test owner debrief\"" >&2
    fi
    pg_ok=1
  fi
fi
if [[ -z $pg_ok ]]; then
  # CI must prove the PostgreSQL paths; a developer without root may run the rest
  [[ ${CI:-} == true ]] && { echo "PostgreSQL could not be started: CI needs it" >&2; exit 1; }
  echo "PostgreSQL is not available: PostgreSQL tests will be skipped" >&2
fi

# node packages of the sandbox (the Maven build runs the same script; doing it here keeps failures readable)
for dir in sandbox plugin; do (cd "$dir" && ../scripts/npm-ci-if-needed.sh >&2); done

if [[ -n $pg_ok ]]; then
  echo "-Ddebrief.test.pg.url=$PG_URL -Ddebrief.test.pg.user=debrief -Ddebrief.test.pg.password=debrief"
fi
