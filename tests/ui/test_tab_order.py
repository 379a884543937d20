"""Tab on the Browse, Theme and Priorities pages goes through the controls as they read, in both
directions of text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import THEME, MainWindow
from desktop.ui.panes.tab_order import reading_order
from desktop.ui.panes.widgets import ResourceCard
from desktop.ui.userdata_ui import PRIORITIES_PAGE
from tests.ui.test_notes_window import PAKISTAN, open_with_userdata


def _tab_through(window: MainWindow, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    visited = [start]
    for _ in range(presses):
        assert window.browse.focusNextPrevChild(True)
        visited.append(window.browse.focusWidget())
    return visited


@pytest.mark.parametrize("ui_lang", ["en", "ar"])
def test_tab_goes_from_the_list_down_the_detail_pane_without_jumping_back(
    qtbot, open_window: Callable[[str], MainWindow], store, ui_lang: str
) -> None:  # type: ignore[no-untyped-def]
    window, _ui = open_with_userdata(open_window, store, ui_lang)
    window.browse.open_resource(PAKISTAN)
    detail = window.browse.detail
    in_detail = reading_order(detail, window.browse)
    visited = _tab_through(window, window.browse.search.field, 3 + len(in_detail) - 1)
    names = [w.objectName() for w in visited[:3]]
    assert names == ["searchField", "sortBox", "resourceList"]
    assert visited[3:] == in_detail  # every control of the detail pane, none of the filters
    middles = [w.mapTo(detail, QPoint(0, w.height() // 2)).y() for w in in_detail]
    assert all(b >= a - 12 for a, b in zip(middles, middles[1:], strict=False))  # top to bottom
    assert in_detail[0].objectName() == "bookmarkButton"
    assert "noteText" in [w.objectName() for w in in_detail]


def test_shift_tab_from_the_search_field_goes_back_to_the_filters(
    qtbot, open_window: Callable[[str], MainWindow], store
) -> None:  # type: ignore[no-untyped-def]
    window, _ui = open_with_userdata(open_window, store, "ar")
    window.browse.search.field.setFocus()
    assert window.browse.focusNextPrevChild(False)
    facets = window.browse.facets
    assert facets.isAncestorOf(window.browse.focusWidget())
    assert window.browse.focusWidget() is reading_order(facets, window.browse)[-1]


def _press_tab(app_focus: Callable[[], QWidget | None], presses: int) -> list[QWidget]:
    """The controls Tab visits, pressed as a user does, from the focused one."""
    visited = []
    for _ in range(presses):
        QTest.keyClick(app_focus(), Qt.Key.Key_Tab)
        visited.append(app_focus())
    return visited


def _reads_in_order(widgets: list[QWidget], page: QWidget, rtl: bool) -> bool:
    """Each control is below the one before, or on its row further in the reading direction."""
    middles = [w.mapTo(page, QPoint(w.width() // 2, w.height() // 2)) for w in widgets]
    for a, b in zip(middles, middles[1:], strict=False):
        same_row = abs(b.y() - a.y()) <= 12
        if not (b.y() > a.y() + 12 or (same_row and ((b.x() < a.x()) if rtl else (b.x() > a.x())))):
            return False
    return True


@pytest.mark.parametrize("ui_lang", ["en", "ar"])
def test_tab_on_the_theme_page_goes_through_the_cards_row_by_row_as_they_read(
    qtbot, qapp, open_window: Callable[[str], MainWindow], store, ui_lang: str
) -> None:  # type: ignore[no-untyped-def]
    window, _ui = open_with_userdata(open_window, store, ui_lang)
    window.show_page(THEME)
    page = window.theme_page
    cards = page.findChildren(ResourceCard)
    assert len(cards) >= 4
    page._scroll.setFocus()
    visited = _press_tab(qapp.focusWidget, len(cards) + 1)
    assert sorted(map(id, visited[:-1])) == sorted(map(id, cards))
    assert _reads_in_order(visited[:-1], page, rtl=ui_lang == "ar")
    assert not page.isAncestorOf(visited[-1])  # after the last card, Tab leaves the page


@pytest.mark.parametrize("ui_lang", ["en", "ar"])
def test_tab_on_the_tracker_goes_down_the_list_side_then_down_the_tracking(
    qtbot, qapp, open_window: Callable[[str], MainWindow], store, ui_lang: str
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, ui_lang)
    window.show_page(PRIORITIES_PAGE)
    pane = ui.priorities
    pane.select(pane._items()[0].data(0, Qt.ItemDataRole.UserRole))
    pane.status_filter.setFocus()
    visited = [pane.status_filter, *_press_tab(qapp.focusWidget, 10)]
    names = [w.objectName() for w in visited]
    assert names[:4] == ["statusFilter", "showArchived", "prioritiesTree", "addPriorityButton"]
    assert names[4:10] == [
        "priorityStatus", "priorityProgress", "priorityHasDate", "priorityNextStep",
        "priorityNotes", "priorityLinks",
    ]  # fmt: skip
    assert _reads_in_order(visited[:4], pane, rtl=ui_lang == "ar")
    assert _reads_in_order(visited[4:10], pane, rtl=ui_lang == "ar")
    # Shift+Tab from the first field of the tracking goes back to the list side's buttons
    pane.editor.status.setFocus()
    QTest.keyClick(pane.editor.status, Qt.Key.Key_Backtab)
    assert qapp.focusWidget() is pane.buttons["add"]


@pytest.mark.parametrize("ui_lang", ["en", "ar"])
def test_shift_tab_from_the_first_filter_leaves_the_browse_page(
    qtbot, qapp, open_window: Callable[[str], MainWindow], store, ui_lang: str
) -> None:  # type: ignore[no-untyped-def]
    window, _ui = open_with_userdata(open_window, store, ui_lang)
    first = reading_order(window.browse.facets, window.browse)[0]
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Backtab)
    assert not window.browse.isAncestorOf(qapp.focusWidget())  # not back into the filters
