"""Export, import, backups and restore, on real catalogue files."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from desktop.domain.bundles import ImportCancelledError, Stage
from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.models import Facet
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import backups
from desktop.storage import facets as facet_queries
from desktop.storage import resources_repo as repo
from desktop.storage.bundle_export import export_catalogue
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.checks import check_data_folder
from desktop.storage.search import search_ids
from desktop.storage.store import Store, open_store
from tests.fixtures.bundles import kit

QUERIES = ["", "social protection", "الحماية الاجتماعية", "Ethiopia", "إثيوبيا", "COVID", "cash*"]


def _results(store: Store) -> dict[str, object]:
    """Search results (uids in order, both languages), facets and themes of a catalogue."""
    found: dict[str, object] = {}
    with store.read() as conn:
        for query in QUERIES:
            for sort in (Sort.RELEVANCE, Sort.NEWEST):
                f = ResourceFilter(query=query, sort=sort)
                ids = search_ids(conn, f)
                rows = repo.rows_by_ids(conn, store.labels, ids, "ar")
                found[f"{query}/{sort.value}"] = [(r.uid, r.title) for r in rows]
        country = ResourceFilter().with_selection(Facet.COUNTRY, frozenset({"ethiopia"}))
        found["country"] = [
            r.uid for r in repo.rows_by_ids(conn, store.labels, search_ids(conn, country), "en")
        ]
        for lang in ("ar", "en"):
            counts = facet_queries.facet_counts(conn, store.labels, ResourceFilter(), lang)
            found[f"facets/{lang}"] = {k.value: [asdict(c) for c in v] for k, v in counts.items()}
            found[f"themes/{lang}"] = [asdict(t) for t in repo.themes(conn, lang)]
        stats = repo.stats(conn)
        found["stats"] = (stats.resources, stats.themes, stats.priorities, stats.catalogue_version)
    return found


def test_the_seed_exported_and_imported_into_a_fresh_folder_searches_the_same(
    store: Store, tmp_path: Path
) -> None:
    bundle = export_catalogue(store, tmp_path / "seed.zip").path
    fresh_paths = kit.empty_data_folder(tmp_path / "fresh")
    fresh = open_store(fresh_paths, shipped_catalogue())
    try:
        result = import_bundle(fresh, bundle, Options(allow_untrusted=True))
        assert result.applied and result.counts["added"] == 13
        assert _results(fresh) == _results(store)
        with fresh.read() as conn, store.read() as original:
            assert repo.info(conn) == repo.info(original)
    finally:
        fresh.close()
    assert check_data_folder(fresh_paths) == []


def test_importing_the_same_content_twice_is_a_no_op(store: Store, tmp_path: Path) -> None:
    bundle = export_catalogue(store, tmp_path / "seed.zip").path
    result = import_bundle(store, bundle, Options(allow_untrusted=True))
    assert result.preview.noop and not result.applied
    assert not store.paths.backups.exists() or not backups.list_backups(store.paths)


def _versions(tmp_path: Path, count: int) -> list[Path]:
    source = kit.seed_source(tmp_path / "src")
    made = []
    for version in range(2, 2 + count):
        rows = kit.records(source)
        rows[0]["title"] = f"Edition {version}"
        kit.write_records(source, rows)
        kit.set_meta(source, version=version)
        made.append(kit.build(source, tmp_path / f"v{version}.zip"))
    return made


def test_backups_keep_the_last_three_and_restore_brings_one_back(
    store: Store, tmp_path: Path
) -> None:
    kit.add_user_marks(store.paths, ["calp-2021-sp-covid-pakistan"], {})
    for bundle in _versions(tmp_path, 4):
        import_bundle(store, bundle, Options(allow_untrusted=True))
    kept = backups.list_backups(store.paths)
    assert [b.version for b in kept] == [4, 3, 2]
    with store.read() as conn:
        assert repo.info(conn).version == 5
    user_before = kit.user_rows(store.paths)
    backups.restore_backup(store.paths, kept[0].path)
    with store.read() as conn:
        assert repo.info(conn).version == 4
        assert (
            repo.resource(conn, store.labels, "calp-2021-sp-covid-ethiopia-brief", "en").title
            == "Edition 4"
        )
    assert kit.user_rows(store.paths) == user_before
    assert check_data_folder(store.paths) == []


def test_a_cancelled_import_changes_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_store(paths, shipped_catalogue()).close()
    [bundle] = _versions(tmp_path, 1)
    before = kit.digests(paths)
    seen: list[Stage] = []

    def progress(stage: Stage, _fraction: float) -> None:
        seen.append(stage)

    store = open_store(paths, shipped_catalogue())
    try:
        options = Options(
            allow_untrusted=True, progress=progress, cancelled=lambda: Stage.APPLY in seen
        )
        with pytest.raises(ImportCancelledError):
            import_bundle(store, bundle, options)
    finally:
        store.close()
    assert kit.digests(paths) == before
    assert seen[0] is Stage.SAFETY and Stage.PREVIEW in seen


def test_a_withdrawn_resource_can_come_back(store: Store, tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    kit.write_records(source, rows[1:])
    kit.set_meta(source, version=2)
    import_bundle(store, kit.build(source, tmp_path / "v2.zip"), Options(allow_untrusted=True))
    kit.write_records(source, rows)
    kit.set_meta(source, version=3)
    result = import_bundle(
        store, kit.build(source, tmp_path / "v3.zip"), Options(allow_untrusted=True)
    )
    assert result.preview.changes.restored == (rows[0]["uid"],)
    assert result.counts == {"added": 0, "updated": 1, "withdrawn": 0, "unchanged": 12}
    with store.read() as conn:
        hits = search_ids(conn, ResourceFilter(query="Ethiopia"))
        uids = {r.uid for r in repo.rows_by_ids(conn, store.labels, hits, "en")}
    assert rows[0]["uid"] in uids
    assert check_data_folder(store.paths) == []
