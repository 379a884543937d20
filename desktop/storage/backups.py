"""Catalogue backups: one before every import, the last three kept, and restoring one.

Backups are SQLite online-backup copies of `resources.db` in the data folder's `backups/`,
named `resources-v<version>-<UTC time>.db`. The user's own file is never part of them: a
restore brings back the previous catalogue and leaves notes and bookmarks as they are.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.bundles import BackupMissingError
from desktop.paths import DataPaths

KEEP = 3
_NAME = re.compile(r"^resources-v(\d+)-(\d{8}T\d{6}\d{6})\.db$")


@dataclass(frozen=True)
class CatalogueBackup:
    path: Path
    version: int
    created: datetime


def backup_catalogue(paths: DataPaths, version: int, keep: int = KEEP) -> Path:
    """Copy the catalogue into backups/ (online backup, consistent) and prune old copies."""
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = paths.backups / f"resources-v{version}-{stamp}.db"
    try:
        copy_database(paths.catalogue, target)
    except (sqlite3.Error, OSError) as error:  # never leave a half-written backup behind
        target.unlink(missing_ok=True)
        from desktop.storage.recovery import raise_if_disk_full

        raise_if_disk_full(error, paths.backups)
        raise
    for old in list_backups(paths)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(paths: DataPaths) -> list[CatalogueBackup]:
    """Import backups, newest first."""
    found = []
    if paths.backups.is_dir():
        for path in paths.backups.iterdir():
            match = _NAME.match(path.name)
            if match:
                created = datetime.strptime(match[2], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
                found.append(CatalogueBackup(path, int(match[1]), created))
    return sorted(found, key=lambda b: b.created, reverse=True)


def restore_backup(paths: DataPaths, backup: Path) -> Path:
    """Bring back `backup` as the catalogue (the current one is backed up first).

    The copy goes through SQLite's backup API into the live file, so connections that are
    open see the restored catalogue at their next transaction.
    """
    if not backup.is_file() or not _is_catalogue(backup):
        raise BackupMissingError(path=str(backup))
    version = _version_of(paths.catalogue)
    safety = backup_catalogue(paths, version, keep=KEEP + 1)
    copy_database(backup, paths.catalogue)
    return safety


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database `source` into `target` page by page (SQLite's backup API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _is_catalogue(path: Path) -> bool:
    try:
        return _version_of(path) >= 0
    except sqlite3.DatabaseError:
        return False


def _version_of(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM catalogue_info WHERE key = 'version'").fetchone()
    finally:
        conn.close()
    return int(row[0]) if row else 0
