#!/usr/bin/env bash
# paperkg benchmarks: the one command behind every figure in BENCHMARKS.md.
#
#   bench/run.sh [--work DIR] [--sizes 1k,10k,100k] [--build-max 10k] [--reuse] [--quick] [STEP...]
#
# Steps, in this order (default: all of them):
#   setup       build paperkg and the harness (Maven, tests skipped), write the harness class path
#   corpus      write the real and scaled corpora (JSON Lines) under WORK/corpus
#   extraction  abstracts/s of paperkg vs CoreNLP tokenize,ssplit,pos,lemma, 1 and 2 threads; model loads apart
#   build       `paperkg build` of every size up to --build-max (time, peak RSS); larger sizes re-keyed at RDF level
#   load        `paperkg load` vs Jena's TDB2 loader on the same N-Quads: empty store, then incremental reload
#   queries     `paperkg serve` per size on 127.0.0.1, every saved query over HTTP (p50/p95), dump download, serve RSS
#   jmh         (not in "all") the JMH form of the extraction comparison, 1 and 2 threads
# Everything is written under WORK (default /tmp/paperkg-bench): corpora, RDF, stores, and results/ with one log
# per measured command plus results/summary.tsv (metric, size, value). Nothing is written into the repository.
# Environment overrides: SHARED (default ../shared), PORT (3939), XMX (-Xmx3g), XMX_BUILD (-Xmx2g), BUILD_FLAGS,
# JENA_LOADER (default = LoaderFactory.createLoader, the call paperkg load makes), TEXTS, ROUNDS, WARMUP, LOAD_REPEATS,
# RELOAD_MAX, JENA_MAX, QUERY_REQUESTS, QUERY_WARMUP, QUERY_MAX_SECONDS, ENDPOINT_PATH, DUMP_PATH, REUSE.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${WORK:-/tmp/paperkg-bench}"
SHARED="${SHARED:-$root/../shared}"
SIZES="${SIZES:-1k,10k,100k}"
BUILD_MAX="${BUILD_MAX:-10k}"
TEXTS="${TEXTS:-500}"
ROUNDS="${ROUNDS:-5}"
WARMUP="${WARMUP:-1}"
LOAD_REPEATS="${LOAD_REPEATS:-3}"
QUERY_REQUESTS="${QUERY_REQUESTS:-30}"
QUERY_WARMUP="${QUERY_WARMUP:-3}"
QUERY_MAX_SECONDS="${QUERY_MAX_SECONDS:-30}"
RELOAD_MAX="${RELOAD_MAX:-10k}"     # incremental reloads are measured up to this size
JENA_MAX="${JENA_MAX:-100k}"        # the Jena loader baseline is measured up to this size
REUSE="${REUSE:-0}"                 # 1: keep RDF files already built in WORK/rdf
XMX="${XMX:--Xmx3g}"
XMX_BUILD="${XMX_BUILD:--Xmx2g}"
BUILD_FLAGS="${BUILD_FLAGS:---threads 2}"
JENA_LOADER="${JENA_LOADER:-default}"
PORT="${PORT:-3939}"
ENDPOINT_PATH="${ENDPOINT_PATH:-/papers/sparql}"
DUMP_PATH="${DUMP_PATH:-/dump/paperkg.nq.gz}"

steps=()
while [ $# -gt 0 ]; do
  case "$1" in
    --work) WORK="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --build-max) BUILD_MAX="$2"; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    --quick) SIZES=200,1k; BUILD_MAX=200; TEXTS=40; ROUNDS=2; LOAD_REPEATS=1; QUERY_REQUESTS=5; QUERY_WARMUP=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 1 ;;
    *) steps+=("$1"); shift ;;
  esac
