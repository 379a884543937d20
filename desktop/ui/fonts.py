"""The shipped Arabic-capable font (Noto Sans Arabic, OFL), loaded at start for every widget."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import install_root

log = logging.getLogger(__name__)
FONT_FILES = ("NotoSansArabic.ttf",)


def load_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts and make them the application font; returns their families.

    The shipped family comes first, the platform's own font after it, so Arabic is drawn with
    Noto Sans Arabic and any character it lacks falls back to the platform font.
    """
    families: list[str] = []
    for name in FONT_FILES:
        path = install_root() / "assets" / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(app.font())
        font.setFamilies([*families, *app.font().families()])
        app.setFont(font)
    return families
