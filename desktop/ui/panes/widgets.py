"""Small widgets the detail pane and the theme page share: chips, flow layout, cards, sections.

Catalogue text is always shown as plain text (never interpreted as HTML), and each piece of
it is laid out in its own direction: an English title inside the Arabic UI stays left-to-right.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import ResourceRow
from desktop.ui import icons
from desktop.ui.formatting import format_date, is_rtl_text, join_labels, join_meta
from desktop.ui.safe_text import plain_tip

MUTED = "#55657a"
PANE_STYLE = """
QLabel#detailTitle { font-size: 15pt; font-weight: 600; color: #1c2b3d; }
QLabel#sectionTitle {
    font-weight: 600; font-size: 11pt; color: #1f4f8a; padding-bottom: 3px;
    border-bottom: 1px solid #d4deea;
}
QLabel#fieldCaption { color: #5d6b7e; padding-top: 4px; }
QLabel#detailDate { padding-top: 4px; }
QLabel#placeholderText, QLabel#internetNote, QLabel#emptyStateText, QLabel#cardMeta {
    color: #6b7889;
}
QLabel#emptyStateText { font-size: 12pt; }
QLabel#withdrawnBadge {
    background: #fdecea; color: #9f2a1d; border: 1px solid #f1b8b0;
    border-radius: 4px; padding: 3px 8px; font-weight: 600;
}
QLabel#tagBadge {
    background: #f1f3f6; color: #3d4a5c; border: 1px solid #dde3ea;
    border-radius: 4px; padding: 2px 7px;
}
QLabel#typeBadge {
    background: #e8f1ec; color: #245b3e; border: 1px solid #c4dccd;
    border-radius: 4px; padding: 1px 6px;
}
QPushButton#facetChip {
    background: #eef3fb; color: #1f4f8a; border: 1px solid #c9d6ea;
    border-radius: 11px; padding: 3px 10px;
}
QPushButton#facetChip:hover { background: #dbe7f7; }
QPushButton#facetChip:focus { border: 1px solid #1f4f8a; }
QFrame#resourceCard {
    background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px;
}
QFrame#resourceCard:hover { border: 1px solid #8fb0d8; background: #f7faff; }
QFrame#resourceCard:focus { border: 2px solid #1f4f8a; }
QLabel#cardTitle { font-weight: 600; color: #1f4f8a; font-size: 10.5pt; }
"""


def icon(name: str) -> QIcon:
    """The app's icon for a semantic name, in a muted colour (through the icon facade)."""
    return icons.icon(name, MUTED)


