"""Undo and redo of every user-data change in the session (QUndoStack, Ctrl+Z / Ctrl+Shift+Z).

Each change is a command holding what it needs to go both ways; `redo()` (run when pushed) does
the change through `UserDataService`, `undo()` puts the previous state back. Typing inside a
note is undone by the editor itself; deleting a note is a command here (and the note stays in
the trash across sessions).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.userdata import (
    Collection,
    LocalPriority,
    ReadingState,
    TrackerEntry,
)
from desktop.ui.userdata_service import UserDataService


class _Call(QUndoCommand):
    """A command from two callables: `do` for redo, `undo_fn` for undo.

    It keeps its untranslated name, so Edit ▸ Undo can name it again in another language."""

    def __init__(self, name: str, do: Callable[[], object], undo_fn: Callable[[], object]) -> None:
        super().__init__(QCoreApplication.translate("Undo", name))
        self.name = name
        self._do, self._undo = do, undo_fn

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Undo", self.name))

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class UserDataUndo:
    """Pushes user-data changes as undoable commands onto one QUndoStack."""

    def __init__(self, service: UserDataService, stack: QUndoStack | None = None) -> None:
        self.service = service
        self.stack = stack or QUndoStack()

    def _push(self, name: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        """Push a command called `name` (marked with QT_TRANSLATE_NOOP, translated here)."""
        self.stack.push(_Call(name, do, undo))

    def retranslate(self) -> None:
        """Name every command on the stack in the UI language (after a live switch)."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, _Call):
                command.retranslate()

    # — bookmarks, collections, tags, reading state —

    def set_bookmarked(self, uid: str, on: bool) -> None:
        if self.service.marks(uid).bookmarked == on:
            return
        s = self.service
        text = (
            QT_TRANSLATE_NOOP("Undo", "Bookmark")
            if on
            else QT_TRANSLATE_NOOP("Undo", "Remove bookmark")
        )
        self._push(text, lambda: s.set_bookmarked(uid, on), lambda: s.set_bookmarked(uid, not on))

    def toggle_bookmark(self, uid: str) -> bool:
        on = not self.service.marks(uid).bookmarked
        self.set_bookmarked(uid, on)
        return on

    def set_in_collection(self, collection_id: int, uid: str, member: bool) -> None:
        s = self.service
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Add to collection")
            if member
            else QT_TRANSLATE_NOOP("Undo", "Remove from collection"),
            lambda: s.set_in_collection(collection_id, uid, member),
            lambda: s.set_in_collection(collection_id, uid, not member),
        )

    def create_collection(self, name: str) -> Collection:
        s = self.service
        created: list[Collection] = []

        def do() -> None:
            if created:
                s.restore_collection(created[0], [])
            else:
                created.append(s.create_collection(name))

        self._push(
            QT_TRANSLATE_NOOP("Undo", "New collection"),
            do,
            lambda: s.delete_collection(created[0].id),
        )
        return created[0]

    def rename_collection(self, collection: Collection, name: str) -> None:
        s = self.service
        old = collection.name
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Rename collection"),
            lambda: s.rename_collection(collection.id, name),
            lambda: s.rename_collection(collection.id, old),
        )

    def delete_collection(self, collection_id: int) -> None:
        s = self.service
        saved: list[tuple[Collection, list[str]]] = []

        def do() -> None:
            saved[:] = [s.delete_collection(collection_id)]

        self._push(
            QT_TRANSLATE_NOOP("Undo", "Delete collection"),
            do,
            lambda: s.restore_collection(*saved[0]),
        )

    def set_tags(self, uid: str, tags: Sequence[str]) -> None:
        s = self.service
        before = s.marks(uid).tags
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Edit tags"),
            lambda: s.set_tags(uid, tags),
            lambda: s.set_tags(uid, before),
        )

    def set_reading_state(self, uid: str, state: ReadingState) -> None:
        s = self.service
        before = s.marks(uid).reading_state
        if before == state:
            return
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Reading state"),
            lambda: s.set_reading_state(uid, state),
            lambda: s.set_reading_state(uid, before),
        )

    # — notes —

    def delete_note(self, note_uid: str) -> None:
        s = self.service
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Delete note"),
            lambda: s.delete_note(note_uid),
            lambda: s.restore_note(note_uid),
        )

    def restore_note(self, note_uid: str) -> None:
        s = self.service
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Restore note"),
            lambda: s.restore_note(note_uid),
            lambda: s.delete_note(note_uid),
        )

    # — tracker —

    def save_entry(self, new: TrackerEntry) -> None:
        s = self.service
        old = s.entry(new.priority_id)
        if _same_entry(old, new):
            return
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Edit tracking"),
            lambda: s.save_entry(new),
            lambda: s.save_entry(old),
        )

    def set_linked(self, priority_id: str, uid: str, linked: bool) -> None:
        s = self.service
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Link resource")
            if linked
            else QT_TRANSLATE_NOOP("Undo", "Unlink resource"),
            lambda: s.set_linked(priority_id, uid, linked),
            lambda: s.set_linked(priority_id, uid, not linked),
        )

    def add_local_priority(self, theme_id: str, text: str) -> LocalPriority:
        s = self.service
        made: list[LocalPriority] = []

        def do() -> None:
            if made:
                s.put_local_priority(made[0])
            else:
                made.append(s.add_local_priority(theme_id, text))

        self._push(
            QT_TRANSLATE_NOOP("Undo", "Add priority"),
            do,
            lambda: s.remove_local_priority(made[0].id),
        )
        return made[0]

    def edit_local_priority(
        self, priority_id: str, text: str | None = None, archived: bool | None = None
    ) -> None:
        s = self.service
        old = s.local_priority(priority_id)
        label = (
            QT_TRANSLATE_NOOP("Undo", "Archive priority")
            if archived
            else QT_TRANSLATE_NOOP("Undo", "Edit priority")
        )
        self._push(
            label,
            lambda: s.edit_local_priority(priority_id, text, archived),
            lambda: s.put_local_priority(old),
        )

    def reorder_local(self, theme_id: str, ordered: Sequence[str]) -> None:
        s = self.service
        before = s.local_order(theme_id)
        self._push(
            QT_TRANSLATE_NOOP("Undo", "Reorder priorities"),
            lambda: s.reorder_local(theme_id, ordered),
            lambda: s.reorder_local(theme_id, before),
        )


def _same_entry(a: TrackerEntry, b: TrackerEntry) -> bool:
    fields = ("status", "progress", "target_date", "next_step", "notes")
    return all(getattr(a, f) == getattr(b, f) for f in fields)
