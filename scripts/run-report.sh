#!/usr/bin/env bash
# Runs the monthly fill-rate report once. Options are passed through; see README.md.
# Exit status: 0 published, 1 failed, 2 bad input, 3 already done or running, 4 delivery failed.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/fill-rate-report.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar (first run only)..." >&2
  ./mvnw -B -q package -DskipTests >&2
fi

# A fixed, small heap: the job's memory depends on the number of missions, not on the machine.
exec java ${JAVA_OPTS:--Xmx256m} -jar "$jar" "$@"
