"""Taxonomy labels, held in memory: a few hundred rows read once, then looked up per paint."""

from __future__ import annotations

import threading

from sqlalchemy import Connection, select

from desktop.domain.models import Label
from desktop.storage.orm import TaxonomyLabel

FALLBACK_LANGUAGE = "en"


class LabelCache:
    """Label of a (facet, value) in a language, falling back to English, then to the value."""

    def __init__(self) -> None:
        self._labels: dict[tuple[str, str], dict[str, str]] | None = None
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._labels = None

    def label(self, conn: Connection, facet: str, value: str, lang: str) -> Label:
        labels = self._load(conn).get((facet, value), {})
        text = labels.get(lang) or labels.get(FALLBACK_LANGUAGE) or value
        return Label(value, text)

    def known(self, conn: Connection, facet: str) -> set[str]:
        return {v for f, v in self._load(conn) if f == facet}

    def _load(self, conn: Connection) -> dict[tuple[str, str], dict[str, str]]:
        with self._lock:
            if self._labels is None:
                labels: dict[tuple[str, str], dict[str, str]] = {}
                query = select(
                    TaxonomyLabel.facet,
                    TaxonomyLabel.value,
                    TaxonomyLabel.lang,
                    TaxonomyLabel.label,
                )
                for facet, value, lang, label in conn.execute(query):
                    labels.setdefault((facet, value), {})[lang] = label
                self._labels = labels
            return self._labels
