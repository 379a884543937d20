"""Moving the user's data between machines: a versioned JSON export, a merging import, Markdown.

The export holds every bookmark, collection, note (trash included), tag, reading state,
tracker entry with its links and history, local priority and recorded conflict copy. Import
reads and checks the whole file first; a corrupt file, one from a newer Daleel or a file of
another kind raises a typed error before anything is written. The merge itself
(userdata_merge.py) runs in one transaction on the user's file alone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection

from desktop.domain.errors import QT_TRANSLATE_NOOP, Translate
from desktop.domain.userdata import (
    EXCHANGE_FORMAT,
    EXCHANGE_VERSION,
    CorruptUserDataFileError,
    ImportReport,
    NewerUserDataFileError,
    OtherKindOfFileError,
    now_iso,
)
from desktop.storage.store import Store
from desktop.storage.userdata_db import UserData
from desktop.storage.userdata_merge import merge
from desktop.storage.userdata_schema import ExportFile

_TABLES: dict[str, str] = {
    "bookmarks": "SELECT uid, created_at FROM ud.bookmarks ORDER BY uid",
    "notes": "SELECT note_uid, uid, body, created_at, updated_at, deleted_at, conflict_of "
    "FROM ud.notes ORDER BY uid, created_at, note_uid",
    "tags": "SELECT uid, tag, created_at FROM ud.resource_tags ORDER BY uid, tag",
    "reading_state": "SELECT uid, state, last_opened, updated_at FROM ud.reading_state "
    "ORDER BY uid",
    "local_priorities": "SELECT id, theme_id, position, text, archived, created_at, updated_at "
    "FROM ud.local_priorities ORDER BY theme_id, position, id",
    "tracker_entries": "SELECT priority_id, status, progress, target_date, next_step, notes, "
    "updated_at, theme_id, snapshot FROM ud.tracker_entries ORDER BY priority_id",
    "tracker_links": "SELECT priority_id, uid, added_at FROM ud.tracker_links "
    "ORDER BY priority_id, uid",
    "tracker_history": "SELECT priority_id, changed_at, field, old_value, new_value "
    "FROM ud.tracker_history ORDER BY id",
    "conflicts": "SELECT kind, key, digest, data, recorded_at FROM ud.conflicts ORDER BY id",
}


def export_data(conn: Connection) -> dict[str, Any]:
    """Everything in the user's file as one JSON-able object."""
    data: dict[str, Any] = {
        "format": EXCHANGE_FORMAT,
        "version": EXCHANGE_VERSION,
        "exported_at": now_iso(),
    }
    for name, sql in _TABLES.items():
        result = conn.exec_driver_sql(sql)
        keys = list(result.keys())
        data[name] = [dict(zip(keys, row, strict=True)) for row in result]
    for item in data["local_priorities"]:
        item["archived"] = bool(item["archived"])
    for item in data["tracker_entries"]:
        item["snapshot"] = json.loads(item["snapshot"] or "{}")
    data["collections"] = _collections(conn)
    return data


def _collections(conn: Connection) -> list[dict[str, Any]]:
    result = []
    sql = "SELECT id, uid, name, position, created_at, updated_at FROM ud.collections ORDER BY uid"
    for cid, uid, name, position, created, updated in conn.exec_driver_sql(sql).fetchall():
        items = conn.exec_driver_sql(
            "SELECT uid, added_at FROM ud.collection_items WHERE collection_id = ? ORDER BY uid",
            (cid,),
        )
        result.append(
            {
                "uid": uid,
                "name": name,
                "position": position,
                "created_at": created,
                "updated_at": updated,
                "items": [{"uid": u, "added_at": a} for u, a in items],
            }
        )
    return result


def export_file(userdata: UserData, path: Path) -> dict[str, int]:
    """Write the export to `path` (atomically); returns how many items of each kind."""
    with userdata.read() as conn:
        data = export_data(conn)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}


