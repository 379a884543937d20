"""The source link of a resource: shown as text, copyable, opened in a browser only on a click.

Daleel never goes online by itself: the link is marked as needing internet, and only http and
https links can be opened at all (a catalogue cannot make the app open a file or a script).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.panes.widgets import Section, icon

WEB_SCHEMES = ("http", "https")


def can_open(url: str | None) -> bool:
    """Whether `url` is a web link the user may open in a browser."""
    if not url:
        return False
    parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
    return parsed.isValid() and parsed.scheme().lower() in WEB_SCHEMES and bool(parsed.host())


class SourceSection(Section):
    """The "Source" section of the detail pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sourceSection", parent)
        self._url: str | None = None
        self.url_field = QLineEdit()
        self.url_field.setObjectName("sourceUrl")
        self.url_field.setReadOnly(True)
        self.url_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a URL reads LTR
        self.body.addWidget(self.url_field)
        self.body.addLayout(self._build_buttons())
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(1500)
        self._copied.timeout.connect(self.retranslate_ui)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy"), "")
        self.copy_button.setObjectName("copySourceButton")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button = QPushButton(icon("open-external"), "")
        self.open_button.setObjectName("openSourceButton")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        internet = QLabel()
        internet.setPixmap(icon("internet").pixmap(16, 16))
        self.internet_note = QLabel()
        self.internet_note.setObjectName("internetNote")
        self.internet_note.setWordWrap(True)
        self._internet_icon = internet
        self.no_source = QLabel()
        self.no_source.setObjectName("placeholderText")
        for widget in (self.copy_button, self.open_button, internet, self.internet_note):
            row.addWidget(widget)
        row.addWidget(self.no_source)
        row.addStretch(1)
        return row

    def set_url(self, url: str | None) -> None:
        """Show `url` (or say there is none)."""
        self._url = url or None
        has_url = self._url is not None
        self.url_field.setText(self._url or "")
        self.url_field.setCursorPosition(0)
        for widget in (self.url_field, self.copy_button, self.open_button):
            widget.setVisible(has_url)
        self._internet_icon.setVisible(has_url)
        self.internet_note.setVisible(has_url)
        self.no_source.setVisible(not has_url)
        self.open_button.setEnabled(can_open(self._url))
        self._copied.stop()
        self.retranslate_ui()

    def _on_copy_button_clicked(self) -> None:
        if self._url:
            QGuiApplication.clipboard().setText(self._url)
            self.copy_button.setText(self.tr("Copied"))
            self._copied.start()

    def _on_open_button_clicked(self) -> None:
        if can_open(self._url):
            QDesktopServices.openUrl(QUrl(self._url or ""))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Source"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the link to the clipboard"))
        self.open_button.setText(self.tr("Open in browser"))
        tip = (
            self.tr("Open the source in your web browser (needs internet)")
            if self.open_button.isEnabled()
            else self.tr("Only web links (http, https) can be opened")
        )
        self.open_button.setToolTip(tip)
        self.internet_note.setText(self.tr("Needs an internet connection"))
        self.no_source.setText(self.tr("No source link for this resource."))
        self.url_field.setAccessibleName(self.tr("Source link"))
