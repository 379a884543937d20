"""The priorities tracker pane, in English (LTR) and Arabic (RTL), on a real data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QProgressBar

from desktop.domain.userdata import TrackerStatus
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import tracker_repo as tracker
from desktop.storage.store import Store, open_store
from desktop.ui.i18n import set_language
from desktop.ui.panes.priorities_pane import PrioritiesPane
from desktop.ui.undo import UserDataUndo
from desktop.ui.userdata_service import UserDataService

SEED = [
    "sp-2021-overview-paper",
    "sp-2021-mena-capacity",
    "sp-2021-brc-gp-mapping",
    "sp-2021-brc-grand-bargain-mapping",
]
PAKISTAN = "calp-2021-sp-covid-pakistan"


@pytest.fixture(params=["en", "ar"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    used = set_language(qapp, request.param)
    yield used
    set_language(qapp, "en")


def make_pane(qtbot, store: Store, lang: str) -> PrioritiesPane:  # type: ignore[no-untyped-def]
    pane = PrioritiesPane(UserDataUndo(UserDataService(store)), lang)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    return pane


def shown_ids(pane: PrioritiesPane) -> list[str]:
    return [item.data(0, Qt.ItemDataRole.UserRole) for item in pane._items()]


def test_the_tracker_shows_the_four_seed_priorities(qtbot, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, lang)
    assert pane.objectName() == "prioritiesView"
    assert shown_ids(pane) == SEED
    expected = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert pane.layoutDirection() == expected
    first = pane._items()[0].text(0)
    assert first.startswith("التكليف" if lang == "ar" else "Commission")


def test_a_status_change_is_in_the_history_survives_a_restart_and_undoes(
    qtbot, store: Store, data_paths: DataPaths, lang: str
) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, lang)
    pane.select(SEED[1])
    editor = pane.editor
    editor.status.setCurrentIndex(list(TrackerStatus).index(TrackerStatus.BLOCKED))
    editor.status.activated.emit(editor.status.currentIndex())
    assert pane.current().entry.status is TrackerStatus.BLOCKED  # type: ignore[union-attr]
    assert editor.history.count() == 1
    assert "→" in editor.history.item(0).text() or "←" in editor.history.item(0).text()
    pane.service.close()
    store.close()
    reopened = open_store(data_paths, shipped_catalogue())
    again = make_pane(qtbot, reopened, lang)
    again.select(SEED[1])
    assert again.current().entry.status is TrackerStatus.BLOCKED  # type: ignore[union-attr]
    assert again.editor.history.count() == 1
    pane.undo.stack.undo()
    again.refresh()
    assert again.current().entry.status is TrackerStatus.NOT_STARTED  # type: ignore[union-attr]
    again.service.close()
    reopened.close()


def test_progress_date_and_overdue_filter(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, "en")
    pane.select(SEED[0])
    pane.editor.progress.setValue(60)
    pane.editor.progress.editingFinished.emit()
    pane.editor.has_date.setChecked(True)
    pane.editor.target.setDate(pane.editor.target.date().addYears(-2))
    pane.editor.target.editingFinished.emit()
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("overdue"))
    assert shown_ids(pane) == [SEED[0]]
    assert "overdue" in pane._items()[0].text(3)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("done"))
    assert shown_ids(pane) == []


def test_dropping_a_resource_links_it_and_one_click_opens_it(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, "en")
    pane.select(SEED[2])
    mime = QMimeData()
    mime.setText(PAKISTAN)
    links = pane.editor.links
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    links.dropEvent(drop)
    assert pane.current().links == (PAKISTAN,)  # type: ignore[union-attr]
    assert links.item(0).text().startswith("Towards shock-responsive")
    with qtbot.waitSignal(pane.resource_requested) as opened:
        rect = links.visualItemRect(links.item(0))
        qtbot.mouseClick(links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [PAKISTAN]
    assert QPoint  # imported for the click position type


def test_local_priorities_are_added_reordered_and_archived(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, "ar")
    a = pane.undo.add_local_priority("social-protection", "خطة أ")
    b = pane.undo.add_local_priority("social-protection", "Plan B")
    assert shown_ids(pane)[-2:] == [a.id, b.id]
    pane.select(b.id)
    pane.move_local(-1)
    assert shown_ids(pane)[-2:] == [b.id, a.id]
    pane.toggle_archived()
    assert b.id not in shown_ids(pane)
    pane.show_archived.setChecked(True)
    assert b.id in shown_ids(pane)
    pane.undo.stack.undo()
    pane.show_archived.setChecked(False)
    assert b.id in shown_ids(pane)


def test_five_hundred_tracker_entries_fill_the_tree(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    service = UserDataService(store)
    with service.userdata.write() as conn:  # one transaction: set-up, not what is tested
        for i in range(500):
            p = tracker.add_local_priority(conn, "social-protection", f"Local priority {i}")
            tracker.save_entry(conn, tracker.entry(conn, p.id).edited(progress=i % 101))
    pane = PrioritiesPane(UserDataUndo(service), "en")
    qtbot.addWidget(pane)
    assert len(pane._items()) == 504
    service.close()


def test_tracker_dates_read_like_every_other_date_in_daleel(qtbot, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, lang)
    pane.select(SEED[0])
    entry = pane.service.entry(SEED[0])
    pane.undo.save_entry(entry.edited(target_date="2021-03-01"))
    pane.refresh()
    march = "1 مارس 2021" if lang == "ar" else "1 March 2021"
    assert pane._items()[0].text(3).startswith(march)  # not "2021-03-01", not "01/03/2021"
    assert pane.editor.target.text() == march  # day first, in either direction
    assert pane.editor.history.item(0).text().endswith(march)


def test_every_tracker_control_has_a_name_a_screen_reader_can_say(
    qtbot, store: Store, lang: str
) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(qtbot, store, lang)
    pane.select(SEED[0])
    editor = pane.editor
    fields = (
        pane.tree, pane.status_filter, editor.status, editor.progress, editor.target,
        editor.next_step, editor.notes, editor.links, editor.history,
    )  # fmt: skip
    names = [field.accessibleName() for field in fields]
    assert all(names), names
    assert editor.next_step.accessibleName() == ("الخطوة التالية" if lang == "ar" else "Next step")


PERCENT_FORMS = {  # as QLocale writes them; the marks keep "40%" in order inside Arabic text
    ("en", False): ("40%", "10%"),
    ("ar", False): ("40\u200e%\u200e", "10\u200e%\u200e"),
    ("ar", True): ("٤٠٪\u061c", "١٠٪\u061c"),
}


@pytest.mark.parametrize(("ui_lang", "arabic_digits"), PERCENT_FORMS)
def test_every_percentage_of_the_tracker_reads_the_same_way(
    open_window, store: Store, ui_lang: str, arabic_digits: bool
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.userdata_ui import PRIORITIES_PAGE
    from tests.ui.test_notes_window import open_with_userdata

    window, ui = open_with_userdata(open_window, store, ui_lang)
    window.actions.arabic_digits.setChecked(arabic_digits)  # live, as from the Language menu
    window.show_page(PRIORITIES_PAGE)
    pane = ui.priorities
    pane.select(SEED[0])
    ui.undo.save_entry(ui.service.entry(SEED[0]).edited(progress=40))
    row, theme_mean = PERCENT_FORMS[(ui_lang, arabic_digits)]
    bar = pane.overview.itemAt(0).widget().findChild(QProgressBar)
    assert bar.text() == theme_mean  # one of four priorities at 40 %
    assert pane._items()[0].text(2) == row
    assert pane.editor.progress.text() == row
    assert (
        pane.editor.history.item(0).text().endswith(f" → {row}" if ui_lang == "en" else f" ← {row}")
    )
