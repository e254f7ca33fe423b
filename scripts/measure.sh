#!/usr/bin/env bash
# The whole-process figures of the README's Performance section, on this machine: launch to the
# first settled frame with the 10-year journal on Progress (wall time and peak RSS of the
# whole process, median of 5), and the mentor report of that journal written by the command
# line (median of 5). Criterion measures the rest (`cargo bench`).
#
#   scripts/measure.sh                 # uses target/release/kintsugi
#   KINTSUGI_BIN=target/dist/kintsugi scripts/measure.sh
#
# Needs Xvfb when no display is set (the CI machine's packages include it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${KINTSUGI_BIN:-target/release/kintsugi}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true' EXIT

if [[ -z ${DISPLAY:-} ]]; then
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  sleep 1
fi

"$bin" demo --out "$work/journal.ron" --years 10 >/dev/null
median() { sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'; }

# Launch: the process opens the window, draws until the layout has settled, saves that frame
# and exits — all of it timed, X connection and GL set-up included.
: >"$work/launch"
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/one" \
    "$bin" --data "$work/journal.ron" --view progress --range all \
    --screenshot "$work/shot.png" >/dev/null 2>&1
  cat "$work/one" >>"$work/launch"
done
echo "launch to first settled frame (10 years, Progress): $(cut -d' ' -f1 "$work/launch" | median) s"
echo "peak RSS of that process (screen read back for the PNG included): $(($(cut -d' ' -f2 "$work/launch" | median) / 1024)) MB"

# The window in use: open on Progress for three seconds, then its resident memory, and how much
# of it is the software GL renderer (Mesa's llvmpipe: LLVM and the swrast driver), which a
# machine with a GPU driver does not load. SIGTERM then saves and ends it.
"$bin" --data "$work/journal.ron" --view progress --range all >/dev/null 2>&1 &
window=$!
sleep 3
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$window/status")
mesa=$(awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 } /^Rss:/ && name ~ /libLLVM|swrast_dri/ { sum += $2 } END { print sum + 0 }' "/proc/$window/smaps")
kill -TERM "$window"
wait "$window" || true
echo "window RSS on Progress: $((rss / 1024)) MB, of which Mesa's software renderer $((mesa / 1024)) MB"

: >"$work/report"
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$work/one" \
    "$bin" --data "$work/journal.ron" export report --out "$work/report.pdf" \
    --setbacks all --paper a4 >/dev/null
  cat "$work/one" >>"$work/report"
done
pages=$(pdfinfo "$work/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
echo "10-year report, whole process: $(median <"$work/report") s (${pages:-?} pages)"
ls -l "$bin" | awk '{ printf "binary: %.1f MB\n", $5 / 1000000 }'
