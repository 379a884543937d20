"""Power cuts: an import and a note being saved, killed with SIGKILL at many moments.

Each kill runs in its own forked process (tests/reliability/crash_child.py) on a fresh copy of
one data folder. Afterwards both files pass `PRAGMA integrity_check` and the FTS integrity
check; the catalogue is exactly the old version or exactly the new one (resources, titles,
version, import history — never a mix); `userdata.db` is byte-identical after an import; a note
holds either the last saved text or the one being saved; and Daleel opens the folder again.
The kill points and what was found are written to tests/reliability/figures (docs/security.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.text import index_text
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import recovery
from desktop.storage.bundle_import import import_bundle
from desktop.storage.store import open_store
from tests.fixtures.bundles import kit
from tests.reliability.conftest import BOOKMARKS, NOTES, build_v2
from tests.reliability.crash_child import note_text

ROOT = Path(__file__).resolve().parents[2]
NOTE_UID = f"note-{BOOKMARKS[0]}"
NOTE_SAVES = 30
COMMIT_DELAYS_US = (0, 100, 1000, 5000, 20000, 80000)
SQL_POINTS = 18
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (Linux, macOS)")


class Child:
    """The long-lived child that forks one process per job."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def run(self, *words: object) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(" ".join(str(w) for w in words) + "\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self.process.stdout.readline())
        assert "error" not in answer["report"], answer
        return answer

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def child() -> Iterator[Child]:
    running = Child()
    yield running
    running.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A template data folder, the v2 bundle, and the catalogue's state before and after."""
    base = tmp_path_factory.mktemp("crash")
    pair = kit.keypair(base / "keys")
    template = kit.first_run(base / "template", pair)
    kit.add_user_marks(template, BOOKMARKS, NOTES)
    _settle(template)
    bundle = build_v2(base, pair)
    after = _copy(template, base / "after")
    store = open_store(after, shipped_catalogue())
    import_bundle(store, bundle)
    store.close()
    return {
        "template": template,
        "bundle": bundle,
        "old": catalogue_state(template),
        "new": catalogue_state(after),
        "userdata": _sha(template.userdata),
        "catalogue": _sha(template.catalogue),
    }


def _settle(paths: DataPaths) -> None:
    """Checkpoint both files, so that their bytes are all in the main files."""
    for path in (paths.catalogue, paths.userdata):
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


def _copy(template: DataPaths, target: Path) -> DataPaths:
    shutil.copytree(template.root, target)
    return DataPaths(target)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def catalogue_state(paths: DataPaths) -> tuple[Any, ...]:
    conn = sqlite3.connect(paths.catalogue)
    try:
        version = conn.execute("SELECT value FROM catalogue_info WHERE key = 'version'").fetchone()
        rows = frozenset(conn.execute("SELECT uid, title, withdrawn_in FROM resources"))
        history = conn.execute("SELECT count(*) FROM import_history").fetchone()[0]
        return (version[0] if version else None, rows, history)
    finally:
        conn.close()


