"""HQ snapshots: every replicated row at one moment, signed, so a new installation need not replay years.

File: ``ASS1`` + Ed25519 signature (64 bytes, by HQ) + zlib-compressed JSON document. The document
holds the rows of every replicated table, their field versions, and the cursors (per site, the
last bundle the snapshot includes), so the newcomer continues with the bundles after those. In an
encrypted share the whole file is sealed with the newest data key (``seal_snapshot``); its name
keeps the hash of the plain file.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import datetime

from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database, replicated_tables_sorted
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.storage.types import to_utc_text
from aftersales_desktop.sync import confidential, keys
from aftersales_desktop.sync.apply import DERIVED_DEFAULTS, derive_jobs
from aftersales_desktop.sync.share import Share

MAGIC = b"ASS1"
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024 * 1024


def _columns(table) -> list[str]:  # noqa: ANN001
    return [c.name for c in table.columns if c.name not in DERIVED_DEFAULTS.get(table.name, {})]


def build_snapshot(db: Database, *, share_id: str, now: datetime, private_key: bytes) -> tuple[str, bytes]:
    """(file name, bytes) of a snapshot of this site's database (HQ publishes its outbox first)."""
    with db.raw_transaction() as connection:
        tables = {}
        for table in replicated_tables_sorted():
            columns = _columns(table)
            rows = [list(row) for row in connection.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY id")]
            tables[table.name] = {"columns": columns, "rows": rows}
        versions = [list(row) for row in connection.exec_driver_sql(
            "SELECT table_name, row_id, field, hlc, base FROM field_versions ORDER BY 1, 2, 3")]
        cursors = {site: [seq, digest] for site, seq, digest in connection.exec_driver_sql(
            "SELECT site_id, last_seq, last_hash FROM sync_cursors")}
        own = connection.exec_driver_sql(
            "SELECT seq, file_hash FROM sync_published WHERE state IN ('shared', 'pruned') ORDER BY seq DESC LIMIT 1").first()
    if own is not None:
        cursors[db.site_id] = [own[0], own[1]]
    document = {"kind": "snapshot", "share": share_id, "site": db.site_id, "schema": HEAD_REVISION,
                "created_at": to_utc_text(now), "cursors": cursors, "tables": tables, "field_versions": versions}
    body = zlib.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    data = MAGIC + keys.sign(private_key, body) + body
    seq = own[0] if own is not None else 0
    return f"{seq:016x}-{hashlib.sha256(data).hexdigest()[:16]}.snapshot", data


def read_snapshot(data: bytes, *, share_id: str, hq_public_key: bytes) -> dict | None:
    """The snapshot's document when HQ signed it for this share; None otherwise."""
    if len(data) < len(MAGIC) + 64 or data[:len(MAGIC)] != MAGIC:
        return None
    signature, body = data[len(MAGIC):len(MAGIC) + 64], data[len(MAGIC) + 64:]
    if not keys.verify(hq_public_key, body, signature):
        return None
    decompressor = zlib.decompressobj()
    try:
        raw = decompressor.decompress(body, MAX_SNAPSHOT_BYTES)
        document = json.loads(raw)
    except (zlib.error, ValueError):
        return None
    if document.get("kind") != "snapshot" or document.get("share") != share_id:
        return None
    return document


def seal_snapshot(name: str, data: bytes, share_keys: confidential.ShareKeys) -> bytes:
    """The snapshot file as it goes on an encrypted share (sealed with the newest data key)."""
    return share_keys.seal(data, kind="snapshot", site_id="", name=name)


def open_snapshot(name: str, data: bytes, share_keys: confidential.ShareKeys | None) -> bytes:
    """The plain snapshot file of what the share holds; SealError when sealed and not openable here."""
    if not confidential.is_sealed(data):
        return data
    if share_keys is None:
        raise confidential.SealError("key", N_("The file {name} is sealed with data key {key_id}, which this "
                                               "installation does not hold."),
                                     name=name, key_id=confidential.sealed_key_id(data))
    return share_keys.open(data, kind="snapshot", site_id="", name=name)


def newest_snapshot(share: Share, config, share_keys: confidential.ShareKeys | None = None  # noqa: ANN001
                    ) -> tuple[str, dict] | None:
    """The newest valid snapshot on the share that this site can open (``config``: engine.SyncConfig), or None.

    Only regular files are read (never a link or FIFO).
    """
    for name in sorted(share.list_snapshots(), reverse=True):
        try:
            document = read_snapshot(open_snapshot(name, share.read_snapshot(name, MAX_SNAPSHOT_BYTES), share_keys),
                                     share_id=config.share_id, hq_public_key=config.hq_public_key)
        except Exception:  # noqa: BLE001 - an unreadable snapshot is skipped; an older one may do
            document = None
        if document is not None and document.get("schema", "") <= HEAD_REVISION:
            return name, document
    return None


def load_snapshot(db: Database, document: dict) -> int:
    """Insert a snapshot's rows (keeping this site's own), versions and cursors; returns rows added."""
    known = {t.name: t for t in replicated_tables_sorted()}
    added = 0
    with db.raw_transaction(foreign_keys=False) as connection:
        for name, content in document["tables"].items():
            table = known.get(name)
            if table is None:
                continue
            columns = [c for c in content["columns"] if c in table.c]
            indexes = [content["columns"].index(c) for c in columns]
            extra = DERIVED_DEFAULTS.get(name, {})
            names = [*columns, *extra]
            rows = [tuple([row[i] for i in indexes] + list(extra.values())) for row in content["rows"]]
            before = connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one()
            if rows:
                connection.exec_driver_sql(
                    f"INSERT OR IGNORE INTO {name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    rows)
            added += connection.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one() - before
        if document["field_versions"]:
            connection.exec_driver_sql("INSERT OR IGNORE INTO field_versions (table_name, row_id, field, hlc, base) "
                                       "VALUES (?, ?, ?, ?, ?)", [tuple(v) for v in document["field_versions"]])
        cursors = [(site, seq, digest) for site, (seq, digest) in document["cursors"].items() if site != db.site_id]
        if cursors:
            connection.exec_driver_sql("INSERT OR REPLACE INTO sync_cursors (site_id, last_seq, last_hash) "
                                       "VALUES (?, ?, ?)", cursors)
        job_ids = list(connection.exec_driver_sql("SELECT id FROM jobs").scalars())
        if job_ids:
            derive_jobs(connection, job_ids)
    return added
