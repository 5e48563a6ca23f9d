#!/bin/bash
# Start-up benchmark: time from process start to the first paint of the
# console on a 1,000-source workspace, next to a bare QMainWindow program
# run in the same loop, and the time to import a 1,000-source catalogue.
# Usage: startup.sh LINKDECK BARE_PROGRAM [RUNS]   (target ratio <= 1.5)
set -euo pipefail
linkdeck=$1 bare=$2 runs=${3:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_CONFIG_HOME=$work/config

/usr/bin/python3 - "$work/catalog.json" <<'PY'
import json, sys
svg = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHZpZXdCb3g9JzAgMCA2NCA2NCc+PHJlY3Qgd2lkdGg9JzY0JyBoZWlnaHQ9JzY0JyByeD0nMTQnIGZpbGw9JyMzMzY2Y2MnLz48L3N2Zz4="
sources = [{
    "key": f"bench-{i:04d}", "displayName": f"Bench source {i:04d}",
    "authType": ["oauth2", "oauth1", "password", "email", "sdk"][i % 5],
    "authHostUrl": f"https://auth{i}.example.com", "apiHostUrl": f"https://api{i}.example.com",
    "authUrl": f"https://auth{i}.example.com/authorize",
    "requestTokenUrl": f"https://auth{i}.example.com/request",
    "accessTokenUrl": f"https://auth{i}.example.com/token",
    "scopes": ["read", "write", "profile"], "testApiPath": "/v1/me",
    "description": f"Synthetic source number {i} for the start-up benchmark.",
    "logo": svg,
} for i in range(1000)]
json.dump({"format": "linkdeck-catalog", "version": 1, "sources": sources}, open(sys.argv[1], "w"))
PY

now_ms() { date +%s%3N; }
workspace=$work/bench.linkdeck
"$linkdeck" --workspace "$workspace" sources list > /dev/null   # create and seed
start=$(now_ms)
"$linkdeck" --workspace "$workspace" sources import "$work/catalog.json" > /dev/null
import_ms=$(( $(now_ms) - start ))
count=$("$linkdeck" --workspace "$workspace" sources list --json | grep -c '"key"')

# The start time is taken just before exec, in the process that becomes the program.
# Prints "WALL_MS CPU_MS" for one run.
first_paint() { bash -c 'LINKDECK_BENCH_FIRST_PAINT=$(date +%s%N) exec "$@"' _ "$@" | sed -n 's/^first-paint-ms \([0-9.]*\) cpu-ms \([0-9.]*\)$/\1 \2/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
: > "$work/linkdeck.txt"; : > "$work/bare.txt"
first_paint "$bare" > /dev/null                                  # warm the page cache
first_paint "$linkdeck" --workspace "$workspace" > /dev/null
for _ in $(seq "$runs"); do                                       # side by side, alternating
    first_paint "$bare" >> "$work/bare.txt"
    first_paint "$linkdeck" --workspace "$workspace" >> "$work/linkdeck.txt"
done
wall() { cut -d' ' -f1 "$1"; }
cpu() { cut -d' ' -f2 "$1"; }
linkdeck_ms=$(wall "$work/linkdeck.txt" | median)
bare_ms=$(wall "$work/bare.txt" | median)
linkdeck_min=$(wall "$work/linkdeck.txt" | sort -n | head -1)
bare_min=$(wall "$work/bare.txt" | sort -n | head -1)
linkdeck_cpu=$(cpu "$work/linkdeck.txt" | median)
bare_cpu=$(cpu "$work/bare.txt" | median)
printf 'sources in workspace:               %d\n' "$count"
printf 'import of 1,000 sources:            %d ms\n' "$import_ms"
printf 'first paint, linkdeck:              median %.1f ms, best %.1f ms (%d runs)\n' "$linkdeck_ms" "$linkdeck_min" "$runs"
printf 'first paint, bare QMainWindow:      median %.1f ms, best %.1f ms\n' "$bare_ms" "$bare_min"
printf 'CPU time to first paint:            linkdeck median %.1f ms, bare median %.1f ms\n' "$linkdeck_cpu" "$bare_cpu"
awk -v a="$linkdeck_ms" -v b="$bare_ms" -v c="$linkdeck_min" -v d="$bare_min" -v e="$linkdeck_cpu" -v f="$bare_cpu" \
    'BEGIN { printf "ratio linkdeck / bare:              %.2f of medians, %.2f of bests, %.2f of CPU medians (target <= 1.5)\n", a / b, c / d, e / f }'
