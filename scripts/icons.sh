#!/usr/bin/env bash
# Renders the app icon's PNG sizes (hicolor theme: 32 … 512 px) from its one source,
# assets/icons/kintsugi.svg (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" kintsugi.svg --output "kintsugi-$size.png"
done
echo "Icons written to assets/icons/"
