"""Sync through a shared folder (transport in a later issue); the change capture lives in storage."""
