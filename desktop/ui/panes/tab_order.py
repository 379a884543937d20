"""Tab order by what the user sees: pane after pane, and in a pane row by row, in reading order.

Qt's focus chain follows the order widgets were made. The Browse page builds much of its
content later (the detail pane's chips and related cards for each resource, the user's own
controls added by userdata_ui), so its chain jumped from the detail pane's source buttons to
its notes, then back to the filters, then to the chips. The order is worked out when Tab is
pressed, so searches and resource changes cost nothing for it. The Theme and Priorities
pages use it too. Past a page's last control (or before its first) Tab leaves the page for
the rest of the window, instead of falling back into the page where Qt's chain would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

SAME_ROW_PX = 12  # widgets whose middles are this close in height are on one row


def _focusable(widget: QWidget, top: QWidget) -> bool:
    """A control of a pane that Tab stops at (a scroll area is a frame around controls)."""
    return _takes_tab(widget, top) and type(widget) is not QScrollArea


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


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _outside(top: QWidget, forward: bool) -> QWidget | None:
    """The first control after (or before) the focused one in Qt's focus chain that is not
    in `top`: where Tab leaves `top` for the rest of the window."""
    current = top.focusWidget()
    if current is None:
        return None
    window = top.window()
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    widget = step(current)
    while widget is not current:
        if not top.isAncestorOf(widget) and widget is not top and _takes_tab(widget, window):
            return widget
        widget = step(widget)
    return None


def tab_along(chain: list[QWidget], top: QWidget, forward: bool) -> bool:
    """Tab (or Shift+Tab) along `chain`, the controls of `top` in the order they read, then
    out of `top`. False when the focus is not in `chain`: Qt's own order applies."""
    current = top.focusWidget()
    if current not in chain:
        return False
    index = chain.index(current) + (1 if forward else -1)
    target = chain[index] if 0 <= index < len(chain) else _outside(top, forward)
    if target is not None:
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        focus_and_show(target, reason)
    return True


def tab_in_reading_order(panes: list[QWidget], top: QWidget, forward: bool) -> bool:
    """`tab_along` the controls of `panes`, pane after pane, each in reading order."""
    return tab_along([w for pane in panes for w in reading_order(pane, top)], top, forward)


def focus_and_show(widget: QWidget, reason: Qt.FocusReason) -> None:
    """Focus `widget`, scrolling every scroll area around it to show it."""
    widget.setFocus(reason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
