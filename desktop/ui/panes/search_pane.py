"""The search field, sort control, result count, active filter chips and the result list."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import Sort
from desktop.ui.delegates import DIGITS_PROPERTY, LANG_PROPERTY, ResourceDelegate
from desktop.ui.formatting import count_written
from desktop.ui.icons import icon
from desktop.ui.models.resource_list_model import UID_ROLE, ResourceListModel
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.filter_chips import FilterChipBar

DEBOUNCE_MS = 150
SORTS = (Sort.RELEVANCE, Sort.NEWEST, Sort.OLDEST, Sort.TITLE)


class ResultList(QTableView):
    """The result list: one column of rows of one height; Enter opens the current resource, as
    a double click does.

    A table, not a QListView: a list view lays out every item when its model is reset (280-400
    ms at 100k rows, or, in batches, a blank list for 0.6-2 s), while a table whose rows all
    have one height knows where row n is without laying anything out (a reset is painted in
    ~2 ms at 100k rows; see docs/performance.md).
    """

    opened = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(1)  # the delegate decides (fit_rows)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Every row as high as the delegate asks (it depends on the font only)."""
        delegate = self.itemDelegate()
        if delegate is None:
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = delegate.sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opening = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if opening and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchPane(QWidget):
    """Typing is debounced into `query_changed`; selection and opening report resource uids."""

    query_changed = Signal(str)
    sort_changed = Signal(str)  # a Sort value
    chip_removed = Signal(str, str)  # facet, value
    clear_filters_requested = Signal()
    current_changed = Signal(str)  # uid ("" when nothing is selected)
    resource_opened = Signal(str)  # uid

    def __init__(self, model: ResourceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPane")
        self.model = model
        self._count = 0
        self._lang = "en"
        self._arabic_digits = False
        self._has_filters = False
        self._chips: list[tuple[str, str, str]] = []
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_query)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(self._build_top())
        self.chips = FilterChipBar(self)
        self.chips.chip_removed.connect(self.chip_removed)
        self.chips.clear_requested.connect(self.clear_filters_requested)
        layout.addWidget(self.chips)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_list())
        self.no_results = EmptyState("no-results", self)
        self.no_results.setObjectName("noResults")
        self.no_results.button.setObjectName("clearFiltersButton")
        self.no_results.button.clicked.connect(self._on_no_results_clear)
        self.stack.addWidget(self.no_results)
        self.empty_catalogue = EmptyState("empty", self)
        self.empty_catalogue.setObjectName("emptyCatalogue")
        self.stack.addWidget(self.empty_catalogue)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.field, self.sort_box)
        self.setTabOrder(self.sort_box, self.list)
        self.retranslate_ui()

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self._search_action = self.field.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.field.textEdited.connect(lambda _text: self._debounce.start())
        self.field.textChanged.connect(self._on_field_text_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear_search)
        self.sort_label = QLabel(self)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        self.sort_label.setBuddy(self.sort_box)
        for sort in SORTS:
            self.sort_box.addItem("", sort.value)
        self.sort_box.activated.connect(lambda i: self.sort_changed.emit(self.sort_box.itemData(i)))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        top.addWidget(self.field, 1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort_box)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        return top

    def _build_list(self) -> ResultList:
        self.list = ResultList(self)
        self.list.setObjectName("resourceList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResourceDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.doubleClicked.connect(self._on_list_opened)
        self.list.opened.connect(self._on_list_opened)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        return self.list

    @property
    def delegate(self) -> ResourceDelegate:
        """The delegate painting the rows (an extension may install a subclass)."""
        return cast(ResourceDelegate, self.list.itemDelegate())

    # — what the window tells the pane —

    def show_results(self, total_catalogue: int, has_filters: bool) -> None:
        """The model was just filled: show the list, "no results" or "empty catalogue"."""
        self._count = self.model.rowCount()
        self._has_filters = has_filters
        if total_catalogue == 0:
            self.stack.setCurrentWidget(self.empty_catalogue)
        elif self._count == 0:
            self.stack.setCurrentWidget(self.no_results)
        else:
            self.stack.setCurrentIndex(0)
        self._retranslate_results()

    def paint_list_now(self) -> None:
        """Paint the list at once rather than at the next turn of the event loop."""
        if self.list.isVisible():
            self.list.viewport().repaint()

    def set_chips(self, chips: list[tuple[str, str, str]]) -> None:
        self._chips = chips
        self.chips.set_chips(chips, self.tr("Remove this filter"), self.tr("Clear all"))

    def set_sort(self, sort: str) -> None:
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))

    def set_display(self, lang: str, arabic_digits: bool) -> None:
        self._lang, self._arabic_digits = lang, arabic_digits
        self.list.setProperty(LANG_PROPERTY, lang)  # read by whichever delegate paints
        self.list.setProperty(DIGITS_PROPERTY, arabic_digits)
        self.list.viewport().update()
        self._retranslate_results()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear_search(self) -> None:
        if self.field.text():
            self.field.clear()
            self._emit_query()

    def select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    # — reactions —

    def _emit_query(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.field.text())

    def _on_field_text_changed(self, text: str) -> None:
        if not text and self._debounce.isActive():
            self._emit_query()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(UID_ROLE) if current.isValid() else None
        self.current_changed.emit(uid or "")

    def _on_list_opened(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.resource_opened.emit(uid)

    def _on_no_results_clear(self) -> None:
        if self._has_filters:
            self.clear_filters_requested.emit()
        else:
            self.field.clear()
            self._emit_query()

    # — language —

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the library"))
        self.field.setToolTip(
            self.tr("Search titles, summaries, countries, organisations (Ctrl+F); Esc clears it")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self._search_action.setIcon(icon("search"))
        self._search_action.setToolTip(self.tr("Search"))
        self.sort_label.setText(self.tr("&Sort:"))
        self.sort_box.setToolTip(self.tr("Order of the results"))
        self.sort_box.setAccessibleName(self.tr("Sort"))
        names = [
            self.tr("Relevance"),
            self.tr("Newest first"),
            self.tr("Oldest first"),
            self.tr("Title"),
        ]
        for i, name in enumerate(names):
            self.sort_box.setItemText(i, name)
        self.list.setAccessibleName(self.tr("Resources"))
        self.empty_catalogue.set_texts(
            self.tr("The catalogue is empty"),
            self.tr("Import a catalogue bundle to start browsing resources."),
        )
        self.empty_catalogue.refresh_icon()
        self.no_results.refresh_icon()
        self.set_chips(self._chips)
        self._retranslate_results()

    def _retranslate_results(self) -> None:
        n = self._count
        text = self.tr("%n resources", "", n)
        self.count_label.setText(count_written(text, n, self._lang, self._arabic_digits))
        self.count_label.setAccessibleName(self.count_label.text())
        if self._has_filters:
            self.no_results.set_texts(
                self.tr("No resources match"),
                self.tr("Try other words, or remove some filters."),
                self.tr("Clear filters"),
            )
        else:
            self.no_results.set_texts(
                self.tr("No resources match"),
                self.tr("Try other or fewer words."),
                self.tr("Clear search"),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
