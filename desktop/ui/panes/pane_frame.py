"""The frame the detail pane and the theme page share: an empty state or a scrolling column.

Each pane fills itself with a stack of two pages: its empty state first, then its content in
a scroll area that scrolls up and down only (the content wraps to the pane's width).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget


def fill_with_stack(pane: QWidget, *pages: QWidget) -> QStackedWidget:
    """A stack of `pages` that fills `pane` edge to edge; the first page shows at first."""
    stack = QStackedWidget(pane)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(stack)
    for page in pages:
        stack.addWidget(page)
    return stack


def vertical_scroll(content: QWidget) -> QScrollArea:
    """A frameless scroll area holding `content` at the area's width."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
