"""Code generated from ui/ by pyside6-uic."""
