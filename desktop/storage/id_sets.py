"""Sets of resource ids held in memory, for instant facet counts and sorting at 100k resources.

A set of ids is a Python int used as a bitmap with one *byte* per id (byte i is 1 when id i is
in the set): it is built from a list of ids at C speed (`bytearray` + `int.from_bytes`), two
sets intersect with `&`, and `bit_count()` is the size of a set. At 100,000 resources a set is
100 kB, and counting every facet value among the matches takes a few milliseconds (the same in
SQL with a temporary table took 70-170 ms, and grew quadratically with facet selections).

The snapshot (one per catalogue file) holds the set of live resources, the set of each facet
value, and every resource id in each sort order. It is read once (~0.5 s at 100k) and read again
only when the catalogue changes (its id, version or highest resource id).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat

from sqlalchemy import Connection

from desktop.domain.filters import Sort
from desktop.domain.models import TAG, Facet

IdSet = int


def parse_ids(joined: str | None) -> list[int]:
    """Ids from SQLite's `group_concat(id)` (one string: far faster than one row per id)."""
    return list(map(int, joined.split(","))) if joined else []


def fetch_ids(conn: Connection, sql: str, params: Sequence[object] = ()) -> list[int]:
    """The ids a one-column query returns, fetched as one `group_concat` string."""
    row = conn.exec_driver_sql(f"SELECT group_concat(id) FROM ({sql})", tuple(params)).first()
    return parse_ids(row[0] if row else None)


@dataclass(frozen=True)
class Snapshot:
    """The catalogue's facet values and sort orders as id sets and id lists."""

    token: tuple[object, ...]
    size: int  # highest id + 1
    every: IdSet  # every resource, withdrawn ones included
    live: IdSet  # resources not withdrawn
    orders: dict[Sort, list[int]]  # every resource id, in each order (withdrawn included)
    values: dict[str, dict[str, IdSet]]  # facet → value → the resources that have it

    def id_set(self, ids: Iterable[int]) -> IdSet:
        flags = bytearray(self.size)
        ids = ids if isinstance(ids, list) else list(ids)
        try:
            deque(map(flags.__setitem__, ids, repeat(1)), maxlen=0)
        except IndexError:  # an id newer than the snapshot: it is in no order, leave it out
            for i in ids:
                if 0 <= i < self.size:
                    flags[i] = 1
        return int.from_bytes(flags, "little")

    def flags(self, ids: IdSet) -> bytes:
        return ids.to_bytes(self.size, "little")

    def ordered(self, ids: IdSet, sort: Sort) -> list[int]:
        """The members of `ids`, in the order `sort` (RELEVANCE means newest first here)."""
        order = self.orders[Sort.NEWEST if sort is Sort.RELEVANCE else sort]
        flags = self.flags(ids)
        return list(compress(order, map(flags.__getitem__, order)))

    def selected(self, facet: str, values: Iterable[str]) -> IdSet:
        """Resources having any of `values` (alternatives within a facet)."""
        known = self.values.get(facet, {})
        result = 0
        for value in values:
            result |= known.get(value, 0)
        return result

    def counts(self, facet: str, among: IdSet) -> dict[str, int]:
        """How many of `among` have each value of `facet` (values with none are left out)."""
        result = {}
        for value, members in self.values.get(facet, {}).items():
            count = (members & among).bit_count()
            if count:
                result[value] = count
        return result


_lock = threading.Lock()
_cache: dict[str, Snapshot] = {}


def snapshot(conn: Connection) -> Snapshot:
    """The snapshot of the catalogue `conn` reads, loaded again when the catalogue changed."""
    key = str(conn.engine.url.database)
    token = _token(conn)
    with _lock:
        found = _cache.get(key)
        if found is not None and found.token == token:
            return found
    loaded = _load(conn, token)
    with _lock:
        _cache.clear()  # one catalogue at a time: a stale one is only memory
        _cache[key] = loaded
    return loaded


def forget() -> None:
    """Drop every snapshot (after a catalogue file was replaced behind the engine's back)."""
    with _lock:
        _cache.clear()


def _token(conn: Connection) -> tuple[object, ...]:
    info = tuple(conn.exec_driver_sql("SELECT key, value FROM catalogue_info ORDER BY key"))
    top = conn.exec_driver_sql("SELECT max(id) FROM resources").first()
    return (info, tuple(top) if top else ())


def _load(conn: Connection, token: tuple[object, ...]) -> Snapshot:
    query = "SELECT id, published, title_key, withdrawn_in FROM resources"
    rows: list[tuple[int, str | None, str, int | None]] = [
        (r[0], r[1], r[2], r[3]) for r in conn.exec_driver_sql(query)
    ]
    size = max((r[0] for r in rows), default=0) + 1
    empty = Snapshot(token, size, 0, 0, {}, {})
    every = empty.id_set(r[0] for r in rows)
    live = empty.id_set(r[0] for r in rows if r[3] is None)
    return Snapshot(token, size, every, live, _orders(rows), _values(conn, empty))


def _orders(rows: list[tuple[int, str | None, str, int | None]]) -> dict[Sort, list[int]]:
    """The orders search.py's SQL gives: NULL dates last, then title key (then id)."""
    by_title = sorted(rows, key=lambda r: (r[2], r[0]))
    newest = sorted(by_title, key=lambda r: r[1] or "", reverse=True)  # stable: "" (NULL) last
    dated = [r for r in by_title if r[1] is not None]
    oldest = sorted(dated, key=lambda r: r[1] or "") + [r for r in by_title if r[1] is None]
    return {
        Sort.TITLE: [r[0] for r in by_title],
        Sort.NEWEST: [r[0] for r in newest],
        Sort.OLDEST: [r[0] for r in oldest],
    }


def _values(conn: Connection, empty: Snapshot) -> dict[str, dict[str, IdSet]]:
    sql = (
        "SELECT facet, value, group_concat(resource_id) FROM resource_values "
        "WHERE facet != ? GROUP BY facet, value"
    )
    values: dict[str, dict[str, IdSet]] = {facet.value: {} for facet in Facet}
    for facet, value, joined in conn.exec_driver_sql(sql, (TAG,)):
        values.setdefault(facet, {})[value] = empty.id_set(parse_ids(joined))
    return values
