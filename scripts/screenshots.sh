#!/usr/bin/env bash
# Regenerates the README screenshots in assets/screenshots/ from the demo journal, with the
# app's own screenshot mode, in a virtual X display (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
# KINTSUGI_BIN=target/debug/kintsugi uses a build you already have (the pictures are the same).
app=${KINTSUGI_BIN:-target/release/kintsugi}
if [ -z "${KINTSUGI_BIN:-}" ]; then
  cargo build --release
fi
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
unset WAYLAND_DISPLAY
common=(--demo --today 2026-11-28 --size 1280x800)
for theme in light dark; do
  "$app" "${common[@]}" --theme "$theme" --view today --screenshot "assets/screenshots/today-$theme.png"
done
for view in setbacks skills experiments; do
  "$app" "${common[@]}" --theme light --view "$view" --screenshot "assets/screenshots/$view-light.png"
done
"$app" "${common[@]}" --theme light --view review --screenshot assets/screenshots/weekly-review-light.png
"$app" "${common[@]}" --theme light --view progress --range 1y --screenshot assets/screenshots/progress-light.png
"$app" "${common[@]}" --theme light --search "feedback estimate" --screenshot assets/screenshots/journal-light.png
"$app" "${common[@]}" --theme dark --calendar --screenshot assets/screenshots/calendar-dark.png
# In other languages, at the smallest size the window is meant for.
small=(--demo --today 2026-11-28 --size 1024x700 --theme light)
KINTSUGI_LANG=de "$app" "${small[@]}" --view progress --range 1y --screenshot assets/screenshots/progress-de-light.png
KINTSUGI_LANG=uk "$app" "${small[@]}" --view setbacks --screenshot assets/screenshots/setbacks-uk-light.png
KINTSUGI_LANG=fr "$app" "${small[@]}" --view today --screenshot assets/screenshots/today-fr-light.png
# Page 1 of a mentor report of the demo journal's last three months (pdftoppm: poppler-utils).
demo_dir=$(mktemp -d)
"$app" --today 2026-11-28 demo --out "$demo_dir/journal.ron" --years 3 >/dev/null
"$app" --data "$demo_dir/journal.ron" --today 2026-11-28 export report --out "$demo_dir/report.pdf" \
  --from 2026-09-01 --to 2026-11-28 --name "Ana Müller" --paper a4 --setbacks reflected \
  --questions "How do I say no to extra scope without sounding difficult? What should I focus on next quarter?" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$demo_dir/report.pdf" assets/screenshots/report-page1
# The unlock screen of the same journal, encrypted, where a journal lives by default (with the
# demo folder as home, so that the screen shows ~/.local/share/kintsugi/journal.ron).
mkdir -p "$demo_dir/.local/share/kintsugi"
mv "$demo_dir/journal.ron" "$demo_dir/.local/share/kintsugi/journal.ron"
HOME=$demo_dir KINTSUGI_PASSPHRASE="copper kettle sings at dawn" "$app" encrypt >/dev/null
HOME=$demo_dir "$app" --today 2026-11-28 --size 1280x800 --theme light \
  --screenshot "$PWD/assets/screenshots/unlock-light.png"
rm -rf "$demo_dir"
echo "Screenshots written to assets/screenshots/"
