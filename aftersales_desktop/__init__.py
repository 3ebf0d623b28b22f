"""The after-sales desktop: offline-first service jobs, repairs and slips for printer consumables."""

__version__ = "0.1.0"
