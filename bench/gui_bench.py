"""GUI figures, offscreen: cold start, keystroke → painted, scrolling, opening a resource.

`python -m bench.gui_bench cold DATA SHIPPED T0` starts the window as `desktop.app.main` does and
prints the wall time from T0 (taken by the parent just before it started this process) to the
window painted with its first rows. `python -m bench.gui_bench window DATA SHIPPED RUNS` measures
typing, sorting, scrolling and opening in one window. The naive comparison is in naive_bench.py.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
gc.disable()  # as main.py does before it imports the window; open_window switches it back on

from PySide6.QtCore import QEvent, QEventLoop, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.timing import Samples, Stopwatch, peak_rss_mb, summarise  # noqa: E402

Child = Callable[..., dict[str, Any]]


def open_window(data_dir: Path, shipped: Path) -> Any:
    """The window as desktop.app.main builds it, on the browse page, first search answered."""
    from desktop import paths
    from desktop.app import build_window, collect_after_start, create_app
    from desktop.storage.store import open_store
    from desktop.ui import settings as keys
    from desktop.ui.services import CatalogueService

    _app, settings, lang = create_app(data_dir, "en")
    settings.set(keys.PAGE, "browse")
    store = open_store(paths.DataPaths(data_dir), shipped)
    CatalogueService(store).stats()  # main() prints the summary line from it
    window = build_window(store, settings, lang)
    collect_after_start(window)
    wait_for_search(window, window.start)
    paint(window)
    return window


def paint(widget: Any) -> None:
    """Lay out what is waiting to be laid out, then paint `widget` now: what the event loop
    does before the user sees a change (layout requests are handled before paints)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    widget.repaint()


