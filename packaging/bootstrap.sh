#!/usr/bin/env bash
# The one entry point behind the README:
#   packaging/bootstrap.sh run [app arguments...]   install, build, start Linkdeck
#   packaging/bootstrap.sh test [ctest arguments...] install, build, run every test
# It installs only the Debian packages that are missing (apt-get update only
# then), so a second run goes straight to the incremental build.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: packaging/bootstrap.sh run  [linkdeck arguments...]
       packaging/bootstrap.sh test [ctest arguments, e.g. -R pattern]

  run   install the build and runtime packages (Debian 12), build the dev preset
        (build/dev) and start build/dev/app/linkdeck with the given arguments.
  test  also install the test packages and the npm test peers, build, then run
        ctest --preset dev -j2 --output-on-failure with the given arguments;
        exits with ctest's status.
EOF
}

# Needed to build and run Linkdeck (and, with dbus-x11 and gnome-keyring, for a
# desktop session to have a Secret Service for the keyring).
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-networkauth-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev
    libsqlite3-dev libqt6sql6-psql libsodium-dev libyaml-dev libgl-dev libvulkan-dev
    qt6-qpa-plugins libsecret-1-0 gnome-keyring dbus-x11
)
# Needed by the tests: a private D-Bus session with gnome-keyring, Xvfb, the
# packaging validators and dpkg-shlibdeps, the OAuth 1.0a peer, Qt's SQLite
# driver (an independent reader of workspaces), SQLite and
# PostgreSQL servers, load tools and an HTTP server for the network tests.
test_packages=(
    dbus gnome-keyring xvfb xauth appstream desktop-file-utils dpkg-dev
    python3-oauthlib libqt6sql6-sqlite sqlite3 postgresql wrk nginx-light curl file
)

die() {
    echo "bootstrap: $*" >&2
    exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' and sudo is not installed"
    fi
}

# Installs those of the given Debian packages that are not installed yet.
ensure_packages() {
    local -A installed=()
    local name status pkg
    local -a missing=()
    # One dpkg-query for all; unknown packages print nothing (and an error).
    while read -r name status; do
        # db:Status-Abbrev is e.g. "ii ": the second letter is the current state.
        if [[ ${status:1:1} == i ]]; then
            installed[$name]=1
        fi
    done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null || true)
    for pkg in "$@"; do
        if [[ -z ${installed[$pkg]:-} ]]; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi

    echo "bootstrap: installing ${missing[*]}" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

build() {
    cmake --preset dev
    cmake --build --preset dev
}

# Installs the npm packages of the OAuth test peers, when there are any and
# node_modules is missing or older than package-lock.json.
ensure_test_peers() {
    local peers=tests/peers
    [[ -f $peers/package.json ]] || return 0
    if ! command -v npm >/dev/null 2>&1; then
        ensure_packages nodejs npm
    fi
    local stamp=$peers/node_modules/.package-lock.json
    if [[ ! -d $peers/node_modules || ! -e $stamp || $peers/package-lock.json -nt $stamp ]]; then
        npm ci --prefix "$peers" --no-audit --no-fund
    fi
}

cmd=${1:-}
if [[ $# -gt 0 ]]; then
    shift
fi

case $cmd in
    run | test) ;;
    -h | --help | help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac

command -v dpkg-query >/dev/null 2>&1 || die "this script needs a Debian system (dpkg-query not found)"

caller_dir=$PWD
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

# QtWebEngine's Chromium refuses to start its sandbox as root.
if [[ $EUID -eq 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi

case $cmd in
    run)
        ensure_packages "${build_packages[@]}"
        build
        if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
            sandbox=""
            if [[ $EUID -eq 0 ]]; then
                sandbox="QTWEBENGINE_DISABLE_SANDBOX=1 "
            fi
            cat >&2 <<EOF

bootstrap: Linkdeck is built, but there is no display to show it on
(neither DISPLAY nor WAYLAND_DISPLAY is set). From $repo_root you can:

  start it on a virtual X server (Xvfb; install it with: apt-get install xvfb xauth):
    ${sandbox}QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu xvfb-run -a build/dev/app/linkdeck

  or take a screenshot of a page without any display:
    ${sandbox}QT_QPA_PLATFORM=offscreen build/dev/app/linkdeck --screenshot sources.png --page sources
EOF
            exit 2
        fi
        # Back in the caller's directory, so relative paths in the arguments work.
        cd "$caller_dir"
        exec "$repo_root/build/dev/app/linkdeck" "$@"
        ;;
    test)
        ensure_packages "${build_packages[@]}" "${test_packages[@]}"
        ensure_test_peers
        build
        exec ctest --preset dev --output-on-failure -j2 "$@"
        ;;
esac
