"""Nothing let in: catalogue text is text, links open only on a click, attachments are checked
and never run, and no name from a bundle becomes a path.

A signed bundle carries hostile titles, summaries, keywords, facet labels, theme texts and
priorities ("<img src=x onerror=…>", "<a href=file:///etc/passwd>", "<qt><img …>"). After it
is imported, the real window shows them: every label, button and tooltip of the detail pane,
the result list, the facet panel and the theme page must show the markup literally, with no
image or link made out of it.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, Qt, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.domain.bundles import BundleValidationError, UnsafePathError
from desktop.domain.models import Attachment
from desktop.domain.records import ResourceIn
from desktop.domain.safe_files import INERT_EXTENSION, safe_open_name
from desktop.paths import DataPaths
from desktop.storage import attachments
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.bundle_keys import KeyPair
from desktop.storage.store import Store, open_store
from desktop.ui.attachments_view import AttachmentsView
from desktop.ui.i18n import set_language
from desktop.ui.main_window import BROWSE, THEME, MainWindow
from desktop.ui.models.resource_list_model import UID_ROLE
from desktop.ui.panes.source_section import SourceSection, can_open
from desktop.ui.settings import Settings
from tests.fixtures.browser import Browser
from tests.fixtures.bundles import kit

ROOT = Path(__file__).resolve().parents[2]
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="file:///etc/passwd">passwd</a>'
QT_IMG = '<qt><img src="file:///etc/hosts"></qt>'
HOSTILE_UID = "calp-2021-sp-covid-ethiopia-brief"
TITLE = f"Title {IMG} {LINK}"
SUMMARY = f"Summary {QT_IMG}\n{LINK} <b>bold</b> &amp; <script>alert(1)</script>"
TAG = f"tag {IMG}"
COUNTRY = f"{IMG}Ethiopia"
THEME_TITLE = f"Theme {IMG}"
INTRO = f"Intro {LINK}"
PRIORITY = f"Priority {QT_IMG}"


def hostile_source(tmp_path: Path) -> Path:
    source = kit.seed_source(tmp_path / "hostile-src")
    rows = kit.records(source)
    first = next(r for r in rows if r["uid"] == HOSTILE_UID)
    first.update(title=TITLE, summary=SUMMARY, tags=[TAG])
    kit.write_records(source, rows)
    taxonomy = json.loads((source / "taxonomy.json").read_text("utf-8"))
    for item in taxonomy["facets"]["country"]:
        if item["value"] == "ethiopia":
            item["labels"]["en"] = COUNTRY
    (source / "taxonomy.json").write_text(json.dumps(taxonomy, ensure_ascii=False), "utf-8")
    themes = json.loads((source / "themes.json").read_text("utf-8"))
    themes[0]["title"]["en"] = THEME_TITLE
    themes[0]["introduction"]["en"] = INTRO
    themes[0]["priorities"][0]["text"]["en"] = PRIORITY
    (source / "themes.json").write_text(json.dumps(themes, ensure_ascii=False), "utf-8")
    kit.set_meta(source, version=2)
    return source


@pytest.fixture
def hostile_store(folder: DataPaths, pair: KeyPair, tmp_path: Path) -> Iterator[Store]:
    bundle = kit.build(hostile_source(tmp_path), tmp_path / "hostile.zip", pair)
    store = open_store(folder, Path("unused"))
    assert import_bundle(store, bundle).applied  # hostile text is valid text: it is imported
    yield store
    store.close()


# --- what a widget shows -------------------------------------------------------------------


def rendered(text: str, rich: bool) -> tuple[str, bool]:
    """(what the user reads, whether an image or a link was made) for a label or tooltip."""
    if not rich:
        return text, False
    doc = QTextDocument()
    doc.setHtml(text)
    block, made = doc.begin(), False
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            made = made or fmt.isAnchor() or fmt.isImageFormat()
            it += 1
        block = block.next()
    return doc.toPlainText(), made


def shown_texts(root: QWidget) -> list[str]:
    """Everything `root` and its children show, as read; fails on any image or link made."""
    QApplication.processEvents()
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if tip:
            text, made = rendered(tip, Qt.mightBeRichText(tip))
            assert not made, f"a tooltip of {widget.objectName()!r} made an image or link"
            texts.append(text)
        if isinstance(widget, QLabel):
            assert not widget.openExternalLinks()
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(widget.text())
            )
            text, made = rendered(widget.text(), rich)
            assert not made, f"label {widget.objectName()!r} made an image or link: {text!r}"
            texts.append(text)
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())  # buttons draw plain text
    return texts


def shows_literally(texts: list[str], *hostile: str) -> None:
    joined = "\n".join(texts)
    for text in hostile:
        assert text in joined, f"{text!r} is not shown as it is written"


@pytest.fixture
def window(qtbot, qapp: QApplication, hostile_store: Store, folder: DataPaths):  # type: ignore[no-untyped-def]
    set_language(qapp, "en")
    made = MainWindow(*_window_parts(hostile_store, folder))
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.start()
    made.show()
    qtbot.waitUntil(lambda: not made.browse.runner.busy, timeout=5000)
    yield made
    made.close()


def _window_parts(store: Store, folder: DataPaths) -> tuple[object, object, Settings]:
    from desktop.domain.filters import Sort
    from desktop.ui.app_state import AppState
    from desktop.ui.services import CatalogueService

    return AppState("en", Sort.RELEVANCE, False), CatalogueService(store), Settings(folder.settings)


def test_detail_pane_shows_hostile_text_as_text(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page(BROWSE, focus=False)
    window.browse.open_resource(HOSTILE_UID)
    qtbot.waitUntil(lambda: window.browse.detail.current_uid == HOSTILE_UID, timeout=5000)
    texts = shown_texts(window.browse.detail)
    shows_literally(texts, TITLE, IMG, LINK, QT_IMG, "<b>bold</b> &amp; <script>", TAG, COUNTRY)


def test_detail_pane_with_a_highlighted_query_still_escapes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.browse.search.field.setText("Summary")
    window.browse.run_search()
    qtbot.waitUntil(lambda: not window.browse.runner.busy, timeout=5000)
    window.browse.open_resource(HOSTILE_UID)
    qtbot.waitUntil(lambda: window.browse.detail.current_uid == HOSTILE_UID, timeout=5000)
    shows_literally(shown_texts(window.browse.detail), QT_IMG, LINK)


def test_result_list_and_facets_show_hostile_text_as_text(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page(BROWSE, focus=False)
    model = window.browse.model
    index = next(
        model.index(i)
        for i in range(model.rowCount())
        if model.index(i).data(UID_ROLE) == HOSTILE_UID
    )
    assert index.data(Qt.ItemDataRole.DisplayRole) == TITLE
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip, Qt.mightBeRichText(tip)) == (TITLE, False)
    view = window.browse.search.list
    view.scrollTo(index)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    view.viewport().render(image)  # the delegate paints the hostile row without trouble
    shows_literally(shown_texts(window.browse.facets), COUNTRY)


def test_the_delegate_draws_plain_text_only() -> None:
    """The list delegate paints with QPainter.drawText: no QTextDocument, no HTML."""
    tree = ast.parse((ROOT / "desktop" / "ui" / "delegates.py").read_text("utf-8"))
    names = {
        n.attr if isinstance(n, ast.Attribute) else n.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute | ast.Name)
    }
    assert not names & {"QTextDocument", "setHtml", "QLabel", "RichText"}


def test_theme_page_shows_hostile_text_as_text(window: MainWindow) -> None:
    window.show_page(THEME)
    shows_literally(shown_texts(window.theme_page), THEME_TITLE, INTRO, PRIORITY, TITLE)


# --- links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.calpnetwork.org/x", True),
        ("HTTP://EXAMPLE.ORG/a?b=c", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("smb://server/share/x.exe", False),
        ("ftp://example.org/x", False),
        ("https:///no-host", False),
        ("\\\\server\\share\\x.exe", False),
        ("", False),
    ],
)
def test_only_web_links_can_be_opened_and_only_on_click(
    qtbot, browser: Browser, url: str, allowed: bool
) -> None:  # type: ignore[no-untyped-def]
    assert can_open(url) is allowed
    section = SourceSection()
    qtbot.addWidget(section)
    section.set_url(url)
    assert browser.opened == [], "nothing opens by itself"
    assert section.open_button.isEnabled() is allowed
    section._on_open_button_clicked()  # even a click that reaches the slot opens only web links
    assert browser.opened == ([QUrl(url).toString()] if allowed else [])


def test_a_non_web_source_link_is_refused_at_import(
    folder: DataPaths, pair: KeyPair, tmp_path: Path
) -> None:
    """Signed by a trusted key but not made by our builder (which refuses it too)."""
    good = kit.build(kit.seed_source(tmp_path / "src"), tmp_path / "good.zip", pair)
    payload = dict(kit.payload_of(good))
    lines = payload["catalogue.jsonl"].decode("utf-8").splitlines()
    record = json.loads(lines[0])
    record["source_url"] = "file:///etc/passwd"
    lines[0] = json.dumps(record, ensure_ascii=False)
    payload["catalogue.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    info = kit.entries(good)["bag-info.txt"].decode("utf-8").splitlines()
    fields = dict(line.split(": ", 1) for line in info if line.startswith("Daleel-"))
    fields["Daleel-Bundle-Version"] = "2"
    bundle = kit.raw_bag(tmp_path, payload, fields, tmp_path / "raw.zip", pair)
    before = kit.digests(folder)
    store = open_store(folder, Path("unused"))
    try:
        with pytest.raises(BundleValidationError) as caught:
            import_bundle(store, bundle, Options())
    finally:
        store.close()
    assert "http:// or https://" in str(caught.value) and kit.digests(folder) == before


# --- attachments ---------------------------------------------------------------------------


def test_an_attachment_named_like_a_program_is_opened_inert_from_the_store(
    qtbot, browser: Browser, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    script = b"#!/bin/sh\necho owned > /tmp/owned\n"
    sha = hashlib.sha256(script).hexdigest()
    source = tmp_path / "payload"
    source.write_bytes(script)
    attachments.store_files(tmp_path / "files", {sha: source})
    view = AttachmentsView(tmp_path / "files")
    qtbot.addWidget(view)
    hostile = Attachment(sha, "../../" + IMG + "setup.exe", "application/x-sh", len(script), IMG)
    view.show_attachments((hostile,))
    view.open(hostile)
    [url] = browser.opened
    path = Path(QUrl(url).toLocalFile())
    assert path.name == safe_open_name(sha, "application/x-sh") and path.suffix == INERT_EXTENSION
    assert path.parent.parent == Path(tempfile.gettempdir()) / "daleel-open"
    assert not os.access(path, os.X_OK), "an opened copy is never executable"
    assert not list(path.parent.parent.rglob("setup.exe"))
    shows_literally(shown_texts(view), IMG + "setup.exe")


def test_a_damaged_attachment_is_not_opened_and_its_name_is_shown_as_text(
    qtbot, browser: Browser, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = b"%PDF-1.4 not really"
    sha = hashlib.sha256(data).hexdigest()
    (tmp_path / "doc").write_bytes(data)
    attachments.store_files(tmp_path / "files", {sha: tmp_path / "doc"})
    attachments.stored_path(tmp_path / "files", sha).write_bytes(b"MZ tampered")
    view = AttachmentsView(tmp_path / "files")
    qtbot.addWidget(view)
    item = Attachment(sha, IMG + ".pdf", "text/plain", len(data), None)
    view.show_attachments((item,))
    with qtbot.waitSignal(view.refused):
        view.open(item)
    assert browser.opened == []
    shows_literally(shown_texts(view), IMG + ".pdf")


# --- names from a bundle are never paths ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../../outside.txt", "/tmp/outside.txt", "data/files/../../../outside.txt", "C:\\outside.txt"],
)
def test_an_entry_name_never_reaches_outside_the_work_folder(
    folder: DataPaths, pair: KeyPair, tmp_path: Path, name: str
) -> None:
    good = kit.build(kit.seed_source(tmp_path / "src"), tmp_path / "good.zip", pair)
    bad = kit.rewrite(good, tmp_path / "bad.zip", lambda e: e.update({name: b"x"}))
    before = sorted(p.name for p in tmp_path.iterdir())
    store = open_store(folder, Path("unused"))
    try:
        with pytest.raises(UnsafePathError):
            import_bundle(store, bad)
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not Path("/tmp/outside.txt").exists()


@pytest.mark.parametrize("uid", ["../../etc/passwd", "a/b", "C:\\x", ".hidden", "a\x00b"])
def test_a_uid_shaped_like_a_path_is_not_a_valid_record(uid: str) -> None:
    with pytest.raises(ValueError):
        ResourceIn(uid=uid, title="x")


def test_the_open_name_comes_from_the_hash_only() -> None:
    sha = "ab" * 32
    assert safe_open_name(sha, "application/pdf") == f"daleel-{sha[:16]}.pdf"
    assert safe_open_name(sha, "application/x-msdownload").endswith(INERT_EXTENSION)
    with pytest.raises(ValueError):
        safe_open_name("../../x", "application/pdf")


# --- the import dialog: bag-info and entry names are bundle data too ----------------------------


def test_import_dialog_shows_a_hostile_title_and_publisher_as_text(
    qtbot, folder: DataPaths, pair: KeyPair, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.import_dialog import ImportDialog

    source = hostile_source(tmp_path)
    kit.set_meta(source, title=f"Catalogue {IMG}", publisher=f"Publisher {LINK}")
    store = open_store(folder, Path("unused"))
    dialog = ImportDialog(store, kit.build(source, tmp_path / "hostile.zip", pair))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
    texts = shown_texts(dialog)
    texts += [dialog.touched.item(i).text() for i in range(dialog.touched.count())]
    shows_literally(texts, f"Catalogue {IMG}", f"Publisher {LINK}")
    dialog.controller.close()
    store.close()


def test_import_dialog_shows_a_hostile_entry_name_in_its_refusal_as_text(
    qtbot, folder: DataPaths, pair: KeyPair, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.import_dialog import ImportDialog

    good = kit.build(kit.seed_source(tmp_path / "src"), tmp_path / "good.zip", pair)
    bad = kit.rewrite(good, tmp_path / "bad.zip", lambda e: e.update({f"data/{IMG}": b"x"}))
    store = open_store(folder, Path("unused"))
    dialog = ImportDialog(store, bad)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=10_000)
    shows_literally(shown_texts(dialog), IMG)
    dialog.controller.close()
    store.close()
