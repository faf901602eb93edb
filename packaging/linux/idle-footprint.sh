#!/usr/bin/env bash
# The desktop app's idle footprint as a user's machine runs it (docs/benchmarks.md): starts an
# installed launcher (or an app image's) with a fresh settings folder, leaves it alone, and prints
# its resident memory and the CPU it used over a window, from /proc (Linux). Two states:
#
#   first-run   no settings: the first-run settings window is open
#   tray-only   valid settings, no Docker engine answering: no window is opened, only the tray icon
#               (Docker's sockets are hidden in a private mount namespace, so the app finds none
#               and waits for one; needs root for unshare)
#
#   packaging/linux/idle-footprint.sh [launcher] [state] [seconds]
#       launcher  default /opt/stash2plex/bin/Stash2Plex      state  first-run (default) | tray-only
#       seconds   the measured window, default 60, after S2P_SETTLE_SECONDS (default 30) of settling
#   S2P_EXTRA_JAVA_OPTIONS  extra JVM options (through JAVA_TOOL_OPTIONS), to try other flags
#
# Needs an X display in DISPLAY (Xvfb) and, for the tray icon, a tray host (trayer).
set -euo pipefail
launcher=${1:-/opt/stash2plex/bin/Stash2Plex}
state=${2:-first-run}
seconds=${3:-60}
settle=${S2P_SETTLE_SECONDS:-30}
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
[[ -x $launcher ]] || fail "no launcher at $launcher"
[[ -n ${DISPLAY:-} ]] || fail "no X display in DISPLAY"

config_dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$config_dir"' EXIT
environment=(DISPLAY="$DISPLAY" HOME="$HOME" PATH=/usr/bin:/bin STASH2PLEX_CONFIG_DIR="$config_dir")
[[ -n ${S2P_EXTRA_JAVA_OPTIONS:-} ]] && environment+=(JAVA_TOOL_OPTIONS="$S2P_EXTRA_JAVA_OPTIONS")
case $state in
  first-run)
    env -i "${environment[@]}" "$launcher" >"$config_dir/out.log" 2>&1 &
    pid=$!
    ;;
  tray-only)
    [[ $(id -u) == 0 ]] || fail "tray-only needs root (unshare -m)"
    printf 'S2P_STASH_URL=http://127.0.0.1:9999\nS2P_STASH_API_KEY=idle-footprint-key\n' >"$config_dir/provider.env"
    # The launcher itself runs in the namespace (exec), so $pid is the app's JVM.
    env -i "${environment[@]}" unshare -m sh -c '
      for socket in /run/docker.sock /var/run/docker.sock /run/podman/podman.sock; do
        [ -e "$socket" ] && mount --bind /dev/null "$socket"
      done
      exec "$0"' "$launcher" >"$config_dir/out.log" 2>&1 &
    pid=$!
    ;;
  *) fail "unknown state: $state (first-run or tray-only)" ;;
esac

sleep "$settle" # settling: what is measured is the idle app, not its start
kill -0 "$pid" 2>/dev/null || { cat "$config_dir/out.log"; fail "the app exited"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
before=$(ticks)
sleep "$seconds" # the measured window
after=$(ticks)
hz=$(getconf CLK_TCK)
rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
threads=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status")
awk -v t=$((after - before)) -v hz="$hz" -v s="$seconds" -v rss="$rss" -v hwm="$hwm" -v th="$threads" \
    -v state="$state" -v opts="${S2P_EXTRA_JAVA_OPTIONS:-none}" 'BEGIN {
  printf "%s, extra options %s: %.2f s of CPU in %d s = %.2f%% of one core; resident %d MiB (peak %d MiB), %d threads\n",
         state, opts, t / hz, s, 100 * t / hz / s, rss / 1024, hwm / 1024, th }'
