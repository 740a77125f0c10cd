#!/usr/bin/env bash
# Turns the "Current operations" page (HTML as published or saved as text; English, or English and
# French of one date) into a JSON snapshot under DIR/snapshots/, and prints what it read for a
# person to check.
#   scripts/import-page.sh PAGE [FRENCH_PAGE] [--as-of=YYYY-MM-DD] [--input=DIR]
# Exit status: 0 written, 2 bad input (nothing written).
exec "$(dirname "$0")/importer.sh" ca.peaceops.fillrate.snapshot.page.PageImport 128m "$@"
