"""Attachments in the detail pane and the in-app PDF viewer (pages, zoom, find)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPageSize,
    QPainter,
    QPdfWriter,
    QShortcut,
)

from desktop.domain.models import Attachment
from desktop.storage import attachments
from desktop.ui.attachments_view import AttachmentsView
from desktop.ui.dialogs.pdf_viewer import PdfViewer


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A real PDF with a line of text per page, written by Qt."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(10, 10, 10, 10))
    painter = QPainter(writer)
    for index, text in enumerate(pages):
        if index:
            writer.newPage()
        painter.drawText(200, 400, text)
    painter.end()
    return path


def _stored(tmp_path: Path, source: Path) -> tuple[Path, str]:
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    files = tmp_path / "files"
    attachments.store_files(files, {sha: source})
    return files, sha


def test_pdf_viewer_pages_zoom_and_find(qtbot, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "guide.pdf", ["Cash transfers", "Voucher design", "Markets"])
    viewer = PdfViewer(pdf, "guide.pdf")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.page_count() == 3 and viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous_page.isEnabled()
    viewer.set_zoom(1.0)
    viewer.zoom_in.click()
    assert abs(viewer.view.zoomFactor() - 1.25) < 1e-6
    viewer.find_edit.setText("voucher")
    viewer.find()
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    assert viewer.search.count() == 1 and viewer.find_label.text() == "1 of 1"
    viewer.find_edit.setText("nowhere")
    viewer.find()
    assert viewer.search.count() == 0 and viewer.find_label.text() == "Not found"
    viewer.next_page.click()
    qtbot.waitUntil(lambda: viewer.current_page() == 2)
    qtbot.wait(20)
    viewer.grab().save(str(tmp_path / "pdf-viewer.png"))


def test_attachments_list_and_open(qtbot, tmp_path: Path, monkeypatch) -> None:
    pdf = make_pdf(tmp_path / "guide.pdf", ["Cash transfers"])
    files, pdf_sha = _stored(tmp_path, pdf)
    note = tmp_path / "note.txt"
    note.write_text("hello")
    files, note_sha = _stored(tmp_path, note)
    items = (
        Attachment(pdf_sha, "guide.pdf", "application/pdf", pdf.stat().st_size, "ar"),
        Attachment(note_sha, "note.txt", "text/plain", 5, None),
        Attachment("ab" * 32, "gone.pdf", "application/pdf", 10, "en"),
    )
    view = AttachmentsView(files)
    qtbot.addWidget(view)
    view.show_attachments(items)
    view.show()
    details = [re.sub("[\u200e\u200f\u2068\u2069]", "", view.describe(a)) for a in items]
    assert details[0].startswith("PDF · Arabic") and details[0].endswith("available offline")
    assert details[2].endswith("not in this catalogue's files")
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url))
    with qtbot.waitSignal(view.opened):
        view.open(items[0])
    assert view._viewers and view._viewers[0].page_count() == 1
    view.open(items[1])
    opened = Path(opened_urls[0].toLocalFile())  # named by hash and type, not by the bundle
    assert opened.name.startswith("daleel-") and opened.suffix == ".txt"
    # A file changed on disk is not opened.
    attachments.stored_path(files, note_sha).write_text("tampered")
    with qtbot.waitSignal(view.refused):
        view.open(items[1])
    assert "damaged" in view.message.text() and len(opened_urls) == 1
    for viewer in list(view._viewers):
        viewer.close()


def test_pdf_viewer_buttons_have_names_keys_and_room(qtbot, tmp_path: Path) -> None:
    viewer = PdfViewer(make_pdf(tmp_path / "guide.pdf", ["Cash", "Vouchers"]), "guide.pdf")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.previous_page.accessibleName() == "Previous page"
    assert viewer.next_page.accessibleName() == "Next page"
    assert viewer.zoom_in.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomIn)
    assert viewer.zoom_out.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    for button in (viewer.previous_page, viewer.next_page, viewer.zoom_in, viewer.zoom_out):
        assert button.width() >= 28  # not a 16-pixel sliver around "‹"
    viewer.zoom_in.setFocus()
    (find,) = [
        shortcut
        for shortcut in viewer.findChildren(QShortcut)
        if shortcut.key() == QKeySequence(QKeySequence.StandardKey.Find)
    ]
    find.activated.emit()  # as Ctrl+F does (an offscreen window is never active for keys)
    assert viewer.focusWidget() is viewer.find_edit
    viewer.close()
