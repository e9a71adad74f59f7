#!/usr/bin/env bash
# Renders claimdiff.svg into the icon files jpackage uses. The outputs are committed,
# so this only needs to run after the SVG changes.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" claimdiff.svg -o "$tmp/$s.png"
done
cp "$tmp/512.png" claimdiff.png                                   # Linux (jpackage wants PNG)
/usr/bin/convert "$tmp"/{16,32,48,64,128,256}.png claimdiff.ico   # Windows
png2icns claimdiff.icns "$tmp"/{16,32,128,256,512}.png >/dev/null # macOS
ls -l claimdiff.png claimdiff.ico claimdiff.icns
