#!/usr/bin/env bash
# Install the application with its test tools into .venv and run the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> Installing the system packages Qt and the tests need…"
bash scripts/system-packages.sh
source scripts/venv.sh "[test,build]"
export QT_QPA_PLATFORM=offscreen
echo "==> Running the tests…"
exec .venv/bin/python -m pytest "$@"
