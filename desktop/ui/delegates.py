"""How one row of the result list is painted: title, type badge, date, organisations, countries.

Each text is laid out in its own direction: an English title in the Arabic UI is drawn
left-to-right and aligned to the left, while the labels (in the UI language) follow the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.models import ResourceRow
from desktop.ui.formatting import format_date, is_rtl_text, join_labels, join_meta
from desktop.ui.models.resource_list_model import PAINT_ROLE

PAD_X, PAD_Y, GAP = 12, 8, 4
BADGE_PAD = 6
LANG_PROPERTY, DIGITS_PROPERTY = "daleel_lang", "daleel_arabic_digits"
Index = QModelIndex | QPersistentModelIndex
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def own_direction(text: str) -> Qt.LayoutDirection:
    return RTL if is_rtl_text(text) else LTR


class ResourceDelegate(QStyledItemDelegate):
    """Paints a `ResourceRow` in two lines.

    Dates are written in the language and digits the view holds in its `LANG_PROPERTY` and
    `DIGITS_PROPERTY` properties, so a subclass installed later paints them right as well.
    """

    @property
    def lang(self) -> str:
        return str(self._view_property(LANG_PROPERTY) or "en")

    @property
    def arabic_digits(self) -> bool:
        return bool(self._view_property(DIGITS_PROPERTY))

    def _view_property(self, name: str) -> object:
        view = self.parent()
        return view.property(name) if isinstance(view, QWidget) else None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * PAD_Y + GAP + _title_metrics(option.font).height() + metrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(PAINT_ROLE)  # None while its page is read: painted empty, then again
        style = option.widget.style() if option.widget else None
        if style is not None:  # background, selection and focus as the platform draws them
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        if not isinstance(row, ResourceRow):
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        area = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_font = _title_font(option.font)
        title_height = QFontMetrics(title_font).height()
        self._paint_title(
            painter, title_font, QRect(area.x(), area.y(), area.width(), title_height), row.title
        )
        meta_rect = QRect(
            area.x(),
            area.y() + title_height + GAP,
            area.width(),
            QFontMetrics(option.font).height(),
        )
        painter.setFont(option.font)
        self._paint_meta(painter, option, meta_rect, row, selected)
        painter.restore()

    def _paint_title(self, painter: QPainter, font: QFont, rect: QRect, title: str) -> None:
        painter.setFont(font)
        elided = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        _draw(painter, rect, elided, own_direction(title))

    def _paint_meta(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        row: ResourceRow,
        selected: bool,
    ) -> None:
        direction = option.direction
        metrics = QFontMetrics(option.font)
        used = 0
        if row.doc_type is not None:
            used = self._paint_badge(painter, option, rect, row.doc_type.label, selected) + GAP * 2
        rest = QRect(rect.x(), rect.y(), rect.width() - used, rect.height())
        rest = QStyle.visualRect(
            direction, rect, QRect(rect.x() + used, rect.y(), rest.width(), rect.height())
        )
        meta = self.meta_text(row)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        elided = metrics.elidedText(meta, Qt.TextElideMode.ElideRight, rest.width())
        _draw(painter, rest, elided, direction)

    def _paint_badge(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        label: str,
        selected: bool,
    ) -> int:
        metrics = QFontMetrics(option.font)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width() // 2)
        width = metrics.horizontalAdvance(text) + 2 * BADGE_PAD
        logical = QRect(rect.x(), rect.y(), width, rect.height())
        badge = QStyle.visualRect(option.direction, rect, logical)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(70 if selected else 38)
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, 4, 4)
        painter.restore()
        _draw(painter, badge, text, option.direction, Qt.AlignmentFlag.AlignHCenter)
        return width

    def meta_text(self, row: ResourceRow) -> str:
        """Date · organisations · countries, in the UI language (empty parts left out)."""
        parts = [
            format_date(row.published, self.lang, self.arabic_digits),
            join_labels([o.label for o in row.organisations], self.lang),
            join_labels([c.label for c in row.countries], self.lang),
        ]
        return join_meta(parts, self.lang, space="  ")


def _title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(base.pointSizeF() * 1.08)
    return font


def _title_metrics(base: QFont) -> QFontMetrics:
    return QFontMetrics(_title_font(base))


def _draw(
    painter: QPainter,
    rect: QRect,
    text: str,
    direction: Qt.LayoutDirection,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
) -> None:
    """Draw `text` with `direction` as its base direction, aligned relative to it."""
    painter.setLayoutDirection(direction)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
