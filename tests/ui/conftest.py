"""Fixtures for the window: a real data folder, temporary settings, the app in either language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import build_window
from desktop.domain.models import Resource, ResourceRow
from desktop.paths import DataPaths
from desktop.storage import resources_repo
from desktop.storage.store import Store
from desktop.translation import qm_path
from desktop.ui.fonts import load_fonts
from desktop.ui.i18n import set_language
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

Shown = TypeVar("Shown", bound=QWidget)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (qtbot.keyClicks aborts on non-ASCII characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_for_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until the debounce has fired and the worker's answer is shown."""
    search = window.browse.search
    qtbot.waitUntil(
        lambda: not search._debounce.isActive() and not window.browse.runner.busy, timeout=5000
    )


@pytest.fixture
def settings(data_paths: DataPaths) -> Settings:
    data_paths.root.mkdir(parents=True, exist_ok=True)
    return Settings(data_paths.settings)


@pytest.fixture
def open_window(
    qtbot, qapp: QApplication, store: Store, settings: Settings
) -> Iterator[Callable[[str], MainWindow]]:  # type: ignore[no-untyped-def]
    """open_window(lang) → the started main window on the seed catalogue, results shown."""
    load_fonts(qapp)
    windows: list[MainWindow] = []

    def make(lang: str = "en") -> MainWindow:
        used = set_language(qapp, lang)
        window = build_window(store, settings, used)
        qtbot.addWidget(window)
        window.start()
        wait_for_results(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.browse.runner.wait()
        window.close()
    set_language(qapp, "en")


@pytest.fixture
def window(open_window: Callable[[str], MainWindow]) -> MainWindow:
    """The English window on the Browse page."""
    win = open_window("en")
    win.show_page(1)
    return win


@pytest.fixture(params=["en", "ar"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language and direction, for panes tested alone; restored after the test."""
    previous = QLocale()
    arabic = request.param == "ar"
    QLocale.setDefault(QLocale(QLocale.Language.Arabic if arabic else QLocale.Language.English))
    direction = Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
    qapp.setLayoutDirection(direction)
    yield request.param
    QLocale.setDefault(previous)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def load_with_related(store: Store, uid: str, lang: str) -> tuple[Resource, list[ResourceRow]]:
    """A resource and its related rows, as the browse page passes them to the detail pane."""
    with store.read() as conn:
        resource = resources_repo.resource(conn, store.labels, uid, lang)
        ids = resources_repo.related_ids(conn, resource.id)
        return resource, resources_repo.rows_by_ids(conn, store.labels, ids, lang)


def shown_alone(qtbot, widget: Shown, width: int, height: int) -> Iterator[Shown]:  # type: ignore[no-untyped-def]
    """For a pane's fixture: `widget` shown on its own at `width` × `height`, deleted after."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    yield widget
    widget.deleteLater()  # gone before the next test: a language switch reaches every widget


@contextmanager
def arabic_installed(qapp: QApplication) -> Iterator[None]:
    """Arabic switched on at run time for the block (Qt sends LanguageChange to every widget),
    then switched off again."""
    # widgets of earlier tests waiting for deletion would all be retranslated too
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translator = QTranslator()
    assert translator.load(qm_path("ar"))
    qapp.installTranslator(translator)
    qapp.processEvents()  # Qt posts LanguageChange to every widget
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
