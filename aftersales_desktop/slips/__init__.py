"""Slip and report rendering with reportlab."""
