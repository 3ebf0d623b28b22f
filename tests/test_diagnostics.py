"""The support zip: what it holds, and the secrets and personal data it must never hold."""

from __future__ import annotations

import json
import logging
import sqlite3
import zipfile
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest

from aftersales_desktop import backup, diagnostics, logs
from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.services import jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobDraft
from aftersales_desktop.storage import migrate
from aftersales_desktop.storage.models import OutletSetting, SyncLogEntry
from aftersales_desktop.sync import keys
from aftersales_desktop.sync.state import PUBLIC_KEY_KEY, set_local
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

LOGO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk-secret-logo"


@pytest.fixture
def busy_outlet(outlet, tmp_path, monkeypatch, logging_restored):
    """The outlet with a customer, a site key pair, a logo, 250 sync log lines, a backup and a log file."""
    monkeypatch.setenv(keys.KEY_DIR_ENV, str(tmp_path / "keys"))
    jobs.create_job(outlet.clerk, JobDraft(channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY,
                                           priority=Priority.NORMAL, description="打印有黑色条纹",
                                           new_customer=CustomerDraft("欧阳娜娜", "13912345678",
                                                                      address="上海市浦东新区秘密路7号"),
                                           product_model="CF283A"))
    private, public = keys.generate_keypair()
    keys.store_private_key(outlet.db.site_id, private)
    set_local(outlet.db, {PUBLIC_KEY_KEY: keys.encode_key(public)})
    with outlet.db.transaction() as session:
        session.add(OutletSetting(outlet_id=outlet.manager.user.outlet_id, key="slip.logo", value=LOGO))
        start = datetime(2026, 11, 1, tzinfo=timezone.utc)
        for n in range(250):
            session.add(SyncLogEntry(at=start + timedelta(minutes=n), level="info",
                                     message="Sync finished: published {published} changes.",
                                     params=json.dumps({"published": n})))
    backup.backup_now(outlet.data_dir)
    logs.configure_logging(outlet.data_dir)
    logging.getLogger("aftersales.sync").warning("share unreachable")
    outlet.private_key_text = keys.encode_key(private)
    outlet.public_key_text = keys.encode_key(public)
    return outlet


def zip_contents(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_zip_holds_logs_versions_settings_sync_log_and_backups(busy_outlet, tmp_path):
    target = diagnostics.export_diagnostics(busy_outlet.data_dir, tmp_path / "out" / "diag.zip",
                                            {"qt": "6.x-test"})
    contents = zip_contents(target)
    assert {"README.txt", "versions.json", "settings.json", "sync-log.txt", "backups.json",
            "logs/aftersales.log"} <= set(contents)
    assert b"share unreachable" in contents["logs/aftersales.log"]

    versions = json.loads(contents["versions.json"])
    assert versions["app"] and versions["python"] and versions["platform"] and versions["sqlite"]
    assert versions["schema_revision"] == migrate.HEAD_REVISION
    assert versions["qt"] == "6.x-test"
    packages = versions["packages"]
    assert packages["SQLAlchemy"] and packages["reportlab"] and packages["shiboken6"]
    assert packages.get("PySide6") or packages.get("PySide6-Essentials")

    settings = json.loads(contents["settings.json"])
    policies = settings["outlet_settings"]["SH01"]
    assert any(key.startswith("reply_hours") or "hours" in key for key in policies), policies
    assert policies["slip.logo"] == diagnostics.WITHHELD
    assert settings["local_state"]["site_id"] == busy_outlet.db.site_id
    assert settings["local_state"][PUBLIC_KEY_KEY] == diagnostics.WITHHELD
    assert settings["backup"]["keep"] == backup.DEFAULT_KEEP

    lines = contents["sync-log.txt"].decode("utf-8").splitlines()
    assert len(lines) == 200
    assert lines[0].endswith("published 50 changes.") and lines[-1].endswith("published 249 changes.")

    listing = json.loads(contents["backups.json"])
    assert [entry["reason"] for entry in listing] == ["manual"]


def test_the_zip_holds_no_secret_and_no_customer_data(busy_outlet, tmp_path):
    with closing(sqlite3.connect(busy_outlet.db.path)) as connection:
        password_hash = connection.execute("SELECT password_hash FROM users WHERE username = 'admin'").fetchone()[0]
    assert len(password_hash) > 20
    target = diagnostics.export_diagnostics(busy_outlet.data_dir, tmp_path / "diag.zip")
    everything = b"\n".join(zip_contents(target).values())
    for secret in (password_hash, busy_outlet.private_key_text, busy_outlet.public_key_text, LOGO,
                   "欧阳娜娜", "13912345678", "秘密路"):
        assert secret.encode("utf-8") not in everything, secret
    # The raw zip bytes too (stored names, comments), not only what decompresses.
    raw = target.read_bytes()
    assert password_hash.encode() not in raw and busy_outlet.private_key_text.encode() not in raw


def test_a_folder_without_a_database_still_exports(tmp_path):
    target = diagnostics.export_diagnostics(tmp_path / "nothing-here", tmp_path / "diag.zip")
    contents = zip_contents(target)
    assert json.loads(contents["versions.json"])["schema_revision"] is None
    assert json.loads(contents["settings.json"])["outlet_settings"] == {}
