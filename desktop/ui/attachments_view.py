"""A resource's attachments in the detail pane: what each is, whether it is here, open it.

Each row shows the name, type, language, size and whether the file is available offline.
PDFs open in the in-app viewer; other files open with the system's application, only after
their SHA-256 has been checked again (a damaged file is not opened).
"""

from __future__ import annotations

import html
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.highlight import make_snippet
from desktop.domain.models import Attachment
from desktop.domain.query import ParsedQuery
from desktop.domain.safe_files import safe_open_name
from desktop.storage.attachments import is_stored, verified_path
from desktop.ui.formatting import highlighted_html
from desktop.ui.panes.widgets import button_text

if TYPE_CHECKING:  # QtPdf loads when the first PDF is opened
    from desktop.ui.dialogs.pdf_viewer import PdfViewer

PDF = "application/pdf"
MARK_STYLE = "background-color:#ffe08a; color:#1d1d1d;"


class AttachmentsView(QWidget):
    """Lists attachments; `files_dir` is the data folder's attachment store."""

    opened = Signal(str)  # sha256 of a file that was opened
    refused = Signal(str)  # sha256 of a file that is missing or damaged

    def __init__(self, files_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsView")
        self.files_dir = files_dir
        self.text_of: Callable[[str], str | None] | None = None  # sha256 → indexed text
        self._attachments: tuple[Attachment, ...] = ()
        self._query: ParsedQuery | None = None
        self._viewers: list[PdfViewer] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._none = QLabel(objectName="noAttachments")  # kept: most resources have none
        self._layout.addWidget(self._none)
        self._rows: list[QWidget] = []  # the widgets of the attachments shown
        self.message = QLabel(wordWrap=True, objectName="attachmentMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # holds a name from the bundle
        self.message.hide()
        self._layout.addWidget(self.message)

    def show_attachments(
        self, attachments: tuple[Attachment, ...], query: ParsedQuery | None = None
    ) -> None:
        """List `attachments`; where `query`'s words are in a document, show where."""
        self._attachments, self._query = attachments, query
        self._render()

    def _render(self) -> None:
        for widget in self._rows:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._rows = []
        self._none.setText(self.tr("No attachments for this resource."))
        self._none.setVisible(not self._attachments)
        for attachment in self._attachments:
            button = QPushButton(button_text(attachment.name), objectName="attachmentButton")
            button.setProperty("sha256", attachment.sha256)
            button.setEnabled(self._available(attachment))
            button.clicked.connect(lambda _=False, a=attachment: self.open(a))
            details = QLabel(self.describe(attachment), objectName="attachmentDetails")
            details.setTextFormat(Qt.TextFormat.PlainText)  # the language comes from the bundle
            self._rows += [button, details]
            found = self._found_in(attachment)
            if found is not None:
                self._rows.append(found)
        for index, widget in enumerate(self._rows, start=1):  # after the "none" label
            self._layout.insertWidget(index, widget)
        self.message.hide()

    def _found_in(self, attachment: Attachment) -> QLabel | None:
        """ "Found in the attached document: …" with the matching words marked, if they are."""
        query, text_of = self._query, self.text_of
        if query is None or not query.positive or text_of is None:
            return None
        text = text_of(attachment.sha256)
        snippet = make_snippet(text, query) if text else None
        if snippet is None or not snippet.highlights:
            return None
        label = QLabel(objectName="documentMatch")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # every piece below is escaped
        heading = html.escape(self.tr("Found in the attached document:"))
        body = highlighted_html(snippet.text, snippet.highlights, MARK_STYLE)
        label.setText(f"<p><i>{heading}</i></p>{body}")
        return label

    def _available(self, attachment: Attachment) -> bool:
        return self.files_dir is not None and is_stored(self.files_dir, attachment.sha256)

    def describe(self, attachment: Attachment) -> str:
        locale = QLocale()
        kind = "PDF" if attachment.media_type == PDF else attachment.media_type
        parts = [kind]
        if attachment.language:
            parts.append(self.language_name(attachment.language))
        parts.append(locale.formattedDataSize(attachment.size))
        if self._available(attachment):
            parts.append(self.tr("available offline"))
        else:
            parts.append(self.tr("not in this catalogue's files"))
        # Each part isolated: an Arabic name beside "6.6 KiB" must not reorder the line. The
        # first mark sets the line's own direction to the UI's: isolates alone hold no letter
        # that would (the line then read left to right in the Arabic UI).
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        line = " · ".join(f"\u2068{part}\u2069" for part in parts)
        return ("\u200f" if rtl else "\u200e") + line

    def language_name(self, code: str) -> str:
        """A document's language named in the UI language ("Arabic" / "العربية")."""
        names = {
            "ar": self.tr("Arabic"),
            "en": self.tr("English"),
            "fr": self.tr("French"),
            "es": self.tr("Spanish"),
        }
        base = code.replace("_", "-").split("-")[0].lower()
        return names.get(base) or QLocale(code).nativeLanguageName() or code

    def open(self, attachment: Attachment) -> None:
        """Open a verified copy: PDFs in the viewer, other files with the system's application."""
        path = verified_path(self.files_dir, attachment.sha256) if self.files_dir else None
        if path is None:
            self.message.setText(
                self.tr(
                    "“{name}” is missing or damaged (its checksum does not match); it was "
                    "not opened."
                ).format(name=attachment.name)
            )
            self.message.show()
            self.refused.emit(attachment.sha256)
            return
        if attachment.media_type == PDF:
            from desktop.ui.dialogs.pdf_viewer import PdfViewer

            viewer = PdfViewer(path, attachment.name, self.window())
            self._viewers.append(viewer)
            viewer.finished.connect(lambda _r, v=viewer: self._viewers.remove(v))
            viewer.show()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(_named_copy(path, attachment))))
        self.opened.emit(attachment.sha256)

    def retranslate_ui(self) -> None:
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _named_copy(path: Path, attachment: Attachment) -> Path:
    """A checked copy named from its hash and type (domain/safe_files.py): never the bundle's
    name, so nothing a bundle names is executed or written outside this folder."""
    folder = Path(tempfile.gettempdir()) / "daleel-open" / attachment.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe_open_name(attachment.sha256, attachment.media_type)
    from desktop.storage.bundle_reader import file_sha256  # bagit, crypto: slow to import

    if not target.is_file() or file_sha256(target) != attachment.sha256:
        shutil.copyfile(path, target)
    return target
