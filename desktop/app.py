"""Composition root of the window: logging → settings → language → databases → main window.

`python main.py [--data-dir DIR] [--lang ar|en]` opens Daleel. The catalogue summary line is
printed on stdout at start (scripts and support rely on it); an error at start is shown as one
translated line on stderr and in a dialog, never as a traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.cli import add_global_options, summary_line
from desktop.domain.errors import DaleelError
from desktop.domain.filters import Sort
from desktop.storage.store import Store
from desktop.ui import settings as keys
from desktop.ui.app_state import AppState
from desktop.ui.bundle_ui import install_bundle_ui
from desktop.ui.diagnostics import AppFacts
from desktop.ui.dialogs.recovery_dialog import open_store_or_recover
from desktop.ui.fonts import load_fonts
from desktop.ui.help_menu import install_help_menu
from desktop.ui.i18n import set_language, system_language
from desktop.ui.main_window import MainWindow
from desktop.ui.services import CatalogueService
from desktop.ui.settings import Settings
from desktop.ui.single_instance import acquire as acquire_lock
from desktop.ui.smoke import report_and_quit
from desktop.ui.userdata_ui import install_userdata_ui

log = logging.getLogger(__name__)
EXIT_ERROR = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="daleel", description="Daleel, the offline library")
    add_global_options(parser)
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)  # dist-check
    return parser.parse_args(list(argv))


def setup_logging(data_dir: Path) -> None:
    """A rotating log file in the data folder (when it can be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            data_dir / "logs" / "daleel.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # no data folder: the start error itself tells the user, once
        handler = logging.StreamHandler()
        handler.setLevel(logging.CRITICAL)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def create_app(data_dir: Path, lang_option: str | None) -> tuple[QApplication, Settings, str]:
    """The application object with fonts, remembered settings and the language set."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "daleel"])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    load_fonts(app)  # type: ignore[arg-type]
    settings = Settings(paths.DataPaths(data_dir).settings)
    lang = lang_option or settings.get(keys.LANGUAGE) or system_language()
    digits = settings.get(keys.ARABIC_DIGITS)
    return app, settings, set_language(app, lang, digits)  # type: ignore[arg-type]


def build_window(store: Store, settings: Settings, lang: str) -> MainWindow:
    sort = settings.get(keys.SORT)
    state = AppState(
        lang,
        Sort(sort) if sort in Sort.__members__.values() else Sort.RELEVANCE,
        settings.get(keys.ARABIC_DIGITS),
    )
    window = MainWindow(state, CatalogueService(store), settings)
    install_bundle_ui(window, store)  # File ▸ Import…, dropped bundles, Help ▸ Catalogue
    facts = AppFacts(store.paths, window.service.stats)  # Help ▸ guide, diagnostics, About
    install_help_menu(window, facts, window.help_menu)
    install_userdata_ui(window, store)  # tracker page, notes, bookmarks, Edit ▸ Undo
    return window


@contextmanager
def collecting_garbage() -> Iterator[None]:
    """Garbage collection on for the block, as it was after it."""
    was_on = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was_on:
            gc.disable()


def collect_after_start(window: MainWindow) -> None:
    """Switch garbage collection back on once the first results are shown, start-up's objects
    frozen out of it.

    Start-up makes ~70k objects that live as long as the app (modules, widgets, the id sets);
    Python's collector walked them all several times while they were made (~75 ms of a cold
    start) and then at every full collection (~50 ms each, a stall in the middle of typing).
    main.py switches collection off before the imports; here the survivors are frozen (kept
    out of every later collection) and collection is switched back on.
    """
    runner = window.browse.runner

    def settle(*_args: object) -> None:
        runner.finished.disconnect(settle)
        runner.failed.disconnect(settle)
        gc.freeze()
        gc.enable()

    runner.finished.connect(settle)
    runner.failed.connect(settle)


def report_start_error(error: DaleelError) -> None:
    """One translated line on stderr, and a dialog when there is a screen to show it on."""
    text = error.message(QCoreApplication.translate)
    log.error("cannot start: %s", error)
    print(text, file=sys.stderr)  # noqa: T201 - the one line a user or script reads
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("App", "Daleel cannot start"), text)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    data_dir = args.data_dir or paths.default_data_dir()
    setup_logging(data_dir)
    app, settings, lang = create_app(data_dir, args.lang)
    try:
        lock = acquire_lock(paths.DataPaths(data_dir))  # one Daleel per data folder (issue 7)
        with collecting_garbage():  # a migration or an index rebuild may make much garbage
            store = open_store_or_recover(paths.DataPaths(data_dir), paths.shipped_catalogue())
        stats = CatalogueService(store).stats()
    except DaleelError as error:
        report_start_error(error)
        return EXIT_ERROR
    print(summary_line(stats.resources, stats.themes, stats.priorities, stats.catalogue_version))  # noqa: T201
    sys.stdout.flush()
    window = build_window(store, settings, lang)
    collect_after_start(window)
    window.start()
    if args.smoke_test:
        report_and_quit(app, window)  # packaging/dist_check.py: report the window, then quit
    try:
        return int(app.exec())
    finally:
        store.close()
        lock.release()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
