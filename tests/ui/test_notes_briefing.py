"""Export briefing: a PDF in the UI language, Arabic right to left, read back with QtPdf."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from desktop.domain.userdata import TrackerStatus
from desktop.storage.store import Store
from desktop.ui.briefing_pdf import briefing_html, write_briefing
from desktop.ui.fonts import load_fonts
from desktop.ui.i18n import set_language
from desktop.ui.userdata_service import UserDataService

PAKISTAN = "calp-2021-sp-covid-pakistan"
PRIORITY = "sp-2021-overview-paper"


def pdf_lines(path: Path) -> list[str]:
    """The PDF's text as QtPdf reads it (the app's own viewer searches and copies it), by line.

    QtPdf gives Arabic as base letters; other readers (pdftotext) give the presentation forms
    drawn (U+FB50–FEFF), which NFKC folds to the same letters, so the text is normalised here.
    """
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() >= 1
    pages = (document.getAllText(page).text() for page in range(document.pageCount()))
    return unicodedata.normalize("NFKC", "\n".join(pages)).splitlines()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_briefing_lists_status_next_step_links_and_notes(
    qapp: QApplication, store: Store, tmp_path: Path, lang: str
) -> None:
    load_fonts(qapp)  # as the app does: the window's Noto Sans Arabic must not reach the PDF
    set_language(qapp, lang)
    service = UserDataService(store)
    try:
        entry = service.entry(PRIORITY).edited(
            status=TrackerStatus.IN_PROGRESS, progress=40, next_step="اجتماع مع الشركاء"
        )
        service.save_entry(entry)
        service.set_linked(PRIORITY, PAKISTAN, True)
        service.add_note(PAKISTAN, "ملاحظة للاجتماع\nNote for the meeting")
        html = briefing_html(service, lang, __import__("datetime").date(2026, 1, 1))
        assert ('dir="rtl"' in html.split(">")[0]) is (lang == "ar")
        write_briefing(service, lang, tmp_path / "briefing.pdf")
    finally:
        service.close()
        set_language(qapp, "en")
    assert "ملاحظة للاجتماع" in html and "Note for the meeting" in html
    assert '<p dir="rtl" align="right">ملاحظة للاجتماع</p>' in html  # each paragraph its own way
    assert '<p dir="ltr" align="left">Note for the meeting</p>' in html
    assert ("قيد التنفيذ" if lang == "ar" else "In progress") in html
    percent = "\u200e%\u200e" if lang == "ar" else "%"  # as the tracker writes it (QLocale)
    assert f">40{percent}<" in html and f" — 10{percent}</h2>" in html
    lines = pdf_lines(tmp_path / "briefing.pdf")
    text = "\n".join(lines)
    assert ("قيد التنفيذ" if lang == "ar" else "In progress") in text
    assert "اجتماع مع الشركاء" in text and "Note for the meeting" in text
    # The note's Arabic line reads back whole, on one line. QtPdf (PDFium) joins it to the
    # English line under it and then gives its words in visual order: its own line heuristics,
    # not the PDF's text layer (pdftotext reads both lines apart, in logical order).
    assert any({"ملاحظة", "للاجتماع"} <= set(line.split()) for line in lines)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("lang", "arabic_digits", "today", "target"),
    [
        ("en", False, "1 January 2026", "1 March 2021"),
        ("ar", False, "1 يناير 2026", "1 مارس 2021"),
        ("ar", True, "١ يناير ٢٠٢٦", "١ مارس ٢٠٢١"),
    ],
)
def test_the_briefing_writes_its_dates_as_the_app_does(  # type: ignore[no-untyped-def]
    qapp: QApplication, store: Store, lang, arabic_digits, today, target
) -> None:
    """The day of the briefing and each target date in the UI language and digits, like its
    percentages (they were ISO days in Latin digits: 2026-01-01 beside ٤٠٪)."""
    set_language(qapp, lang, arabic_digits)
    service = UserDataService(store)
    try:
        service.save_entry(service.entry(PRIORITY).edited(progress=40, target_date="2021-03-01"))
        html = briefing_html(service, lang, __import__("datetime").date(2026, 1, 1))
    finally:
        service.close()
        set_language(qapp, "en")
    assert f"<p>{today}</p>" in html
    assert f">{target}</span>" in html
    assert "2026-01-01" not in html and "2021-03-01" not in html
