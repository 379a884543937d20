"""A resource found through its attached document says so, with the words marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.domain.models import Attachment
from desktop.domain.query import parse_query
from desktop.ui.attachments_view import AttachmentsView

SHA = "ab" * 32


def _matches(view: AttachmentsView) -> list[QLabel]:
    """The "found in" lines now shown (replaced ones are hidden until they are deleted)."""
    return [m for m in view.findChildren(QLabel, "documentMatch") if not m.isHidden()]


def _view(qtbot, text: str | None) -> AttachmentsView:  # type: ignore[no-untyped-def]
    view = AttachmentsView(Path("/nonexistent"))
    qtbot.addWidget(view)
    view.text_of = lambda sha: text if sha == SHA else None
    return view


def test_found_in_the_attached_document(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, "Annex 3: the zakat <disbursement> ledger, صندوق الزكاة")
    attachment = Attachment(SHA, "ledger.pdf", "application/pdf", 1234, "en")
    view.show_attachments((attachment,), parse_query("disbursement"))
    [match] = _matches(view)
    assert "Found in the attached document" in match.text()
    assert "&lt;<span" in match.text() or "&lt;" in match.text()  # the document's text is escaped
    assert "disbursement</span>" in match.text()
    view.show_attachments((attachment,), parse_query("الزكاة"))
    [arabic] = _matches(view)
    assert "الزكاة</span>" in arabic.text()


def test_no_match_no_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, "nothing relevant here")
    attachment = Attachment(SHA, "ledger.pdf", "application/pdf", 1234, "en")
    view.show_attachments((attachment,), parse_query("disbursement"))
    assert _matches(view) == []
    view.show_attachments((attachment,), None)
    assert _matches(view) == []
