#!/usr/bin/env bash
# Builds the .deb from a configured build tree, unpacks it into a throw-away root, runs the
# installed binary, and validates the desktop entry and AppStream metainfo.
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR}" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root" "$build/_deb"' EXIT
pass=0; fail=0
check() { # check "what" command...
    local what=$1; shift
    if "$@" >"$root/.out" 2>&1; then pass=$((pass + 1)); echo "PASS: $what"
    else fail=$((fail + 1)); echo "FAIL: $what"; sed 's/^/    /' "$root/.out"; fi
}

(cd "$build" && cpack -G DEB -B "$build/_deb" >/dev/null)
deb=$(ls "$build"/_deb/ollama-gpu-setup_*_*.deb)
check "package metadata names the runtime dependencies" bash -c "dpkg-deb -f '$deb' Depends | grep -q 'libqt6widgets6' && dpkg-deb -f '$deb' Depends | grep -q 'libvulkan1'"
dpkg-deb -x "$deb" "$root/fs"
app="$root/fs/usr/bin/ollama-gpu-setup"
version=$(dpkg-deb -f "$deb" Version)
check "installed binary reports the package version" bash -c "'$app' --version | grep -qx 'ollama-gpu-setup $version'"
check "installed binary detects (JSON)" bash -c "'$app' detect --json --sources sysfs | grep -q '\"platform\"'"
desktop=$(ls "$root"/fs/usr/share/applications/*.desktop)
check "desktop entry validates" desktop-file-validate "$desktop"
check "desktop entry runs the installed binary" grep -qx 'Exec=ollama-gpu-setup' "$desktop"
metainfo=$(ls "$root"/fs/usr/share/metainfo/*.metainfo.xml)
check "metainfo validates" appstreamcli validate --no-net --explain "$metainfo"
check "metainfo carries the version" grep -q "release version=\"$version\"" "$metainfo"
check "scalable icon installed" test -s "$root/fs/usr/share/icons/hicolor/scalable/apps/ollama-gpu-setup.svg"
check "256 px icon installed" test -s "$root/fs/usr/share/icons/hicolor/256x256/apps/ollama-gpu-setup.png"
if [[ $(id -u) -eq 0 && "${CI:-}" == "true" ]]; then
    # A real install on the CI machine, removed again.
    check "dpkg -i installs" dpkg -i "$deb"
    check "installed from PATH" bash -c "ollama-gpu-setup --version | grep -q '$version'"
    check "dpkg -r removes" dpkg -r ollama-gpu-setup
fi
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
