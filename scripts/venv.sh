#!/usr/bin/env bash
# Sourced by run-demo.sh and run-tests.sh: make (or reuse) the checkout's own virtual environment
# .venv and install the application into it with the extras named in $1 ("" or "[test,build]").
# Never the system Python's site-packages: a stock Debian 12 / Ubuntu 24.04 Python refuses those
# (PEP 668, "externally-managed-environment"), and a checkout should not change the system anyway.
set -euo pipefail
PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "Python 3.11 or newer is needed: install python3 (e.g. apt-get install python3 python3-venv)." >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is needed; $PYTHON is $("$PYTHON" -V 2>&1)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtual environment .venv with $("$PYTHON" -V 2>&1)…"
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    # Debian and Ubuntu ship venv (with ensurepip) as a separate package.
    version="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    if command -v apt-get >/dev/null 2>&1; then
      echo "==> Installing python${version}-venv (the venv module is not installed)…"
      SUDO=""
      if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
      $SUDO apt-get install -y -qq "python${version}-venv" >/dev/null || $SUDO apt-get install -y -qq python3-venv >/dev/null
      "$PYTHON" -m venv .venv
    else
      echo "The venv module of $PYTHON is missing: install it (python3-venv), then run this again." >&2
      exit 1
    fi
  fi
fi
echo "==> Installing the application into .venv (the first time downloads Qt: a few minutes)…"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$1"
