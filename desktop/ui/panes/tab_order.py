"""Tab order by what the user sees: pane after pane, and in a pane row by row, in reading order.

Qt's focus chain follows the order widgets were made. The Browse page builds much of its
content later (the detail pane's chips and related cards for each resource, the user's own
controls added by userdata_ui), so its chain jumped from the detail pane's source buttons to
its notes, then back to the filters, then to the chips. The order is worked out when Tab is
pressed, so searches and resource changes cost nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

SAME_ROW_PX = 12  # widgets whose middles are this close in height are on one row


def _focusable(widget: QWidget, top: QWidget) -> bool:
    return (
        widget.isVisibleTo(top)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and type(widget) is not QScrollArea  # a frame around controls, not a control
        and widget.focusProxy() is None
    )


def _rows(pane: QWidget, widgets: list[QWidget]) -> list[list[tuple[int, QWidget]]]:
    """`widgets` grouped in rows, top to bottom, each with its middle's x in the pane."""
    placed = []
    for widget in widgets:
        middle = widget.mapTo(pane, QPoint(widget.width() // 2, widget.height() // 2))
        placed.append((middle.y(), middle.x(), widget))
    placed.sort(key=lambda p: p[0])
    rows: list[list[tuple[int, QWidget]]] = []
    row_y = None
    for y, x, widget in placed:
        if row_y is None or y - row_y > SAME_ROW_PX:
            rows.append([])
            row_y = y
        rows[-1].append((x, widget))
    return rows


def reading_order(pane: QWidget, top: QWidget) -> list[QWidget]:
    """The focusable controls of `pane`, row by row, each row in the reading direction."""
    widgets = [w for w in pane.findChildren(QWidget) if _focusable(w, top)]
    rtl = pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ordered: list[QWidget] = []
    for row in _rows(pane, widgets):
        row.sort(key=lambda p: -p[0] if rtl else p[0])
        ordered += [widget for _, widget in row]
    return ordered


def next_in_reading_order(panes: list[QWidget], top: QWidget, forward: bool) -> QWidget | None:
    """The control after (or before) the focused one, or None at either end or if the focus
    is not in `panes`."""
    chain = [w for pane in panes for w in reading_order(pane, top)]
    current = top.focusWidget()
    if current not in chain:
        return None
    index = chain.index(current) + (1 if forward else -1)
    return chain[index] if 0 <= index < len(chain) else None


def focus_and_show(widget: QWidget, reason: Qt.FocusReason) -> None:
    """Focus `widget`, scrolling every scroll area around it to show it."""
    widget.setFocus(reason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
