"""Two small dialogs over the user's data: collections (reading lists) and the notes trash.

Every change goes through the undo stack, so it can be undone after the dialog is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import isolated
from desktop.ui.undo import UserDataUndo

ID_ROLE = Qt.ItemDataRole.UserRole


class _ListDialog(QDialog):
    def __init__(self, undo: UserDataUndo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.undo, self.service = undo, undo.service
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # a long note or title wraps rather than scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QHBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(self.buttons)
        layout.addWidget(close)
        self.service.changed.connect(lambda _kind: self.refresh())
        self.resize(520, 380)  # room for a title and the Arabic buttons side by side

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        self.buttons.addWidget(button)
        return button

    def current_data(self) -> object:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def refresh(self) -> None:
        raise NotImplementedError

    def _say_empty(self, text: str) -> None:
        """A line in the empty list saying why it is empty and what to do."""
        hint = QListWidgetItem(text)
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(hint)


class CollectionsDialog(_ListDialog):
    """Create, rename and delete collections."""

    def __init__(self, undo: UserDataUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("collectionsDialog")
        self.new_button = self._button("newCollection", self.create)
        self.rename_button = self._button("renameCollection", self.rename)
        self.delete_button = self._button("deleteCollection", self.delete)
        self.setWindowTitle(self.tr("Collections"))
        self.new_button.setText(self.tr("New…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for c in self.service.collections():
            text = self.tr("%1 (%n resources)", "", c.size)
            # Qt writes %n in Latin digits: the count is written in the UI locale's digits
            text = text.replace(str(c.size), QLocale().toString(c.size))
            text = text.replace("%1", isolated(c.name))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, c.id)
            self.list.addItem(item)
        if not self.list.count():
            self._say_empty(
                self.tr(
                    "No collections yet. Make one with New…, or from the Collections button "
                    "of a resource."
                )
            )

    def create(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if ok and name.strip():
            self.undo.create_collection(name.strip())

    def rename(self) -> None:
        cid = self.current_data()
        found = [c for c in self.service.collections() if c.id == cid]
        if not found:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename collection"), self.tr("Name:"), text=found[0].name
        )
        if ok and name.strip():
            self.undo.rename_collection(found[0], name.strip())

    def delete(self) -> None:
        cid = self.current_data()
        if isinstance(cid, int):
            self.undo.delete_collection(cid)


class TrashDialog(_ListDialog):
    """Deleted notes: restore one, or empty the trash for good."""

    def __init__(self, undo: UserDataUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self.setObjectName("notesTrashDialog")
        self.restore_button = self._button("restoreNote", self.restore)
        self.empty_button = self._button("emptyTrash", self.empty)
        self.setWindowTitle(self.tr("Notes trash"))
        self.restore_button.setText(self.tr("Restore"))
        self.empty_button.setText(self.tr("Empty the trash…"))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        notes = self.service.trash()
        titles = self.service.titles(list({n.uid for n in notes}))
        for note in notes:
            first = next((ln for ln in note.body.splitlines() if ln.strip()), "")[:60]
            title = titles.get(note.uid, note.uid)
            item = QListWidgetItem(f"{isolated(first)} — {isolated(title)}")
            item.setData(ID_ROLE, note.note_uid)
            self.list.addItem(item)
        if not notes:
            self._say_empty(self.tr("The trash is empty: deleted notes wait here until emptied."))
        self.empty_button.setEnabled(bool(notes))

    def restore(self) -> None:
        note_uid = self.current_data()
        if isinstance(note_uid, str):
            self.undo.restore_note(note_uid)

    def empty(self) -> None:
        if self.confirm_empty():
            self.service.empty_trash()  # for good: not undoable, as the question says

    def confirm_empty(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete the notes in the trash for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
