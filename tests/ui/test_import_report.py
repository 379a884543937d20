"""File ▸ Import my data… reports what it did in the UI language: its numbers in the digits
the user prefers, and the conflict copies with the language's plural forms (six in Arabic)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.userdata import ImportReport
from desktop.ui.main_window import MainWindow
from tests.ui.test_notes_window import PAKISTAN, open_with_userdata

ETHIOPIA = "calp-2021-sp-covid-ethiopia-brief"
LATIN_DIGITS = set("0123456789")


def test_the_menu_import_reports_its_numbers_in_arabic_indic_digits(
    qtbot, open_window: Callable[[str], MainWindow], store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "ar")
    window.actions.arabic_digits.setChecked(True)
    for uid in (PAKISTAN, ETHIOPIA):
        ui.undo.toggle_bookmark(uid)
    mine = tmp_path / "mine.json"
    ui.service.export_to(mine)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(mine), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(text))
    ui.actions["import"].trigger()
    assert len(shown) == 1
    assert shown[0].startswith("أُضيف ٠، وحُدّث ٠، وبقي ")
    assert shown[0].endswith("لم تُحفظ أي نسخة متعارضة.")
    assert not LATIN_DIGITS & set(shown[0])


ARABIC_CONFLICTS = {
    0: "لم تُحفظ أي نسخة متعارضة.",
    1: "حُفظت نسخة متعارضة واحدة.",
    2: "حُفظت نسختان متعارضتان.",
    3: "حُفظت ٣ نسخ متعارضة.",
    11: "حُفظت ١١ نسخة متعارضة.",
    1234: "حُفظت ١٬٢٣٤ نسخة متعارضة.",
}


@pytest.mark.parametrize(("conflicts", "sentence"), ARABIC_CONFLICTS.items())
def test_arabic_counts_the_conflict_copies_with_its_six_plural_forms(
    open_window: Callable[[str], MainWindow], store, conflicts: int, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    window, ui = open_with_userdata(open_window, store, "ar")
    window.actions.arabic_digits.setChecked(True)
    report = ImportReport(added=1234, updated=2, unchanged=12, conflicts=conflicts)
    assert ui.describe(report) == f"أُضيف ١٬٢٣٤، وحُدّث ٢، وبقي ١٢ دون تغيير. {sentence}"


@pytest.mark.parametrize(
    ("conflicts", "sentence"),
    [(0, "Kept 0 conflict copies."), (1, "Kept 1 conflict copy."), (2, "Kept 2 conflict copies.")],
)
def test_english_says_copy_for_one_and_copies_otherwise(
    open_window: Callable[[str], MainWindow], store, conflicts: int, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    _window, ui = open_with_userdata(open_window, store, "en")
    report = ImportReport(added=1234, updated=1, unchanged=12, conflicts=conflicts)
    assert ui.describe(report) == f"Added 1,234, updated 1, unchanged 12. {sentence}"


def test_resources_this_catalogue_lacks_are_listed_with_the_arabic_comma(
    open_window: Callable[[str], MainWindow], store
) -> None:  # type: ignore[no-untyped-def]
    _window, ui = open_with_userdata(open_window, store, "ar")
    report = ImportReport(added=2, unknown_resources=("gone-one", "gone-two"))
    assert ui.describe(report).endswith(
        "\nاحتُفظ بها رغم أنها ليست في هذا الفهرس: gone-one، gone-two"
    )
