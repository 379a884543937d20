"""The list model holds ids and loads rows only for what is painted, in bounded pages."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.models import PublicationDate, ResourceRow
from desktop.ui.models.resource_list_model import (
    CACHED_PAGES,
    PAGE_SIZE,
    PAINT_ROLE,
    ROW_ROLE,
    UID_ROLE,
    ResourceListModel,
)


class CountingRows:
    """Row data made up from ids (this tests the model's paging, not the catalogue)."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, ...]] = []

    def __call__(self, ids: Sequence[int], lang: str) -> list[ResourceRow]:
        self.calls.append(tuple(ids))
        return [
            ResourceRow(i, f"r{i}", f"{lang} title {i}", None, PublicationDate(), (), (), None)
            for i in ids
            if i % 1000 != 7  # one id in a thousand vanished meanwhile
        ]


def test_100k_results_load_only_the_pages_that_are_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    ids = list(range(100_000))
    model.set_results(ids, rows(ids[:PAGE_SIZE], "en"), "en")
    assert model.rowCount() == 100_000
    assert model.index(5).data() == "en title 5"
    assert len(rows.calls) == 1  # the first page came with the results
    assert model.index(50_123).data(UID_ROLE) == "r50123"
    start = 50_123 // PAGE_SIZE * PAGE_SIZE  # only the page holding the row is read
    assert rows.calls[-1] == tuple(range(start, start + PAGE_SIZE))
    assert model.index(7).data(ROW_ROLE) is None  # a vanished row paints as empty, no error


def test_the_page_cache_stays_small(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    model.set_results(list(range(100_000)), [], "en")
    for page in range(3 * CACHED_PAGES):
        model.index(page * PAGE_SIZE).data()
    assert len(model._pages) == CACHED_PAGES
    calls = len(rows.calls)
    model.index((3 * CACHED_PAGES - 1) * PAGE_SIZE + 1).data()
    assert len(rows.calls) == calls  # a recent page is served from the cache


def test_a_language_change_reloads_the_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    model.set_results([1, 2, 3], rows([1, 2, 3], "en"), "en")
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ar")
    assert model.index(0).data() == "ar title 1"


def test_painting_never_waits_for_the_catalogue(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A row whose page is not loaded paints empty at once; its page is read in the background
    and the row is painted again when it arrives."""
    rows = CountingRows()
    model = ResourceListModel(rows)
    model.set_results(list(range(100_000)), rows(range(PAGE_SIZE), "en"), "en")
    assert model.index(3).data(PAINT_ROLE).title == "en title 3"  # came with the results
    assert model.index(60_001).data(PAINT_ROLE) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    first, last = changed.args[0].row(), changed.args[1].row()
    assert first <= 60_001 <= last
    assert model.index(60_001).data(PAINT_ROLE).title == "en title 60001"
    assert not model.reading


def test_a_page_read_for_an_older_list_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    model.set_results(list(range(100_000)), [], "en")
    assert model.index(60_001).data(PAINT_ROLE) is None  # read in the background…
    model.set_results([1, 2, 3], rows([1, 2, 3], "fr"), "fr")  # …while a new search is shown
    model.wait_for_pages(5000)
    qtbot.wait(50)  # the old page's answer is delivered, and dropped
    assert [model.index(i).data(PAINT_ROLE).title for i in range(3)] == [
        "fr title 1",
        "fr title 2",
        "fr title 3",
    ]
    assert model.rowCount() == 3 and not model.reading


def test_the_first_page_is_shown_before_the_rest_is_ordered(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    ids = list(range(100_000))
    model.set_results(ids[:PAGE_SIZE], rows(ids[:PAGE_SIZE], "en"), "en", total=len(ids))
    assert model.rowCount() == 100_000  # the scroll bar is right from the start
    assert model.index(3).data() == "en title 3"
    assert model.index(60_001).data() is None  # not known yet, and nothing read for it
    assert len(rows.calls) == 1
    with qtbot.waitSignal(model.dataChanged):
        model.complete(ids)
    assert model.index(60_001).data() == "en title 60001"
    model.complete(ids[:10])  # not the list shown: it replaces it
    assert model.rowCount() == 10


def test_a_resource_is_found_by_its_id_anywhere_in_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = CountingRows()
    model = ResourceListModel(rows)
    model.set_results(list(range(0, 200_000, 2)), [], "en")
    assert model.position_of_id(150_000) == 75_000  # not loaded: found among the ids
    assert model.position_of_id(3) is None
    assert rows.calls == []  # nothing was read to find it
