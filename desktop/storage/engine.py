"""Engines for the catalogue file with the user's file attached, and their PRAGMAs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from desktop.storage.interrupts import refuse_statements_once_interrupted
from desktop.storage.recovery import raise_if_disk_full

USERDATA_SCHEMA = "ud"


def catalogue_engine(catalogue: Path, userdata: Path | None = None) -> Engine:
    """An engine on the catalogue; `userdata`, when given, is ATTACHed as `ud` for joins.

    The driver's own transaction handling is switched off so that writers can say
    `BEGIN IMMEDIATE` (see `write_transaction`, below) and take the lock before reading.
    """
    engine = create_engine(
        f"sqlite+pysqlite:///{catalogue}",
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        _configure(dbapi_conn)
        if userdata is not None:
            dbapi_conn.execute(f"ATTACH DATABASE ? AS {USERDATA_SCHEMA}", (str(userdata),))
            dbapi_conn.execute(f"PRAGMA {USERDATA_SCHEMA}.journal_mode = WAL")
            dbapi_conn.execute(f"PRAGMA {USERDATA_SCHEMA}.synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    refuse_statements_once_interrupted(engine)
    return engine


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Measured at 100k resources (docs/performance.md): a 256 MB memory map made no query faster
    # but added its touched pages (~110 MB) to the resident size; 8-32 MB of page cache per
    # connection gave the same FTS times.
    conn.execute("PRAGMA cache_size = -16000")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA temp_store = MEMORY")


@contextmanager
def write_transaction(engine: Engine, path: Path) -> Iterator[Connection]:
    """One transaction on `engine` that takes the write lock at once (BEGIN IMMEDIATE); rolled
    back on error, and a full disk under `path` gets its own message."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
    except DBAPIError as error:
        raise_if_disk_full(error, path)
        raise
