"""Search that understands inflected words in Arabic and English, on a catalogue built here.

Every test searches a real catalogue file, built from a source folder by the project's own
`seed.build_catalogue` and opened the way the app opens it.
"""

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.filters import ResourceFilter
from desktop.domain.text import SEARCH_FORMS_VERSION
from desktop.paths import DataPaths
from desktop.storage.catalogue_about import restore
from desktop.storage.catalogue_writer import SEARCH_FORMS_KEY
from desktop.storage.search import search_ids
from desktop.storage.seed import build_catalogue
from desktop.storage.store import Store, open_store

# uid → title; each title holds one form of one word among filler ("دليل", "guide", …).
TITLES = {
    "protection-bare": "دليل حماية ميداني",
    "protection-wal": "دليل والحماية ميداني",
    "aid-fem": "تقرير مساعدة ميداني",
    "aid-plural": "تقرير مساعدات ميداني",
    "aid-her": "تقرير مساعدتها ميداني",
    "aid-ha": "تقرير مساعده ميداني",
    "family-hamza": "إطار أسرة ميداني",
    "family-plain": "إطار اسرة ميداني",
    "refugee": "موجز لاجئ ميداني",
    "refugee-spelt": "موجز لاجىء ميداني",
    "refugees-un": "موجز اللاجئون ميداني",
    "refugees-in": "موجز للاجئين ميداني",  # ل + اللاجئين, one lam elided
    "refugee-fem": "موجز لاجئة ميداني",
    "hospital": "خطة مستشفى ميداني",
    "hospital-ya": "خطة مستشفي ميداني",
    "hospital-plural": "خطة بالمستشفيات ميداني",
    "year": "نتائج 2030 ميداني",
    "year-indic": "نتائج ٢٠٣٠ ميداني",
    "voucher": "Cash voucher guide",
    "vouchers": "Cash vouchers guide",
    "transfer": "Field transfer notes",
    "transferring": "Field transferring notes",
    "transferred": "Field transferred notes",
    "syria": "تقرير سورية ميداني",
    "wall": "تقرير السور ميداني",
    "bahrain": "تقرير البحرين ميداني",
    "sea": "تقرير البحر ميداني",
    "means": "تقرير وسائل ميداني",
    "liquid": "تقرير سائل ميداني",
    "mechanism": "دليل آلية ميداني",
    "mechanisms": "دليل الآليات ميداني",
    "united": "United Nations review",
    "unit": "Unit review",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    meta = {"catalogue_id": "stemming", "version": 1, "publisher": "tests"}
    (folder / "catalogue.json").write_text(json.dumps(meta), "utf-8")
    (folder / "themes.json").write_text("[]", "utf-8")
    (folder / "taxonomy.json").write_text(json.dumps({"facets": {}}), "utf-8")
    # "vouchers" is the newer: on equal relevance it would come first.
    dates = {"vouchers": "2024-01-01", "voucher": "2020-01-01"}
    lines = [
        json.dumps({"uid": uid, "title": title, "published": dates.get(uid)}, ensure_ascii=False)
        for uid, title in TITLES.items()
    ]
    (folder / "catalogue.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    target = tmp_path_factory.mktemp("built") / "catalogue.db"
    build_catalogue(folder, target)
    return target


@pytest.fixture
def small(built: Path, tmp_path: Path) -> Store:
    opened = open_store(DataPaths(tmp_path / "data"), built)
    yield opened
    opened.close()


def found(store: Store, query: str) -> list[str]:
    with store.read() as conn:
        ids = search_ids(conn, ResourceFilter(query=query))
        rows = dict(conn.exec_driver_sql("SELECT id, uid FROM resources").fetchall())
    return [rows[i] for i in ids]


def test_vocalised_query_finds_the_word_with_wa_and_article_and_the_bare_word(small: Store) -> None:
    assert set(found(small, "الحِمَايَة ")) == {"protection-bare", "protection-wal"}


def test_vouchers_finds_voucher_and_the_reverse(small: Store) -> None:
    assert set(found(small, "vouchers ")) == {"voucher", "vouchers"}
    assert set(found(small, "voucher ")) == {"voucher", "vouchers"}


def test_plural_assistance_finds_the_singular(small: Store) -> None:
    every_form = {"aid-fem", "aid-plural", "aid-her", "aid-ha"}
    assert set(found(small, "مساعدات ")) == every_form
    assert set(found(small, "مساعدة ")) == every_form


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("أسرة ", {"family-hamza", "family-plain"}),  # alef with hamza / bare alef
        ("اسرة ", {"family-hamza", "family-plain"}),
        ("لاجئ ", {"refugee", "refugee-spelt", "refugees-un", "refugees-in", "refugee-fem"}),
        ("لاجئين ", {"refugee", "refugee-spelt", "refugees-un", "refugees-in", "refugee-fem"}),
        ("مستشفي ", {"hospital", "hospital-ya", "hospital-plural"}),  # ى typed as ي
        ("مستشفيات ", {"hospital", "hospital-ya", "hospital-plural"}),
        ("مساعده ", {"aid-fem", "aid-plural", "aid-her", "aid-ha"}),  # ة typed as ه
        ("٢٠٣٠ ", {"year", "year-indic"}),
        ("2030 ", {"year", "year-indic"}),
        ("transfer ", {"transfer", "transferring", "transferred"}),
        ("transferred ", {"transfer", "transferring", "transferred"}),
        ("الآلية ", {"mechanism", "mechanisms"}),  # آ is no article
        ("الية ", {"mechanism", "mechanisms"}),  # typed without the madda
    ],
)
def test_every_variant_class_meets_its_word(small: Store, query: str, expected: set[str]) -> None:
    assert set(found(small, query)) == expected


