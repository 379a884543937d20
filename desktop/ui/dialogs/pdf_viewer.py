"""An in-app PDF viewer (QtPdf): pages, zoom and find, for attachments kept offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
MIN_BUTTON_WIDTH = 32


class PdfViewer(QDialog):
    """Shows one PDF file; opened non-modal beside the main window."""

    def __init__(self, path: Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.path, self.title = path, title or path.name
        self.document = QPdfDocument(self)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.search.countChanged.connect(self._on_search_count_changed)
        self._result = -1
        self._build()
        self.retranslate_ui()
        self.load_error = self.document.load(str(path))
        self.view.setDocument(self.document)
        self._on_page_changed(0)
        self.resize(820, 900)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_page = QToolButton(objectName="previousPage")
        self.next_page = QToolButton(objectName="nextPage")
        self.page_label = QLabel(objectName="pageLabel")
        self.zoom_out = QToolButton(objectName="zoomOut")
        self.zoom_in = QToolButton(objectName="zoomIn")
        self.fit_width = QToolButton(objectName="fitWidth")
        self.find_edit = QLineEdit(objectName="findEdit")
        self.find_edit.setClearButtonEnabled(True)
        self.find_next = QToolButton(objectName="findNext")
        self.find_label = QLabel(objectName="findLabel")
        for widget in (self.previous_page, self.page_label, self.next_page):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out, self.zoom_in, self.fit_width):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.find_edit, self.find_next, self.find_label):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.view = QPdfView(self)
        self.view.setSearchModel(self.search)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._on_page_changed)
        self.previous_page.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() * ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() / ZOOM_STEP))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.find_edit.returnPressed.connect(self.find)
        self.find_next.clicked.connect(self.find)
        self.find_edit.textChanged.connect(self._on_find_text_changed)
        self._add_keys()

    def _add_keys(self) -> None:
        """Ctrl+F to find, and buttons big enough to hit (their keys: _set_button_keys)."""
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.find_edit.setFocus)
        find.activated.connect(self.find_edit.selectAll)
        for button in (self.previous_page, self.next_page, self.zoom_out, self.zoom_in):
            button.setMinimumWidth(MIN_BUTTON_WIDTH)  # a lone "‹" or "+" is otherwise ~16 px

    # --- pages and zoom -------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(factor, 8.0)))

    def _on_page_changed(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(
                page=QLocale().toString(page + 1), count=QLocale().toString(self.page_count())
            )
        )
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < self.page_count())

    # --- find -------------------------------------------------------------------------------------

    def find(self) -> None:
        """Go to the next match of the find text (matches arrive page by page)."""
        text = self.find_edit.text().strip()
        if self.search.searchString() != text:
            self._result = -1
            self.search.setSearchString(text)
        if self.search.count():
            self._go_to_result((self._result + 1) % self.search.count())
        self._show_find_count()

    def _on_search_count_changed(self) -> None:
        if self._result < 0 and self.search.count():
            self._go_to_result(0)
        self._show_find_count()

    def _go_to_result(self, index: int) -> None:
        self._result = index
        self.view.pageNavigator().jump(self.search.resultAtIndex(index))
        self.view.setCurrentSearchResultIndex(index)

    def _on_find_text_changed(self, _text: str) -> None:
        self.find_label.clear()

    def _show_find_count(self) -> None:
        count = self.search.count()
        if not self.search.searchString():
            self.find_label.clear()
        elif count:
            self.find_label.setText(
                self.tr("{current} of {count}").format(
                    current=QLocale().toString(self._result + 1), count=QLocale().toString(count)
                )
            )
        else:
            self.find_label.setText(self.tr("Not found"))

    # --- language ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.previous_page.setText("›" if rtl else "‹")
        self.next_page.setText("‹" if rtl else "›")
        names = {
            self.previous_page: self.tr("Previous page"),
            self.next_page: self.tr("Next page"),
            self.zoom_in: self.tr("Zoom in"),
            self.zoom_out: self.tr("Zoom out"),
        }
        for button, name in names.items():  # a screen reader says the name, not "‹" or "+"
            button.setToolTip(name)
            button.setAccessibleName(name)
        self.find_edit.setAccessibleName(self.tr("Find in document"))
        self.zoom_in.setText("+")
        self.zoom_out.setText("−")
        self.fit_width.setText(self.tr("Fit width"))
        self.find_edit.setPlaceholderText(self.tr("Find in document"))
        self.find_next.setText(self.tr("Next"))
        self._set_button_keys()
        if self.document.status() == QPdfDocument.Status.Ready:
            self._on_page_changed(self.current_page())

    def _set_button_keys(self) -> None:
        """Ctrl++, Ctrl+- and F3; after the texts, as a button's setText resets its key."""
        keys = {
            self.zoom_in: QKeySequence.StandardKey.ZoomIn,
            self.zoom_out: QKeySequence.StandardKey.ZoomOut,
            self.find_next: QKeySequence.StandardKey.FindNext,
        }
        for button, key in keys.items():
            button.setShortcut(QKeySequence(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)
