"""The facet panel: one collapsible group per facet, checkable values with live counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet, FacetCount
from desktop.ui.facet_names import facet_label
from desktop.ui.formatting import format_number
from desktop.ui.icons import icon
from desktop.ui.widgets.elided_check_box import ElidedCheckBox

SHOWN_VALUES = 8  # values listed before "Show all"


class FacetGroup(QWidget):
    """A facet's title (click to fold) and its values as check boxes with counts."""

    value_toggled = Signal(str, str)  # facet, value

    def __init__(self, facet: Facet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setObjectName(f"facetGroup_{facet.value}")
        self._counts: list[FacetCount] = []
        self._selected: frozenset[str] = frozenset()
        self._show_all = False
        self._rows: list[FacetRow] = []
        self._number: Callable[[int], str] = str
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.header = QToolButton(self)
        self.header.setObjectName("facetHeader")
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setAutoRaise(True)
        self.header.setStyleSheet(
            "QToolButton { border: none; background: transparent; padding: 3px 0; }"
            " QToolButton:hover { color: palette(highlight); }"
        )
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setIconSize(QSize(10, 10))
        self.header.toggled.connect(self._on_header_toggled)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.body = QWidget(self)
        self._values = QVBoxLayout(self.body)
        self._values.setContentsMargins(14, 0, 4, 0)
        self._values.setSpacing(0)
        layout.addWidget(self.body)
        self.more = QToolButton(self)
        self.more.setObjectName("facetMore")
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self._on_more_clicked)
        layout.addWidget(self.more)

    def set_counts(
        self, counts: list[FacetCount], selected: frozenset[str], number: Callable[[int], str]
    ) -> None:
        self._counts, self._selected, self._number = counts, selected, number
        self._rebuild()

    def checkboxes(self) -> list[QCheckBox]:
        """The check boxes of the values shown now."""
        return [row.box for row in self._rows if not row.isHidden()]

    def retranslate_ui(self) -> None:
        self.header.setText(facet_label(self.facet))
        self.header.setToolTip(self._header_tip())
        self.header.setAccessibleName(facet_label(self.facet))
        self._update_more()
        self._update_icon()

    def _rebuild(self) -> None:
        counts = self._shown_counts()
        while len(self._rows) < len(counts):
            row = FacetRow(self.body)
            row.box.toggled.connect(self._on_row_toggled)
            self._values.addWidget(row)
            self._rows.append(row)
        for row, count in zip(self._rows, counts, strict=False):
            row.show_count(count, count.value in self._selected, self._number(count.count))
        for row in self._rows[len(counts) :]:
            row.hide()
        self.header.setEnabled(bool(self._counts))
        self.header.setToolTip(self._header_tip())
        self._update_more()

    def _shown_counts(self) -> list[FacetCount]:
        shown = self._counts if self._show_all else self._counts[:SHOWN_VALUES]
        hidden_selected = [c for c in self._counts if c.value in self._selected and c not in shown]
        return [*shown, *hidden_selected]

    def _on_row_toggled(self, _checked: bool) -> None:
        box = self.sender()
        value = box.property("facet_value") if box is not None else None
        if value:
            self.value_toggled.emit(self.facet.value, value)

    def _header_tip(self) -> str:
        if self._counts:
            return self.tr("Show or hide the values of this filter")
        return self.tr("No values in these results")

    def _update_more(self) -> None:
        hidden = len(self._counts) - SHOWN_VALUES
        self.more.setVisible(hidden > 0 and self.header.isChecked())
        if self._show_all:
            self.more.setText(self.tr("Show fewer"))
        else:
            total = self._number(len(self._counts))
            self.more.setText(self.tr("Show all ({count})").format(count=total))

    def _update_icon(self) -> None:
        self.header.setIcon(icon("expanded" if self.header.isChecked() else "collapsed"))

    def _on_header_toggled(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self._update_more()
        self._update_icon()

    def _on_more_clicked(self) -> None:
        self._show_all = not self._show_all
        self._rebuild()


class FacetRow(QWidget):
    """One value of a facet: a check box with the value's label, and its count."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = ElidedCheckBox("", self)
        self.number = QLabel(self)
        self.number.setObjectName("facetCount")
        self.number.setEnabled(False)
        layout.addWidget(self.box)
        layout.addStretch(1)
        layout.addWidget(self.number)

    def show_count(self, count: FacetCount, checked: bool, number: str) -> None:
        """Show `count` (reusing the row: no widget is created for a new answer)."""
        self.box.blockSignals(True)
        self.box.setObjectName(f"facetValue_{count.value}")
        self.box.setProperty("facet_value", count.value)
        self.box.set_full_text(count.label)
        self.box.setChecked(checked)
        self.box.blockSignals(False)
        self.number.setText(number)
        self.show()


class FacetPanel(QScrollArea):
    """All facet groups, the "Clear all" button, and a note when there is nothing to filter."""

    value_toggled = Signal(str, str)  # facet, value
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(200)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        self.title = QLabel(inner)
        self.title.setObjectName("facetPanelTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.clear_button = QToolButton(inner)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_requested)
        head.addWidget(self.title, 1)
        head.addWidget(self.clear_button)
        layout.addLayout(head)
        self.nothing = QLabel(inner)
        self.nothing.setWordWrap(True)
        self.nothing.setEnabled(False)
        self.nothing.hide()
        self._catalogue_empty = True
        layout.addWidget(self.nothing)
        self.groups: dict[Facet, FacetGroup] = {}
        for facet in Facet:
            group = FacetGroup(facet, inner)
            group.value_toggled.connect(self.value_toggled)
            self.groups[facet] = group
            layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(inner)
        self.retranslate_ui()

    def set_counts(
        self,
        counts: dict[Facet, list[FacetCount]],
        f: ResourceFilter,
        lang: str,
        arabic_digits: bool = False,
        catalogue_empty: bool = True,
    ) -> None:
        def number(n: int) -> str:
            return format_number(n, lang, arabic_digits)

        for facet, group in self.groups.items():
            group.set_counts(counts.get(facet, []), f.selected(facet), number)
        self.clear_button.setEnabled(bool(f.selections))
        empty = not any(counts.values())
        self._catalogue_empty = catalogue_empty
        self._retranslate_nothing()
        self.nothing.setVisible(empty)
        for group in self.groups.values():
            group.setVisible(not empty)

    def group(self, facet: Facet) -> FacetGroup:
        return self.groups[facet]

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Filters"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every filter"))
        self._retranslate_nothing()
        self.setAccessibleName(self.tr("Filters"))
        for group in self.groups.values():
            group.retranslate_ui()

    def _retranslate_nothing(self) -> None:
        """Why there is nothing to filter: an empty catalogue, or a search that found nothing."""
        if self._catalogue_empty:
            text = self.tr("Nothing to filter: the catalogue has no resources yet.")
        else:
            text = self.tr("Nothing to filter: no resource matches this search.")
        self.nothing.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
