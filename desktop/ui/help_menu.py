"""Help ▸ User guide, Copy diagnostics, Open the log folder, About Daleel.

`install_help_menu(window, facts, menu)` fills a main window's Help menu (or adds one) with these
actions; they re-set their texts when the language changes. The guide is read offline from
`docs/guide-<lang>.md` in the program folder, in the UI language.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.paths import install_root
from desktop.ui.diagnostics import AppFacts, diagnostics_text
from desktop.ui.formatting import isolated_ltr
from desktop.ui.icons import icon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIN_IMAGE_WIDTH, IMAGE_MARGIN = 320, 40
LICENCES = (
    "Qt and PySide6: LGPL-3.0 · SQLAlchemy, qtawesome, QtPy, pydantic, platformdirs: MIT · "
    "PyStemmer: MIT and BSD · cryptography: Apache-2.0 or BSD-3-Clause · bagit: public domain · "
    "Noto Sans Arabic: SIL Open Font License 1.1 · DejaVu Sans (exported PDFs): Bitstream Vera "
    "and Arev font licences · Font Awesome Free: SIL OFL 1.1 and CC BY 4.0"
)


def app_icon() -> QIcon:
    """Daleel's icon, from the PNG sizes rendered from assets/icons/daleel.svg."""
    folder = install_root() / "assets" / "icons"
    result = QIcon()
    for size in ICON_SIZES:
        result.addFile(str(folder / f"daleel-{size}.png"))
    return result


def ui_language() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def guide_path(lang: str) -> Path:
    """The guide in `lang`, or the English one when that language has none."""
    docs = install_root() / "docs"
    wanted = docs / f"guide-{lang}.md"
    return wanted if wanted.is_file() else docs / "guide-en.md"


def licence_notice() -> str:
    """The full list of bundled software (written at packaging time), or a short one."""
    notice = install_root() / "licenses" / "NOTICE.txt"
    try:
        return notice.read_text(encoding="utf-8")
    except OSError:
        return LICENCES


