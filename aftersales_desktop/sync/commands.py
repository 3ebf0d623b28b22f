"""``aftersales sync`` and ``aftersales share ...``: sync from scripts and scheduled tasks.

Every command prints one line (or a short table) and exits 0 on success, 1 with a message on
stderr otherwise, so an IT admin can script fifty laptops.
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path

from aftersales_desktop.domain.errors import user_message
from aftersales_desktop.i18n import set_language, tr
from aftersales_desktop.paths import database_path


def _open(data_dir: Path):  # noqa: ANN202 - a Database
    from aftersales_desktop.storage.database import open_database

    if not database_path(data_dir).is_file():
        raise FileNotFoundError(data_dir)
    return open_database(data_dir)


def _message(error: Exception) -> str:
    message = getattr(error, "message", None)
    if isinstance(message, str):
        return tr(message, **getattr(error, "params", {}))
    return user_message(error)


def _errors():  # noqa: ANN202 - the exception classes a command reports as a message
    from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
    from aftersales_desktop.sync.bundle import BundleRejected
    from aftersales_desktop.sync.confidential import SealError
    from aftersales_desktop.sync.engine import SyncError
    from aftersales_desktop.sync.keys import KeyStoreError
    from aftersales_desktop.sync.share import ShareError

    return (SyncError, ShareError, KeyStoreError, BundleRejected, SealError, ValidationError, PermissionDenied,
            NotFound)


def run_sync_command(args: argparse.Namespace, data_dir: Path) -> int:
    """One cycle (or the digest); 0 when the cycle completed."""
    set_language(getattr(args, "lang", None))
    try:
        db = _open(data_dir)
    except FileNotFoundError:
        print(f"No outlet database in {data_dir}: give --data-dir.", file=sys.stderr)
        return 1
    try:
        if args.digest:
            from aftersales_desktop.sync.digest import digest

            with db.raw_transaction() as connection:
                value, counts = digest(connection)
            print(f"{value}  ({sum(counts.values())} rows)")
            return 0
        from aftersales_desktop.sync.engine import SyncEngine

        try:
            report = SyncEngine(db, data_dir).run_cycle()
        except _errors() as error:
            print(_message(error), file=sys.stderr)
            return 1
        print(report.summary())
        for problem in report.problems:
            print(problem, file=sys.stderr)
        return 0
    finally:
        db.dispose()


def run_share_command(args: argparse.Namespace, data_dir: Path) -> int:
    """init, join, requests, approve, revoke, rekey, status, snapshot, prune, encrypt, republish-roster."""
    from aftersales_desktop.sync import membership
    from aftersales_desktop.sync.engine import SyncEngine, load_config
    from aftersales_desktop.sync.state import last_success

    set_language(getattr(args, "lang", None))
    joining_outlet = args.share_command == "join" and getattr(args, "outlet", None)
    try:
        if joining_outlet:  # a new computer: its database is made here
            from aftersales_desktop.storage.database import open_database

            data_dir.mkdir(parents=True, exist_ok=True)
            db = open_database(data_dir)
        else:
            db = _open(data_dir)
    except FileNotFoundError:
        print(f"No outlet database in {data_dir}: set the outlet up first (or give --data-dir).", file=sys.stderr)
        return 1
    try:
        action = args.share_command
        if action == "init":
            config = membership.initialise_share(db, args.folder, name=args.name,
                                                 encrypted=getattr(args, "encrypt", False))
            print(f"Share {config.share_id} set up in {config.share_path}; this installation is head office.")
        elif joining_outlet:
            config = membership.join_outlet(db, args.folder, args.outlet, args.name or socket.gethostname(),
                                            request_file=args.request_file)
            where = args.request_file or config.share_path
            print(f"Join request of {config.site_name} (site {db.site_id}, key {membership.own_fingerprint(db)}) "
                  f"for outlet {args.outlet.strip().upper()} written to {where}; head office must approve it, "
                  "then run 'aftersales sync' to receive the outlet's data.")
        elif action == "join":
            config = membership.join_share(db, args.folder, name=args.name, request_file=args.request_file)
            where = args.request_file or config.share_path
            print(f"Join request for site {db.site_id} written to {where}; head office must approve it.")
        elif action == "requests":
            requests = membership.pending_requests(db)
            for request in requests:
                outlet = f"  outlet {request.outlet_code}" if request.outlet_code else ""
                outlet += f"  re-key of {request.rekey_of}" if request.rekey_of else ""
                print(f"{request.site_id}  {request.fingerprint}  {request.name}  {request.requested_at}{outlet}")
            if not requests:
                print("No join requests are waiting.")
        elif action == "approve":
            request = membership.approve(db, args.site)
            print(f"Approved {request.site_id} ({request.name}).")
        elif action == "revoke":
            membership.revoke(db, args.site)
            print(f"Revoked {args.site}.")
        elif action == "rekey":
            from aftersales_desktop.sync.state import REKEY_OF_KEY

            membership.rekey(db)
            print(f"This installation is site {db.site_id} now (re-key of {db.local_value(REKEY_OF_KEY)}, key "
                  f"{membership.own_fingerprint(db)}); head office must approve it, then run 'aftersales sync'.")
        elif action == "republish-roster":
            roster = membership.republish_roster(db)
            print(f"Published roster version {roster.version} ({len(roster.active_sites())} active sites, "
                  f"{len(roster.revoked)} revoked).")
        elif action == "snapshot":
            print(f"Published snapshot {membership.publish_snapshot(db, data_dir)}.")
        elif action == "prune":
            from aftersales_desktop.sync.pruning import prune_now

            removed = prune_now(db)
            for item in removed:
                print(f"removed {item.site_id}/{item.name}")
            print(f"Pruned {len(removed)} bundles from the share.")
        elif action == "encrypt":
            roster = membership.encrypt_share(db)
            print(f"The share is encrypted: data key {roster.data_keys[-1].key_id}, roster version {roster.version}.")
        elif action == "status":
            config = load_config(db)
            if config is None:
                print("Not part of a share.")
                return 0
            print(f"share {config.share_id} at {config.share_path}, this site {db.site_id} ({config.role})")
            success = last_success(db)
            print(f"last sync {success.isoformat() if success else 'never'}, "
                  f"{SyncEngine(db, data_dir).waiting()} changes waiting")
            state = membership.encryption_state(db)
            if state is not None and state.encrypted:
                print(f"encrypted: data key {state.newest_key}"
                      + ("" if state.holds_newest else ", not yet given to this installation"))
            else:
                print("not encrypted (head office: aftersales share encrypt)")
            for site in membership.roster_sites(db):
                marks = " (revoked)" if site.revoked else ""
                marks += " (this site)" if site.is_self else ""
                print(f"  {site.site_id}  {site.fingerprint}  {site.role:6}  {site.name}{marks}")
            rekey = membership.rekey_state(db)
            if rekey is not None and rekey.behind:
                print(f"restored from an old backup: bundles {min(rekey.behind)} to {max(rekey.behind)} of this site "
                      "on the share are unknown to its database; publishing is stopped (aftersales share rekey)")
            elif rekey is not None and rekey.rekey_of:
                print(f"re-key of {rekey.rekey_of}: waiting for head office to approve the new key")
        return 0
    except _errors() as error:
        print(_message(error), file=sys.stderr)
        return 1
    finally:
        db.dispose()
