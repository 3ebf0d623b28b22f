"""A test-only migration one past the head: the code then finds existing databases out of date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aftersales_desktop.storage import migrate

NEWER_REVISION = "9001"

_SCRIPT = '''
"""test-only next revision"""
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("test_extra")
'''


def add_newer_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Let the code know revision 9001 (it adds the table test_extra) after today's head; returns that head."""
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test_extra.py").write_text(_SCRIPT.replace("{head}", head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEWER_REVISION)
    return head
