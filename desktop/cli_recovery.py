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
from desktop.domain.recovery import FileState
from desktop.paths import DataPaths
from desktop.storage import recovery
from desktop.storage.checks import check_data_folder
from desktop.storage.store import Store, open_store
from desktop.ui.single_instance import SingleInstance

Handler = Callable[[Store | None, argparse.Namespace], int]
ACTIONS = ("restore-backup", "reset-catalogue", "rescue-userdata")


def register(commands: Any) -> dict[str, Handler]:
    recover = commands.add_parser("recover", help="repair a damaged data folder")
    recover.add_argument("action", choices=ACTIONS)
    return {"recover": _recover, "check": check}  # replaces cli.py's check: no store needed


def data_paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths(args.data_dir or paths.default_data_dir())


def check(_store: Store | None, args: argparse.Namespace) -> int:
    """Say what is wrong with each file: its header and schema, then SQLite's integrity check."""
    folder = data_paths(args)
    diagnosis = recovery.diagnose(folder)
    problems = []
    for name, path, health in (
        ("catalogue", folder.catalogue, diagnosis.catalogue),
        ("user data", folder.userdata, diagnosis.userdata),
    ):
        if health.state is FileState.DAMAGED:
            problems.append(f"{path}: {name} damaged: {health.detail}")
        elif health.state is FileState.TOO_NEW:
            problems.append(
                f"{path}: {name} schema {health.found_version} is newer than this Daleel "
                f"({health.known_version})"
            )
        elif health.state is FileState.MISSING:
            problems.append(f"{path}: {name} missing")
    if not problems:
        problems = check_data_folder(folder)
    for problem in problems:
        print(problem, file=sys.stderr)  # noqa: T201
    if problems:
        print("To repair: daleel recover restore-backup | reset-catalogue | rescue-userdata")  # noqa: T201
    else:
        print("ok")  # noqa: T201
    return 1 if problems else 0


def _recover(_store: Store | None, args: argparse.Namespace) -> int:
    folder = data_paths(args)
    lock = SingleInstance(folder)
    lock.acquire()  # never repair under a running Daleel
    try:
        return _act(folder, args.action)
    finally:
        lock.release()


def _act(folder: DataPaths, action: str) -> int:
    if action == "restore-backup":
        used = recovery.restore_newest_backup(folder)
        print(f"restored the catalogue from {used}")  # noqa: T201
    elif action == "reset-catalogue":
        recovery.reset_catalogue(folder, paths.shipped_catalogue())
        print("reset the catalogue to the shipped one")  # noqa: T201
    else:
        return _rescue(folder)
    return 0


def _rescue(folder: DataPaths) -> int:
    if recovery.diagnose(folder).userdata.state is not FileState.DAMAGED:
        print(f"{folder.userdata} is not damaged; nothing was moved")  # noqa: T201
        return 0
    report = recovery.rescue_userdata(folder)
    store = open_store(folder, paths.shipped_catalogue())
    try:
        report = recovery.merge_rescued(store, report)
    finally:
        store.close()
    print(f"moved the damaged file to {report.moved_to}")  # noqa: T201
    print(f"saved {report.rows} readable rows to {report.exported_to}")  # noqa: T201
    print("merged them into a fresh user file" if report.merged else "not merged")  # noqa: T201
    return 0


check.needs_store = lambda _args: False  # type: ignore[attr-defined]
_recover.needs_store = lambda _args: False  # type: ignore[attr-defined]
