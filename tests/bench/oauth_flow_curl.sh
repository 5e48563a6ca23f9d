#!/bin/bash
# One OAuth 2.0 flow with curl, request for request what Linkdeck's
# unattended test run sends: the authorization request, the provider's
# interaction pages (login form, login POST, consent page, consent POST)
# and their redirects, the token exchange, the API call, a refresh, a
# revocation, and the PKCE check: a second authorization (the consent page
# again, the session skips the login) whose code is exchanged with a wrong
# code_verifier and refused. One curl process per request, cookies in a jar.
# Usage: oauth_flow_curl.sh ISSUER CLIENT_ID CLIENT_SECRET REDIRECT_URI
# Prints nothing and exits 0 when every step worked.
set -euo pipefail
issuer=$1 client=$2 secret=$3 redirect=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

fail() { echo "oauth_flow_curl: $*" >&2; exit 1; }
enc() { local LC_ALL=C s=$1 out= c i; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) printf -v c '%%%02X' "'$c"; out+=$c ;; esac; done; printf %s "$out"; }

b64url() { base64 | tr '+/' '-_' | tr -d '=\n'; }

# The browser's part of one authorization with a fresh state and verifier:
# follow redirects, fill each interaction form, stop at the redirect URI.
# Sets verifier and code. The cookie jar keeps the provider's session.
authorize() {
    local state challenge url form out status location query prompt
    verifier=$(head -c 32 /dev/urandom | b64url)
    challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | b64url)
    state=$(head -c 16 /dev/urandom | b64url)
    url="$issuer/auth?response_type=code&client_id=$(enc "$client")&redirect_uri=$(enc "$redirect")"
    url+="&scope=openid%20offline_access&state=$state&code_challenge=$challenge&code_challenge_method=S256&prompt=consent"
    form= location=
    for _ in $(seq 10); do
        if [[ -n $form ]]; then
            out=$(curl -sS -b "$jar" -c "$jar" -o "$work/page" -w '%{http_code} %{redirect_url}' --data "$form" "$url")
        else
            out=$(curl -sS -b "$jar" -c "$jar" -o "$work/page" -w '%{http_code} %{redirect_url}' "$url")
        fi
        status=${out%% *} location=${out#* } form=
        if [[ $status == 30? ]]; then
            [[ $location == "$redirect"* ]] && break
            url=$location
            continue
        fi
        [[ $status == 200 ]] || fail "HTTP $status at $url"
        url=$(sed -n 's/.*<form[^>]*action="\([^"]*\)".*/\1/p' "$work/page" | head -1)
        prompt=$(sed -n 's/.*name="prompt" value="\([^"]*\)".*/\1/p' "$work/page" | head -1)
        [[ -n $url && -n $prompt ]] || fail "no interaction form"
        form="prompt=$prompt"
        [[ $prompt == login ]] && form+="&login=alice&password=any-password"
    done
    [[ $location == "$redirect"* ]] || fail "never reached the redirect URI"
    query=${location#*\?}
    [[ "&$query" == *"&state=$state"* ]] || fail "state mismatch"
    code=$(tr '&' '\n' <<< "$query" | sed -n 's/^code=//p')
    [[ -n $code ]] || fail "no code in $location"
}

auth=(-u "$client:$secret")
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
authorize
tokens=$(curl -sS "${auth[@]}" --data "grant_type=authorization_code&code=$code&redirect_uri=$(enc "$redirect")&code_verifier=$verifier" "$issuer/token")
access=$(json access_token <<< "$tokens") refresh=$(json refresh_token <<< "$tokens")
[[ -n $access && -n $refresh ]] || fail "no tokens: $tokens"
curl -sS -f -o /dev/null -H "Authorization: Bearer $access" -H 'Accept: application/json' "$issuer/me" || fail "API call"
tokens=$(curl -sS "${auth[@]}" --data "grant_type=refresh_token&refresh_token=$refresh" "$issuer/token")
refresh=$(json refresh_token <<< "$tokens")
[[ -n $refresh ]] || fail "refresh: $tokens"
curl -sS -f -o /dev/null "${auth[@]}" --data "token=$refresh&token_type_hint=refresh_token" "$issuer/token/revocation" || fail "revoke"

# The PKCE check: authorize once more (the session skips the login), and
# exchange that code with a wrong verifier, which must be refused.
authorize
wrong=$(head -c 32 /dev/urandom | b64url)
answer=$(curl -sS "${auth[@]}" --data "grant_type=authorization_code&code=$code&redirect_uri=$(enc "$redirect")&code_verifier=$wrong" "$issuer/token")
[[ $(json error <<< "$answer") == invalid_grant ]] || fail "PKCE check: $answer"
