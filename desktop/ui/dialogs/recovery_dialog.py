"""The offer made at start when the catalogue is damaged or from a newer Daleel.

"Restore the newest backup" (when a healthy one exists), "Reset to the shipped catalogue", or
"Quit". The user's own file (notes, bookmarks, tracker) is separate and is never part of the
choice; if it was the damaged one, it was already moved aside and read out, and a notice says
where (desktop/storage/recovery.py does the work; this module only asks and tells).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import DaleelError
from desktop.domain.recovery import CatalogueTooNewError, Choice, RescueReport
from desktop.paths import DataPaths
from desktop.storage.recovery import open_with_recovery
from desktop.storage.store import Store
from desktop.ui.formatting import isolated, isolated_ltr
from desktop.ui.panes.widgets import plain_label

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    """Asks what to do about a damaged catalogue; `choice` holds the answer (QUIT if closed)."""

    def __init__(self, error: DaleelError, has_backup: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.error = error
        self.has_backup = has_backup
        self.choice = Choice.QUIT
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.detail = plain_label(object_name="recoveryDetail")
        self.file_label = plain_label(object_name="recoveryFile")
        self.file_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads LTR
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reassurance = plain_label(object_name="recoveryReassurance")
        for widget in (self.heading, self.detail, self.file_label, self.reassurance):
            layout.addWidget(widget)
        self.restore_button = self._button("restoreBackupButton", Choice.RESTORE)
        self.restore_button.setEnabled(has_backup)
        self.reset_button = self._button("resetCatalogueButton", Choice.RESET)
        self.quit_button = self._button("quitButton", Choice.QUIT)
        for button in (self.restore_button, self.reset_button, self.quit_button):
            layout.addWidget(button)
        (self.restore_button if has_backup else self.reset_button).setDefault(True)
        self.retranslate_ui()
        self.setMinimumWidth(480)

    def _button(self, name: str, choice: Choice) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Daleel: the catalogue cannot be opened"))
        self.heading.setText(self.tr("The catalogue cannot be opened"))
        if isinstance(self.error, CatalogueTooNewError):
            self.detail.setText(
                self.tr("It was written by a newer version of Daleel, which this one cannot read.")
            )
        else:
            why = isolated(self._why())  # SQLite's English words, inside an Arabic sentence
            self.detail.setText(self.tr("The file is damaged: %1").replace("%1", why))
        self.file_label.setText(str(self.error.params.get("path", "")))
        self.reassurance.setText(
            self.tr(
                "Your notes, bookmarks and tracker are kept in a separate file and are not "
                "affected. The damaged catalogue is kept aside, not deleted."
            )
        )
        self.restore_button.setText(self.tr("Restore the newest backup"))
        self.restore_button.setToolTip(
            self.tr("The catalogue as it was before the last import")
            if self.has_backup
            else self.tr("No usable backup of the catalogue was found")
        )
        self.reset_button.setText(self.tr("Reset to the shipped catalogue"))
        self.reset_button.setToolTip(
            self.tr("The catalogue that came with Daleel; later imports must be done again")
        )
        self.quit_button.setText(self.tr("Quit"))

    def _why(self) -> str:
        """SQLite's or the header check's own words (technical, not translated)."""
        return str(self.error.params.get("detail", "")) or self.error.message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ask_recovery(error: DaleelError, has_backup: bool) -> Choice:
    """Show the offer and wait for the answer."""
    dialog = RecoveryDialog(error, has_backup)
    dialog.exec()
    return dialog.choice


def rescue_notice(report: RescueReport) -> str:
    """What happened to a damaged user file, in the user's language."""
    text = QCoreApplication.translate(
        "RecoveryDialog",
        "Your user data file was damaged. It was moved to %1, and what could be read from it "
        "(%2 items) was saved to %3.",
    )
    text = text.replace("%1", isolated_ltr(report.moved_to)).replace("%2", str(report.rows))
    text = text.replace("%3", isolated_ltr(report.exported_to))
    if report.merged:
        extra = QCoreApplication.translate(
            "RecoveryDialog", "Those items were put back into a new user data file."
        )
    else:
        extra = QCoreApplication.translate(
            "RecoveryDialog",
            "A new, empty user data file was created; the saved file can be merged into it "
            "later (“userdata import”).",
        )
    return f"{text} {extra}"


def has_screen() -> bool:
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def open_store_or_recover(paths: DataPaths, shipped: Path) -> Store:
    """Open the data folder; offer recovery on a screen, repair the user file in any case."""
    store, rescued = open_with_recovery(paths, shipped, ask_recovery if has_screen() else None)
    for report in rescued:
        notice = rescue_notice(report)
        log.warning("%s", notice)
        print(notice, file=sys.stderr)  # noqa: T201 - the one line a script reads
        if has_screen():
            title = QCoreApplication.translate("RecoveryDialog", "Your user data was repaired")
            QMessageBox.information(None, title, notice)
    return store
