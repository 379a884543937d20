"""The start-up offer for a damaged catalogue, in English and Arabic, and what it leads to."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.recovery import (
    CatalogueDamagedError,
    CatalogueTooNewError,
    Choice,
    RescueReport,
)
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import backups
from desktop.ui.dialogs.recovery_dialog import (
    RecoveryDialog,
    open_store_or_recover,
    rescue_notice,
)
from desktop.ui.i18n import set_language
from tests.fixtures.bundles import kit
from tests.reliability.conftest import NOTES

HEADINGS = {"en": "The catalogue cannot be opened", "ar": "تعذّر فتح الفهرس"}


@pytest.fixture(params=["en", "ar"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield set_language(qapp, request.param)
    set_language(qapp, "en")


def _error(folder: DataPaths) -> CatalogueDamagedError:
    return CatalogueDamagedError(path=str(folder.catalogue), detail="the file is truncated")


@pytest.mark.parametrize("choice", [Choice.RESTORE, Choice.RESET, Choice.QUIT])
def test_the_offer_in_both_languages(
    qtbot, lang: str, folder: DataPaths, tmp_path: Path, choice: Choice
) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(_error(folder), has_backup=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == HEADINGS[lang]
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert dialog.layoutDirection() == rtl
    assert dialog.file_label.text() == str(folder.catalogue)
    assert "\u2068the file is truncated\u2069" in dialog.detail.text()  # SQLite's own words
    if lang == "ar":
        assert "تالف" in dialog.detail.text() and "استعادة" in dialog.restore_button.text()
    dialog.grab().save(str(tmp_path / f"recovery-{lang}.png"))
    button = {
        Choice.RESTORE: dialog.restore_button,
        Choice.RESET: dialog.reset_button,
        Choice.QUIT: dialog.quit_button,
    }[choice]
    button.click()
    assert dialog.choice is choice
    assert dialog.result() == (0 if choice is Choice.QUIT else 1)


def test_a_catalogue_from_a_newer_daleel_is_explained(qtbot, folder: DataPaths) -> None:  # type: ignore[no-untyped-def]
    error = CatalogueTooNewError(path=str(folder.catalogue), found=9, known=1)
    dialog = RecoveryDialog(error, has_backup=False)
    qtbot.addWidget(dialog)
    assert "newer version of Daleel" in dialog.detail.text()


def test_without_a_backup_restore_cannot_be_chosen(qtbot, folder: DataPaths) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(_error(folder), has_backup=False)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.reset_button.isDefault()
    assert "No usable backup" in dialog.restore_button.toolTip()


def test_the_rescue_notice_in_arabic(lang: str) -> None:
    report = RescueReport("/d/userdata.damaged-1.db", "/d/userdata.damaged-1.json", 7, (), True)
    text = rescue_notice(report)
    # each path left to right, its leading "/" at its left in an Arabic sentence too
    assert "\u2066/d/userdata.damaged-1.db\u2069" in text
    assert "\u2066/d/userdata.damaged-1.json\u2069" in text
    assert ("7" in text) and ("تالفًا" in text if lang == "ar" else "damaged" in text)


def test_start_without_a_screen_rescues_the_user_file_and_says_where(
    folder: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(folder.userdata)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with folder.userdata.open("ab") as handle:
        handle.write(b"half a page of garbage")
    store = open_store_or_recover(folder, shipped_catalogue())
    store.close()
    assert "damaged-" in capsys.readouterr().err
    assert {body for _, _, body in kit.user_rows(folder)[1]} == set(NOTES.values())


def test_start_without_a_screen_does_not_choose_for_the_user(folder: DataPaths) -> None:
    backups.backup_catalogue(folder, 1)
    folder.catalogue.write_bytes(b"not a database" * 100)
    for side in ("-wal", "-shm"):
        Path(str(folder.catalogue) + side).unlink(missing_ok=True)
    with pytest.raises(CatalogueDamagedError):
        open_store_or_recover(folder, shipped_catalogue())
    assert folder.catalogue.read_bytes().startswith(b"not a database")
