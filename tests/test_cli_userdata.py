"""`userdata export / import / notes-markdown`, run as a user runs them: real processes."""

import json
from pathlib import Path

from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import userdata_notes as notes
from desktop.storage import userdata_repo as ud
from desktop.storage.store import open_store
from desktop.storage.userdata_db import open_userdata
from tests.fixtures.cli import run_cli

PAKISTAN = "calp-2021-sp-covid-pakistan"


def seed_user_data(root: Path) -> None:
    paths = DataPaths(root)
    store = open_store(paths, shipped_catalogue())
    userdata = open_userdata(paths)
    with userdata.write() as conn:
        ud.set_bookmarked(conn, PAKISTAN, True)
        notes.add_note(conn, PAKISTAN, "ملاحظة: Pakistan brief")
    userdata.close()
    store.close()


def test_export_import_and_markdown_from_the_command_line(tmp_path: Path) -> None:
    seed_user_data(tmp_path / "a")
    exported = tmp_path / "mine.json"
    assert run_cli("userdata", "export", str(exported), data=tmp_path / "a").returncode == 0
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == "daleel-userdata" and data["version"] == 1
    assert [b["uid"] for b in data["bookmarks"]] == [PAKISTAN]
    first = run_cli("userdata", "import", str(exported), "--json", data=tmp_path / "b")
    assert json.loads(first.stdout)["added"] == 2
    second = run_cli("userdata", "import", str(exported), "--json", data=tmp_path / "b")
    report = json.loads(second.stdout)
    assert (report["added"], report["updated"], report["conflicts"]) == (0, 0, 0)
    markdown = tmp_path / "notes.md"
    assert run_cli("userdata", "notes-markdown", str(markdown), data=tmp_path / "b").returncode == 0
    assert "ملاحظة: Pakistan brief" in markdown.read_text("utf-8")


def test_a_newer_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "newer.json"
    bad.write_text('{"format": "daleel-userdata", "version": 9}', encoding="utf-8")
    result = run_cli("userdata", "import", str(bad), data=tmp_path / "data")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "newer" in result.stderr and len(result.stderr.strip().splitlines()) == 1