def integrity(path: Path, fts: str) -> list[str]:
    """integrity_check plus the FTS table's own check; [] when both are fine."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        try:
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"{fts}: {error}")
        return problems
    finally:
        conn.close()


def spread(total: int, count: int) -> list[int]:
    """`count` points from 1 to `total`, evenly spread."""
    if total <= count:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (count - 1)) for i in range(count)})


def _record(name: str, figures: dict[str, Any]) -> None:
    folder = ROOT / "tests" / "reliability" / "figures"
    if os.environ.get("DALEEL_WRITE_FIGURES"):
        folder.mkdir(exist_ok=True)
        (folder / f"{name}.json").write_text(json.dumps(figures, indent=1) + "\n")


# --- the import ----------------------------------------------------------------------------


def import_kill_points(child: Child, world: dict[str, Any], tmp_path: Path) -> list[str]:
    probe = _copy(world["template"], tmp_path / "probe")
    report = child.run("import", probe.root, world["bundle"], "none")["report"]
    assert report["applied"] == 1 and catalogue_state(probe) == world["new"]
    last_commit = report["commits"][-1]
    sql = set(spread(report["statements"], SQL_POINTS)) | {last_commit - 1, last_commit}
    sql.add(last_commit + 1)
    points = [f"stage:{n}" for n in range(1, report["steps"] + 1)]
    points += [f"sql:{n}" for n in sorted(sql) if n <= report["statements"]]
    return points + [f"commit:{len(report['commits'])}:{us}" for us in COMMIT_DELAYS_US]


def test_an_import_killed_at_any_moment_leaves_old_or_new_never_a_mix(
    child: Child, world: dict[str, Any], tmp_path: Path
) -> None:
    points = import_kill_points(child, world, tmp_path)
    assert len(points) >= 20
    outcome: dict[str, str] = {}
    for number, point in enumerate(points):
        case = _copy(world["template"], tmp_path / f"kill-{number}")
        answer = child.run("import", case.root, world["bundle"], point)
        assert answer["killed"] or point.startswith("commit:"), (point, answer)
        assert integrity(case.catalogue, "resource_fts") == [], point
        assert integrity(case.userdata, "notes_fts") == [], point
        state = catalogue_state(case)
        assert state in (world["old"], world["new"]), f"a mixed catalogue after {point}"
        assert _sha(case.userdata) == world["userdata"], f"user data changed by {point}"
        assert kit.user_rows(case)[1] == kit.user_rows(world["template"])[1]
        outcome[point] = "new" if state == world["new"] else "old"
        recovery.remove_leftovers(case)
        assert not list(case.root.glob(".daleel-import-*")) and not list(case.files.rglob("*.part"))
        if state == world["old"]:
            _import_again(case, world)
    assert "old" in outcome.values() and "new" in outcome.values()
    _record("import-kills", {"kill_points": len(points), "outcome": outcome, "lost": 0})


def _import_again(case: DataPaths, world: dict[str, Any]) -> None:
    """Daleel starts on the folder, and the interrupted import can simply be run again."""
    store = open_store(case, shipped_catalogue())
    try:
        import_bundle(store, world["bundle"])
    finally:
        store.close()
    assert catalogue_state(case)[:2] == world["new"][:2]


# --- a note being saved ----------------------------------------------------------------------


def _note(paths: DataPaths) -> tuple[str, list[Any]]:
    conn = sqlite3.connect(paths.userdata)
    try:
        note_id, body = conn.execute(
            "SELECT id, body FROM notes WHERE note_uid = ?", (NOTE_UID,)
        ).fetchone()
        fts = conn.execute("SELECT body FROM notes_fts WHERE rowid = ?", (note_id,)).fetchall()
        return body, fts
    finally:
        conn.close()


def test_a_note_save_killed_at_any_moment_keeps_the_old_or_the_new_text(
    child: Child, world: dict[str, Any], tmp_path: Path
) -> None:
    probe = _copy(world["template"], tmp_path / "probe")
    report = child.run("notes", probe.root, NOTE_UID, NOTE_SAVES, "none")["report"]
    assert _note(probe)[0] == note_text(NOTE_SAVES)
    points = [f"sql:{n}" for n in spread(report["statements"], 16)]
    middle = len(report["commits"]) // 2
    points += [f"commit:{middle}:{us}" for us in COMMIT_DELAYS_US]
    outcome: dict[str, int] = {}
    for number, point in enumerate(points):
        case = _copy(world["template"], tmp_path / f"note-{number}")
        answer = child.run("notes", case.root, NOTE_UID, NOTE_SAVES, point)
        assert answer["killed"] or point.startswith("commit:"), (point, answer)
        log = (case.root / "saved.log").read_text().split() if answer["killed"] else []
        saved = int(log[-1]) if log else 0
        old = note_text(saved) if saved else NOTES[BOOKMARKS[0]]
        body, fts = _note(case)
        if answer["killed"]:
            assert body in (old, note_text(saved + 1)), f"half-saved note after {point}"
        assert fts == [(index_text(body)[0],)], f"search index out of step after {point}"
        assert integrity(case.userdata, "notes_fts") == [], point
        assert _sha(case.catalogue) == world["catalogue"], point
        outcome[point] = saved
    assert len(points) >= 20
    _record("note-kills", {"kill_points": len(points), "saved_before_kill": outcome, "lost": 0})
