"""The Browse page: facets | search and list | detail, and the search round-trip between them.

Every change of the filter is sent to a worker; its answer fills the list model, the facet
counts and the chips. Selecting a row shows the resource in the detail pane.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.domain.errors import DaleelError
from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.models import Facet, FacetCount
from desktop.domain.query import parse_query
from desktop.ui.app_state import AppState
from desktop.ui.facet_names import facet_label
from desktop.ui.models.resource_list_model import ResourceListModel
from desktop.ui.panes.detail_pane import DetailPane
from desktop.ui.panes.facet_panel import FacetPanel
from desktop.ui.panes.search_pane import SearchPane
from desktop.ui.panes.tab_order import tab_in_reading_order
from desktop.ui.services import CatalogueService, SearchOutcome
from desktop.ui.workers import SearchRunner

log = logging.getLogger(__name__)
DEFAULT_SIZES = [250, 560, 470]


class BrowsePage(QSplitter):
    """The three browsing panes in a splitter, kept in step with the `AppState` filter."""

    error_occurred = Signal(object)  # an exception to show
    results_shown = Signal(int)  # how many resources the list holds

    def __init__(
        self, state: AppState, service: CatalogueService, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("browsePage")
        self.state, self.service = state, service
        self.catalogue_size = 0
        self._uid = ""
        self._shown_id: int | None = None  # the catalogue id of `_uid`, to find it in any list
        self.model = ResourceListModel(service.rows, self)
        self.facets = FacetPanel(self)
        self.search = SearchPane(self.model, self)
        self.detail = DetailPane(self)
        for pane in (self.facets, self.search, self.detail):
            self.addWidget(pane)
            self.setCollapsible(self.indexOf(pane), pane is not self.search)
        self.setStretchFactor(1, 1)
        self.setSizes(DEFAULT_SIZES)
        self.search.set_display(state.lang, state.arabic_digits)
        self.detail.set_arabic_digits(state.arabic_digits)
        self.runner = SearchRunner(service, self)
        self._connect()

    def _connect(self) -> None:
        state = self.state
        self.facets.value_toggled.connect(lambda f, v: state.toggle(Facet(f), v))
        self.facets.clear_requested.connect(state.clear_filters)
        self.search.query_changed.connect(state.set_query)
        self.search.sort_changed.connect(lambda s: state.set_sort(Sort(s)))
        self.search.chip_removed.connect(lambda f, v: state.toggle(Facet(f), v))
        self.search.clear_filters_requested.connect(state.clear_filters)
        self.search.current_changed.connect(self.show_resource)
        self.search.resource_opened.connect(self._on_search_resource_opened)
        self.detail.facet_value_activated.connect(lambda f, v: state.select_only(Facet(f), v))
        self.detail.resource_activated.connect(self.open_resource)
        state.filter_changed.connect(self.run_search)
        self.runner.listed.connect(self._on_runner_listed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.failed.connect(self.error_occurred)

    # — searching —

    def run_search(self, _f: object = None) -> None:
        self.runner.submit(self.state.filter, self.state.lang)

    def _on_runner_listed(self, f: ResourceFilter, outcome: SearchOutcome) -> None:
        self.model.set_results(outcome.ids, outcome.first_rows, self.state.lang, outcome.size)
        self.search.set_chips(self._chips(f))
        self.search.set_sort(f.sort.value)
        self.search.show_results(self.catalogue_size, f.has_filters)
        self._restore_selection()
        self.results_shown.emit(outcome.size)
        self.search.paint_list_now()  # before the worker orders the rest (see workers.py)

    def _on_runner_finished(self, f: ResourceFilter, outcome: SearchOutcome) -> None:
        self.model.complete(outcome.ids)  # the list was shown from its first page
        self._restore_selection()  # the shown resource may be past the first page
        counts = self._with_selected(outcome.counts, f)
        self.facets.set_counts(
            counts, f, self.state.lang, self.state.arabic_digits, self.catalogue_size == 0
        )

    def _on_runner_failed(self, _error: object) -> None:
        """A list shown from its first page whose rest never came keeps only that page."""
        self.model.complete(self.model.ids)

    def _with_selected(
        self, counts: dict[Facet, list[FacetCount]], f: ResourceFilter
    ) -> dict[Facet, list[FacetCount]]:
        """Counts with every selected value in, at 0 when nothing matches it any more."""
        result = dict(counts)
        for facet, values in f.selections:
            present = {c.value for c in counts.get(facet, [])}
            missing = [
                FacetCount(v, self.service.label(facet, v, self.state.lang).label, 0)
                for v in sorted(values - present)
            ]
            result[facet] = [*counts.get(facet, []), *missing]
        return result

    def _chips(self, f: ResourceFilter) -> list[tuple[str, str, str]]:
        chips = []
        for facet, values in f.selections:
            for value in sorted(values):
                label = self.service.label(facet, value, self.state.lang).label
                chips.append((facet.value, value, f"{facet_label(facet)}: {label}"))
        return chips

    def _restore_selection(self) -> None:
        if self.search.list.currentIndex().isValid() or not self._uid:
            return
        position = self.model.position_of(self._uid)
        if position is None and self._shown_id is not None:
            position = self.model.position_of_id(self._shown_id)
        if position is None:
            return
        self.search.list.setCurrentIndex(self.model.index(position))

    # — the selected resource —

    def show_resource(self, uid: str) -> None:
        """Fill the detail pane with `uid` (or empty it for "")."""
        self._uid = uid
        self._shown_id = None
        if not uid:
            self.detail.clear()
            return
        lang = self.state.lang
        try:
            resource = self.service.resource(uid, lang)
            related = self.service.related(uid, lang)
        except DaleelError as error:
            self.error_occurred.emit(error)
            return
        self._shown_id = resource.id
        self.detail.show_resource(resource, related, parse_query(self.state.filter.query))

    def open_resource(self, uid: str) -> None:
        """Show `uid` in the detail pane, selecting its row when it is in the list."""
        position = self.model.position_of(uid)
        if position is not None:
            self.search.list.setCurrentIndex(self.model.index(position))
        else:
            self.search.list.clearSelection()
            self.show_resource(uid)

    def _on_search_resource_opened(self, uid: str) -> None:
        sizes = self.sizes()
        if sizes[2] == 0:
            self.setSizes([sizes[0], max(200, sizes[1] - DEFAULT_SIZES[2]), DEFAULT_SIZES[2]])
        self.show_resource(uid)
        self._focus_detail()

    def _focus_detail(self) -> None:
        """Keyboard focus to the detail pane's first control (Tab and Shift+Tab go on from it)."""
        for widget in [self.detail, *self.detail.findChildren(QWidget)]:
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab and Shift+Tab go through the panes as they read (see tab_order.py)."""
        panes = [self.facets, self.search, self.detail]
        return tab_in_reading_order(panes, self, next) or super().focusNextPrevChild(next)

    def current_index(self) -> QModelIndex:
        return self.search.list.currentIndex()

    # — language —

    def apply_language(self) -> None:
        """Labels come from the catalogue in the new language: re-fetch them."""
        lang = self.state.lang
        self.search.set_display(lang, self.state.arabic_digits)
        self.detail.set_arabic_digits(self.state.arabic_digits)
        self.model.set_language(lang)
        self.run_search()
        if self._uid:
            self.show_resource(self._uid)
