"""Text of a PDF with QtPdf, in logical order (pypdf gave Arabic presentation forms, reversed).

Used at import to index the words of attached documents; works without a QApplication, so the
command line uses it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument

MAX_PAGES = 200


def extract_pdf_text(path: Path) -> str:
    document = QPdfDocument(None)
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return ""
        pages = min(document.pageCount(), MAX_PAGES)
        return "\n".join(document.getAllText(page).text() for page in range(pages))
    finally:
        document.close()
