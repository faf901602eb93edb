#!/usr/bin/env bash
# Idle CPU of the running desktop app (docs/benchmarks.md): CPU time the app's JVM uses over a
# window while the provider is healthy and nobody touches anything, from /proc/<pid>/stat
# (utime + stime, in clock ticks), as a share of one core. Linux only.
#   app/bench/idle-cpu.sh [seconds]        (default 60; finds the app by its main class, or the
#                                           installed launcher, /opt/stash2plex/bin/Stash2Plex)
set -euo pipefail
seconds=${1:-60}
pid=$(pgrep -f 'dev\.stash2plex\.app\.Main|bin/Stash2Plex$' | head -n 1) || { echo "The desktop app is not running." >&2; exit 1; }
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
threads() { awk '/^Threads:/ { print $2 }' "/proc/$pid/status"; }
before=$(cpu_ticks)
sleep "$seconds"
after=$(cpu_ticks)
used=$(awk -v t=$((after - before)) -v hz="$ticks_per_second" 'BEGIN { printf "%.2f", t / hz }')
share=$(awk -v u="$used" -v s="$seconds" 'BEGIN { printf "%.2f", 100 * u / s }')
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
echo "Desktop app (pid $pid), idle for ${seconds} s: ${used} s of CPU = ${share}% of one core;" \
     "$(threads) threads, resident memory $((rss_kb / 1024)) MiB"
