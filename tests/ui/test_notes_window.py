"""The user's data through the real window: star, notes, filters, tracker, undo, export."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.userdata import TrackerStatus
from desktop.paths import DataPaths
from desktop.ui.briefing_pdf import write_briefing
from desktop.ui.main_window import MainWindow
from desktop.ui.userdata_ui import install_userdata_ui
from tests.ui.conftest import type_text, wait_for_results

ROOT = Path(__file__).resolve().parents[2]
PAKISTAN = "calp-2021-sp-covid-pakistan"


def open_with_userdata(open_window: Callable[[str], MainWindow], store, lang: str = "en"):  # type: ignore[no-untyped-def]
    window = open_window(lang)
    ui = getattr(window, "userdata_ui", None) or install_userdata_ui(window, store)
    window.show_page(1)
    return window, ui


def test_what_the_gui_creates_is_in_the_command_line_export(
    qtbot, open_window, store, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store)
    window.browse.open_resource(PAKISTAN)
    assert ui.marks.uid == PAKISTAN
    detail = window.browse.detail
    detail.bookmark_button.click()  # the star
    assert ui.service.marks(PAKISTAN).bookmarked
    editor = ui.marks.notes.editor
    editor.setFocus()
    type_text(editor, "ملاحظة من الواجهة")
    editor.flush()
    ui.filters.bookmarked.setChecked(True)
    wait_for_results(qtbot, window)
    assert window.browse.search.model.rowCount() == 1
    ui.filters.bookmarked.setChecked(False)
    entry = ui.service.entry("sp-2021-overview-paper")
    ui.undo.save_entry(entry.edited(status=TrackerStatus.IN_PROGRESS, progress=20))
    ui.undo_action.trigger()  # Edit ▸ Undo
    assert ui.service.entry("sp-2021-overview-paper").progress == 0
    ui.redo_action.trigger()
    window.show_page(2)
    assert window.pages.currentWidget().objectName() == "prioritiesView"
    write_briefing(ui.service, "en", tmp_path / "briefing.pdf")
    assert (tmp_path / "briefing.pdf").read_bytes().startswith(b"%PDF")
    exported = tmp_path / "mine.json"
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_paths.root), "userdata", "export",
         str(exported)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(exported.read_text("utf-8"))
    assert [b["uid"] for b in data["bookmarks"]] == [PAKISTAN]
    assert [n["body"] for n in data["notes"]] == ["ملاحظة من الواجهة"]
    assert [(e["priority_id"], e["progress"]) for e in data["tracker_entries"]] == [
        ("sp-2021-overview-paper", 20)
    ]


def test_ctrl_d_stars_and_the_row_shows_it_in_arabic(qtbot, open_window, store) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "ar")
    window.browse.open_resource(PAKISTAN)
    ui.marks.toggle_bookmark()
    assert ui.marks.button.isChecked()
    assert ui.delegate.marks(PAKISTAN)[0] is True
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ui.undo.stack.undo()
    assert not ui.marks.button.isChecked()


def test_the_reading_state_and_tags_fields_are_named_for_screen_readers(open_window, store) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "ar")
    window.browse.open_resource(PAKISTAN)
    assert ui.marks.reading.accessibleName() == "القراءة"
    assert ui.marks.tags.accessibleName() == "وسومي"


def test_a_bookmarked_resource_looks_bookmarked(open_window, store) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "en")
    window.browse.open_resource(PAKISTAN)
    button = window.browse.detail.bookmark_button
    unmarked = button.icon().pixmap(24, 24).toImage()
    ui.marks.toggle_bookmark()
    marked = button.icon().pixmap(24, 24).toImage()
    assert marked != unmarked  # the star itself changes, not only a pressed frame
    assert button.toolTip().startswith("Bookmarked")
    ui.marks.toggle_bookmark()
    assert button.icon().pixmap(24, 24).toImage() == unmarked
    assert button.toolTip() == "Bookmark this resource (Ctrl+D)"


def test_my_library_lists_and_the_note_text_are_named_for_screen_readers(
    open_window, store
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "ar")
    window.browse.open_resource(PAKISTAN)
    filters = ui.filters
    assert [filters.scope.accessibleName(), filters.collection.accessibleName()] == [
        "أين تبحث",
        "عرض مجموعة واحدة",
    ]
    assert filters.tag.accessibleName() == "عرض أحد وسومي"
    assert ui.marks.notes.editor.accessibleName() == "نص الملاحظة المختارة"
