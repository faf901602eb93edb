#!/usr/bin/env bash
# The release workflow's check of one installer on the OS that built it (.github/workflows/release.yml):
# install it, start the installed app with a fresh settings folder, wait until it answers on its
# single-instance socket (the second launch connects, asks it to show its window and exits 0), then
# stop it and uninstall. No Docker engine is needed: the app starts without one and says so.
#
#   bash packaging/smoke-test.sh app/target/installer/<installer>
#
# Linux: .deb (apt-get, needs root through sudo and an X display: run it under xvfb-run);
# macOS: .dmg (copied to ~/Applications); Windows (Git Bash): .msi (per-user, msiexec /qn).
# Writes its evidence (the app's log, timings) to app/target/smoke-test/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly ARTIFACTS=app/target/smoke-test
readonly LIMIT=120
installer=${1:?usage: smoke-test.sh INSTALLER}
started=$SECONDS
say() { printf '  [%3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '  FAILED: %s\n' "$*" >&2; exit 1; }
mkdir -p "$ARTIFACTS"
config_dir=$(mktemp -d)
export STASH2PLEX_CONFIG_DIR=$config_dir   # AppDirs' override: the lock, socket and log go here

case $installer in
  *.deb)
    sudo apt-get install -y "./$installer" >"$ARTIFACTS/install.log" 2>&1 || { cat "$ARTIFACTS/install.log"; fail "apt-get install"; }
    launcher=/opt/stash2plex/bin/Stash2Plex
    uninstall() { sudo apt-get remove -y stash2plex >/dev/null; }
    ;;
  *.dmg)
    mount=$(mktemp -d)
    hdiutil attach -nobrowse -mountpoint "$mount" "$installer" >/dev/null
    mkdir -p "$HOME/Applications"
    cp -R "$mount/Stash2Plex.app" "$HOME/Applications/"
    hdiutil detach "$mount" >/dev/null
    launcher=$HOME/Applications/Stash2Plex.app/Contents/MacOS/Stash2Plex
    uninstall() { rm -rf "$HOME/Applications/Stash2Plex.app"; }
    ;;
  *.msi)
    msiexec //i "$(cygpath -w "$installer")" //qn //l*v "$(cygpath -w "$ARTIFACTS/msiexec.log")" || fail "msiexec /i (see msiexec.log)"
    launcher=$(find "$LOCALAPPDATA" "$PROGRAMFILES" -name Stash2Plex.exe -path '*Stash2Plex*' 2>/dev/null | head -n 1)
    uninstall() { msiexec //x "$(cygpath -w "$installer")" //qn; }
    ;;
  *) fail "unknown installer type: $installer" ;;
esac
[[ -x $launcher ]] || fail "no launcher at '$launcher' after installing"
say "installed $(basename "$installer"); launcher $launcher"

"$launcher" >"$ARTIFACTS/first-launch.out" 2>&1 &
first=$!
trap 'kill "$first" 2>/dev/null || true; cp -r "$config_dir/logs" "$ARTIFACTS/" 2>/dev/null || true' EXIT
until [[ -e $config_dir/instance.sock ]]; do
  kill -0 "$first" 2>/dev/null || { cat "$ARTIFACTS/first-launch.out"; fail "the app exited before opening its instance socket"; }
  ((SECONDS - started < LIMIT)) || fail "no instance socket in $config_dir within $LIMIT s"
  sleep 1 # the polling interval
done
say "first launch answers on $config_dir/instance.sock"

second_started=$SECONDS
"$launcher" >"$ARTIFACTS/second-launch.out" 2>&1 & second=$!
until ! kill -0 "$second" 2>/dev/null; do
  ((SECONDS - second_started < 30)) || { kill "$second"; fail "the second launch did not end within 30 s"; }
  sleep 1 # the polling interval
done
wait "$second" || fail "the second launch exited with $? (it must hand over to the first and exit 0)"
kill -0 "$first" 2>/dev/null || fail "the first instance is gone after the second launch"
say "second launch handed over to the first and exited 0"

kill "$first"; wait "$first" 2>/dev/null || true
uninstall
say "uninstalled; passed"
