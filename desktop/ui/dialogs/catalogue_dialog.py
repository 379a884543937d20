"""Help ▸ Catalogue: which catalogue this is, what was imported into it, and going back.

Shows the catalogue's id, title, version and publisher, the import history (newest first)
and the backups taken before each import; "Restore previous catalogue" brings the chosen
backup back (the current catalogue is backed up first) and leaves the user's data alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.catalogue_about import CatalogueAbout, about, restore
from desktop.storage.store import Store
from desktop.ui.dialogs.import_dialog import translate_error
from desktop.ui.i18n import moment_text
from desktop.ui.panes.widgets import plain_label, set_plain_text

_PATH_ROLE = Qt.ItemDataRole.UserRole


class CatalogueDialog(QDialog):
    """Emits `restored` after a backup was brought back (panes must reload)."""

    restored = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.store = store
        self._build()
        self.retranslate_ui()
        self.reload()
        self.resize(620, 480)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.id_label, self.title_label = plain_label(), plain_label()
        self.version_label, self.publisher_label = plain_label(), plain_label()
        self._form_names = [QLabel() for _ in range(4)]
        for name, value in zip(
            self._form_names,
            (self.title_label, self.id_label, self.version_label, self.publisher_label),
            strict=True,
        ):
            self.form.addRow(name, value)
        layout.addLayout(self.form)
        self.history_heading = QLabel(objectName="sectionHeading")
        self.history = QTableWidget(0, 4, objectName="importHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.backups_heading = QLabel(objectName="sectionHeading")
        self.backups = QListWidget(objectName="backupList")
        for heading in (self.history_heading, self.backups_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.restore_button = QPushButton(objectName="restoreButton")
        self.message = QLabel(wordWrap=True, objectName="catalogueMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.no_history = plain_label(object_name="noImportHistory")
        self.no_backups = plain_label(object_name="noBackups")
        for widget in (
            self.history_heading, self.history, self.no_history,
            self.backups_heading, self.backups, self.no_backups,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.backups.currentRowChanged.connect(self._on_backups_current_row_changed)

    def reload(self) -> None:
        self._about = about(self.store)
        self._show(self._about)

    def _show(self, data: CatalogueAbout) -> None:
        locale = QLocale()
        info = data.info
        set_plain_text(self.title_label, info.title or "—")
        set_plain_text(self.id_label, info.catalogue_id or "—")
        self.version_label.setText(locale.toString(info.version))
        set_plain_text(self.publisher_label, info.publisher or "—")
        self.history.setRowCount(len(data.history))
        for row, entry in enumerate(data.history):
            counts = self.tr("{added} added, {updated} updated, {withdrawn} withdrawn").format(
                added=locale.toString(entry.added),
                updated=locale.toString(entry.updated),
                withdrawn=locale.toString(entry.withdrawn),
            )
            cells = (
                moment_text(entry.imported_at),
                locale.toString(entry.bundle_version),
                self._signer(entry.signer),
                counts,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.backups.clear()
        for backup in data.backups:
            text = self.tr("Version {version}, saved {when}").format(
                version=locale.toString(backup.version),
                when=moment_text(backup.created.isoformat()),
            )
            item = QListWidgetItem(text)
            item.setData(_PATH_ROLE, str(backup.path))
            self.backups.addItem(item)
        if data.backups:
            self.backups.setCurrentRow(0)
        self.restore_button.setEnabled(bool(data.backups))
        # an empty table or list says nothing: a sentence says why it is empty instead
        self.history.setVisible(bool(data.history))
        self.no_history.setVisible(not data.history)
        self.backups.setVisible(bool(data.backups))
        self.no_backups.setVisible(not data.backups)

    def _signer(self, signer: str | None) -> str:
        """The trusted key's name; an unsigned or unknown-key import said in words."""
        if not signer or signer == "unsigned":
            return self.tr("not signed")
        if re.fullmatch(r"[0-9a-f]{32}", signer):
            return self.tr("unknown key {fingerprint}").format(fingerprint=signer[:12] + "…")
        return signer

    def _on_backups_current_row_changed(self, row: int) -> None:
        self.restore_button.setEnabled(row >= 0)

    def _on_restore_clicked(self) -> None:
        item = self.backups.currentItem()
        if item is None or not self.confirm_restore(item.text()):
            return
        try:
            restore(self.store, _path(item))
        except Exception as error:  # shown to the user, and logged by the storage layer
            self.message.setText(translate_error(error))
            return
        self.message.setText(
            self.tr("The catalogue was restored. Your bookmarks and notes are unchanged.")
        )
        self.reload()
        self.restored.emit()

    def confirm_restore(self, what: str) -> bool:
        """Ask before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore previous catalogue"),
            self.tr(
                "Bring back the catalogue “{what}”? The current one is saved first, and your "
                "bookmarks and notes stay as they are."
            ).format(what=what),
        )
        return answer == QMessageBox.StandardButton.Yes

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Catalogue"))
        names = (
            self.tr("Title"),
            self.tr("Catalogue id"),
            self.tr("Version"),
            self.tr("Publisher"),
        )
        for label, name in zip(self._form_names, names, strict=True):
            label.setText(name)
        self.history_heading.setText(self.tr("Import history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Imported"), self.tr("Version"), self.tr("Signed by"), self.tr("Changes")]
        )
        self.backups_heading.setText(self.tr("Backups"))
        self.no_history.setText(
            self.tr("No catalogue bundle has been imported yet (File ▸ Import catalogue bundle…).")
        )
        self.no_backups.setText(
            self.tr("No backups yet: Daleel keeps one of the catalogue before each import.")
        )
        self.restore_button.setText(self.tr("Restore previous catalogue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if hasattr(self, "_about"):
                self._show(self._about)
        super().changeEvent(event)


def _path(item: QListWidgetItem) -> Path:
    return Path(item.data(_PATH_ROLE))
