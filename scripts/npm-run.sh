#!/usr/bin/env bash
# Runs an npm script in a module folder, installing its node modules first when they are missing or the lockfile
# changed since the last install (so a warm build does not reinstall, and a fresh clone installs exactly the lock).
#   scripts/npm-run.sh DIR SCRIPT
set -euo pipefail
dir=$1; script=$2
cd "$dir"
stamp=node_modules/.debrief-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  # npm ci rejects lockfiles without optional platform packages (npm bug, with this machine's
  # omit-lockfile-registry-resolved); npm install honours the lockfile as well
  npm install --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
exec npm run --silent "$script"
