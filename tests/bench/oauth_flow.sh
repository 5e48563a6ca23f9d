#!/bin/bash
# OAuth flow benchmark: Linkdeck's unattended test run (authorize, login,
# consent, token, API call, refresh, revoke, PKCE check; bench_oauth_flow) next to a
# curl script making the same HTTP exchanges (oauth_flow_curl.sh), against
# one local oidc-provider (tests/peers), alternating in the same run.
# Usage: oauth_flow.sh BENCH_OAUTH_FLOW [RUNS]   (target ratio <= 2)
set -euo pipefail
bench=$1 runs=${2:-15}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
oidc_pid=
cleanup() {
    if [[ -n $oidc_pid ]]; then
        kill "$oidc_pid" 2>/dev/null || true
        wait "$oidc_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

client=bench-client secret=bench-secret-$RANDOM$RANDOM redirect=http://127.0.0.1:9/callback
cat > "$work/config.json" <<JSON
{"clients": [{"client_id": "$client", "client_secret": "$secret", "redirect_uris": ["$redirect"],
  "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
  "token_endpoint_auth_method": "client_secret_basic"}]}
JSON
# The provider prints one JSON line once it listens on a free loopback port.
mkfifo "$work/ready"
node "$here/../peers/oidc-server.mjs" "$work/config.json" > "$work/ready" 2> "$work/oidc.log" &
oidc_pid=$!
exec {ready}< "$work/ready"
read -r -t 30 -u "$ready" line || { cat "$work/oidc.log" >&2; exit 1; }
issuer=$(sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p' <<< "$line")

coproc BENCH { exec "$bench" "$issuer" "$client" "$secret"; }
# Bash unsets BENCH and BENCH_PID (and may close its pipes) once the
# coprocess ends: keep the pid and our own copies of the pipes.
bench_pid=$BENCH_PID
exec {bench_in}>&"${BENCH[1]}" {bench_out}<&"${BENCH[0]}"
eval "exec ${BENCH[1]}>&- ${BENCH[0]}<&-"
now_ns() { date +%s%N; }
linkdeck_flow() {
    echo run >&"$bench_in"
    read -r -t 60 -u "$bench_out" ms || { echo "bench_oauth_flow failed" >&2; exit 1; }
    echo "$ms"
}
curl_flow() {
    local start
    start=$(now_ns)
    "$here/oauth_flow_curl.sh" "$issuer" "$client" "$secret" "$redirect"
    awk -v ns=$(( $(now_ns) - start )) 'BEGIN { printf "%.2f\n", ns / 1e6 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

linkdeck_flow > /dev/null   # warm up both (first connections, the provider's caches)
curl_flow > /dev/null
: > "$work/linkdeck.txt"; : > "$work/curl.txt"
for i in $(seq "$runs"); do      # alternating, and which goes first alternates too
    if (( i % 2 )); then
        linkdeck_flow >> "$work/linkdeck.txt"; curl_flow >> "$work/curl.txt"
    else
        curl_flow >> "$work/curl.txt"; linkdeck_flow >> "$work/linkdeck.txt"
    fi
done
eval "exec $bench_in>&-"   # end of input: bench_oauth_flow exits
wait "$bench_pid" || true
linkdeck_ms=$(median < "$work/linkdeck.txt")
curl_ms=$(median < "$work/curl.txt")
printf 'OAuth flow (authorize, login, consent, token, API call, refresh, revoke, PKCE check), %d runs each\n' "$runs"
printf 'linkdeck test run:  median %.1f ms, best %.1f ms\n' "$linkdeck_ms" "$(sort -n "$work/linkdeck.txt" | head -1)"
printf 'curl script:        median %.1f ms, best %.1f ms\n' "$curl_ms" "$(sort -n "$work/curl.txt" | head -1)"
awk -v a="$linkdeck_ms" -v b="$curl_ms" 'BEGIN { printf "ratio linkdeck / curl: %.2f of medians (target <= 2)\n", a / b }'
