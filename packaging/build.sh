#!/bin/sh
# Build the one-folder app with PyInstaller: dist/picture-book-studio/studio (studio.exe on Windows).
# Run from anywhere; uses the project's .venv (made and installed with the [package] extra if missing).
#   packaging/build.sh            build
#   packaging/build.sh --check    build, then run the copy outside the source tree: --version, the sample book
#                                 exported to PDF, stickers, a Korean preflight, and the window kept running
#                                 offscreen for 20 s
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-.venv/bin/python}
if [ ! -x "$python" ]; then python3 -m venv .venv; python=.venv/bin/python; fi
"$python" -m pip install -q -e '.[package]'
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/studio.spec
echo "built dist/picture-book-studio in $(( $(date +%s) - started )) s, $(du -sh dist/picture-book-studio | cut -f1)"

if [ "${1:-}" = "--check" ]; then
    trial=$(mktemp -d)
    cp -r dist/picture-book-studio "$trial/"
    app="$trial/picture-book-studio/studio"
    cd "$trial"  # nowhere near the source tree, and no Python of ours on the path
    env -i HOME="$trial" PATH=/usr/bin:/bin "$app" --version
    env -i HOME="$trial" PATH=/usr/bin:/bin "$app" sample "$trial/Larry.storybook" --lang en | tail -1
    env -i HOME="$trial" PATH=/usr/bin:/bin "$app" export "$trial/Larry.storybook" --pdf "$trial/Larry.pdf"
    env -i HOME="$trial" PATH=/usr/bin:/bin "$app" stickers "$trial/Larry.storybook" --cast --out "$trial/stickers.pdf"
    # Korean: the catalogues travel with the app (the preflight exits 2 on Lulu's page count: that is the point)
    env -i HOME="$trial" PATH=/usr/bin:/bin LANGUAGE=ko "$app" export "$trial/Larry.storybook" --pdf "$trial/Lulu.pdf" \
        --for lulu --preflight 2>&1 | tee "$trial/ko.log" | tail -3
    grep -q '저장했어요' "$trial/ko.log" || { echo "no Korean from the built app"; exit 1; }
    # the window: still running after 20 s (timeout's 124) means Qt and its plugins loaded and the book opened
    status=0
    env -i HOME="$trial" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen timeout 20 "$app" "$trial/Larry.storybook" \
        --backend offline 2>"$trial/window.log" || status=$?
    if [ "$status" != 124 ]; then cat "$trial/window.log"; echo "the window stopped with $status"; exit 1; fi
    echo "the copy in $trial works"
fi
