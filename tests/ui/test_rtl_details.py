"""Small right-to-left and wording details a field user sees, checked in both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

from desktop.domain.models import Attachment
from desktop.ui.attachments_view import AttachmentsView
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import arabic_installed, wait_for_results
from tests.ui.test_notes_window import PAKISTAN, open_with_userdata


def _changed_columns(before: QImage, after: QImage, rect: QRect) -> list[int]:
    """The x of every column of `rect` where the two pictures differ."""
    return [
        x
        for x in range(rect.left(), rect.right())
        if any(before.pixel(x, y) != after.pixel(x, y) for y in range(rect.top(), rect.bottom()))
    ]


@pytest.mark.parametrize("ui_lang", ["en", "ar"])
def test_a_rows_bookmark_mark_is_drawn_at_the_rows_end_clear_of_its_date(
    qtbot, open_window: Callable[[str], MainWindow], store, ui_lang: str
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, ui_lang)
    view = window.browse.search.list
    position = window.browse.model.position_of(PAKISTAN)
    assert position is not None
    index = window.browse.model.index(position)
    rect = view.visualRect(index)
    before = view.viewport().grab().toImage()
    ui.undo.toggle_bookmark(PAKISTAN)
    view.viewport().repaint()
    after = view.viewport().grab().toImage()
    changed = _changed_columns(before, after, rect)
    assert changed, "the star was not drawn"
    middle = rect.center().x()
    if ui_lang == "ar":  # the row's end is on the left: the date starts on the right
        assert max(changed) < middle
    else:
        assert min(changed) > middle


def test_a_search_that_finds_nothing_does_not_say_the_catalogue_is_empty(
    qtbot, open_window: Callable[[str], MainWindow]
) -> None:  # type: ignore[no-untyped-def]
    window = open_window("ar")
    window.show_page(1, focus=False)
    window.browse.search.field.setText("zzzqqq")
    window.state.set_query("zzzqqq")
    wait_for_results(qtbot, window)
    nothing = window.browse.facets.nothing
    assert nothing.isVisible()
    assert nothing.text() == "لا شيء للتصفية: لا يطابق أي مورد هذا البحث."


def test_an_attachments_language_is_named_in_the_ui_language_and_kept_in_order(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    items = (
        Attachment("ab" * 32, "brief.pdf", "application/pdf", 6800, "ar"),
        Attachment("cd" * 32, "annex.pdf", "application/pdf", 6800, "en"),
    )
    view = AttachmentsView()
    qtbot.addWidget(view)
    english = [view.describe(a) for a in items]
    with arabic_installed(qapp):
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as switching to Arabic does
        arabic = [view.describe(a) for a in items]
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # each line reads in the UI's direction: it opens with that direction's mark
    assert all(d.startswith("\u200e") for d in english)
    assert all(d.startswith("\u200f") for d in arabic)
    english, arabic = [d[1:] for d in english], [d[1:] for d in arabic]
    assert [d.split(" · ")[1] for d in english] == ["\u2068Arabic\u2069", "\u2068English\u2069"]
    assert [d.split(" · ")[1] for d in arabic] == ["\u2068العربية\u2069", "\u2068الإنجليزية\u2069"]
    # every part is a bidi isolate, so "6.64 KiB" is never split around an Arabic name
    assert all(p.startswith("\u2068") and p.endswith("\u2069") for p in arabic[0].split(" · "))
