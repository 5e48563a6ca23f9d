#!/bin/bash
# Connections benchmark: on COUNT generated connections, in SQLite and then
# in a private PostgreSQL server (tests/support/with-postgres.sh), the time
# from creating the Connections page (offscreen) until it has painted its
# first rows (the 200 newest), and from pressing Return in its search box
# until a prefix search's first rows are painted, next to the database's own
# client (sqlite3, psql) running the same first-page SELECT in the same run.
# The page counts on a thread of its own and shows the rows first; when the
# counts arrive is printed too, for information. The clients' own timers are
# used (.timer, \timing), so neither side pays for starting a process. Runs
# alternate; medians are reported.
# Usage: connections.sh LINKDECK BENCH_PROGRAM [COUNT] [RUNS]
#        (BENCH_PROGRAM: bench_connections_page)
#        (targets: ratio <= 2, first rows within 100 ms)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-linkdeck.*.info=false}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

# The statements of FILE as sqlite3 or psql times them, in milliseconds.
client_ms() {
    local kind=$1 location=$2 file=$3
    if [ "$kind" = sqlite ]; then
        { echo .timer on; echo .output /dev/null; cat "$file"; } | sqlite3 "$location" \
            | awk '/^Run Time:/ { s += $4 } END { printf "%.3f\n", s * 1000 }'
    else
        { echo '\timing on'; echo '\o /dev/null'; cat "$file"; } | psql -X -q -v ON_ERROR_STOP=1 "$location" \
            | awk '/^Time:/ { s += $2 } END { printf "%.3f\n", s }'
    fi
}

# Generates, then measures one backend. KIND is sqlite or postgres.
measure() {
    local kind=$1 location=$2 title=$3 client=$4
    local work; work=$(mktemp -d)
    local start; start=$(now_ms)
    "$linkdeck" --workspace "$location" connections generate --count "$count" > /dev/null
    local generate_ms=$(( $(now_ms) - start ))

    # A realistic search: the first five characters of a user id, as support
    # staff paste them.
    local sql="SELECT coalesce(substr(min(user_id), 1, 5), '') FROM connections WHERE user_id >= '8'"
    local prefix
    if [ "$kind" = sqlite ]; then prefix=$(sqlite3 "$location" "$sql"); else prefix=$(psql -X -Atq "$location" -c "$sql"); fi
    "$bench" "$location" sql "$prefix" "$work/first.sql" "$work/search.sql"

    "$bench" "$location" time "$prefix" > /dev/null                 # warm the cache
    client_ms "$kind" "$location" "$work/first.sql" > /dev/null
    for _ in $(seq "$runs"); do                                      # side by side, alternating
        "$bench" "$location" time "$prefix" > "$work/run.txt"
        for figure in first-rows first-count search search-count; do
            sed -n "s/^$figure-ms //p" "$work/run.txt" >> "$work/ours-$figure.txt"
        done
        client_ms "$kind" "$location" "$work/first.sql" >> "$work/client-first.txt"
        client_ms "$kind" "$location" "$work/search.sql" >> "$work/client-search.txt"
    done
    local of cf oc os cs osc
    of=$(median < "$work/ours-first-rows.txt"); cf=$(median < "$work/client-first.txt")
    oc=$(median < "$work/ours-first-count.txt")
    os=$(median < "$work/ours-search.txt"); cs=$(median < "$work/client-search.txt")
    osc=$(median < "$work/ours-search-count.txt")
    printf '%s, %d connections (generated in %.1f s)\n' "$title" "$count" "$(awk -v m="$generate_ms" 'BEGIN { print m / 1000 }')"
    awk -v a="$of" -v b="$cf" -v c="$client" -v n="$runs" -v k="$oc" 'BEGIN {
        printf "  open page, first rows painted:      linkdeck %8.2f ms, %-7s %8.2f ms, ratio %5.2f (median of %d; targets: ratio <= 2, within 100 ms)\n", a, c, b, (b > 0 ? a / b : 0), n
        printf "    (the count arrived %.2f ms after opening)\n", k }'
    awk -v a="$os" -v b="$cs" -v c="$client" -v p="$prefix" -v k="$osc" 'BEGIN {
        printf "  prefix search \"%s\", rows painted: linkdeck %8.2f ms, %-7s %8.2f ms, ratio %5.2f\n", p, a, c, b, (b > 0 ? a / b : 0)
        printf "    (its count arrived %.2f ms after Return)\n", k }'
    rm -rf "$work"
}

if [ "${1:-}" = --postgres ]; then
    # Inside with-postgres.sh: LINKDECK_TEST_POSTGRES names the server.
    shift
    linkdeck=$1 bench=$2 count=${3:-1000000} runs=${4:-9}
    psql -X -q "$LINKDECK_TEST_POSTGRES" -c 'CREATE DATABASE linkdeck_bench'
    measure postgres "${LINKDECK_TEST_POSTGRES%/*}/linkdeck_bench" PostgreSQL psql
    exit 0
fi

linkdeck=$1 bench=$2 count=${3:-1000000} runs=${4:-9}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_CONFIG_HOME=$dir/config
measure sqlite "$dir/bench.linkdeck" SQLite sqlite3
"$here/../support/with-postgres.sh" "$0" --postgres "$@"
