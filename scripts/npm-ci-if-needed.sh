#!/usr/bin/env bash
# Runs `npm ci` in the current folder when node_modules is missing or older than package-lock.json. Fast when current.
set -euo pipefail
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
