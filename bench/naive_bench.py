"""The naive comparison: every row in a QStandardItemModel, filtered by a QSortFilterProxyModel.

This is how many Qt apps start (and what JabRef-like slowdowns come from): all rows loaded as
items, and each keystroke re-filters them all on the GUI thread with a case-insensitive
substring of title and summary. `python -m bench.naive_bench CATALOGUE RUNS` prints JSON.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402

from bench.timing import Samples, Stopwatch, peak_rss_mb  # noqa: E402

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


def load(catalogue: Path) -> QStandardItemModel:
    conn = sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True)
    model = QStandardItemModel()
    for title, summary in conn.execute(
        "SELECT title, summary FROM resources WHERE withdrawn_in IS NULL "
        "ORDER BY published DESC NULLS LAST, title_key"
    ):
        item = QStandardItem(title)
        item.setData(f"{title}\n{summary}", TEXT_ROLE)
        model.appendRow(item)
    return model


def run(catalogue: Path, runs: int) -> dict[str, Any]:
    from bench.storage_bench import SEARCHES

    app = QApplication.instance() or QApplication([])
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(load(catalogue))
    proxy.setFilterRole(TEXT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    view.resize(600, 800)
    view.show()
    app.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as gui_bench.paint
    view.viewport().repaint()
    results: dict[str, Any] = {
        "load_ms": round((time.perf_counter() - start) * 1000),
        "rows": proxy.rowCount(),
    }
    searches = {}
    for search in SEARCHES:
        samples = Samples()
        for _ in range(runs + 1):
            proxy.setFilterFixedString(search.filter.query[:-1])
            watch = Stopwatch()
            proxy.setFilterFixedString(search.filter.query)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as gui_bench.paint
            view.viewport().repaint()
            samples.add(watch)
        searches[search.key] = {
            **samples.figure(search.label, skip=1).as_dict(),
            "hits": proxy.rowCount(),
        }
    results["search"] = searches
    results["peak_rss_mb"] = peak_rss_mb()
    results["rss_before_mb"] = rss_before
    return results


def main(argv: list[str]) -> int:
    print(json.dumps(run(Path(argv[0]), int(argv[1])), ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
