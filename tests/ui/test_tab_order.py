"""Tab on the Browse page goes through the panes as they read, in both directions of text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.panes.tab_order import reading_order
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
