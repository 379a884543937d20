"""Odd states look right: a 300-character title, a bare resource, no results, an empty catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop.domain.records import ResourceIn
from desktop.storage.catalogue_writer import upsert_resources, withdraw_resources
from desktop.storage.resources_repo import stats
from desktop.ui.main_window import BROWSE, MainWindow
from desktop.ui.models.resource_list_model import ROW_ROLE, UID_ROLE
from tests.ui.conftest import type_text, wait_for_results

LONG_TITLE = ("Cash transfers and social protection in protracted crises " * 6)[:300]


def add_bare_resources(store) -> None:  # type: ignore[no-untyped-def]
    with store.write() as conn:
        upsert_resources(
            conn,
            [
                ResourceIn(uid="odd-long-title", title=LONG_TITLE),
                ResourceIn(uid="odd-bare", title="Zanzibar bare record"),
            ],
            version=1,
        )


def row_of(window, uid: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    model = window.browse.model
    return next(
        model.index(i) for i in range(model.rowCount()) if model.index(i).data(UID_ROLE) == uid
    )


@pytest.fixture
def odd_row(qtbot, store, open_window):  # type: ignore[no-untyped-def]
    """odd_row(lang, words, uid) → a window in `lang` showing the search for `words`, and the
    row of `uid` in it; the odd resources are in the catalogue."""
    add_bare_resources(store)

    def search(lang: str, words: str, uid: str) -> tuple[MainWindow, QModelIndex]:
        window = open_window(lang)
        window.show_page(BROWSE)
        type_text(window.browse.search.field, words)
        wait_for_results(qtbot, window)
        return window, row_of(window, uid)

    return search


def shown_as_text(tip: str) -> str:
    """What a tooltip shows (tooltips are rendered as rich text; see desktop/ui/safe_text.py)."""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_a_300_character_title_is_elided_with_the_full_title_in_its_tooltip(odd_row) -> None:  # type: ignore[no-untyped-def]
    window, index = odd_row("en", "protracted", "odd-long-title")
    assert shown_as_text(index.data(Qt.ItemDataRole.ToolTipRole)) == LONG_TITLE  # escaped
    view = window.browse.search.list
    assert view.visualRect(index).height() < 3 * view.fontMetrics().height() + 30
    assert not view.grab().isNull()


def test_a_resource_without_date_type_or_organisation_paints_and_opens(odd_row) -> None:  # type: ignore[no-untyped-def]
    window, index = odd_row("ar", "Zanzibar", "odd-bare")
    row = index.data(ROW_ROLE)
    assert row.doc_type is None and not row.published.iso and not row.organisations
    assert window.browse.search.delegate.meta_text(row) == ""
    image = QImage(500, 80, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 500, 80)
    option.widget = window.browse.search.list
    window.browse.search.delegate.paint(painter, option, index)
    painter.end()
    window.browse.search.list.setCurrentIndex(index)
    QApplication.processEvents()
    assert window.browse.detail.current_uid == "odd-bare"


def test_an_empty_catalogue_says_so_instead_of_an_empty_list(qtbot, store, open_window) -> None:  # type: ignore[no-untyped-def]
    with store.write() as conn:
        uids = [u for (u,) in conn.exec_driver_sql("SELECT uid FROM resources")]
        withdraw_resources(conn, uids, version=2)
        assert stats(conn).resources == 0
    window = open_window("ar")
    window.show_page(BROWSE)
    pane = window.browse.search
    assert pane.stack.currentWidget() is pane.empty_catalogue
    assert pane.empty_catalogue.title.text() == "الفهرس فارغ"
    assert pane.count_label.text() == "لا موارد"
    assert window.browse.facets.nothing.isVisible()
    assert not any(g.isVisible() for g in window.browse.facets.groups.values())
