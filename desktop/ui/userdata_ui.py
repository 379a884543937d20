"""The user's own data in the window: `install_userdata_ui(window, store)`.

Adds, without changing the panes' own code: the priorities tracker page (replacing the
placeholder `prioritiesView`), Edit ▸ Undo / Redo (Ctrl+Z / Ctrl+Shift+Z), the File menu's
user-data items (export / import, notes as Markdown, briefing PDF, collections, notes trash),
the star, reading state, tags, collections and notes in the detail pane, marks on list rows,
a "Link to a priority" context menu on the list, and the personal filters above the facets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from shiboken6 import isValid

from desktop.domain.errors import DaleelError
from desktop.domain.userdata import ImportReport
from desktop.storage.store import Store
from desktop.ui.formatting import count_written, format_number, join_labels
from desktop.ui.models.resource_list_model import UID_ROLE
from desktop.ui.panes.priorities_pane import PrioritiesPane, link_menu
from desktop.ui.panes.resource_marks import DetailMarks, MarkedResourceDelegate, PersonalFilters
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService

log = logging.getLogger(__name__)
PRIORITIES_PAGE = 2


class UserDataUi(QObject):
    """Owns the user-data service, the undo stack and the widgets added to the window."""

    def __init__(self, window: Any, store: Store) -> None:
        super().__init__(window)
        self.setObjectName("userDataUi")
        self.window = window
        self.service = UserDataService(store)
        self.undo = UserDataUndo(self.service)
        self.undo.stack.setParent(self)
        self._install_priorities(window)
        self._install_menus(window)
        self._install_browse(window)
        window.state.language_changed.connect(self.priorities.set_language)
        window.state.arabic_digits_changed.connect(lambda _on: self.priorities.follow_locale())
        QCoreApplication.instance().aboutToQuit.connect(self.service.close)  # type: ignore[union-attr]
        window.installEventFilter(self)
        self.retranslate_ui()

    # — installation —

    def _install_priorities(self, window: Any) -> None:
        old = window.pages.widget(PRIORITIES_PAGE)
        self.priorities = PrioritiesPane(self.undo, window.state.lang, window)
        window.pages.insertWidget(PRIORITIES_PAGE, self.priorities)
        window.pages.removeWidget(old)
        old.setObjectName("prioritiesPlaceholder")
        old.hide()
        self.priorities.resource_requested.connect(self.open_resource)

    def _install_menus(self, window: Any) -> None:
        stack = self.undo.stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        stack.undoTextChanged.connect(lambda _t: self._undo_texts())  # after Qt's own text
        stack.redoTextChanged.connect(lambda _t: self._undo_texts())
        self.edit_menu = QMenu(window.menuBar())
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        window.menuBar().insertMenu(window.view_menu.menuAction(), self.edit_menu)
        names = ("export", "import", "markdown", "briefing", "collections", "trash")
        self.actions = {name: QAction(window, objectName=f"{name}UserDataAction") for name in names}
        slots = (
            self.choose_export, self.choose_import, self.choose_markdown, self.choose_briefing,
            self.show_collections, self.show_trash,
        )  # fmt: skip
        for action, slot in zip(self.actions.values(), slots, strict=True):
            action.triggered.connect(slot)
        menu = window.file_menu
        quit_action = window.actions.quit
        menu.insertSeparator(quit_action)
        for action in self.actions.values():
            menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)

    def _install_browse(self, window: Any) -> None:
        browse = window.browse
        self.marks = DetailMarks(self.undo, browse.detail)
        browse.detail.set_notes_widget(self.marks)
        browse.detail.shown_changed.connect(self.marks.show_resource)
        view = browse.search.list
        self.delegate = MarkedResourceDelegate(self.undo, view)
        view.setItemDelegate(self.delegate)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_list_menu)
        self.filters = PersonalFilters(self.undo, window.state)
        layout = browse.facets.widget().layout()
        layout.insertWidget(2, self.filters)

    # — actions —

    def open_resource(self, uid: str) -> None:
        self.window.show_page(1, False)
        self.window.browse.open_resource(uid)

    def _on_list_menu(self, pos: QPoint) -> None:
        view = self.window.browse.search.list
        index = view.indexAt(pos)
        uid = index.data(UID_ROLE) if index.isValid() else None
        if not uid:
            return
        menu = QMenu(view)
        starred = self.service.marks(uid).bookmarked
        menu.addAction(
            self.tr("Remove bookmark") if starred else self.tr("Bookmark"),
            lambda: self.undo.toggle_bookmark(uid),
        )
        link_menu(menu, self.undo, [uid], self.window.state.lang)
        menu.exec(view.viewport().mapToGlobal(pos))

    def _save_path(self, title: str, name: str, kinds: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, kinds)
        return Path(path) if path else None

    def choose_export(self) -> None:
        path = self._save_path(
            self.tr("Export my data"), "daleel-my-data.json", self.tr("JSON files (*.json)")
        )
        if path is not None:
            self._guarded(lambda: self.service.export_to(path))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import my data"),
            "",
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if path:
            report = self._guarded(lambda: self.service.import_from(Path(path)))
            if report is not None:
                QMessageBox.information(
                    self.window, self.tr("Import my data"), self.describe(report)
                )

    def describe(self, report: ImportReport) -> str:
        """The import's outcome in the UI language, its numbers in the digits preferred."""
        lang, digits = self.window.state.lang, self.window.state.arabic_digits

        def number(n: int) -> str:
            return format_number(n, lang, digits)

        text = self.tr("Added %1, updated %2, unchanged %3.")
        for n, value in enumerate((report.added, report.updated, report.unchanged), 1):
            text = text.replace(f"%{n}", number(value))
        conflicts = self.tr("Kept %n conflict copies.", "", report.conflicts)
        text += " " + count_written(conflicts, report.conflicts, lang, digits)
        if report.unknown_resources:
            extra = self.tr("Kept, though this catalogue does not have them: %1")
            unknown = join_labels(list(report.unknown_resources[:20]), lang)
            text += "\n" + extra.replace("%1", unknown)
        return text

    def choose_markdown(self) -> None:
        path = self._save_path(
            self.tr("Export notes as Markdown"), "daleel-notes.md", self.tr("Markdown (*.md)")
        )
        if path is not None:
            self._guarded(lambda: self.service.notes_markdown_to(path, QCoreApplication.translate))

    def choose_briefing(self) -> None:
        path = self._save_path(
            self.tr("Export briefing"), "daleel-briefing.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            from desktop.ui.briefing_pdf import write_briefing  # loaded when first used

            self._guarded(lambda: write_briefing(self.service, self.window.state.lang, path))

    def show_collections(self) -> None:
        from desktop.ui.dialogs.collections_dialog import CollectionsDialog

        CollectionsDialog(self.undo, self.window).exec()

    def show_trash(self) -> None:
        from desktop.ui.dialogs.collections_dialog import TrashDialog

        TrashDialog(self.undo, self.window).exec()

    def _guarded(self, work: Any) -> Any:
        try:
            return work()
        except DaleelError as error:
            self.window.show_error(error)
        except OSError as error:
            log.warning("user data file: %s", error)
            self.window.show_error(error)
        return None

    def _undo_texts(self) -> None:
        stack = self.undo.stack
        if not isValid(stack):
            return  # the window is being destroyed
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    def retranslate_ui(self) -> None:
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo.retranslate()
        self._undo_texts()
        texts = {
            "export": self.tr("Export my data…"),
            "import": self.tr("Import my data…"),
            "markdown": self.tr("Export notes as Markdown…"),
            "briefing": self.tr("Export briefing (PDF)…"),
            "collections": self.tr("Collections…"),
            "trash": self.tr("Notes trash…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False


def install_userdata_ui(window: Any, store: Store) -> UserDataUi:
    ui = UserDataUi(window, store)
    window.userdata_ui = ui
    return ui
