"""A check box whose label is elided when the panel is narrow (the full text in its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from desktop.ui.safe_text import plain_tip

MIN_TEXT_WIDTH = 48


class ElidedCheckBox(QCheckBox):
    """Asks for its full width, accepts less, and then draws its text elided."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """The label (catalogue text: a literal "&" stays an ampersand, never markup)."""
        if text == self._full:
            return
        self._full = text
        self.setText(text.replace("&", "&&"))
        self.setToolTip(plain_tip(text))
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        return QSize(min(hint.width(), indicator + MIN_TEXT_WIDTH), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        option.text = (
            self.fontMetrics()
            .elidedText(self._full, Qt.TextElideMode.ElideRight, contents.width())
            .replace("&", "&&")
        )
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
