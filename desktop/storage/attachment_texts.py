"""Text of attached PDFs, kept by SHA-256 so that search finds words inside documents.

The text is extracted at import by a function the caller supplies (the window and the command
line use QtPdf, which keeps Arabic in logical order; storage itself never imports Qt). A row is
written once and never changed: the search index is contentless, so the text a resource was
indexed with must stay what it was (see catalogue_writer._fts_row_chunks).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import Connection, text

from desktop.storage.store import Store

log = logging.getLogger(__name__)
PDF = "application/pdf"
MAX_CHARS = 20_000  # per document: enough to find it by its words, cheap to index
Extractor = Callable[[Path], str]


def extract_texts(files: Mapping[str, Path], extractor: Extractor | None) -> dict[str, str]:
    """Text of each file (sha256 → path), cut to MAX_CHARS; a file that fails is skipped."""
    texts: dict[str, str] = {}
    if extractor is None:
        return texts
    for sha, path in files.items():
        try:
            found = " ".join(extractor(path).split())
        except Exception as error:  # a damaged PDF must not stop the import
            log.warning("no text from attachment %s: %s", sha[:12], error)
            continue
        if found:
            texts[sha] = found[:MAX_CHARS]
    return texts


def save_texts(conn: Connection, texts: Mapping[str, str]) -> None:
    """Insert texts inside the import's transaction, before the resources are indexed."""
    if texts:
        conn.execute(
            text("INSERT OR IGNORE INTO attachment_texts (sha256, text) VALUES (:s, :t)"),
            [{"s": sha, "t": body} for sha, body in texts.items()],
        )


def text_of(store: Store, sha256: str) -> str | None:
    with store.read() as conn:
        row = conn.execute(
            text("SELECT text FROM attachment_texts WHERE sha256 = :s"), {"s": sha256}
        ).first()
    return None if row is None else str(row[0])
