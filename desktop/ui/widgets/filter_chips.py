"""The active filters as removable chips above the list, with "Clear all"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.ui.icons import icon
from desktop.ui.panes.widgets import FlowLayout, clear_layout


class FilterChip(QFrame):
    """One selected facet value: "Country: Ethiopia ✕"; the cross removes it."""

    removed = Signal(str, str)  # facet, value

    def __init__(
        self, facet: str, value: str, text: str, remove_tip: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterChip")
        self.facet, self.value = facet, value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(2)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton(self)
        self.button.setObjectName("removeFilter")
        self.button.setIcon(icon("clear"))
        self.button.setIconSize(QSize(10, 10))
        self.button.setAutoRaise(True)
        self.button.setToolTip(remove_tip)
        self.button.setAccessibleName(f"{remove_tip}: {text}")
        self.button.clicked.connect(lambda: self.removed.emit(self.facet, self.value))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.setStyleSheet(
            "#filterChip { border: 1px solid palette(mid); border-radius: 11px;"
            " background: palette(alternate-base); }"
        )


class FilterChipBar(QWidget):
    """All selected facet values as chips, in a wrapping row; hidden when nothing is selected."""

    chip_removed = Signal(str, str)  # facet, value
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self._flow = FlowLayout(self, spacing=6)
        self._clear = QToolButton()
        self._clear.setObjectName("clearAllChips")
        self._clear.setAutoRaise(True)
        self._clear.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._clear.clicked.connect(self.clear_requested)
        self._chips: list[FilterChip] = []
        self._clear_text = ""
        self._shown: tuple[object, ...] = ()
        self.hide()

    def set_chips(
        self, chips: list[tuple[str, str, str]], remove_tip: str, clear_text: str
    ) -> None:
        """`chips` are (facet, value, shown text)."""
        shown = (tuple(chips), remove_tip, clear_text)
        if shown == self._shown:
            return  # every search answer comes here: rebuilding the same chips costs ~5 ms
        self._shown = shown
        if self._flow.count():
            self._flow.takeAt(self._flow.count() - 1)  # keep the "Clear all" button alive
        clear_layout(self._flow)
        self._chips = []
        for facet, value, text in chips:
            chip = FilterChip(facet, value, text, remove_tip)
            chip.removed.connect(self.chip_removed)
            self._flow.addWidget(chip)
            self._chips.append(chip)
        self._clear.setText(clear_text)
        self._clear.setIcon(icon("filter-clear"))
        self._clear.setToolTip(clear_text)
        self._flow.addWidget(self._clear)
        self.setVisible(bool(chips))

    @property
    def chips(self) -> list[FilterChip]:
        return list(self._chips)
