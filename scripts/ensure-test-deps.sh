#!/usr/bin/env bash
# Installs what the test suite needs when it is missing. Idempotent; quiet when all is there.
set -euo pipefail
command -v mvn >/dev/null || { echo "Maven is required (apt-get install maven)" >&2; exit 1; }
command -v java >/dev/null || { echo "A JDK 17 is required (apt-get install openjdk-17-jdk)" >&2; exit 1; }
