"""Stopping the queries of a search the user has typed past.

The search runs on a worker; when a newer one is asked for, the window calls `interrupt()` from
its own thread. SQLite then stops the statement running on each connection the search holds
(`sqlite3.Connection.interrupt`, ~50 ms at the latest, see the tech notes) and the search ends
with `SearchInterruptedError`, instead of reading the index for an answer nobody will see while the
newer search waits for a core.

SQLite's interrupt only stops the statements running when it comes: one that comes between two
statements is forgotten when the next one starts. So a watched connection also refuses to start
a statement once its search is interrupted (`refuse_statements_once_interrupted`): at most the
statement that was starting at that very moment still runs to its end.

Work that the next search needs too is `shielded`: loading the catalogue's id sets (~1 s at 100k
after an import, id_sets.py) runs to its end even when its search is typed past; otherwise a
user typing steadily would abandon the load at every keystroke and see no result until a pause.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import SearchInterruptedError

INFO_KEY = "daleel.interrupter"  # in Connection.info while a watched read runs


class Interrupter:
    """Held by one search; `interrupt()` may be called from any thread, once or more."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[sqlite3.Connection] = set()
        self._interrupted = False
        self._shields = 0

    @property
    def interrupted(self) -> bool:
        return self._interrupted

    @property
    def stops_statements(self) -> bool:
        """Whether a statement of this search must not start (interrupted, not shielded)."""
        return self._interrupted and not self._shields

    def interrupt(self) -> None:
        with self._lock:
            self._interrupted = True
            if not self._shields:
                for connection in self._running:
                    connection.interrupt()

    @contextmanager
    def shielded(self) -> Iterator[None]:
        """Inside the block, `interrupt()` only marks the search: its statements run to their
        end. The search stops at its first statement after the block."""
        with self._lock:
            self._shields += 1
        try:
            yield
        finally:
            with self._lock:
                self._shields -= 1

    @contextmanager
    def watching(self, conn: Connection) -> Iterator[Connection]:
        """Let `interrupt()` stop what `conn` runs inside the block; a statement it stops
        raises `SearchInterruptedError` out of the block."""
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        with self._lock:
            if self._interrupted:
                raise SearchInterruptedError()
            self._running.add(raw)
        conn.info[INFO_KEY] = self
        try:
            yield conn
        except (DBAPIError, sqlite3.Error) as error:
            # Not only "interrupted": stopped while it opens the word index, SQLite says
            # "vtable constructor failed". A real fault shows again in the next search.
            if self._interrupted:
                raise SearchInterruptedError() from error
            raise
        finally:
            conn.info.pop(INFO_KEY, None)
            with self._lock:
                self._running.discard(raw)


def interrupter_of(conn: Connection) -> Interrupter | None:
    """The interrupter watching `conn`, if any: a helper connection of the same search
    (word_sets.py) is watched by it too."""
    found = conn.info.get(INFO_KEY)
    return found if isinstance(found, Interrupter) else None


def shielded(conn: Connection) -> AbstractContextManager[object]:
    """`Interrupter.shielded` for the search watching `conn`, if any."""
    interrupter = interrupter_of(conn)
    return interrupter.shielded() if interrupter is not None else nullcontext()


def refuse_statements_once_interrupted(engine: Engine) -> None:
    """On `engine`, a statement asked for by a search that was interrupted raises
    `SearchInterruptedError` instead of starting."""

    @event.listens_for(engine, "before_cursor_execute")
    def _refuse(conn: Connection, *_statement: Any) -> None:
        interrupter = interrupter_of(conn)
        if interrupter is not None and interrupter.stops_statements:
            raise SearchInterruptedError()
