"""`bundle export`: the current catalogue as a full bundle, so one office can pass it on.

Records are read back from the catalogue's rows into the same validation models a bundle is
made of. Withdrawn resources are listed in withdrawn.json (their records stay behind); the
attachments come from the data folder's content store, their hashes checked on the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from desktop.domain.models import TAG, Facet
from desktop.domain.records import (
    AttachmentIn,
    CatalogueMetaIn,
    LocalizedText,
    PriorityIn,
    ResourceIn,
    TaxonomyIn,
    TaxonomyValueIn,
    ThemeIn,
)
from desktop.storage import attachments
from desktop.storage.bundle_build import BuiltBundle, BundleContent, write_bundle
from desktop.storage.orm import (
    AttachmentRecord,
    PriorityRecord,
    PriorityText,
    ResourceRecord,
    ResourceValue,
    TaxonomyLabel,
    ThemeRecord,
    ThemeText,
)
from desktop.storage.resources_repo import info as catalogue_info
from desktop.storage.store import Store

# Where each stored facet goes back to in a record (the year is derived from `published`).
_LIST_FIELDS = {
    Facet.ORGANISATION.value: "organisations",
    Facet.COUNTRY.value: "countries",
    Facet.REGION.value: "regions",
    Facet.THEME.value: "themes",
    Facet.MODALITY.value: "modalities",
    Facet.PAYMENT_METHOD.value: "payment_methods",
    Facet.SECTOR.value: "sectors",
    TAG: "tags",
}


def export_catalogue(store: Store, output: Path, key: Path | None = None) -> BuiltBundle:
    with store.read() as conn:
        content = catalogue_content(conn)
    content.files = {
        sha: path
        for sha in {a.sha256 for r in content.resources for a in r.attachments}
        if (path := attachments.verified_path(store.paths.files, sha)) is not None
    }
    return write_bundle(content, output, key)


def catalogue_content(conn: Connection) -> BundleContent:
    about = catalogue_info(conn)
    meta = CatalogueMetaIn(
        catalogue_id=about.catalogue_id or "catalogue",
        version=about.version,
        publisher=about.publisher or "unknown",
        title=about.title,
    )
    withdrawn = list(
        conn.execute(
            select(ResourceRecord.uid)
            .where(ResourceRecord.withdrawn_in.is_not(None))
            .order_by(ResourceRecord.uid)
        ).scalars()
    )
    return BundleContent(meta, resources(conn), themes(conn), taxonomy(conn), withdrawn)


def resources(conn: Connection) -> list[ResourceIn]:
    """Every resource that is not withdrawn, as a record, in id order."""
    values: dict[int, dict[str, list[str]]] = {}
    query = select(ResourceValue.resource_id, ResourceValue.facet, ResourceValue.value).order_by(
        ResourceValue.resource_id, ResourceValue.facet, ResourceValue.position
    )
    for rid, facet, value in conn.execute(query):
        values.setdefault(rid, {}).setdefault(facet, []).append(value)
    files: dict[int, list[AttachmentIn]] = {}
    query_files = select(AttachmentRecord.__table__).order_by(
        AttachmentRecord.resource_id, AttachmentRecord.position
    )
    for row in conn.execute(query_files):
        files.setdefault(row.resource_id, []).append(
            AttachmentIn(
                sha256=row.sha256,
                name=row.name,
                media_type=row.media_type,
                size=row.size,
                language=row.language,
            )
        )
    live = select(ResourceRecord.__table__).where(ResourceRecord.withdrawn_in.is_(None))
    return [
        _record(row, values.get(row.id, {}), files.get(row.id, []))
        for row in conn.execute(live.order_by(ResourceRecord.id))
    ]


def _record(row: Any, values: dict[str, list[str]], files: list[AttachmentIn]) -> ResourceIn:
    lists = {name: tuple(values.get(facet, ())) for facet, name in _LIST_FIELDS.items()}
    return ResourceIn(
        uid=row.uid,
        title=row.title,
        summary=row.summary,
        language=row.language,
        doc_type=row.doc_type,
        published=row.published,
        source_url=row.source_url,
        attachments=tuple(files),
        **lists,
    )


def themes(conn: Connection) -> list[ThemeIn]:
    texts: dict[str, dict[str, Any]] = {}
    for text in conn.execute(select(ThemeText.__table__)):
        texts.setdefault(text.theme_id, {})[text.lang] = text
    priority_texts: dict[str, dict[str, str]] = {}
    for p in conn.execute(select(PriorityText.__table__)):
        priority_texts.setdefault(p.priority_id, {})[p.lang] = p.text
    priorities: dict[str, list[PriorityIn]] = {}
    query = select(PriorityRecord.__table__).order_by(PriorityRecord.position)
    for p in conn.execute(query):
        priorities.setdefault(p.theme_id, []).append(
            PriorityIn(id=p.id, text=LocalizedText(**priority_texts.get(p.id, {})))
        )
    result = []
    for theme in conn.execute(select(ThemeRecord.__table__).order_by(ThemeRecord.position)):
        by_lang = texts.get(theme.id, {})
        result.append(
            ThemeIn(
                id=theme.id,
                title=_localized(by_lang, "title"),
                introduction=_localized(by_lang, "introduction"),
                priorities_introduction=_localized(by_lang, "priorities_introduction"),
                priorities_closing=_localized(by_lang, "priorities_closing"),
                priorities=tuple(priorities.get(theme.id, [])),
            )
        )
    return result


def _localized(by_lang: dict[str, Any], column: str) -> LocalizedText:
    return LocalizedText(**{lang: getattr(row, column) for lang, row in by_lang.items()})


def taxonomy(conn: Connection) -> TaxonomyIn:
    grouped: dict[str, dict[str, dict[str, str]]] = {}
    query = select(TaxonomyLabel.__table__).order_by(TaxonomyLabel.facet, TaxonomyLabel.value)
    for row in conn.execute(query):
        grouped.setdefault(row.facet, {}).setdefault(row.value, {})[row.lang] = row.label
    facets = {
        Facet(facet): tuple(
            TaxonomyValueIn(value=value, labels=labels) for value, labels in values.items()
        )
        for facet, values in grouped.items()
    }
    return TaxonomyIn(facets=facets)