def ui_language() -> str:
    """ "ar" or "en": the language the UI runs in, from the default QLocale."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def text_direction(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl_text(text) else Qt.LayoutDirection.LeftToRight


class TextLabel(QLabel):
    """A label that remembers its height for each width until its text or its look changes.

    A wrapped QLabel lays its whole text out again each time a layout asks its height for a
    width, and one layout pass asks several times: in the detail pane that text layout was
    the largest cost of showing a resource. Set the format, wrapping and margins before the
    label is first laid out (they do not clear the memory; text, font and style do).
    """

    _CHANGES = frozenset(
        {
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
            QEvent.Type.ContentsRectChange,
            QEvent.Type.LayoutDirectionChange,
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[object, Any] = {}  # heights by width, and subclasses' hints

    def setText(self, text: str) -> None:  # type: ignore[override]
        if text != self.text():
            self._sizes.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._sizes.get(width)
        if height is None:
            height = self._sizes[width] = super().heightForWidth(width)
        return height  # type: ignore[no-any-return]

    def event(self, event: QEvent) -> bool:
        if event.type() in self._CHANGES:
            self._sizes.clear()
        return super().event(event)


class ColumnLabel(TextLabel):
    """A wrapped label in a column as wide as its pane (detail pane, cards): cheap size hints.

    A column gives the label its whole width and asks its height for that width, so the
    preferred size Qt works out for a wrapped label (up to ten layouts of the whole text for
    selectable or rich text, then one more at that width) decides nothing there. The hints
    here cost no layout of their own once the label is laid out: the width the column gave,
    at the height known for it (the column asks its height anyway), and at least as wide as
    the longest word (Qt's minimum is the widest one).
    """

    def sizeHint(self) -> QSize:
        if not self.wordWrap():
            return super().sizeHint()
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):  # not laid out yet
            width = min(self.fontMetrics().averageCharWidth() * 80, self.maximumWidth())
            return QSize(width, self.heightForWidth(width))
        height = self._sizes.get(self.width(), self.fontMetrics().lineSpacing())
        return QSize(self.width(), height)

    def minimumSizeHint(self) -> QSize:
        if not self.wordWrap():
            return super().minimumSizeHint()
        hint = self._sizes.get("minimum")
        if hint is None:
            hint = self._sizes["minimum"] = self._longest_words_size()
        return QSize(hint)

    def _longest_words_size(self) -> QSize:
        metrics = self.fontMetrics()
        words = _plain(self.text(), self.textFormat()).split()
        widest = max(map(metrics.horizontalAdvance, words), default=0)
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + max(self.indent(), 0)
        return QSize(widest + extra, metrics.lineSpacing())


_TAG = re.compile(r"<[^>]*>")


def _plain(text: str, text_format: Qt.TextFormat) -> str:
    """The words a label shows (its text without markup when it is rich text)."""
    if text_format != Qt.TextFormat.RichText:
        return text
    return html.unescape(_TAG.sub("", text.replace("</p>", " ")))


def plain_label(
    text: str = "", object_name: str = "", wrap: bool = True, column: bool = False
) -> QLabel:
    """A label for catalogue text: plain text, wrapped, aligned by the text's own direction.

    `column`: the label fills the width of a pane's column (a `ColumnLabel`).
    """
    label = ColumnLabel() if column else TextLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    if object_name:
        label.setObjectName(object_name)
    set_plain_text(label, text)
    return label


def set_plain_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setLayoutDirection(text_direction(text))


LRM, RLM = "\u200e", "\u200f"


def button_text(text: str) -> str:
    """Catalogue text for a button, drawn in its own direction and with a literal "&".

    A button draws its text in the application's direction whatever its own, so a mark of
    the text's direction goes first; "&" is doubled so it is not taken as a mnemonic.
    """
    return (RLM if is_rtl_text(text) else LRM) + text.replace("&", "&&")


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class FlowLayout(QLayout):
    """Lays widgets out in lines that wrap, from the leading edge (right in right-to-left)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, apply: bool) -> int:
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            if x + width > rect.x() + rect.width() and line > 0:
                x, y, line = rect.x(), y + line + self._gap, 0
            if apply:
                left = rect.x() + rect.width() - (x - rect.x()) - width if rtl else x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, hint.height())))
            x += width + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QPushButton):
    """A clickable facet value: clicking it filters the list by that value."""

    def __init__(self, facet: str, value: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetChip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_value(facet, value, label)

    def set_value(self, facet: str, value: str, label: str) -> None:
        """Show another value (chips are reused from one resource to the next)."""
        self.facet, self.value, self.label = facet, value, label
        self.setText(button_text(label))
        self.setAccessibleName(label)
        self.setLayoutDirection(text_direction(label))


def column_hint(widget: QWidget, qt_hint: Callable[[], QSize]) -> QSize:
    """The size hint of a part of a pane's column, once laid out: its width at its height.

    Qt's hint for a box of wrapped text is the height for the box's preferred width, a width
    no column gives it: each text in it would be laid out again at that width (in the
    detail pane, several times per resource shown). A column gives its parts its own width.
    """
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized) or not widget.hasHeightForWidth():
        return qt_hint()
    return QSize(widget.width(), widget.heightForWidth(widget.width()))


class Section(QWidget):
    """A titled part of a pane; `body` is the layout later issues fill."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setIndent(0)  # a styled border would otherwise indent the text
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)

    def sizeHint(self) -> QSize:
        return column_hint(self, super().sizeHint)


class Badge(QLabel):
    """A small rounded label: a document type, a status."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class ResourceCard(QFrame):
    """A resource as a clickable card: title, type badge, date and countries."""

    activated = Signal(str)  # uid

    def __init__(
        self, row: ResourceRow, arabic_digits: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resourceCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.title = plain_label(object_name="cardTitle", column=True)
        layout.addWidget(self.title)
        meta = QHBoxLayout()
        meta.setSpacing(8)
        self.badge = Badge("typeBadge")
        self.meta = plain_label(object_name="cardMeta", column=True)
        meta.addWidget(self.badge)
        meta.addWidget(self.meta, 1)
        layout.addLayout(meta)
        self.set_row(row, arabic_digits)

    def set_row(self, row: ResourceRow, arabic_digits: bool = False) -> None:
        """Show another resource (cards are reused from one resource to the next)."""
        lang = ui_language()
        self.uid = row.uid
        self.setAccessibleName(row.title)
        self.setToolTip(plain_tip(row.title))  # catalogue text, never markup
        set_plain_text(self.title, row.title)
        self.badge.setVisible(row.doc_type is not None)
        self.badge.setText(row.doc_type.label if row.doc_type else "")
        parts = [format_date(row.published, lang, arabic_digits)]
        parts.append(join_labels([c.label for c in row.countries], lang))
        set_plain_text(self.meta, join_meta(parts, lang))

    def sizeHint(self) -> QSize:
        return column_hint(self, super().sizeHint)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.activated.emit(self.uid)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.uid)
            return
        super().keyPressEvent(event)
