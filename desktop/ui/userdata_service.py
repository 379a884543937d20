"""The user's own data for the window: one façade over the user-data repositories.

Writes go through `UserData` (the user's file alone, never the catalogue); reads that need
catalogue titles or priorities go through the catalogue `Store`. After every write the
`changed` signal names what changed ("bookmarks", "collections", "notes", "tags", "reading",
"tracker"), so panes refresh only when concerned. Undo commands (undo.py) call these methods.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.domain.errors import Translate
from desktop.domain.userdata import (
    Collection,
    ImportReport,
    LocalPriority,
    Note,
    ReadingState,
    ResourceMarks,
    ThemeProgress,
    TrackedPriority,
    TrackerChange,
    TrackerEntry,
    TrackerStatus,
)
from desktop.storage import tracker_repo as tracker
from desktop.storage import userdata_notes as notes
from desktop.storage import userdata_repo as repo
from desktop.storage.store import Store
from desktop.storage.userdata_db import UserData, index_pending, open_userdata

INDEX_INLINE_CHARS = 50_000  # longer notes are indexed off the GUI thread


class UserDataService(QObject):
    """Bookmarks, collections, notes, tags, reading state and the tracker, for the UI."""

    changed = Signal(str)

    def __init__(self, store: Store, userdata: UserData | None = None) -> None:
        super().__init__()
        self.store = store
        self.userdata = userdata or open_userdata(store.paths)
        self._indexer: threading.Thread | None = None

    def close(self) -> None:
        self.wait_for_index()
        self.userdata.close()

    def _write(self, kind: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        with self.userdata.write() as conn:
            result = fn(conn, *args, **kwargs)
        self.changed.emit(kind)
        return result

    def _read(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        with self.store.read() as conn:
            return fn(conn, *args, **kwargs)

    # — bookmarks, collections, tags, reading —

    def marks(self, uid: str) -> ResourceMarks:
        return self._read(repo.marks, uid)  # type: ignore[no-any-return]

    def set_bookmarked(self, uid: str, on: bool) -> bool:
        return bool(self._write("bookmarks", repo.set_bookmarked, uid, on))

    def every_mark(self) -> tuple[set[str], dict[str, ReadingState], set[str]]:
        """Every bookmarked uid, non-unread reading state and noted uid, in one read."""
        return self._read(repo.every_mark)  # type: ignore[no-any-return]

    def collections(self) -> list[Collection]:
        return self._read(repo.collections)  # type: ignore[no-any-return]

    def create_collection(self, name: str) -> Collection:
        return self._write("collections", repo.create_collection, name)  # type: ignore[no-any-return]

    def rename_collection(self, collection_id: int, name: str) -> None:
        self._write("collections", repo.rename_collection, collection_id, name)

    def delete_collection(self, collection_id: int) -> tuple[Collection, list[str]]:
        return self._write("collections", repo.delete_collection, collection_id)  # type: ignore[no-any-return]

    def restore_collection(self, saved: Collection, members: Sequence[str]) -> Collection:
        return self._write("collections", repo.restore_collection, saved, members)  # type: ignore[no-any-return]

    def set_in_collection(self, collection_id: int, uid: str, member: bool) -> bool:
        return bool(self._write("collections", repo.set_in_collection, collection_id, uid, member))

    def set_tags(self, uid: str, tags: Iterable[str]) -> tuple[str, ...]:
        return self._write("tags", repo.set_tags, uid, list(tags))  # type: ignore[no-any-return]

    def all_tags(self) -> list[tuple[str, int]]:
        return self._read(repo.all_tags)  # type: ignore[no-any-return]

    def set_reading_state(self, uid: str, state: ReadingState) -> ReadingState:
        return self._write("reading", repo.set_reading_state, uid, state)  # type: ignore[no-any-return]

    def mark_opened(self, uid: str) -> None:
        with self.userdata.write() as conn:
            repo.mark_opened(conn, uid)

    # — notes —

    def notes_for(self, uid: str) -> list[Note]:
        return self._read(notes.notes_for, uid)  # type: ignore[no-any-return]

    def add_note(self, uid: str, body: str = "") -> Note:
        small = len(body) < INDEX_INLINE_CHARS
        note: Note = self._write("notes", notes.add_note, uid, body, None, small)
        if not small:
            self._index_later()
        return note

    def save_note(self, note_uid: str, body: str) -> Note:
        """Autosave: no `changed` signal, the editor already shows the text.

        A long note is saved at once and indexed for search on a background thread.
        """
        small = len(body) < INDEX_INLINE_CHARS
        with self.userdata.write() as conn:
            saved = notes.save_note(conn, note_uid, body, index=small)
        if not small:
            self._index_later()
        return saved

    def _index_later(self) -> None:
        if self._indexer is None or not self._indexer.is_alive():
            self._indexer = threading.Thread(
                target=index_pending, args=(self.userdata,), name="notes-index", daemon=True
            )
            self._indexer.start()

    def wait_for_index(self) -> None:
        if self._indexer is not None:
            self._indexer.join()

    def delete_note(self, note_uid: str) -> Note:
        return self._write("notes", notes.delete_note, note_uid)  # type: ignore[no-any-return]

    def restore_note(self, note_uid: str) -> Note:
        return self._write("notes", notes.restore_note, note_uid)  # type: ignore[no-any-return]

    def trash(self) -> list[Note]:
        return self._read(notes.trash)  # type: ignore[no-any-return]

    def empty_trash(self) -> int:
        return int(self._write("notes", notes.empty_trash))

    # — tracker —

    def priorities(
        self, lang: str, statuses: frozenset[TrackerStatus] = frozenset(), archived: bool = False
    ) -> list[TrackedPriority]:
        return self._read(tracker.tracked_priorities, lang, None, statuses, archived)  # type: ignore[no-any-return]

    def entry(self, priority_id: str) -> TrackerEntry:
        return self._read(tracker.entry, priority_id)  # type: ignore[no-any-return]

    def save_entry(self, new: TrackerEntry) -> TrackerEntry:
        """Store a priority's tracking (history recorded); keeps a snapshot of its text."""
        about = self._read(tracker.about, new.priority_id)
        return self._write("tracker", tracker.save_entry, new, about)  # type: ignore[no-any-return]

    def history(self, priority_id: str) -> list[TrackerChange]:
        return self._read(tracker.history, priority_id)  # type: ignore[no-any-return]

    def set_linked(self, priority_id: str, uid: str, linked: bool) -> bool:
        return bool(self._write("tracker", tracker.set_linked, priority_id, uid, linked))

    def add_local_priority(self, theme_id: str, text: str) -> LocalPriority:
        return self._write("tracker", tracker.add_local_priority, theme_id, text)  # type: ignore[no-any-return]

    def local_priority(self, priority_id: str) -> LocalPriority:
        return self._read(tracker.local_priority, priority_id)  # type: ignore[no-any-return]

    def put_local_priority(self, p: LocalPriority) -> None:
        self._write("tracker", tracker.put_local_priority, p)

    def remove_local_priority(self, priority_id: str) -> None:
        self._write("tracker", tracker.delete_local_priority, priority_id)

    def edit_local_priority(
        self, priority_id: str, text: str | None = None, archived: bool | None = None
    ) -> LocalPriority:
        return self._write("tracker", tracker.edit_local_priority, priority_id, text, archived)  # type: ignore[no-any-return]

    def local_order(self, theme_id: str) -> list[str]:
        return [p.id for p in self._read(tracker.local_priorities, theme_id, True)]

    def reorder_local(self, theme_id: str, ordered: Sequence[str]) -> None:
        self._write("tracker", tracker.reorder_local_priorities, theme_id, list(ordered))

    def theme_progress(self, lang: str, today: date) -> list[ThemeProgress]:
        return self._read(tracker.theme_progress, lang, today)  # type: ignore[no-any-return]

    def titles(self, uids: Sequence[str]) -> dict[str, str]:
        """Catalogue titles of `uids` (those the catalogue does not have are left out)."""
        return self._read(repo.titles, uids)  # type: ignore[no-any-return]

    # — files — (the exchange code, with its pydantic schema, loads when first used)

    def export_to(self, path: Path) -> dict[str, int]:
        from desktop.storage.userdata_exchange import export_file

        return export_file(self.userdata, path)

    def import_from(self, path: Path) -> ImportReport:
        from desktop.storage.userdata_exchange import import_file

        report = import_file(self.userdata, self.store, path)
        for kind in ("bookmarks", "collections", "notes", "tags", "reading", "tracker"):
            self.changed.emit(kind)
        return report

    def notes_markdown_to(self, path: Path, translate: Translate) -> int:
        from desktop.storage.userdata_exchange import write_notes_markdown

        return write_notes_markdown(self.store, path, translate)
