"""The detail pane: everything about the selected resource (skeleton; fleshed out next)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.models import Resource, ResourceRow
from desktop.domain.query import ParsedQuery


class DetailPane(QWidget):
    """Shows one resource; facet values and related resources are clickable."""

    facet_value_activated = Signal(str, str)  # facet name (Facet value), value id
    resource_activated = Signal(str)  # uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._label = QLabel(self)
        QVBoxLayout(self).addWidget(self._label)
        self.clear()

    def show_resource(
        self, resource: Resource, related: list[ResourceRow], query: ParsedQuery
    ) -> None:
        self._label.setText(resource.title)

    def clear(self) -> None:
        self._label.setText(self.tr("Select a resource to see its details"))

    def retranslate_ui(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
