"""The priorities tracker: the catalogue's priorities and the user's own, with their tracking.

Tracking is keyed by the priority's stable id. When the catalogue rewords a priority the
tracking stays attached; when it drops one that has tracking, the priority stays visible as
"retired", shown with the text saved (`snapshot`) the last time the user edited it. Every
change of status, progress, target date or next step is written to `ud.tracker_history`.

Reads that show catalogue priorities need the catalogue connection (`Store.read()`); writes
touch `ud.*` only and go through `UserData.write()`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from desktop.domain.userdata import (
    LOCAL_PRIORITY_PREFIX,
    TRACKED_FIELDS,
    LocalPriority,
    PriorityOrigin,
    ThemeProgress,
    TrackedPriority,
    TrackerChange,
    TrackerEntry,
    TrackerStatus,
    UnknownPriorityError,
    now_iso,
)

FALLBACK = "en"
_ENTRY = "priority_id, status, progress, target_date, next_step, notes, updated_at"


@dataclass(frozen=True, slots=True)
class PriorityAbout:
    """What is kept of a catalogue priority so it can be shown once the catalogue drops it."""

    theme_id: str | None = None
    texts: dict[str, str] = field(default_factory=dict)


# --- entries and history ------------------------------------------------------------------


def entry(conn: Connection, priority_id: str) -> TrackerEntry:
    """The tracking of a priority (an untouched one: not started, 0 %)."""
    sql = f"SELECT {_ENTRY} FROM ud.tracker_entries WHERE priority_id = ?"
    row = conn.exec_driver_sql(sql, (priority_id,)).first()
    return _entry(row) if row else TrackerEntry(priority_id)


def entries(conn: Connection) -> dict[str, TrackerEntry]:
    sql = f"SELECT {_ENTRY} FROM ud.tracker_entries"
    return {row[0]: _entry(row) for row in conn.exec_driver_sql(sql)}


def _entry(row: Any) -> TrackerEntry:
    pid, status, progress, target, step, notes, updated = row
    return TrackerEntry(pid, TrackerStatus(status), int(progress), target, step, notes, updated)


def save_entry(
    conn: Connection, new: TrackerEntry, about: PriorityAbout | None = None, at: str | None = None
) -> TrackerEntry:
    """Store a priority's tracking, recording each changed tracked field in its history."""
    stamp = at or now_iso()
    old = entry(conn, new.priority_id)
    new = new.edited(updated_at=stamp)
    changes = [
        (name, getattr(old, name), getattr(new, name))
        for name in TRACKED_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]
    if not changes and old.notes == new.notes and about is None:
        return old
    _upsert(conn, new, about)
    for name, before, after in changes:
        add_history(conn, TrackerChange(new.priority_id, stamp, name, _text(before), _text(after)))
    return entry(conn, new.priority_id)


def _upsert(conn: Connection, e: TrackerEntry, about: PriorityAbout | None) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO ud.tracker_entries ({_ENTRY}) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (priority_id) DO UPDATE SET status = excluded.status, "
        "progress = excluded.progress, target_date = excluded.target_date, "
        "next_step = excluded.next_step, notes = excluded.notes, updated_at = excluded.updated_at",
        (
            e.priority_id,
            e.status.value,
            e.progress,
            e.target_date,
            e.next_step,
            e.notes,
            e.updated_at,
        ),
    )
    if about is not None and about.texts:
        conn.exec_driver_sql(
            "UPDATE ud.tracker_entries SET theme_id = ?, snapshot = ? WHERE priority_id = ?",
            (about.theme_id, json.dumps(about.texts, ensure_ascii=False), e.priority_id),
        )


def put_entry(conn: Connection, e: TrackerEntry, about: PriorityAbout | None = None) -> None:
    """Write an entry exactly as given, without history (import uses this)."""
    _upsert(conn, e, about)


def about(conn: Connection, priority_id: str) -> PriorityAbout:
    """Theme and texts of a priority as the catalogue (or the snapshot) has them."""
    rows = conn.exec_driver_sql(
        "SELECT p.theme_id, t.lang, t.text FROM priorities p "
        "JOIN priority_texts t ON t.priority_id = p.id WHERE p.id = ?",
        (priority_id,),
    ).fetchall()
    if rows:
        return PriorityAbout(rows[0][0], {lang: text for _, lang, text in rows})
    return _snapshot(conn, priority_id)


def _snapshot(conn: Connection, priority_id: str) -> PriorityAbout:
    sql = "SELECT theme_id, snapshot FROM ud.tracker_entries WHERE priority_id = ?"
    row = conn.exec_driver_sql(sql, (priority_id,)).first()
    if row is None:
        return PriorityAbout()
    return PriorityAbout(row[0], json.loads(row[1] or "{}"))


