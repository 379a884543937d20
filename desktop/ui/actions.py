"""The window's actions (menus and shortcuts), their texts set in `retranslate_ui`."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.ui.i18n import language_name
from desktop.ui.icons import icon


class Actions(QObject):
    """Every menu command of the main window, created once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.quit = self._make("quit", QKeySequence.StandardKey.Quit)
        self.find = self._make("search", QKeySequence.StandardKey.Find)
        self.show_theme = self._make("theme", "Ctrl+1")
        self.show_browse = self._make("browse", "Ctrl+2")
        self.show_priorities = self._make("priorities", "Ctrl+3")
        self.clear_filters = self._make("filter-clear", "Ctrl+Shift+Backspace")
        self.languages = QActionGroup(self)
        self.language: dict[str, QAction] = {}
        for lang in ("ar", "en"):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(lang)
            self.languages.addAction(action)
            self.language[lang] = action
        self.arabic_digits = QAction(self)
        self.arabic_digits.setCheckable(True)
        self.retranslate_ui()

    def _make(self, icon_name: str, shortcut: object = None) -> QAction:
        action = QAction(self)
        action.setProperty("icon_name", icon_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        return action

    def retranslate_ui(self) -> None:
        texts = {
            self.quit: (self.tr("&Quit"), self.tr("Close Daleel")),
            self.find: (self.tr("&Find"), self.tr("Go to the search field")),
            self.show_theme: (
                self.tr("&Theme page"),
                self.tr("The theme's introduction, priorities and latest resources"),
            ),
            self.show_browse: (
                self.tr("&Browse and search"),
                self.tr("Search and filter the whole library"),
            ),
            self.show_priorities: (
                self.tr("&Priorities tracker"),
                self.tr("Track the work on the current priorities"),
            ),
            self.clear_filters: (self.tr("&Clear filters"), self.tr("Remove every filter")),
            self.arabic_digits: (
                self.tr("Arabic-&Indic digits"),
                self.tr("Write numbers and dates with Arabic-Indic digits"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(name))
        self.language["ar"].setText(language_name("ar"))
        self.language["en"].setText(self.tr("English"))
