"""Lines the UI composes from its own words and catalogue or user text read in order in both
directions: the other language's text is isolated, so its punctuation stays at its end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication

from desktop.storage.store import Store
from desktop.ui.dialogs.collections_dialog import TrashDialog
from desktop.ui.formatting import isolated
from desktop.ui.i18n import set_language
from desktop.ui.panes.priorities_pane import PrioritiesPane
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService

FSI, PDI = "\u2068", "\u2069"
PAKISTAN = "calp-2021-sp-covid-pakistan"
SEED_PRIORITY = "sp-2021-overview-paper"


def visual_x(text: str, index: int, direction: Qt.LayoutDirection) -> float:
    """Where the character at `index` starts on screen, with `direction` as the line's base
    direction (as a list view draws its items)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    leading = line.cursorToX(index, QTextLine.Edge.Leading)[0]
    trailing = line.cursorToX(index, QTextLine.Edge.Trailing)[0]
    return (leading + trailing) / 2


@pytest.fixture
def arabic_ui(qapp: QApplication) -> Iterator[None]:
    set_language(qapp, "ar")
    yield
    set_language(qapp, "en")


def test_an_english_title_keeps_its_question_mark_at_its_end_in_an_arabic_line(qapp) -> None:  # type: ignore[no-untyped-def]
    title = "Cash transfers: what works?"
    rtl = Qt.LayoutDirection.RightToLeft
    bare, isolated_line = f"{title} — محدَّث", f"{isolated(title)} — محدَّث"
    mark = title.index("?")
    # without the isolate the "?" takes the Arabic line's direction and lands at the title's start
    assert visual_x(bare, mark, rtl) < visual_x(bare, 0, rtl)
    # isolated, it follows "works" to its right (index + 1: the FSI goes first)
    assert visual_x(isolated_line, mark + 1, rtl) > visual_x(isolated_line, mark, rtl)


def test_the_trash_isolates_a_notes_first_line_and_its_resource_title(
    qtbot, store: Store, arabic_ui: None
) -> None:  # type: ignore[no-untyped-def]
    undo = UserDataUndo(UserDataService(store))
    note = undo.service.add_note(PAKISTAN, "Check the ToR.\nmore")
    undo.delete_note(note.note_uid)
    dialog = TrashDialog(undo)
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert text.startswith(f"{FSI}Check the ToR.{PDI} — {FSI}")
    assert text.endswith(PDI) and text.count(FSI) == text.count(PDI) == 2
    undo.service.close()


def test_the_tracker_history_isolates_a_next_step_written_in_the_other_language(
    qtbot, store: Store, arabic_ui: None
) -> None:  # type: ignore[no-untyped-def]
    undo = UserDataUndo(UserDataService(store))
    pane = PrioritiesPane(undo, "ar")
    qtbot.addWidget(pane)
    pane.select(SEED_PRIORITY)
    entry = undo.service.entry(SEED_PRIORITY)
    undo.save_entry(entry.edited(next_step="Call the donor."))
    pane.select(SEED_PRIORITY)
    text = pane.editor.history.item(0).text()
    assert text.endswith(f"{FSI}Call the donor.{PDI}") and "الخطوة التالية" in text
    full_stop = text.index(".")
    rtl = Qt.LayoutDirection.RightToLeft
    assert visual_x(text, full_stop, rtl) > visual_x(text, full_stop - 1, rtl)  # "donor."
    undo.service.close()


def test_the_status_bar_in_arabic_digits_has_no_dot_to_read_as_zero(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window("ar")
    window.actions.arabic_digits.trigger()
    qtbot.waitUntil(lambda: "١" in window.status_label.text())
    text = window.status_label.text()
    assert "·" not in text and "في الفهرس، الإصدار ١" in text  # "الفهرس · الإصدار" read ٠
    window.actions.arabic_digits.trigger()


def test_my_own_priority_named_in_english_reads_in_order_in_the_arabic_tracker(
    qtbot, store: Store, arabic_ui: None
) -> None:  # type: ignore[no-untyped-def]
    undo = UserDataUndo(UserDataService(store))
    pane = PrioritiesPane(undo, "ar")
    qtbot.addWidget(pane)
    theme_id = undo.service.priorities("ar")[0].theme_id
    undo.add_local_priority(theme_id, "Cash pilot, phase 2.")
    pane.refresh()
    texts = [item.text(0) for item in pane._items()]
    mine = next(t for t in texts if "Cash pilot" in t)
    assert mine == f"{FSI}Cash pilot, phase 2.{PDI} (أولويتي)"
    rtl = Qt.LayoutDirection.RightToLeft
    full_stop = mine.index(".")
    assert visual_x(mine, full_stop, rtl) > visual_x(mine, full_stop - 1, rtl)  # "2." not ".C"
    undo.service.close()


def test_a_rows_marks_in_arabic_have_no_dot_to_read_as_zero(arabic_ui: None) -> None:
    from desktop.ui.panes.resource_marks import marks_line

    assert marks_line(True, True, "مقروء", "مسحوب") == "★ ✎ مقروء، مسحوب"
    assert marks_line(True, False, "", "مسحوب") == "★ مسحوب"  # no comma after a symbol
    assert marks_line(False, True, "", "") == "✎"


def test_a_rows_marks_in_english_keep_their_dot() -> None:
    from desktop.ui.panes.resource_marks import marks_line

    assert marks_line(True, False, "Read", "withdrawn") == "★ Read · withdrawn"
    assert marks_line(False, False, "", "") == ""
    assert marks_line(False, False, "", "withdrawn") == "withdrawn"
