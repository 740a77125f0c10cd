#!/usr/bin/env bash
# The performance benchmark: roster step against a plain-Java floor, the whole job as a process, the
# launch time of the sample monthly run, and a 288-month backfill against a single-period launch.
# Prints tables and writes them to docs/PERFORMANCE.md.
#   scripts/bench.sh [--sizes="100000 1000000 10000000"] [--runs=5] [--only=roster|backfill|build]
# --only=build times the build of the committed HEAD in fresh clones: `package -DskipTests`, then
# `verify` (the README's test command), five rounds, and writes the medians of the times and of the ratios.
# Needs GNU time (/usr/bin/time) for peak RSS and awk for the independent count. Writes its files
# under target/bench/ (the 10M-row roster takes about 0.9 GB).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="100000 1000000 10000000" runs=5 only=""
for arg in "$@"; do
  case "$arg" in
    --sizes=*) sizes=${arg#*=} ;;
    --runs=*) runs=${arg#*=} ;;
    --only=*) only=${arg#*=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "GNU time not found: apt-get install time" >&2; exit 2; }

# A section ("## TITLE" to the next "## ") of docs/PERFORMANCE.md replaced by a file, or added at the end.
section() {
  local title=$1 file=$2
  if grep -q "^## $title\$" docs/PERFORMANCE.md 2>/dev/null; then
    awk -v title="## $title" 'FNR == NR { section = section $0 "\n"; next }
      $0 == title { printf "%s", section; skip = 1; next }
      skip && /^## / { skip = 0 }
      !skip { print }' "$file" docs/PERFORMANCE.md > target/bench/PERFORMANCE.section.md
    cp target/bench/PERFORMANCE.section.md docs/PERFORMANCE.md
  else
    { echo; cat "$file"; } >> docs/PERFORMANCE.md
  fi
}

# The README's test command against a plain build, each from a fresh clone of the committed HEAD.
# The machine's timings drift by a fifth from one try to the next, package as much as verify: each
# round times package and both verifies back to back, and the ratios are taken within a round,
# then the median of five rounds.
build() {
  local clone=target/bench/clone times=$PWD/target/bench round
  : > "$times/package.times"; : > "$times/after.times"; : > "$times/verify.times"
  for round in 1 2 3 4 5; do
    rm -rf "$clone" && git clone -q . "$clone"
    (cd "$clone" && /usr/bin/time -f %e -a -o "$times/package.times" ./mvnw -B -q package -DskipTests >/dev/null 2>&1)
    # verify right after package in the same clone: nothing left to compile.
    (cd "$clone" && /usr/bin/time -f %e -a -o "$times/after.times" ./mvnw -B -q verify >/dev/null 2>&1) \
      || { echo "verify failed in $clone" >&2; exit 1; }
    rm -rf "$clone" && git clone -q . "$clone"
    (cd "$clone" && /usr/bin/time -f %e -a -o "$times/verify.times" ./mvnw -B -q verify >/dev/null 2>&1) \
      || { echo "verify failed in $clone" >&2; exit 1; }
  done
  ratios "$times/verify.times" "$times/package.times" > "$times/verify.ratios"
  ratios "$times/after.times" "$times/package.times" > "$times/after.ratios"
  local package verify after fresh same
  package=$(median "$times/package.times") verify=$(median "$times/verify.times") after=$(median "$times/after.times")
  fresh=$(median "$times/verify.ratios") same=$(median "$times/after.ratios")
  {
    echo "## Build and tests"
    echo
    echo "Measured by \`scripts/bench.sh --only=build\` on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD):"
    echo "in each of five rounds, \`package\` in a fresh clone, \`verify\` right after it in that clone, and \`verify\`"
    echo "in another fresh clone (Maven's local repository already filled; without the \`FILLRATE_FULL_TESTS\` and"
    echo "PostgreSQL of CI). The ratios are taken within each round, so that a slow round slows both sides; the table"
    echo "gives the medians, then every round."
    echo
    echo "| \`./mvnw -B package -DskipTests\` (s) | \`./mvnw -B verify\` in a fresh clone (s) | ratio | \`verify\` after \`package\` in its clone (s) | ratio |"
    echo "| ---: | ---: | ---: | ---: | ---: |"
    awk -v p="$package" -v v="$verify" -v a="$after" -v f="$fresh" -v s="$same" \
      'BEGIN { printf "| %.1f | %.1f | %.2f | %.1f | %.2f |\n", p, v, f, a, s }'
    echo "| $(rounds "$times/package.times") | $(rounds "$times/verify.times") | $(rounds "$times/verify.ratios" 2) | $(rounds "$times/after.times") | $(rounds "$times/after.ratios" 2) |"
    echo
    awk -v f="$fresh" -v s="$same" 'BEGIN {
      printf "Target: verify ≤ 3 × package: %.2f × from a fresh clone (%s), %.2f × right after package (%s).\n",
        f, (f <= 3) ? "met" : "**not met**", s, (s <= 3) ? "met" : "**not met**" }'
  } > target/bench/build.md
  cat target/bench/build.md
  section "Build and tests" target/bench/build.md
}
# Line by line, the first file's times over the second's.
ratios() {
  paste -d' ' "$1" "$2" | awk '$1 ~ /^[0-9.]+$/ && $2 ~ /^[0-9.]+$/ { printf "%.3f\n", $1 / $2 }'
}
# The middle one of the times GNU time appended to a file (one number per line).
median() {
  grep -E '^[0-9.]+$' "$1" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
# Every round's value, for the table: "13.1, 14.0, 12.9" (one decimal unless told).
rounds() {
  grep -E '^[0-9.]+$' "$1" | awk -v d="${2:-1}" '{ printf "%s%.*f", (NR > 1 ? ", " : ""), d, $1 }'
}
if [ "$only" = build ]; then
  mkdir -p target/bench
  build
  exit 0
fi

echo "Building..." >&2
./mvnw -B -q package -DskipTests >&2
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt \
  -Dmdep.includeScope=test >&2
cp="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"
jar=target/fill-rate-report.jar
seed=42

# A 288-month series, imported, one month launched alone, then the rest in one backfill launch.
backfill() {
  local work=target/bench/backfill
  rm -rf "$work" && mkdir -p "$work/input"
  java -cp "$cp" ca.peaceops.fillrate.bench.SeriesGenerator "$seed" "$work/series.csv"
  local rows; rows=$(($(wc -l < "$work/series.csv") - 1))
  (cd "$work" && ../../../scripts/import-series.sh series.csv >import.log)
  local first; first=$(ls "$work/input/snapshots" | head -1 | cut -c1-7)
  echo "Timing single-period launches and the backfill..." >&2
  # The first launch after a build prepares run-report.sh's archive: not timed. Then the median of
  # five single-period launches, each in a fresh copy of the database.
  local times="" i
  for i in 0 1 2 3 4 5; do
    rm -rf "$work/data" "$work/reports"
    local start end
    start=$(date +%s.%N)
    (cd "$work" && ../../../scripts/run-report.sh --period="$first" >/dev/null 2>&1)
    end=$(date +%s.%N)
    [ "$i" -gt 0 ] && times="$times $(echo "$end - $start" | bc)"
  done
  local single; single=$(echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | sed -n 3p)
  (cd "$work" && /usr/bin/time -v ../../../scripts/run-report.sh --from=1991-01 --to=2014-12 >backfill.log 2>time.log) \
    || { tail -5 "$work/time.log" >&2; exit 1; }
  local wall periods bfrss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]}' "$work/time.log")
  bfrss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.log")
  periods=$(grep -o 'done: [0-9]* periods published' "$work/backfill.log" | grep -o '[0-9]*' | head -1)
  # Where the time of a period goes: each step's mean duration, from Spring Batch's own tables.
  java -cp "$cp" org.h2.tools.Shell -url "jdbc:h2:file:./$work/data/fill-rate" -user sa -password "" -sql \
    "select step_name, round(avg(datediff('MILLISECOND', start_time, end_time)), 1) from batch_step_execution group by step_name order by min(step_execution_id)" \
    | awk -F' \\| ' 'NR > 1 && NF == 2 { sub(/ +$/, "", $1); printf "%s %s ms, ", $1, $2 }' | sed 's/, $//' > "$work/steps.txt"
  {
    echo "## Backfill"
    echo
    echo "Measured by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d): a synthetic series of $rows mission-months (288 months"
    echo "from 1991-01, 49 missions, seed $seed, \`SeriesGenerator\`) imported with \`scripts/import-series.sh\`; one"
    echo "period ($first, the first with a snapshot) launched alone through \`scripts/run-report.sh\` (median of 5), then"
    echo "\`--from=1991-01 --to=2014-12\` in one launch under GNU time."
    echo
    echo "| single-period launch (s) | backfill (s) | periods | per period (s) | per period / single launch | periods per second | peak RSS (MiB) |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    awk -v s="$single" -v w="$wall" -v p="$periods" -v r="$bfrss" \
      'BEGIN { printf "| %.2f | %.1f | %d | %.3f | %.3f | %.1f | %d |\n", s, w, p, w / p, (w / p) / s, p / w, r }'
    echo
    echo "Mean time of each step per period: $(cat "$work/steps.txt")."
    echo
    awk -v s="$single" -v w="$wall" -v p="$periods" -v r="$bfrss" 'BEGIN {
      printf "Targets: a month in the backfill ≤ 0.15 × a single launch: %.3f (%s); peak RSS ≤ 320 MiB: %d MiB (%s).\n",
        (w / p) / s, ((w / p) / s <= 0.15) ? "met" : "**not met**", r, (r <= 320) ? "met" : "**not met**" }'
  } > target/bench/backfill.md
  cat target/bench/backfill.md
  section "Backfill" target/bench/backfill.md
}
if [ "$only" = backfill ]; then
  backfill
  exit 0
