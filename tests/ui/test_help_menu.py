"""Help ▸ User guide, Copy diagnostics, Open the log folder, About — in English and Arabic."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import __version__
from desktop.paths import install_root
from desktop.storage.store import Store
from desktop.ui.diagnostics import LOG_LINES, AppFacts
from desktop.ui.help_menu import HelpMenu, install_help_menu
from desktop.ui.i18n import set_language
from desktop.ui.services import CatalogueService


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    set_language(qapp, "ar")
    yield
    set_language(qapp, "en")


@pytest.fixture
def help_menu(qtbot, store: Store) -> HelpMenu:
    window = QMainWindow()
    qtbot.addWidget(window)
    facts = AppFacts(store.paths, CatalogueService(store).stats)
    menu = install_help_menu(window, facts)
    window.show()
    return menu


def texts(menu: HelpMenu) -> list[str]:
    return [action.text() for action in menu.menu.actions() if not action.isSeparator()]


def test_help_menu_offers_guide_diagnostics_log_folder_and_about(help_menu: HelpMenu) -> None:
    assert help_menu.menu.title() == "&Help"
    assert texts(help_menu) == [
        "&User guide",
        "Copy &diagnostics",
        "Open the &log folder",
        "&About Daleel",
    ]
    assert not QApplication.windowIcon().isNull()


def test_help_menu_speaks_arabic_after_a_live_switch(help_menu: HelpMenu, arabic: None) -> None:
    assert help_menu.menu.title() == "م&ساعدة"
    assert texts(help_menu)[0] == "دليل الا&ستخدام"
    assert all(not any("a" <= c <= "z" for c in text.lower()) for text in texts(help_menu))


def test_diagnostics_carry_versions_data_folder_and_the_last_log_lines(
    help_menu: HelpMenu, store: Store
) -> None:
    log_file = help_menu.facts.log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("".join(f"log line {n}\n" for n in range(100)), encoding="utf-8")
    copied = help_menu.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == copied
    assert f"Daleel: {__version__}" in copied and "SQLite: " in copied
    assert f"data folder: {store.paths.root}" in copied and f"log file: {log_file}" in copied
    assert "log line 99" in copied and f"log line {99 - LOG_LINES}\n" not in copied
    assert "catalogue: version " in copied and "13 resources" in copied


def test_diagnostics_still_work_when_the_log_is_missing(help_menu: HelpMenu) -> None:
    copied = help_menu.copy_diagnostics()
    assert copied.rstrip().endswith("log lines ---")


def test_user_guide_opens_offline_in_english(help_menu: HelpMenu) -> None:
    dialog = help_menu.open_guide()
    assert dialog is not None and dialog.isVisible()
    assert dialog.path.name == "guide-en.md"
    text = dialog.browser.toPlainText()
    assert text.startswith("Daleel user guide") and "Arabic tips" in text


def test_user_guide_opens_in_arabic(help_menu: HelpMenu, arabic: None) -> None:
    dialog = help_menu.open_guide()
    assert dialog is not None and dialog.path.name == "guide-ar.md"
    assert "نصائح للبحث بالعربية" in dialog.browser.toPlainText()
    assert dialog.windowTitle() == "دليل الاستخدام"


def test_about_shows_versions_paths_and_licences(help_menu: HelpMenu, store: Store) -> None:
    box = help_menu.show_about()
    version = CatalogueService(store).stats().catalogue_version
    assert f"Version {__version__} · catalogue version {version}" in box.text()
    assert str(store.paths.root) in box.text()
    assert "Noto Sans Arabic" in box.detailedText() and "LGPL" in box.detailedText()
    box.close()


def test_about_in_arabic_separates_the_versions_with_a_comma(
    help_menu: HelpMenu, store: Store, arabic: None
) -> None:
    box = help_menu.show_about()
    version = CatalogueService(store).stats().catalogue_version
    # not "·": between two versions it reads as one more digit, ٠
    assert f"الإصدار {__version__}، إصدار الفهرس {version}" in box.text()
    box.close()


def test_an_existing_help_menu_keeps_its_entries(qtbot, store: Store) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Help")
    other = menu.addAction("Catalogue…")
    facts = AppFacts(store.paths, CatalogueService(store).stats)
    help_menu = install_help_menu(window, facts, menu)
    entries = [a.text() or "—" for a in menu.actions()]
    assert entries == [
        "&User guide",
        "Copy &diagnostics",
        "Open the &log folder",
        "—",
        other.text(),
        "—",
        "&About Daleel",
    ]
    assert help_menu.owns_title is False and menu.title() == "&Help"


def test_every_screenshot_the_guides_show_is_rendered() -> None:
    docs = install_root() / "docs"
    for lang in ("en", "ar"):
        text = (docs / f"guide-{lang}.md").read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert len(images) >= 3
        assert [name for name in images if not (docs / name).is_file()] == []