def flush_paint() -> None:
    """Do now the layout and painting the event loop has pending (nothing if nothing is)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)


def wait_for_search(window: Any, trigger: Callable[[], object]) -> None:
    """Run `trigger` and wait (in an event loop, GIL released) until its search is shown."""
    runner = window.browse.runner
    loop = QEventLoop()
    runner.finished.connect(loop.quit)  # after the page's own slot: the model is updated
    runner.failed.connect(loop.quit)
    trigger()
    if runner.busy:
        loop.exec()
    runner.finished.disconnect(loop.quit)
    runner.failed.disconnect(loop.quit)


def cold(data_dir: Path, shipped: Path, t0: float) -> dict[str, Any]:
    window = open_window(data_dir, shipped)
    elapsed = (time.time() - t0) * 1000
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    rows = window.browse.model.rowCount()
    return {
        "ms": round(elapsed),
        "cpu_ms": round(cpu),
        "rows": rows,
        "rows_shown": rows_shown(window),
        "peak_rss_mb": peak_rss_mb(),
    }


def rows_shown(window: Any) -> bool:
    """Whether the list's top row is laid out where it is painted: a figure taken while the
    list is still blank would time nothing the user sees."""
    view = window.browse.search.list
    return view.model().rowCount() == 0 or view.indexAt(QPoint(4, 4)).isValid()


def type_last_key(window: Any, text: str) -> None:
    """Type the last character of `text` into the search field, as a key press would."""
    field = window.browse.search.field
    char = text[-1]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    window.browse.search._emit_query()  # flush the 150 ms debounce: measured apart


def keystroke_figures(window: Any, runs: int) -> dict[str, Any]:
    """Per search: keystroke → list painted, and → facet counts shown too (`with_facets`)."""
    from bench.storage_bench import SEARCHES

    results: dict[str, Any] = {}
    for search in SEARCHES:
        listed, shown = Samples(), Samples()
        for _ in range(runs + 1):
            to_list, to_all = _one_keystroke(window, search.filter)
            listed.add_interval(*to_list)
            shown.add_interval(*to_all)
        figure = listed.figure(search.label, skip=1)
        results[search.key] = {
            **figure.as_dict(),
            "hits": window.browse.model.rowCount(),
            "with_facets": shown.figure(search.label, skip=1).as_dict(),
        }
    return results


Interval = tuple[float, float]  # wall ms, CPU ms


def _one_keystroke(window: Any, f: Any) -> tuple[Interval, Interval]:
    """Show the query but its last character, then time typing that character: until the list
    is updated and painted (the page's own slot runs first), and until the counts are shown."""
    from desktop.storage import word_sets

    state, field = window.browse.state, window.browse.search.field
    start_text = f.query[:-1]
    word_sets.forget()  # only what typing the start text looked up is known, not earlier runs
    field.setText(start_text)
    wait_for_search(window, lambda: state.set_filter(_with_query(f, start_text)))
    listed: list[Interval] = []
    shown_rows: list[bool] = []

    def paint_list(*_args: object) -> None:
        flush_paint()  # the page's slot paints the list itself (paint_list_now)
        listed.append(watch.stop())
        shown_rows.append(rows_shown(window))

    runner = window.browse.runner
    runner.listed.connect(paint_list)
    watch = Stopwatch()
    wait_for_search(window, lambda: type_last_key(window, f.query))
    paint(window.browse)
    shown = watch.stop()
    runner.listed.disconnect(paint_list)
    if not all(shown_rows):
        raise RuntimeError(f"{f.query!r}: timed before the list showed its rows")
    return listed[0], shown


def _with_query(f: Any, text: str) -> Any:
    from dataclasses import replace

    return replace(f, query=text)


def sort_figure(window: Any, runs: int) -> dict[str, Any]:
    from desktop.domain.filters import ResourceFilter, Sort

    state = window.browse.state
    wait_for_search(window, lambda: state.set_filter(ResourceFilter()))
    samples = Samples()
    for i in range(runs + 1):
        sort = (Sort.TITLE, Sort.NEWEST)[i % 2]
        watch = Stopwatch()
        wait_for_search(window, lambda s=sort: state.set_sort(s))
        paint(window.browse)
        samples.add(watch)
    return samples.figure("whole list: title ⇄ newest, painted", skip=1).as_dict()


SCROLL_STEPS = 200


def scroll_figures(window: Any) -> dict[str, Any]:
    """GUI-thread time of each scroll step (move + synchronous repaint): the longest is a stall.

    "drag to end": the scroll bar dragged from the top to the end in 200 moves. "page down":
    200 Page Down presses spread from the top to the end (each from a place a drag left the
    list at; pressing it through all 100k rows would be ~10,000 steps of the same cost). Rows
    whose page is not loaded are painted empty while it is read on a worker; the repaint when
    it arrives is GUI-thread time too, so it is a sample of its own ("fill").
    """
    from desktop.domain.filters import ResourceFilter

    wait_for_search(window, lambda: window.browse.state.set_filter(ResourceFilter()))
    view, model = window.browse.search.list, window.browse.model
    bar = view.verticalScrollBar()
    drag = max(1, bar.maximum() // SCROLL_STEPS)
    results = {}
    for name, start_step in (("page_down", drag), ("drag_to_end", 0)):
        bar.setValue(0)
        paint(view.viewport())
        samples = Samples()
        while bar.value() < bar.maximum():
            if start_step:  # move unmeasured to the next place, then press Page Down there
                bar.setValue(min(bar.maximum(), bar.value() + start_step))
                _settle(view, model)
            watch = Stopwatch()
            bar.setValue(min(bar.maximum(), bar.value() + (bar.pageStep() if start_step else drag)))
            paint(view.viewport())
            samples.add(watch)
            if model.reading:
                _settle(view, model, samples)
        figure = samples.figure(f"{len(samples.wall)} steps and fills to row {model.rowCount():,}")
        results[name] = {
            **figure.as_dict(),
            "max": round(max(samples.wall), 2),
            "cpu_max": round(max(samples.cpu), 2),
        }
    return results


def _settle(view: Any, model: Any, samples: Samples | None = None) -> None:
    """Wait for the pages being read, then repaint the rows they fill (timed into `samples`)."""
    while model.reading:
        model.wait_for_pages(1000)
        QApplication.sendPostedEvents()  # the worker's answer: rows stored, update requested
    watch = Stopwatch()
    paint(view.viewport())
    if samples is not None:
        samples.add(watch)


def open_figure(window: Any, runs: int) -> dict[str, Any]:
    model, browse = window.browse.model, window.browse
    samples = Samples()
    count = model.rowCount()
    for i in range(runs + 1):
        row = model.row_at((i * 7919) % count)
        watch = Stopwatch()
        browse.show_resource(row.uid)
        paint(browse.detail)
        samples.add(watch)
    return samples.figure("detail pane filled and painted", skip=1).as_dict()


def window_figures(data_dir: Path, shipped: Path, runs: int) -> dict[str, Any]:
    window = open_window(data_dir, shipped)
    results = {
        "keystroke": keystroke_figures(window, runs),
        "sort": sort_figure(window, runs),
        "scroll": scroll_figures(window),
        "open": open_figure(window, runs),
        "peak_rss_mb": peak_rss_mb(),
    }
    window.browse.runner.wait()
    return results


def _compile_bytecode() -> None:
    """Write the bytecode an installed app has (pip and the built app ship it); where
    PYTHONDONTWRITEBYTECODE is set, every start would otherwise compile ~90 modules again."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("desktop", "bench"):
        compileall.compile_dir(root / package, quiet=1)


def run_all(work: Path, catalogue: Path, runs: int, quick: bool, child: Child) -> dict[str, Any]:
    """Cold starts (each in a new process, the catalogue already installed), then the window."""
    import shutil

    data = work / "gui-data"
    shutil.rmtree(data, ignore_errors=True)
    _compile_bytecode()
    child("bench.gui_bench", "cold", data, catalogue, time.time())  # installs the catalogue
    starts = [
        child("bench.gui_bench", "cold", data, catalogue, time.time())
        for _ in range(1 if quick else 7)
    ]
    if not all(s["rows_shown"] for s in starts):
        raise RuntimeError("cold start timed before the list showed its rows")
    samples = [float(s["ms"]) for s in starts]
    cpu = [float(s["cpu_ms"]) for s in starts]
    label = "process start → window painted with first rows"
    return {
        "cold": {
            **summarise(samples, label, cpu).as_dict(),
            "peak_rss_mb": max(s["peak_rss_mb"] for s in starts),
        },
        "window": child("bench.gui_bench", "window", data, catalogue, runs),
        "naive": child("bench.naive_bench", catalogue, 1 if quick else min(runs, 10)),
    }


def main(argv: list[str]) -> int:
    mode, data_dir, shipped = argv[0], Path(argv[1]), Path(argv[2])
    if mode == "cold":
        result = cold(data_dir, shipped, float(argv[3]))
    else:
        result = window_figures(data_dir, shipped, int(argv[3]))
    print(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: not part of any figure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