fi

rows_table=()
declare -A step floor latin1 wall rss
for n in $sizes; do
  file=target/bench/roster-$n.csv
  if [ ! -f "$file" ]; then
    echo "Generating $file (seed $seed)..." >&2
    java -cp "$cp" ca.peaceops.fillrate.bench.RosterGenerator "$n" "$seed" "$file"
  fi
  echo "Timing the roster step and the floor on $n rows..." >&2
  while read -r name count seconds; do
    [ "$name" = roster-step ] && step[$n]=$seconds
    [ "$name" = plain-java-floor ] && floor[$n]=$seconds
    [ "$name" = plain-java-floor-iso-8859-1 ] && latin1[$n]=$seconds
  done < <(java -Xmx256m -cp "$cp" ca.peaceops.fillrate.bench.RosterBench "$file" "$n" 2 "$runs")

  echo "Running the whole job on $n rows as a process (the JVM options of scripts/run-report.sh)..." >&2
  work=target/bench/job-$n
  rm -rf "$work" && mkdir -p "$work/input/snapshots" "$work/input/rosters"
  cp input/regions.csv "$work/input/"
  cp input/snapshots/2018-03-31.json "$work/input/snapshots/"
  ln -s "$(pwd)/$file" "$work/input/rosters/2018-03-31.csv"
  (cd "$work" && /usr/bin/time -v java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "../../../$jar" --period=2018-03 \
    --spring.datasource.url="jdbc:h2:file:./db" >job.log 2>time.log) || { cat "$work/time.log" >&2; exit 1; }
  wall[$n]=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]}' "$work/time.log")
  rss[$n]=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.log")
  rows_table+=("$n")
