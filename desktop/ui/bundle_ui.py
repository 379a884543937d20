"""Catalogue bundles in the window: File ▸ Import…, dropping a bundle, Help ▸ Catalogue.

`install_bundle_ui(window, store)` adds the two menu items and accepts dropped `.zip` files;
after an import or a restore the window reloads its content. Kept apart from main_window.py,
which only composes panes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.storage.attachment_texts import text_of
from desktop.storage.catalogue_about import whats_new
from desktop.storage.store import Store
from desktop.ui.panes.detail_pane import DetailPane

if TYPE_CHECKING:  # the dialogs load when first opened: they are slow to import
    from desktop.ui.dialogs.catalogue_dialog import CatalogueDialog
    from desktop.ui.dialogs.import_dialog import ImportDialog

BUNDLE_SUFFIX = ".zip"
BROWSE_PAGE = 1


class BundleUi(QObject):
    """The window's bundle actions; its parent is the window."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.setObjectName("bundleUi")
        self.window, self.store = window, store
        self.import_action = QAction(window, objectName="importBundleAction")
        self.catalogue_action = QAction(window, objectName="catalogueAction")
        self.import_action.triggered.connect(self.choose_and_import)
        self.catalogue_action.triggered.connect(self.show_catalogue)
        self.whats_new_action = QAction(window, objectName="whatsNewAction")
        self.whats_new_action.triggered.connect(self.show_whats_new)
        self._add_to_menus(window)
        for pane in window.findChildren(DetailPane):
            pane.attachments_view.files_dir = store.paths.files
            pane.attachments_view.text_of = lambda sha: text_of(store, sha)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.dialog: ImportDialog | CatalogueDialog | None = None
        self.retranslate_ui()

    def _add_to_menus(self, window: Any) -> None:
        file_menu, help_menu = window.file_menu, window.help_menu
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertAction(first, self.import_action)
        file_menu.insertSeparator(first)
        help_menu.insertAction(
            help_menu.actions()[0] if help_menu.actions() else None, self.catalogue_action
        )
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.whats_new_action)

    # --- actions -------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a catalogue bundle"),
            "",
            self.tr("Daleel bundles (*.zip);;All files (*)"),
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> ImportDialog:
        from desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._reload_window)
        dialog.whats_new_requested.connect(self.show_whats_new)
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def show_catalogue(self) -> CatalogueDialog:
        from desktop.ui.dialogs.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(self.store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._reload_window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_whats_new(self) -> frozenset[str]:
        """Browse what the last import added or changed (a filter: Clear filters ends it)."""
        uids = whats_new(self.store)
        window: Any = self.window
        window.state.set_filter(replace(window.state.filter.cleared(), uids=uids))
        window.show_page(BROWSE_PAGE)
        return uids

    def _reload_window(self) -> None:
        window: Any = self.window
        window._load_content()  # stats, themes and latest resources of the new catalogue
        window.browse.run_search()

    # --- drops and language ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if dropped_bundle(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_bundle(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self.open_import(path)
                return True
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import catalogue bundle…"))
        self.import_action.setStatusTip(
            self.tr("Check and apply a catalogue update from a file (a USB stick, a colleague)")
        )
        self.catalogue_action.setText(self.tr("&Catalogue…"))
        self.whats_new_action.setText(self.tr("&What's new"))
        self.whats_new_action.setStatusTip(
            self.tr("Show what the last catalogue update added or changed")
        )


def dropped_bundle(mime: Any) -> Path | None:
    """The one local bundle file being dragged, if that is what it is."""
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == BUNDLE_SUFFIX else None


def install_bundle_ui(window: QMainWindow, store: Store) -> BundleUi:
    return BundleUi(window, store)
