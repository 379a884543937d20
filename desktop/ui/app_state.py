"""What the user is looking at: the search filter and the UI language, with change signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.models import Facet


class AppState(QObject):
    """The current `ResourceFilter` and language; panes change it, the window reacts."""

    filter_changed = Signal(object)  # ResourceFilter
    language_changed = Signal(str)
    arabic_digits_changed = Signal(bool)

    def __init__(self, lang: str, sort: Sort = Sort.RELEVANCE, arabic_digits: bool = False) -> None:
        super().__init__()
        self._filter = ResourceFilter(sort=sort)
        self._lang = lang
        self._arabic_digits = arabic_digits

    @property
    def filter(self) -> ResourceFilter:
        return self._filter

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def arabic_digits(self) -> bool:
        return self._arabic_digits and self._lang == "ar"

    def set_filter(self, f: ResourceFilter) -> None:
        if f != self._filter:
            self._filter = f
            self.filter_changed.emit(f)

    def set_query(self, text: str) -> None:
        self.set_filter(_replace(self._filter, query=text))

    def set_sort(self, sort: Sort) -> None:
        self.set_filter(_replace(self._filter, sort=sort))

    def toggle(self, facet: Facet, value: str) -> None:
        self.set_filter(self._filter.toggled(facet, value))

    def select_only(self, facet: Facet, value: str) -> None:
        """Filter by one value of a facet (a value clicked in the detail pane)."""
        self.set_filter(self._filter.with_selection(facet, frozenset({value})))

    def clear_filters(self) -> None:
        self.set_filter(self._filter.cleared())

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self.language_changed.emit(lang)

    def set_arabic_digits(self, on: bool) -> None:
        if on != self._arabic_digits:
            self._arabic_digits = on
            self.arabic_digits_changed.emit(on)


def _replace(f: ResourceFilter, **changes: object) -> ResourceFilter:
    return replace(f, **changes)  # type: ignore[arg-type]
