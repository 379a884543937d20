"""Writing records into a catalogue file, search index included, inside the caller's transaction.

The full-text index is contentless: it holds folded exact forms and stems, computed here from
the stored rows. To remove a resource from it, the same columns are computed again from the
rows *before* they change (FTS5's 'delete' command needs the indexed values).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select, update

from desktop.domain.models import Facet
from desktop.domain.text import SEARCH_FORMS_VERSION, forget_pieces, index_text, sort_key
from desktop.storage import id_sets
from desktop.storage.catalogue_meta import replace_taxonomy, replace_themes, set_info
from desktop.storage.in_lists import chunks, placeholders, rows_in
from desktop.storage.orm import (
    AttachmentRecord as AttachmentRow,
)
from desktop.storage.orm import (
    CatalogueInfoRow,
    ResourceRecord,
    TaxonomyLabel,
)

if TYPE_CHECKING:  # only annotations here: the pydantic records load when a bundle is read
    from desktop.domain.records import CatalogueMetaIn, ResourceIn, TaxonomyIn, ThemeIn


FTS_COLUMNS = ("title", "summary", "extra", "title_stem", "summary_stem", "extra_stem")
_FTS_INSERT = (
    "INSERT INTO resource_fts (rowid, title, summary, extra, title_stem, summary_stem, extra_stem) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_FTS_DELETE = (
    "INSERT INTO resource_fts (resource_fts, rowid, title, summary, extra, title_stem, "
    "summary_stem, extra_stem) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)"
)
# Rows are written through the driver, many at a time: Core's per-row parameter handling cost
# more than SQLite's own work (performance.md, "Importing bundles").
_RESOURCE_FIELDS = (
    "uid",
    "title",
    "summary",
    "language",
    "doc_type",
    "published",
    "source_url",
    "title_key",
    "content_hash",
)
_INSERT_RESOURCE = (
    f"INSERT INTO resources ({', '.join(_RESOURCE_FIELDS)}, added_in, updated_in) "
    f"VALUES ({', '.join('?' for _ in _RESOURCE_FIELDS)}, ?, ?)"
)
_UPDATE_RESOURCE = (
    f"UPDATE resources SET {', '.join(f'{name} = ?' for name in _RESOURCE_FIELDS)}, "
    "updated_in = ?, withdrawn_in = NULL WHERE id = ?"
)
_INSERT_VALUE = (
    "INSERT INTO resource_values (resource_id, facet, value, position) VALUES (?, ?, ?, ?)"
)
# catalogue_info key: the `SEARCH_FORMS_VERSION` the index was built with.
SEARCH_FORMS_KEY = "search_forms_version"
# Facets whose labels (in every language) make a resource findable: "إثيوبيا" finds Ethiopia.
_SEARCHABLE_FACETS = tuple(f.value for f in Facet if f is not Facet.YEAR)


@dataclass(frozen=True)
class WriteCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0


def content_hash(record: ResourceIn) -> str:
    """A fingerprint of everything a record says, to tell updated from unchanged."""
    canonical = json.dumps(record.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class UpsertPlan:
    """Records that are new, records that change a stored row (with its id), and how many don't."""

    new: list[ResourceIn]
    changed: list[tuple[int, ResourceIn]]
    unchanged: int


def plan_upsert(conn: Connection, records: Sequence[ResourceIn]) -> UpsertPlan:
    """Tell new, changed and unchanged records apart (by uid and content hash)."""
    stored = _stored(conn, [r.uid for r in records])
    new = [r for r in records if r.uid not in stored]
    changed = [
        (stored[r.uid][0], r)
        for r in records
        if r.uid in stored and stored[r.uid][1] != content_hash(r)
    ]
    return UpsertPlan(new, changed, len(records) - len(new) - len(changed))


def apply_upsert(conn: Connection, plan: UpsertPlan, version: int) -> list[int]:
    """Write a plan's rows, leaving the search index alone; returns the new rows' ids."""
    _update_resources(conn, plan.changed, version)
    new_ids = _insert_resources(conn, plan.new, version)
    id_sets.forget()  # facet and order snapshots are read again (performance.md)
    return new_ids


def upsert_resources(
    conn: Connection, records: Sequence[ResourceIn], version: int, index: bool = True
) -> WriteCounts:
    """Add new resources and update changed ones (by uid); the index follows.

    `index=False` leaves the search index alone: only for a caller that rebuilds it next.
    """
    plan = plan_upsert(conn, records)
    changed_ids = [rid for rid, _ in plan.changed]
    if index:
        unindex(conn, changed_ids)
    new_ids = apply_upsert(conn, plan, version)
    if index:
        reindex(conn, [*changed_ids, *new_ids])
    return WriteCounts(added=len(plan.new), updated=len(plan.changed), unchanged=plan.unchanged)


