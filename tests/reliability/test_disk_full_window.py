"""A full disk while the notes editor autosaves: the text stays in the editor, the user is
told, and it is saved once there is room again. Nothing typed is lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.recovery import DiskFullError
from desktop.storage.store import Store
from desktop.ui.panes.notes_editor import NotesEditor
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService

PAKISTAN = "calp-2021-sp-covid-pakistan"
LONG = "ملاحظة ميدانية طويلة عن التحويلات النقدية. " * 400  # ~30 KB: needs new pages


@pytest.fixture
def service(store: Store) -> Iterator[UserDataService]:
    made = UserDataService(store)
    yield made
    made.close()


def _full(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    pages = dbapi_conn.execute("PRAGMA ud.page_count").fetchone()[0]
    dbapi_conn.execute(f"PRAGMA ud.max_page_count = {pages}")


def test_typed_text_survives_a_full_disk(qtbot, service: UserDataService) -> None:  # type: ignore[no-untyped-def]
    editor = NotesEditor(UserDataUndo(service))
    qtbot.addWidget(editor)
    editor.show()
    editor.show_resource(PAKISTAN)
    editor.editor.setPlainText("first words")
    editor.editor.flush()
    assert [n.body for n in service.notes_for(PAKISTAN)] == ["first words"]
    errors: list[object] = []
    editor.error_occurred.connect(errors.append)
    engine = service.userdata.engine
    engine.dispose()
    event.listen(engine, "connect", _full)  # the disk is full from now on
    editor.editor.setPlainText(LONG)
    editor.editor.flush()
    assert errors and isinstance(errors[0], DiskFullError)
    assert editor.editor.toPlainText() == LONG, "the typed text stays in the editor"
    assert [n.body for n in service.notes_for(PAKISTAN)] == ["first words"]
    event.remove(engine, "connect", _full)  # room again
    engine.dispose()
    qtbot.waitUntil(lambda: [n.body for n in service.notes_for(PAKISTAN)] == [LONG], timeout=8000)
