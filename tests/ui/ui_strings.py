"""Collect every user-interface string a window shows, and tell catalogue content apart."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from desktop.domain.filters import ResourceFilter
from desktop.ui.i18n import language_name
from desktop.ui.services import CatalogueService

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# The language menu names Arabic in Arabic in every UI (English is named in the UI's language).
ENDONYMS = frozenset({language_name("ar")})
KEY_NAMES = re.compile(r"\b(Ctrl|Shift|Alt|Esc|Enter|Tab)\b")


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_strings(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from menu_strings(action.menu())


def widget_strings(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))


def visible_ui_strings(window: QMainWindow) -> set[str]:
    """Texts, tooltips, accessible names, placeholders and menus of everything visible."""
    found = {window.windowTitle()}
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found.update(menu_strings(action.menu()))
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            found.update(widget_strings(widget))
    return {plain(s) for s in found if s and plain(s)}


def catalogue_texts(service: CatalogueService, lang: str) -> list[str]:
    """Everything the catalogue says in `lang`: titles, summaries, labels, themes, links."""
    texts: list[str] = []
    outcome = service.search(ResourceFilter(), lang, first_page=10_000)
    for row in outcome.rows if hasattr(outcome, "rows") else outcome.first_rows:
        resource = service.resource(row.uid, lang)
        texts += [resource.title, resource.summary, resource.source_url or "", *resource.tags]
        texts += [label.label for labels in resource.facet_labels().values() for label in labels]
    for counts in outcome.counts.values():
        texts += [c.label for c in counts]
    for theme in service.themes(lang):
        texts += [theme.title, theme.introduction, theme.priorities_introduction]
        texts += [theme.priorities_closing, *(p.text for p in theme.priorities)]
    return sorted({t for t in texts if t}, key=len, reverse=True)


def untranslated(strings: set[str], content: list[str]) -> list[str]:
    """The strings with a Latin word once catalogue content and key names are taken out."""
    blob = "\n".join(content)
    left = []
    for text in strings:
        core = text.replace("…", "").replace("...", "").strip()
        if core and core in blob:
            continue  # a piece of catalogue text (a title, an excerpt, a label)
        for piece in content:
            text = text.replace(piece, " ")
        text = KEY_NAMES.sub(" ", text)
        if LATIN_WORD.search(text):
            left.append(text)
    return sorted(left)
