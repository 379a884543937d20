"""The attachment store: files kept by their SHA-256 in the data folder's `files/`.

A file is stored once however many resources or bundles refer to it, under
`files/<first two hex digits>/<sha256>`. Files are copied in before the import's transaction
(a cancelled import leaves only unreferenced copies, never a half-written one) and their hash is
checked again before the system opens them.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop.domain.recovery import DiskFullError


def stored_path(files_dir: Path, sha256: str) -> Path:
    return files_dir / sha256[:2] / sha256


def is_stored(files_dir: Path, sha256: str) -> bool:
    return stored_path(files_dir, sha256).is_file()


def new_files(files_dir: Path, files: Mapping[str, Path]) -> dict[str, Path]:
    """The files of `files` (sha256 → path) not yet in the store."""
    return {sha: path for sha, path in files.items() if not is_stored(files_dir, sha)}


def store_files(
    files_dir: Path,
    files: Mapping[str, Path],
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Copy files into the store (each one atomically); returns how many were new."""
    added = 0
    for sha, source in sorted(new_files(files_dir, files).items()):
        if cancelled():
            break
        target = stored_path(files_dir, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{sha}.part")
        try:
            shutil.copyfile(source, partial)
        except OSError as error:  # a full disk: no half-copied file is left behind
            partial.unlink(missing_ok=True)
            if error.errno == errno.ENOSPC:
                raise DiskFullError(path=str(files_dir)) from error
            raise
        os.replace(partial, target)
        added += 1
    return added


def verified_path(files_dir: Path, sha256: str) -> Path | None:
    """The stored file if its content still matches its name, else None (missing or damaged)."""
    path = stored_path(files_dir, sha256)
    from desktop.storage.bundle_reader import file_sha256  # bagit, crypto: slow to import

    if not path.is_file() or file_sha256(path) != sha256:
        return None
    return path
