"""One icon facade over qtawesome: semantic names, directional icons mirrored in right-to-left."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

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


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for `name` in the current layout direction and palette."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mirrored = rtl and name in DIRECTIONAL
    return _icon(name, mirrored, color or _text_color())


@cache
def _icon(name: str, mirrored: bool, color: str) -> QIcon:
    options = {"color": color, "hflip": True} if mirrored else {"color": color}
    return qta.icon(_GLYPHS[name], **options)


def _text_color() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def names() -> list[str]:
    return sorted(_GLYPHS)
