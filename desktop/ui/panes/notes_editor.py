"""Notes on a resource: a list of its notes and an editor that saves itself.

Each paragraph takes its own direction from its first strong character (Arabic right to left
and right-aligned, English left to right and left-aligned) whatever the UI language; a
paragraph with no strong character yet (a new line) keeps the direction of the one before.
There is no save button: the text is saved within a second of a pause in typing, when the
editor loses focus, when it is hidden or closed, and when the application quits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QHideEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DaleelError
from desktop.domain.userdata import Note, paragraph_direction
from desktop.ui.formatting import isolated
from desktop.ui.undo import UserDataUndo

log = logging.getLogger(__name__)
AUTOSAVE_MS = 700  # saved within a second of a pause in typing
RETRY_MS = 2000
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def apply_paragraph_directions(
    document: QTextDocument, default: Qt.LayoutDirection, start: int = 0, end: int | None = None
) -> None:
    """Give each paragraph (block) the direction and alignment of its own text.

    Only the blocks from the one holding `start` to the one holding `end` are looked at (the
    whole document when `end` is None), plus the neutral paragraphs right after them, which
    inherit their direction. All changes are one edit block: the layout is redone once.
    """
    block = document.findBlock(start)
    last = document.findBlock(end).blockNumber() if end is not None else None
    before = block.previous()
    previous = before.blockFormat().layoutDirection() if before.isValid() else default
    previous = default if previous == Qt.LayoutDirection.LayoutDirectionAuto else previous
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    while block.isValid():
        found = paragraph_direction(block.text())
        if last is not None and block.blockNumber() > last and found is not None:
            break
        direction = RTL if found == "rtl" else LTR if found == "ltr" else previous
        fmt = block.blockFormat()
        if fmt.layoutDirection() != direction:
            fmt.setLayoutDirection(direction)
            fmt.setAlignment(_RIGHT if direction == RTL else _LEFT)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        previous = direction
        block = block.next()
    cursor.endEditBlock()


def fill_with_directions(document: QTextDocument, text: str, default: Qt.LayoutDirection) -> None:
    """Replace the document's text, each paragraph inserted with its direction (fast at 1 MB)."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    previous = default
    for index, line in enumerate(text.split("\n")):
        found = paragraph_direction(line)
        direction = RTL if found == "rtl" else LTR if found == "ltr" else previous
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(direction)
        fmt.setAlignment(_RIGHT if direction == RTL else _LEFT)
        if index:
            cursor.insertBlock(fmt)
        else:
            cursor.setBlockFormat(fmt)
        cursor.insertText(line)
        previous = direction
    cursor.endEditBlock()
    document.clearUndoRedoStacks()


class NoteTextEdit(QTextEdit):
    """Plain-text note editing with per-paragraph direction and autosave."""

    save_requested = Signal(str)  # the text to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteText")
        self.setAcceptRichText(False)
        self._applying = False
        self._own: QTextDocument | None = None
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.document().contentsChange.connect(self._on_contents_change)

    def load(self, text: str) -> None:
        """Show `text` without treating it as an edit."""
        self.timer.stop()
        if not text and self._is_blank():
            self.dirty = False  # already showing nothing: no new document (most resources)
            return
        self._applying = True
        document = QTextDocument(self)  # filled before it is shown: 5x faster at 1 MB
        document.setDefaultFont(self.document().defaultFont())
        fill_with_directions(document, text, QGuiApplication.layoutDirection())
        self.setDocument(document)
        document.contentsChange.connect(self._on_contents_change)
        if self._own is not None:
            self._own.deleteLater()
        self._own = document
        self._applying = False
        self.dirty = False

    def _is_blank(self) -> bool:
        """Empty, with nothing to undo, in the direction a new empty document would have."""
        document = self.document()
        if not document.isEmpty() or document.isUndoAvailable() or document.isRedoAvailable():
            return False
        block = document.firstBlock().blockFormat()
        direction = QGuiApplication.layoutDirection()
        return block.layoutDirection() == direction and block.alignment() == (
            _RIGHT if direction == RTL else _LEFT
        )

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if self._applying:
            return
        self._applying = True
        direction = QGuiApplication.layoutDirection()
        apply_paragraph_directions(self.document(), direction, position, position + added)
        self._applying = False
        self.dirty = True
        self.timer.start()

    def flush(self) -> None:
        """Save now if there is anything unsaved."""
        self.timer.stop()
        if self.dirty:
            self.dirty = False
            self.save_requested.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)


