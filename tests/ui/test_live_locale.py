"""Language and digits switched live: no visible text keeps the previous language or digits.

The window is opened in English with user data that shows dates, counts and percentages, then
switched as a user does from the Language menu: Arabic, Arabic-Indic digits on, English again.
After each switch every page, the open resource and the user-data dialogs are read back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from desktop.domain.userdata import TrackerStatus
from desktop.storage.bundle_import import Options, import_bundle
from desktop.ui.dialogs.catalogue_dialog import CatalogueDialog
from desktop.ui.dialogs.collections_dialog import CollectionsDialog, TrashDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.pdf_viewer import PdfViewer
from desktop.ui.formatting import MONTHS
from desktop.ui.help_menu import HelpMenu
from desktop.ui.main_window import BROWSE, PRIORITIES, THEME, MainWindow
from desktop.ui.models.resource_list_model import PAINT_ROLE, UID_ROLE
from desktop.ui.userdata_ui import UserDataUi
from tests.fixtures.bundles import kit
from tests.ui.conftest import wait_for_results
from tests.ui.test_attachments_and_pdf import make_pdf
from tests.ui.ui_strings import (
    ENDONYMS,
    catalogue_texts,
    plain,
    untranslated,
    visible_ui_strings,
    widget_strings,
)

PAKISTAN = "calp-2021-sp-covid-pakistan"
PRIORITY = "sp-2021-overview-paper"
LATIN_DIGIT = re.compile(r"[0-9]")
ARABIC_INDIC_DIGIT = re.compile(r"[\u0660-\u0669]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
DIGITS_SAMPLE = re.compile(r"\(١٢٣\)")  # the Arabic-Indic digits item shows what it does
ENGLISH_MONTH = re.compile(r"\b(" + "|".join(MONTHS["en"]) + r")\b")
USER_TEXTS = ["a note for the trash", "first note", "Reading", "cash"]  # the fixture's
EVERY_ITEM = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive


def item_view_strings(root: QWidget) -> Iterator[str]:
    """Texts of list, table and tree items, and progress bars, under `root` that are shown."""
    for view in root.findChildren(QListWidget):
        if view.isVisible():
            yield from (view.item(i).text() for i in range(view.count()))
    for table in root.findChildren(QTableWidget):
        if table.isVisible():
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    yield item.text() if item is not None else ""
    for tree in root.findChildren(QTreeWidget):
        if tree.isVisible():
            for item in tree.findItems("", EVERY_ITEM):
                yield from (item.text(c) for c in range(tree.columnCount()))
    for bar in root.findChildren(QProgressBar):
        if bar.isVisible() and bar.isTextVisible():
            yield bar.text()


def list_row_strings(window: MainWindow) -> Iterator[str]:
    """The second line of the browse list's rows, as its delegate paints them."""
    view = window.browse.search.list
    delegate = view.itemDelegate()
    model = window.browse.model
    for row in range(min(model.rowCount(), 20)):
        data = model.index(row).data(PAINT_ROLE)
        if data is not None:
            yield delegate.meta_text(data)  # type: ignore[attr-defined]


def page_strings(window: MainWindow) -> set[str]:
    """What the three pages show (the browse page with a resource open), rows and items too."""
    found: set[str] = set()
    for page in (THEME, PRIORITIES, BROWSE):
        window.show_page(page, focus=False)
        QApplication.processEvents()
        found |= visible_ui_strings(window)
        found |= {plain(s) for s in item_view_strings(window) if s}
    found |= set(list_row_strings(window))
    return found


def dialog_strings(ui: UserDataUi) -> set[str]:
    """What File ▸ Collections… and File ▸ Notes trash… show, opened now."""
    found: set[str] = set()
    for kind in (CollectionsDialog, TrashDialog):
        dialog = kind(ui.undo, ui.window)
        dialog.show()
        QApplication.processEvents()
        found |= {dialog.windowTitle()}
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible():
                found |= {plain(s) for s in widget_strings(widget) if s}
        found |= {plain(s) for s in item_view_strings(dialog) if s}
        dialog.close()
        dialog.deleteLater()
    return found


def left_after_content(strings: set[str], content: list[str]) -> list[str]:
    """The strings that are not catalogue content, with the content quoted in them taken out;
    the digits action's own sample of Arabic-Indic digits is left out too."""
    blob = "\n".join(content)
    left = []
    for text in strings:
        if text in ENDONYMS or DIGITS_SAMPLE.search(text) or text in blob:
            continue
        for piece in content:
            text = text.replace(piece, " ")
        left.append(text)
    return left


def stale_texts(strings: set[str], content: list[str], lang: str, digits: bool) -> list[str]:
    """Visible texts still in another language, or written in the other digits."""
    stale = []
    for text in left_after_content(strings, content):
        wrong_digit = LATIN_DIGIT if digits else ARABIC_INDIC_DIGIT
        wrong_words = ENGLISH_MONTH if lang == "ar" else ARABIC_LETTER
        if wrong_digit.search(text) or wrong_words.search(text):
            stale.append(text)
    return sorted(stale)


