"""The hidden `--smoke-test` start option: open the window, report what it shows, and quit.

Used by packaging/dist_check.py on the built application: one line `smoke: {json}` on stdout
says whether the window opened, its title, menus, direction and whether Qt's own translation,
our fonts and the icon were found inside the package. Closing the window saves its settings as
a user's session would, so the check also sees what a real start writes.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.paths import install_root
from desktop.ui import icons
from desktop.ui.help_menu import guide_path, ui_language

PREFIX = "smoke: "


def window_report(app: QApplication, window: QMainWindow) -> dict[str, Any]:
    return {
        "visible": window.isVisible(),
        "title": window.windowTitle(),
        "menus": [action.text() for action in window.menuBar().actions()],
        "rtl": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        # "RTL" only when Qt's own qtbase_ar.qm was found and installed
        "qt_layout_direction": QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION"),
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "fonts": app.font().families(),
        "icon": not app.windowIcon().isNull(),
        "icon_font": icons.font_found(),  # Font Awesome read from qtawesome's folder
        "platform": app.platformName(),
        "guide": str(guide_path(ui_language()).relative_to(install_root())),
        "guide_found": guide_path(ui_language()).is_file(),
    }


def report_and_quit(app: QApplication, window: QMainWindow) -> None:
    """Once the event loop runs: print the report, close the window, leave the loop."""

    def report() -> None:
        sys.stdout.write(PREFIX + json.dumps(window_report(app, window), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        window.close()
        app.quit()

    QTimer.singleShot(0, report)
