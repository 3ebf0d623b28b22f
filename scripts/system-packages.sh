#!/usr/bin/env bash
# Debian/Ubuntu packages the app and its tests need: Qt's runtime libraries, a TrueType CJK font
# for slips and screens, poppler-utils to check PDFs, zbar-tools to read their QR codes, Xvfb for
# screenshots, binutils for PyInstaller's Linux build (objcopy, strip). Other systems: skip.
set -euo pipefail
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get: install Qt's runtime libraries and a CJK TrueType font by hand if needed."
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 \
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 \
  python3-venv fonts-wqy-microhei fonts-droid-fallback poppler-utils zbar-tools xvfb xauth binutils >/dev/null
