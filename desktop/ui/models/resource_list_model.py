"""The result list as a windowed model: every matching id in order, row data only when painted.

The model holds the ordered ids of a search. Row data is fetched by id in pages of
`PAGE_SIZE`, and only the last few pages are kept, so 100,000 results cost no more to paint
than 50.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.models import ResourceRow
from desktop.ui.safe_text import plain_tip

PAGE_SIZE = 200
CACHED_PAGES = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2

FetchRows = Callable[[Sequence[int], str], list[ResourceRow]]
Index = QModelIndex | QPersistentModelIndex


class ResourceListModel(QAbstractListModel):
    """Rows of the current search; `fetch_rows(ids, lang)` loads a page of rows by id."""

    def __init__(self, fetch_rows: FetchRows, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: tuple[int, ...] = ()
        self._lang = "en"
        self._pages: OrderedDict[int, list[ResourceRow | None]] = OrderedDict()

    def set_results(self, ids: Sequence[int], first_rows: Sequence[ResourceRow], lang: str) -> None:
        """Show a new result: `first_rows` are the rows of the first ids, already loaded."""
        self.beginResetModel()
        self._ids = tuple(ids)
        self._lang = lang
        self._pages.clear()
        if first_rows:
            self._store_page(0, first_rows)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Labels (type, countries) change language: drop loaded rows and repaint."""
        self._lang = lang
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    @property
    def ids(self) -> tuple[int, ...]:
        return self._ids

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
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
