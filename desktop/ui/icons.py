"""One icon facade over qtawesome: semantic names, directional icons mirrored in right-to-left.

The glyphs are qtawesome's Font Awesome 6 (solid) font, drawn the way qtawesome draws them
(`CharIconPainter`, "text" mode). Importing qtawesome itself costs ~0.15-0.2 s at start-up
(qtpy star-imports the whole of QtCore, QtGui and QtWidgets, and every bundled font is loaded),
so the font and its character map are read from qtawesome's package folder without importing
it; the package itself is imported only if its files cannot be found there.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QTransform,
)

# semantic name → Font Awesome 6 glyph
_GLYPHS = {
    "search": "fa6s.magnifying-glass",
    "clear": "fa6s.xmark",
    "filter": "fa6s.filter",
    "filter-clear": "fa6s.filter-circle-xmark",
    "theme": "fa6s.house",
    "browse": "fa6s.book-open",
    "priorities": "fa6s.list-check",
    "language": "fa6s.language",
    "quit": "fa6s.right-from-bracket",
    "expanded": "fa6s.chevron-down",
    "collapsed": "fa6s.chevron-right",
    "forward": "fa6s.arrow-right",
    "back": "fa6s.arrow-left",
    "sort": "fa6s.arrow-down-wide-short",
    "empty": "fa6s.box-open",
    "no-results": "fa6s.magnifying-glass-minus",
    "coming": "fa6s.person-digging",
    "info": "fa6s.circle-info",
    "document": "fa6s.file-lines",
    "copy": "fa6s.copy",
    "open-external": "fa6s.arrow-up-right-from-square",
    "bookmark": "fa6s.bookmark",
    "internet": "fa6s.globe",
}
# Icons that point along the reading direction: drawn mirrored in right-to-left.
DIRECTIONAL = frozenset({"collapsed", "forward", "back", "quit"})
# qtawesome's own files for the "fa6s" prefix, their names followed by the font's version.
_FONT = "fontawesome6-solid-webfont-"
_CHARMAP = "fontawesome6-solid-webfont-charmap-"


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for `name` in the current layout direction and palette."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mirrored = rtl and name in DIRECTIONAL
    disabled = _palette_color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return _icon(name, mirrored, color or _text_color(), disabled)


@cache
def _icon(name: str, mirrored: bool, color: str, disabled: str) -> QIcon:
    font = _solid_font()
    if font is None:  # qtawesome's files are not where they were expected: ask qtawesome
        import qtawesome as qta

        options = {"color": color, "hflip": True} if mirrored else {"color": color}
        return qta.icon(_GLYPHS[name], **options)
    family, charmap = font
    char = charmap[_GLYPHS[name].removeprefix("fa6s.")]
    return QIcon(GlyphEngine(family, char, QColor(color), QColor(disabled), mirrored))


class GlyphEngine(QIconEngine):
    """One font glyph, centred and scaled to the icon's height, as qtawesome paints it."""

    def __init__(
        self, family: str, char: str, color: QColor, disabled: QColor, mirrored: bool
    ) -> None:
        super().__init__()
        self._family, self._char, self._mirrored = family, char, mirrored
        self._color, self._disabled = color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._color)
        # A 16-pixel icon gets a 14-pixel glyph: pixel perfect for Font Awesome (qtawesome).
        draw_size = round(0.875 * rect.height())
        if self._mirrored:
            x_center, y_center = rect.width() * 0.5, rect.height() * 0.5
            transform = QTransform()
            transform.translate(x_center, y_center)
            transform.scale(-1, 1)
            transform.translate(-x_center, -y_center)
            painter.setTransform(transform, True)
        painter.setOpacity(1.0)
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(draw_size)
        font.setStyleName("Solid")
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._family, self._char, self._color, self._disabled, self._mirrored)


@cache
def _solid_font() -> tuple[str, dict[str, str]] | None:
    """qtawesome's Font Awesome 6 solid font, registered with Qt: (family, name → character)."""
    folder = _qtawesome_fonts()
    names = sorted(os.listdir(folder)) if folder and folder.is_dir() else []
    fonts = [name for name in names if name.startswith(_FONT) and name.endswith(".ttf")]
    charmaps = [name for name in names if name.startswith(_CHARMAP) and name.endswith(".json")]
    if folder is None or not fonts or not charmaps:
        return None
    font_id = QFontDatabase.addApplicationFontFromData((folder / fonts[-1]).read_bytes())
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    codes = json.loads((folder / charmaps[-1]).read_text(encoding="utf-8"))
    return families[0], {key: chr(int(code, 16)) for key, code in codes.items()}


def font_found() -> bool:
    """Whether the glyphs come from qtawesome's font file, read without importing qtawesome."""
    return _solid_font() is not None


def _qtawesome_fonts() -> Path | None:
    """The `fonts` folder of the qtawesome package, found without importing it."""
    spec = importlib.util.find_spec("qtawesome")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) / "fonts" if locations else None


def _text_color() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def _palette_color(group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
    return QGuiApplication.palette().color(group, role).name()


def names() -> list[str]:
    return sorted(_GLYPHS)
