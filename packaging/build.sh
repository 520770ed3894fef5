#!/usr/bin/env bash
# Build the one-folder bundle into packaging/dist/crm-desktop (crm-desktop + crm + _internal/).
# Usage: packaging/build.sh            (from anywhere; uses the repo's .venv)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
py="${PYTHON:-$root/.venv/bin/python}"

# PyInstaller from PyPI into the same venv as the app, so it sees exactly the app's packages.
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    "$py" -m pip install --quiet "pyinstaller>=6.10"
fi

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean \
    --distpath "$here/dist" --workpath "$here/build" \
    "$here/crm-desktop.spec"
end=$(date +%s)

bundle="$here/dist/crm-desktop"
summary="built $bundle in $((end - start)) s ($(date -u +%Y-%m-%dT%H:%MZ), PyInstaller $("$py" -m PyInstaller --version))"
echo "$summary" > "$here/dist/build-info.txt"  # check_bundle.py prints it
echo "$summary"
echo "size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
