#!/usr/bin/env bash
# Builds the Debian package from a configured build tree with CPack, unpacks it
# and checks that it carries the desktop integration and a binary that runs.
#
# usage: check-deb.sh <build-dir>
#   CPACK                      cpack to use (default: cpack on PATH)
#   LINKDECK_EXPECTED_VERSION  version `linkdeck --version` must print
#                              (default: CPACK_PACKAGE_VERSION of the build)
set -euo pipefail

if [[ $# -ne 1 || ! -f $1/CPackConfig.cmake ]]; then
    echo "usage: $0 <build-dir>   (a configured build tree with CPackConfig.cmake)" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
cpack=${CPACK:-cpack}
app_id=dev.linkdeck.Linkdeck

expected_version=${LINKDECK_EXPECTED_VERSION:-}
if [[ -z $expected_version ]]; then
    expected_version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' \
        "$build_dir/CPackConfig.cmake")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/linkdeck-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== cpack -G DEB (output in $work/out)"
(cd "$build_dir" && "$cpack" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake")

shopt -s nullglob
debs=("$work"/out/*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "FAIL: expected exactly one .deb in $work/out, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo "== $(basename "$deb")"
dpkg-deb --info "$deb"

[[ $(dpkg-deb --field "$deb" Package) == linkdeck ]] || fail "Package is not linkdeck"
[[ $(dpkg-deb --field "$deb" Version) == "$expected_version" ]] ||
    fail "Version is not $expected_version"
[[ $(dpkg-deb --field "$deb" Section) == devel ]] || fail "Section is not devel"
depends=$(dpkg-deb --field "$deb" Depends)
[[ $depends == *libqt6core6* ]] ||
    fail "Depends has no libqt6core6 (dpkg-shlibdeps did not run?): $depends"

root=$work/root
dpkg-deb -x "$deb" "$root"
echo "== contents"
(cd "$root" && find . -type f -o -type l | sort)

for f in \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [[ -s $root/$f ]] || fail "missing $f"
done
[[ -x $root/usr/bin/linkdeck ]] || fail "missing executable usr/bin/linkdeck"
# The libraries the program loads at run time (commands, the network pages,
# the WebEngine pages), so only their own Depends name Qt WebEngine.
for module in connect pages web; do
    found=0
    for m in "$root"/usr/lib/*/linkdeck/liblinkdeck_$module.so "$root"/usr/lib/linkdeck/liblinkdeck_$module.so; do
        [[ -f $m ]] && found=1
    done
    [[ $found -eq 1 ]] || fail "missing liblinkdeck_$module.so"
done
[[ $depends == *libqt6webenginewidgets6* ]] ||
    fail "Depends has no libqt6webenginewidgets6: $depends"

if [[ -x $root/usr/bin/linkdeck ]]; then
    echo "== usr/bin/linkdeck --version"
    status=0
    output=$(QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
        timeout 60 "$root/usr/bin/linkdeck" --version 2>&1) || status=$?
    printf '%s\n' "$output"
    [[ $status -eq 0 ]] || fail "linkdeck --version exited with $status"
    [[ $output == *"$expected_version"* ]] ||
        fail "linkdeck --version does not print $expected_version"
    # A command loads liblinkdeck_connect from beside the installed libraries.
    echo "== usr/bin/linkdeck sources list"
    status=0
    output=$(QT_QPA_PLATFORM=offscreen timeout 60 \
        "$root/usr/bin/linkdeck" --workspace "$work/workspace.linkdeck" sources list 2>&1) || status=$?
    printf '%s\n' "$output" | head -n 5
    [[ $status -eq 0 ]] || fail "linkdeck sources list exited with $status"
    [[ $output == *fitbit* ]] || fail "linkdeck sources list does not list the bundled catalogue"
fi

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
