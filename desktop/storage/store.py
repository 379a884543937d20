"""Opening a data folder: first-run copy of the shipped catalogue, migrations, the engine."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from desktop.domain.errors import (
    CatalogueMissingError,
    DataDirNotWritableError,
)
from desktop.paths import DataPaths
from desktop.storage.catalogue_writer import rebuild_index, search_index_is_current
from desktop.storage.engine import catalogue_engine, write_transaction
from desktop.storage.interrupts import Interrupter
from desktop.storage.labels import LabelCache
from desktop.storage.migrations import CATALOGUE_MIGRATIONS, USERDATA_MIGRATIONS, migrate
from desktop.storage.recovery import raise_if_damaged


class Store:
    """The open catalogue (with the user's file attached) of one data folder."""

    def __init__(self, paths: DataPaths, engine: Engine, write_engine: Engine) -> None:
        self.paths = paths
        self.engine = engine
        # Writers get a connection WITHOUT the user's file attached: BEGIN IMMEDIATE takes the
        # write lock of every attached file, so an import would otherwise block note saves.
        self.write_engine = write_engine
        self.labels = LabelCache()

    @contextmanager
    def read(self, interrupter: Interrupter | None = None) -> Iterator[Connection]:
        """A connection for reading; one snapshot for the whole block. With `interrupter`,
        another thread may stop the block's queries (a search typed past)."""
        with self.engine.begin() as conn:
            if interrupter is None:
                yield conn
            else:
                with interrupter.watching(conn):
                    yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction that takes the lock at once (BEGIN IMMEDIATE)."""
        with write_transaction(self.write_engine, self.paths.catalogue) as conn:
            yield conn
        self.labels.clear()

    def close(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()


def open_store(paths: DataPaths, shipped: Path) -> Store:
    """Open (creating on first run) the data folder's catalogue and user data."""
    ensure_data_dir(paths.root)
    if not paths.catalogue.exists():
        install_catalogue(shipped, paths.catalogue)
    raise_if_damaged(paths)  # typed errors for damage at start (desktop/storage/recovery.py)
    migrate(paths.catalogue, CATALOGUE_MIGRATIONS, paths.backups)
    migrate(paths.userdata, USERDATA_MIGRATIONS, paths.backups)
    store = Store(
        paths,
        catalogue_engine(paths.catalogue, paths.userdata),
        catalogue_engine(paths.catalogue),
    )
    refresh_search_index(store)
    return store


def refresh_search_index(store: Store) -> None:
    """Re-index a catalogue whose index was built by older search code (decisions.md)."""
    with store.read() as conn:
        if search_index_is_current(conn):
            return
    with store.write() as conn:
        rebuild_index(conn)


def ensure_data_dir(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirNotWritableError(path=str(root)) from error
    if not os.access(root, os.W_OK):
        raise DataDirNotWritableError(path=str(root))


def install_catalogue(shipped: Path, target: Path) -> None:
    """Copy the shipped catalogue into the data folder; the shipped file is only read."""
    if not shipped.exists():
        raise CatalogueMissingError(path=str(shipped))
    partial = target.with_suffix(".db.part")
    shutil.copyfile(shipped, partial)
    os.replace(partial, target)
