"""File ▸ Import…: the dialog checks a bundle with progress, previews it, applies it on the
user's word, asks before trusting an unsigned bundle, and a cancelled import changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import resources_repo as repo
from desktop.storage.bundle_keys import KeyPair
from desktop.storage.store import Store, open_store
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.i18n import percent_text, set_language
from tests.fixtures.bundles import kit


@pytest.fixture
def paths(tmp_path: Path, pair: KeyPair) -> DataPaths:
    return kit.first_run(tmp_path / "data", pair)


def _v2(tmp_path: Path, pair: KeyPair | None) -> Path:
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    rows[0]["title"] = "Ethiopia brief, second edition"
    kit.write_records(source, rows[:-1])
    kit.set_meta(source, version=2)
    return kit.build(source, tmp_path / "v2.zip", pair)


@contextmanager
def import_dialog(qtbot, paths: DataPaths, bundle: Path) -> Iterator[tuple[Store, ImportDialog]]:  # type: ignore[no-untyped-def]
    """File ▸ Import… on `bundle`, over the catalogue of `paths`; the dialog's worker and the
    store are closed when the block ends."""
    store = open_store(paths, shipped_catalogue())
    dialog = ImportDialog(store, bundle)
    qtbot.addWidget(dialog)
    try:
        yield store, dialog
    finally:
        dialog.controller.close()
        store.close()


def _version(store: Store) -> int:
    with store.read() as conn:
        return repo.info(conn).version


def test_import_through_the_dialog_with_progress(
    qtbot, paths: DataPaths, pair: KeyPair, tmp_path: Path, lang: str
) -> None:
    with import_dialog(qtbot, paths, _v2(tmp_path, pair)) as (store, dialog):
        stages: list[tuple[str, int]] = []
        dialog.controller.progressed.connect(lambda s, p: stages.append((s, p)))
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
        assert [s for s, _ in stages][0] == "safety" and ("preview", 100) in stages
        assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
        digits = "١" if lang == "ar" else "1"
        assert digits in dialog.summary.text()  # the counts, in the UI language's digits
        # the bundle's title and publisher keep their own direction
        first_line = dialog.summary.text().splitlines()[0]
        assert first_line.count("\u2068") == first_line.count("\u2069") == 2
        qtbot.wait(50)  # let the layout settle before the picture
        dialog.grab().save(str(tmp_path / f"import-preview-{lang}.png"))
        with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
            dialog.import_button.click()
        counts = imported.args[0].counts
        assert counts == {"added": 0, "updated": 1, "withdrawn": 1, "unchanged": 11}
        assert dialog.state == "done" and dialog.progress.value() == 100
        assert _version(store) == 2


def test_cancel_at_the_preview_leaves_the_catalogue_unchanged(
    qtbot, paths: DataPaths, pair: KeyPair, tmp_path: Path
) -> None:
    bundle = _v2(tmp_path, pair)
    before = kit.digests(paths)
    with import_dialog(qtbot, paths, bundle) as (_, dialog):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
        with qtbot.waitSignal(dialog.controller.cancelled, timeout=5_000):
            dialog.cancel_button.click()
        assert dialog.state == "cancelled" and "Nothing was changed" in dialog.message.text()
    assert kit.digests(paths) == before


def test_cancel_while_checking_leaves_the_catalogue_unchanged(
    qtbot, paths: DataPaths, pair: KeyPair, tmp_path: Path
) -> None:
    bundle = _v2(tmp_path, pair)
    before = kit.digests(paths)
    with import_dialog(qtbot, paths, bundle) as (_, dialog):
        with qtbot.waitSignal(dialog.controller.cancelled, timeout=10_000):
            dialog.start()
            dialog.cancel_button.click()  # the worker stops at its next check
        assert dialog.state == "cancelled"
    assert kit.digests(paths) == before


def test_an_unsigned_bundle_needs_the_users_trust(
    qtbot, paths: DataPaths, tmp_path: Path, lang: str
) -> None:
    with import_dialog(qtbot, paths, _v2(tmp_path, None)) as (store, dialog):
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.state == "consent", timeout=10_000)
        assert dialog.trust_button.isVisible() and not dialog.import_button.isVisible()
        qtbot.wait(50)
        dialog.grab().save(str(tmp_path / f"import-consent-{lang}.png"))
        dialog.trust_button.click()
        qtbot.waitUntil(lambda: dialog.state == "preview", timeout=10_000)
        assert _version(store) == 1  # nothing applied before the user says Import


def test_a_damaged_bundle_is_explained(qtbot, paths: DataPaths, tmp_path: Path) -> None:
    bundle = tmp_path / "broken.zip"
    bundle.write_text("not a zip")
    with import_dialog(qtbot, paths, bundle) as (_, dialog):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.state == "failed", timeout=10_000)
        assert "not a zip file" in dialog.message.text()
        assert dialog.cancel_button.text() == "Close"


@pytest.mark.parametrize(
    ("ui_lang", "arabic_digits", "shown"),
    [("en", False, "40%"), ("ar", False, "40\u200e%\u200e"), ("ar", True, "٤٠٪\u061c")],
)
def test_the_progress_bar_writes_its_percentage_as_the_tracker_does(
    qtbot, qapp, paths: DataPaths, pair: KeyPair, tmp_path: Path, ui_lang, arabic_digits, shown
) -> None:  # type: ignore[no-untyped-def]
    set_language(qapp, ui_lang, arabic_digits)
    try:
        with import_dialog(qtbot, paths, _v2(tmp_path, pair)) as (_store, dialog):
            dialog.progress.setValue(40)
            assert dialog.progress.text() == shown == percent_text(40)
    finally:
        set_language(qapp, "en")
