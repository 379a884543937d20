"""A start on the browse page does not wait for the theme page, which is there when opened."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui import settings as keys
from desktop.ui.main_window import BROWSE, THEME


def theme_texts(window: QWidget) -> list[str]:
    page = window.findChild(QWidget, "themePage")
    return [] if page is None else [label.text() for label in page.findChildren(QLabel)]


def test_a_start_on_the_browse_page_shows_results_then_fills_the_theme_page_unasked(  # type: ignore[no-untyped-def]
    qtbot, open_window, settings
) -> None:
    settings.set(keys.PAGE, "browse")
    window = open_window("en")
    assert window.pages.currentIndex() == BROWSE
    assert window.browse.model.rowCount() == 13
    title = window.service.themes("en")[0].title
    qtbot.waitUntil(lambda: title in theme_texts(window), timeout=5000)
    assert window.pages.currentIndex() == BROWSE  # filled out of sight


def test_opening_the_theme_page_at_once_shows_its_themes(  # type: ignore[no-untyped-def]
    open_window, settings
) -> None:
    settings.set(keys.PAGE, "browse")
    window = open_window("en")
    window.show_page(THEME)
    QApplication.processEvents()
    assert window.pages.currentWidget().objectName() == "themePage"
    theme = window.service.themes("en")[0]
    texts = theme_texts(window)
    assert theme.title in texts
    assert all(any(p.text in text for text in texts) for p in theme.priorities)


def test_a_first_start_opens_on_the_filled_theme_page(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window("ar")
    assert window.pages.currentWidget().objectName() == "themePage"
    assert window.service.themes("ar")[0].title in theme_texts(window)
