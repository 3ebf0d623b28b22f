"""HQ snapshots: every replicated row at one moment, signed, so a new installation need not replay years.

Format 2 (``ASS2``, written now) is a database image; see the section "format 2" below. Format 1,
still read for snapshots already on shares:

File: ``ASS1`` + Ed25519 signature (64 bytes, by HQ) + zlib-compressed JSON document. The document
holds the rows of every replicated table, their field versions, and the cursors (per site, the
last bundle the snapshot includes), so the newcomer continues with the bundles after those. In an
encrypted share the whole file is sealed with the newest data key (``seal_snapshot``); its name
keeps the hash of the plain file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zlib
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from aftersales_desktop.fileio import fsync_directory
from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database, replicated_tables_sorted
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.storage.types import to_utc_text
from aftersales_desktop.sync import confidential, decisions, keys
from aftersales_desktop.sync.apply import DERIVED_DEFAULTS, derive_jobs
from aftersales_desktop.sync.share import Share

MAGIC = b"ASS1"
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024 * 1024


def _columns(table) -> list[str]:  # noqa: ANN001
    return [c.name for c in table.columns if c.name not in DERIVED_DEFAULTS.get(table.name, {})]


def build_snapshot(db: Database, *, share_id: str, now: datetime, private_key: bytes) -> tuple[str, bytes]:
    """(file name, bytes) of a snapshot of this site's database (HQ publishes its outbox first)."""
    return build_snapshot_image(db, share_id=share_id, now=now, private_key=private_key)


def build_snapshot_json(db: Database, *, share_id: str, now: datetime, private_key: bytes) -> tuple[str, bytes]:
    """(file name, bytes) of a format-1 snapshot (JSON of every row): what older versions published."""
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
    """The snapshot file as it goes on an encrypted share (sealed in chunks with the newest data key)."""
    return seal_chunks(name, data, share_keys)


def is_sealed_snapshot(data: bytes) -> bool:
    """Whether a snapshot file is sealed (in chunks, or whole as format 1 on an encrypted share was)."""
    return data[:len(CHUNKED_MAGIC)] == CHUNKED_MAGIC or confidential.is_sealed(data)


