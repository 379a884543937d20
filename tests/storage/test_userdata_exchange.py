"""Export, merge-import and Markdown of user data; bad files; a replaced catalogue."""

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.filters import ResourceFilter
from desktop.domain.userdata import (
    CorruptUserDataFileError,
    ImportReport,
    NewerUserDataFileError,
    OtherKindOfFileError,
    TrackerStatus,
    UserDataFileError,
)
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import resources_repo as repo
from desktop.storage import tracker_repo as tracker
from desktop.storage import userdata_notes as notes
from desktop.storage import userdata_repo as ud
from desktop.storage.search import search_ids
from desktop.storage.store import open_store
from desktop.storage.userdata_db import open_userdata
from desktop.storage.userdata_exchange import export_data, export_file, import_file, notes_markdown

PAKISTAN = "calp-2021-sp-covid-pakistan"
ETHIOPIA = "calp-2021-sp-covid-ethiopia-brief"
PRIORITY = "sp-2021-overview-paper"


class Folder:
    """A data folder with its store and user file open."""

    def __init__(self, root: Path) -> None:
        self.paths = DataPaths(root)
        self.store = open_store(self.paths, shipped_catalogue())
        self.userdata = open_userdata(self.paths)

    def close(self) -> None:
        self.userdata.close()
        self.store.close()

    def content(self) -> dict[str, object]:
        with self.userdata.read() as conn:
            data = export_data(conn)
        data.pop("exported_at")
        return data


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[list[Folder]]:
    opened = [Folder(tmp_path / name) for name in ("a", "b")]
    yield opened
    for folder in opened:
        folder.close()


def fill(folder: Folder) -> None:
    """Some of everything, as a user would leave it."""
    with folder.store.read() as conn:
        about = tracker.about(conn, PRIORITY)
    with folder.userdata.write() as conn:
        ud.set_bookmarked(conn, PAKISTAN, True)
        ud.set_bookmarked(conn, "gone-from-this-catalogue", True)
        c = ud.create_collection(conn, "قائمة القراءة")
        ud.set_in_collection(conn, c.id, ETHIOPIA, True)
        ud.set_tags(conn, PAKISTAN, ["urgent"])
        ud.mark_opened(conn, ETHIOPIA)
        n = notes.add_note(conn, PAKISTAN, "ملاحظة عربية\nAn English paragraph")
        trashed = notes.add_note(conn, ETHIOPIA, "old thought")
        notes.delete_note(conn, trashed.note_uid)
        local = tracker.add_local_priority(conn, "social-protection", "Country office plan")
        entry = tracker.entry(conn, PRIORITY).edited(status=TrackerStatus.IN_PROGRESS, progress=50)
        tracker.save_entry(conn, entry, about)
        tracker.save_entry(conn, tracker.entry(conn, local.id).edited(target_date="2027-03-01"))
        tracker.set_linked(conn, PRIORITY, PAKISTAN, True)
    assert n.note_uid


def carry(source: Folder, target: Folder, file: Path) -> ImportReport:
    """Export `source`'s user data to `file` and import that file into `target`."""
    export_file(source.userdata, file)
    return import_file(target.userdata, target.store, file)


def test_export_then_import_into_a_fresh_folder_reproduces_everything(
    folders: list[Folder], tmp_path: Path
) -> None:
    a, b = folders
    fill(a)
    report = carry(a, b, tmp_path / "mine.json")
    assert b.content() == a.content()
    assert report.unknown_resources == ("gone-from-this-catalogue",)
    assert report.added > 0 and report.conflicts == 0


def test_importing_the_same_file_twice_changes_nothing(
    folders: list[Folder], tmp_path: Path
) -> None:
    a, b = folders
    fill(a)
    carry(a, b, tmp_path / "mine.json")
    before = b.content()
    again = import_file(b.userdata, b.store, tmp_path / "mine.json")
    assert not again.changed and b.content() == before


def note_times(folder: Folder, note_uid: str, body: str, at: str) -> None:
    with folder.userdata.write() as conn:
        notes.save_note(conn, note_uid, body, at=at)


def test_a_note_edited_on_both_sides_keeps_the_newer_and_a_conflict_copy(
    folders: list[Folder], tmp_path: Path
) -> None:
    a, b = folders
    with a.userdata.write() as conn:
        n = notes.add_note(conn, PAKISTAN, "original")
    carry(a, b, tmp_path / "a.json")
    note_times(a, n.note_uid, "edited on A, later", "2030-01-02T00:00:00.000+00:00")
    note_times(b, n.note_uid, "edited on B, earlier", "2030-01-01T00:00:00.000+00:00")
    export_file(a.userdata, tmp_path / "a.json")
    for _ in range(2):
        report = import_file(b.userdata, b.store, tmp_path / "a.json")
    assert report.conflicts == 0  # the second time: nothing new
    with b.userdata.read() as conn:
        kept = notes.notes_for(conn, PAKISTAN)
    assert [(x.body, x.conflict_of) for x in kept] == [
        ("edited on A, later", None),
        ("edited on B, earlier", n.note_uid),
    ]