def read_export(path: Path) -> ExportFile:
    """Read and check a user-data file; raises a UserDataFileError, never half-reads."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CorruptUserDataFileError(
            path=str(path), detail=error.strerror or str(error)
        ) from error
    _refuse_other_binary(path, raw)
    data = _parse_json(path, raw)
    _check_kind(path, data)
    try:
        return ExportFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CorruptUserDataFileError(path=str(path), detail=f"{where}: {first['msg']}") from error


def _refuse_other_binary(path: Path, raw: bytes) -> None:
    kinds = {b"SQLite format 3": "a SQLite database", b"PK\x03\x04": "a zip archive"}
    for magic, kind in kinds.items():
        if raw.startswith(magic):
            raise OtherKindOfFileError(path=str(path), kind=kind)
    if raw.startswith(b"%PDF"):
        raise OtherKindOfFileError(path=str(path), kind="a PDF document")


def _parse_json(path: Path, raw: bytes) -> Any:
    try:
        return json.loads(
            raw.decode("utf-8-sig"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise CorruptUserDataFileError(path=str(path), detail=str(error)[:200]) from error


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _check_kind(path: Path, data: Any) -> None:
    if not isinstance(data, dict):
        raise OtherKindOfFileError(path=str(path), kind="JSON that is not an object")
    kind = data.get("format")
    if kind != EXCHANGE_FORMAT:
        named = f"“{kind}”" if isinstance(kind, str) else "JSON without a Daleel format"
        raise OtherKindOfFileError(path=str(path), kind=named)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CorruptUserDataFileError(path=str(path), detail=f"bad version {version!r}")
    if version > EXCHANGE_VERSION:
        raise NewerUserDataFileError(path=str(path), found=version, known=EXCHANGE_VERSION)


def import_file(userdata: UserData, store: Store, path: Path) -> ImportReport:
    """Merge a user-data file into this data folder (see userdata_merge.py for the rules)."""
    incoming = read_export(path)
    with store.read() as conn:
        known_uids = {r[0] for r in conn.exec_driver_sql("SELECT uid FROM resources")}
        known_priorities = {r[0] for r in conn.exec_driver_sql("SELECT id FROM priorities")}
    with userdata.write() as conn:
        return merge(conn, incoming, known_uids, known_priorities)


# --- Markdown -----------------------------------------------------------------------------

_MD_TITLE = QT_TRANSLATE_NOOP("Notes", "Notes from Daleel")
_MD_UNKNOWN = QT_TRANSLATE_NOOP("Notes", "(not in the catalogue)")
_MD_WITHDRAWN = QT_TRANSLATE_NOOP("Notes", "(withdrawn from the catalogue)")
_MD_NOTE = QT_TRANSLATE_NOOP("Notes", "Note of {created}, updated {updated}")
_MD_CONFLICT = QT_TRANSLATE_NOOP("Notes", "Conflict copy")


def _same(_context: str, text: str) -> str:
    return text


def notes_markdown(conn: Connection, translate: Translate = _same) -> str:
    """Every note outside the trash, grouped by resource under its title, as Markdown."""
    sql = (
        "SELECT n.uid, r.title, r.withdrawn_in, n.body, n.created_at, n.updated_at, "
        "n.conflict_of FROM ud.notes n LEFT JOIN resources r ON r.uid = n.uid "
        "WHERE n.deleted_at IS NULL ORDER BY coalesce(r.title_key, n.uid), n.uid, n.created_at"
    )
    t: Callable[[str], str] = lambda text: translate("Notes", text)  # noqa: E731
    lines = [f"# {t(_MD_TITLE)}", ""]
    current = None
    for uid, title, withdrawn, body, created, updated, conflict in conn.exec_driver_sql(sql):
        if uid != current:
            current = uid
            badge = t(_MD_UNKNOWN) if title is None else t(_MD_WITHDRAWN) if withdrawn else ""
            lines += [f"## {title or uid} {badge}".rstrip(), "", f"`{uid}`", ""]
        heading = t(_MD_NOTE).format(created=created[:16], updated=updated[:16])
        lines += [f"### {heading}" + (f" — {t(_MD_CONFLICT)}" if conflict else ""), ""]
        lines += [body.rstrip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def write_notes_markdown(store: Store, path: Path, translate: Translate = _same) -> int:
    """Write the notes as Markdown to `path`; returns the number of notes written."""
    with store.read() as conn:
        text = notes_markdown(conn, translate)
        count = conn.exec_driver_sql(
            "SELECT count(*) FROM ud.notes WHERE deleted_at IS NULL"
        ).scalar_one()
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return int(count)
