#!/usr/bin/env bash
# Start-up time of ClaimDiff against a bare JavaFX window, each started the same way, N times.
#
#   bench/startup.sh [-n N] [-- FILE...]          # the jar: java -jar target/claimdiff.jar
#   CLAIMDIFF="target/jpackage/claimdiff/bin/claimdiff" bench/startup.sh   # the app-image launcher
#   CLAIMDIFF="java -XX:SharedArchiveFile=app.jsa -jar target/claimdiff.jar" bench/startup.sh
#
# Each run prints startup-ms=N: milliseconds from JVM start to the first frame with every article
# highlighted (--startup-report), or to the first frame of an empty window (--startup-report-bare).
# Runs alternate between the two so that load from other processes hits both alike. Prints every
# figure, the medians and their ratio. Needs xvfb-run unless DISPLAY is set and NO_XVFB=1.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(sample-articles/*.txt)
read -r -a launcher <<< "${CLAIMDIFF:-java -jar target/claimdiff.jar}"

display=(xvfb-run -a -s "-screen 0 1600x1000x24")
[ "${NO_XVFB:-0}" = 1 ] && display=()

one() {
  local ms
  ms=$("${display[@]}" "${launcher[@]}" "$@" 2>/dev/null | sed -n 's/^startup-ms=//p' | tail -1)
  [ -n "$ms" ] || { echo "bench/startup.sh: no startup-ms from: ${launcher[*]} $*" >&2; exit 1; }
  echo "$ms"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

app=() bare=()
for ((i = 1; i <= runs; i++)); do
  bare+=("$(one --startup-report-bare)")
  app+=("$(one --startup-report "${files[@]}")")
  echo "run $i: bare ${bare[-1]} ms, claimdiff ${app[-1]} ms" >&2
done
mb=$(echo "${bare[*]}" | median)
ma=$(echo "${app[*]}" | median)
echo "launcher: ${launcher[*]}"
echo "files: ${files[*]}"
echo "bare window ms:  ${bare[*]}  median $mb"
echo "claimdiff ms:    ${app[*]}  median $ma"
awk -v a="$ma" -v b="$mb" 'BEGIN {printf "ratio claimdiff/bare: %.2f\n", a / b}'
