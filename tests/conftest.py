"""Shared fixtures: a temporary data folder holding a real copy of the shipped catalogue."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import hashlib  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.paths import DataPaths, shipped_catalogue  # noqa: E402
from desktop.storage.bundle_keys import KeyPair, generate_keypair  # noqa: E402
from desktop.storage.store import Store, open_store  # noqa: E402
from desktop.storage.userdata_db import UserData, open_userdata  # noqa: E402
from tests.fixtures.browser import Browser  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def shipped_catalogue_is_never_written() -> Iterator[None]:
    """The app only ever reads the shipped resources.db: no test may change a byte of it."""
    before = hashlib.sha256(shipped_catalogue().read_bytes()).hexdigest()
    yield
    after = hashlib.sha256(shipped_catalogue().read_bytes()).hexdigest()
    assert after == before, "something wrote to the shipped resources.db"


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    opened = open_store(data_paths, shipped_catalogue())
    yield opened
    opened.close()


@pytest.fixture
def userdata(store: Store, data_paths: DataPaths) -> Iterator[UserData]:
    """The user's file of the `store` fixture's data folder, opened on its own."""
    opened = open_userdata(data_paths)
    yield opened
    opened.close()


@pytest.fixture
def pair(tmp_path: Path) -> KeyPair:
    """A publisher's key pair, to sign test bundles with (kit.first_run trusts it)."""
    return generate_keypair(tmp_path / "keys", "publisher")


@pytest.fixture
def browser(qapp: QApplication) -> Iterator[Browser]:
    """Stands in for the web browser and the file opener: records the links Qt would open."""
    receiver = Browser()
    receiver.install()
    yield receiver
    receiver.uninstall()
