"""The navigation bar at the window's leading edge: one button per page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QToolButton, QVBoxLayout, QWidget

from desktop.ui.icons import icon


class NavBar(QFrame):
    """Checkable page buttons, icon above text; `page_selected(index)` when one is clicked."""

    page_selected = Signal(int)

    def __init__(self, icon_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon_names = icon_names
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for index, name in enumerate(icon_names):
            button = QToolButton(self)
            button.setObjectName(f"nav_{name}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(24, 24))
            button.setMinimumWidth(84)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self.page_selected)
        self.refresh_icons()

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def set_texts(self, texts: list[tuple[str, str]]) -> None:
        """(label, tooltip) for each button, in order."""
        for button, (text, tip) in zip(self.buttons, texts, strict=True):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))

    def refresh_icons(self) -> None:
        for button, name in zip(self.buttons, self._icon_names, strict=True):
            button.setIcon(icon(name))
