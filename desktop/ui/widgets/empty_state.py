"""A centred message for an empty place: an icon, a title, a line of help and an optional button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.icons import icon


class EmptyState(QWidget):
    """ "No results", "coming soon", "the catalogue is empty": what is missing and what to do."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(10)
        self._picture = QLabel(self)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(220)
        self.message.setMaximumWidth(460)
        self.button = QPushButton(self)
        self.button.hide()
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.title, self.message):  # wrapped text: centred, with a width to wrap in
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget, 4)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.refresh_icon()

    def set_texts(self, title: str, message: str = "", button: str = "") -> None:
        self.title.setText(title)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.button.setText(button)
        self.button.setVisible(bool(button))

    def refresh_icon(self) -> None:
        color = self.palette().color(self.foregroundRole()).name()
        self._picture.setPixmap(icon(self._icon_name, color).pixmap(QSize(48, 48)))
