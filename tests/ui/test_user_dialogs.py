"""File ▸ Collections… and File ▸ Notes trash…: readable, never silent when empty, and the
trash is emptied for good only after the user says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.storage.store import Store
from desktop.ui.dialogs.collections_dialog import CollectionsDialog, TrashDialog
from desktop.ui.i18n import set_language
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService
from tests.ui.conftest import arabic_installed

PAKISTAN = "calp-2021-sp-covid-pakistan"


@pytest.fixture
def undo(store: Store) -> Iterator[UserDataUndo]:
    stack = UserDataUndo(UserDataService(store))
    yield stack
    stack.service.close()


def test_an_empty_trash_and_no_collections_say_so(qtbot, qapp: QApplication, undo) -> None:  # type: ignore[no-untyped-def]
    with arabic_installed(qapp):
        trash, collections = TrashDialog(undo), CollectionsDialog(undo)
    for dialog in (trash, collections):
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1 and dialog.current_data() is None
    assert trash.list.item(0).text().startswith("سلة الملاحظات فارغة")
    assert collections.list.item(0).text().startswith("لا مجموعات بعد")


def test_emptying_the_trash_asks_first_and_a_no_keeps_the_notes(qtbot, undo) -> None:  # type: ignore[no-untyped-def]
    note = undo.service.add_note(PAKISTAN, "a note about targeting in Pakistan")
    undo.delete_note(note.note_uid)
    dialog = TrashDialog(undo)
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    dialog.confirm_empty = lambda: asked.append(True) or False  # type: ignore[method-assign]
    dialog.empty_button.click()
    assert asked and len(undo.service.trash()) == 1
    dialog.confirm_empty = lambda: True  # type: ignore[method-assign]
    dialog.empty_button.click()
    assert undo.service.trash() == []


def test_a_long_entry_wraps_inside_a_dialog_wide_enough_for_it(qtbot, undo) -> None:  # type: ignore[no-untyped-def]
    note = undo.service.add_note(PAKISTAN, "to be deleted")
    undo.delete_note(note.note_uid)
    dialog = TrashDialog(undo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 480
    assert dialog.list.wordWrap() and not dialog.list.horizontalScrollBar().isVisible()


@pytest.mark.parametrize(("ui_lang", "one"), [("en", "(1 resource)"), ("ar", "(مورد واحد)")])
def test_a_collections_size_is_counted_in_good_grammar(
    qtbot, qapp: QApplication, undo, ui_lang: str, one: str
) -> None:  # type: ignore[no-untyped-def]
    made = undo.create_collection("Targeting workshop")
    undo.set_in_collection(made.id, PAKISTAN, True)
    set_language(qapp, ui_lang)
    try:
        dialog = CollectionsDialog(undo)
        qtbot.addWidget(dialog)
        # the name in an isolate: one written in the other language keeps its own order
        assert dialog.list.item(0).text() == f"\u2068Targeting workshop\u2069 {one}"
    finally:
        set_language(qapp, "en")
