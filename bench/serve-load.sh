#!/usr/bin/env bash
# The concurrent load of RELIABILITY.md ("Memory") against `paperkg serve` of one store, with its resident memory.
#
#   bench/serve-load.sh DB [FEED.nq|.trig]
#
# Serves DB on 127.0.0.1 with a temporary password file, then CLIENTS (10) curl clients each run ROUNDS (6) times
# every saved query (default parameters, CSV), the VoID description and, for every fifth client, the N-Quads dump,
# while a writer loads FEED through `paperkg load --endpoint` WRITES (3) times. Every second the server's
# /proc/PID/status is sampled; at the end it prints the HTTP status counts, the peak RSS (VmHWM) and the largest
# anonymous and file-backed RSS seen. Environment: CLIENTS, ROUNDS, WRITES, PORT (3941), MAX_PER_CLIENT (16: all
# clients share 127.0.0.1), PAPERKG_JAVA_OPTS (default: the launcher's serve heap), OUT (default: a temp folder),
# PAPERKG (the launcher to run; default: this checkout's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:?usage: bench/serve-load.sh DB [FEED]}"
feed="${2:-$root/store/src/test/resources/fixtures/papers.trig}"
CLIENTS="${CLIENTS:-10}"; ROUNDS="${ROUNDS:-6}"; WRITES="${WRITES:-3}"; PORT="${PORT:-3941}"
MAX_PER_CLIENT="${MAX_PER_CLIENT:-16}"
PAPERKG="${PAPERKG:-$root/paperkg}"
OUT="${OUT:-$(mktemp -d /tmp/paperkg-serve-load.XXXXXX)}"
mkdir -p "$OUT"
url="http://127.0.0.1:$PORT"
password="load-$RANDOM-$RANDOM"

echo "$password" | "$PAPERKG" passwd writer > "$OUT/passwd" 2>/dev/null
chmod 600 "$OUT/passwd"
"$PAPERKG" serve --db "$db" --host 127.0.0.1 --port "$PORT" --passwd "$OUT/passwd" \
    --max-per-client "$MAX_PER_CLIENT" > "$OUT/serve.log" 2>&1 &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true' EXIT
for i in $(seq 1 600); do
  curl -fs -o /dev/null "$url/\$/ping" && break
  kill -0 "$launcher" 2>/dev/null || { tail -n 20 "$OUT/serve.log" >&2; exit 1; }
  sleep 0.5
done
pid=$launcher   # the launcher execs java: same process
echo "serving $db as process $pid; output in $OUT" >&2

sample() {
  while kill -0 "$pid" 2>/dev/null; do
    awk -v t="$(date +%s)" '/^(VmRSS|VmHWM|RssAnon|RssFile):/ {v[$1]=$2} END {print t, v["VmRSS:"], v["VmHWM:"], v["RssAnon:"], v["RssFile:"]}' \
        "/proc/$pid/status" >> "$OUT/memory.txt" 2>/dev/null || true
    sleep 1
  done
}
sample &
sampler=$!

client() {
  local c=$1 r q
  for r in $(seq 1 "$ROUNDS"); do
    for q in "$root"/queries/*.rq; do
      q=$(basename "$q" .rq)
      curl -s -o /dev/null -w '%{http_code} query\n' "$url/queries/$q?format=csv"
    done
    curl -s -o /dev/null -w '%{http_code} void\n' "$url/void"
    if [ $((c % 5)) -eq 0 ]; then
      curl -s -o /dev/null -w '%{http_code} dump\n' "$url/dump/paperkg.nq.gz"
    fi
  done > "$OUT/client-$c.txt"
}
start=$(date +%s)
clients=()
for c in $(seq 1 "$CLIENTS"); do client "$c" & clients+=($!); done
for w in $(seq 1 "$WRITES"); do
  PAPERKG_PASSWORD="$password" "$PAPERKG" load "$feed" --endpoint "$url" >> "$OUT/writer.log" 2>&1 \
      && echo "write $w: exit 0" || echo "write $w: exit $?"
done
wait "${clients[@]}"
end=$(date +%s)
cat "$OUT"/client-*.txt | sort | uniq -c
echo "requests: $(cat "$OUT"/client-*.txt | wc -l) in $((end - start)) s"
awk '{ if ($3 + 0 > hwm + 0) hwm = $3; if ($4 + 0 > anon + 0) anon = $4; if ($5 + 0 > file + 0) file = $5 }
     END { printf "peak RSS (VmHWM) %.0f MB; largest anonymous RSS %.0f MB; largest file-backed RSS %.0f MB\n", hwm/1024, anon/1024, file/1024 }' \
    "$OUT/memory.txt"
tail -n 1 "$OUT/memory.txt" | awk '{ printf "at the end: RSS %.0f MB (anonymous %.0f MB, file-backed %.0f MB)\n", $2/1024, $4/1024, $5/1024 }'
kill "$launcher" 2>/dev/null || true
wait "$launcher" 2>/dev/null || true
kill "$sampler" 2>/dev/null || true