done
[ ${#steps[@]} -eq 0 ] && steps=(setup corpus extraction build load queries)

results="$WORK/results"
mkdir -p "$results" "$WORK/corpus" "$WORK/rdf" "$WORK/db"
summary="$results/summary.tsv"
touch "$summary"
cp_file="$root/bench/target/classpath.txt"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$results/log.txt" >&2; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$summary"; log "  $1 [$2] = $3"; }
# size label -> number: 1k -> 1000
num() { local s="${1,,}"; case "$s" in *k) echo $(( ${s%k} * 1000 )) ;; *m) echo $(( ${s%m} * 1000000 )) ;; *) echo "$s" ;; esac; }
label() { local n; n=$(num "$1"); if (( n % 1000 == 0 )); then echo "$((n / 1000))k"; else echo "$n"; fi; }
sizes() { local s; for s in ${SIZES//,/ }; do label "$s"; done; }
hcp() { echo "$root/bench/target/classes:$(cat "$cp_file")"; }
harness() { java "$XMX" -cp "$(hcp)" "$@"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "NA"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
# all values of a metric/size from the summary, one per line
values() { awk -F'\t' -v m="$1" -v s="$2" '$1==m && $2==s {print $3}' "$summary"; }

# largest heap left after a GC in a -Xlog:gc file: an upper bound of the live data
gc_live() { grep -o -- '->[0-9]*M' "$1" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1; }
# qps: quads of the file being loaded ($quads) per second of the last timed command ($WALL).
qps() { awk -v q="$quads" -v w="$WALL" 'BEGIN {printf "%.0f", q / w}'; }

# timed NAME CMD...: runs CMD under /usr/bin/time -v, output in results/NAME.log; sets WALL (s), RSS_MB, RC.
timed() {
  local name="$1"; shift
  local tf="$results/$name.time"
  set +e
  /usr/bin/time -v -o "$tf" "$@" >"$results/$name.log" 2>&1
  RC=$?
  set -e
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")
  if [ "$RC" -ne 0 ]; then log "  $name exited with $RC (see $results/$name.log)"; tail -n 5 "$results/$name.log" >&2; fi
}

step_setup() {
  log "setup: building paperkg and the harness"
  (cd "$root" && mvn -B -q -DskipTests -Dmaven.test.skip=true package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -pl cli,bench -am) >"$results/setup.log" 2>&1 \
    || { tail -n 30 "$results/setup.log" >&2; exit 1; }
  touch "$root/cli/target/paperkg.jar"   # the launcher must not rebuild in the middle of a timed run
  { java -version 2>&1 | head -1; nproc; free -g | sed -n 2p; git -C "$root" log --oneline -1; } >"$results/machine.txt"
}

step_corpus() {
  log "corpus: real and scaled corpora into $WORK/corpus"
  harness org.paperkg.bench.ScaleCorpus --out "$WORK/corpus" --sizes "$SIZES" \
      "$SHARED/data/arxiv-daily" "$SHARED/data/arxivjsdata" | tee "$results/corpus.log" >&2
}

step_extraction() {
  log "extraction: model loads in fresh JVMs (3 each)"
  local i sys
  for i in 1 2 3; do
    for sys in corenlp paperkg; do
      harness org.paperkg.bench.ExtractionBench --load-only "$sys" 2>/dev/null | awk '/^RESULT/ {print $4}' \
        | sed 's/seconds=//' | while read -r s; do record "model_load_s_$sys" - "$s"; done
    done
  done
  log "extraction: $TEXTS texts, $WARMUP warm-up + $ROUNDS measured rounds, threads 1,2"
  harness org.paperkg.bench.ExtractionBench --texts "$TEXTS" --threads 1,2 --warmup "$WARMUP" --rounds "$ROUNDS" \
      "$WORK/corpus/real.jsonl" >"$results/extraction.log" 2>"$results/extraction.err"
  grep -v '^RESULT' "$results/extraction.log" | sed -n '/^| system/,$p' >&2
  awk '/^RESULT extraction/ {split($3,a,"="); split($4,b,"="); split($5,c,"="); print "extract_per_s_" a[2] "_t" b[2] "\t-\t" c[2]}
       /^RESULT ratio/ {split($3,a,"="); split($4,b,"="); split($5,c,"="); print "ratio_" a[2] "_t" b[2] "\t-\t" c[2]}' \
      "$results/extraction.log" >>"$summary"
}

step_jmh() {
  log "jmh: extraction, 1 and 2 threads (about 6 minutes)"
  local t
  for t in 1 2; do
    (cd "$root" && java "$XMX" -cp "$(hcp)" org.openjdk.jmh.Main ExtractionJmh \
        -t "$t" -p "sources=$WORK/corpus/real.jsonl" -p "texts=$TEXTS" \
        -rf text -rff "$results/jmh-t$t.txt") >"$results/jmh-t$t.log" 2>&1
    cat "$results/jmh-t$t.txt" >&2
  done
}

step_build() {
  local max s n built=""
  max=$(num "$BUILD_MAX")
  for s in $(sizes); do
    n=$(num "$s")
    if [ "$REUSE" = 1 ] && [ -s "$WORK/rdf/papers-$s.nq" ]; then
      log "build: reusing $WORK/rdf/papers-$s.nq"
      (( n <= max )) && built="$s"
      continue
    fi
    if (( n <= max )); then
      log "build: $s papers by full extraction ($XMX_BUILD)"
      rm -f "$WORK/rdf/papers-$s.nq"
      timed "build-$s" env PAPERKG_JAVA_OPTS="$XMX_BUILD -Xlog:gc:file=$results/build-$s.gc" "$root/paperkg" build "$WORK/corpus/papers-$s.jsonl" \
          --out "$WORK/rdf/papers-$s.nq" $BUILD_FLAGS
      record build_s "$s" "$WALL"; record build_rss_mb "$s" "$RSS_MB"; record build_exit "$s" "$RC"
      record build_heap_after_gc_max_mb "$s" "$(gc_live "$results/build-$s.gc")"
      record build_papers_per_s "$s" "$(awk -v n="$n" -v w="$WALL" 'BEGIN {printf "%.1f", n / w}')"
      record quads "$s" "$(wc -l <"$WORK/rdf/papers-$s.nq")"
      built="$s"
    else
      [ -n "$built" ] || { echo "run.sh: no built size to re-key for $s" >&2; exit 1; }
      local copies=$(( n / $(num "$built") ))
      log "build: $s papers by re-keying the $built build output $copies times at RDF level (not extracted)"
      timed "rekey-$s" java "$XMX" -cp "$(hcp)" org.paperkg.bench.RekeyQuads --in "$WORK/rdf/papers-$built.nq" --copies "$copies" \
          --out "$WORK/rdf/papers-$s.nq"
      record rekey_s "$s" "$WALL"
      record quads "$s" "$(wc -l <"$WORK/rdf/papers-$s.nq")"
      record build_s_extrapolated "$s" "$(awk -v n="$n" -v b="$(values build_papers_per_s "$built" | tail -1)" \
          'BEGIN {printf "%.0f", n / b}')"
    fi
  done
}

step_load() {
  local s n r repeats quads db jdb
  for s in $(sizes); do
    n=$(num "$s")
    repeats=$LOAD_REPEATS
    (( n > 10000 )) && repeats=1
    quads=$(wc -l <"$WORK/rdf/papers-$s.nq")
    db="$WORK/db/paperkg-$s"; jdb="$WORK/db/jena-$s"
    for r in $(seq 1 "$repeats"); do
      log "load: $s ($quads quads), run $r of $repeats"
      rm -rf "$db" "$jdb"
      timed "load-paperkg-empty-$s-$r" env PAPERKG_JAVA_OPTS="$XMX" "$root/paperkg" load "$WORK/rdf/papers-$s.nq" --db "$db"
      record load_paperkg_empty_s "$s" "$WALL"; record load_paperkg_empty_rss_mb "$s" "$RSS_MB"
      record load_paperkg_empty_qps "$s" "$(qps)"
      record store_bytes_paperkg "$s" "$(du -sB1 "$db" | cut -f1)"
      if (( n <= $(num "$JENA_MAX") )); then
        timed "load-jena-empty-$s-$r" java "$XMX" -cp "$(hcp)" org.paperkg.bench.JenaLoad --db "$jdb" --loader "$JENA_LOADER" "$WORK/rdf/papers-$s.nq"
        record load_jena_empty_s "$s" "$WALL"
        record load_jena_empty_qps "$s" "$(qps)"
        record store_bytes_jena "$s" "$(du -sB1 "$jdb" | cut -f1)"
      fi
      (( n <= $(num "$RELOAD_MAX") )) || continue
      timed "load-paperkg-reload-$s-$r" env PAPERKG_JAVA_OPTS="$XMX" "$root/paperkg" load "$WORK/rdf/papers-$s.nq" --db "$db"
      record load_paperkg_reload_s "$s" "$WALL"
      record load_paperkg_reload_qps "$s" "$(qps)"
      record store_bytes_paperkg_after_reload "$s" "$(du -sB1 "$db" | cut -f1)"
      if (( n <= $(num "$JENA_MAX") )); then
        timed "load-jena-reload-$s-$r" java "$XMX" -cp "$(hcp)" org.paperkg.bench.JenaLoad --db "$jdb" --loader "$JENA_LOADER" "$WORK/rdf/papers-$s.nq"
        record load_jena_reload_s "$s" "$WALL"
        record load_jena_reload_qps "$s" "$(qps)"
      fi
    done
    rm -rf "$jdb"
  done
}

step_queries() {
  # The server binds every interface; run it and its client in a private network namespace whose only interface is
  # loopback, so nothing but 127.0.0.1 can reach it. Without unshare, fall back to the host's loopback.
  if [ -z "${PKB_IN_NETNS:-}" ] && unshare -n true 2>/dev/null; then
    log "queries: in a private network namespace (loopback only)"
    export WORK SHARED SIZES BUILD_MAX TEXTS ROUNDS WARMUP LOAD_REPEATS QUERY_REQUESTS QUERY_WARMUP XMX XMX_BUILD \
        BUILD_FLAGS JENA_LOADER PORT ENDPOINT_PATH DUMP_PATH QUERY_MAX_SECONDS RELOAD_MAX JENA_MAX REUSE
    PKB_IN_NETNS=1 unshare -n -- bash -c 'ip link set lo up && exec "$0" queries' "$0"
    return
  fi
  local s pid url i t mode
  for s in $(sizes); do
    url="http://127.0.0.1:$PORT"
    log "queries: serving $WORK/db/paperkg-$s on $url"
    PAPERKG_JAVA_OPTS="$XMX" "$root/paperkg" serve --db "$WORK/db/paperkg-$s" --port "$PORT" \
        >"$results/serve-$s.log" 2>&1 &
    pid=$!
    for i in $(seq 1 240); do
      curl -fs -o /dev/null "$url$ENDPOINT_PATH?query=ASK%7B%7D" && break
      kill -0 "$pid" 2>/dev/null || { tail -n 20 "$results/serve-$s.log" >&2; exit 1; }
      sleep 0.5
    done
    for mode in defaults top; do
      harness org.paperkg.bench.QueryBench --endpoint "$url$ENDPOINT_PATH" --label "-$mode-$s" --params "$mode" \
          --warmup "$QUERY_WARMUP" --requests "$QUERY_REQUESTS" --max-seconds "$QUERY_MAX_SECONDS" "$root/queries" \
          >"$results/queries-$mode-$s.log" 2>"$results/queries-$mode-$s.err" || true
      grep -v '^RESULT' "$results/queries-$mode-$s.log" >&2
      awk -v s="$s" -v m="$mode" '/^RESULT query/ && /p95=/ {split($3,a,"="); split($5,b,"="); split($4,c,"=");
          print "query_p95_ms_" m "_" a[2] "\t" s "\t" b[2]; print "query_p50_ms_" m "_" a[2] "\t" s "\t" c[2]}' \
          "$results/queries-$mode-$s.log" >>"$summary"
    done
    log "queries: dump download at $s"
    t=$(curl -s -o "$WORK/dump-$s.bin" -w '%{http_code} %{time_total} %{size_download}' "$url$DUMP_PATH")
    record dump_http_status "$s" "${t%% *}"
    t="${t#* }"; record dump_s "$s" "${t%% *}"; record dump_bytes "$s" "${t#* }"
    record dump_quads "$s" "$(gzip -dc "$WORK/dump-$s.bin" 2>/dev/null | wc -l)"
    record serve_rss_mb "$s" "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status")"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -f "$WORK/dump-$s.bin"
    timed "dump-offline-$s" env PAPERKG_JAVA_OPTS="$XMX" "$root/paperkg" dump --db "$WORK/db/paperkg-$s" \
        --out "$WORK/dump-$s.nq.gz"
    record dump_offline_s "$s" "$WALL"; record dump_offline_rss_mb "$s" "$RSS_MB"
    rm -f "$WORK/dump-$s.nq.gz"
  done
}

report() {
  log "report: medians per metric and size (all values in $summary)"
  awk -F'\t' '{k=$1 "\t" $2; if (!(k in seen)) {seen[k]=1; order[++n]=k} v[k]=v[k] " " $3}
      END {for (i=1;i<=n;i++) print order[i] "\t" v[order[i]]}' "$summary" \
    | while IFS=$'\t' read -r metric size vals; do
        printf '%-40s %-5s median %-12s all:%s\n' "$metric" "$size" "$(tr ' ' '\n' <<<"$vals" | grep -v '^$' | median)" "$vals"
      done | tee "$results/report.txt" >&2
}

for step in "${steps[@]}"; do
  case "$step" in
    setup|corpus|extraction|jmh|build|load|queries) "step_$step" ;;
    report) ;;
    *) echo "run.sh: unknown step $step" >&2; exit 1 ;;
  esac
done
[ -n "${PKB_IN_NETNS:-}" ] || report
