"""Merging an imported user-data file into the user's file: the conflict rules.

- Sets (bookmarks, tags, collection members, tracker links, history, conflict copies) are
  united; nothing already here is removed.
- An item edited on both sides (note, collection name, local priority, tracker entry) keeps the
  newer edit (by its `updated_at`); the other version is kept as a conflict copy: a note becomes
  a second note marked `conflict_of`, anything else a row of `ud.conflicts`. Copies get ids
  derived from their content, so importing the same file twice changes nothing.
- Reading state: the newer one wins, no copy.
- Items about resources or priorities this catalogue does not know are kept and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from desktop.domain.userdata import (
    ImportReport,
    LocalPriority,
    MergeAction,
    Note,
    TrackerEntry,
    TrackerStatus,
    conflict_copy_uid,
    digest,
    merge_action,
    now_iso,
)
from desktop.storage import tracker_repo
from desktop.storage.userdata_notes import put_note
from desktop.storage.userdata_schema import ExportFile


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    unknown_uids: set[str] = field(default_factory=set)
    unknown_priorities: set[str] = field(default_factory=set)

    def count(self, action: MergeAction) -> None:
        if action is MergeAction.ADD:
            self.added += 1
        elif action is MergeAction.TAKE_INCOMING:
            self.updated += 1
        else:
            self.unchanged += 1

    def inserted(self, rowcount: int) -> None:
        if rowcount:
            self.added += 1
        else:
            self.unchanged += 1


def merge(
    conn: Connection, data: ExportFile, known_uids: set[str], known_priorities: set[str]
) -> ImportReport:
    """Merge `data` into the user's tables on `conn` (one transaction, owned by the caller)."""
    tally = _Tally()
    for step in (_bookmarks, _tags, _reading, _collections, _notes, _local_priorities):
        step(conn, data, tally)
    for step in (_tracker_entries, _links, _history, _conflicts):
        step(conn, data, tally)
    _unknown(conn, data, tally, known_uids, known_priorities)
    return ImportReport(
        added=tally.added,
        updated=tally.updated,
        unchanged=tally.unchanged,
        conflicts=tally.conflicts,
        unknown_resources=tuple(sorted(tally.unknown_uids)),
        unknown_priorities=tuple(sorted(tally.unknown_priorities)),
    )


def _exec(conn: Connection, sql: str, params: tuple[object, ...]) -> int:
    return int(conn.exec_driver_sql(sql, params).rowcount)


