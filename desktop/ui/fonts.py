"""The shipped fonts: Noto Sans Arabic (OFL) for every widget, DejaVu Sans for exported PDFs."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import install_root

log = logging.getLogger(__name__)
FONT_FILES = ("NotoSansArabic.ttf",)
PDF_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def load_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts and make them the application font; returns their families.

    The shipped family comes first, the platform's own font after it, so Arabic is drawn with
    Noto Sans Arabic and any character it lacks falls back to the platform font.
    """
    families = _register(FONT_FILES)
    if families:
        font = QFont(app.font())
        font.setFamilies([*families, *app.font().families()])
        app.setFont(font)
    return families


def pdf_font(base: QFont) -> QFont:
    """`base` with DejaVu Sans first, for a PDF whose Arabic text can be searched and copied.

    Qt's PDF writer maps each glyph back to the first character the font's cmap gives it.
    Noto Sans Arabic draws a dotted letter as a dotless skeleton plus separate dots, glyphs no
    character maps to (one skeleton serves ب ت ث ن ي), so its Arabic reads back as garbage.
    DejaVu Sans draws each letter as one glyph, mapped to its presentation form (U+FB50–FEFF).
    """
    font = QFont(base)
    font.setFamilies([*_pdf_families(), *base.families()])
    return font


@cache
def _pdf_families() -> tuple[str, ...]:
    return tuple(_register(PDF_FONT_FILES))


def _register(names: tuple[str, ...]) -> list[str]:
    """Add the fonts in assets/fonts to Qt's database; returns their families, each once."""
    families: list[str] = []
    for name in names:
        path = install_root() / "assets" / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families
