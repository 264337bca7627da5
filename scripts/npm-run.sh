#!/usr/bin/env bash
# Runs an npm script in a module folder after making sure its node modules are installed.
#   scripts/npm-run.sh DIR SCRIPT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$1"
"$here/npm-ci-if-needed.sh"
exec npm run --silent "$2"