def add_history(conn: Connection, change: TrackerChange) -> None:
    conn.exec_driver_sql(
        "INSERT INTO ud.tracker_history (priority_id, changed_at, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?)",
        (change.priority_id, change.changed_at, change.field, change.old_value, change.new_value),
    )


def history(conn: Connection, priority_id: str | None = None) -> list[TrackerChange]:
    """Recorded changes, newest first (of one priority, or of all)."""
    where, params = ("WHERE priority_id = ?", (priority_id,)) if priority_id else ("", ())
    sql = (
        "SELECT priority_id, changed_at, field, old_value, new_value FROM ud.tracker_history "
        f"{where} ORDER BY changed_at DESC, id DESC"
    )
    return [TrackerChange(*row) for row in conn.exec_driver_sql(sql, params)]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


# --- links to resources -------------------------------------------------------------------


def set_linked(conn: Connection, priority_id: str, uid: str, linked: bool) -> bool:
    if linked:
        sql = "INSERT OR IGNORE INTO ud.tracker_links (priority_id, uid, added_at) VALUES (?, ?, ?)"
        params: tuple[object, ...] = (priority_id, uid, now_iso())
    else:
        sql = "DELETE FROM ud.tracker_links WHERE priority_id = ? AND uid = ?"
        params = (priority_id, uid)
    return bool(conn.exec_driver_sql(sql, params).rowcount)


def links(conn: Connection, priority_id: str) -> list[str]:
    sql = "SELECT uid FROM ud.tracker_links WHERE priority_id = ? ORDER BY added_at, uid"
    return [row[0] for row in conn.exec_driver_sql(sql, (priority_id,))]


def all_links(conn: Connection) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    sql = "SELECT priority_id, uid FROM ud.tracker_links ORDER BY added_at, uid"
    for pid, uid in conn.exec_driver_sql(sql):
        found.setdefault(pid, []).append(uid)
    return found


# --- local priorities ---------------------------------------------------------------------


def add_local_priority(conn: Connection, theme_id: str, text: str) -> LocalPriority:
    stamp = now_iso()
    position = conn.exec_driver_sql(
        "SELECT coalesce(max(position), 0) + 1 FROM ud.local_priorities WHERE theme_id = ?",
        (theme_id,),
    ).scalar_one()
    new = LocalPriority(
        LOCAL_PRIORITY_PREFIX + uuid.uuid4().hex, theme_id, int(position), text.strip(),
        False, stamp, stamp,
    )  # fmt: skip
    put_local_priority(conn, new)
    return new


def put_local_priority(conn: Connection, p: LocalPriority) -> None:
    """Write a local priority exactly as given (add, undo and import use this)."""
    conn.exec_driver_sql(
        "INSERT INTO ud.local_priorities (id, theme_id, position, text, archived, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "theme_id = excluded.theme_id, position = excluded.position, text = excluded.text, "
        "archived = excluded.archived, updated_at = excluded.updated_at",
        (p.id, p.theme_id, p.position, p.text, int(p.archived), p.created_at, p.updated_at),
    )


def local_priority(conn: Connection, priority_id: str) -> LocalPriority:
    found = [p for p in local_priorities(conn, None, True) if p.id == priority_id]
    if not found:
        raise UnknownPriorityError(id=priority_id)
    return found[0]


def local_priorities(
    conn: Connection, theme_id: str | None = None, include_archived: bool = False
) -> list[LocalPriority]:
    clauses = ["1"]
    params: list[object] = []
    if theme_id is not None:
        clauses.append("theme_id = ?")
        params.append(theme_id)
    if not include_archived:
        clauses.append("archived = 0")
    sql = (
        "SELECT id, theme_id, position, text, archived, created_at, updated_at "
        f"FROM ud.local_priorities WHERE {' AND '.join(clauses)} ORDER BY theme_id, position, id"
    )
    return [
        LocalPriority(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6])
        for r in conn.exec_driver_sql(sql, tuple(params))
    ]


def edit_local_priority(
    conn: Connection, priority_id: str, text: str | None = None, archived: bool | None = None
) -> LocalPriority:
    old = local_priority(conn, priority_id)
    new = LocalPriority(
        old.id, old.theme_id, old.position,
        old.text if text is None else text.strip(),
        old.archived if archived is None else archived,
        old.created_at, now_iso(),
    )  # fmt: skip
    put_local_priority(conn, new)
    return new


def reorder_local_priorities(conn: Connection, theme_id: str, ordered: Sequence[str]) -> None:
    """Put a theme's local priorities in the given order (ids not listed keep their place after)."""
    rest = [p.id for p in local_priorities(conn, theme_id, True) if p.id not in ordered]
    for position, pid in enumerate([*ordered, *rest], start=1):
        conn.exec_driver_sql(
            "UPDATE ud.local_priorities SET position = ? WHERE id = ? AND theme_id = ?",
            (position, pid, theme_id),
        )


# --- the tracker view -----------------------------------------------------------------------


