#!/usr/bin/env bash
# Splits a long-format series (one row per mission and date) into one JSON snapshot per date
# under DIR/snapshots/, and prints how many dates and rows it wrote and left unchanged.
#   scripts/import-series.sh FILE [--input=DIR] [--replace]
# Exit status: 0 written, 2 bad input (nothing written).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

jar=$root/target/fill-rate-report.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar (first run only)..." >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests) >&2
fi

# The importer is plain Java: it is started without Spring, through the jar's own launcher.
exec java -Xmx256m -Dloader.main=ca.peaceops.fillrate.snapshot.SeriesImport \
  -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
