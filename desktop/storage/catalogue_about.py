"""What Help ▸ Catalogue shows: the catalogue's identity, its import history, its backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from desktop.domain.models import CatalogueInfo
from desktop.storage import backups
from desktop.storage.orm import ImportHistoryRow, ResourceRecord
from desktop.storage.resources_repo import info
from desktop.storage.store import Store, refresh_search_index


@dataclass(frozen=True)
class HistoryEntry:
    imported_at: str
    bundle_version: int
    base_version: int | None
    signer: str | None
    checksum: str
    added: int
    updated: int
    withdrawn: int
    unchanged: int


@dataclass(frozen=True)
class CatalogueAbout:
    info: CatalogueInfo
    history: tuple[HistoryEntry, ...]
    backups: tuple[backups.CatalogueBackup, ...]


def about(store: Store) -> CatalogueAbout:
    """The catalogue's identity, its imports (newest first) and the backups to restore."""
    t = ImportHistoryRow
    query = select(
        t.imported_at,
        t.bundle_version,
        t.base_version,
        t.signer,
        t.checksum,
        t.added,
        t.updated,
        t.withdrawn,
        t.unchanged,
    ).order_by(t.id.desc())
    with store.read() as conn:
        identity = info(conn)
        history = tuple(HistoryEntry(*row) for row in conn.execute(query))
    return CatalogueAbout(identity, history, tuple(backups.list_backups(store.paths)))


def restore(store: Store, backup: Path) -> Path:
    """Bring back a backed-up catalogue; returns the backup taken of the current one."""
    safety = backups.restore_backup(store.paths, backup)
    store.labels.clear()
    refresh_search_index(store)  # a backup made by older code holds an older search index
    return safety


def whats_new(store: Store) -> frozenset[str]:
    """Uids the last import added or changed (and did not withdraw); empty before any import."""
    r = ResourceRecord
    with store.read() as conn:
        version = conn.execute(
            select(ImportHistoryRow.bundle_version).order_by(ImportHistoryRow.id.desc()).limit(1)
        ).scalar()
        if version is None:
            return frozenset()
        query = select(r.uid).where(
            or_(r.added_in == version, r.updated_in == version), r.withdrawn_in.is_(None)
        )
        return frozenset(conn.execute(query).scalars())
