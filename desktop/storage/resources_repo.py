"""Reading the catalogue: rows for the list, a resource for the detail pane, themes, stats."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, func, select

from desktop.domain.errors import UnknownResourceError
from desktop.domain.filters import Sort
from desktop.domain.models import (
    Attachment,
    CatalogueInfo,
    CatalogueStats,
    Facet,
    Label,
    Priority,
    PublicationDate,
    Resource,
    ResourceRow,
    Theme,
)
from desktop.storage.id_sets import IdSet, Snapshot, snapshot
from desktop.storage.labels import LabelCache
from desktop.storage.orm import (
    AttachmentRecord,
    CatalogueInfoRow,
    PriorityRecord,
    PriorityText,
    ResourceRecord,
    ResourceValue,
    ThemeRecord,
    ThemeText,
)

_ROWS = (  # ids as one JSON parameter: one prepared statement whatever their number
    "SELECT id, uid, title, doc_type, published, language, withdrawn_in FROM resources "
    "WHERE id IN (SELECT value FROM json_each(?))"
)
_ROW_VALUES = (
    "SELECT resource_id, facet, value FROM resource_values "
    "WHERE resource_id IN (SELECT value FROM json_each(?)) "
    "AND facet IN ('organisation', 'country') ORDER BY resource_id, position"
)


def rows_by_ids(
    conn: Connection, labels: LabelCache, ids: Sequence[int], lang: str
) -> list[ResourceRow]:
    """List rows for `ids`, in the same order (ids no longer present are left out)."""
    if not ids:
        return []
    wanted = json.dumps(list(ids))
    label = _labeler(conn, labels, lang)
    values: dict[int, dict[str, list[Label]]] = {}
    for rid, facet, value in conn.exec_driver_sql(_ROW_VALUES, (wanted,)).fetchall():
        values.setdefault(rid, {}).setdefault(facet, []).append(label(facet, value))
    found = {}
    rows = conn.exec_driver_sql(_ROWS, (wanted,)).fetchall()
    for rid, uid, title, doc_type, published, language, withdrawn in rows:
        mine = values.get(rid, {})
        found[rid] = ResourceRow(
            id=rid,
            uid=uid,
            title=title,
            doc_type=label(Facet.DOC_TYPE.value, doc_type) if doc_type else None,
            published=PublicationDate(published),
            organisations=tuple(mine.get(Facet.ORGANISATION.value, ())),
            countries=tuple(mine.get(Facet.COUNTRY.value, ())),
            language=language,
            withdrawn_in=withdrawn,
        )
    return [found[i] for i in ids if i in found]


def _labeler(conn: Connection, labels: LabelCache, lang: str) -> Callable[[str, str], Label]:
    """Label lookups memoised for one call (a page repeats the same few values)."""
    known: dict[tuple[str, str], Label] = {}

    def label(facet: str, value: str) -> Label:
        key = (facet, value)
        found = known.get(key)
        if found is None:
            found = known[key] = labels.label(conn, facet, value, lang)
        return found

    return label


def resource_id(conn: Connection, uid: str) -> int:
    found = conn.execute(select(ResourceRecord.id).where(ResourceRecord.uid == uid)).scalar()
    if found is None:
        raise UnknownResourceError(uid=uid)
    return found


def resource(conn: Connection, labels: LabelCache, uid: str, lang: str) -> Resource:
    """Everything about one resource (withdrawn ones included), labels in `lang`."""
    record = conn.execute(select(ResourceRecord.__table__).where(ResourceRecord.uid == uid)).first()
    if record is None:
        raise UnknownResourceError(uid=uid)
    mine = _values(conn, [record.id], None).get(record.id, {})

    def many(facet: Facet) -> tuple[Label, ...]:
        return _labels(conn, labels, facet, mine, lang)

    return Resource(
        id=record.id,
        uid=record.uid,
        title=record.title,
        summary=record.summary,
        language=_label(conn, labels, Facet.LANGUAGE, record.language, lang),
        doc_type=_label(conn, labels, Facet.DOC_TYPE, record.doc_type, lang),
        published=PublicationDate(record.published),
        organisations=many(Facet.ORGANISATION),
        countries=many(Facet.COUNTRY),
        regions=many(Facet.REGION),
        themes=many(Facet.THEME),
        modalities=many(Facet.MODALITY),
        payment_methods=many(Facet.PAYMENT_METHOD),
        sectors=many(Facet.SECTOR),
        tags=tuple(mine.get("tag", ())),
        source_url=record.source_url,
        attachments=_attachments(conn, record.id),
        withdrawn_in=record.withdrawn_in,
    )


def _attachments(conn: Connection, rid: int) -> tuple[Attachment, ...]:
    query = (
        select(AttachmentRecord.__table__)
        .where(AttachmentRecord.resource_id == rid)
        .order_by(AttachmentRecord.position)
    )
    return tuple(
        Attachment(a.sha256, a.name, a.media_type, a.size, a.language) for a in conn.execute(query)
    )


def _values(
    conn: Connection, ids: Sequence[int], facets: Sequence[str] | None
) -> dict[int, dict[str, list[str]]]:
    query = select(ResourceValue.resource_id, ResourceValue.facet, ResourceValue.value).where(
        ResourceValue.resource_id.in_(list(ids))
    )
    if facets is not None:
        query = query.where(ResourceValue.facet.in_(facets))
    result: dict[int, dict[str, list[str]]] = {}
    for rid, facet, value in conn.execute(query.order_by(ResourceValue.position)):
        result.setdefault(rid, {}).setdefault(facet, []).append(value)
    return result


def _label(
    conn: Connection, labels: LabelCache, facet: Facet, value: str | None, lang: str
) -> Label | None:
    return labels.label(conn, facet.value, value, lang) if value else None


def _labels(
    conn: Connection, labels: LabelCache, facet: Facet, values: dict[str, list[str]], lang: str
) -> tuple[Label, ...]:
    return tuple(labels.label(conn, facet.value, v, lang) for v in values.get(facet.value, ()))


_RELATED_WEIGHTS = {Facet.COUNTRY.value: 3, Facet.THEME.value: 1}
_MAX_RELATED_VALUES = 6  # beyond, the SQL below (2^k combinations would not pay)


def related_ids(conn: Connection, rid: int, limit: int = 6) -> list[int]:
    """Other resources sharing a theme or a country, those sharing the most first, then newest.

    Counted over in-memory id sets (id_sets.py): the same in SQL, a self-join of
    resource_values, took 500 ms at 100k resources.
    """
    mine = [
        (facet, value)
        for facet, value in conn.exec_driver_sql(
            "SELECT facet, value FROM resource_values WHERE resource_id = ? "
            "AND facet IN ('theme', 'country')",
            (rid,),
        )
    ]
    if len(mine) > _MAX_RELATED_VALUES:
        return _related_in_sql(conn, rid, limit)
    snap = snapshot(conn)
    others = snap.live & ~snap.id_set([rid])
    sets = [snap.values.get(facet, {}).get(value, 0) & others for facet, value in mine]
    levels: dict[int, IdSet] = {}
    for chosen in itertools.product((True, False), repeat=len(mine)):
        score = sum(_RELATED_WEIGHTS[f] for (f, _), c in zip(mine, chosen, strict=True) if c)
        if score:
            members = others
            for members_of, c in zip(sets, chosen, strict=True):
                members &= members_of if c else ~members_of
            levels[score] = levels.get(score, 0) | members
    found: list[int] = []
    for score in sorted(levels, reverse=True):
        found += _newest_first(snap, levels[score], limit - len(found))
        if len(found) >= limit:
            break
    return found


def _newest_first(snap: Snapshot, ids: IdSet, limit: int) -> list[int]:
    """The first `limit` members of `ids` in newest-first order."""
    count = ids.bit_count()
    if not count:
        return []
    if count <= 2000:
        position = snap.newest_position()
        return sorted(snap.members(ids), key=position.__getitem__)[:limit]
    flags, found = snap.flags(ids), []
    for rid in snap.orders[Sort.NEWEST]:  # dense: the first few come soon
        if flags[rid]:
            found.append(rid)
            if len(found) == limit:
                break
    return found


def _related_in_sql(conn: Connection, rid: int, limit: int) -> list[int]:
    sql = (
        "SELECT o.resource_id FROM resource_values mine "
        "JOIN resource_values o ON o.facet = mine.facet AND o.value = mine.value "
        "JOIN resources r ON r.id = o.resource_id "
        "WHERE mine.resource_id = ? AND mine.facet IN ('theme', 'country') "
        "AND o.resource_id != ? AND r.withdrawn_in IS NULL "
        "GROUP BY o.resource_id "
        "ORDER BY sum(CASE o.facet WHEN 'country' THEN 3 ELSE 1 END) DESC, "
        "max(r.published) DESC NULLS LAST LIMIT ?"
    )
    return [row[0] for row in conn.exec_driver_sql(sql, (rid, rid, limit))]


def latest_in_theme(conn: Connection, theme_id: str, limit: int = 6) -> list[int]:
    """The newest live resources of a theme (from the id sets: 12 themes took 400 ms in SQL at
    100k resources, on the window's start)."""
    snap = snapshot(conn)
    members = snap.values.get(Facet.THEME.value, {}).get(theme_id, 0) & snap.live
    return _newest_first(snap, members, limit)


def themes(conn: Connection, lang: str) -> list[Theme]:
    """Every theme with its current priorities, texts in `lang`."""
    texts = select(ThemeText.__table__).where(ThemeText.lang == lang)
    by_theme = {t.theme_id: t for t in conn.execute(texts)}
    priorities = _priorities(conn, lang)
    order = conn.execute(select(ThemeRecord.id).order_by(ThemeRecord.position)).scalars()
    return [
        Theme(
            id=theme_id,
            title=by_theme[theme_id].title,
            introduction=by_theme[theme_id].introduction,
            priorities_introduction=by_theme[theme_id].priorities_introduction,
            priorities_closing=by_theme[theme_id].priorities_closing,
            priorities=tuple(p for p in priorities if p.theme_id == theme_id),
        )
        for theme_id in order
        if theme_id in by_theme
    ]


def _priorities(conn: Connection, lang: str) -> list[Priority]:
    query = (
        select(
            PriorityRecord.id, PriorityRecord.theme_id, PriorityRecord.position, PriorityText.text
        )
        .join(PriorityText, PriorityText.priority_id == PriorityRecord.id)
        .where(PriorityText.lang == lang)
        .order_by(PriorityRecord.theme_id, PriorityRecord.position)
    )
    return [Priority(*row) for row in conn.execute(query)]


def info(conn: Connection) -> CatalogueInfo:
    query = select(CatalogueInfoRow.key, CatalogueInfoRow.value)
    values = {key: value for key, value in conn.execute(query)}
    return CatalogueInfo(
        catalogue_id=values.get("catalogue_id", ""),
        version=int(values.get("version", "0")),
        publisher=values.get("publisher", ""),
        title=values.get("title", ""),
    )


def stats(conn: Connection) -> CatalogueStats:
    about = info(conn)
    snap = snapshot(conn)  # counting live rows in SQL scanned the table: 160 ms at 100k
    count = func.count()
    return CatalogueStats(
        resources=snap.live.bit_count(),
        themes=conn.execute(select(count).select_from(ThemeRecord)).scalar_one(),
        priorities=conn.execute(select(count).select_from(PriorityRecord)).scalar_one(),
        catalogue_version=about.version,
        catalogue_id=about.catalogue_id,
        publisher=about.publisher,
        withdrawn=(snap.every & ~snap.live).bit_count(),
    )
