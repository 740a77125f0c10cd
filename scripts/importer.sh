#!/usr/bin/env bash
# Runs one of the plain-Java importers (import-page.sh, import-series.sh) from the packaged jar,
# building the jar first if it is missing. The importers start without Spring, through the jar's
# own launcher, so that they answer at once.
#   scripts/importer.sh CLASS HEAP [arguments...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
main=$1 heap=$2
shift 2

jar=$root/target/fill-rate-report.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar (first run only)..." >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests) >&2
fi

exec java "-Xmx$heap" "-Dloader.main=$main" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