def open_snapshot(name: str, data: bytes, share_keys: confidential.ShareKeys | None) -> bytes:
    """The plain snapshot file of what the share holds; SealError when sealed and not openable here."""
    if data[:len(CHUNKED_MAGIC)] == CHUNKED_MAGIC:
        return open_chunks(name, data, share_keys)
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

    Returns (name, document): ``document["cursors"]`` maps site -> [seq, hash] in both formats.
    Only regular files are read (never a link or FIFO).
    """
    for name in sorted(share.list_snapshots(), reverse=True):
        try:
            plain = open_snapshot(name, share.read_snapshot(name, MAX_SNAPSHOT_BYTES), share_keys)
            if plain[:len(MAGIC2)] == MAGIC2:
                document = read_header(plain, share_id=config.share_id, hq_public_key=config.hq_public_key)
                if document is not None:
                    document["_plain"] = plain  # the body is hashed and inflated by load_snapshot
            else:
                document = read_snapshot(plain, share_id=config.share_id, hq_public_key=config.hq_public_key)
        except Exception:  # noqa: BLE001 - an unreadable snapshot is skipped; an older one may do
            document = None
        if document is not None and document.get("schema", "") <= HEAD_REVISION:
            return name, document
    return None


def load_snapshot(db: Database, document: dict, progress=None) -> int:  # noqa: ANN001
    """Insert a snapshot's rows (keeping this site's own), versions and cursors; returns rows added.

    ``progress(done, total)`` is called as the work goes (format 2: bytes inflated, then rows
    copied, in one count). SnapshotRefused when a format-2 image is not what head office signed.
    """
    if document.get("format") == 2:
        return load_image(db, document, progress)
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
        # This site's own steps and the snapshot's may hold decisions that never met before.
        decisions.derive(connection, decisions.contested_documents(connection))
    return added


# -- format 2: a database image ---------------------------------------------------------------
#
# ``ASS2`` | header length (4 bytes, big-endian) | header (UTF-8 JSON) | Ed25519 signature of the
# bytes before it (64) | zlib streams of a SQLite file, one per 8 MiB segment. The header names
# share, site, schema revision, creation time, cursors, rows per table, the SHA-256 and length of
# the body and each segment's raw and compressed length (a newcomer inflates them on every core;
# a body of one zlib stream, without ``segments``, still loads), so the signature covers the image without holding it twice. The image holds only the replicated
# tables (with their indexes, so SQLite's transfer optimisation copies them page by page) and
# field_versions: never the outbox, local_state, keys or any other local table. On an encrypted
# share the file is sealed in chunks (``ASSC`` | [length (4) | sealed chunk]...), each chunk's
# name carrying its index and the last one marked, so chunks cannot be reordered, dropped or cut.

MAGIC2 = b"ASS2"
CHUNKED_MAGIC = b"ASSC"
SEAL_CHUNK = 8 * 1024 * 1024
COPY_CHUNK = 1024 * 1024
#: Raw bytes per independently compressed segment of an image (inflated in parallel on the newcomer).
SEGMENT_BYTES = 8 * 1024 * 1024
MAX_HEADER_BYTES = 1024 * 1024


def image_tables() -> list[str]:
    """The tables a snapshot image holds, parents first: every replicated table, then field_versions."""
    return [t.name for t in replicated_tables_sorted()] + ["field_versions"]


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=15)
    connection.execute("PRAGMA busy_timeout = 15000")
    return connection


def _image_uri(path: Path) -> str:
    # immutable: no journal or WAL is looked for or created beside a file only we write.
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def build_image(db: Database, path: Path) -> tuple[dict, dict]:
    """Write a consistent image of the replicated tables to ``path``: (cursors, rows per table)."""
    tables = image_tables()
    source = _connect(Path(db.path))
    try:
        marks = ", ".join("?" * len(tables))
        ddl = source.execute(f"SELECT type, sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
                             "AND sql IS NOT NULL AND type IN ('table', 'index') ORDER BY type = 'index'",
                             tables).fetchall()
        image = _connect(path)
        try:
            image.execute("PRAGMA journal_mode = OFF")
            for _type, sql in ddl:
                image.execute(sql)
        finally:
            image.close()
        source.execute("ATTACH DATABASE ? AS image", (str(path),))
        try:
            source.execute("BEGIN")  # one read snapshot: every table, cursors and the own seq agree
            counts = {}
            for name in tables:
                counts[name] = source.execute(f"INSERT INTO image.{name} SELECT * FROM main.{name}").rowcount
            cursors = {site: [seq, digest] for site, seq, digest in source.execute(
                "SELECT site_id, last_seq, last_hash FROM sync_cursors")}
            own = source.execute("SELECT seq, file_hash FROM sync_published WHERE state IN ('shared', 'pruned') "
                                 "ORDER BY seq DESC LIMIT 1").fetchone()
            source.execute("COMMIT")
        finally:
            source.execute("DETACH DATABASE image")
    finally:
        source.close()
    if own is not None:
        cursors[db.site_id] = [own[0], own[1]]
    return cursors, counts


def build_snapshot_image(db: Database, *, share_id: str, now: datetime, private_key: bytes) -> tuple[str, bytes]:
    """(file name, bytes) of a format-2 snapshot: a signed, compressed image of the replicated tables."""
    folder = Path(db.path).parent
    with tempfile.TemporaryDirectory(dir=folder, prefix="snapshot-") as work:
        image = Path(work) / "image.sqlite3"
        cursors, counts = build_image(db, image)
        pieces, segments = [], []
        with image.open("rb") as handle, ThreadPoolExecutor(_workers()) as pool:
            blocks = iter(lambda: handle.read(SEGMENT_BYTES), b"")
            for raw, packed in pool.map(lambda block: (len(block), zlib.compress(block, 1)), blocks):
                pieces.append(packed)
                segments.append([raw, len(packed)])
        size = image.stat().st_size
    body = b"".join(pieces)
    header = {"kind": "snapshot", "format": 2, "share": share_id, "site": db.site_id, "schema": HEAD_REVISION,
              "created_at": to_utc_text(now), "cursors": cursors, "rows": counts, "image_bytes": size,
              "body_bytes": len(body), "body_sha256": hashlib.sha256(body).hexdigest(), "segments": segments}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    signed = MAGIC2 + len(head).to_bytes(4, "big") + head
    data = signed + keys.sign(private_key, signed) + body
    own = cursors.get(db.site_id)
    seq = own[0] if own is not None else 0
    return f"{seq:016x}-{hashlib.sha256(signed).hexdigest()[:16]}.snapshot", data


def read_header(data: bytes, *, share_id: str, hq_public_key: bytes) -> dict | None:
    """The header of a format-2 snapshot HQ signed for this share (the body is checked when loaded)."""
    if len(data) < 8 or data[:4] != MAGIC2:
        return None
    length = int.from_bytes(data[4:8], "big")
    if length > MAX_HEADER_BYTES or len(data) < 8 + length + 64:
        return None
    signed, signature = data[:8 + length], data[8 + length:8 + length + 64]
    if not keys.verify(hq_public_key, signed, signature):
        return None
    try:
        header = json.loads(signed[8:])
    except ValueError:
        return None
    if (not isinstance(header, dict) or header.get("kind") != "snapshot" or header.get("format") != 2
            or header.get("share") != share_id or not isinstance(header.get("cursors"), dict)):
        return None
    if len(data) - (8 + length + 64) != header.get("body_bytes"):
        return None  # cut short or grown: refused before anything is inflated
    header["_body_offset"] = 8 + length + 64
    return header


def seal_chunks(name: str, data: bytes, share_keys: confidential.ShareKeys) -> bytes:
    """A snapshot file sealed in chunks with the newest data key (a big image needs no single AES call)."""
    starts = list(range(0, len(data), SEAL_CHUNK)) or [0]
    out = [CHUNKED_MAGIC]
    for index, start in enumerate(starts):
        last = index == len(starts) - 1
        sealed = share_keys.seal(data[start:start + SEAL_CHUNK], kind="snapshot", site_id="",
                                 name=f"{name}#{index}{'.last' if last else ''}")
        out += [len(sealed).to_bytes(4, "big"), sealed]
    return b"".join(out)


def open_chunks(name: str, data: bytes, share_keys: confidential.ShareKeys | None) -> bytes:
    """The plain file of ``seal_chunks``; SealError when a chunk is missing, moved, damaged or not ours."""
    if share_keys is None:
        raise confidential.SealError("key", N_("The file {name} is sealed and this installation holds no data "
                                               "key of the share."), name=name)
    plain, offset, index = [], len(CHUNKED_MAGIC), 0
    while offset < len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        chunk = data[offset + 4:offset + 4 + length]
        offset += 4 + length
        last = offset >= len(data)
        plain.append(share_keys.open(chunk, kind="snapshot", site_id="",
                                     name=f"{name}#{index}{'.last' if last else ''}"))
        index += 1
    if not plain:
        raise confidential.SealError("sealed", N_("The file {name} is not a complete sealed file."), name=name)
    return b"".join(plain)


class SnapshotRefused(Exception):
    """A snapshot image that is not what HQ signed, or not a database of the expected shape."""


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _inflate_segment(piece: memoryview, raw: int) -> bytes:
    """One independently compressed segment, which must inflate to exactly ``raw`` bytes."""
    decompressor = zlib.decompressobj()
    block = decompressor.decompress(piece, raw + 1)  # bounded: a lying segment cannot grow past its size
    if len(block) != raw or not decompressor.eof or decompressor.unconsumed_tail or decompressor.unused_data:
        raise SnapshotRefused("a segment of the image is not the size head office stated")
    return block


def _inflate_segments(body: memoryview, segments: list, limit: int, target: Path, progress, total: int) -> None:  # noqa: ANN001
    """Inflate the segments on every core (zlib lets go of the GIL), writing them in order."""
    try:
        sizes = [(int(raw), int(packed)) for raw, packed in segments]
    except (TypeError, ValueError):
        raise SnapshotRefused("the image's segments are not described") from None
    if (sum(packed for _r, packed in sizes) != len(body) or sum(raw for raw, _p in sizes) != limit
            or any(raw < 0 or raw > SEGMENT_BYTES or packed <= 0 for raw, packed in sizes)):
        raise SnapshotRefused("the image's segments do not add up")
    window = 2 * _workers()  # segments in flight: memory stays a few segments, never the whole image
    with target.open("wb") as handle, ThreadPoolExecutor(_workers()) as pool:
        pending: deque = deque()
        offset = done = 0

        def write_oldest() -> None:
            nonlocal done
            block, packed = pending.popleft()
            handle.write(block.result())
            done += packed
            if progress is not None:
                progress(done, total)

        for raw, packed in sizes:
            pending.append((pool.submit(_inflate_segment, body[offset:offset + packed], raw), packed))
            offset += packed
            if len(pending) >= window:
                write_oldest()
        while pending:
            write_oldest()


def _inflate(found: dict, target: Path, progress, total: int) -> None:  # noqa: ANN001
    """Check the body's hash and inflate it to ``target``; SnapshotRefused when it does not match."""
    data = found["_plain"]
    body = memoryview(data)[found["_body_offset"]:]
    if hashlib.sha256(body).hexdigest() != found["body_sha256"]:
        raise SnapshotRefused("the image is not the one head office signed")
    if "segments" in found:
        _inflate_segments(body, found["segments"], int(found.get("image_bytes", 0)), target, progress, total)
        return
    decompressor = zlib.decompressobj()
    written = 0
    limit = int(found.get("image_bytes", 0))
    with target.open("wb") as handle:
        for start in range(0, len(body), COPY_CHUNK):
            pending = body[start:start + COPY_CHUNK]
            while pending:  # bounded output per call: a small body cannot inflate to gigabytes in memory
                block = decompressor.decompress(pending, COPY_CHUNK)
                pending = decompressor.unconsumed_tail
                written += len(block)
                if written > limit:
                    raise SnapshotRefused("the image inflates beyond its stated size")
                handle.write(block)
                if decompressor.eof:
                    break
            if progress is not None:
                progress(min(start + COPY_CHUNK, len(body)), total)
    if not decompressor.eof or written != limit:
        raise SnapshotRefused("the image is incomplete")


