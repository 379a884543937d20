"""Importing a bundle in five stages; the first four write nothing outside a temporary folder.

1. safety: the zip is checked and extracted under hard limits (bundle_reader.safe_extract);
2. integrity: BagIt checksums and the Ed25519 signature against trusted keys;
3. validation: every record and file, all problems reported together (bundle_payload);
4. preview: what would be added, updated, withdrawn, and which marked resources it touches;
5. apply: attachments copied into the content store, a backup of the catalogue file, then ONE
   transaction (records, search index, themes, taxonomy, catalogue info, import history).

The user's file is only read (the preview); an import never writes it. Progress is reported
per stage, and `cancelled()` is honoured up to the commit: a cancelled import changes nothing.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from desktop.domain.bundles import (
    BundleValidationError,
    ImportCancelledError,
    Limits,
    OlderVersionError,
    Stage,
)
from desktop.domain.records import CatalogueMetaIn
from desktop.paths import DataPaths
from desktop.storage import attachments, backups
from desktop.storage.attachment_texts import PDF, Extractor, extract_texts, save_texts
from desktop.storage.bundle_apply import write_records
from desktop.storage.bundle_keys import shipped_keys_dir, trusted_keys
from desktop.storage.bundle_payload import Payload, read_payload
from desktop.storage.bundle_preview import (
    Changes,
    Preview,
    already_imported,
    check_versions,
    compute_changes,
    touched_resources,
)
from desktop.storage.bundle_reader import (
    Bag,
    SignatureCheck,
    check_integrity,
    check_signature,
    file_sha256,
    safe_extract,
)
from desktop.storage.catalogue_meta import set_info
from desktop.storage.orm import ImportHistoryRow, ResourceRecord
from desktop.storage.store import Store

log = logging.getLogger(__name__)
ProgressCallback = Callable[[Stage, float], None]


def _no_progress(_stage: Stage, _fraction: float) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Options:
    allow_untrusted: bool = False
    limits: Limits = field(default_factory=Limits)
    progress: ProgressCallback = _no_progress
    cancelled: Callable[[], bool] = _never
    extract_text: Extractor | None = None  # PDF → text, for the search index


@dataclass(frozen=True)
class ImportResult:
    preview: Preview
    applied: bool
    counts: dict[str, int]
    backup: Path | None = None


@dataclass
class OpenedBundle:
    """A bundle through stages 1-3: its extracted bag, checked signature and valid payload."""

    bag: Bag
    signature: SignatureCheck
    payload: Payload
    checksum: str
    workdir: Path

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


@dataclass
class PreparedImport:
    """A bundle through stage 4, ready to apply (or to show and drop)."""

    opened: OpenedBundle
    preview: Preview
    texts: dict[str, str] = field(default_factory=dict)  # sha256 → text of a new PDF

    def close(self) -> None:
        self.opened.close()


def trusted_key_folders(paths: DataPaths | None) -> list[Path]:
    folders = [shipped_keys_dir()]
    return [paths.trusted_keys, *folders] if paths is not None else folders


def open_bundle(
    path: Path,
    options: Options,
    work_parent: Path | None = None,
    paths: DataPaths | None = None,
) -> OpenedBundle:
    """Stages 1-3 (safety, integrity, validation) into a temporary folder."""
    workdir = Path(tempfile.mkdtemp(prefix=".daleel-import-", dir=work_parent))
    try:
        checksum = file_sha256(path) if path.is_file() else ""
        _step(options, Stage.SAFETY, 0.0)
        folder = safe_extract(
            path, workdir, options.limits, lambda f: _step(options, Stage.SAFETY, f)
        )
        _step(options, Stage.INTEGRITY, 0.0)
        bag = check_integrity(folder)
        signature = check_signature(folder, trusted_keys(trusted_key_folders(paths)))
        signature.require(options.allow_untrusted)
        _step(options, Stage.VALIDATION, 0.0)
        store_files = paths.files if paths is not None else workdir / "no-store"
        payload = read_payload(bag.data, bag.payload_sha256, store_files)
        if payload.problems:
            raise BundleValidationError(payload.problems)
        _step(options, Stage.VALIDATION, 1.0)
        return OpenedBundle(bag, signature, payload, checksum, workdir)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def _step(options: Options, stage: Stage, fraction: float) -> None:
    if options.cancelled():
        raise ImportCancelledError()
    options.progress(stage, fraction)


def prepare_import(store: Store, path: Path, options: Options | None = None) -> PreparedImport:
    """Stages 1-4: everything but writing. The caller closes the result."""
    options = options or Options()
    opened = open_bundle(path, options, store.paths.root, store.paths)
    try:
        _step(options, Stage.PREVIEW, 0.0)
        with store.read() as conn:
            preview = _preview(conn, store.paths, opened)
        _step(options, Stage.PREVIEW, 1.0)
        return PreparedImport(opened, preview)
    except BaseException:
        opened.close()
        raise


def _preview(conn: Connection, paths: DataPaths, opened: OpenedBundle) -> Preview:
    info, payload = opened.bag.info, opened.payload
    if already_imported(conn, opened.checksum):
        current_id, current_version = _current(conn)
        changes, noop = Changes(unchanged=len(payload.resources)), True
    else:
        current_id, current_version = check_versions(conn, info)
        changes = compute_changes(conn, info, payload.resources, payload.withdrawn)
        noop = changes.empty and info.version == current_version
        if info.version == current_version and not noop:
            raise OlderVersionError(bundle=info.version, current=current_version)
    new = attachments.new_files(paths.files, _needed_files(payload))
    return Preview(
        info=info,
        signature=opened.signature,
        checksum=opened.checksum,
        current_catalogue=current_id,
        current_version=current_version,
        changes=changes,
        attachment_count=len(new),
        attachment_bytes=sum(p.stat().st_size for p in new.values()),
        touched=touched_resources(conn, changes),
        noop=noop,
    )


def _current(conn: Connection) -> tuple[str, int]:
    from desktop.storage.resources_repo import info

    about = info(conn)
    return about.catalogue_id, about.version


def _pdf_shas(payload: Payload) -> set[str]:
    return {a.sha256 for r in payload.resources for a in r.attachments if a.media_type == PDF}


def _needed_files(payload: Payload) -> dict[str, Path]:
    needed = {a.sha256 for r in payload.resources for a in r.attachments}
    return {sha: path for sha, path in payload.files.items() if sha in needed}


def apply_import(
    store: Store, prepared: PreparedImport, options: Options | None = None
) -> tuple[Path, dict[str, int]]:
    """Stage 5: write what the preview announced; returns the backup and the counts written."""
    options = options or Options()
    preview, payload = prepared.preview, prepared.opened.payload
    _step(options, Stage.APPLY, 0.0)
    new = attachments.new_files(store.paths.files, _needed_files(payload))
    pdfs = {sha: new[sha] for sha in _pdf_shas(payload) if sha in new}
    prepared.texts = extract_texts(pdfs, options.extract_text)  # only files never seen
    attachments.store_files(store.paths.files, new, options.cancelled)
    _step(options, Stage.APPLY, 0.2)
    backup = backups.backup_catalogue(store.paths, preview.current_version)
    _step(options, Stage.APPLY, 0.4)
    with store.write() as conn:
        if check_versions(conn, preview.info)[1] != preview.current_version:
            raise OlderVersionError(bundle=preview.info.version, current=_current(conn)[1])
        counts = _write(conn, prepared, options)
        _step(options, Stage.APPLY, 0.9)
    options.progress(Stage.APPLY, 1.0)  # committed: too late to cancel
    log.info("imported bundle v%s: %s", preview.info.version, counts)
    return backup, counts


def _write(conn: Connection, prepared: PreparedImport, options: Options) -> dict[str, int]:
    preview, payload = prepared.preview, prepared.opened.payload
    info, version = preview.info, preview.info.version
    save_texts(conn, prepared.texts)
    rows_written = partial(_step, options, Stage.APPLY, 0.6)  # cancelling is still possible
    write_records(conn, payload, preview.changes, version, rows_written)
    _step(options, Stage.APPLY, 0.8)
    meta = CatalogueMetaIn(
        catalogue_id=info.catalogue_id, version=version, publisher=info.publisher, title=info.title
    )
    set_info(conn, meta)
    counts = written_counts(conn, version, len(payload.resources))
    conn.execute(insert(ImportHistoryRow), [_history_row(preview, counts)])
    return counts


def written_counts(conn: Connection, version: int, records: int) -> dict[str, int]:
    """What the catalogue says version `version` changed, read back from its rows."""
    r = ResourceRecord
    added = _count(conn, (r.added_in == version) & r.withdrawn_in.is_(None))
    updated = _count(conn, (r.updated_in == version) & (r.added_in != version))
    withdrawn = _count(conn, r.withdrawn_in == version)
    return {
        "added": added,
        "updated": updated,
        "withdrawn": withdrawn,
        "unchanged": records - added - updated,
    }


def _count(conn: Connection, condition: Any) -> int:
    return int(conn.execute(select(func.count()).where(condition)).scalar_one())


def _history_row(preview: Preview, counts: dict[str, int]) -> dict[str, object]:
    signature = preview.signature
    return {
        "imported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "bundle_version": preview.info.version,
        "base_version": preview.info.base_version,
        "signer": signature.signer or signature.fingerprint or signature.trust.value,
        "checksum": preview.checksum,
        **counts,
    }


def import_bundle(
    store: Store, path: Path, options: Options | None = None, dry_run: bool = False
) -> ImportResult:
    """All five stages (four with `dry_run`); the same bundle twice is a no-op."""
    options = options or Options()
    prepared = prepare_import(store, path, options)
    try:
        preview = prepared.preview
        if dry_run or preview.noop:
            return ImportResult(preview, applied=False, counts=preview.counts())
        backup, counts = apply_import(store, prepared, options)
        return ImportResult(preview, applied=True, counts=counts, backup=backup)
    finally:
        prepared.close()
