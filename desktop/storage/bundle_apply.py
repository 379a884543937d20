"""Stage 5 of an import, its records: rows written in batches, the search index kept in step.

The index is contentless (catalogue_writer): a resource's old forms are taken out while its
rows still say them, and its new forms put in once they are written. Only what the bundle
changes is re-indexed: its updated, added, restored and withdrawn resources, and the resources
showing a facet value whose labels it changes (a first import indexes just what it adds). When
those are a large part of the catalogue (a full bundle changing most records, a relabelled
theme most resources show), the whole index is rebuilt instead: taking most of it out and
putting it back costs about twice a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from desktop.storage.bundle_preview import Changes
from desktop.storage.catalogue_meta import replace_taxonomy, replace_themes
from desktop.storage.catalogue_writer import (
    apply_upsert,
    plan_upsert,
    rebuild_index,
    reindex,
    unindex,
    withdraw_resources,
)
from desktop.storage.in_lists import rows_in

if TYPE_CHECKING:
    from desktop.domain.records import TaxonomyIn
    from desktop.storage.bundle_payload import Payload

# Rebuild the whole index when more than one live resource in REBUILD_SHARE is re-indexed.
REBUILD_SHARE = 3


def write_records(
    conn: Connection,
    payload: Payload,
    changes: Changes,
    version: int,
    rows_written: Callable[[], None] = lambda: None,
) -> None:
    """Write a bundle's resources, withdrawals, themes and taxonomy, and index what changed."""
    assert payload.taxonomy is not None
    relabelled = relabelled_values(conn, payload.taxonomy)
    showing = _showing(conn, relabelled)
    plan = plan_upsert(conn, payload.resources)
    stale = {rid for rid, _ in plan.changed} | set(_ids(conn, changes.withdrawn)) | showing
    rebuild = len(stale) * REBUILD_SHARE > _live_count(conn)
    if not rebuild:
        unindex(conn, _live(conn, stale))  # the rows still say what the index holds
    restored = _restore(conn, changes.restored, version)
    new_ids = apply_upsert(conn, plan, version)
    withdraw_resources(conn, changes.withdrawn, version, index=False)
    rows_written()
    replace_themes(conn, payload.themes)
    if relabelled:
        replace_taxonomy(conn, payload.taxonomy)
    if rebuild:
        rebuild_index(conn)
    else:
        reindex(conn, _live(conn, stale | set(restored) | set(new_ids)))


def relabelled_values(conn: Connection, taxonomy: TaxonomyIn) -> set[tuple[str, str]]:
    """The (facet, value) pairs whose labels the taxonomy adds, changes or removes."""
    current: dict[tuple[str, str], set[tuple[str, str]]] = {}
    query = "SELECT facet, value, lang, label FROM taxonomy_labels"
    for facet, value, lang, label in conn.exec_driver_sql(query).all():
        current.setdefault((facet, value), set()).add((lang, label))
    new: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for facet, items in taxonomy.facets.items():
        for item in items:
            new.setdefault((facet.value, item.value), set()).update(item.labels.items())
    return {key for key in current.keys() | new.keys() if current.get(key) != new.get(key)}


def _showing(conn: Connection, values: Iterable[tuple[str, str]]) -> set[int]:
    """Live resources showing any of these facet values (their index holds the labels)."""
    query = (
        "SELECT v.resource_id FROM resource_values v JOIN resources r ON r.id = v.resource_id "
        "WHERE v.facet = ? AND v.value = ? AND r.withdrawn_in IS NULL"
    )
    found: set[int] = set()
    for facet, value in values:
        found.update(rid for (rid,) in conn.exec_driver_sql(query, (facet, value)).all())
    return found


def _restore(conn: Connection, uids: Sequence[str], version: int) -> list[int]:
    """Bring withdrawn resources back into browsing; returns their ids (indexed by the caller)."""
    ids = _ids(conn, uids)
    rows = [(version, rid) for rid in ids]
    if rows:
        query = "UPDATE resources SET withdrawn_in = NULL, updated_in = ? WHERE id = ?"
        conn.exec_driver_sql(query, rows)
    return ids


def _ids(conn: Connection, uids: Sequence[str]) -> list[int]:
    query = "SELECT id FROM resources WHERE uid IN ({marks})"
    return [rid for (rid,) in rows_in(conn, query, list(uids))]


def _live(conn: Connection, ids: Iterable[int]) -> list[int]:
    """Those of `ids` not withdrawn, in id order (the index's rowid order)."""
    query = "SELECT id FROM resources WHERE withdrawn_in IS NULL AND id IN ({marks}) ORDER BY id"
    return [rid for (rid,) in rows_in(conn, query, sorted(ids))]


def _live_count(conn: Connection) -> int:
    query = "SELECT count(*) FROM resources WHERE withdrawn_in IS NULL"
    return int(conn.exec_driver_sql(query).scalar_one())
