"""Start-up health of a data folder's two database files, and the ways back from damage.

Detection is cheap and trusts nothing: the 100-byte SQLite header (magic, page size, the page
count against the file's size, which catches a truncated copy), then the schema and
`user_version` read through SQLite itself. A full `integrity_check` is the `check` command's
job (it reads every page). Recovery of the catalogue: restore the newest healthy backup from
`backups/`, or reset to the shipped catalogue. Recovery of the user's file: it is never
deleted; it is moved aside (renamed with a time stamp, with its WAL) and everything that can
still be read is written to JSON beside it, in the user-data export format, so it can be merged
into the fresh file that replaces it.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop.domain.errors import DaleelError, SchemaTooNewError
from desktop.domain.recovery import (
    CatalogueDamagedError,
    CatalogueTooNewError,
    Choice,
    DatabaseUnreadableError,
    DiskFullError,
    FileHealth,
    FileState,
    NoBackupError,
    RescueReport,
    UserDataDamagedError,
)
from desktop.domain.userdata import EXCHANGE_FORMAT, EXCHANGE_VERSION, now_iso
from desktop.paths import DataPaths
from desktop.storage import backups
from desktop.storage.migrations import CATALOGUE_MIGRATIONS, USERDATA_MIGRATIONS, latest_version

if TYPE_CHECKING:
    from desktop.storage.store import Store

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
CATALOGUE_TABLES = ("catalogue_info", "resources", "themes")
USERDATA_TABLES = ("bookmarks", "notes", "collections")
SIDE_FILES = ("-wal", "-shm", "-journal")
# Only these mean a damaged file; I/O, permission, lock or space errors say nothing about it.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
LOW_SPACE = 256 * 1024


@dataclass(frozen=True)
class Diagnosis:
    """The health of both files of a data folder."""

    catalogue: FileHealth
    userdata: FileHealth

    @property
    def healthy(self) -> bool:
        return self.catalogue.usable and self.userdata.usable


# --- detection ---------------------------------------------------------------------------------


def inspect_file(
    path: Path, known: int, tables: tuple[str, ...], thorough: bool = False
) -> FileHealth:
    """What state the database file at `path` is in; `thorough` adds SQLite's quick check."""
    if not path.exists():
        return FileHealth(FileState.MISSING)
    problem = header_problem(path)
    if problem:
        return FileHealth(FileState.DAMAGED, problem)
    try:
        version, names, checked = _read_schema(path, thorough)
    except sqlite3.DatabaseError as error:
        if _primary_code(error) in DAMAGE_CODES:
            return FileHealth(FileState.DAMAGED, str(error))
        raise_if_disk_full(error, path)
        if shutil.disk_usage(path.parent).free < LOW_SPACE:  # -shm cannot even be created
            raise DiskFullError(path=str(path)) from error
        raise DatabaseUnreadableError(path=str(path), detail=str(error)) from error
    if version > known:
        return FileHealth(FileState.TOO_NEW, found_version=version, known_version=known)
    missing = [t for t in tables if t not in names] if version > 0 else []
    if missing:
        return FileHealth(FileState.DAMAGED, f"the table {missing[0]} is missing")
    if checked != "ok":
        return FileHealth(FileState.DAMAGED, checked)
    return FileHealth(FileState.OK, found_version=version, known_version=known)


def header_problem(path: Path) -> str:
    """What is wrong with the file's SQLite header, in plain words; '' when it looks right."""
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return f"the file is only {size} bytes long"
    if not header.startswith(MAGIC):
        if header.startswith(MAGIC[:6]):
            return "the file header is garbled"
        return "it is not a SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the file header is garbled (page size)"
    if _has_wal(path):  # a checkpoint cut short: SQLite completes it from the WAL
        return ""
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[92:96] == header[24:28]
    if header_valid and size < pages * page_size:
        return f"the file is truncated ({size} of {pages * page_size} bytes)"
    if size % page_size:
        return f"the file is truncated ({size} bytes is not a whole number of pages)"
    return ""


