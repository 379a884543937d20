"""`make screenshots`: render the window offscreen into PNGs for the README and for review.

`python -m desktop.ui.screenshots OUT_DIR` opens the real window on a temporary data folder
(a fresh copy of the shipped catalogue, default settings) and saves, in Arabic and English:
the theme page, a search with a filter ("social protection" in Bangladesh) and the detail
pane of a resource with its search terms highlighted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.domain.models import Facet  # noqa: E402
from desktop.storage.store import open_store  # noqa: E402
from desktop.ui.main_window import BROWSE, THEME, MainWindow  # noqa: E402

WINDOW_SIZE = (1440, 900)
THEME_SIZE = (1440, 1720)  # tall enough for the whole page: priorities and latest resources
DETAIL_SIZE = (1440, 1860)  # the detail pane alone, down to its notes
DETAIL_SPLIT = [240, 560, 640]
LANGUAGES = ("ar", "en")
SEARCH = "social protection"
SEARCH_COUNTRY = "bangladesh"
DETAIL_QUERY = "early response"
DETAIL_UID = "calp-2020-space-early-response-ethiopia"
TIMEOUT_S = 10.0


def settle(app: QApplication, window: MainWindow) -> None:
    """Let searches finish and the window lay itself out and paint."""
    deadline = time.monotonic() + TIMEOUT_S
    while window.browse.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def shoot_theme(app: QApplication, window: MainWindow, out: Path, lang: str) -> Path:
    window.browse.state.clear_filters()
    window.show_page(THEME)
    window.resize(*THEME_SIZE)
    settle(app, window)
    path = save(window, out / f"theme-{lang}.png")
    window.resize(*WINDOW_SIZE)
    return path


def shoot_search(app: QApplication, window: MainWindow, out: Path, lang: str) -> Path:
    state = window.browse.state
    window.show_page(BROWSE, focus=False)
    window.browse.search.field.setText(SEARCH)
    state.set_query(SEARCH)
    state.select_only(Facet.COUNTRY, SEARCH_COUNTRY)
    settle(app, window)
    window.browse.search.select_first()
    settle(app, window)
    return save(window, out / f"search-{lang}.png")


def shoot_detail(app: QApplication, window: MainWindow, out: Path, lang: str) -> Path:
    state = window.browse.state
    window.show_page(BROWSE, focus=False)
    state.clear_filters()
    window.browse.search.field.setText(DETAIL_QUERY)
    state.set_query(DETAIL_QUERY)
    settle(app, window)
    window.browse.open_resource(DETAIL_UID)
    sizes = window.browse.sizes()
    window.resize(*DETAIL_SIZE)
    window.browse.setSizes(DETAIL_SPLIT)
    settle(app, window)
    path = save(window.browse.detail, out / f"detail-{lang}.png")
    window.resize(*WINDOW_SIZE)
    window.browse.setSizes(sizes)
    return path


SHOTS: tuple[Callable[[QApplication, MainWindow, Path, str], Path], ...] = (
    shoot_theme,
    shoot_search,
    shoot_detail,
)


def render(out: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write the screenshots (three per language) into `out`; returns their paths."""
    from desktop.app import build_window, create_app

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="daleel-shots-") as tmp:
        data_dir = Path(tmp)
        app, settings, lang = create_app(data_dir, languages[0])
        store = open_store(paths.DataPaths(data_dir), paths.shipped_catalogue())
        try:
            window = build_window(store, settings, lang)
            window.start()
            window.resize(*WINDOW_SIZE)
            for lang in languages:
                window.switch_language(lang)
                settle(app, window)
                written += [shot(app, window, out, lang) for shot in SHOTS]
            window.browse.runner.wait()
            window.hide()
        finally:
            store.close()
    return written


def main(argv: list[str]) -> int:
    """`OUT_DIR [LANG ...]`: the folder, and the languages (both by default)."""
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    languages = tuple(lang for lang in argv[1:] if lang in LANGUAGES) or LANGUAGES
    for path in render(out, languages):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
