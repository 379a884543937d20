"""Remembered state across runs, and what `python main.py` says at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app import main as app_main
from desktop.domain.filters import ResourceFilter, Sort
from desktop.ui import settings as keys
from desktop.ui.i18n import set_language
from desktop.ui.main_window import BROWSE, THEME
from desktop.ui.settings import Settings
from tests.ui.conftest import wait_for_results

ROOT = Path(__file__).resolve().parents[2]


def test_settings_round_trip_with_types_and_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    assert settings.get(keys.LANGUAGE) == "" and settings.get(keys.ARABIC_DIGITS) is False
    settings.set(keys.ARABIC_DIGITS, True)
    settings.set(keys.SPLITTER, [200, 500, 400])
    settings.set(keys.SORT, "newest")
    settings.sync()
    again = Settings(tmp_path / "settings.ini")
    assert again.get(keys.ARABIC_DIGITS) is True
    assert again.get(keys.SPLITTER) == [200, 500, 400]
    assert again.get(keys.SORT) == "newest"


def test_the_window_remembers_page_sort_splitter_and_language(  # type: ignore[no-untyped-def]
    qtbot, open_window, settings
) -> None:
    first = open_window("en")
    assert first.pages.currentIndex() == THEME  # the theme page at first start
    first.show_page(BROWSE)
    first.state.set_sort(Sort.NEWEST)
    wait_for_results(qtbot, first)
    first.resize(780, 560)  # within the offscreen screen, which restoreGeometry clamps to
    QApplication.processEvents()
    first.browse.setSizes([260, 300, 120])
    first.switch_language("ar")
    wait_for_results(qtbot, first)
    sizes = first.browse.sizes()
    first.close()
    assert settings.get(keys.LANGUAGE) == "ar"
    second = open_window(settings.get(keys.LANGUAGE))
    assert second.pages.currentIndex() == BROWSE
    assert second.state.filter.sort.value == "newest"
    assert second.browse.search.sort_box.currentData() == "newest"
    assert second.browse.sizes() == sizes
    assert second.browse.search.field.hasFocus() or QApplication.focusWidget() is None


# Runs main.py in a child process (once a QApplication's exec() has returned, that process
# cannot run more worker threads), quitting as soon as the window is up.
START_AND_QUIT = """
import runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def look_and_quit():
    names = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("visible:", " ".join(sorted(names)))
    QApplication.quit()
def exec_briefly(*_args):
    QTimer.singleShot(300, look_and_quit)
    return real_exec()
QApplication.exec = exec_briefly
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", START_AND_QUIT, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def test_start_prints_the_catalogue_summary_and_opens_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_main("--data-dir", str(tmp_path / "data"), "--lang", "ar")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Daleel catalogue v1: 13 resources, 1 themes, 4 priorities"
    assert "mainWindow" in lines[1].split()


def test_a_start_error_is_one_translated_line_and_no_traceback(tmp_path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    try:
        code = app_main(["--data-dir", str(blocker / "data"), "--lang", "ar"])
    finally:
        set_language(qapp, "en")
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.splitlines()) == 1 and str(blocker) in err  # one line naming the folder
    assert any("\u0600" <= ch <= "\u06ff" for ch in err)  # in the UI language


def test_typing_a_search_does_not_rewrite_the_settings_file(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """QSettings rewrites its file at every set, even of the same value: the sort is written
    when it changes, not at every keystroke's search (file I/O on the GUI thread)."""
    settings_file = window.settings.path
    window.settings.set(keys.LANGUAGE, "en")
    window.settings.sync()  # the file as the window left it

    def written() -> tuple[int, int]:
        QApplication.processEvents()  # QSettings writes at the next turn of the event loop
        found = os.stat(settings_file)
        return found.st_ino, found.st_mtime_ns

    before = written()
    for query in ("c", "ca", "cas", "cash"):
        with qtbot.waitSignal(window.browse.runner.finished, timeout=5000):
            window.state.set_filter(ResourceFilter(query=query))
    assert written() == before
    with qtbot.waitSignal(window.browse.runner.finished, timeout=5000):
        window.state.set_sort(Sort.NEWEST)
    assert written() != before and window.settings.get(keys.SORT) == "newest"
