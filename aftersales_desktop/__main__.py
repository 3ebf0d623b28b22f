"""Run the application with ``python -m aftersales_desktop``."""

import sys

from aftersales_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
