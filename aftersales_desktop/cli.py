"""The one entry point: no sub-command opens the GUI; sub-commands serve scripts and checks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aftersales_desktop import __version__
from aftersales_desktop.paths import default_data_dir, demo_data_dir

DEFAULT_DEMO_JOBS = 400


def build_parser() -> argparse.ArgumentParser:
    """The command line: GUI options at the top level, scripting sub-commands below."""
    parser = argparse.ArgumentParser(
        prog="aftersales",
        description="After-sales desktop for printer consumables. Without a sub-command it opens "
                    "the application window.")
    parser.add_argument("--version", action="version", version=f"aftersales {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="outlet data folder (default: $AFTERSALES_DATA_DIR or the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo outlet in its own data folder, seeded on first use, "
                             "logged in as its manager")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="interface language (default: the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo-data", help="seed demo data (and a demo outlet if none) into a data folder")
    demo.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    demo.add_argument("--jobs", type=int, default=DEFAULT_DEMO_JOBS, help="how many jobs to add")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument("--outlet-code", default=None, help="code of the demo outlet set up in an empty folder "
                                                          "(default SH01); give each outlet of a share its own")
    demo.add_argument("--outlet-name", default=None, help="its name")

    test = commands.add_parser("self-test", help="open the GUI offscreen on a temporary demo outlet, "
                                                 "visit every main view, exit 0 when all is well")
    test.add_argument("--keep", type=Path, default=None, help="use this folder and keep it afterwards")

    sync = commands.add_parser("sync", help="run one sync cycle through the share and print a summary line")
    sync.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    sync.add_argument("--digest", action="store_true",
                      help="print a digest of all replicated data instead (equal on two sites exactly "
                           "when they hold the same data)")

    share = commands.add_parser("share", help="set up or join a share, approve or revoke sites (scriptable)")
    share_commands = share.add_subparsers(dest="share_command", metavar="ACTION", required=True)
    for action, text in (("init", "head office: make FOLDER a new share, this installation as HQ"),
                         ("join", "an outlet: ask head office to admit this installation to the share in FOLDER")):
        step = share_commands.add_parser(action, help=text)
        step.add_argument("folder", type=Path)
        step.add_argument("--name", default=None, help="how the roster names this site (default: outlet code "
                                                       "and name)")
        step.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
        if action == "join":
            step.add_argument("--request-file", type=Path, default=None,
                              help="write the join request to this file (a USB stick) instead of the share")
            step.add_argument("--outlet", default=None, metavar="CODE",
                              help="a new computer of an existing outlet (a technician's laptop): join outlet "
                                   "CODE; head office approves, the next syncs bring its data and staff "
                                   "accounts; --name then names the device, e.g. \"李伟的笔记本\"")
        else:
            step.add_argument("--encrypt", action="store_true",
                              help="encrypt the share from the start (see 'share encrypt')")
    for action, text, argument in (
            ("approve", "head office: admit a site (site id, its first characters, or a request file)", "site"),
            ("revoke", "head office: refuse a site's bundles from now on", "site")):
        step = share_commands.add_parser(action, help=text)
        step.add_argument(argument)
        step.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    for action, text in (("requests", "head office: list join requests waiting on the share"),
                         ("status", "this installation's share, roster and sync state"),
                         ("snapshot", "head office: publish a signed snapshot new installations start from"),
                         ("prune", "head office: remove bundles every site acknowledged and a snapshot covers "
                                   "(older than the bundle retention, see docs/share-pruning.md)"),
                         ("encrypt", "head office: encrypt bundles, snapshots and requests on the share from now "
                                     "on (sites of older versions get their key at their next cycles)"),
                         ("rekey", "an installation restored from an old backup (sync says its bundles on the "
                                   "share go further than its database): take a new site identity, keep the data, "
                                   "ask head office to approve it; the lost work comes back with the next syncs"),
                         ("republish-roster", "head office: publish its own copy of the newest roster again as a "
                                              "new version (after roster files on the share were removed, "
                                              "damaged or restored from an old copy)")):
        step = share_commands.add_parser(action, help=text)
        step.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)

    slip = commands.add_parser("slip", help="render a stored, signed repair slip as PDF (reprints are "
                                            "marked COPY and counted)")
    slip.add_argument("number", help="slip number, e.g. SH01-R202611-0001")
    slip.add_argument("--format", dest="slip_format", choices=["a4", "a5", "80mm", "58mm"], default="a4")
    slip.add_argument("--out", type=Path, required=True, help="PDF file to write")
    slip.add_argument("--revision", type=int, default=None, help="revision to render (default: the latest)")
    slip.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    slip.add_argument("--slip-lang", choices=["zh_CN", "en"], default=None,
                      help="language of the slip (default: the outlet's slip language)")
    slip.add_argument("--font", default=None, help="TrueType font file with Chinese glyphs to embed")

    backup = commands.add_parser("backup", help="back up the outlet database now (SQLite online backup) "
                                                "and print the backup's path")
    backup.add_argument("--to", type=Path, default=None, help="folder to write it to (default: this machine's "
                                                              "backup folder)")
    backup.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    backups = commands.add_parser("backups", help="list the backups in this machine's backup folder")
    backups.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    restore = commands.add_parser("restore", help="replace the outlet database with a backup (checked first; "
                                                  "the current database is backed up before)")
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--data-dir", type=Path, dest="sub_data_dir", default=None)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "sub_data_dir", None) or args.data_dir
    return Path(chosen).expanduser() if chosen else default_data_dir()


def render_slip_command(args: argparse.Namespace) -> int:
    """``aftersales slip``: write one stored slip as PDF; 0 on success, 1 with a message otherwise."""
    import os
    import tempfile

    from aftersales_desktop.domain.errors import NotFound, ValidationError, user_message
    from aftersales_desktop.domain.slips import SlipFormat
    from aftersales_desktop.i18n import set_language
    from aftersales_desktop.paths import database_path
    from aftersales_desktop.services import slips
    from aftersales_desktop.services.context import utc_now
    from aftersales_desktop.storage.database import open_database

    set_language(args.lang)
    data_dir = _data_dir(args)
    if not database_path(data_dir).is_file():
        print(f"No outlet database in {data_dir}: give --data-dir.", file=sys.stderr)
        return 1
    db = open_database(data_dir)
    try:
        fmt = SlipFormat(args.slip_format)
        document = slips.slip_by_number(db, args.number, args.revision)
        rendered = slips.render_document(document, fmt, language=args.slip_lang,
                                         font=args.font or slips.font_path(db))
        out = args.out.expanduser().resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".slip-", suffix=".pdf", dir=out.parent)
        with os.fdopen(handle, "wb") as file:
            file.write(rendered.pdf)
        os.replace(temporary, out)
        slips.record_command_line_output(db, document.id, fmt, document.next_copy_number, utc_now())
    except (NotFound, ValidationError) as error:
        print(user_message(error), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    copy = f", copy {document.next_copy_number}" if document.next_copy_number else ""
    print(f"{document.number} revision {document.revision}{copy}: {fmt.value}, "
          f"{rendered.page_count} page(s) -> {out}")
    if rendered.missing_glyphs:
        print(f"warning: the font {rendered.font_name} lacks {' '.join(rendered.missing_glyphs)}; "
              "they print as ?", file=sys.stderr)
    return 0


def backup_command(args: argparse.Namespace) -> int:
    """``aftersales backup``: take a manual backup and print its path; 1 with a message otherwise."""
    import sqlite3

    from aftersales_desktop.backup import MANUAL, backup_now
    from aftersales_desktop.domain.errors import Problem, user_message
    from aftersales_desktop.paths import database_path

    data_dir = _data_dir(args)
    if not database_path(data_dir).is_file():
        print(f"No outlet database in {data_dir}: give --data-dir.", file=sys.stderr)
        return 1
    try:
        path = backup_now(data_dir, MANUAL, folder=args.to)
    except Problem as error:
        print(user_message(error), file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"The backup failed: {error}", file=sys.stderr)
        return 1
    print(path)
    return 0


def list_backups_command(args: argparse.Namespace) -> int:
    """``aftersales backups``: one line per backup, newest first: time, reason, size, path."""
    from aftersales_desktop.backup import get_backup_settings, list_backups

    settings = get_backup_settings(_data_dir(args))
    found = list_backups(settings.folder)
    if not found:
        print(f"No backups in {settings.folder}.")
        return 0
    for info in found:
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {info.reason:<13}  {info.size / 1_000_000:8.1f} MB  {info.path}")
    print(f"{len(found)} backup(s) in {settings.folder}; automatic ones: the newest {settings.keep} of each "
          "kind are kept, manual ones until you delete them.")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    """``aftersales restore FILE``: check the file, confirm (YES on a terminal, or --yes), restore."""
    import sqlite3

    from aftersales_desktop.backup import check_backup, current_outlet_of, outlet_label, restore_backup
    from aftersales_desktop.domain.errors import Problem, user_message

    data_dir = _data_dir(args)
    check = check_backup(args.file)
    if not check.ok:
        print(f"Refused: {user_message(check.error())}", file=sys.stderr)
        return 1
    current = current_outlet_of(data_dir)
    if not args.yes:
        if not sys.stdin.isatty():
            print("Refused: restoring replaces the outlet database; confirm with --yes (no terminal to ask on).",
                  file=sys.stderr)
            return 1
        print(f"{args.file} holds outlet {check.outlet}, schema {check.revision}, "
              f"{check.jobs} job(s). Close the application on this data folder first.")
        if current is None:
            question = f"Type YES to restore it into {data_dir}: "
        else:
            question = f"Type YES to replace the database of {outlet_label(*current)} in {data_dir}: "
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip() != "YES":
            print("Not restored.", file=sys.stderr)
            return 1
    try:
        result = restore_backup(args.file, data_dir, confirmed=True)
    except Problem as error:
        print(f"Refused: {user_message(error)}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"The restore failed: {error}", file=sys.stderr)
        return 1
    print(f"Restored {result.restored_from} into {data_dir} (outlet {result.outlet_code}, schema "
          f"{result.revision_before_migration}{', migrated' if result.migrated else ''}).")
    if result.pre_restore_backup is not None:
        print(f"The database it replaced was saved as {result.pre_restore_backup}")
    print("Changes made after the backup was taken are not in it. If this installation syncs and published "
          "changes after that time, sync stops publishing (restored from an old backup): ask head office to "
          "re-join it (see README, Backups and logs).")
    return 0


def _start_logging(args: argparse.Namespace) -> None:
    """Log to the data folder's log file once it is known (only an existing folder: no litter)."""
    if args.command in (None, "self-test"):
        return  # the GUI configures logging itself, after opening the folder
    data_dir = _data_dir(args)
    if data_dir.is_dir():
        from aftersales_desktop.logs import configure_logging

        configure_logging(data_dir)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = build_parser().parse_args(argv)
    _start_logging(args)
    if args.command == "backup":
        return backup_command(args)
    if args.command == "backups":
        return list_backups_command(args)
    if args.command == "restore":
        return restore_command(args)
    if args.command == "demo-data":
        from aftersales_desktop.services.demo import seed_demo

        if args.jobs < 0:
            print("--jobs must be 0 or more", file=sys.stderr)
            return 2
        report = seed_demo(_data_dir(args), jobs=args.jobs, seed=args.seed,
                           progress=lambda done, total: print(f"\r{done}/{total} jobs", end="", flush=True),
                           outlet_code=args.outlet_code, outlet_name=args.outlet_name)
        print(f"\n{report}")
        return 0
    if args.command == "slip":
        return render_slip_command(args)
    if args.command in ("sync", "share"):
        from aftersales_desktop.sync.commands import run_share_command, run_sync_command

        data_dir = _data_dir(args)
        return run_sync_command(args, data_dir) if args.command == "sync" else run_share_command(args, data_dir)
    if args.command == "self-test":
        from aftersales_desktop.gui.app import self_test

        return self_test(args.keep, language=args.lang)
    # Import the data layer before PySide6: once PySide6 is loaded it reads the source of every
    # module imported after it (looking for `from __feature__`), which costs ~0.1 s at start-up.
    import aftersales_desktop.services.jobs  # noqa: F401
    import aftersales_desktop.services.staff  # noqa: F401
    from aftersales_desktop.gui.app import run

    if args.demo:
        return run(args.data_dir or demo_data_dir(), demo=True, language=args.lang)
    return run(_data_dir(args), demo=False, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
