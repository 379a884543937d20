"""Fixtures of the reliability suite: a data folder with the user's marks, and a signed v2."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage.bundle_keys import KeyPair
from tests.fixtures.bundles import kit

BOOKMARKS = ["calp-2021-sp-covid-ethiopia-brief", "calp-2021-sp-covid-pakistan"]
NOTES = {BOOKMARKS[0]: "ملاحظة: أول وثيقة", BOOKMARKS[1]: "second note"}


@pytest.fixture
def folder(tmp_path: Path, pair: KeyPair) -> DataPaths:
    """A data folder after a first run, trusting `pair`, with bookmarks and notes."""
    data = kit.first_run(tmp_path / "data", pair)
    kit.add_user_marks(data, BOOKMARKS, NOTES)
    return data


@pytest.fixture
def v2_bundle(tmp_path: Path, pair: KeyPair) -> Path:
    """The seed as version 2: the first title revised, one resource added."""
    return build_v2(tmp_path, pair)


def build_v2(tmp_path: Path, pair: KeyPair) -> Path:
    source = kit.seed_source(tmp_path / "src-v2")
    rows = kit.records(source)
    rows[0]["title"] = rows[0]["title"] + " (revised)"
    added = dict(rows[1], uid="calp-2026-9999", title="A resource new in version 2")
    kit.write_records(source, [*rows, added])
    kit.set_meta(source, version=2)
    return kit.build(source, tmp_path / "v2.zip", pair)
