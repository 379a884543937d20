"""The set of resources each FTS5 term expression matches, kept, and looked up two at a time.

A query is an AND of terms (a word in its exact form or its stems, or a phrase; see
`search._term_expression`). Each term's set is kept with the catalogue's snapshot, so a
keystroke asks SQLite only for what the previous keystrokes did not: typing "mobile money
transfers" looks up "transfers" alone, the two words before it are known.

Terms not known yet are looked up by two threads, each on its own connection: SQLite releases
the GIL while it reads the index, so on two cores the title sets (for ranking) and the text
sets of a query cost about the time of the longest, not their sum. Asking for each term apart
costs no more than one AND of them: FTS5's cost is per matching row of each term either way.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Connection, Engine

from desktop.storage.id_sets import IdSet, Snapshot, catalogue_token, fetch_ids

FTS_IDS = "SELECT rowid AS id FROM resource_fts WHERE resource_fts MATCH ?"
KEPT = 96  # term sets per catalogue snapshot: ~12.5 kB each at 100k resources

_helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="daleel-fts")
_lock = threading.Lock()
_kept: weakref.WeakKeyDictionary[Snapshot, OrderedDict[str, IdSet]] = weakref.WeakKeyDictionary()


def get(conn: Connection, snap: Snapshot, terms: Sequence[str]) -> dict[str, IdSet]:
    """The set of each term, from what is kept or asked of SQLite (two at a time)."""
    found = {term: known for term in terms if (known := _recall(snap, term)) is not None}
    missing = list(dict.fromkeys(a for a in terms if a not in found))
    if missing:
        found.update(_look_up(conn, snap, missing))
        for term in missing:
            _remember(snap, term, found[term])
    return found


def forget() -> None:
    """Drop every kept set (tests and benchmarks that time a first lookup)."""
    with _lock:
        _kept.clear()


def _recall(snap: Snapshot, term: str) -> IdSet | None:
    with _lock:
        kept = _kept.get(snap)
        if kept is None or term not in kept:
            return None
        kept.move_to_end(term)
        return kept[term]


def _remember(snap: Snapshot, term: str, members: IdSet) -> None:
    with _lock:
        kept = _kept.setdefault(snap, OrderedDict())
        kept[term] = members
        while len(kept) > KEPT:
            kept.popitem(last=False)


def _look_up(conn: Connection, snap: Snapshot, terms: list[str]) -> dict[str, IdSet]:
    pending, results = list(terms), {}
    pending_lock = threading.Lock()

    def work(reader: Connection) -> None:
        while True:
            with pending_lock:
                if not pending:
                    return
                term = pending.pop()
            results[term] = snap.id_set(fetch_ids(reader, FTS_IDS, (term,)))

    helping = (
        _helper.submit(_on_own_connection, conn.engine, snap, work) if len(terms) > 1 else None
    )
    work(conn)
    if helping is not None and not helping.cancel():  # not started: nothing left for it
        helping.result()
    return results


def _on_own_connection(engine: Engine, snap: Snapshot, work: Callable[[Connection], None]) -> None:
    """Run `work` on a second connection, if it reads the same catalogue as the snapshot."""
    database = engine.url.database
    if not database or database == ":memory:":
        return
    with engine.begin() as reader:
        if catalogue_token(reader) == snap.token:  # an import may have committed since
            work(reader)
