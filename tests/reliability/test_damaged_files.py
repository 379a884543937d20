"""Damaged files at start: detected, named, and repaired without losing the user's data.

Four kinds of damage to the catalogue (truncated, garbage header, not SQLite, a schema from a
newer Daleel, plus an empty file); restore of the newest healthy backup or reset to the
shipped catalogue; a damaged user file moved aside, read out to JSON and merged back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.errors import DaleelError
from desktop.domain.recovery import (
    CatalogueDamagedError,
    CatalogueTooNewError,
    Choice,
    FileState,
    NoBackupError,
    UserDataDamagedError,
)
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import backups, recovery
from desktop.storage.store import open_store
from desktop.storage.userdata_exchange import read_export
from tests.fixtures.bundles import kit
from tests.reliability.conftest import BOOKMARKS, NOTES


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"SQLite formXt 3\x00"
    path.write_bytes(bytes(data))


def _not_sqlite(path: Path) -> None:
    path.write_text("these are my shopping notes, not a database\n" * 40)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _page_size_garbage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")
    path.write_bytes(bytes(data))


def _from_the_future(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "garbage header": _garbage_header,
    "not SQLite": _not_sqlite,
    "empty file": _empty,
    "garbage page size": _page_size_garbage,
}


def damage(paths: DataPaths, kind: Callable[[Path], None], target: Path | None = None) -> None:
    target = target or paths.catalogue
    for side in ("-wal", "-shm"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    kind(target)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", DAMAGE, ids=list(DAMAGE))
def test_damaged_catalogue_is_detected_at_start_and_named(folder: DataPaths, kind: str) -> None:
    user_before = sha(folder.userdata)
    damage(folder, DAMAGE[kind])
    with pytest.raises(CatalogueDamagedError) as caught:
        open_store(folder, shipped_catalogue())
    message = str(caught.value)
    assert str(folder.catalogue) in message and "Your notes and bookmarks are safe" in message
    assert recovery.diagnose(folder).catalogue.state is FileState.DAMAGED
    assert sha(folder.userdata) == user_before


def test_schema_from_the_future_is_detected(folder: DataPaths) -> None:
    damage(folder, _from_the_future)
    with pytest.raises(CatalogueTooNewError) as caught:
        open_store(folder, shipped_catalogue())
    assert "schema 99" in str(caught.value)


@pytest.mark.parametrize("kind", DAMAGE, ids=list(DAMAGE))
def test_command_line_reports_damage_in_one_line(
    folder: DataPaths, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(folder, DAMAGE[kind])
    assert cli.main(["--data-dir", str(folder.root), "stats"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is damaged" in err[0] and "Traceback" not in err[0]
    assert cli.main(["--data-dir", str(folder.root), "check"]) == 1
    captured = capsys.readouterr()
    assert "catalogue damaged" in captured.err and "recover" in captured.out


def test_check_says_ok_on_a_healthy_folder(
    folder: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(folder.root), "check"]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def _resources(paths: DataPaths) -> int:
    store = open_store(paths, shipped_catalogue())
    try:
        with store.read() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM resources").scalar_one())
    finally:
        store.close()


@pytest.mark.parametrize("kind", [*DAMAGE, "future"])
def test_restore_the_newest_backup(folder: DataPaths, kind: str) -> None:
    backups.backup_catalogue(folder, 1)
    user_before = kit.user_rows(folder)
    count = _resources(folder)
    damage(folder, DAMAGE.get(kind, _from_the_future))
    used = recovery.restore_newest_backup(folder)
    assert used.parent == folder.backups
    assert _resources(folder) == count
    assert kit.user_rows(folder) == user_before
    assert list(folder.root.glob("resources.damaged-*.db")), "the damaged file is kept aside"


def test_a_damaged_backup_is_skipped_for_an_older_healthy_one(folder: DataPaths) -> None:
    older = backups.backup_catalogue(folder, 1)
    newer = backups.backup_catalogue(folder, 1)
    _garbage_header(newer)
    damage(folder, _truncate)
    assert recovery.restore_newest_backup(folder) == older


def test_no_backup_at_all_says_so(folder: DataPaths) -> None:
    damage(folder, _not_sqlite)
    with pytest.raises(NoBackupError) as caught:
        recovery.restore_newest_backup(folder)
    assert "Reset to the shipped catalogue" in str(caught.value)


def test_reset_to_the_shipped_catalogue_keeps_user_data(folder: DataPaths) -> None:
    user_before = kit.user_rows(folder)
    damage(folder, _garbage_header)
    recovery.reset_catalogue(folder, shipped_catalogue())
    assert _resources(folder) == 13
    assert kit.user_rows(folder) == user_before


def test_start_up_flow_asks_and_repairs(folder: DataPaths) -> None:
    backups.backup_catalogue(folder, 1)
    damage(folder, _truncate)
    asked: list[tuple[type, bool]] = []

    def ask(error: DaleelError, has_backup: bool) -> Choice:
        asked.append((type(error), has_backup))
        return Choice.RESTORE

    store, rescued = recovery.open_with_recovery(folder, shipped_catalogue(), ask)
    store.close()
    assert asked == [(CatalogueDamagedError, True)] and rescued == []


def test_start_up_flow_without_a_screen_only_reports(folder: DataPaths) -> None:
    damage(folder, _truncate)
    with pytest.raises(CatalogueDamagedError):
        recovery.open_with_recovery(folder, shipped_catalogue(), None)


def test_quit_leaves_everything_as_it_was(folder: DataPaths) -> None:
    damage(folder, _garbage_header)
    before = (sha(folder.catalogue), sha(folder.userdata))
    with pytest.raises(CatalogueDamagedError):
        recovery.open_with_recovery(folder, shipped_catalogue(), lambda _e, _b: Choice.QUIT)
    assert (sha(folder.catalogue), sha(folder.userdata)) == before


# --- the user's file -----------------------------------------------------------------------


def _checkpoint(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.userdata)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _trailing_garbage(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(b"\x00garbage from a bad USB copy")


@pytest.mark.parametrize(
    ("kind", "readable"),
    [(_trailing_garbage, True), (_garbage_header, False), (_not_sqlite, False)],
    ids=["trailing garbage", "garbage header", "not SQLite"],
)
def test_damaged_user_file_is_moved_aside_read_out_and_merged(
    folder: DataPaths, kind: Callable[[Path], None], readable: bool
) -> None:
    _checkpoint(folder)
    damage(folder, kind, folder.userdata)
    damaged_bytes = folder.userdata.read_bytes()
    with pytest.raises(UserDataDamagedError):
        open_store(folder, shipped_catalogue())
    store, rescued = recovery.open_with_recovery(folder, shipped_catalogue(), None)
    store.close()
    [report] = rescued
    assert Path(report.moved_to).read_bytes() == damaged_bytes, "never deleted, never changed"
    exported = read_export(Path(report.exported_to))  # a valid user-data export file
    assert Path(report.exported_to).parent == folder.root
    bookmarks, notes = kit.user_rows(folder)
    if readable:
        assert {n.body for n in exported.notes} == set(NOTES.values())
        assert report.merged
        assert sorted(uid for uid, _ in bookmarks) == sorted(BOOKMARKS)
        assert {body for _, _, body in notes} == set(NOTES.values())
    else:
        assert report.rows == 0 and bookmarks == [] and notes == []
    assert recovery.diagnose(folder).userdata.state is FileState.OK


def test_rescue_from_the_command_line(
    folder: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _checkpoint(folder)
    damage(folder, _trailing_garbage, folder.userdata)
    assert cli.main(["--data-dir", str(folder.root), "stats"]) == 2
    assert "user data file" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(folder.root), "recover", "rescue-userdata"]) == 0
    out = capsys.readouterr().out
    assert "merged them into a fresh user file" in out
    saved = json.loads(next(folder.root.glob("userdata.damaged-*.json")).read_text("utf-8"))
    assert len(saved["notes"]) == len(NOTES)
    assert sorted(uid for uid, _ in kit.user_rows(folder)[0]) == sorted(BOOKMARKS)


def test_recover_commands_from_the_command_line(
    folder: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backups.backup_catalogue(folder, 1)
    damage(folder, _truncate)
    assert cli.main(["--data-dir", str(folder.root), "recover", "restore-backup"]) == 0
    assert cli.main(["--data-dir", str(folder.root), "stats"]) == 0
    damage(folder, _not_sqlite)
    assert cli.main(["--data-dir", str(folder.root), "recover", "reset-catalogue"]) == 0
    assert cli.main(["--data-dir", str(folder.root), "check"]) == 0
    assert "13 resources" in capsys.readouterr().out


def test_check_says_what_is_wrong_in_arabic(
    folder: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(folder, _truncate)
    assert cli.main(["--lang", "ar", "--data-dir", str(folder.root), "check"]) == 1
    captured = capsys.readouterr()
    assert "الفهرس تالف" in captured.err and "للإصلاح" in captured.out
    assert cli.main(["--lang", "ar", "--data-dir", str(folder.root), "stats"]) == 2
    assert "تالف" in capsys.readouterr().err


def test_the_window_start_says_so_in_one_line(folder: DataPaths) -> None:
    """Without a screen nothing is chosen for the user: one line, exit 2, nothing touched."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    damage(folder, _garbage_header)
    before = (sha(folder.catalogue), sha(folder.userdata))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), "--data-dir", str(folder.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "is damaged" in lines[0] and "Traceback" not in done.stderr
    assert (sha(folder.catalogue), sha(folder.userdata)) == before
