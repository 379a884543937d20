"""Bookmarks, collections, personal tags and reading state, keyed by a resource's stable uid.

Every function takes a connection on which the user's tables are the schema `ud`: for writes,
`UserData.write()` (userdata_db.py), which never locks the catalogue; for reads either that or
the catalogue's `Store.read()`. Notes live in userdata_notes.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection

from desktop.domain.userdata import (
    Bookmark,
    Collection,
    ReadingState,
    ResourceMarks,
    UnknownCollectionError,
    now_iso,
)
from desktop.storage.in_lists import rows_in

# --- bookmarks --------------------------------------------------------------------------


def set_bookmarked(conn: Connection, uid: str, bookmarked: bool, at: str | None = None) -> bool:
    """Star or unstar a resource; returns whether anything changed."""
    if bookmarked:
        sql = "INSERT OR IGNORE INTO ud.bookmarks (uid, created_at) VALUES (?, ?)"
        return _changed(conn, sql, (uid, at or now_iso()))
    return _changed(conn, "DELETE FROM ud.bookmarks WHERE uid = ?", (uid,))


def set_many_bookmarked(conn: Connection, uids: Iterable[str], at: str | None = None) -> None:
    stamp = at or now_iso()
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO ud.bookmarks (uid, created_at) VALUES (?, ?)",
        [(uid, stamp) for uid in uids],
    )


def is_bookmarked(conn: Connection, uid: str) -> bool:
    sql = "SELECT 1 FROM ud.bookmarks WHERE uid = ?"
    return conn.exec_driver_sql(sql, (uid,)).first() is not None


def bookmarks(conn: Connection) -> list[Bookmark]:
    sql = "SELECT uid, created_at FROM ud.bookmarks ORDER BY created_at DESC, uid"
    return [Bookmark(*row) for row in conn.exec_driver_sql(sql)]


def bookmarked_uids(conn: Connection, uids: Sequence[str]) -> set[str]:
    """Which of `uids` are starred (for painting a page of list rows)."""
    return _subset(conn, "SELECT uid FROM ud.bookmarks WHERE uid IN ({marks})", uids)


# --- collections ------------------------------------------------------------------------


def create_collection(conn: Connection, name: str, uid: str | None = None) -> Collection:
    stamp = now_iso()
    position = conn.exec_driver_sql(
        "SELECT coalesce(max(position), 0) + 1 FROM ud.collections"
    ).scalar_one()
    new_id = conn.exec_driver_sql(
        "INSERT INTO ud.collections (uid, name, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        (uid or uuid.uuid4().hex, name.strip(), position, stamp, stamp),
    ).scalar_one()
    return collection(conn, int(new_id))


def collection(conn: Connection, collection_id: int) -> Collection:
    found = [c for c in collections(conn) if c.id == collection_id]
    if not found:
        raise UnknownCollectionError(id=collection_id)
    return found[0]


def collections(conn: Connection) -> list[Collection]:
    """Every collection, in the user's order, with the number of resources in it."""
    sql = (
        "SELECT c.id, c.uid, c.name, c.position, c.created_at, c.updated_at, "
        "(SELECT count(*) FROM ud.collection_items i WHERE i.collection_id = c.id) "
        "FROM ud.collections c ORDER BY c.position, c.id"
    )
    return [Collection(*row) for row in conn.exec_driver_sql(sql)]


def rename_collection(conn: Connection, collection_id: int, name: str) -> None:
    sql = "UPDATE ud.collections SET name = ?, updated_at = ? WHERE id = ?"
    if not _changed(conn, sql, (name.strip(), now_iso(), collection_id)):
        raise UnknownCollectionError(id=collection_id)


def delete_collection(conn: Connection, collection_id: int) -> tuple[Collection, list[str]]:
    """Remove a collection; returns it and its members, so that undo can bring them back."""
    found = collection(conn, collection_id)
    members = collection_members(conn, collection_id)
    conn.exec_driver_sql("DELETE FROM ud.collection_items WHERE collection_id = ?", (found.id,))
    conn.exec_driver_sql("DELETE FROM ud.collections WHERE id = ?", (found.id,))
    return found, members


def restore_collection(conn: Connection, saved: Collection, members: Sequence[str]) -> Collection:
    """Put back a collection removed by `delete_collection`, under its old id and uid."""
    conn.exec_driver_sql(
        "INSERT INTO ud.collections (id, uid, name, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (saved.id, saved.uid, saved.name, saved.position, saved.created_at, saved.updated_at),
    )
    for uid in members:
        set_in_collection(conn, saved.id, uid, True)
    return collection(conn, saved.id)


def set_in_collection(conn: Connection, collection_id: int, uid: str, member: bool) -> bool:
    if member:
        collection(conn, collection_id)
        sql = "INSERT OR IGNORE INTO ud.collection_items (collection_id, uid, added_at) "
        return _changed(conn, sql + "VALUES (?, ?, ?)", (collection_id, uid, now_iso()))
    sql = "DELETE FROM ud.collection_items WHERE collection_id = ? AND uid = ?"
    return _changed(conn, sql, (collection_id, uid))


def collection_members(conn: Connection, collection_id: int) -> list[str]:
    sql = "SELECT uid FROM ud.collection_items WHERE collection_id = ? ORDER BY added_at, uid"
    return [row[0] for row in conn.exec_driver_sql(sql, (collection_id,))]


def collections_of(conn: Connection, uid: str) -> frozenset[int]:
    sql = "SELECT collection_id FROM ud.collection_items WHERE uid = ?"
    return frozenset(row[0] for row in conn.exec_driver_sql(sql, (uid,)))


