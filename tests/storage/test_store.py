"""The data folder: first-run copy, the shipped file untouched, migrations, the seed build."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import DamagedDatabaseError, SchemaTooNewError
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import resources_repo as repo
from desktop.storage.migrations import CATALOGUE_MIGRATIONS, USERDATA_MIGRATIONS, latest_version
from desktop.storage.seed import build_catalogue
from desktop.storage.store import open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_run_copies_the_catalogue_and_leaves_the_shipped_file_byte_identical(
    data_paths: DataPaths,
) -> None:
    before = digest(shipped_catalogue())
    store = open_store(data_paths, shipped_catalogue())
    with store.write() as conn:
        conn.exec_driver_sql("UPDATE resources SET title = 'changed' WHERE id = 1")
    store.close()
    assert digest(shipped_catalogue()) == before
    assert data_paths.catalogue.exists() and data_paths.userdata.exists()


def test_both_files_are_at_the_newest_schema(store) -> None:  # type: ignore[no-untyped-def]
    for path, migrations in (
        (store.paths.catalogue, CATALOGUE_MIGRATIONS),
        (store.paths.userdata, USERDATA_MIGRATIONS),
    ):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version(migrations)


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted: what a catalogue says, whatever its bytes."""
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'resource_fts%'"
            )
        ]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_shipped_catalogue_matches_its_text_sources(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.db"
    build_catalogue(ROOT / "assets" / "seed", rebuilt)
    assert content(rebuilt) == content(shipped_catalogue()), "run `make seed`"


def test_a_first_schema_userdata_file_opens_with_its_data_intact(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "userdata-schema1.db", data_paths.userdata)
    store = open_store(data_paths, shipped_catalogue())
    with store.read() as conn:
        notes = conn.exec_driver_sql("SELECT uid, body FROM ud.notes").fetchall()
        marks = conn.exec_driver_sql("SELECT uid FROM ud.bookmarks").fetchall()
    store.close()
    assert notes == [("calp-2021-sp-covid-ethiopia-brief", "ملاحظة: Ethiopia brief")]
    assert marks == [("calp-asp-gap-analysis-template",)]


def test_a_database_from_a_newer_daleel_is_refused_untouched(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    with sqlite3.connect(data_paths.userdata) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = digest(data_paths.userdata)
    with pytest.raises(SchemaTooNewError):
        open_store(data_paths, shipped_catalogue())
    assert digest(data_paths.userdata) == before


def test_a_catalogue_that_is_not_sqlite_is_reported_by_name(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.catalogue.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(data_paths, shipped_catalogue())
    assert str(data_paths.catalogue) in raised.value.message()


def test_stats_of_the_seed(store) -> None:  # type: ignore[no-untyped-def]
    with store.read() as conn:
        stats = repo.stats(conn)
    assert (stats.resources, stats.themes, stats.priorities) == (13, 1, 4)


def test_a_note_is_saved_while_a_catalogue_update_is_being_written(store, userdata) -> None:  # type: ignore[no-untyped-def]
    from desktop.storage.userdata_repo import set_bookmarked

    with store.write() as conn:  # an import holds the catalogue's write lock...
        conn.exec_driver_sql("UPDATE resources SET title = title || ' (v2)'")
        with userdata.write() as mine:  # ...and the user's file stays free
            set_bookmarked(mine, "calp-asp-gap-analysis-template", True)
    with store.read() as conn:
        marked = conn.exec_driver_sql("SELECT uid FROM ud.bookmarks").scalars().all()
    assert marked == ["calp-asp-gap-analysis-template"]
