"""Damaged bundles, byte by byte: the reader refuses them with a bundle error, never another
exception, and never writes outside its temporary folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.bundles import BundleError, Limits
from desktop.storage.bundle_import import Options, open_bundle
from tests.fixtures.bundles import kit


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    source = kit.seed_source(folder / "src")
    return kit.build(source, folder / "seed.zip").read_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_bytes_are_refused_cleanly(
    bundle: bytes, tmp_path: Path, data: st.DataObject
) -> None:
    damaged = bytearray(bundle)
    for _ in range(data.draw(st.integers(1, 8))):
        index = data.draw(st.integers(0, len(damaged) - 1))
        damaged[index] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    path = work / "damaged.zip"
    path.write_bytes(bytes(damaged))
    try:
        opened = open_bundle(path, Options(allow_untrusted=True, limits=Limits()), work)
    except BundleError:
        pass  # refused, with a message for the user
    else:
        opened.close()  # the damage missed everything that matters (e.g. a zip comment)
    assert sorted(p.name for p in work.iterdir()) == ["damaged.zip"]