def _primary_code(error: sqlite3.Error) -> int:
    code = getattr(error, "sqlite_errorcode", None)
    return int(code) & 0xFF if code is not None else -1


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _read_schema(path: Path, thorough: bool) -> tuple[int, set[str], str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        checked = "ok"
        if thorough:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            checked = "; ".join(rows)
        return version, names, checked
    finally:
        conn.close()


def diagnose(paths: DataPaths, thorough: bool = False) -> Diagnosis:
    """The health of the catalogue and the user's file of `paths`."""
    return Diagnosis(
        inspect_file(
            paths.catalogue, latest_version(CATALOGUE_MIGRATIONS), CATALOGUE_TABLES, thorough
        ),
        inspect_file(
            paths.userdata, latest_version(USERDATA_MIGRATIONS), USERDATA_TABLES, thorough
        ),
    )


def raise_if_damaged(paths: DataPaths) -> None:
    """Raise the typed error that says what is wrong (the catalogue first); None when healthy."""
    error = first_problem(diagnose(paths), paths)
    if error is not None:
        raise error


def first_problem(diagnosis: Diagnosis, paths: DataPaths) -> DaleelError | None:
    catalogue, userdata = diagnosis.catalogue, diagnosis.userdata
    if catalogue.state is FileState.DAMAGED:
        return CatalogueDamagedError(path=str(paths.catalogue), detail=catalogue.detail)
    if catalogue.state is FileState.TOO_NEW:
        return CatalogueTooNewError(
            path=str(paths.catalogue), found=catalogue.found_version, known=catalogue.known_version
        )
    if userdata.state is FileState.DAMAGED:
        return UserDataDamagedError(path=str(paths.userdata), detail=userdata.detail)
    if userdata.state is FileState.TOO_NEW:
        return SchemaTooNewError(
            path=str(paths.userdata), found=userdata.found_version, known=userdata.known_version
        )
    return None


# --- a full disk -------------------------------------------------------------------------------


def is_disk_full(error: BaseException) -> bool:
    """Whether `error` (sqlite3, SQLAlchemy or OS) says the disk or the database is full."""
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
        return True
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "database or disk is full" in str(cause)
    return False


def raise_if_disk_full(error: BaseException, path: Path) -> None:
    """Raise the typed DiskFullError in place of a low-level one that means a full disk."""
    if is_disk_full(error):
        raise DiskFullError(path=str(path)) from error


# --- moving a file aside -----------------------------------------------------------------------


def move_aside(path: Path, stamp: str | None = None) -> Path:
    """Rename `path` (and its -wal/-shm) to `<stem>.damaged-<UTC time><suffix>`; never deletes."""
    stamp = stamp or datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + side))
    log.info("moved the damaged %s aside to %s", path, target)
    return target


# --- the catalogue -----------------------------------------------------------------------------


def backup_candidates(paths: DataPaths) -> list[Path]:
    """Catalogue copies in backups/, newest first: import backups, then migration backups."""
    found = [b.path for b in backups.list_backups(paths)]
    if paths.backups.is_dir():
        schema = sorted(paths.backups.glob("resources-schema*.db"), reverse=True)
        found += [p for p in schema if p not in found]
    return found


def newest_healthy_backup(paths: DataPaths) -> Path | None:
    known = latest_version(CATALOGUE_MIGRATIONS)
    for candidate in backup_candidates(paths):
        health = inspect_file(candidate, known, CATALOGUE_TABLES, thorough=True)
        if health.state is FileState.OK:
            return candidate
        log.warning("backup %s not usable: %s %s", candidate, health.state, health.detail)
    return None


def restore_newest_backup(paths: DataPaths) -> Path:
    """Replace the (damaged) catalogue by the newest healthy backup; returns the backup used."""
    backup = newest_healthy_backup(paths)
    if backup is None:
        raise NoBackupError(path=str(paths.backups))
    _replace_catalogue(paths, lambda part: backups.copy_database(backup, part))
    log.info("restored the catalogue from %s", backup)
    return backup


def reset_catalogue(paths: DataPaths, shipped: Path) -> None:
    """Replace the catalogue by a fresh copy of the shipped one (the user's file is untouched)."""
    _replace_catalogue(paths, lambda part: shutil.copyfile(shipped, part))
    log.info("reset the catalogue to the shipped copy %s", shipped)


def _replace_catalogue(paths: DataPaths, write: Any) -> None:
    part = paths.catalogue.with_name(paths.catalogue.name + ".part")
    part.unlink(missing_ok=True)
    write(part)
    if paths.catalogue.exists():
        move_aside(paths.catalogue)
    os.replace(part, paths.catalogue)


# --- the user's file ---------------------------------------------------------------------------


def rescue_userdata(paths: DataPaths) -> RescueReport:
    """Move the damaged user file aside and export what can be read from it to JSON beside it.

    The next `open_store` creates a fresh, empty user file; `merge_rescued` brings the export
    back into it.
    """
    moved = move_aside(paths.userdata)
    data, unreadable = read_what_can_be_read(moved)
    exported = moved.with_suffix(".json")
    partial = exported.with_name(exported.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, exported)
    rows = sum(len(v) for v in data.values() if isinstance(v, list))
    log.info("rescued %s rows from %s into %s", rows, moved, exported)
    return RescueReport(str(moved), str(exported), rows, tuple(unreadable))


