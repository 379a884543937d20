"""Writing a catalogue's info, taxonomy labels and themes, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert

from desktop.storage.orm import (
    CatalogueInfoRow,
    PriorityRecord,
    PriorityText,
    TaxonomyLabel,
    ThemeRecord,
    ThemeText,
)

if TYPE_CHECKING:  # only annotations here: the pydantic records load when a bundle is read
    from desktop.domain.records import CatalogueMetaIn, TaxonomyIn, ThemeIn


def set_info(conn: Connection, meta: CatalogueMetaIn) -> None:
    values = {
        "catalogue_id": meta.catalogue_id,
        "version": str(meta.version),
        "publisher": meta.publisher,
        "title": meta.title,
    }
    conn.execute(delete(CatalogueInfoRow).where(CatalogueInfoRow.key.in_(list(values))))
    conn.execute(insert(CatalogueInfoRow), [{"key": k, "value": v} for k, v in values.items()])


def replace_taxonomy(conn: Connection, taxonomy: TaxonomyIn) -> None:
    rows = [
        {"facet": facet.value, "value": item.value, "lang": lang, "label": label}
        for facet, items in taxonomy.facets.items()
        for item in items
        for lang, label in item.labels.items()
    ]
    conn.execute(delete(TaxonomyLabel))
    if rows:
        conn.execute(insert(TaxonomyLabel), rows)


def replace_themes(conn: Connection, themes: Sequence[ThemeIn]) -> None:
    for table in (PriorityText, PriorityRecord, ThemeText, ThemeRecord):
        conn.execute(delete(table))
    for position, theme in enumerate(themes):
        conn.execute(insert(ThemeRecord), [{"id": theme.id, "position": position}])
        conn.execute(insert(ThemeText), _theme_texts(theme))
        for index, priority in enumerate(theme.priorities):
            conn.execute(
                insert(PriorityRecord),
                [{"id": priority.id, "theme_id": theme.id, "position": index + 1}],
            )
            texts = [
                {"priority_id": priority.id, "lang": lang, "text": priority.text.in_language(lang)}
                for lang in ("ar", "en")
            ]
            conn.execute(insert(PriorityText), texts)


def _theme_texts(theme: ThemeIn) -> list[dict[str, str]]:
    return [
        {
            "theme_id": theme.id,
            "lang": lang,
            "title": theme.title.in_language(lang),
            "introduction": theme.introduction.in_language(lang),
            "priorities_introduction": theme.priorities_introduction.in_language(lang),
            "priorities_closing": theme.priorities_closing.in_language(lang),
        }
        for lang in ("ar", "en")
    ]
