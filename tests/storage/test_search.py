"""Searching the seed catalogue, in Arabic and English, on a real SQLite copy."""

import pytest

from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.models import Facet
from desktop.storage import resources_repo as repo
from desktop.storage import word_sets
from desktop.storage.search import search_ids
from desktop.storage.store import Store

ETHIOPIA = {"calp-2021-sp-covid-ethiopia-brief", "calp-2020-space-early-response-ethiopia"}
BANGLADESH = {"calp-2021-sp-covid-bangladesh-brief", "calp-2021-sp-covid-bangladesh"}


def uids(store: Store, query: str = "", **options: object) -> list[str]:
    f = ResourceFilter(query=query, **options)  # type: ignore[arg-type]
    with store.read() as conn:
        return [r.uid for r in repo.rows_by_ids(conn, store.labels, search_ids(conn, f), "en")]


def test_english_country_name_finds_both_ethiopia_resources(store: Store) -> None:
    assert set(uids(store, "Ethiopia")) == ETHIOPIA


def test_arabic_country_name_finds_english_resources_through_the_taxonomy(store: Store) -> None:
    assert set(uids(store, "إثيوبيا")) == ETHIOPIA
    assert set(uids(store, "بنغلاديش")) == BANGLADESH
    assert set(uids(store, "اثيوبيا")) == ETHIOPIA  # bare alef


@pytest.mark.parametrize("query", ["حماية", "الحماية", "والحماية", "الحِمَايَة", "حمايه", "حما"])
def test_arabic_spellings_of_protection_all_find_the_theme(store: Store, query: str) -> None:
    assert len(uids(store, query)) == 13


def test_arabic_indic_year_finds_that_years_items(store: Store) -> None:
    assert uids(store, "٢٠٢١") == uids(store, "2021")
    assert len(uids(store, "2021")) == 7


def test_english_is_case_and_accent_insensitive(store: Store) -> None:
    assert uids(store, "ÉTHIOPIA") == uids(store, "ethiopia")


def test_prefix_while_typing(store: Store) -> None:
    assert set(uids(store, "Ethio")) == ETHIOPIA
    assert uids(store, "Ethio ") == []  # a finished word is a whole word


def test_phrase_and_exclusion(store: Store) -> None:
    assert set(uids(store, '"early response"')) == {"calp-2020-space-early-response-ethiopia"}
    found = uids(store, "Ethiopia -SPACE")
    assert found == ["calp-2021-sp-covid-ethiopia-brief"]


def test_exclusion_alone_filters_the_whole_catalogue(store: Store) -> None:
    assert len(uids(store, "-covid")) == 13 - len(uids(store, "covid "))


def test_title_match_ranks_above_summary_match(store: Store) -> None:
    found = uids(store, "Somalia")
    assert found[0] == "calp-somalia-sp-donor-working-group-tor"


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR(",
        "NEAR(a b)",
        "-",
        "OR",
        "AND",
        "a:b",
        "((",
        ")",
        "🙂",
        "x" * 10_000,
        "\x00\x01\x1f",
        "title:cash",
        "^cash",
        "cash AND",
        "{title}",
        "'; DROP TABLE resources; --",
    ],
)
def test_any_typed_text_gives_results_or_nothing_never_an_error(store: Store, query: str) -> None:
    assert isinstance(uids(store, query), list)
    assert len(uids(store, "")) == 13  # and the catalogue is still whole


def test_sorting_by_newest_puts_undated_resources_last(store: Store) -> None:
    found = uids(store, sort=Sort.NEWEST)
    assert found[0] in {"calp-2021-sp-covid-ethiopia-brief", "calp-2021-sp-covid-pakistan"}
    assert set(found[-2:]) == {
        "calp-somalia-sp-donor-working-group-tor",
        "calp-asp-gap-analysis-template",
    }


def test_sorting_by_title_is_alphabetical(store: Store) -> None:
    with store.read() as conn:
        rows = repo.rows_by_ids(
            conn, store.labels, search_ids(conn, ResourceFilter(sort=Sort.TITLE)), "en"
        )
    titles = [r.title.casefold() for r in rows]
    assert titles == sorted(titles)


def test_facet_selection_narrows_and_values_of_a_facet_are_alternatives(store: Store) -> None:
    one = ResourceFilter().with_selection(Facet.COUNTRY, frozenset({"ethiopia"}))
    two = one.with_selection(Facet.COUNTRY, frozenset({"ethiopia", "bangladesh"}))
    both = two.with_selection(Facet.ORGANISATION, frozenset({"space"}))
    with store.read() as conn:
        assert len(search_ids(conn, one)) == 2
        assert len(search_ids(conn, two)) == 4
        assert len(search_ids(conn, both)) == 1


def test_a_word_every_resource_holds_lists_them_newest_first(store: Store) -> None:
    assert uids(store, "حماية ") == uids(store, sort=Sort.NEWEST)


def test_typing_letter_by_letter_ends_where_a_fresh_search_does(store: Store) -> None:
    """Each keystroke reuses the word sets of the previous ones (word_sets.py): same answers."""
    queries = ["social protection covid -bangladesh", 'cash "early response" Ethiopia']
    for query in queries:
        typed = [uids(store, query[:end]) for end in range(1, len(query) + 1)]
        word_sets.forget()
        assert typed[-1] == uids(store, query)
        for end in (5, 12, len(query) - 3):
            word_sets.forget()
            assert typed[end - 1] == uids(store, query[:end])


def test_one_letter_finds_words_or_stems_that_start_with_it(store: Store) -> None:
    found = set(uids(store, "e"))
    assert found >= ETHIOPIA  # "Ethiopia", "early"
    for longer in ("ea", "em", "ev"):
        assert set(uids(store, longer)) <= found
