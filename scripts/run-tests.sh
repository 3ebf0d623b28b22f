#!/usr/bin/env bash
# Install the application with its test tools and run the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
python3 -m pip install -q -e '.[test,build]'
export QT_QPA_PLATFORM=offscreen
exec python3 -m pytest "$@"
