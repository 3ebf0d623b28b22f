#!/usr/bin/env bash
# Install the application and open the demo outlet (seeded on first use, logged in as its manager).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
python3 -m pip install -q -e .
exec python3 -m aftersales_desktop --demo "$@"