@pytest.fixture
def live_window(qtbot, open_window: Callable[[str], MainWindow]):  # type: ignore[no-untyped-def]
    """The English window with user data that shows counts, dates and percentages: a
    bookmarked resource with a note and a tag, a collection of three, a note in the trash and
    a tracked priority with a target date."""
    window = open_window("en")
    ui: UserDataUi = window.userdata_ui  # type: ignore[attr-defined]
    service = ui.service
    uids = [window.browse.model.index(row).data(UID_ROLE) for row in range(3)]
    service.set_bookmarked(PAKISTAN, True)
    service.add_note(PAKISTAN, USER_TEXTS[1])
    service.set_tags(PAKISTAN, [USER_TEXTS[3]])
    service.delete_note(service.add_note(PAKISTAN, USER_TEXTS[0]).note_uid)
    collection = service.create_collection(USER_TEXTS[2])
    for uid in uids:
        service.set_in_collection(collection.id, uid, True)
    entry = service.entry(PRIORITY)
    ui.undo.save_entry(
        entry.edited(status=TrackerStatus.IN_PROGRESS, progress=40, target_date="2021-03-01")
    )
    window.browse.open_resource(PAKISTAN)
    wait_for_results(qtbot, window)
    return window, ui


def switch(qtbot, window: MainWindow, lang: str, digits: bool) -> None:  # type: ignore[no-untyped-def]
    """As from the Language menu: the language, then the Arabic-Indic digits item."""
    if lang != window.state.lang:
        window.switch_language(lang)
    window.actions.arabic_digits.setChecked(digits)
    wait_for_results(qtbot, window)
    QApplication.processEvents()


def test_a_live_switch_leaves_no_text_in_the_previous_language_or_digits(  # type: ignore[no-untyped-def]
    qtbot, live_window
) -> None:
    window, ui = live_window
    stale: dict[str, list[str]] = {}
    for lang, digits in (("en", False), ("ar", False), ("ar", True), ("en", True)):
        switch(qtbot, window, lang, digits)
        strings = page_strings(window) | dialog_strings(ui)
        content = catalogue_texts(window.service, lang) + USER_TEXTS
        found = stale_texts(strings, content, lang, window.state.arabic_digits)
        if lang == "ar":
            found += untranslated(strings, content)
        if found:
            stale[f"{lang}{' with Arabic-Indic digits' if digits else ''}"] = found
    assert stale == {}


def test_an_open_pdf_viewer_writes_its_page_numbers_in_the_digits_switched_to(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path
) -> None:
    window = open_window("en")
    pdf = make_pdf(tmp_path / "guide.pdf", [f"Page {n}" for n in range(1, 13)])
    viewer = PdfViewer(pdf, "guide.pdf", window)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.page_label.text() == "Page 1 of 12"
    switch(qtbot, window, "ar", False)
    assert viewer.page_label.text() == "الصفحة 1 من 12"
    switch(qtbot, window, "ar", True)  # no new translation: Qt itself says nothing
    assert viewer.page_label.text() == "الصفحة ١ من ١٢"
    switch(qtbot, window, "en", True)
    assert viewer.page_label.text() == "Page 1 of 12"


def test_an_open_user_guide_turns_to_the_guide_in_the_language_switched_to(  # type: ignore[no-untyped-def]
    qtbot, open_window
) -> None:
    window = open_window("en")
    guide = window.findChild(HelpMenu).open_guide()
    assert guide is not None and guide.path.name == "guide-en.md"
    switch(qtbot, window, "ar", False)
    assert guide.isVisible() and guide.path.name == "guide-ar.md"
    assert guide.windowTitle() == "دليل الاستخدام"
    assert "نصائح للبحث بالعربية" in guide.browser.toPlainText()
    switch(qtbot, window, "en", False)
    assert guide.windowTitle() == "Daleel user guide"
    assert guide.browser.toPlainText().startswith("Daleel user guide")


def bundle(tmp_path, version: int):  # type: ignore[no-untyped-def]
    """The seed catalogue at `version`, its first resource retitled and its last withdrawn."""
    source = kit.seed_source(tmp_path / f"src{version}")
    rows = kit.records(source)
    rows[0]["title"] = f"Edition {version}"
    kit.write_records(source, rows[:-1])
    kit.set_meta(source, version=version)
    return kit.build(source, tmp_path / f"v{version}.zip")


def catalogue_dialogs_strings(qtbot, store, path) -> set[str]:  # type: ignore[no-untyped-def]
    """What Help ▸ Catalogue and the preview of File ▸ Import… show, opened now."""
    about = CatalogueDialog(store)
    preview = ImportDialog(store, path)
    for dialog in (about, preview):
        qtbot.addWidget(dialog)
        dialog.show()
    preview.start()
    qtbot.waitUntil(lambda: preview.state == "consent", timeout=10_000)  # an unsigned bundle
    preview.trust_button.click()
    qtbot.waitUntil(lambda: preview.state == "preview", timeout=10_000)
    found: set[str] = set()
    for dialog in (about, preview):
        found.add(dialog.windowTitle())
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible():
                found |= {plain(s) for s in widget_strings(widget) if s}
        found |= {plain(s) for s in item_view_strings(dialog) if s}
    preview.controller.close()
    about.close()
    preview.close()
    return found


def test_the_catalogue_and_import_dialogs_open_in_the_language_and_digits_switched_to(  # type: ignore[no-untyped-def]
    qtbot, open_window, store, tmp_path
) -> None:
    """They are modal: opened after a switch, their dates and counts follow it."""
    window = open_window("en")
    import_bundle(store, bundle(tmp_path, 2), Options(allow_untrusted=True))
    v3 = bundle(tmp_path, 3)
    stale: dict[str, list[str]] = {}
    for lang, digits in (("ar", False), ("ar", True), ("en", True)):
        switch(qtbot, window, lang, digits)
        strings = catalogue_dialogs_strings(qtbot, store, v3)
        content = [*catalogue_texts(window.service, lang), "Edition 3", "Edition 2", v3.name]
        found = stale_texts(strings, content, lang, window.state.arabic_digits)
        if found:
            stale[f"{lang}{' with Arabic-Indic digits' if digits else ''}"] = found
    assert stale == {}
