"""The detail pane re-filled from one resource to the next looks as if it were new.

Its widgets are reused (chips, cards, labels) and laid out once per resource; these tests pin
what the user sees: nothing of the previous resource stays, the pane is laid out for the new
one (pixel for pixel as a pane that only ever showed it), no widget piles up, and the opening
is still recorded in the user's file.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.domain.query import parse_query
from desktop.storage.store import Store
from desktop.ui.panes.detail_pane import FACET_ROWS, DetailPane
from desktop.ui.panes.widgets import Chip, ColumnLabel, ResourceCard, TextLabel
from tests.ui.conftest import load_with_related

SPACE_ETHIOPIA = "calp-2020-space-early-response-ethiopia"
LONG_TITLE = "Lessons from cash transfers in protracted crises, and what they teach " * 4


def new_pane(qtbot) -> DetailPane:  # type: ignore[no-untyped-def]
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    return pane


def other_uids(store: Store, count: int) -> list[str]:
    with store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT uid FROM resources WHERE uid != ? ORDER BY id LIMIT ?",
            (SPACE_ETHIOPIA, count),
        )
        return [row[0] for row in rows]


def settle() -> None:
    """What the event loop does before the user sees the pane: layout, deferred deletes."""
    for _ in range(3):
        QApplication.processEvents()


def shown(pane: DetailPane, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in pane.findChildren(kind) if w.isVisible()]


def test_a_second_resource_leaves_nothing_of_the_first(qtbot, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    pane = new_pane(qtbot)
    first, first_related = load_with_related(store, SPACE_ETHIOPIA, lang)
    second, second_related = load_with_related(store, other_uids(store, 1)[0], lang)
    pane.show_resource(first, first_related, parse_query("cash"))
    settle()
    pane.show_resource(second, second_related, parse_query(""))
    settle()
    chips = {(c.facet, c.label) for c in shown(pane, Chip)}  # type: ignore[attr-defined]
    values = second.facet_labels()
    wanted = {(f.value, label.label) for f in FACET_ROWS for label in values.get(f, ())}
    assert chips == wanted
    cards = [c.uid for c in shown(pane, ResourceCard)]  # type: ignore[attr-defined]
    assert cards == [row.uid for row in second_related]
    assert pane.title_label.text() == second.title
    outside_cards = [w for w in shown(pane, QLabel) if not isinstance(w.parent(), ResourceCard)]
    assert first.title not in {w.text() for w in outside_cards}  # type: ignore[attr-defined]
    assert "<span" not in pane.summary_label.text()  # no highlight left from the first query


def test_a_refilled_pane_is_drawn_as_a_new_one(qtbot, store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Pixel for pixel: the pane that showed other resources first and a pane that is new."""
    resource, related = load_with_related(store, SPACE_ETHIOPIA, lang)
    long_one = replace(resource, title=LONG_TITLE, summary=resource.summary * 3)
    used = new_pane(qtbot)
    for uid in other_uids(store, 3):
        used.show_resource(*load_with_related(store, uid, lang), parse_query(""))
        settle()
    used.show_resource(long_one, related[:2], parse_query(""))
    settle()
    used.show_resource(resource, related, parse_query("cash"))
    settle()
    fresh = new_pane(qtbot)
    fresh.show_resource(resource, related, parse_query("cash"))
    settle()
    assert used.title_label.height() == fresh.title_label.height()
    assert used.summary_label.geometry() == fresh.summary_label.geometry()
    assert used.grab().toImage() == fresh.grab().toImage()


def test_showing_resource_after_resource_piles_up_no_widgets(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pane = new_pane(qtbot)
    uids = [SPACE_ETHIOPIA, *other_uids(store, 3)]
    loaded = [load_with_related(store, uid, "en") for uid in uids]
    for resource, related in loaded:  # every chip and card a resource needs now exists
        pane.show_resource(resource, related, parse_query(""))
    settle()
    count = len(pane.findChildren(QWidget))
    for _ in range(3):
        for resource, related in loaded:
            pane.show_resource(resource, related, parse_query(""))
            settle()
    assert len(pane.findChildren(QWidget)) == count


@pytest.mark.parametrize("kind", [TextLabel, ColumnLabel])
def test_a_label_s_height_follows_its_text_and_font(qtbot, kind: type[TextLabel]) -> None:  # type: ignore[no-untyped-def]
    """The remembered heights are forgotten when the text or the font changes."""
    label, plain = kind(), QLabel()
    for widget in (label, plain):
        qtbot.addWidget(widget)
        widget.setWordWrap(True)
    for text, size in (("short", 10), (LONG_TITLE, 10), (LONG_TITLE, 16), ("حماية " * 40, 16)):
        for widget in (label, plain):
            widget.setText(text)
            font = QFont(widget.font())
            font.setPointSize(size)
            widget.setFont(font)
        for width in (120, 300, 300, 640):
            assert label.heightForWidth(width) == plain.heightForWidth(width)


def test_the_opening_is_recorded_once_the_window_is_back_in_its_loop(  # type: ignore[no-untyped-def]
    qtbot, open_window, store: Store
) -> None:
    from desktop.ui.userdata_ui import install_userdata_ui

    window = open_window("en")
    ui = getattr(window, "userdata_ui", None) or install_userdata_ui(window, store)
    window.show_page(1)
    uid = other_uids(store, 1)[0]
    assert ui.service.marks(uid).last_opened is None
    window.browse.show_resource(uid)
    assert window.browse.detail.title_label.text()  # shown at once
    qtbot.waitUntil(lambda: ui.service.marks(uid).last_opened is not None, timeout=2000)
