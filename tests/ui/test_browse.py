"""Searching, filtering and opening resources in the window, as a user does it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet
from desktop.storage import facets as facet_queries
from desktop.storage.search import search_ids
from desktop.ui.main_window import MainWindow
from desktop.ui.models.resource_list_model import UID_ROLE
from tests.ui.conftest import type_text, wait_for_results

ETHIOPIA = {"calp-2021-sp-covid-ethiopia-brief", "calp-2020-space-early-response-ethiopia"}


def listed_uids(window: MainWindow) -> list[str]:
    model = window.browse.model
    return [model.index(i).data(UID_ROLE) for i in range(model.rowCount())]


def search_for(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    field = window.browse.search.field
    field.setFocus()
    field.clear()
    type_text(field, text)
    wait_for_results(qtbot, window)


def uids_in_store(store, f: ResourceFilter) -> list[str]:  # type: ignore[no-untyped-def]
    from desktop.storage.resources_repo import rows_by_ids

    with store.read() as conn:
        return [r.uid for r in rows_by_ids(conn, store.labels, search_ids(conn, f), "en")]


def test_typing_arabic_lists_the_matching_seed_resources(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, window, "حماية")
    expected = uids_in_store(store, ResourceFilter(query="حماية"))
    assert expected and listed_uids(window) == expected
    assert window.browse.search.count_label.text() == f"{len(expected)} resources"


def test_typing_ethiopia_lists_the_two_ethiopia_resources(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, window, "Ethiopia")
    assert set(listed_uids(window)) == ETHIOPIA
    assert window.browse.search.count_label.text() == "2 resources"


def facet_box(window: MainWindow, facet: Facet, value: str) -> QCheckBox:
    group = window.browse.facets.group(facet)
    return next(b for b in group.checkboxes() if b.property("facet_value") == value)


def shown_counts(window: MainWindow) -> dict[Facet, dict[str, int]]:
    shown: dict[Facet, dict[str, int]] = {}
    for facet, group in window.browse.facets.groups.items():
        for box in group.checkboxes():
            number = box.parentWidget().findChild(QLabel, "facetCount")
            shown.setdefault(facet, {})[box.property("facet_value")] = int(number.text())
    return shown


def test_clicking_a_facet_value_narrows_the_list_and_updates_every_count(  # type: ignore[no-untyped-def]
    qtbot, window, store
) -> None:
    box = facet_box(window, Facet.COUNTRY, "ethiopia")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    wait_for_results(qtbot, window)
    assert set(listed_uids(window)) == ETHIOPIA
    f = ResourceFilter().with_selection(Facet.COUNTRY, frozenset({"ethiopia"}))
    with store.read() as conn:
        truth = facet_queries.facet_counts(conn, store.labels, f, "en")
    expected = {facet: {c.value: c.count for c in counts[:8]} for facet, counts in truth.items()}
    assert shown_counts(window) == {k: v for k, v in expected.items() if v}
    assert shown_counts(window)[Facet.YEAR] == {"2021": 1, "2020": 1}
    assert facet_box(window, Facet.COUNTRY, "ethiopia").isChecked()
    chips = window.browse.search.chips.chips
    assert [(c.facet, c.value) for c in chips] == [("country", "ethiopia")]
    assert chips[0].label.text() == "Country: Ethiopia"


def test_removing_the_chip_brings_every_resource_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.state.toggle(Facet.COUNTRY, "ethiopia")
    wait_for_results(qtbot, window)
    chip = window.browse.search.chips.chips[0]
    qtbot.mouseClick(chip.button, Qt.MouseButton.LeftButton)
    wait_for_results(qtbot, window)
    assert len(listed_uids(window)) == 13
    assert window.browse.search.chips.isHidden()


def test_selecting_a_row_fills_the_detail_pane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search_for(qtbot, window, "Ethiopia")
    view = window.browse.search.list
    view.setCurrentIndex(window.browse.model.index(1))
    title = window.browse.model.index(1).data()
    detail = window.findChild(QWidget, "detailPane")
    qtbot.waitUntil(lambda: any(title in lbl.text() for lbl in detail.findChildren(QLabel)))


def test_arrows_move_and_enter_opens_the_resource(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.browse.search.list
    view.setFocus()
    view.setCurrentIndex(window.browse.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    with qtbot.waitSignal(window.browse.search.resource_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [window.browse.model.index(1).data(UID_ROLE)]
    focused = QApplication.focusWidget()
    assert focused is not None and window.browse.detail.isAncestorOf(focused)


def test_no_results_offers_to_clear_the_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.state.toggle(Facet.COUNTRY, "pakistan")
    wait_for_results(qtbot, window)
    search_for(qtbot, window, "Ethiopia")
    pane = window.browse.search
    assert pane.stack.currentWidget() is pane.no_results
    assert pane.no_results.button.text() == "Clear filters"
    qtbot.mouseClick(pane.no_results.button, Qt.MouseButton.LeftButton)
    wait_for_results(qtbot, window)
    assert set(listed_uids(window)) == ETHIOPIA
    assert pane.stack.currentWidget() is pane.list


def test_sorting_by_oldest_puts_the_oldest_first(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    box = window.browse.search.sort_box
    box.setCurrentIndex(box.findData("oldest"))
    box.activated.emit(box.currentIndex())
    wait_for_results(qtbot, window)
    from desktop.domain.filters import Sort

    assert listed_uids(window) == uids_in_store(store, ResourceFilter(sort=Sort.OLDEST))


def test_ctrl_f_focuses_the_search_and_escape_clears_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page(0)
    window.actions.find.trigger()
    field = window.browse.search.field
    assert window.pages.currentWidget() is window.browse
    type_text(field, "cash")
    wait_for_results(qtbot, window)
    assert window.state.filter.query == "cash"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    wait_for_results(qtbot, window)
    assert field.text() == "" and window.state.filter.query == ""
    assert len(listed_uids(window)) == 13


def test_a_stale_answer_is_dropped(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    runner = window.browse.runner
    runner.submit(ResourceFilter(query="Ethiopia"), "en")
    runner.submit(ResourceFilter(query="Pakistan"), "en")
    with qtbot.waitSignal(runner.finished) as answer:
        pass
    assert answer.args[0].query == "Pakistan"
    runner.wait()
    qtbot.wait(50)
    assert not runner.busy


def test_a_search_stopped_as_the_window_closes_shows_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    runner = window.browse.runner
    shown: list[object] = []
    runner.finished.connect(lambda f, outcome: shown.append(f))
    runner.failed.connect(shown.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(ResourceFilter(query="Ethiopia"), "en")
        runner.stop()
    assert runner.wait()
    qtbot.wait(50)  # any answer still queued for the window arrives now
    assert shown == [] and not runner.busy
