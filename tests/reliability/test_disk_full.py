"""A full disk during an import and during a note save: a typed message, a rollback, nothing
half-written.

Two ways to fill the disk: `PRAGMA max_page_count` on the connection (always), and a real,
tiny tmpfs file system (when the tests run as root and may mount; skipped otherwise), sized so
that the import runs out of space at each of its writing steps in turn: the extraction, the
backup, the transaction, the commit.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from desktop.domain.recovery import DiskFullError
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage.bundle_import import import_bundle
from desktop.storage.store import open_store
from desktop.storage.userdata_db import open_userdata
from desktop.storage.userdata_notes import save_note
from desktop.translation import cli_translator
from tests.fixtures.bundles import kit
from tests.reliability.conftest import BOOKMARKS, NOTES
from tests.reliability.test_crash_safety import catalogue_state, integrity

NOTE_UID = f"note-{BOOKMARKS[0]}"
BIG_NOTE = "ملاحظة طويلة عن برامج التحويلات النقدية في الميدان. " * 4000  # ~400 KB


def _limit_pages(engine: Engine, schema: str, extra: int) -> None:
    """Every new connection of `engine` may grow `schema` by `extra` pages only."""
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA {schema}.max_page_count = {pages + extra}")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clear(error: DiskFullError) -> None:
    for translate in (None, cli_translator("ar")):
        text = error.message(translate) if translate else error.message()
        assert "{" not in text and text.strip()
    assert "full" in error.message() and "Nothing was changed" in error.message()


@pytest.mark.parametrize("extra_pages", [0, 1])
def test_import_on_a_full_database_is_rolled_back(
    folder: DataPaths, v2_bundle: Path, extra_pages: int
) -> None:
    old = catalogue_state(folder)
    user = _sha(folder.userdata)
    store = open_store(folder, shipped_catalogue())
    _limit_pages(store.write_engine, "main", extra_pages)  # imports write here
    try:
        with pytest.raises(DiskFullError) as caught:
            import_bundle(store, v2_bundle)
    finally:
        store.close()
    _clear(caught.value)
    assert catalogue_state(folder) == old and _sha(folder.userdata) == user
    assert integrity(folder.catalogue, "resource_fts") == []
    store = open_store(folder, shipped_catalogue())  # space again: the same import works
    try:
        assert import_bundle(store, v2_bundle).applied
    finally:
        store.close()


def test_note_save_on_a_full_database_keeps_the_old_text(folder: DataPaths) -> None:
    userdata = open_userdata(folder)
    _limit_pages(userdata.engine, "ud", 1)
    try:
        with pytest.raises(DiskFullError) as caught, userdata.write() as conn:
            save_note(conn, NOTE_UID, BIG_NOTE)
    finally:
        userdata.close()
    _clear(caught.value)
    assert dict((u, b) for _, u, b in kit.user_rows(folder)[1]) == NOTES
    assert integrity(folder.userdata, "notes_fts") == []


# --- a real, tiny file system ----------------------------------------------------------------


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Any]:
    if not _can_mount():
        pytest.skip("mounting a tmpfs needs root; max_page_count tests cover the rest")
    mounts: list[Path] = []

    def mount(size: int) -> Path:
        point = tmp_path / f"disk{len(mounts)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
        mounts.append(point)
        return point

    yield mount
    for point in mounts:
        subprocess.run(["umount", str(point)], check=False)


def _size(paths: DataPaths) -> int:
    return sum(f.stat().st_size for f in paths.root.rglob("*") if f.is_file())


# Free space left after copying the data folder: runs out while extracting (0), while taking
# the backup (~120 KB), inside the transaction and at the commit (~300-400 KB).
FREE_SPACE = [0, 60_000, 120_000, 200_000, 300_000, 350_000, 400_000]


@pytest.mark.parametrize("free", FREE_SPACE)
def test_import_on_a_full_disk(
    folder: DataPaths, v2_bundle: Path, tiny_disk: Any, free: int
) -> None:
    for path in (folder.catalogue, folder.userdata):  # everything in the main files
        sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    disk = tiny_disk(_size(folder) + free)
    shutil.copytree(folder.root, disk / "data")
    data = DataPaths(disk / "data")
    old, user = catalogue_state(folder), _sha(folder.userdata)
    with pytest.raises(DiskFullError) as caught:
        store = open_store(data, shipped_catalogue())
        try:
            import_bundle(store, v2_bundle)
        finally:
            store.close()
    _clear(caught.value)
    assert not list(data.root.glob(".daleel-import-*")), "extracted files left behind"
    freed = DataPaths(folder.root.parent / "freed")  # the same folder on a disk with room
    shutil.copytree(data.root, freed.root)
    assert catalogue_state(freed) == old and _sha(freed.userdata) == user
    for backup in freed.backups.glob("*.db") if freed.backups.exists() else []:
        assert integrity(backup, "resource_fts") == [], "a half-written backup was kept"
    assert integrity(freed.catalogue, "resource_fts") == []
    store = open_store(freed, shipped_catalogue())
    try:
        assert import_bundle(store, v2_bundle).applied
    finally:
        store.close()


def test_note_save_on_a_full_disk(folder: DataPaths, tiny_disk: Any) -> None:
    disk = tiny_disk(_size(folder) + 400_000)
    shutil.copytree(folder.root, disk / "data")
    data = DataPaths(disk / "data")
    userdata = open_userdata(data)
    try:
        with pytest.raises(DiskFullError) as caught, userdata.write() as conn:
            save_note(conn, NOTE_UID, BIG_NOTE * 2)
    finally:
        userdata.close()
    _clear(caught.value)
    freed = DataPaths(folder.root.parent / "freed")
    shutil.copytree(data.root, freed.root)
    assert dict((u, b) for _, u, b in kit.user_rows(freed)[1]) == NOTES
    assert integrity(freed.userdata, "notes_fts") == []


@pytest.mark.parametrize("free", [0, 60_000])
def test_a_full_disk_at_start_is_not_mistaken_for_damage(
    folder: DataPaths, tiny_disk: Any, free: int
) -> None:
    """SQLite cannot even create its -shm file: say the disk is full, rescue nothing."""
    from desktop.storage.recovery import open_with_recovery

    disk = tiny_disk(_size(folder) + free)
    shutil.copytree(folder.root, disk / "data")
    data = DataPaths(disk / "data")
    user = _sha(data.userdata)
    with pytest.raises(DiskFullError):
        open_with_recovery(data, shipped_catalogue(), lambda _e, _b: pytest.fail("asked"))
    assert _sha(data.userdata) == user and not list(data.root.glob("*.damaged-*"))
