"""The result list as a windowed model: every matching id in order, row data only when painted.

The model holds the ordered ids of a search. Row data is fetched by id in pages of
`PAGE_SIZE`, and only the last `CACHED_PAGES` pages are kept, so 100,000 results cost no more
to paint than 50. Painting never waits for the catalogue: the delegate asks for `PAINT_ROLE`,
which gives the row if its page is loaded, and otherwise starts reading the page on a worker
(the page asked for last first) and gives None: the row is painted empty, then again when its
page arrives. Every other role reads the page at once.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from desktop.domain.models import ResourceRow
from desktop.ui.safe_text import plain_tip

# A page is read in one go when a row of it is first painted: 50 rows cost ~4 ms at 100k
# resources, 200 ~15 ms (the repaint when a page arrives grows with it).
PAGE_SIZE = 50
CACHED_PAGES = 32
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2
PAINT_ROLE = Qt.ItemDataRole.UserRole + 3  # the row if loaded, else None (read in background)
log = logging.getLogger(__name__)

FetchRows = Callable[[Sequence[int], str], list[ResourceRow]]
Index = QModelIndex | QPersistentModelIndex


class _PageRelay(QObject):
    """Carries a page read on a worker back to the GUI thread (queued signal)."""

    loaded = Signal(int, int, object)  # generation, page, rows (None if the read failed)


class _ReadPage(QRunnable):
    def __init__(
        self,
        fetch: FetchRows,
        ids: Sequence[int],
        lang: str,
        key: tuple[int, int],
        relay: _PageRelay,
    ) -> None:
        super().__init__()
        self._fetch, self._ids, self._lang, self._key, self._relay = fetch, ids, lang, key, relay

    def run(self) -> None:
        try:
            rows: list[ResourceRow] | None = self._fetch(self._ids, self._lang)
        except Exception:  # a worker must report, not die silently; the row stays empty
            log.exception("reading a page of the result list failed")
            rows = None
        self._relay.loaded.emit(*self._key, rows)


class ResourceListModel(QAbstractListModel):
    """Rows of the current search; `fetch_rows(ids, lang)` loads a page of rows by id."""

    def __init__(self, fetch_rows: FetchRows, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: tuple[int, ...] = ()
        self._total = 0  # rows shown: more than `_ids` while the rest are being ordered
        self._lang = "en"
        self._pages: OrderedDict[int, list[ResourceRow | None]] = OrderedDict()
        self._generation = 0  # a new one at every reset: older background reads are dropped
        self._reading: set[int] = set()  # pages being read in the background
        self._asked = 0  # how many pages were asked for: the priority of the next one
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _PageRelay(self)
        self._relay.loaded.connect(self._on_page_loaded)

    def set_results(
        self,
        ids: Sequence[int],
        first_rows: Sequence[ResourceRow],
        lang: str,
        total: int | None = None,
    ) -> None:
        """Show a new result: `first_rows` are the rows of the first ids, already loaded.

        With `total`, `ids` are only the first of `total` (the rest are being ordered): the
        rows after them are empty until `complete` gives every id.
        """
        self.beginResetModel()
        self._ids = tuple(ids)
        self._total = len(self._ids) if total is None else max(total, len(self._ids))
        self._lang = lang
        self._forget_pages()
        for start in range(0, len(first_rows), PAGE_SIZE):
            self._store_page(start // PAGE_SIZE, first_rows[start : start + PAGE_SIZE])
        self.endResetModel()

    def complete(self, ids: Sequence[int]) -> None:
        """Every id of the result shown, whose first ids `set_results` had (same order)."""
        known = len(self._ids)
        if len(ids) != self._total or tuple(ids[:known]) != self._ids:
            self.set_results(ids, [], self._lang)  # not the list shown: show this one
            return
        if known == self._total:
            return
        self._ids = tuple(ids)
        for page in [p for p in self._pages if (p + 1) * PAGE_SIZE > known]:
            del self._pages[page]  # read while only the first ids were known
        self.dataChanged.emit(self.index(known), self.index(self._total - 1), [PAINT_ROLE])

    def set_language(self, lang: str) -> None:
        """Labels (type, countries) change language: drop loaded rows and repaint."""
        self._lang = lang
        self._forget_pages()
        if self._total:
            self.dataChanged.emit(self.index(0), self.index(self._total - 1))

    @property
    def ids(self) -> tuple[int, ...]:
        return self._ids

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PAINT_ROLE:
            return self._row_if_loaded(index.row())
        if role in (UID_ROLE, ROW_ROLE) or role in _TEXT_ROLES:
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == ROW_ROLE:
                return row
            if role == UID_ROLE:
                return row.uid
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(row.title)  # catalogue text, never markup
            return row.title
        return None

    def row_at(self, position: int) -> ResourceRow | None:
        """The row at `position`, loading its page when needed (None if it vanished)."""
        page = position // PAGE_SIZE
        if page in self._pages:
            self._pages.move_to_end(page)
        else:
            self._load_page(page)
        return self._pages[page][position % PAGE_SIZE]

    @property
    def reading(self) -> bool:
        """Whether pages are being read in the background (tests and benchmarks wait on it)."""
        return bool(self._reading)

    def _row_if_loaded(self, position: int) -> ResourceRow | None:
        page = position // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows[position % PAGE_SIZE]
        if page not in self._reading:
            self._reading.add(page)
            ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            key = (self._generation, page)
            self._asked += 1  # the page asked for last is read first: it is the one on screen
            job = _ReadPage(self._fetch_rows, ids, self._lang, key, self._relay)
            self._pool.start(job, self._asked)
        return None

    def _on_page_loaded(self, generation: int, page: int, rows: list[ResourceRow] | None) -> None:
        if generation != self._generation:
            return  # read for a list (or a language) shown no more
        self._reading.discard(page)
        if rows is None:
            return
        self._store_page(page, rows)
        first, last = page * PAGE_SIZE, min(len(self._ids), (page + 1) * PAGE_SIZE) - 1
        self.dataChanged.emit(self.index(first), self.index(last), [PAINT_ROLE])

    def wait_for_pages(self, msecs: int = 5000) -> bool:
        """Block until every page being read has been read (tests and benchmarks)."""
        return self._pool.waitForDone(msecs)

    def _forget_pages(self) -> None:
        self._pool.clear()  # pages asked for the list shown before and not started: not read
        self._pages.clear()
        self._reading.clear()
        self._generation += 1

    def position_of_id(self, rid: int) -> int | None:
        """Where the resource with catalogue id `rid` is in the list (None when absent)."""
        try:
            return self._ids.index(rid)
        except ValueError:
            return None

    def position_of(self, uid: str) -> int | None:
        """Where a resource already loaded is in the list (None when not loaded or absent)."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row is not None and row.uid == uid:
                    return page * PAGE_SIZE + offset
        return None

    def _load_page(self, page: int) -> None:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._store_page(page, self._fetch_rows(ids, self._lang))

    def _store_page(self, page: int, rows: Sequence[ResourceRow]) -> None:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        by_id = {row.id: row for row in rows}
        self._pages[page] = [by_id.get(i) for i in ids]
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)


_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
