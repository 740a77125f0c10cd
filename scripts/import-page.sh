#!/usr/bin/env bash
# Turns the "Current operations" page (HTML as published or saved as text; English, or English and French) into a JSON
# snapshot under DIR/snapshots/, and prints what it read for a person to check.
#   scripts/import-page.sh PAGE [FRENCH_PAGE] [--as-of=YYYY-MM-DD] [--input=DIR]
# Exit status: 0 written, 2 bad input (nothing written).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

jar=$root/target/fill-rate-report.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar (first run only)..." >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests) >&2
fi

# The importer is plain Java: it is started without Spring, through the jar's own launcher.
exec java -Xmx128m -Dloader.main=ca.peaceops.fillrate.snapshot.PageImport \
  -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