def read_what_can_be_read(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The file's rows in the export format; tables (or their tails) that fail are skipped."""
    from desktop.storage.userdata_exchange import _TABLES, _collections

    data: dict[str, Any] = {
        "format": EXCHANGE_FORMAT,
        "version": EXCHANGE_VERSION,
        "exported_at": now_iso(),
    }
    unreadable: list[str] = []
    with _read_only(path) as conn:
        for name, sql in _TABLES.items():
            data[name] = _rows(conn, sql, name, unreadable)
        try:
            data["collections"] = _collections(conn) if conn is not None else []
        except (DBAPIError, sqlite3.Error):
            data["collections"] = []
            unreadable.append("collections")
    for item in data["local_priorities"]:
        item["archived"] = bool(item["archived"])
    for item in data["tracker_entries"]:
        item["snapshot"] = _snapshot(item.get("snapshot"))
    return data, unreadable


def _rows(conn: Connection | None, sql: str, name: str, unreadable: list[str]) -> list[Any]:
    rows: list[Any] = []
    if conn is None:
        unreadable.append(name)
        return rows
    try:
        result = conn.exec_driver_sql(sql)
        keys = list(result.keys())
        while (row := result.fetchone()) is not None:
            rows.append(dict(zip(keys, row, strict=True)))
    except (DBAPIError, sqlite3.Error) as error:
        log.warning("rescue: %s unreadable after %s rows: %s", name, len(rows), error)
        unreadable.append(name)
    return rows


def _snapshot(text: Any) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


@contextmanager
def _read_only(path: Path) -> Iterator[Connection | None]:
    """A connection with `path` attached read-only as `ud`, or None when it cannot be opened."""

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", isolation_level=None, uri=True)
        conn.execute("ATTACH DATABASE ? AS ud", (f"file:{path}?mode=ro",))
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
    try:
        conn: Connection | None = engine.connect()
    except (DBAPIError, sqlite3.Error) as error:
        log.warning("rescue: %s cannot be opened: %s", path, error)
        conn = None
    try:
        yield conn
    finally:
        if conn is not None:
            conn.close()
        engine.dispose()


def merge_rescued(store: Store, report: RescueReport) -> RescueReport:
    """Merge a rescue export into the (fresh) user file; the export file is kept."""
    from desktop.storage.userdata_db import open_userdata
    from desktop.storage.userdata_exchange import import_file

    userdata = open_userdata(store.paths)
    try:
        import_file(userdata, store, Path(report.exported_to))
    except DaleelError as error:
        log.warning("rescue export %s not merged: %s", report.exported_to, error)
        return report
    finally:
        userdata.close()
    return replace(report, merged=True)


# --- start-up ----------------------------------------------------------------------------------


def remove_leftovers(paths: DataPaths) -> int:
    """Delete what an import killed half-way leaves behind; returns how many were removed.

    Only Daleel's own temporary files: `.daleel-import-*` folders (an extracted bundle) and
    `files/**/.<sha256>.part` (an attachment copy cut short) and `resources.db.part`. Call it
    only while holding the data folder's lock, so that no import is running.
    """
    removed = 0
    if not paths.root.is_dir():
        return 0
    for work in paths.root.glob(".daleel-import-*"):
        shutil.rmtree(work, ignore_errors=True)
        removed += 1
    parts = list(paths.files.glob("*/.*.part")) if paths.files.is_dir() else []
    for part in [*parts, paths.catalogue.with_name(paths.catalogue.name + ".part")]:
        if part.is_file():
            part.unlink()
            removed += 1
    if removed:
        log.info("removed %s leftovers of an interrupted import", removed)
    return removed


Ask = Callable[[DaleelError, bool], Choice]
ATTEMPTS = 4


def open_with_recovery(
    paths: DataPaths, shipped: Path, ask: Ask | None = None
) -> tuple[Store, list[RescueReport]]:
    """Open the data folder, repairing what is damaged on the way.

    A damaged user file is rescued without asking (it is only moved and read, never deleted)
    and merged back into a fresh one. For a damaged or too-new catalogue `ask(error,
    has_backup)` chooses: restore the newest backup, reset to the shipped catalogue, or quit
    (the error is raised again). Without `ask` (no screen, a script) nothing is chosen.
    """
    from desktop.storage.store import open_store  # late: store imports this module

    remove_leftovers(paths)
    rescued: list[RescueReport] = []
    for attempt in range(ATTEMPTS):
        try:
            store = open_store(paths, shipped)
            break
        except UserDataDamagedError:
            if attempt == ATTEMPTS - 1:
                raise
            rescued.append(rescue_userdata(paths))
        except (CatalogueDamagedError, CatalogueTooNewError) as error:
            has_backup = newest_healthy_backup(paths) is not None
            choice = ask(error, has_backup) if ask and attempt < ATTEMPTS - 1 else Choice.QUIT
            if choice is Choice.QUIT:
                raise
            if choice is Choice.RESTORE:
                restore_newest_backup(paths)
            else:
                reset_catalogue(paths, shipped)
    return store, [merge_rescued(store, report) for report in rescued]
