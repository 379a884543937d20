"""Integrity checks of a data folder's two database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.paths import DataPaths


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` (and the FTS check, for the catalogue) report; [] if fine."""
    if not path.exists():
        return [f"{path}: missing"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [f"{path}: {error}"]
    return [] if rows == ["ok"] else [f"{path}: {row}" for row in rows]


def check_data_folder(paths: DataPaths) -> list[str]:
    return integrity_problems(paths.catalogue) + integrity_problems(paths.userdata)