def test_an_older_tracker_edit_from_the_file_is_kept_as_a_conflict(
    folders: list[Folder], tmp_path: Path
) -> None:
    a, b = folders
    for folder, progress, at in ((a, 30, "2030-01-01"), (b, 70, "2030-02-01")):
        with folder.userdata.write() as conn:
            entry = tracker.entry(conn, PRIORITY).edited(progress=progress)
            tracker.save_entry(conn, entry, at=f"{at}T00:00:00.000+00:00")
    report = carry(a, b, tmp_path / "a.json")
    with b.userdata.read() as conn:
        assert tracker.entry(conn, PRIORITY).progress == 70
        [(kind, key, data)] = conn.exec_driver_sql("SELECT kind, key, data FROM ud.conflicts")
    assert report.conflicts == 1 and (kind, key) == ("tracker_entry", PRIORITY)
    assert json.loads(data)["progress"] == 30


BAD_FILES = {
    "not json": (b'{"format": "daleel-userdata", ', CorruptUserDataFileError),
    "NaN": (b'{"format": "daleel-userdata", "version": NaN}', CorruptUserDataFileError),
    "duplicate key": (
        b'{"format": "daleel-userdata", "version": 1, "version": 1}',
        CorruptUserDataFileError,
    ),
    "bad field": (
        b'{"format": "daleel-userdata", "version": 1, "bookmarks": [{"uid": 5}]}',
        CorruptUserDataFileError,
    ),
    "newer": (b'{"format": "daleel-userdata", "version": 2}', NewerUserDataFileError),
    "other kind": (b'{"format": "daleel-bundle", "version": 1}', OtherKindOfFileError),
    "a list": (b"[1, 2]", OtherKindOfFileError),
    "sqlite": (b"SQLite format 3\x00" + bytes(100), OtherKindOfFileError),
    "latin-1": ('{"format": "é"}'.encode("latin-1"), CorruptUserDataFileError),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_refused_with_a_clear_error_and_nothing_changes(
    folders: list[Folder], tmp_path: Path, name: str
) -> None:
    a, _ = folders
    fill(a)
    before = a.content()
    raw, error = BAD_FILES[name]
    (tmp_path / "bad.json").write_bytes(raw)
    with pytest.raises(error) as caught:
        import_file(a.userdata, a.store, tmp_path / "bad.json")
    assert isinstance(caught.value, UserDataFileError)
    assert "bad.json" in caught.value.message()
    assert a.content() == before


def test_a_file_bad_halfway_changes_nothing(folders: list[Folder], tmp_path: Path) -> None:
    a, b = folders
    fill(a)
    with a.userdata.read() as conn:
        data = export_data(conn)
    data["notes"].append({"note_uid": "x", "uid": PAKISTAN, "body": "b", "created_at": "soon"})
    (tmp_path / "half.json").write_text(json.dumps(data), encoding="utf-8")
    before = b.content()
    with pytest.raises(CorruptUserDataFileError):
        import_file(b.userdata, b.store, tmp_path / "half.json")
    assert b.content() == before


def test_notes_to_markdown_are_grouped_under_resource_titles(folders: list[Folder]) -> None:
    a, _ = folders
    fill(a)
    with a.userdata.write() as conn:
        notes.add_note(conn, PAKISTAN, "second note")
    with a.store.read() as conn:
        text = notes_markdown(conn)
    assert text.count("## Towards shock-responsive social protection") == 1
    assert text.index("ملاحظة عربية") < text.index("second note")
    assert "old thought" not in text  # the trash is not shared


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_replacing_the_catalogue_leaves_userdata_byte_identical(
    folders: list[Folder], tmp_path: Path
) -> None:
    a, _ = folders
    fill(a)
    with a.userdata.write() as conn:
        notes.add_note(conn, ETHIOPIA, "on a resource the new catalogue withdraws")
    a.close()
    before = digest(a.paths.userdata)
    replacement = tmp_path / "new-resources.db"
    shutil.copyfile(shipped_catalogue(), replacement)
    with sqlite3.connect(replacement) as conn:
        conn.execute("UPDATE resources SET withdrawn_in = 2 WHERE uid = ?", (ETHIOPIA,))
        conn.execute(
            "UPDATE priority_texts SET text = 'Reworded' WHERE priority_id = ?", (PRIORITY,)
        )
    conn.close()
    os.replace(replacement, a.paths.catalogue)
    a.store = open_store(a.paths, shipped_catalogue())
    a.userdata = open_userdata(a.paths)
    with a.store.read() as conn:
        noted = {
            r.uid
            for r in repo.rows_by_ids(
                conn, a.store.labels, search_ids(conn, ResourceFilter(has_notes=True)), "en"
            )
        }
        every = [n for n in notes.all_notes(conn) if n.deleted_at is None]
        titles = {n.uid: repo.resource(conn, a.store.labels, n.uid, "en").title for n in every}
        [tracked] = [p for p in tracker.tracked_priorities(conn, "en") if p.id == PRIORITY]
    assert noted == {PAKISTAN, ETHIOPIA} == set(titles)
    assert tracked.text == "Reworded" and tracked.entry.progress == 50
    a.close()
    assert digest(a.paths.userdata) == before
    a.store = open_store(a.paths, shipped_catalogue())
    a.userdata = open_userdata(a.paths)
