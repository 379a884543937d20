"""Help ▸ Catalogue: identity, import history, and restoring the previous catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import resources_repo as repo
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.store import open_store
from desktop.ui.dialogs.catalogue_dialog import CatalogueDialog
from desktop.ui.i18n import moment_text, set_locale
from tests.fixtures.bundles import kit
from tests.ui.conftest import arabic_installed


def test_history_and_restore(qtbot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    store = open_store(paths, shipped_catalogue())
    kit.add_user_marks(paths, ["calp-2021-sp-covid-pakistan"], {"calp-2021-sp-covid-pakistan": "x"})
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    kit.write_records(source, rows[1:])
    kit.set_meta(source, version=2)
    import_bundle(store, kit.build(source, tmp_path / "v2.zip"), Options(allow_untrusted=True))
    user_before = kit.user_rows(paths)

    dialog = CatalogueDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == "2"
    assert dialog.id_label.text() == kit.SEED_ID
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 2).text() == "not signed"
    assert dialog.history.item(0, 3).text() == "0 added, 0 updated, 1 withdrawn"
    assert dialog.backups.count() == 1 and "Version 1" in dialog.backups.item(0).text()
    qtbot.wait(20)
    dialog.grab().save(str(tmp_path / "catalogue-dialog.png"))

    asked: list[str] = []
    dialog.confirm_restore = lambda what: asked.append(what) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert asked and dialog.version_label.text() == "1"
    with store.read() as conn:
        assert repo.info(conn).version == 1
        assert repo.resource(conn, store.labels, rows[0]["uid"], "en").withdrawn_in is None
    assert kit.user_rows(paths) == user_before
    assert "bookmarks and notes are unchanged" in dialog.message.text()
    store.close()


def test_a_catalogue_never_updated_says_why_history_and_backups_are_empty(
    qtbot, qapp, store
) -> None:  # type: ignore[no-untyped-def]
    dialog = CatalogueDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.history.isVisible() and not dialog.backups.isVisible()
    assert dialog.no_history.isVisible() and dialog.no_backups.isVisible()
    assert dialog.no_history.text().startswith("No catalogue bundle has been imported yet")
    assert dialog.no_backups.text().startswith("No backups yet")
    assert not dialog.restore_button.isEnabled()
    with arabic_installed(qapp):
        assert dialog.no_history.text().startswith("لم تُستورد أي حزمة فهرس بعد")
        assert dialog.no_backups.text().startswith("لا نسخ احتياطية بعد")


def test_import_and_backup_times_read_like_every_date_in_local_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The history stores UTC; the dialog shows the day as every date in Daleel reads, in the
    UI's digits, then the local time (the day is 15 or 16 June in every time zone)."""
    noon_utc = "2026-06-15T12:00:00+00:00"
    set_locale("en")
    assert re.fullmatch(r"1[56] June 2026, \d{2}:\d{2}", _visible(moment_text(noon_utc)))
    set_locale("ar", arabic_digits=True)
    try:
        shown = _visible(moment_text(noon_utc))
    finally:
        set_locale("en")
    assert re.search("^١[٥٦] يونيو ٢٠٢٦، ", shown) and not re.search("[0-9]", shown)
    assert moment_text("not a time") == "not a time"


def _visible(text: str) -> str:
    """`text` without its invisible direction marks and isolates."""
    return re.sub("[\u200e\u200f\u061c\u2066-\u2069]", "", text)
