#!/usr/bin/env bash
# Builds the Windows installer with MinGW-w64 + makensis (CPack NSIS, our template) around the
# stand-in executable, installs it silently under Wine in a throw-away prefix, checks the files,
# the Start-menu shortcut and the uninstall key, runs the installed program, uninstalls silently
# (asking it to undo the environment) and checks that nothing is left.
# Usage: test-nsis.sh WORK_DIR        Exits 0 with "SKIPPED, not installed" when tools are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mkdir -p "${1:?usage: test-nsis.sh WORK_DIR}" && cd "$1" && pwd)"

missing=()
command -v x86_64-w64-mingw32-g++-posix >/dev/null || command -v x86_64-w64-mingw32-g++ >/dev/null || missing+=(g++-mingw-w64-x86-64-posix)
command -v makensis >/dev/null || missing+=(nsis)
wine=""
for c in wine64 /usr/lib/wine/wine64 wine; do command -v "$c" >/dev/null && { wine=$(command -v "$c"); break; }; done
[[ -n "$wine" ]] || missing+=(wine64)
if ((${#missing[@]})); then echo "test-nsis: SKIPPED, not installed: ${missing[*]}"; exit 0; fi
wineserver="$(dirname "$wine")/wineserver"
[[ -x "$wineserver" ]] || wineserver=$(command -v wineserver)

cmake -S "$root/installer/windows/standin" -B "$work/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$work/build" >/dev/null
(cd "$work/build" && cpack -G NSIS >/dev/null)
installer=$(ls "$work"/build/ollama-gpu-setup-*-win64.exe)
version=$(sed -n 's/^project(ollama-gpu-setup VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
rm -rf "$WINEPREFIX"
trap '"$wineserver" -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
pass=0; fail=0
check() {
    local what=$1; shift
    if "$@" >"$work/.out" 2>&1; then pass=$((pass + 1)); echo "PASS: $what"
    else fail=$((fail + 1)); echo "FAIL: $what"; sed 's/^/    /' "$work/.out" | head -20; fi
}
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ollama-gpu-setup'

"$wine" wineboot -i >/dev/null 2>&1 || true
"$wineserver" -w
check "silent install exits 0" "$wine" "$installer" /S
"$wineserver" -w
users="$WINEPREFIX/drive_c/users"
instdir=$(find "$users" -type d -path '*AppData/Local/Programs/ollama-gpu-setup' | head -1)
check "installed under %LOCALAPPDATA%\\Programs" test -n "$instdir"
check "executable installed" test -s "$instdir/bin/ollama-gpu-setup.exe"
check "uninstaller installed" test -s "$instdir/Uninstall.exe"
check "Start-menu shortcut" bash -c "find '$users' -name 'Ollama GPU Setup.lnk' -path '*Start Menu*' | grep -q ."
check "no desktop shortcut unless chosen" bash -c "! find '$users' -name 'Ollama GPU Setup.lnk' -path '*Desktop*' | grep -q ."
check "uninstall key: display name" bash -c "'$wine' reg query '$key' /v DisplayName | grep -q 'Ollama GPU Setup'"
check "uninstall key: version $version" bash -c "'$wine' reg query '$key' /v DisplayVersion | grep -q '$version'"
check "uninstall key: publisher, icon, size, quiet uninstall" bash -c "for v in Publisher DisplayIcon EstimatedSize QuietUninstallString; do '$wine' reg query '$key' /v \$v >/dev/null || exit 1; done"
check "installed program runs and reports $version" bash -c "'$wine' '$instdir/bin/ollama-gpu-setup.exe' --version | tr -d '\r' | grep -qx 'ollama-gpu-setup $version'"
check "executable carries VERSIONINFO" bash -c "grep -aq 'F.i.l.e.V.e.r.s.i.o.n' '$instdir/bin/ollama-gpu-setup.exe'"

check "silent uninstall with /UNDOENV exits 0" "$wine" "$instdir/Uninstall.exe" /S /UNDOENV
"$wineserver" -w
check "uninstaller asked the program to undo the environment" bash -c "find '$users' -name env-undo-ran | grep -q ."
check "install directory removed" test ! -e "$instdir"
check "Start-menu shortcut removed" bash -c "! find '$users' -name 'Ollama GPU Setup.lnk' | grep -q ."
check "uninstall key removed" bash -c "! '$wine' reg query '$key' >/dev/null 2>&1"
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
