"""Catalogue text is shown as text: never as HTML, links or images.

Bundle data (titles, summaries, labels, priorities) may hold anything, "<img src=…>" or
"<a href=file:…>" included. Labels showing it use `Qt.PlainText` (panes/widgets.plain_label);
tooltips have no such switch (Qt guesses rich text from a "<"), so they go through `plain_tip`,
which escapes the text into a paragraph that Qt shows literally.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """A tooltip showing `text` literally, whatever markup it contains."""
    if not text:
        return ""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
