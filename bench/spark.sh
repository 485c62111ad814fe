#!/usr/bin/env bash
# Spark engine against the single-JVM build on the same corpus: one line per run in WORK/results/spark.tsv.
#
#   bench/spark.sh [--work DIR] [--size 10k] [--runs "jvm2 jvm1 local1 local2"] [--event-log] [--no-setup]
#
# Needs the corpus of `bench/run.sh corpus` (WORK/corpus/papers-SIZE.jsonl). Each run is the real ./paperkg command
# under /usr/bin/time -v (wall clock, peak RSS of the whole process, JVM start and model loading included):
#   jvmN    paperkg build --threads N              (single JVM, N extraction threads)
#   localN  paperkg build --engine spark --master local[N]
# Heap: the launcher's default of each command (what a user gets: 2 GB for build, 4 GB for build --engine spark)
# unless PAPERKG_JAVA_OPTS is set. The Spark runs also log their phases; --event-log keeps Spark's event log of each
# (results/NAME-HHMMSS.events) and prints where its task slots waited (bench/spark-tasks.py). Pairs on a shared host:
# --runs "local1 local2 local2 local1 ..."; the load average at each run's start is in the last column.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${WORK:-/tmp/paperkg-bench}"
SIZE=10k
RUNS="jvm2 jvm1 local1 local2"
SETUP=1
EVENT_LOG=0
while [ $# -gt 0 ]; do
  case "$1" in
    --work) WORK="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --no-setup) SETUP=0; shift ;;   # use the jars as they are (e.g. while another Maven run uses the tree)
    --event-log) EVENT_LOG=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "spark.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
corpus="$WORK/corpus/papers-$SIZE.jsonl"
[ -f "$corpus" ] || { echo "spark.sh: $corpus is missing; run bench/run.sh --work $WORK --sizes $SIZE setup corpus" >&2; exit 1; }
results="$WORK/results"
mkdir -p "$results" "$WORK/rdf"
if [ "$SETUP" = 1 ]; then
  (cd "$root" && mvn -B -q -DskipTests -Dmaven.test.skip=true package -pl cli,spark -am) >"$results/spark-setup.log" 2>&1
fi
touch "$root/cli/target/paperkg.jar" "$root/spark/target/paperkg-spark.jar"

tsv="$results/spark.tsv"
[ -f "$tsv" ] || printf 'started\trun\tsize\tpapers\twall_s\tpapers_per_s\tpeak_rss_mib\tcpu_pct\tcpu_s\tphases\tload1\n' >"$tsv"
for run in $RUNS; do
  name="spark-$run-$SIZE"
  out="$WORK/rdf/$name"
  rm -rf "$out" "$out.nq.gz"
  case "$run" in
    jvm*) cmd=("$root/paperkg" build "$corpus" --out "$out.nq.gz" --threads "${run#jvm}") ;;
    local*) cmd=("$root/paperkg" build --engine spark "$corpus" --out "$out" --master "local[${run#local}]")
            if [ "$EVENT_LOG" = 1 ]; then
              rm -rf "$results/$name.eventlog"; mkdir -p "$results/$name.eventlog"
              cmd+=(--conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false
                    --conf "spark.eventLog.dir=file://$results/$name.eventlog")
            fi ;;
    *) echo "spark.sh: unknown run $run" >&2; exit 1 ;;
  esac
  started=$(date -u +%H:%M:%S)
  load1=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$results/$name.time" "${cmd[@]}" >"$results/$name.log" 2>&1 || { tail -n 20 "$results/$name.log" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$results/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$results/$name.time")
  cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$results/$name.time" | tr -d '%')
  # CPU seconds (user + system): the cost on a host shared with other work, where wall time is not
  cpu_s=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u + s}' "$results/$name.time")
  papers=$(awk '/^papers:/ {print $2}' "$results/$name.log")
  phases=$(sed -n 's/^phases: *//p' "$results/$name.log")
  printf '%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\t%s\n' "$started" "$run" "$SIZE" "$papers" "$wall" \
      "$(awk -v p="$papers" -v w="$wall" 'BEGIN {print p / w}')" "$rss" "$cpu" "$cpu_s" "${phases:--}" "$load1" \
      | tee -a "$tsv"
  if [ "$EVENT_LOG" = 1 ] && [ "${run#local}" != "$run" ]; then
    events=$(find "$results/$name.eventlog" -type f -name 'events_*' | head -1)
    kept="$results/$name-${started//:/}"   # one per run: pairs repeat a name
    mv "$events" "$kept.events" && rm -rf "$results/$name.eventlog"
    "$root/bench/spark-tasks.py" "$kept.events" "${run#local}" >"$kept.tasks"
    tail -n 1 "$kept.tasks"
  fi
done