def withdraw_resources(
    conn: Connection, uids: Iterable[str], version: int, index: bool = True
) -> int:
    """Take resources out of browsing and search; their rows stay for bookmarks and notes."""
    ids = [
        i
        for (i,) in conn.execute(
            select(ResourceRecord.id).where(
                ResourceRecord.uid.in_(list(uids)), ResourceRecord.withdrawn_in.is_(None)
            )
        )
    ]
    if index:
        unindex(conn, ids)
    if ids:
        conn.execute(
            update(ResourceRecord).where(ResourceRecord.id.in_(ids)).values(withdrawn_in=version)
        )
    id_sets.forget()
    return len(ids)


def _stored(conn: Connection, uids: Sequence[str]) -> dict[str, tuple[int, str]]:
    """uid → (id, content hash) of the rows these uids already have, withdrawn or not."""
    query = "SELECT uid, id, content_hash FROM resources WHERE uid IN ({marks})"
    return {uid: (rid, digest) for uid, rid, digest in rows_in(conn, query, list(uids))}


def _resource_fields(record: ResourceIn) -> tuple[object, ...]:
    """The `_RESOURCE_FIELDS` of a record's row, in that order."""
    return (
        record.uid,
        record.title,
        record.summary,
        record.language,
        record.doc_type,
        record.published,
        record.source_url,
        sort_key(record.title),
        content_hash(record),
    )


def _insert_resources(conn: Connection, records: Sequence[ResourceIn], version: int) -> list[int]:
    """Add rows for new records; returns their ids."""
    if not records:
        return []
    # Without AUTOINCREMENT, a new row's id is one more than the largest (SQLite's rowid rule).
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM resources").scalar_one()
    rows = [(*_resource_fields(r), version, version) for r in records]
    conn.exec_driver_sql(_INSERT_RESOURCE, rows)
    query = "SELECT uid, id FROM resources WHERE id > ?"
    ids: dict[str, int] = {uid: rid for uid, rid in conn.exec_driver_sql(query, (last,)).all()}
    pairs = [(ids[r.uid], r) for r in records]
    _insert_values(conn, pairs)
    return [rid for rid, _ in pairs]


def _update_resources(
    conn: Connection, pairs: Sequence[tuple[int, ResourceIn]], version: int
) -> None:
    if not pairs:
        return
    rows = [(*_resource_fields(record), version, rid) for rid, record in pairs]
    conn.exec_driver_sql(_UPDATE_RESOURCE, rows)
    ids = [(rid,) for rid, _ in pairs]
    conn.exec_driver_sql("DELETE FROM resource_values WHERE resource_id = ?", ids)
    conn.exec_driver_sql("DELETE FROM attachments WHERE resource_id = ?", ids)
    _insert_values(conn, pairs)


def _insert_values(conn: Connection, pairs: Sequence[tuple[int, ResourceIn]]) -> None:
    values = [
        (rid, facet, value, position)
        for rid, record in pairs
        for facet, facet_values in record.facet_values().items()
        for position, value in enumerate(facet_values)
    ]
    attachments = [
        {**a.model_dump(), "resource_id": rid, "position": position}
        for rid, record in pairs
        for position, a in enumerate(record.attachments)
    ]
    if values:
        conn.exec_driver_sql(_INSERT_VALUE, values)
    if attachments:
        conn.execute(insert(AttachmentRow), attachments)


def _fts_row_chunks(conn: Connection, ids: Iterable[int]) -> Iterator[list[tuple[object, ...]]]:
    """The index columns of resources as their stored rows say now, a few hundred resources at
    a time, in id order (the index's rowid order)."""
    labels = _all_labels(conn)
    for chunk in chunks(sorted(ids)):
        marks = placeholders(len(chunk))
        values = _values_by_resource(conn, chunk, marks)
        documents = _document_texts(conn, chunk, marks)
        query = f"SELECT id, title, summary, published FROM resources WHERE id IN ({marks})"
        rows: list[tuple[object, ...]] = []
        for rid, title, summary, published in conn.exec_driver_sql(query, tuple(chunk)).all():
            extra = _extra_text(values.get(rid, []), labels, published)
            if rid in documents:  # words of attached PDFs (issue 5), weighted as "extra"
                extra += " \n" + documents[rid]
            rows.append((rid, *_index_columns(title, summary, extra)))
        yield rows


