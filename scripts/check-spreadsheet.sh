#!/usr/bin/env bash
# Opens a published CSV the way a spreadsheet user does and checks what the spreadsheet sees:
# LibreOffice (headless) converts it to .xlsx, then the cells are read back from the workbook.
#
#   scripts/check-spreadsheet.sh reports/2018-03/missions-2018-03.csv [rfc4180|excel-fr]
#
# Checks: the count, rate and change columns are numeric cells (not text), accents survive, and no
# cell starts with the BOM or runs as a formula. Needs LibreOffice (Debian: libreoffice-calc-nogui)
# and python3. Exits non-zero on the first problem.
set -euo pipefail

csv=${1:?usage: $0 FILE.csv [rfc4180|excel-fr]}
dialect=${2:-rfc4180}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2; exit 2; }

# LibreOffice's CSV import options: separator, quote, charset 76 = UTF-8, first line, cell formats,
# language (1033 en-US: decimal point; 3084 fr-CA: decimal comma). Excel reads the BOM instead.
case "$dialect" in
  rfc4180) filter='CSV:44,34,76,1,,1033' ;;
  excel-fr) filter='CSV:59,34,76,1,,3084' ;;
  *) echo "unknown dialect $dialect" >&2; exit 2 ;;
esac

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless --infilter="$filter" --convert-to xlsx --outdir "$out" "$csv" >/dev/null 2>&1
xlsx="$out/$(basename "${csv%.csv}").xlsx"
[ -f "$xlsx" ] || { echo "LibreOffice did not convert $csv" >&2; exit 1; }

python3 - "$xlsx" <<'PY'
import re, sys, zipfile, xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
NUMERIC = re.compile(r"^(authorized|pool_authorized|deployed|vacancies|fill_rate|previous_deployed|deployed_change|"
                     r"previous_fill_rate|fill_rate_change_pts|units_included|units_left_out|before|after|change|"
                     r"women_deployed|women_share|officers|share)$")
book = zipfile.ZipFile(sys.argv[1])
strings = [si.findtext(".//m:t", default="", namespaces=NS)
           for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS)]
rows = ET.fromstring(book.read("xl/worksheets/sheet1.xml")).findall(".//m:sheetData/m:row", NS)

def cells(row):
    out = {}
    for c in row.findall("m:c", NS):
        col = re.match(r"[A-Z]+", c.get("r")).group(0)
        value = c.findtext("m:v", default=None, namespaces=NS)
        kind = c.get("t", "n")
        out[col] = ("text", strings[int(value)]) if kind == "s" else (("number", value) if value is not None else ("empty", ""))
    return out

header = cells(rows[0])
names = {col: text for col, (_, text) in header.items()}
problems, numeric, texts = [], {}, []
if not any(NUMERIC.match(name) for name in names.values()):
    problems.append("no numeric column found in the header: wrong separator for this dialect?")
if any(text.startswith("\ufeff") or text.startswith("ï»¿") for text in names.values()):
    problems.append("the header starts with a BOM the spreadsheet did not recognise")
for row in rows[1:]:
    for col, (kind, value) in cells(row).items():
        name = names.get(col, col)
        if NUMERIC.match(name) and kind == "text":
            problems.append(f"{name}: {value!r} was read as text, not a number")
        if NUMERIC.match(name) and kind == "number":
            numeric[name] = numeric.get(name, 0) + 1
        if kind == "text":
            texts.append(value)
if any(c.findtext("m:f", namespaces=NS) for row in rows for c in row.findall("m:c", NS)):
    problems.append("a cell holds a formula")
accents = sorted({t for t in texts if re.search(r"[^\x00-\x7f]", t)})
print(f"{len(rows) - 1} rows; numeric cells per column: " + ", ".join(f"{k}={v}" for k, v in sorted(numeric.items())))
print("text with accents, as the spreadsheet shows it: " + ("; ".join(accents) if accents else "(none)"))
if any("Ã" in t for t in texts):
    problems.append("accents were garbled (UTF-8 read as Latin-1)")
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
PY
echo "OK: $csv opens as a spreadsheet with numeric cells and intact accents"
