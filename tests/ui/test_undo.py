"""Undo and redo of every kind of user-data change, on a real data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.userdata import ReadingState, TrackerStatus
from desktop.storage.store import Store
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService

PAKISTAN = "calp-2021-sp-covid-pakistan"
PRIORITY = "sp-2021-overview-paper"
THEME = "social-protection"


@pytest.fixture
def undo(qapp: QApplication, store: Store) -> Iterator[UserDataUndo]:
    service = UserDataService(store)
    yield UserDataUndo(service)
    service.close()


def test_bookmark_undo_redo(undo: UserDataUndo) -> None:
    s = undo.service
    assert undo.toggle_bookmark(PAKISTAN) is True and s.marks(PAKISTAN).bookmarked
    undo.stack.undo()
    assert not s.marks(PAKISTAN).bookmarked
    undo.stack.redo()
    assert s.marks(PAKISTAN).bookmarked


def test_collections_tags_and_reading_state_undo(undo: UserDataUndo) -> None:
    s = undo.service
    c = undo.create_collection("Field visit")
    undo.set_in_collection(c.id, PAKISTAN, True)
    undo.rename_collection(c, "Visite de terrain")
    undo.set_tags(PAKISTAN, ["urgent"])
    undo.set_reading_state(PAKISTAN, ReadingState.READ)
    undo.delete_collection(c.id)
    assert s.collections() == []
    undo.stack.undo()  # the collection comes back with its member
    assert [(x.name, x.size) for x in s.collections()] == [("Visite de terrain", 1)]
    undo.stack.undo()
    assert s.marks(PAKISTAN).reading_state is ReadingState.UNREAD
    undo.stack.undo()
    assert s.marks(PAKISTAN).tags == ()
    undo.stack.undo()
    assert s.collections()[0].name == "Field visit"
    undo.stack.undo()
    undo.stack.undo()
    assert s.collections() == []
    for _ in range(6):
        undo.stack.redo()
    assert s.collections() == [] and s.marks(PAKISTAN).tags == ("urgent",)


def test_a_tracker_edit_is_undone_and_both_appear_in_the_history(undo: UserDataUndo) -> None:
    s = undo.service
    entry = s.entry(PRIORITY)
    undo.save_entry(entry.edited(status=TrackerStatus.DONE, progress=100))
    assert s.entry(PRIORITY).status is TrackerStatus.DONE
    undo.stack.undo()
    restored = s.entry(PRIORITY)
    assert (restored.status, restored.progress) == (TrackerStatus.NOT_STARTED, 0)
    assert [c.new_value for c in s.history(PRIORITY) if c.field == "status"] == [
        "not_started",
        "done",
    ]


def test_local_priorities_and_links_undo(undo: UserDataUndo) -> None:
    s = undo.service
    a = undo.add_local_priority(THEME, "Plan A")
    b = undo.add_local_priority(THEME, "Plan B")
    undo.reorder_local(THEME, [b.id, a.id])
    undo.edit_local_priority(a.id, archived=True)
    undo.set_linked(PRIORITY, PAKISTAN, True)
    assert s.priorities("en")[0].links == (PAKISTAN,)
    undo.stack.undo()
    assert s.priorities("en")[0].links == ()
    undo.stack.undo()
    assert not s.local_priority(a.id).archived
    undo.stack.undo()
    assert s.local_order(THEME) == [a.id, b.id]
    undo.stack.undo()
    assert [p.text for p in s.priorities("en")][-1] == "Plan A"
    undo.stack.redo()
    assert [p.text for p in s.priorities("en")][-2:] == ["Plan A", "Plan B"]


def test_note_deletion_undo(undo: UserDataUndo) -> None:
    s = undo.service
    note = s.add_note(PAKISTAN, "keep")
    undo.delete_note(note.note_uid)
    assert s.notes_for(PAKISTAN) == []
    undo.stack.undo()
    assert [n.body for n in s.notes_for(PAKISTAN)] == ["keep"]
