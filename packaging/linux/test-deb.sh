#!/usr/bin/env bash
# The .deb as a user gets it: build it, install it with dpkg -i, start the installed launcher with
# no JDK anywhere on the PATH, see the first-run window (and the tray icon, once the app has a tray),
# launch it a second time (that launch must end and bring the first window forward), and remove it
# with dpkg -r leaving nothing in /opt. Needs root, an X display with a tray host in DISPLAY
# (.ci/run starts Xvfb and trayer), xdotool, xwininfo, xmessage, import (imagemagick), and the
# package's dependencies installed (.ci/run installs them).
#
#   bash packaging/linux/test-deb.sh                 build, then test
#   S2P_DEB=path/to.deb bash packaging/linux/test-deb.sh   test an existing .deb
#   S2P_SCREENSHOTS=docs/screenshots ...             also copy the screenshot there
#
# Artifacts (screenshot, the app's log, timings) go to app/target/deb-test/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

readonly ARTIFACTS=app/target/deb-test
readonly LAUNCHER=/opt/stash2plex/bin/Stash2Plex
readonly TITLE='Stash2Plex settings'
started=$SECONDS
say() { printf '  [%3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '  FAILED: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root (dpkg -i)"
[[ -n ${DISPLAY:-} ]] && xdpyinfo >/dev/null 2>&1 || fail "no X display in DISPLAY (start Xvfb, see .ci/run)"
for tool in xdotool xwininfo xprop xmessage import convert dpkg-deb unzip; do
  command -v "$tool" >/dev/null || fail "needs $tool"
done
! pgrep -f "^$LAUNCHER" >/dev/null || fail "an installed Stash2Plex already runs (pid $(pgrep -f "^$LAUNCHER" | head -n 1)); end it first"
rm -rf "$ARTIFACTS" && mkdir -p "$ARTIFACTS"

# --- 1. build ----------------------------------------------------------------------------------
if [[ -n ${S2P_DEB:-} ]]; then
  deb=$S2P_DEB
else
  say "building the .deb (./mvnw -Ppackage; tests ran in verify already)"
  ./mvnw -B -ntp -q -pl app -am -Ppackage -DskipTests -Djpackage.rpm.skip=true package
  deb=$(ls app/target/installer/stash2plex_*.deb)
fi
[[ -f $deb ]] || fail "no .deb at $deb"
size=$(stat -c %s "$deb")
say "installer: $deb — $size bytes ($(numfmt --to=iec-i --suffix=B "$size"))"
echo "$(basename "$deb") $size" >"$ARTIFACTS/installer-size.txt"
# The download budget (issue #12: at most 45 MiB). Over it, say what to look at instead of shipping it.
readonly SIZE_BUDGET=$((45 * 1024 * 1024))
((size <= SIZE_BUDGET)) || fail "the .deb is $size bytes, over the $SIZE_BUDGET-byte (45 MiB) budget: see docs/packaging.md, \"Sizes\", for what takes the room"

# --- 2. install ----------------------------------------------------------------------------------
app_pid=''
cleanup() {
  local status=$?
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n ${cover_pid:-} ]] && kill "$cover_pid" 2>/dev/null || true
  if ((status != 0)); then
    [[ -f ${config_dir:-/nonexistent}/logs/stash2plex-app.log ]] && cp "$config_dir/logs/stash2plex-app.log" "$ARTIFACTS/" || true
    dpkg-query -W -f='${Status}' stash2plex 2>/dev/null | grep -q 'ok installed' && dpkg -r stash2plex >/dev/null 2>&1 || true
    echo "  see $ARTIFACTS/ (app log, screenshot)" >&2
  fi
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' stash2plex 2>/dev/null | grep -q 'ok installed'; then
  say "removing a stash2plex left installed by an earlier run"
  dpkg -r stash2plex >/dev/null
