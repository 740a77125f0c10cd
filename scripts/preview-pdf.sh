#!/usr/bin/env bash
# Renders a period's reports (English and French) to PNG pages, to look at them as a manager would.
#   scripts/preview-pdf.sh 2018-03 [--reports=DIR] [--out=DIR] [--dpi=N]
# Needs pdftoppm (Debian: poppler-utils). Writes DIR/<period>/{en,fr}-<page>.png and lists them.
set -euo pipefail

period=${1:?usage: $0 YYYY-MM [--reports=DIR] [--out=DIR] [--dpi=N]}
shift
reports=reports out=target/preview dpi=80
for arg in "$@"; do
  case "$arg" in
    --reports=*) reports=${arg#*=} ;;
    --out=*) out=${arg#*=} ;;
    --dpi=*) dpi=${arg#*=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 2; }

dir="$out/$period"
rm -rf "$dir" && mkdir -p "$dir"
for edition in en fr; do
  pdf="$reports/$period/fill-rate-report-$period.pdf"
  [ "$edition" = fr ] && pdf="$reports/$period/fill-rate-report-$period.fr.pdf"
  [ -f "$pdf" ] || { echo "no report at $pdf: run scripts/run-report.sh --period=$period first" >&2; exit 1; }
  pdftoppm -r "$dpi" -png "$pdf" "$dir/$edition"
done
ls -1 "$dir"/*.png
