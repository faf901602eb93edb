#!/usr/bin/env bash
# Renders every icon from its SVG master. Run it after changing an SVG and commit the results:
# the build and the installers use the rendered files, so neither needs these tools.
#
#   stash2plex.svg (+ stash2plex-small.svg for 16-24 px, drawn on a pixel grid)
#     -> png/stash2plex-<size>.png, stash2plex.ico (Windows), stash2plex.icns (macOS);
#        png/stash2plex-256.png is the Linux icon; copied to packaging/linux/Stash2Plex.png, the name
#        jpackage looks for in its resource folder (without it the .deb ships Java's default icon)
#     -> app window icons: app/src/main/resources/dev/stash2plex/app/icons/stash2plex-<size>.png
#   tray/<state>.svg
#     -> app/src/main/resources/dev/stash2plex/app/tray/tray-<state>-<size>.png (16 22 24 32 48)
#
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh needs $tool (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

readonly APP_SIZES=(16 24 32 48 64 128 256 512 1024)
readonly ICO_SIZES=(16 24 32 48 64 128 256)
readonly ICNS_SIZES=(16 32 48 128 256 512 1024)  # the sizes the .icns format has slots for
readonly WINDOW_SIZES=(16 32 48 64 128 256)
readonly TRAY_SIZES=(16 22 24 32 48)
readonly RESOURCES=../app/src/main/resources/dev/stash2plex/app

# Below 32 px the master's three cards melt into one blur; the small drawing keeps edges on pixels.
master_for() { if (($1 <= 24)); then echo stash2plex-small.svg; else echo stash2plex.svg; fi; }

render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$2" --output "$3"; }

mkdir -p png "$RESOURCES/icons" "$RESOURCES/tray"
for size in "${APP_SIZES[@]}"; do
  render "$size" "$(master_for "$size")" "png/stash2plex-$size.png"
done
ico_inputs=(); for size in "${ICO_SIZES[@]}"; do ico_inputs+=("png/stash2plex-$size.png"); done
convert "${ico_inputs[@]}" stash2plex.ico
icns_inputs=(); for size in "${ICNS_SIZES[@]}"; do icns_inputs+=("png/stash2plex-$size.png"); done
png2icns stash2plex.icns "${icns_inputs[@]}" >/dev/null
cp png/stash2plex-256.png ../packaging/linux/Stash2Plex.png
for size in "${WINDOW_SIZES[@]}"; do
  cp "png/stash2plex-$size.png" "$RESOURCES/icons/stash2plex-$size.png"
done

for master in tray/*.svg; do
  state=$(basename "$master" .svg)
  for size in "${TRAY_SIZES[@]}"; do
    render "$size" "$master" "$RESOURCES/tray/tray-$state-$size.png"
  done
done

echo "rendered: ${#APP_SIZES[@]} app sizes, .ico, .icns, $(ls tray/*.svg | wc -l) tray states x ${#TRAY_SIZES[@]} sizes"

# preview.png: every tray state at 16, 24 and 48 px on a dark and on a light panel, enlarged 2x,
# so a change can be judged (and reviewed) without a tray at hand.
rows=()
trap 'rm -f "${rows[@]}"' EXIT
for panel in '#2b2b2b' '#f2f2f2'; do
  for size in 16 24 48; do
    cells=()
    for master in tray/*.svg; do
      state=$(basename "$master" .svg)
      cells+=( \( "$RESOURCES/tray/tray-$state-$size.png" -background "$panel" -gravity center -extent 52x52 \) )
    done
    row=$(mktemp --suffix=.png)
    convert "${cells[@]}" +append -scale 200% "$row"
    rows+=("$row")
  done
done
convert "${rows[@]}" -append -strip preview.png