def check_image(path: Path, main: sqlite3.Connection) -> None:
    """Refuse an image with anything but the expected tables and their indexes, or a damaged one.

    Read only (``mode=ro``, immutable), trusted_schema off: nothing in it runs. A view, trigger or
    virtual table named like ours could run code or SQL when read, so only plain tables and indexes
    of the image's tables pass, with exactly the columns this installation has.
    """
    expected = set(image_tables())
    try:
        image = sqlite3.connect(_image_uri(path), uri=True)
    except sqlite3.Error as error:
        raise SnapshotRefused(f"not a database: {error}") from None
    try:
        image.execute("PRAGMA trusted_schema = OFF")
        objects = image.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        for kind, name, table, sql in objects:
            if kind == "table" and name in expected and not (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue
            if kind == "index" and table in expected:
                continue
            raise SnapshotRefused(f"unexpected {kind} {name!r} in the image")
        if {name for kind, name, _t, _s in objects if kind == "table"} != expected:
            raise SnapshotRefused("the image lacks tables")
        if image.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise SnapshotRefused("the image is damaged")
        for name in expected:
            ours = [row[1] for row in main.execute(f"PRAGMA main.table_info({name})")]
            theirs = [row[1] for row in image.execute(f"PRAGMA table_info({name})")]
            if not set(theirs) <= set(ours):
                raise SnapshotRefused(f"table {name} has columns this installation does not know")
    except sqlite3.DatabaseError as error:
        raise SnapshotRefused(f"not a usable database: {error}") from None
    finally:
        image.close()


def _definition(sql: str) -> tuple:
    """A CREATE statement with the items between its outer parentheses as a set: migrations that rebuild a
    table (Alembic's batch mode) write the same constraints in a different order on different machines."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return (" ".join(sql.split()),)
    items, depth, item = [], 0, []
    for char in sql[start + 1:end]:
        if char == "," and depth == 0:
            items.append("".join(item))
            item = []
            continue
        depth += (char == "(") - (char == ")")
        item.append(char)
    items.append("".join(item))
    return (" ".join(sql[:start].split()), frozenset(" ".join(i.split()) for i in items), sql[end + 1:].strip())


def _schema(connection: sqlite3.Connection, schema: str, tables: list[str]) -> set[tuple]:
    marks = ", ".join("?" * len(tables))
    return {(kind, name, table, _definition(sql)) for kind, name, table, sql in connection.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master WHERE tbl_name IN ({marks}) "
        "AND sql IS NOT NULL AND type IN ('table', 'index')", tables)}


def _adoptable(image: Path, main: sqlite3.Connection) -> bool:
    """Whether this database holds no replicated row yet and the image has exactly our tables and indexes.

    Then the image itself becomes the database (a new computer's first start): no row is copied.
    """
    tables = image_tables()
    for name in tables:
        if main.execute(f"SELECT 1 FROM main.{name} LIMIT 1").fetchone() is not None:
            return False
    checked = sqlite3.connect(_image_uri(image), uri=True)
    try:
        checked.execute("PRAGMA trusted_schema = OFF")
        return _schema(checked, "main", tables) == _schema(main, "main", tables)
    finally:
        checked.close()


def _adopt_image(db: Database, image: Path, found: dict, progress, total: int) -> int:  # noqa: ANN001
    """Make the checked image this site's database: this site's local tables are copied into it, then it
    replaces the database file (one rename; a crash before it leaves the old file, after it the new one).
    """
    path = Path(db.path)
    tables = set(image_tables())
    target = sqlite3.connect(str(image), isolation_level=None)
    try:
        target.execute("PRAGMA trusted_schema = OFF")
        target.execute("PRAGMA foreign_keys = OFF")
        target.execute("ATTACH DATABASE ? AS here", (str(path),))
        target.execute("BEGIN IMMEDIATE")
        # This site's own objects come across whole: local tables with their rows and indexes, and the
        # triggers that keep ledgers insert-only (an image has none: nothing in it may run).
        local = target.execute("SELECT type, name, tbl_name, sql FROM here.sqlite_master WHERE sql IS NOT NULL "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY type != 'table'").fetchall()
        virtual = [name for kind, name, _t, sql in local if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]
        for kind, name, table, sql in local:
            if (table in tables and kind != "trigger") or any(name.startswith(f"{v}_") for v in virtual):
                continue  # an image table or its index, or a virtual table's shadow table (made with it)
            target.execute(sql)
            if kind == "table":
                target.execute(f'INSERT INTO main."{table}" SELECT * FROM here."{table}"')
        cursors = [(site, seq, digest) for site, (seq, digest) in found["cursors"].items() if site != db.site_id]
        target.executemany("INSERT OR REPLACE INTO sync_cursors (site_id, last_seq, last_hash) VALUES (?, ?, ?)",
                           cursors)
        target.execute("INSERT OR IGNORE INTO search_pending (job_id, fresh) SELECT id, 1 FROM jobs")
        version = target.execute("PRAGMA here.user_version").fetchone()[0]
        target.execute("COMMIT")
        target.execute("DETACH DATABASE here")
        target.execute(f"PRAGMA user_version = {int(version)}")
        target.execute("PRAGMA journal_mode = WAL")
    finally:
        target.close()
    with image.open("rb+") as handle:
        os.fsync(handle.fileno())
    # No connection of this process may keep the old file open across the rename.
    with _connect(path) as last:
        last.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    last.close()
    db.dispose()
    os.replace(image, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    fsync_directory(path.parent)
    if progress is not None:
        progress(total, total)
    return sum(int(count) for name, count in found.get("rows", {}).items() if name != "field_versions")


@contextmanager
def image_attached(main: sqlite3.Connection, image: Path) -> Iterator[sqlite3.Connection]:
    """``main`` with the checked ``image`` attached read-only as ``snap``, in one transaction.

    Foreign keys are off (parents come first anyway, and SQLite can copy pages) and trusted_schema
    too (nothing of the attached schema may run functions). Commits when the block ends, rolls back
    on any error, and detaches the image either way.
    """
    main.execute("PRAGMA foreign_keys = OFF")
    main.execute("PRAGMA trusted_schema = OFF")
    main.execute("ATTACH DATABASE ? AS snap", (_image_uri(image),))
    try:
        main.execute("BEGIN IMMEDIATE")
        yield main
        main.execute("COMMIT")
    except BaseException:
        if main.in_transaction:
            main.execute("ROLLBACK")
        raise
    finally:
        main.execute("DETACH DATABASE snap")


def load_image(db: Database, found: dict, progress=None) -> int:  # noqa: ANN001
    """Verify, inflate and copy a format-2 snapshot into this database; returns rows added.

    Tables still empty here take the image's rows whole, derived columns included (SQLite copies
    them page by page); rows this site holds already stay. When it held jobs or job events (a site
    that was away too long) job status is derived again; otherwise HQ's derived columns are right.
    """
    rows_total = sum(int(v) for v in found.get("rows", {}).values())
    total = int(found["body_bytes"]) + rows_total
    folder = Path(db.path).parent
    with tempfile.TemporaryDirectory(dir=folder, prefix="snapshot-") as work:
        image = Path(work) / "image.sqlite3"
        _inflate(found, image, progress, total)
        main = _connect(Path(db.path))
        try:
            check_image(image, main)
            if _adoptable(image, main):
                main.close()
                return _adopt_image(db, image, found, progress, total)
            with image_attached(main, image):
                added, done, fresh = 0, int(found["body_bytes"]), True
                for name in image_tables():
                    ours = [row[1] for row in main.execute(f"PRAGMA main.table_info({name})")]
                    theirs = [row[1] for row in main.execute(f"PRAGMA snap.table_info({name})")]
                    if name in ("jobs", "job_events"):  # what job status derives from: none here yet?
                        fresh = fresh and main.execute(f"SELECT 1 FROM main.{name} LIMIT 1").fetchone() is None
                    if ours == theirs:
                        sql = f"INSERT OR IGNORE INTO main.{name} SELECT * FROM snap.{name}"
                    else:  # an image of an older schema: the columns it has, defaults for the rest
                        columns = ", ".join(c for c in theirs)
                        sql = f"INSERT OR IGNORE INTO main.{name} ({columns}) SELECT {columns} FROM snap.{name}"
                    count = main.execute(sql).rowcount
                    if name != "field_versions":
                        added += count
                    done += int(found.get("rows", {}).get(name, 0))
                    if progress is not None:
                        progress(done, total)
                cursors = [(site, seq, digest) for site, (seq, digest) in found["cursors"].items()
                           if site != db.site_id]
                main.executemany("INSERT OR REPLACE INTO sync_cursors (site_id, last_seq, last_hash) "
                                 "VALUES (?, ?, ?)", cursors)
                if fresh:  # nothing was indexed here yet; otherwise derive_jobs queues the jobs
                    main.execute("INSERT OR IGNORE INTO search_pending (job_id, fresh) SELECT id, 1 FROM jobs")
        finally:
            main.close()
    if not fresh:
        with db.raw_transaction(foreign_keys=False) as connection:
            job_ids = list(connection.exec_driver_sql("SELECT id FROM jobs").scalars())
            if job_ids:
                derive_jobs(connection, job_ids)
    with db.raw_transaction(foreign_keys=False) as connection:
        # This site's own steps and the image's may hold decisions that never met before.
        decisions.derive(connection, decisions.contested_documents(connection))
    if progress is not None:
        progress(total, total)
    return added
