"""The notes editor: per-paragraph direction, autosave, a killed process, trash and undo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import userdata_notes as notes
from desktop.storage.store import Store, open_store
from desktop.storage.userdata_db import open_userdata
from desktop.ui.panes.notes_editor import NotesEditor
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService
from tests.ui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]
PAKISTAN = "calp-2021-sp-covid-pakistan"
MIXED = "الحماية الاجتماعية في الأزمات\nShock-responsive social protection\n\n١٢ شريكًا: UNHCR, WFP"
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture(params=["en", "ar"])
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Qt.LayoutDirection]:
    chosen = RTL if request.param == "ar" else LTR
    qapp.setLayoutDirection(chosen)
    yield chosen
    qapp.setLayoutDirection(LTR)


@pytest.fixture
def service(store: Store) -> Iterator[UserDataService]:
    made = UserDataService(store)
    yield made
    made.close()


@pytest.fixture
def editor(qtbot, service: UserDataService) -> NotesEditor:  # type: ignore[no-untyped-def]
    widget = NotesEditor(UserDataUndo(service))
    qtbot.addWidget(widget)
    widget.show()
    widget.show_resource(PAKISTAN)
    return widget


def block_layout(editor: NotesEditor) -> list[tuple[str, Qt.LayoutDirection, bool]]:
    """Each paragraph: its text, direction, and whether it is right-aligned."""
    result = []
    block = editor.editor.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        right = bool(fmt.alignment() & Qt.AlignmentFlag.AlignRight)
        result.append((block.text(), fmt.layoutDirection(), right))
        block = block.next()
    return result


EXPECTED = [
    ("الحماية الاجتماعية في الأزمات", RTL, True),
    ("Shock-responsive social protection", LTR, False),
    ("", LTR, False),  # an empty line keeps the direction of the one before
    ("١٢ شريكًا: UNHCR, WFP", RTL, True),
]


def test_mixed_notes_keep_per_paragraph_direction_after_save_and_reload(
    qtbot, editor: NotesEditor, service: UserDataService, direction: Qt.LayoutDirection
) -> None:  # type: ignore[no-untyped-def]
    editor.add_note()
    editor.editor.insertPlainText(MIXED)
    assert block_layout(editor) == EXPECTED
    qtbot.waitUntil(lambda: not editor.editor.dirty, timeout=3000)  # autosaved after a pause
    assert [n.body for n in service.notes_for(PAKISTAN)] == [MIXED]
    fresh = NotesEditor(UserDataUndo(service))
    qtbot.addWidget(fresh)
    fresh.show_resource(PAKISTAN)
    assert block_layout(fresh) == EXPECTED


def test_typing_arabic_saves_within_a_second_and_on_focus_loss(
    qtbot, editor: NotesEditor, service: UserDataService
) -> None:  # type: ignore[no-untyped-def]
    editor.editor.setFocus()
    type_text(editor.editor, "ملاحظة")
    qtbot.waitUntil(
        lambda: [n.body for n in service.notes_for(PAKISTAN)] == ["ملاحظة"], timeout=1500
    )
    type_text(editor.editor, " more")
    QApplication.sendEvent(editor.editor, QFocusEvent(QEvent.Type.FocusOut))
    assert [n.body for n in service.notes_for(PAKISTAN)] == ["ملاحظة more"]


def test_deleting_a_note_goes_to_the_trash_and_undo_brings_it_back(
    editor: NotesEditor, service: UserDataService
) -> None:
    editor.add_note()
    editor.editor.insertPlainText("keep me")
    editor.delete_current()
    assert service.notes_for(PAKISTAN) == [] and [n.body for n in service.trash()] == ["keep me"]
    assert editor.list.count() == 0
    editor.undo.stack.undo()
    assert [n.body for n in service.notes_for(PAKISTAN)] == ["keep me"]
    assert editor.list.count() == 1
    editor.undo.stack.redo()
    assert service.empty_trash() == 1 and service.trash() == []


def test_a_one_megabyte_note_loads_and_saves(qtbot, service: UserDataService) -> None:  # type: ignore[no-untyped-def]
    body = ("سطر عربي للاختبار\nan English line\n" * 25_000)[:1_000_000]
    note = service.add_note(PAKISTAN, body)
    editor = NotesEditor(UserDataUndo(service))
    qtbot.addWidget(editor)
    editor.show_resource(PAKISTAN)
    assert editor.current_note_uid == note.note_uid
    assert editor.editor.toPlainText() == body
    assert block_layout(editor)[:2] == [
        ("سطر عربي للاختبار", RTL, True),
        ("an English line", LTR, False),
    ]
    editor.editor.insertPlainText("!")
    editor.editor.flush()
    assert service.notes_for(PAKISTAN)[0].body == "!" + body


CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from desktop.paths import DataPaths, shipped_catalogue
    from desktop.storage.store import open_store
    from desktop.ui.panes.notes_editor import NotesEditor
    from desktop.ui.undo import UserDataUndo
    from desktop.ui.userdata_service import UserDataService

    app = QApplication([])
    store = open_store(DataPaths(Path(sys.argv[1])), shipped_catalogue())
    editor = NotesEditor(UserDataUndo(UserDataService(store)))
    editor.show()
    editor.show_resource(sys.argv[2])
    editor.editor.insertPlainText(sys.argv[3])
    QTest.qWait(1500)  # the autosave pause, then nothing more: no close, no quit
    print("typed", flush=True)
    time.sleep(60)
    """
)


def test_a_note_survives_a_killed_process(tmp_path: Path) -> None:
    text = "قبل الانقطاع\nbefore the crash"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), PAKISTAN, text],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    paths = DataPaths(tmp_path / "data")
    store = open_store(paths, shipped_catalogue())
    userdata = open_userdata(paths)
    with userdata.read() as conn:
        assert [n.body for n in notes.notes_for(conn, PAKISTAN)] == [text]
    userdata.close()
    store.close()