def _document_texts(conn: Connection, ids: Sequence[int], marks: str) -> dict[int, str]:
    query = (
        "SELECT a.resource_id, t.text FROM attachments a JOIN attachment_texts t "
        f"ON t.sha256 = a.sha256 WHERE a.resource_id IN ({marks}) ORDER BY a.position"
    )
    texts: dict[int, list[str]] = {}
    for rid, text in conn.exec_driver_sql(query, tuple(ids)).all():
        texts.setdefault(rid, []).append(text)
    return {rid: " \n".join(parts) for rid, parts in texts.items()}


def _index_columns(title: str, summary: str, extra: str) -> tuple[str, ...]:
    (title_x, title_s), (summary_x, summary_s), (extra_x, extra_s) = (
        index_text(title),
        index_text(summary),
        index_text(extra),
    )
    return title_x, summary_x, extra_x, title_s, summary_s, extra_s


def _extra_text(
    values: list[tuple[str, str]], labels: dict[tuple[str, str], list[str]], published: str | None
) -> str:
    parts = [published[:4]] if published else []
    for facet, value in values:
        if facet == "tag":
            parts.append(value)
        elif facet in _SEARCHABLE_FACETS:
            parts.extend(labels.get((facet, value), [value]))
    return " \n".join(parts)


def _values_by_resource(
    conn: Connection, ids: Sequence[int], marks: str
) -> dict[int, list[tuple[str, str]]]:
    result: dict[int, list[tuple[str, str]]] = {}
    query = (
        f"SELECT resource_id, facet, value FROM resource_values WHERE resource_id IN ({marks}) "
        "ORDER BY resource_id, facet, position"
    )
    for rid, facet, value in conn.exec_driver_sql(query, tuple(ids)).all():
        result.setdefault(rid, []).append((facet, value))
    return result


def _all_labels(conn: Connection) -> dict[tuple[str, str], list[str]]:
    labels: dict[tuple[str, str], list[str]] = {}
    query = select(TaxonomyLabel.facet, TaxonomyLabel.value, TaxonomyLabel.label).order_by(
        TaxonomyLabel.facet, TaxonomyLabel.value, TaxonomyLabel.lang
    )
    for facet, value, label in conn.execute(query):
        labels.setdefault((facet, value), []).append(label)
    return labels


def unindex(conn: Connection, ids: Sequence[int]) -> None:
    for rows in _fts_row_chunks(conn, ids):
        if rows:
            conn.exec_driver_sql(_FTS_DELETE, rows)


def reindex(conn: Connection, ids: Iterable[int]) -> None:
    for rows in _fts_row_chunks(conn, ids):
        if rows:
            conn.exec_driver_sql(_FTS_INSERT, rows)
    forget_pieces()


def rebuild_index(conn: Connection) -> None:
    """Index every resource that is not withdrawn, from scratch (after a taxonomy change)."""
    conn.exec_driver_sql("INSERT INTO resource_fts (resource_fts) VALUES ('delete-all')")
    ids = conn.execute(
        select(ResourceRecord.id).where(ResourceRecord.withdrawn_in.is_(None))
    ).scalars()
    reindex(conn, list(ids))
    conn.execute(delete(CatalogueInfoRow).where(CatalogueInfoRow.key == SEARCH_FORMS_KEY))
    conn.execute(
        insert(CatalogueInfoRow), [{"key": SEARCH_FORMS_KEY, "value": str(SEARCH_FORMS_VERSION)}]
    )


def search_index_is_current(conn: Connection) -> bool:
    """Whether the index holds the forms today's code computes (else `rebuild_index`)."""
    query = select(CatalogueInfoRow.value).where(CatalogueInfoRow.key == SEARCH_FORMS_KEY)
    return conn.execute(query).scalar() == str(SEARCH_FORMS_VERSION)


def replace_catalogue(
    conn: Connection,
    meta: CatalogueMetaIn,
    resources: Sequence[ResourceIn],
    themes: Sequence[ThemeIn],
    taxonomy: TaxonomyIn,
) -> None:
    """Write a whole catalogue into an empty (freshly migrated) file."""
    set_info(conn, meta)
    replace_taxonomy(conn, taxonomy)
    replace_themes(conn, themes)
    _insert_resources(conn, resources, meta.version)
    rebuild_index(conn)