class NotesEditor(QWidget):
    """The notes of one resource: pick one in the list, edit it below; add and delete."""

    error_occurred = Signal(object)

    def __init__(self, undo: UserDataUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.undo = undo
        self.service = undo.service
        self.uid: str | None = None
        self._notes: list[Note] = []
        self._current: str | None = None
        self._loaded = False
        self._quiet = False
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setMaximumHeight(90)
        self.editor = NoteTextEdit(self)
        self.editor.setMinimumHeight(120)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addNoteButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteNoteButton")
        self._layout()
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.add_button.clicked.connect(self.add_note)
        self.delete_button.clicked.connect(self.delete_current)
        self.editor.save_requested.connect(self._on_editor_save_requested)
        self.service.changed.connect(self._on_service_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.editor.flush)
        self.retranslate_ui()
        self._update_enabled()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.editor)

    # — public —

    def show_resource(self, uid: str | None) -> None:
        """Show the notes of `uid` (saving the note being edited first)."""
        self.editor.flush()
        self.uid = uid
        self._current = None
        self._loaded = False
        self.reload()

    def reload(self) -> None:
        self._notes = self.service.notes_for(self.uid) if self.uid else []
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        for note in self._notes:
            item = QListWidgetItem(_preview(note.body) or self.tr("(empty note)"))
            item.setData(Qt.ItemDataRole.UserRole, note.note_uid)
            if note.conflict_of:
                item.setText(self.tr("Conflict copy: %1").replace("%1", isolated(item.text())))
            self.list.addItem(item)
        self.list.blockSignals(False)
        uids = [n.note_uid for n in self._notes]
        row = uids.index(keep) if keep in uids else (0 if uids else -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if keep is None or keep not in uids or not self._loaded:
            self._on_list_current_row_changed(row)
        self._update_enabled()

    def add_note(self) -> None:
        if not self.uid:
            return
        self.editor.flush()
        note = self.service.add_note(self.uid)
        self._current = note.note_uid
        self._loaded = False
        self.reload()
        self.editor.setFocus()

    def delete_current(self) -> None:
        if self._current is None:
            return
        self.editor.flush()
        self.undo.delete_note(self._current)

    @property
    def current_note_uid(self) -> str | None:
        return self._current

    # — slots —

    def _on_list_current_row_changed(self, row: int) -> None:
        self.editor.flush()
        note = self._notes[row] if 0 <= row < len(self._notes) else None
        self._current = note.note_uid if note else None
        self.editor.load(note.body if note else "")
        self._loaded = True
        self._update_enabled()

    def _on_editor_save_requested(self, text: str) -> None:
        if self._current is None:
            if not self.uid or not text:
                return
            self._quiet = True
            try:
                self._current = self.service.add_note(self.uid, text).note_uid
            finally:
                self._quiet = False
            self._loaded = True
            self.reload()
            return
        try:
            saved = self.service.save_note(self._current, text)
        except Exception as error:  # noqa: BLE001 - e.g. the file locked by a long import
            log.warning("note not saved, will retry: %s", error)
            self.editor.dirty = True  # kept unsaved: the next pause or focus loss retries
            self.editor.timer.start(RETRY_MS)
            if isinstance(error, DaleelError):
                self.error_occurred.emit(error)
            return
        item = self.list.currentItem()
        if item is not None:
            item.setText(_preview(saved.body) or self.tr("(empty note)"))

    def _on_service_changed(self, kind: str) -> None:
        if kind == "notes" and self.uid and not self._quiet:
            self.reload()

    def _update_enabled(self) -> None:
        self.add_button.setEnabled(bool(self.uid))
        self.delete_button.setEnabled(self._current is not None)
        self.editor.setEnabled(bool(self.uid))

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add a note"))
        self.delete_button.setText(self.tr("Delete note"))
        self.editor.setPlaceholderText(self.tr("Write a note; it is saved as you type."))
        self.list.setAccessibleName(self.tr("Notes on this resource"))
        self.editor.setAccessibleName(self.tr("Text of the chosen note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.uid:
                self.reload()
        super().changeEvent(event)


def _preview(body: str) -> str:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first[:80]