done

# An independent count of the 1M-row roster (awk, not the job) against what the job published.
check="not run"
if [ -d target/bench/job-1000000 ]; then
  awk -F, 'NR > 1 && $7 <= "2018-03-31" && ($8 == "" || $8 >= "2018-03-31") { n[$3]++; if ($6 == "F") w[$3]++ }
    END { for (m in n) print m, n[m], w[m] + 0 }' target/bench/roster-1000000.csv | sort > target/bench/awk-counts.txt
  python3 - <<'PY' > target/bench/job-counts.txt
import csv
with open("target/bench/job-1000000/reports/2018-03/missions-2018-03.csv", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        if row["deployed"] not in ("", "0"):
            print(row["mission_id"], row["deployed"], row["women_deployed"])
PY
  sort -o target/bench/job-counts.txt target/bench/job-counts.txt
  if diff -q target/bench/awk-counts.txt target/bench/job-counts.txt >/dev/null; then
    check="yes: deployed and women per mission equal an awk count"
  else
    check="NO: see target/bench/awk-counts.txt and job-counts.txt"
  fi
fi

echo "Timing the sample monthly run: plain java -jar against scripts/run-report.sh..." >&2
# One untimed launch first: it warms the file cache, and run-report.sh prepares its extracted jar and
# class-data archive once per build, not once per monthly run. Then the median of five.
launch() {
  local times=""
  for i in 0 1 2 3 4 5; do
    rm -rf target/bench/launch && mkdir -p target/bench/launch && cp -r input target/bench/launch/
    local start end
    start=$(date +%s.%N)
    (cd target/bench/launch && "$@" --period=2018-03 >/dev/null 2>&1)
    end=$(date +%s.%N)
    [ "$i" -gt 0 ] && times="$times $(echo "$end - $start" | bc)"
  done
  echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | sed -n 3p
}
plain=$(launch java -Xmx256m -jar "$(pwd)/$jar")
fast=$(launch "$(pwd)/scripts/run-report.sh")

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(lscpu | awk -F': +' '/Model name/ {print $2; exit}'), $(java -version 2>&1 | head -1)"
{
  echo "# Performance"
  echo
  echo "Measured by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d): $machine."
  echo "Synthetic rosters with seed $seed; the roster step is timed in-process (median of $runs runs after 2 warm-ups);"
  echo "the whole job runs as a process under GNU time with the JVM options of \`scripts/run-report.sh\`."
  echo
  echo "| rows | roster step (s) | plain-Java floor (s) | step / floor | floor read as ISO-8859-1 (s) | rows per second | whole job (s) | peak RSS (MiB) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in "${rows_table[@]}"; do
    awk -v n="$n" -v s="${step[$n]}" -v f="${floor[$n]}" -v l="${latin1[$n]}" -v w="${wall[$n]}" -v r="${rss[$n]}" \
      'BEGIN { printf "| %d | %.3f | %.3f | %.2f | %.3f | %.0f | %.1f | %d |\n", n, s, f, s / f, l, n / s, w, r }'
  done
  if [ -n "${step[10000000]:-}" ] && [ -n "${step[1000000]:-}" ]; then
    awk -v a="${step[10000000]}" -v b="${step[1000000]}" -v c="${wall[10000000]}" -v d="${wall[1000000]}" \
      'BEGIN { printf "\n10M / 1M time: roster step %.1f×, whole job %.1f×.\n", a / b, c / d }'
  fi
  echo
  echo "Independent count of the 1M-row roster: $check."
  echo
  awk -v p="$plain" -v f="$fast" 'BEGIN { printf "Sample monthly run (median of 5): plain `java -jar` %.2f s, `scripts/run-report.sh` %.2f s (%.0f%% of the plain launch).\n", p, f, 100 * f / p }'
  if [ -n "${step[1000000]:-}" ] && [ -n "${step[10000000]:-}" ]; then
    echo
    echo "## Against the targets"
    echo
    echo "| target | measured | met |"
    echo "| --- | --- | --- |"
    awk -v s="${step[1000000]}" -v f="${floor[1000000]}" -v r="${rss[1000000]}" -v w10="${wall[10000000]}" \
      -v r10="${rss[10000000]}" -v s10="${step[10000000]}" -v w1="${wall[1000000]}" -v p="$plain" -v q="$fast" 'BEGIN {
        met = "yes"; no = "**no**"
        printf "| 1M-row roster step ≤ 1.5 × the plain-Java floor | %.2f × (%.3f s against %.3f s) | %s |\n", s / f, s, f, (s / f <= 1.5) ? met : no
        printf "| peak RSS of the whole job at 1M rows ≤ 256 MiB | %d MiB | %s |\n", r, (r <= 256) ? met : no
        printf "| 10M rows complete with `-Xmx256m` | %.1f s, %d MiB RSS | %s |\n", w10, r10, met
        printf "| 10M-row run ≤ 11 × the 1M-row run | whole job %.1f × (roster step alone %.1f ×) | %s |\n", w10 / w1, s10 / s, (w10 / w1 <= 11) ? met : no
        printf "| sample run through `scripts/run-report.sh` ≤ ½ of `java -jar` | %.0f %% (%.2f s against %.2f s) | %s |\n", 100 * q / p, q, p, (q <= p / 2) ? met : no
      }'
  fi
} > target/bench/table.md
cat target/bench/table.md
# The explanations below the figures are written by hand and kept from one run to the next.
if [ -f docs/PERFORMANCE.md ] && grep -q '^## What the numbers mean' docs/PERFORMANCE.md; then
  { cat target/bench/table.md; echo; sed -n '/^## What the numbers mean/,$p' docs/PERFORMANCE.md; } > target/bench/PERFORMANCE.md
else
  cp target/bench/table.md target/bench/PERFORMANCE.md
fi
cp target/bench/PERFORMANCE.md docs/PERFORMANCE.md
[ "$only" = roster ] || backfill
echo "Wrote docs/PERFORMANCE.md" >&2
