"""Export briefing: a PDF of every tracked priority for meetings where partners have no device.

For each priority: its status, progress, target date, next step and the linked resources with
the user's notes on them. Written with Qt's own PDF writer in the UI language; the document's
direction is the UI's, and each paragraph of a note keeps its own (Arabic is shaped by Qt). Its
text is drawn in DejaVu Sans (see fonts.pdf_font) so that a reader can search and copy Arabic.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.userdata import TrackedPriority, paragraph_direction
from desktop.ui.fonts import pdf_font
from desktop.ui.i18n import day_text, percent_text
from desktop.ui.panes.priority_editor import status_text
from desktop.ui.userdata_service import UserDataService

# DejaVu Sans's lines are tighter than Noto Sans Arabic's: room for Arabic dots and marks.
LINE_SPACING = "p, h1, h2, h3, h4 { line-height: 135%; }"


def _t(text: str) -> str:
    return QCoreApplication.translate("Briefing", text)


def briefing_html(service: UserDataService, lang: str, today: date) -> str:
    """The briefing as HTML (one section per theme, one block per priority)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    parts = [
        f'<html dir="{"rtl" if rtl else "ltr"}"><body>',
        f"<h1>{html.escape(QCoreApplication.translate('Briefing', 'Priorities briefing'))}</h1>",
        f"<p>{html.escape(day_text(today.isoformat()))}</p>",
    ]
    priorities = service.priorities(lang)
    for line in service.theme_progress(lang, today):
        parts.append(f"<h2>{html.escape(line.title)} — {percent_text(line.progress)}</h2>")
        for p in priorities:
            if p.theme_id == line.theme_id:
                parts.append(_priority_html(service, p, lang, today))
    return "".join(parts) + "</body></html>"


def _priority_html(service: UserDataService, p: TrackedPriority, lang: str, today: date) -> str:
    e = p.entry
    target = day_text(e.target_date) if e.target_date else "—"
    rows = [
        (QCoreApplication.translate("Briefing", "Status"), status_text(e.status)),
        (QCoreApplication.translate("Briefing", "Progress"), percent_text(e.progress)),
        (QCoreApplication.translate("Briefing", "Target date"), target),
        (QCoreApplication.translate("Briefing", "Next step"), e.next_step or "—"),
    ]
    if p.is_overdue(today):
        rows.append((QCoreApplication.translate("Briefing", "Overdue"), "⚠"))
    cells = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{_para(v)}</td></tr>" for k, v in rows
    )
    out = [f"<h3>{_para(p.text)}</h3><table cellpadding='3'>{cells}</table>"]
    if e.notes:
        out.append(_paragraphs(e.notes))
    titles = service.titles(list(p.links))
    for uid in p.links:
        out.append(f"<h4>{_para(titles.get(uid, uid))}</h4>")
        for note in service.notes_for(uid):
            out.append(_paragraphs(note.body))
    return "".join(out)


def _para(text: str) -> str:
    direction = paragraph_direction(text) or "auto"
    return f'<span dir="{direction}">{html.escape(text)}</span>'


def _paragraphs(text: str) -> str:
    """Each line its own paragraph, with its own direction and alignment."""
    out = []
    for line in text.splitlines():
        direction = paragraph_direction(line) or "ltr"
        align = "right" if direction == "rtl" else "left"
        out.append(f'<p dir="{direction}" align="{align}">{html.escape(line)}</p>')
    return "".join(out)


def write_briefing(
    service: UserDataService, lang: str, path: Path, today: date | None = None
) -> None:
    """Write the briefing PDF to `path` (A4)."""
    document = QTextDocument()
    document.setDefaultFont(pdf_font(QGuiApplication.font()))
    document.setDefaultStyleSheet(LINE_SPACING)
    document.setHtml(briefing_html(service, lang, today or date.today()))
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("Briefing", "Priorities briefing"))
    writer.setCreator("Daleel")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
