#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (pytest -m browser).
# Called by .ci/run; safe to run again (does nothing when /usr/bin/chromium exists).
set -euo pipefail
CHROMIUM="${KHABAR_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "ensure_chromium: $CHROMIUM missing and no apt-get; browser tests will be skipped" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo -n"; else
    echo "ensure_chromium: not root and no sudo; browser tests will be skipped" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
echo "ensure_chromium: installed $($CHROMIUM --version 2>/dev/null | head -1)"
