#!/usr/bin/env bash
# Prints what `mvn -Patlassian` builds, read from pom.xml and plugin/pom.xml: imported BOMs, versions pinned here,
# the plugin's dependencies with where each version comes from, and the final Import-Package given to AMPS.
# Works offline and on JDK 17; `mvn -Patlassian help:effective-pom` needs Atlassian's repository for the BOMs.
#   scripts/atlassian-profile.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec java "$root/plugin/src/test/java/io/debrief/plugin/build/AtlassianProfile.java" "$root"
