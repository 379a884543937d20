"""Facet counts on the seed: labels in the UI language; a facet ignores its own selection."""

import pytest

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet
from desktop.storage import id_sets
from desktop.storage.facets import facet_counts
from desktop.storage.store import Store


def counts(store: Store, f: ResourceFilter, lang: str = "en") -> dict[Facet, dict[str, int]]:
    with store.read() as conn:
        result = facet_counts(conn, store.labels, f, lang)
    return {facet: {c.value: c.count for c in values} for facet, values in result.items()}


def test_seed_counts(store: Store) -> None:
    c = counts(store, ResourceFilter())
    assert c[Facet.DOC_TYPE] == {"guidelines-and-tools": 7}
    assert c[Facet.COUNTRY] == {
        "ethiopia": 2,
        "bangladesh": 2,
        "pakistan": 1,
        "somalia": 1,
        "indonesia": 1,
    }
    assert c[Facet.YEAR] == {"2021": 7, "2020": 4}
    assert c[Facet.THEME] == {"social-protection": 13}


def test_labels_follow_the_language(store: Store) -> None:
    with store.read() as conn:
        arabic = facet_counts(conn, store.labels, ResourceFilter(), "ar")
        english = facet_counts(conn, store.labels, ResourceFilter(), "en")
    assert {c.label for c in arabic[Facet.DOC_TYPE]} == {"أدلة وأدوات"}
    assert {c.label for c in english[Facet.DOC_TYPE]} == {"Guidelines and Tools"}
    assert "إثيوبيا" in {c.label for c in arabic[Facet.COUNTRY]}


def test_a_selected_facet_keeps_counting_its_alternatives(store: Store) -> None:
    f = ResourceFilter().with_selection(Facet.COUNTRY, frozenset({"ethiopia"}))
    c = counts(store, f)
    assert c[Facet.COUNTRY]["bangladesh"] == 2  # own selection ignored
    assert c[Facet.YEAR] == {"2021": 1, "2020": 1}  # other facets narrowed
    assert c[Facet.ORGANISATION] == {"space": 1, "dfid": 1, "usaid": 1}


def test_counts_follow_the_query(store: Store) -> None:
    c = counts(store, ResourceFilter(query="Bangladesh"))
    assert c[Facet.COUNTRY] == {"bangladesh": 2}


def test_counts_are_the_same_from_the_sets_saved_for_the_next_start(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large catalogues keep their id sets in cache/ to start quickly; they read back equal."""
    filtered = ResourceFilter(query="cash").with_selection(Facet.COUNTRY, frozenset({"ethiopia"}))
    fresh = {f: counts(store, f) for f in (ResourceFilter(), filtered)}
    monkeypatch.setattr(id_sets, "SAVE_FROM", 0)
    id_sets.forget()
    counts(store, ResourceFilter())  # read from the catalogue, then saved
    assert list((store.paths.catalogue.parent / "cache").glob("idsets-*.bin"))
    id_sets.forget()
    monkeypatch.setattr(id_sets, "_load", _never_read)
    assert {f: counts(store, f) for f in fresh} == fresh


def _never_read(*_args: object) -> None:
    raise AssertionError("the saved sets were not used")


def test_damaged_saved_sets_are_read_again_from_the_catalogue(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = counts(store, ResourceFilter(query="cash"))
    monkeypatch.setattr(id_sets, "SAVE_FROM", 0)
    id_sets.forget()
    counts(store, ResourceFilter())
    (saved,) = (store.paths.catalogue.parent / "cache").glob("idsets-*.bin")
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the middle of a set
    saved.write_bytes(bytes(data))
    id_sets.forget()
    assert counts(store, ResourceFilter(query="cash")) == fresh


def test_values_counted_alike_are_in_alphabetical_order_whatever_the_alef(store: Store) -> None:
    """«إندونيسيا» files with the other alefs (after «الصومال»), not before them all, as the
    code points of إ and ا would put it; English ignores case."""
    with store.read() as conn:
        arabic = facet_counts(conn, store.labels, ResourceFilter(), "ar")[Facet.COUNTRY]
        english = facet_counts(conn, store.labels, ResourceFilter(), "en")[Facet.COUNTRY]
    assert [c.label for c in arabic if c.count == 1] == ["الصومال", "إندونيسيا", "باكستان"]
    assert [c.label for c in english if c.count == 1] == ["Indonesia", "Pakistan", "Somalia"]
