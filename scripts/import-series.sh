#!/usr/bin/env bash
# Splits a long-format series (one row per mission and date) into one JSON snapshot per date under
# DIR/snapshots/, and prints how many dates and rows it wrote and left unchanged.
#   scripts/import-series.sh FILE [--input=DIR] [--replace]
# Exit status: 0 written (or nothing to change), 2 bad input (nothing written).
exec "$(dirname "$0")/importer.sh" ca.peaceops.fillrate.snapshot.csv.SeriesImport 256m "$@"
