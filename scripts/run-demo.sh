#!/usr/bin/env bash
# Install the application into .venv and open the demo outlet (seeded on first use, logged in as its manager).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> Installing the system packages Qt needs…"
bash scripts/system-packages.sh
source scripts/venv.sh ""
echo "==> Opening the demo outlet (its first start seeds it: a few seconds)…"
exec .venv/bin/python -m aftersales_desktop --demo "$@"
