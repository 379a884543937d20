"""Build a catalogue file from text sources: `python -m desktop.storage.seed SRC OUT`.

The shipped `resources.db` is built this way from `assets/seed/`, reproducibly: the same
sources give the same content (`tests/storage/test_seed.py` compares them).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from desktop.domain.errors import InvalidRecordError
from desktop.storage.catalogue_writer import replace_catalogue
from desktop.storage.engine import catalogue_engine
from desktop.storage.migrations import CATALOGUE_MIGRATIONS, migrate
from desktop.storage.sources import load_source_dir

log = logging.getLogger(__name__)


def build_catalogue(source_dir: Path, target: Path) -> None:
    """Write a new catalogue file at `target` from the sources in `source_dir`, atomically."""
    source = load_source_dir(source_dir)
    if source.problems:
        first = source.problems[0]
        raise InvalidRecordError(source=first.source, line=first.line, detail=first.detail)
    assert source.meta is not None and source.taxonomy is not None
    handle, temporary = tempfile.mkstemp(suffix=".db", dir=target.parent)
    os.close(handle)
    path = Path(temporary)
    try:
        migrate(path, CATALOGUE_MIGRATIONS, backup_dir=None)
        engine = catalogue_engine(path)
        with engine.begin() as conn:
            replace_catalogue(conn, source.meta, source.resources, source.themes, source.taxonomy)
        engine.dispose()
        _compact(path)
        os.replace(path, target)
    finally:
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)


def _compact(path: Path) -> None:
    """One self-contained file: no WAL beside it, no free pages inside."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    source, target = (Path(a) for a in argv[:2])
    build_catalogue(source, target)
    log.info("built %s from %s", target, source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["assets/seed", "resources.db"]))
