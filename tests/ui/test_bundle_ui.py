"""Bundles in the window: the menu items, a bundle dropped on the window, the refresh after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.bundle_ui import BundleUi
from desktop.ui.dialogs.catalogue_dialog import CatalogueDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.panes.detail_pane import DetailPane
from tests.fixtures.bundles import kit


def _bundle_ui(window: MainWindow) -> BundleUi:
    found = window.findChild(BundleUi, "bundleUi")
    assert found is not None
    return found


def _drop(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return True


def test_menus_offer_import_and_the_catalogue(open_window: Callable[[str], MainWindow]) -> None:
    for lang in ("en", "ar"):
        window = open_window(lang)
        ui = _bundle_ui(window)
        assert window.file_menu.actions()[0] is ui.import_action
        assert ui.catalogue_action in window.help_menu.actions()
        panes = window.findChildren(DetailPane)
        assert panes and all(p.attachments_view.files_dir == ui.store.paths.files for p in panes)
        if lang == "ar":
            assert ui.import_action.text() != "&Import catalogue bundle…"


def test_a_dropped_bundle_is_imported_and_the_window_refreshes(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    kit.write_records(source, [*rows, {"uid": "dropped-new", "title": "Dropped on the window"}])
    kit.set_meta(source, version=2)
    bundle = kit.build(source, tmp_path / "v2.zip")
    assert not _drop(window, tmp_path / "notes.txt")  # not a bundle: refused at the door
    assert _drop(window, bundle)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == "consent", timeout=10_000)  # unsigned
    dialog.trust_button.click()
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    qtbot.waitUntil(lambda: "14" in window.status_label.text(), timeout=5_000)
    assert dialog.whats_new_button.isVisible()
    ui = _bundle_ui(window)
    dialog.whats_new_button.click()  # closes the dialog and filters the list
    assert window.state.filter.uids == {"dropped-new"}
    qtbot.waitUntil(lambda: not window.browse.runner.busy, timeout=5_000)
    assert window.browse.model.rowCount() == 1 and window.pages.currentIndex() == 1
    catalogue = ui.show_catalogue()
    assert isinstance(catalogue, CatalogueDialog) and catalogue.history.rowCount() == 1
    catalogue.close()
