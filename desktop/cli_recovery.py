"""`recover` and `check`: what is wrong with a data folder, and the ways back, on the command line.

    daleel check                      what is wrong with either database file (exit 1 if any)
    daleel recover restore-backup     replace a damaged catalogue by the newest healthy backup
    daleel recover reset-catalogue    replace it by a fresh copy of the shipped catalogue
    daleel recover rescue-userdata    move a damaged user file aside, export what can be read,
                                      and merge that into a fresh one

None of them needs the data folder to open: they are what to run when it does not.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from desktop import paths
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.recovery import FileState
from desktop.paths import DataPaths
from desktop.storage import recovery
from desktop.storage.checks import check_data_folder
from desktop.storage.store import Store, open_store
from desktop.translation import cli_translator
from desktop.ui.single_instance import SingleInstance

Handler = Callable[[Store | None, argparse.Namespace], int]
ACTIONS = ("restore-backup", "reset-catalogue", "rescue-userdata")


def register(commands: Any) -> dict[str, Handler]:
    recover = commands.add_parser("recover", help="repair a damaged data folder")
    recover.add_argument("action", choices=ACTIONS)
    return {"recover": _recover, "check": check}  # replaces cli.py's check: no store needed


def data_paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths(args.data_dir or paths.default_data_dir())


_CONTEXT = "RecoveryCli"
_TEXT = {
    "damaged": QT_TRANSLATE_NOOP("RecoveryCli", "{path}: {name} damaged: {detail}"),
    "too-new": QT_TRANSLATE_NOOP(
        "RecoveryCli", "{path}: {name} schema {found} is newer than this Daleel ({known})"
    ),
    "missing": QT_TRANSLATE_NOOP("RecoveryCli", "{path}: {name} missing"),
    "catalogue": QT_TRANSLATE_NOOP("RecoveryCli", "catalogue"),
    "user data": QT_TRANSLATE_NOOP("RecoveryCli", "user data"),
    "repair": QT_TRANSLATE_NOOP(
        "RecoveryCli",
        "To repair: daleel recover restore-backup | reset-catalogue | rescue-userdata",
    ),
    "restored": QT_TRANSLATE_NOOP("RecoveryCli", "restored the catalogue from {path}"),
    "reset": QT_TRANSLATE_NOOP("RecoveryCli", "reset the catalogue to the shipped one"),
    "not damaged": QT_TRANSLATE_NOOP("RecoveryCli", "{path} is not damaged; nothing was moved"),
    "moved": QT_TRANSLATE_NOOP("RecoveryCli", "moved the damaged file to {path}"),
    "saved": QT_TRANSLATE_NOOP("RecoveryCli", "saved {rows} readable rows to {path}"),
    "merged": QT_TRANSLATE_NOOP("RecoveryCli", "merged them into a fresh user file"),
    "not merged": QT_TRANSLATE_NOOP(
        "RecoveryCli", "not merged: a fresh, empty user file was created (see the log)"
    ),
}


def _say(args: argparse.Namespace, key: str, **params: Any) -> str:
    return cli_translator(args.lang or "en")(_CONTEXT, _TEXT[key]).format(**params)


def check(_store: Store | None, args: argparse.Namespace) -> int:
    """Say what is wrong with each file: its header and schema, then SQLite's integrity check."""
    folder = data_paths(args)
    diagnosis = recovery.diagnose(folder)
    problems = []
    for key, path, health in (
        ("catalogue", folder.catalogue, diagnosis.catalogue),
        ("user data", folder.userdata, diagnosis.userdata),
    ):
        name = _say(args, key)
        if health.state is FileState.DAMAGED:
            problems.append(_say(args, "damaged", path=path, name=name, detail=health.detail))
        elif health.state is FileState.TOO_NEW:
            found, known = health.found_version, health.known_version
            problems.append(_say(args, "too-new", path=path, name=name, found=found, known=known))
        elif health.state is FileState.MISSING:
            problems.append(_say(args, "missing", path=path, name=name))
    if not problems:
        problems = check_data_folder(folder)
    for problem in problems:
        print(problem, file=sys.stderr)  # noqa: T201
    print(_say(args, "repair") if problems else "ok")  # noqa: T201
    return 1 if problems else 0


def _recover(_store: Store | None, args: argparse.Namespace) -> int:
    folder = data_paths(args)
    lock = SingleInstance(folder)
    lock.acquire()  # never repair under a running Daleel
    try:
        return _act(folder, args)
    finally:
        lock.release()


def _act(folder: DataPaths, args: argparse.Namespace) -> int:
    if args.action == "restore-backup":
        used = recovery.restore_newest_backup(folder)
        print(_say(args, "restored", path=used))  # noqa: T201
    elif args.action == "reset-catalogue":
        recovery.reset_catalogue(folder, paths.shipped_catalogue())
        print(_say(args, "reset"))  # noqa: T201
    else:
        return _rescue(folder, args)
    return 0


def _rescue(folder: DataPaths, args: argparse.Namespace) -> int:
    if recovery.diagnose(folder).userdata.state is not FileState.DAMAGED:
        print(_say(args, "not damaged", path=folder.userdata))  # noqa: T201
        return 0
    report = recovery.rescue_userdata(folder)
    store = open_store(folder, paths.shipped_catalogue())
    try:
        report = recovery.merge_rescued(store, report)
    finally:
        store.close()
    print(_say(args, "moved", path=report.moved_to))  # noqa: T201
    print(_say(args, "saved", rows=report.rows, path=report.exported_to))  # noqa: T201
    print(_say(args, "merged" if report.merged else "not merged"))  # noqa: T201
    return 0


check.needs_store = lambda _args: False  # type: ignore[attr-defined]
_recover.needs_store = lambda _args: False  # type: ignore[attr-defined]
