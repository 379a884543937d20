"""Arabic ⇄ English at runtime, and every pane in both directions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui.main_window import BROWSE, PRIORITIES, THEME, MainWindow
from desktop.ui.settings import LANGUAGE
from tests.ui.conftest import type_text, wait_for_results
from tests.ui.ui_strings import catalogue_texts, untranslated, visible_ui_strings

PANES = ("facetPanel", "searchField", "resourceList", "detailPane", "themePage", "prioritiesView")
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def every_page_strings(qtbot, window: MainWindow) -> set[str]:  # type: ignore[no-untyped-def]
    """UI strings of each page in turn, with a resource open and with "no results" shown."""
    found: set[str] = set()
    for page in (THEME, PRIORITIES, BROWSE):
        window.show_page(page)
        QApplication.processEvents()
        found |= visible_ui_strings(window)
    window.browse.search.list.setCurrentIndex(window.browse.model.index(0))
    QApplication.processEvents()
    found |= visible_ui_strings(window)
    type_text(window.browse.search.field, "zzzqqq")
    wait_for_results(qtbot, window)
    found |= visible_ui_strings(window)
    window.browse.search.clear_search()
    wait_for_results(qtbot, window)
    return found


def test_switching_to_arabic_at_runtime_turns_everything_right_to_left_and_arabic(  # type: ignore[no-untyped-def]
    qtbot, open_window, settings
) -> None:
    window = open_window("en")
    window.switch_language("ar")
    wait_for_results(qtbot, window)
    QApplication.processEvents()
    assert QApplication.layoutDirection() == RTL
    assert window.browse.search.field.placeholderText().startswith("ابحث")
    content = catalogue_texts(window.service, "ar")
    assert untranslated(every_page_strings(qtbot, window), content) == []
    assert settings.get(LANGUAGE) == "ar"


def test_switching_back_restores_english_left_to_right(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window("ar")
    english = window.actions.language["en"]
    english.trigger()
    wait_for_results(qtbot, window)
    QApplication.processEvents()
    assert QApplication.layoutDirection() == LTR
    assert window.actions.show_browse.text() == "&Browse and search"
    assert window.browse.search.count_label.text() == "13 resources"
    assert window.browse.facets.title.text() == "Filters"
    strings = every_page_strings(qtbot, window)
    assert not any("\u0600" <= ch <= "\u06ff" for s in strings for ch in s if s != "العربية")


def x_of(window: MainWindow, name: str) -> int:
    widget = window.findChild(QWidget, name)
    return widget.mapTo(window, QPoint(widget.width() // 2, 0)).x()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_pane_is_laid_out_in_the_language_direction(qtbot, open_window, lang) -> None:  # type: ignore[no-untyped-def]
    window = open_window(lang)
    window.resize(1280, 800)
    expected = RTL if lang == "ar" else LTR
    for page in (THEME, PRIORITIES, BROWSE):
        window.show_page(page)
        QApplication.processEvents()
        assert not window.grab().isNull()
    window.browse.search.list.setCurrentIndex(window.browse.model.index(0))
    QApplication.processEvents()
    for name in PANES:
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.layoutDirection() == expected, name
    order = [x_of(window, "facetPanel"), x_of(window, "resourceList"), x_of(window, "detailPane")]
    assert order == sorted(order, reverse=(lang == "ar"))
    nav = window.nav.mapTo(window, QPoint(0, 0)).x()
    assert (nav > window.width() // 2) == (lang == "ar")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_theme_page_lists_the_four_priorities_and_the_newest_resources(  # type: ignore[no-untyped-def]
    open_window, lang
) -> None:
    window = open_window(lang)
    window.show_page(THEME)
    QApplication.processEvents()
    texts = [label.text() for label in window.theme_page.findChildren(QLabel) if label.isVisible()]
    theme = window.service.themes(lang)[0]
    assert len(theme.priorities) == 4
    for priority in theme.priorities:
        assert any(priority.text in text for text in texts)
    newest = window.service.latest_by_theme([theme], lang)[theme.id]
    assert newest and all(any(row.title in text for text in texts) for row in newest)
