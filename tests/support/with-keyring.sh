#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session, a fresh
# HOME, and gnome-keyring unlocked with a throwaway password. Everything it
# starts ends with the D-Bus session.
set -eu
if [ -z "${LINKDECK_IN_KEYRING:-}" ]; then
    export LINKDECK_IN_KEYRING=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/linkdeck-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
exit $status
