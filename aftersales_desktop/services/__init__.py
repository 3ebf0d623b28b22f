"""Use cases: validate, check permissions, write in one transaction that records the change."""
