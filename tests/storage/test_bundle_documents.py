"""Words inside attached PDFs are found by search, and stay consistent through updates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from desktop.domain.filters import ResourceFilter
from desktop.storage import resources_repo as repo
from desktop.storage.attachment_texts import text_of
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.checks import check_data_folder
from desktop.storage.search import search_ids
from desktop.storage.store import Store
from desktop.ui.pdf_text import extract_pdf_text
from tests.fixtures.bundles import kit


def make_pdf(path: Path, lines: list[str]) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(10, 10, 10, 10))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    for index, line in enumerate(lines):
        painter.drawText(200, 400 + 300 * index, line)
    painter.end()
    return path.read_bytes()


def hits(store: Store, query: str) -> list[str]:
    with store.read() as conn:
        ids = search_ids(conn, ResourceFilter(query=query))
        return [r.uid for r in repo.rows_by_ids(conn, store.labels, ids, "en")]


def _import(store: Store, source: Path, version: int, tmp_path: Path) -> None:
    kit.set_meta(source, version=version)
    bundle = kit.build(source, tmp_path / f"v{version}.zip")
    options = Options(allow_untrusted=True, extract_text=extract_pdf_text)
    assert import_bundle(store, bundle, options).applied


def test_words_of_an_attached_pdf_are_searchable(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    source = kit.seed_source(tmp_path / "src")
    pdf = make_pdf(tmp_path / "ledger.pdf", ["Zakat disbursement ledger", "صندوق الزكاة"])
    sha = kit.add_file(source, "ledger.pdf", pdf)
    rows = kit.records(source)
    uid = rows[0]["uid"]
    rows[0]["attachments"] = [{"file": "ledger.pdf", "language": "en"}]
    kit.write_records(source, rows)
    _import(store, source, 2, tmp_path)
    assert "disbursement" in (text_of(store, sha) or "")
    assert hits(store, "disbursement") == [uid]
    assert hits(store, "الزكاة") == [uid]

    rows[0]["title"] = "A new title for the brief"  # updated: unindexed with its document
    kit.write_records(source, rows)
    _import(store, source, 3, tmp_path)
    assert hits(store, "disbursement") == [uid]
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO resource_fts (resource_fts) VALUES ('integrity-check')")

    kit.write_records(source, rows[1:])  # withdrawn: its document's words go with it
    _import(store, source, 4, tmp_path)
    assert hits(store, "disbursement") == []
    assert check_data_folder(store.paths) == []