def test_an_exact_match_ranks_above_a_stem_match(small: Store) -> None:
    assert found(small, "voucher ")[0] == "voucher"
    assert found(small, "vouchers ")[0] == "vouchers"
    assert found(small, "مساعدات ")[0] == "aid-plural"


@pytest.mark.parametrize(
    ("query", "not_expected"),
    [
        ("سورية ", "wall"),  # Syria is not a wall
        ("السور ", "syria"),
        ("البحرين ", "sea"),  # Bahrain is not the sea
        ("وسائل ", "liquid"),  # و is a root letter here, not "and"
        ("united ", "unit"),
        ("unit ", "united"),
    ],
)
def test_a_shared_stem_does_not_join_unrelated_words(
    small: Store, query: str, not_expected: str
) -> None:
    assert not_expected not in found(small, query)
    assert found(small, query)


def test_typing_matches_both_forms_by_prefix(small: Store) -> None:
    assert {"voucher", "vouchers"} <= set(found(small, "vouch"))
    assert {"aid-fem", "aid-plural", "aid-her"} <= set(found(small, "مساعد"))
    assert set(found(small, "الحم")) == {"protection-bare", "protection-wal"}


def test_a_quoted_word_means_the_exact_word(small: Store) -> None:
    assert found(small, '"vouchers"') == ["vouchers"]
    assert found(small, '"مساعدات"') == ["aid-plural"]


def stale_copy(built: Path, target: Path) -> Path:
    """A catalogue whose index holds other forms, stamped by older code (version 1)."""
    target.write_bytes(built.read_bytes())
    with sqlite3.connect(target) as conn:
        conn.execute("INSERT INTO resource_fts (resource_fts) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO resource_fts (rowid, title, title_stem) "
            "SELECT id, 'stale', 'stale' FROM resources"
        )
        conn.execute("UPDATE catalogue_info SET value = '1' WHERE key = ?", (SEARCH_FORMS_KEY,))
    conn.close()
    return target


def assert_index_is_current(store: Store) -> None:
    assert found(store, "stale ") == []
    assert set(found(store, "vouchers ")) == {"voucher", "vouchers"}
    with store.read() as conn:
        version = conn.exec_driver_sql(
            "SELECT value FROM catalogue_info WHERE key = ?", (SEARCH_FORMS_KEY,)
        ).scalar()
    assert version == str(SEARCH_FORMS_VERSION)


def test_a_catalogue_indexed_by_older_code_is_reindexed_when_opened(
    built: Path, tmp_path: Path
) -> None:
    store = open_store(DataPaths(tmp_path / "data"), stale_copy(built, tmp_path / "stale.db"))
    try:
        assert_index_is_current(store)
    finally:
        store.close()


def test_a_restored_backup_indexed_by_older_code_is_reindexed(
    small: Store, built: Path, tmp_path: Path
) -> None:
    restore(small, stale_copy(built, tmp_path / "backup.db"))
    assert_index_is_current(small)


def test_a_word_with_an_elided_lam_is_found_both_ways(small: Store) -> None:
    refugees = {"refugee", "refugee-spelt", "refugees-un", "refugees-in", "refugee-fem"}
    assert set(found(small, "للاجئين ")) == refugees