def _bookmarks(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    sql = "INSERT OR IGNORE INTO ud.bookmarks (uid, created_at) VALUES (?, ?)"
    for item in data.bookmarks:
        tally.inserted(_exec(conn, sql, (item.uid, item.created_at)))


def _tags(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    sql = "INSERT OR IGNORE INTO ud.resource_tags (uid, tag, created_at) VALUES (?, ?, ?)"
    for item in data.tags:
        tally.inserted(_exec(conn, sql, (item.uid, item.tag, item.created_at)))


def _reading(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    for item in data.reading_state:
        sql = "SELECT state, last_opened, updated_at FROM ud.reading_state WHERE uid = ?"
        row = conn.exec_driver_sql(sql, (item.uid,)).first()
        local = dict(zip(("state", "last_opened", "updated_at"), row, strict=True)) if row else None
        mine = item.model_dump(include={"state", "last_opened", "updated_at"})
        action = merge_action(local, mine, "updated_at")
        tally.count(action if action is not MergeAction.KEEP_LOCAL else MergeAction.SAME)
        if action in (MergeAction.ADD, MergeAction.TAKE_INCOMING):
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO ud.reading_state (uid, state, last_opened, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (item.uid, item.state, item.last_opened, item.updated_at),
            )


def _record_conflict(
    conn: Connection, tally: _Tally, kind: str, key: str, item: dict[str, Any]
) -> None:
    sql = (
        "INSERT OR IGNORE INTO ud.conflicts (kind, key, digest, data, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    text = json.dumps(item, ensure_ascii=False, sort_keys=True)
    if _exec(conn, sql, (kind, key, digest(item), text, now_iso())):
        tally.conflicts += 1


def _collections(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    for item in data.collections:
        sql = "SELECT id, name, updated_at FROM ud.collections WHERE uid = ?"
        row = conn.exec_driver_sql(sql, (item.uid,)).first()
        local = {"name": row[1], "updated_at": row[2]} if row else None
        mine = {"name": item.name, "updated_at": item.updated_at}
        action = merge_action(local, mine, "updated_at")
        tally.count(action)
        if row is None:
            cid = conn.exec_driver_sql(
                "INSERT INTO ud.collections (uid, name, position, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (item.uid, item.name, item.position, item.created_at, item.updated_at),
            ).scalar_one()
        else:
            cid = row[0]
            _settle(conn, tally, "collection", item.uid, action, local, mine)
            if action is MergeAction.TAKE_INCOMING:
                conn.exec_driver_sql(
                    "UPDATE ud.collections SET name = ?, updated_at = ? WHERE id = ?",
                    (item.name, item.updated_at, cid),
                )
        sql = "INSERT OR IGNORE INTO ud.collection_items (collection_id, uid, added_at) "
        for member in item.items:
            tally.inserted(
                _exec(conn, sql + "VALUES (?, ?, ?)", (cid, member.uid, member.added_at))
            )


def _settle(
    conn: Connection,
    tally: _Tally,
    kind: str,
    key: str,
    action: MergeAction,
    local: dict[str, Any] | None,
    incoming: dict[str, Any],
) -> None:
    """Keep the losing side of a both-sides edit as a conflict copy."""
    if action is MergeAction.TAKE_INCOMING and local is not None:
        _record_conflict(conn, tally, kind, key, local)
    elif action is MergeAction.KEEP_LOCAL:
        _record_conflict(conn, tally, kind, key, incoming)


def _notes(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    compared = ("uid", "body", "deleted_at", "updated_at")
    for item in data.notes:
        incoming = Note(**item.model_dump())
        local = _note(conn, item.note_uid)
        action = merge_action(
            _fields(local, compared) if local else None, _fields(incoming, compared), "updated_at"
        )
        tally.count(action)
        if action in (MergeAction.ADD, MergeAction.TAKE_INCOMING):
            if local is not None and local.body != incoming.body:
                _note_copy(conn, tally, local)
            put_note(conn, incoming)
        elif action is MergeAction.KEEP_LOCAL and local and local.body != incoming.body:
            _note_copy(conn, tally, incoming)


def _fields(value: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(value, name) for name in names}


def _note(conn: Connection, note_uid: str) -> Note | None:
    sql = (
        "SELECT note_uid, uid, body, created_at, updated_at, deleted_at, conflict_of "
        "FROM ud.notes WHERE note_uid = ?"
    )
    row = conn.exec_driver_sql(sql, (note_uid,)).first()
    return Note(*row) if row else None


def _note_copy(conn: Connection, tally: _Tally, loser: Note) -> None:
    copy_uid = conflict_copy_uid(loser.note_uid, loser.body, loser.updated_at)
    if _note(conn, copy_uid) is None:
        put_note(conn, replace(loser, note_uid=copy_uid, conflict_of=loser.note_uid))
        tally.conflicts += 1


def _reconcile(
    conn: Connection,
    tally: _Tally,
    kind: str,
    key: str,
    local: object | None,
    incoming: object,
    compared: tuple[str, ...],
) -> MergeAction:
    """Compare the `compared` fields of both sides, count the outcome and keep the losing side
    of a both-sides edit in `ud.conflicts`; the caller writes `incoming` if the action says so."""
    mine = _fields(incoming, compared)
    theirs = _fields(local, compared) if local is not None else None
    action = merge_action(theirs, mine, "updated_at")
    tally.count(action)
    _settle(conn, tally, kind, key, action, theirs, mine)
    return action


def _local_priorities(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    compared = ("theme_id", "text", "archived", "updated_at")
    existing = {p.id: p for p in tracker_repo.local_priorities(conn, None, True)}
    for item in data.local_priorities:
        incoming = LocalPriority(**item.model_dump())
        local = existing.get(item.id)
        action = _reconcile(conn, tally, "local_priority", item.id, local, incoming, compared)
        if action in (MergeAction.ADD, MergeAction.TAKE_INCOMING):
            position = incoming.position if local is None else local.position
            tracker_repo.put_local_priority(conn, replace(incoming, position=position))


def _tracker_entries(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    compared = ("status", "progress", "target_date", "next_step", "notes", "updated_at")
    existing = tracker_repo.entries(conn)
    for item in data.tracker_entries:
        incoming = TrackerEntry(
            item.priority_id, TrackerStatus(item.status), item.progress, item.target_date,
            item.next_step, item.notes, item.updated_at,
        )  # fmt: skip
        local = existing.get(item.priority_id)
        key = item.priority_id
        action = _reconcile(conn, tally, "tracker_entry", key, local, incoming, compared)
        if action in (MergeAction.ADD, MergeAction.TAKE_INCOMING):
            about = tracker_repo.PriorityAbout(item.theme_id, dict(item.snapshot))
            tracker_repo.put_entry(conn, incoming, about if local is None else None)


def _links(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    sql = "INSERT OR IGNORE INTO ud.tracker_links (priority_id, uid, added_at) VALUES (?, ?, ?)"
    for item in data.tracker_links:
        tally.inserted(_exec(conn, sql, (item.priority_id, item.uid, item.added_at)))


def _history(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    seen = {
        tuple(row)
        for row in conn.exec_driver_sql(
            "SELECT priority_id, changed_at, field, old_value, new_value FROM ud.tracker_history"
        )
    }
    for item in data.tracker_history:
        key = (item.priority_id, item.changed_at, item.field, item.old_value, item.new_value)
        if key in seen:
            tally.unchanged += 1
            continue
        seen.add(key)
        conn.exec_driver_sql(
            "INSERT INTO ud.tracker_history (priority_id, changed_at, field, old_value, "
            "new_value) VALUES (?, ?, ?, ?, ?)",
            key,
        )
        tally.added += 1


def _conflicts(conn: Connection, data: ExportFile, tally: _Tally) -> None:
    sql = (
        "INSERT OR IGNORE INTO ud.conflicts (kind, key, digest, data, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    for item in data.conflicts:
        params = (item.kind, item.key, item.digest, item.data, item.recorded_at)
        tally.inserted(_exec(conn, sql, params))


def _unknown(
    conn: Connection,
    data: ExportFile,
    tally: _Tally,
    known_uids: set[str],
    known_priorities: set[str],
) -> None:
    uids = {i.uid for i in data.bookmarks} | {i.uid for i in data.notes}
    uids |= {i.uid for i in data.tags} | {i.uid for i in data.reading_state}
    uids |= {m.uid for c in data.collections for m in c.items}
    uids |= {i.uid for i in data.tracker_links}
    tally.unknown_uids = uids - known_uids
    local = {p.id for p in tracker_repo.local_priorities(conn, None, True)}
    priorities = {i.priority_id for i in data.tracker_entries}
    priorities |= {i.priority_id for i in data.tracker_links}
    tally.unknown_priorities = priorities - known_priorities - local
