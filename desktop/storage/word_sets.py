"""The set of resources each FTS5 word expression matches, kept, and looked up two at a time.

A query is an AND of terms, and a term the union of its "atoms": its exact form in the text
columns, each of its stems in the stem columns (`search._term_atoms`). Each atom's set is kept
with the catalogue's snapshot, so a keystroke asks SQLite only for what the previous keystrokes
did not: typing "mobile money transfers" after "mobile money transfer" looks up the exact form
"transfers" alone; "mobile", "money" and the stem "transfer" are known.

Atoms not known yet are looked up by two threads, each on its own connection: SQLite releases
the GIL while it reads the index, so on two cores the title atoms (for ranking) and the text
atoms of a query cost about the time of the longest half, not their sum. A stem spelled as
the word itself is one atom over both kinds of column. Measured at 100k resources (CPU, one
thread): a word's atoms cost 1.1-1.4× one expression of them all when nothing is known, and
half of that or less once its stem is known.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext

from sqlalchemy import Connection, Engine

from desktop.domain.errors import SearchInterruptedError
from desktop.storage.id_sets import IdSet, Snapshot, catalogue_token, fetch_ids
from desktop.storage.interrupts import Interrupter, interrupter_of

log = logging.getLogger(__name__)

FTS_IDS = "SELECT rowid AS id FROM resource_fts WHERE resource_fts MATCH ?"
KEPT = 96  # atoms per catalogue snapshot: ~12.5 kB each at 100k resources

_helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="daleel-fts")
_lock = threading.Lock()
_kept: weakref.WeakKeyDictionary[Snapshot, OrderedDict[str, IdSet]] = weakref.WeakKeyDictionary()


def get(conn: Connection, snap: Snapshot, atoms: Sequence[str]) -> dict[str, IdSet]:
    """The set of each atom, from what is kept or asked of SQLite (two at a time)."""
    found = {atom: known for atom in atoms if (known := _recall(snap, atom)) is not None}
    missing = list(dict.fromkeys(a for a in atoms if a not in found))
    if missing:
        found.update(_look_up(conn, snap, missing))
        for atom in missing:
            _remember(snap, atom, found[atom])
    return found


def forget() -> None:
    """Drop every kept set (tests and benchmarks that time a first lookup)."""
    with _lock:
        _kept.clear()


def _recall(snap: Snapshot, atom: str) -> IdSet | None:
    with _lock:
        kept = _kept.get(snap)
        if kept is None or atom not in kept:
            return None
        kept.move_to_end(atom)
        return kept[atom]


def _remember(snap: Snapshot, atom: str, members: IdSet) -> None:
    with _lock:
        kept = _kept.setdefault(snap, OrderedDict())
        kept[atom] = members
        while len(kept) > KEPT:
            kept.popitem(last=False)


def _look_up(conn: Connection, snap: Snapshot, atoms: list[str]) -> dict[str, IdSet]:
    pending, results = list(atoms), {}
    pending_lock = threading.Lock()

    def work(reader: Connection) -> None:
        while True:
            with pending_lock:
                if not pending:
                    return
                atom = pending.pop()
            try:
                results[atom] = snap.id_set(fetch_ids(reader, FTS_IDS, (atom,)))
            except BaseException:
                with pending_lock:
                    pending.append(atom)  # left for the first connection, which reports errors
                raise

    interrupter = interrupter_of(conn)
    helping = (
        _helper.submit(_on_own_connection, conn.engine, snap, interrupter, work)
        if len(atoms) > 1
        else None
    )
    try:
        work(conn)
        if helping is not None and not helping.cancel():  # not started: nothing left for it
            helping.result()
            work(conn)  # what the helper gave back: it failed, or its search was interrupted
    except BaseException:
        with pending_lock:
            pending.clear()  # the search ends here: the helper starts nothing more
        if helping is not None:
            helping.cancel()
        raise
    return results


def _on_own_connection(
    engine: Engine,
    snap: Snapshot,
    interrupter: Interrupter | None,
    work: Callable[[Connection], None],
) -> None:
    """Run `work` on a second connection, if it reads the same catalogue as the snapshot.

    Only a help: whatever fails here is left to the first connection, which does the rest. The
    search's interrupter, if any, stops this connection's queries too.
    """
    database = engine.url.database
    if not database or database == ":memory:":
        return
    try:
        with engine.begin() as reader, _watched(reader, interrupter):
            if catalogue_token(reader) == snap.token:  # an import may have committed since
                work(reader)
    except SearchInterruptedError:
        pass
    except Exception:
        log.info("a second connection could not help a search", exc_info=True)


def _watched(conn: Connection, interrupter: Interrupter | None) -> AbstractContextManager[object]:
    return interrupter.watching(conn) if interrupter is not None else nullcontext()
