#!/usr/bin/env bash
# Rebuild the vendored web assets in khabar/web/static/ from npm (the only third-party files there):
# the Arabic subset of Noto Naskh Arabic (SIL OFL 1.1) from @fontsource/noto-naskh-arabic.
# Everything else under static/ (CSS, JavaScript) is written by hand for khabar.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${FONT_VERSION:-5.3.0}"
DEST=khabar/web/static/fonts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@fontsource/noto-naskh-arabic@$VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$DEST"
for weight in 400 700; do
  cp "$tmp/package/files/noto-naskh-arabic-arabic-$weight-normal.woff2" "$DEST/"
done
cp "$tmp/package/LICENSE" "$DEST/OFL-NotoNaskhArabic.txt"
echo "vendored @fontsource/noto-naskh-arabic@$VERSION into $DEST"
