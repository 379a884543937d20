"""The user's file on its own connection: user-data writes never touch the catalogue.

The catalogue engine (`engine.py`) ATTACHes `userdata.db` as `ud` for read joins. Writes go
through `UserData`, whose connections open an in-memory main database and ATTACH only
`userdata.db`, again as `ud`: the same SQL (`ud.notes`, …) runs on either connection, and a
`BEGIN IMMEDIATE` here locks the user's file alone, so a catalogue import running at the same
time is never blocked or written by a note being saved (see docs/decisions.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.domain.text import index_text
from desktop.paths import DataPaths
from desktop.storage.engine import USERDATA_SCHEMA, write_transaction
from desktop.storage.migrations import USERDATA_MIGRATIONS, migrate

BUSY_TIMEOUT_S = 10.0


class UserData:
    """Reads and writes of `userdata.db` alone, tables under the schema name `ud`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = _engine(path)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction on the user's file, its write lock taken at once."""
        with write_transaction(self.engine, self.path) as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def open_userdata(paths: DataPaths) -> UserData:
    """The data folder's user file, migrated, with every note in the search index."""
    migrate(paths.userdata, USERDATA_MIGRATIONS, paths.backups)
    userdata = UserData(paths.userdata)
    index_pending(userdata)
    return userdata


def index_pending(userdata: UserData) -> int:
    """Index the notes missing from the search index; returns how many (any thread)."""
    with userdata.read() as conn:
        missing = _unindexed_notes(conn)
    for note_id in missing:
        with userdata.read() as conn:
            row = conn.exec_driver_sql("SELECT body FROM ud.notes WHERE id = ?", (note_id,)).first()
        if row is None:
            continue
        exact, stem = index_text(row[0])  # the slow part, outside any write lock
        with userdata.write() as conn:
            still = conn.exec_driver_sql("SELECT body FROM ud.notes WHERE id = ?", (note_id,))
            if still.scalar() == row[0]:
                _put_index(conn, note_id, exact, stem)
    return len(missing)


def _unindexed_notes(conn: Connection) -> list[int]:
    sql = "SELECT id FROM ud.notes WHERE id NOT IN (SELECT rowid FROM ud.notes_fts)"
    return [row[0] for row in conn.exec_driver_sql(sql)]


def index_note(conn: Connection, note_id: int) -> None:
    """(Re)index one note's body; a note in the trash or gone is removed from the index."""
    conn.exec_driver_sql("DELETE FROM ud.notes_fts WHERE rowid = ?", (note_id,))
    row = conn.exec_driver_sql("SELECT body FROM ud.notes WHERE id = ?", (note_id,)).first()
    if row is not None:
        _put_index(conn, note_id, *index_text(row[0]))


def _put_index(conn: Connection, note_id: int, exact: str, stem: str) -> None:
    conn.exec_driver_sql("DELETE FROM ud.notes_fts WHERE rowid = ?", (note_id,))
    conn.exec_driver_sql(
        "INSERT INTO ud.notes_fts (rowid, body, body_stem) VALUES (?, ?, ?)",
        (note_id, exact, stem),
    )


def _engine(path: Path) -> Engine:
    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(
            ":memory:", check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S
        )
        conn.execute(f"ATTACH DATABASE ? AS {USERDATA_SCHEMA}", (str(path),))
        conn.execute(f"PRAGMA {USERDATA_SCHEMA}.journal_mode = WAL")
        conn.execute(f"PRAGMA {USERDATA_SCHEMA}.synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