# --- personal tags ----------------------------------------------------------------------


def set_tags(conn: Connection, uid: str, tags: Iterable[str]) -> tuple[str, ...]:
    """Replace a resource's personal tags; returns the previous ones (for undo)."""
    before = tags_of(conn, uid)
    wanted = {t.strip() for t in tags if t.strip()}
    stamp = now_iso()
    for tag in set(before) - wanted:
        conn.exec_driver_sql("DELETE FROM ud.resource_tags WHERE uid = ? AND tag = ?", (uid, tag))
    for tag in wanted - set(before):
        conn.exec_driver_sql(
            "INSERT INTO ud.resource_tags (uid, tag, created_at) VALUES (?, ?, ?)",
            (uid, tag, stamp),
        )
    return before


def tags_of(conn: Connection, uid: str) -> tuple[str, ...]:
    sql = "SELECT tag FROM ud.resource_tags WHERE uid = ? ORDER BY tag"
    return tuple(row[0] for row in conn.exec_driver_sql(sql, (uid,)))


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    """Every personal tag with the number of resources carrying it."""
    sql = "SELECT tag, count(*) FROM ud.resource_tags GROUP BY tag ORDER BY count(*) DESC, tag"
    return [(row[0], row[1]) for row in conn.exec_driver_sql(sql)]


# --- reading state ----------------------------------------------------------------------


def set_reading_state(conn: Connection, uid: str, state: ReadingState) -> ReadingState:
    """Set a resource's reading state; returns the previous one (for undo)."""
    before = reading_state(conn, uid)[0]
    conn.exec_driver_sql(
        "INSERT INTO ud.reading_state (uid, state, last_opened, updated_at) "
        "VALUES (?, ?, NULL, ?) ON CONFLICT (uid) DO UPDATE SET "
        "state = excluded.state, updated_at = excluded.updated_at",
        (uid, ReadingState(state).value, now_iso()),
    )
    return before


def mark_opened(conn: Connection, uid: str, at: str | None = None) -> None:
    """Record that the user opened a resource now (its reading state is left as it is)."""
    stamp = at or now_iso()
    conn.exec_driver_sql(
        "INSERT INTO ud.reading_state (uid, state, last_opened, updated_at) "
        "VALUES (?, 'unread', ?, ?) ON CONFLICT (uid) DO UPDATE SET "
        "last_opened = excluded.last_opened",
        (uid, stamp, stamp),
    )


def reading_state(conn: Connection, uid: str) -> tuple[ReadingState, str | None]:
    sql = "SELECT state, last_opened FROM ud.reading_state WHERE uid = ?"
    row = conn.exec_driver_sql(sql, (uid,)).first()
    if row is None:
        return ReadingState.UNREAD, None
    return ReadingState(row[0]), row[1]


def reading_states(conn: Connection, uids: Sequence[str]) -> dict[str, ReadingState]:
    """Reading state of each of `uids` that is not unread (for painting list rows)."""
    sql = "SELECT uid, state FROM ud.reading_state WHERE uid IN ({marks})"
    found = {uid: ReadingState(state) for uid, state in rows_in(conn, sql, uids)}
    return {uid: state for uid, state in found.items() if state is not ReadingState.UNREAD}


# --- everything about one resource --------------------------------------------------------


def marks(conn: Connection, uid: str) -> ResourceMarks:
    state, opened = reading_state(conn, uid)
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM ud.notes WHERE uid = ? AND deleted_at IS NULL", (uid,)
    ).scalar_one()
    return ResourceMarks(
        uid=uid,
        bookmarked=is_bookmarked(conn, uid),
        collection_ids=collections_of(conn, uid),
        tags=tags_of(conn, uid),
        reading_state=state,
        last_opened=opened,
        note_count=int(count),
    )


def every_mark(conn: Connection) -> tuple[set[str], dict[str, ReadingState], set[str]]:
    """The uids of every bookmark, every reading state but unread, and every live note: what
    the result list marks, read in three queries for the whole list (a user's own data is
    small next to the catalogue)."""
    stars = {row[0] for row in conn.exec_driver_sql("SELECT uid FROM ud.bookmarks")}
    sql = "SELECT uid, state FROM ud.reading_state WHERE state != ?"
    unread = (ReadingState.UNREAD.value,)
    states = {uid: ReadingState(s) for uid, s in conn.exec_driver_sql(sql, unread)}
    sql = "SELECT DISTINCT uid FROM ud.notes WHERE deleted_at IS NULL"
    noted = {row[0] for row in conn.exec_driver_sql(sql)}
    return stars, states, noted


def noted_uids(conn: Connection, uids: Sequence[str]) -> set[str]:
    """Which of `uids` have a note outside the trash."""
    sql = "SELECT DISTINCT uid FROM ud.notes WHERE deleted_at IS NULL AND uid IN ({marks})"
    return _subset(conn, sql, uids)


def _subset(conn: Connection, template: str, uids: Sequence[str]) -> set[str]:
    return {row[0] for row in rows_in(conn, template, uids)}


def _changed(conn: Connection, sql: str, params: tuple[object, ...]) -> bool:
    return bool(conn.exec_driver_sql(sql, params).rowcount)


def titles(conn: Connection, uids: Sequence[str]) -> dict[str, str]:
    """Catalogue titles of `uids` (needs the catalogue connection); unknown uids left out."""
    sql = "SELECT uid, title FROM resources WHERE uid IN ({marks})"
    return {uid: title for uid, title in rows_in(conn, sql, uids)}
