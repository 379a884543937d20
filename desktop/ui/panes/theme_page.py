"""The theme page: the seed page offline (skeleton; fleshed out next)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.models import ResourceRow, Theme


class ThemePage(QWidget):
    """Theme introductions, current priorities and the latest resources as cards."""

    resource_activated = Signal(str)  # uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePage")
        self._label = QLabel(self)
        QVBoxLayout(self).addWidget(self._label)

    def set_content(self, themes: list[Theme], latest: dict[str, list[ResourceRow]]) -> None:
        self._label.setText("\n".join(t.title for t in themes))

    def retranslate_ui(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