class GuideBrowser(QTextBrowser):
    """A text browser that shrinks the guide's screenshots to the width it has."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        resource = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return resource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        width = max(MIN_IMAGE_WIDTH, self.viewport().width() - IMAGE_MARGIN)
        if image.isNull() or image.width() <= width:
            return resource
        return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class GuideDialog(QDialog):
    """The user guide, rendered from its Markdown file with its screenshots; fully offline."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.path = path
        self.resize(900, 720)
        self.browser = GuideBrowser(self)
        self.browser.resize(860, 660)  # screenshots are fitted to this width on loading
        self.browser.setOpenExternalLinks(False)  # never reach for the network
        self.show_guide(path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Daleel user guide"))

    def show_guide(self, path: Path) -> None:
        """Show the guide at `path` (the guide in another language after a live switch)."""
        self.path = path
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Daleel user guide"))
        super().changeEvent(event)


class HelpMenu(QObject):
    """The Help menu's actions and what they do."""

    def __init__(
        self,
        window: QMainWindow,
        facts: AppFacts,
        menu: QMenu | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.facts = window, facts
        self.owns_title = menu is None
        self.menu = menu if menu is not None else window.menuBar().addMenu("")
        self.guide = QAction(icon("document"), "", self)
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.diagnostics = QAction(self)
        self.log_folder = QAction(self)
        self.about = QAction(icon("info"), "", self)
        self._place_actions()
        self.guide.triggered.connect(self.open_guide)
        self.diagnostics.triggered.connect(self.copy_diagnostics)
        self.log_folder.triggered.connect(self.open_log_folder)
        self.about.triggered.connect(self.show_about)
        self.guide_dialog: GuideDialog | None = None
        window.installEventFilter(self)
        self.retranslate_ui()

    def _place_actions(self) -> None:
        """Guide, diagnostics and log folder first; the menu's other entries; About last."""
        ours = [self.guide, self.diagnostics, self.log_folder]
        others = self.menu.actions()
        if others:
            self.menu.insertActions(others[0], ours)
            self.menu.insertSeparator(others[0])
        else:
            self.menu.addActions(ours)
        self.menu.addSeparator()
        self.menu.addAction(self.about)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self._follow_guide_language()
        if self.owns_title:
            self.menu.setTitle(self.tr("&Help"))
        texts = {
            self.guide: (self.tr("&User guide"), self.tr("Read the user guide (offline)")),
            self.diagnostics: (
                self.tr("Copy &diagnostics"),
                self.tr("Copy versions, data folder and recent log lines, to send to support"),
            ),
            self.log_folder: (
                self.tr("Open the &log folder"),
                self.tr("Show the folder holding Daleel's log file"),
            ),
            self.about: (self.tr("&About Daleel"), self.tr("Version, catalogue and licences")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _follow_guide_language(self) -> None:
        """An open guide turns to the new language's guide, as the rest of the UI does."""
        path = guide_path(ui_language())
        dialog = self.guide_dialog
        if dialog is not None and dialog.path != path and path.is_file():
            dialog.show_guide(path)

    # — what the actions do —

    def open_guide(self) -> GuideDialog | None:
        """Show the guide in the UI language (one window, raised when open already)."""
        path = guide_path(ui_language())
        if not path.is_file():
            QMessageBox.warning(
                self.window,
                self.tr("User guide"),
                self.tr("The user guide is missing from this copy of Daleel: {path}").format(
                    path=isolated_ltr(path)
                ),
            )
            return None
        if self.guide_dialog is None or self.guide_dialog.path != path:
            self.guide_dialog = GuideDialog(path, self.window)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog

    def copy_diagnostics(self) -> str:
        """Put the diagnostics on the clipboard and show the user what was copied."""
        text = diagnostics_text(self.facts)
        QGuiApplication.clipboard().setText(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Diagnostics copied"), "")
        box.setParent(self.window, box.windowFlags())
        box.setText(
            self.tr(
                "Versions, the data folder and the last lines of the log are on the clipboard: "
                "paste them into a message to your support contact. No notes or bookmarks are "
                "included.\n\nThe log file is {path}"
            ).format(path=isolated_ltr(self.facts.log_file))
        )
        box.setDetailedText(text)
        box.open()
        self.window.statusBar().showMessage(self.tr("Diagnostics copied"), 8000)
        return text

    def open_log_folder(self) -> bool:
        folder = self.facts.log_file.parent
        folder.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.information(
            self.window,
            self.tr("Log folder"),
            self.tr("Daleel's log file is {path}").format(path=isolated_ltr(self.facts.log_file)),
        )
        return False

    def about_html(self) -> str:
        try:
            catalogue = str(self.facts.stats().catalogue_version)
        except Exception:  # noqa: BLE001 - About must open even when the catalogue cannot
            catalogue = "?"
        description = self.tr(
            "An offline library of resources on cash and voucher assistance and social "
            "protection, in Arabic and English."
        )
        version = self.tr("Version {version} · catalogue version {catalogue}").format(
            version=__version__, catalogue=catalogue
        )
        folder = self.tr("Data folder: {folder}").format(folder=isolated_ltr(self.facts.data.root))
        log_file = self.tr("Log file: {path}").format(path=isolated_ltr(self.facts.log_file))
        licences = self.tr(
            "Daleel is free software (MIT licence). The libraries and fonts it carries keep "
            "their own licences: see the details below, and the licenses folder of the program."
        )
        paragraphs = [description, version, f"{folder}\n{log_file}", licences]
        body = "".join(f"<p>{html.escape(p)}</p>".replace("\n", "<br>") for p in paragraphs)
        return f"<h3>Daleel · دليل</h3>{body}"

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About Daleel"))
        box.setIconPixmap(app_icon().pixmap(96, 96))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_html())
        box.setDetailedText(licence_notice())
        box.open()
        return box


def install_help_menu(
    window: QMainWindow,
    facts: AppFacts,
    menu: QMenu | None = None,
    replaces: QAction | None = None,
) -> HelpMenu:
    """Give the window Daleel's icon and its Help actions, in `menu` (or a new Help menu).

    Entries already in `menu` stay, between the guide/diagnostics group and About.
    """
    QApplication.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("daleel")  # matches packaging/daleel.desktop
    return HelpMenu(window, facts, menu)  # parented to the window, which keeps it
