"""Notes on resources: several per resource, autosaved, searchable, with a trash.

A deleted note keeps its row with `deleted_at` set until the trash is emptied, so deleting
can be undone across sessions. Every write keeps the notes search index (`ud.notes_fts`, text
folded like the catalogue's) in step, in the same transaction.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection

from desktop.domain.userdata import Note, UnknownNoteError, now_iso
from desktop.storage.userdata_db import index_note

_COLUMNS = "note_uid, uid, body, created_at, updated_at, deleted_at, conflict_of"


def add_note(
    conn: Connection, uid: str, body: str = "", note_uid: str | None = None, index: bool = True
) -> Note:
    """A new note on the resource `uid` (`index`: see `save_note`)."""
    stamp = now_iso()
    new_id = conn.exec_driver_sql(
        "INSERT INTO ud.notes (note_uid, uid, body, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        (note_uid or uuid.uuid4().hex, uid, body, stamp, stamp),
    ).scalar_one()
    if index:
        index_note(conn, int(new_id))
    return _by_row_id(conn, int(new_id))


def save_note(
    conn: Connection, note_uid: str, body: str, at: str | None = None, index: bool = True
) -> Note:
    """Store a note's new text (autosave); unchanged text writes nothing.

    `index=False` leaves the note out of the search index (folding a 1 MB note takes seconds)
    until `index_pending` runs, off the GUI thread, or the file is next opened.
    """
    row_id, old = _row(conn, note_uid)
    if old.body != body:
        conn.exec_driver_sql(
            "UPDATE ud.notes SET body = ?, updated_at = ? WHERE id = ?",
            (body, at or now_iso(), row_id),
        )
        if index:
            index_note(conn, row_id)
        else:
            conn.exec_driver_sql("DELETE FROM ud.notes_fts WHERE rowid = ?", (row_id,))
    return _by_row_id(conn, row_id)


def note(conn: Connection, note_uid: str) -> Note:
    return _row(conn, note_uid)[1]


def notes_for(conn: Connection, uid: str, include_trash: bool = False) -> list[Note]:
    """The notes of one resource, oldest first."""
    trash = "" if include_trash else "AND deleted_at IS NULL"
    sql = f"SELECT {_COLUMNS} FROM ud.notes WHERE uid = ? {trash} ORDER BY created_at, id"
    return [Note(*row) for row in conn.exec_driver_sql(sql, (uid,))]


def all_notes(conn: Connection) -> list[Note]:
    """Every note, trash included, grouped by resource, oldest first."""
    sql = f"SELECT {_COLUMNS} FROM ud.notes ORDER BY uid, created_at, id"
    return [Note(*row) for row in conn.exec_driver_sql(sql)]


def delete_note(conn: Connection, note_uid: str) -> Note:
    """Move a note to the trash."""
    return _set_deleted(conn, note_uid, now_iso())


def restore_note(conn: Connection, note_uid: str) -> Note:
    """Bring a note back from the trash."""
    return _set_deleted(conn, note_uid, None)


def trash(conn: Connection) -> list[Note]:
    sql = f"SELECT {_COLUMNS} FROM ud.notes WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
    return [Note(*row) for row in conn.exec_driver_sql(sql)]


def empty_trash(conn: Connection) -> int:
    """Delete the notes in the trash for good; returns how many."""
    ids = [
        r[0] for r in conn.exec_driver_sql("SELECT id FROM ud.notes WHERE deleted_at IS NOT NULL")
    ]
    for row_id in ids:
        conn.exec_driver_sql("DELETE FROM ud.notes WHERE id = ?", (row_id,))
        index_note(conn, row_id)
    return len(ids)


def put_note(conn: Connection, saved: Note) -> Note:
    """Write a note exactly as given (its times included): undo and import use this."""
    conn.exec_driver_sql(
        "INSERT INTO ud.notes (note_uid, uid, body, created_at, updated_at, deleted_at, "
        "conflict_of) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (note_uid) DO UPDATE SET "
        "uid = excluded.uid, body = excluded.body, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, "
        "conflict_of = excluded.conflict_of",
        (
            saved.note_uid,
            saved.uid,
            saved.body,
            saved.created_at,
            saved.updated_at,
            saved.deleted_at,
            saved.conflict_of,
        ),
    )
    row_id, _ = _row(conn, saved.note_uid)
    index_note(conn, row_id)
    return saved


def matching_note_uids(conn: Connection, fts_query: str) -> list[str]:
    """Notes (outside the trash) whose folded text matches an FTS5 expression."""
    sql = (
        "SELECT n.note_uid FROM ud.notes_fts f JOIN ud.notes n ON n.id = f.rowid "
        "WHERE notes_fts MATCH ? AND n.deleted_at IS NULL ORDER BY bm25(notes_fts)"
    )
    return [row[0] for row in conn.exec_driver_sql(sql, (fts_query,))]


def _set_deleted(conn: Connection, note_uid: str, deleted_at: str | None) -> Note:
    row_id, _ = _row(conn, note_uid)
    conn.exec_driver_sql(
        "UPDATE ud.notes SET deleted_at = ?, updated_at = ? WHERE id = ?",
        (deleted_at, now_iso(), row_id),
    )
    return _by_row_id(conn, row_id)


def _row(conn: Connection, note_uid: str) -> tuple[int, Note]:
    sql = f"SELECT id, {_COLUMNS} FROM ud.notes WHERE note_uid = ?"
    row = conn.exec_driver_sql(sql, (note_uid,)).first()
    if row is None:
        raise UnknownNoteError(id=note_uid)
    return int(row[0]), Note(*row[1:])


def _by_row_id(conn: Connection, row_id: int) -> Note:
    sql = f"SELECT {_COLUMNS} FROM ud.notes WHERE id = ?"
    return Note(*conn.exec_driver_sql(sql, (row_id,)).one())
