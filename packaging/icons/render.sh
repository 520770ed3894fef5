#!/usr/bin/env bash
# Render resources/icons/crm-desktop.svg into the hicolor sizes desktops look up (rsvg-convert from
# librsvg2-bin). The PNGs are committed, so a build needs no SVG renderer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../../resources/icons/crm-desktop.svg"
name="io.github.crm_desktop.CrmDesktop"
for size in 16 24 32 48 64 128 256 512; do
    out="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$out"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$out/$name.png"
done
mkdir -p "$here/hicolor/scalable/apps"
cp "$svg" "$here/hicolor/scalable/apps/$name.svg"