def tracked_priorities(
    conn: Connection,
    lang: str,
    theme_id: str | None = None,
    statuses: frozenset[TrackerStatus] = frozenset(),
    include_archived: bool = False,
) -> list[TrackedPriority]:
    """Every priority the tracker shows, catalogue ones first, then local, then retired."""
    tracked = entries(conn)
    linked = all_links(conn)
    shown = [*_catalogue(conn, lang, tracked, linked), *_local(conn, tracked, linked)]
    known = {p.id for p in shown} | {p.id for p in local_priorities(conn, None, True)}
    shown += _retired(conn, lang, tracked, linked, known)
    return [
        p
        for p in shown
        if (theme_id is None or p.theme_id == theme_id)
        and (not statuses or p.entry.status in statuses)
        and (include_archived or not p.archived)
    ]


def _catalogue(
    conn: Connection, lang: str, tracked: dict[str, TrackerEntry], linked: dict[str, list[str]]
) -> list[TrackedPriority]:
    sql = (
        "SELECT p.id, p.theme_id, p.position, coalesce(mine.text, fallback.text, p.id) "
        "FROM priorities p JOIN themes t ON t.id = p.theme_id "
        "LEFT JOIN priority_texts mine ON mine.priority_id = p.id AND mine.lang = ? "
        "LEFT JOIN priority_texts fallback ON fallback.priority_id = p.id AND fallback.lang = ? "
        "ORDER BY t.position, p.position"
    )
    return [
        TrackedPriority(
            pid,
            theme,
            text,
            position,
            PriorityOrigin.CATALOGUE,
            tracked.get(pid, TrackerEntry(pid)),
            tuple(linked.get(pid, ())),
        )  # fmt: skip
        for pid, theme, position, text in conn.exec_driver_sql(sql, (lang, FALLBACK))
    ]


def _local(
    conn: Connection, tracked: dict[str, TrackerEntry], linked: dict[str, list[str]]
) -> list[TrackedPriority]:
    return [
        TrackedPriority(
            p.id,
            p.theme_id,
            p.text,
            1000 + p.position,
            PriorityOrigin.LOCAL,
            tracked.get(p.id, TrackerEntry(p.id)),
            tuple(linked.get(p.id, ())),
            archived=p.archived,
        )  # fmt: skip
        for p in local_priorities(conn, None, include_archived=True)
    ]


def _retired(
    conn: Connection,
    lang: str,
    tracked: dict[str, TrackerEntry],
    linked: dict[str, list[str]],
    known: set[str],
) -> list[TrackedPriority]:
    gone = sorted((set(tracked) | set(linked)) - known)
    result = []
    for position, pid in enumerate(gone, start=2000):
        kept = _snapshot(conn, pid)
        text = kept.texts.get(lang) or kept.texts.get(FALLBACK) or pid
        result.append(
            TrackedPriority(
                pid,
                kept.theme_id or "",
                text,
                position,
                PriorityOrigin.CATALOGUE,
                tracked.get(pid, TrackerEntry(pid)),
                tuple(linked.get(pid, ())),
                retired=True,
            )  # fmt: skip
        )
    return result


def theme_progress(conn: Connection, lang: str, today: date) -> list[ThemeProgress]:
    """Per theme: active priorities (not archived, not retired), done, mean progress, overdue."""
    titles = _theme_titles(conn, lang)
    active = [p for p in tracked_priorities(conn, lang) if not p.retired]
    result = []
    for theme_id, title in titles.items():
        mine = [p for p in active if p.theme_id == theme_id]
        mean = round(sum(p.entry.progress for p in mine) / len(mine)) if mine else 0
        result.append(
            ThemeProgress(
                theme_id,
                title,
                len(mine),
                sum(p.entry.status is TrackerStatus.DONE for p in mine),
                mean,
                sum(p.is_overdue(today) for p in mine),
            )  # fmt: skip
        )
    return result


def _theme_titles(conn: Connection, lang: str) -> dict[str, str]:
    sql = (
        "SELECT t.id, coalesce(mine.title, fallback.title, t.id) FROM themes t "
        "LEFT JOIN theme_texts mine ON mine.theme_id = t.id AND mine.lang = ? "
        "LEFT JOIN theme_texts fallback ON fallback.theme_id = t.id AND fallback.lang = ? "
        "ORDER BY t.position"
    )
    return {row[0]: row[1] for row in conn.exec_driver_sql(sql, (lang, FALLBACK))}


def overdue(conn: Connection, lang: str, today: date) -> list[TrackedPriority]:
    return [p for p in tracked_priorities(conn, lang) if p.is_overdue(today)]


def delete_local_priority(conn: Connection, priority_id: str) -> None:
    """Remove a local priority for good (undoing its creation); its tracking stays."""
    conn.exec_driver_sql("DELETE FROM ud.local_priorities WHERE id = ?", (priority_id,))
