"""Tests of the PyInstaller build (packaging/)."""
