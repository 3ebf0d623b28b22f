"""Entry point of the frozen application: the package's command line (no sub-command opens the GUI)."""

import sys

from aftersales_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
