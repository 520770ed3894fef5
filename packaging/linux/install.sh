#!/usr/bin/env bash
# Install a built bundle for this user, without root:
#   the program folder   -> ~/.local/opt/crm-desktop        (crm-desktop, crm, _internal/)
#   the commands         -> ~/.local/bin/crm-desktop, ~/.local/bin/crm (symbolic links)
#   menu entry, icons, the .crm file type, AppStream data -> ~/.local/share
# Usage: packaging/linux/install.sh [BUNDLE_DIR]      (default: packaging/dist/crm-desktop)
#        packaging/linux/install.sh --uninstall        (removes all of the above; never a vault)
# PREFIX (default ~/.local) and XDG_DATA_HOME move the targets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packaging="$(dirname "$here")"
app_id="io.github.crm_desktop.CrmDesktop"
prefix="${PREFIX:-$HOME/.local}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$prefix/opt/crm-desktop"
bin="$prefix/bin"
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Each is optional: desktops rescan on their own, these just make it immediate.
    if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt"
    for cmd in crm-desktop crm; do
        # Only our own links: a `crm` from elsewhere stays.
        if [ -L "$bin/$cmd" ] && [ "$(readlink "$bin/$cmd")" = "$opt/$cmd" ]; then rm -f "$bin/$cmd"; fi
    done
    rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
          "$data/mime/packages/crm-desktop.xml" "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    refresh_caches
    echo "crm-desktop removed (vaults and settings are kept)."
    exit 0
fi

bundle="$(cd "${1:-$packaging/dist/crm-desktop}" 2>/dev/null && pwd)" || bundle=""
if [ -z "$bundle" ] || [ ! -x "$bundle/crm-desktop" ] || [ ! -x "$bundle/crm" ]; then
    echo "No bundle at ${1:-$packaging/dist/crm-desktop}: build it with packaging/build.sh" >&2
    exit 1
fi

# Copy beside the old install and swap, so a failed copy leaves the old one working.
mkdir -p "$prefix/opt" "$bin"
rm -rf "$opt.new"
cp -a "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/crm-desktop" "$bin/crm-desktop"
ln -sfn "$opt/crm" "$bin/crm"

# The menu entry runs the installed program by its full path: ~/.local/bin is not on every
# session's PATH. Exec quotes it (a home folder may hold a space).
mkdir -p "$data/applications"
sed -e "s|^TryExec=.*|TryExec=$opt/crm-desktop|" \
    -e "s|^Exec=crm-desktop |Exec=\"$opt/crm-desktop\" |" \
    "$here/$app_id.desktop" > "$data/applications/$app_id.desktop"
chmod 644 "$data/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/crm-desktop-mime.xml" "$data/mime/packages/crm-desktop.xml"
for size in $sizes; do
    install -Dm644 "$packaging/icons/hicolor/${size}x${size}/apps/$app_id.png" \
        "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -Dm644 "$packaging/icons/hicolor/scalable/apps/$app_id.svg" \
    "$data/icons/hicolor/scalable/apps/$app_id.svg"
refresh_caches

echo "Installed crm-desktop $("$opt/crm-desktop" --version | awk '{print $2}') into $opt"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Note: $bin is not on your PATH; the menu entry works, the commands need the full path." ;;
esac
