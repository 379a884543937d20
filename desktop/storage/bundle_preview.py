"""Stage 4 of an import: what a bundle would change, computed from the catalogue as it is.

The preview is exact: the apply stage writes precisely the sets computed here (and the tests
compare them). It also lists the user's bookmarked, annotated or collected resources that the
bundle updates or withdraws — read from the attached user file, which is never written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.bundles import (
    BundleInfo,
    OlderVersionError,
    OtherCatalogueError,
    WrongBaseError,
)
from desktop.domain.records import ResourceIn
from desktop.storage.bundle_reader import SignatureCheck
from desktop.storage.catalogue_writer import content_hash
from desktop.storage.in_lists import rows_in
from desktop.storage.resources_repo import info as catalogue_info


@dataclass(frozen=True)
class TouchedResource:
    """A resource the user has marked in some way, and what the bundle does to it."""

    uid: str
    title: str
    change: str  # "updated" or "withdrawn"
    bookmarked: bool
    notes: int
    collections: int


@dataclass(frozen=True)
class Changes:
    """The uids a bundle adds, updates (or restores) and withdraws."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()  # withdrawn here, back in the bundle (counted as updated)
    withdrawn: tuple[str, ...] = ()
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.updated or self.withdrawn)


@dataclass(frozen=True)
class Preview:
    """Everything the user is told before an import is applied."""

    info: BundleInfo
    signature: SignatureCheck
    checksum: str
    current_catalogue: str
    current_version: int
    changes: Changes
    attachment_count: int
    attachment_bytes: int
    touched: tuple[TouchedResource, ...] = field(default=())
    noop: bool = False

    def counts(self) -> dict[str, int]:
        c = self.changes
        return {
            "added": len(c.added),
            "updated": len(c.updated),
            "withdrawn": len(c.withdrawn),
            "unchanged": c.unchanged,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle": asdict(self.info),
            "signature": {
                "status": self.signature.trust.value,
                "signer": self.signature.signer,
                "fingerprint": self.signature.fingerprint,
            },
            "checksum": self.checksum,
            "catalogue": {"id": self.current_catalogue, "version": self.current_version},
            "counts": self.counts(),
            "added": list(self.changes.added),
            "updated": list(self.changes.updated),
            "withdrawn": list(self.changes.withdrawn),
            "attachments": {"count": self.attachment_count, "bytes": self.attachment_bytes},
            "touched": [asdict(t) for t in self.touched],
            "noop": self.noop,
        }


def already_imported(conn: Connection, checksum: str) -> bool:
    row = conn.execute(
        text("SELECT 1 FROM import_history WHERE checksum = :c LIMIT 1"), {"c": checksum}
    ).first()
    return row is not None


def check_versions(conn: Connection, bundle: BundleInfo) -> tuple[str, int]:
    """Refuse a bundle for another catalogue, an older one, or a delta on the wrong base."""
    current = catalogue_info(conn)
    if current.catalogue_id and bundle.catalogue_id != current.catalogue_id:
        raise OtherCatalogueError(bundle=bundle.catalogue_id, current=current.catalogue_id)
    if bundle.version < current.version or (bundle.is_delta and bundle.version == current.version):
        raise OlderVersionError(bundle=bundle.version, current=current.version)
    if bundle.is_delta and bundle.base_version != current.version:
        raise WrongBaseError(
            base=bundle.base_version, bundle=bundle.version, current=current.version
        )
    return current.catalogue_id, current.version


def compute_changes(
    conn: Connection,
    bundle: BundleInfo,
    records: Sequence[ResourceIn],
    withdrawn: Iterable[str],
) -> Changes:
    # Only the rows the bundle names are read (a delta into a large catalogue reads little).
    existing = _rows_of(conn, [r.uid for r in records], "content_hash, withdrawn_in")
    added, updated, restored = [], [], []
    unchanged = 0
    for record in records:
        known = existing.get(record.uid)
        if known is None:
            added.append(record.uid)
        elif known[1] is not None:
            restored.append(record.uid)
            updated.append(record.uid)
        elif known[0] != content_hash(record):
            updated.append(record.uid)
        else:
            unchanged += 1
    gone = {uid for uid, (live,) in _rows_of(conn, list(withdrawn), _LIVE).items() if live}
    if not bundle.is_delta:  # a full bundle is the whole catalogue: what it lacks is withdrawn
        query = text("SELECT uid FROM resources WHERE withdrawn_in IS NULL")
        gone |= set(conn.execute(query).scalars().all()) - {r.uid for r in records}
    return Changes(tuple(added), tuple(updated), tuple(restored), tuple(sorted(gone)), unchanged)


_LIVE = "withdrawn_in IS NULL"


def _rows_of(conn: Connection, uids: Sequence[str], columns: str) -> dict[str, tuple[Any, ...]]:
    """uid → `columns` of the catalogue's rows for these uids (withdrawn or not)."""
    query = f"SELECT uid, {columns} FROM resources WHERE uid IN ({{marks}})"
    return {uid: tuple(rest) for uid, *rest in rows_in(conn, query, uids)}


def touched_resources(conn: Connection, changes: Changes) -> tuple[TouchedResource, ...]:
    """The user's bookmarked, annotated or collected resources that `changes` update or withdraw."""
    change_of = {uid: "updated" for uid in changes.updated}
    change_of.update({uid: "withdrawn" for uid in changes.withdrawn})
    query = """SELECT r.uid, r.title,
            EXISTS (SELECT 1 FROM ud.bookmarks b WHERE b.uid = r.uid),
            (SELECT count(*) FROM ud.notes n WHERE n.uid = r.uid AND n.deleted_at IS NULL),
            (SELECT count(*) FROM ud.collection_items c WHERE c.uid = r.uid)
        FROM resources r WHERE r.uid IN ({marks}) ORDER BY r.uid"""
    found: list[TouchedResource] = []
    for uid, title, bookmarked, notes, collections in rows_in(conn, query, sorted(change_of)):
        if bookmarked or notes or collections:
            found.append(
                TouchedResource(uid, title, change_of[uid], bool(bookmarked), notes, collections)
            )
    return tuple(found)
