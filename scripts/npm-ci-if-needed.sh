#!/usr/bin/env bash
# Installs the current folder's node modules from its package-lock.json when they are missing or the lockfile
# changed since the last install; fast when current. Used by Maven (sandbox, plugin JS tests) and ./dev.
# npm install rather than npm ci: npm ci rejects lockfiles that lack other platforms' optional packages (an npm bug
# that this machine's omit-lockfile-registry-resolved setting triggers); npm install honours the lockfile as well.
set -euo pipefail
stamp=node_modules/.debrief-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  npm install --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json | cut -d' ' -f1 > "$stamp"
fi