fi
say "dpkg -i (Depends: $(dpkg-deb -f "$deb" Depends))"
dpkg -i "$deb" >"$ARTIFACTS/dpkg-install.log" 2>&1 || { cat "$ARTIFACTS/dpkg-install.log"; fail "dpkg -i failed"; }
[[ -x $LAUNCHER ]] || fail "no launcher at $LAUNCHER"
# Where the system has menu folders (every desktop), the entry is registered; where it has none
# (servers, minimal installs) the installation must succeed all the same, without it.
if [[ -d /usr/share/desktop-directories || -d /etc/xdg/menus ]]; then
  desktop_file=$(ls /usr/share/applications/*stash2plex*.desktop 2>/dev/null || true)
  [[ -n $desktop_file ]] || fail "no desktop entry registered in /usr/share/applications"
else
  grep -q 'no desktop menu here' "$ARTIFACTS/dpkg-install.log" || fail "postinst did not say why there is no menu entry"
  desktop_file=$(ls /opt/stash2plex/lib/*.desktop)
  say "no menu folders on this system: installed without a menu entry, as intended"
fi
grep -q '^Icon=/opt/stash2plex/' "$desktop_file" && grep -q '^Categories=Utility;AudioVideo;' "$desktop_file" \
  || { cat "$desktop_file"; fail "desktop entry without the icon or the categories"; }
cmp -s /opt/stash2plex/lib/Stash2Plex.png packaging/linux/Stash2Plex.png || fail "the installed icon is not Stash2Plex's"
for file in Dockerfile .dockerignore provider/provider.jar; do
  [[ -f /opt/stash2plex/lib/provider-context/$file ]] || fail "the provider image context lacks $file"
done
! grep -q '^app.classpath=.*provider-context' /opt/stash2plex/lib/app/Stash2Plex.cfg \
  || fail "the provider's jars are on the app's class path"
say "installed: $(du -sh /opt/stash2plex | cut -f1) in /opt/stash2plex; desktop entry $desktop_file"
parts="runtime $(du -sh /opt/stash2plex/lib/runtime | cut -f1), app and libraries $(du -sh /opt/stash2plex/lib/app | cut -f1), provider image context $(du -sh /opt/stash2plex/lib/provider-context | cut -f1)"
say "installed app image: $(du -sb /opt/stash2plex | cut -f1) bytes: $parts"
echo "installed $(du -sb /opt/stash2plex | cut -f1) bytes: $parts" >>"$ARTIFACTS/installer-size.txt"

# --- 3. start it, as a user would: no java on the PATH, no JAVA_HOME ------------------------------
empty_path=$(mktemp -d)        # a PATH with nothing in it: certainly no java
config_dir=$(mktemp -d)        # fresh settings folder: the first-run window
# Windows are matched by the app's pid too: on a shared display other programs may show the same title.
window_ids() { xdotool search --all --pid "$app_pid" --name "^$TITLE\$" 2>/dev/null || true; }
tray_panel=$(xwininfo -root -tree | awk '/\("panel" "trayer"\)/ {print $1; exit}')
# AWT docks its tray icon into the tray host's panel as a window carrying the app's _NET_WM_PID.
our_tray_icon() {
  local id
  [[ -n $tray_panel ]] || return 1
  for id in $(xwininfo -tree -id "$tray_panel" | grep -oE '^ +0x[0-9a-f]+'); do
    xprop -id "$id" _NET_WM_PID 2>/dev/null | grep -q "= $app_pid\$" && { echo "$id"; return 0; }
  done
  return 1
}

# env -i: nothing inherited (no JAVA_HOME); env execs the launcher, so $! is the app's own pid.
launched_ns=$(date +%s%N)
env -i DISPLAY="$DISPLAY" HOME="$HOME" PATH="$empty_path" STASH2PLEX_CONFIG_DIR="$config_dir" "$LAUNCHER" \
  >"$ARTIFACTS/app-stdout.log" 2>&1 &
app_pid=$!
say "started $LAUNCHER (pid $app_pid) with PATH=$empty_path, JAVA_HOME unset"

deadline=$((SECONDS + 60))
until [[ -n $(window_ids) ]]; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$ARTIFACTS/app-stdout.log"; fail "the app ended before showing a window"; }
  ((SECONDS < deadline)) || fail "no window titled '$TITLE' within 60 s"
  sleep 0.5
done
window=$(window_ids | head -n 1)
# Launch to window with the installed launcher's own options (polled every 0.5 s, so up to that late).
say "window '$TITLE' is up ($(printf '0x%x' "$window")): launch to window $(( ($(date +%s%N) - launched_ns) / 1000000 )) ms"
grep -q "/opt/stash2plex/lib/runtime/lib/server/libjvm.so" "/proc/$app_pid/maps" \
  || fail "the app does not run on its own runtime"
say "it runs on the bundled runtime (/opt/stash2plex/lib/runtime)"

# The tray icon: AWT docks it into the tray host as a child window. Only checked once the app has a
# tray (issue 5's tray package is in the jar); until then the window is all there is to see.
if unzip -l /opt/stash2plex/lib/app/stash2plex-app-*.jar 2>/dev/null | grep -q 'dev/stash2plex/app/tray/TrayBackend.class'; then
  [[ -n $tray_panel ]] || fail "no tray host (trayer's panel) on $DISPLAY"
  deadline=$((SECONDS + 30))
  until icon=$(our_tray_icon); do
    ((SECONDS < deadline)) || fail "no tray icon of pid $app_pid docked in trayer within 30 s"
    sleep 0.5
  done
  say "tray icon docked in trayer (window $icon)"
  tray_shot=1
else
  say "this build has no tray yet: tray icon not checked"
fi
sleep 2   # let the first frame paint
# The whole screen, then the app's own parts cut out of it (a shared display may show other programs).
geometry() { xwininfo -id "$1" | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
  /Width:/ {w=$NF} /Height:/ {h=$NF} END {printf "%dx%d+%d+%d", w, h, x, y}'; }
import -window root "$ARTIFACTS/screen.png"
convert "$ARTIFACTS/screen.png" -crop "$(geometry "$window")" +repage "$ARTIFACTS/installed-first-run.png"
say "screenshots: $ARTIFACTS/screen.png, installed-first-run.png"
if [[ -n ${tray_shot:-} ]]; then
  convert "$ARTIFACTS/screen.png" -crop "$(geometry "$icon")" +repage -scale 400% "$ARTIFACTS/installed-tray.png"
  say "screenshot: $ARTIFACTS/installed-tray.png (the tray icon, 4x)"
fi
if [[ -n ${S2P_SCREENSHOTS:-} ]]; then
  cp "$ARTIFACTS"/installed-*.png "$S2P_SCREENSHOTS/"
fi

# --- 4. a second launch ends at once and brings the first window forward ------------------------
# Cover the window with another one and give that one the focus, as if the user had moved on.
xmessage -geometry 900x900+500+40 -title cover 'another window on top' &
cover_pid=$!
until cover=$(xdotool search --name '^cover$' 2>/dev/null | head -n 1) && [[ -n $cover ]]; do sleep 0.2; done
xdotool windowraise "$cover" windowfocus "$cover"
sleep 0.5
[[ $(xdotool getwindowfocus) == "$cover" ]] || fail "could not move the focus away from the app"

second_started=$SECONDS
set +e
timeout 30 env -i DISPLAY="$DISPLAY" HOME="$HOME" PATH="$empty_path" STASH2PLEX_CONFIG_DIR="$config_dir" "$LAUNCHER" \
  >"$ARTIFACTS/second-launch.log" 2>&1
second_status=$?
set -e
((second_status == 0)) || { cat "$ARTIFACTS/second-launch.log"; fail "the second launch exited with $second_status"; }
say "second launch exited 0 after $((SECONDS - second_started)) s"
kill -0 "$app_pid" 2>/dev/null || fail "the first instance ended"
[[ $(window_ids | wc -l) == 1 ]] || fail "more than one settings window"
deadline=$((SECONDS + 10))
until [[ $(xdotool getwindowfocus) == "$window" ]]; do
  ((SECONDS < deadline)) || fail "the first window did not get the focus (focus: $(xdotool getwindowfocus), window: $window)"
  sleep 0.2
done
# xwininfo lists the root's children from the top of the stack down.
stacking=$(xwininfo -root -children | grep -E '^ +0x' | awk '{print $1}')
position() { grep -n -x "$(printf '0x%x' "$1")" <<<"$stacking" | cut -d: -f1; }
(($(position "$window") < $(position "$cover"))) || fail "the first window is still below the covering window"
say "the first window has the focus again and is above the window that covered it"
grep -q 'asked this one to come to the front' "$config_dir/logs/stash2plex-app.log" \
  || fail "the first instance did not log the reveal request"
kill "$cover_pid" 2>/dev/null || true

# --- 5. stop it and remove the package --------------------------------------------------------------
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=''
cp "$config_dir/logs/stash2plex-app.log" "$ARTIFACTS/"
dpkg -r stash2plex >"$ARTIFACTS/dpkg-remove.log" 2>&1 || { cat "$ARTIFACTS/dpkg-remove.log"; fail "dpkg -r failed"; }
[[ ! -e /opt/stash2plex ]] || { find /opt/stash2plex | head; fail "files left in /opt/stash2plex"; }
[[ -z $(ls /usr/share/applications/*stash2plex* 2>/dev/null) ]] || fail "desktop entry left in /usr/share/applications"
! dpkg-query -W -f='${Status}' stash2plex 2>/dev/null | grep -q 'ok installed' || fail "still installed"
rm -rf "$empty_path" "$config_dir"
say "removed with dpkg -r: nothing left in /opt"
say "deb test passed in $((SECONDS - started)) s"
