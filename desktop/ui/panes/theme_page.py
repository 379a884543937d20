"""The theme page: the seed page offline, in the UI language.

For each theme: its title and introduction, the priorities introduction, the current
priorities as a numbered list, the closing text, and the latest resources as clickable cards.
The caller passes texts and rows fetched in the UI language; this page only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Priority, ResourceRow, Theme
from desktop.ui.formatting import localise_digits
from desktop.ui.panes.pane_frame import fill_with_stack, vertical_scroll
from desktop.ui.panes.tab_order import reading_order, tab_along
from desktop.ui.panes.widgets import (
    PANE_STYLE,
    ResourceCard,
    clear_layout,
    plain_label,
)
from desktop.ui.widgets.empty_state import EmptyState

CARD_COLUMNS = 2
MAX_TEXT_WIDTH = 920

THEME_STYLE = """
QWidget#themeContent { background: #f6f8fb; }
QLabel#themeTitle { font-size: 22pt; font-weight: 600; color: #17324f; }
QLabel#themeHeading {
    font-size: 13pt; font-weight: 600; color: #17324f; padding: 14px 0 4px 0;
    border-bottom: 2px solid #d4deea;
}
QLabel#themeParagraph, QLabel#priorityText { font-size: 11pt; color: #27313d; }
QLabel#priorityNumber {
    background: #1f4f8a; color: white; font-weight: 600; border-radius: 13px;
    min-width: 26px; max-width: 26px; min-height: 26px; max-height: 26px;
}
QWidget#priorityItem { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; }
"""


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a catalogue text (blank lines separate them)."""
    return [p.strip() for p in text.split("\n\n") if p.strip()]


class ThemePage(QWidget):
    """Theme introductions, current priorities and the latest resources as cards."""

    resource_activated = Signal(str)  # uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePage")
        self.setStyleSheet(PANE_STYLE + THEME_STYLE)
        self.arabic_digits = False
        self._themes: list[Theme] = []
        self._latest: dict[str, list[ResourceRow]] = {}
        self._stack = fill_with_stack(self, self._build_empty_state(), self._build_scroll())
        self.retranslate_ui()

    def _build_empty_state(self) -> QWidget:
        self._empty = EmptyState("empty")
        self._empty.setObjectName("themeEmptyState")
        self._empty.title.setObjectName("themeHeading")
        self._empty.message.setObjectName("emptyStateText")
        return self._empty

    def _build_scroll(self) -> QScrollArea:
        content = QWidget()
        content.setObjectName("themeContent")
        outer = QHBoxLayout(content)
        column = QWidget()
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(28, 24, 28, 28)
        self._column.setSpacing(12)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        self._scroll = vertical_scroll(content)
        return self._scroll

    # public interface -----------------------------------------------------------------------

    def set_content(self, themes: list[Theme], latest: dict[str, list[ResourceRow]]) -> None:
        """Show `themes` and, under each, its latest resources (`latest[theme.id]`)."""
        self._themes, self._latest = list(themes), dict(latest)
        self._render()

    def set_arabic_digits(self, enabled: bool) -> None:
        """Number the priorities and write dates with Arabic-Indic digits (a preference)."""
        self.arabic_digits = enabled
        self._render()

    # rendering ------------------------------------------------------------------------------

    def _render(self) -> None:
        clear_layout(self._column)
        for theme in self._themes:
            self._add_theme(theme, self._latest.get(theme.id, []))
        self._column.addStretch(1)
        self._stack.setCurrentIndex(1 if self._themes else 0)

    def _add_theme(self, theme: Theme, latest: list[ResourceRow]) -> None:
        self._column.addWidget(plain_label(theme.title, "themeTitle"))
        self._add_paragraphs(theme.introduction)
        self._add_heading(self.tr("Current priorities"))
        self._add_paragraphs(theme.priorities_introduction)
        for number, priority in enumerate(theme.priorities, start=1):
            self._column.addWidget(self._priority_item(number, priority))
        self._add_paragraphs(theme.priorities_closing)
        self._add_heading(self.tr("Latest resources"))
        self._column.addWidget(self._cards(latest))

    def _add_paragraphs(self, text: str) -> None:
        for paragraph in paragraphs(text):
            self._column.addWidget(plain_label(paragraph, "themeParagraph"))

    def _add_heading(self, text: str) -> None:
        heading = QLabel(text)
        heading.setObjectName("themeHeading")
        heading.setIndent(0)  # a styled border would otherwise indent the text
        self._column.addWidget(heading)

    def _priority_item(self, number: int, priority: Priority) -> QWidget:
        item = QWidget()
        item.setObjectName("priorityItem")
        item.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(item)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(12)
        badge = QLabel(localise_digits(str(number), self.arabic_digits))
        badge.setObjectName("priorityNumber")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(plain_label(priority.text, "priorityText"), 1)
        return item

    def _cards(self, rows: list[ResourceRow]) -> QWidget:
        box = QWidget()
        box.setObjectName("latestResources")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, row in enumerate(rows):
            card = ResourceCard(row, self.arabic_digits)
            card.activated.connect(self.resource_activated)
            grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        for column in range(CARD_COLUMNS):
            grid.setColumnStretch(column, 1)
        if not rows:
            empty = QLabel(self.tr("No resources in this theme yet."))
            empty.setObjectName("placeholderText")
            grid.addWidget(empty, 0, 0)
        return box

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab goes from the page (arrows and Page Down scroll it) to the resource cards row
        by row in reading order, then out of the page (see tab_order.py)."""
        stops = [self._scroll, *reading_order(self._scroll.widget(), self)]
        return tab_along(stops, self, next) or super().focusNextPrevChild(next)

    # language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every UI string in the current language (called on QEvent.LanguageChange)."""
        self._empty.set_texts(
            self.tr("The catalogue is empty"),
            self.tr("Themes and resources appear here once a catalogue is imported."),
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
