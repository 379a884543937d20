"""What support needs to know about this copy of Daleel, as plain text for the clipboard.

Versions (Daleel, catalogue, Python, Qt, SQLite…), the data folder and whether the app runs
portable, the log file's location and its last lines. No personal data: notes, bookmarks and
searches are never included.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, qVersion

from desktop import __version__, paths
from desktop.domain.models import CatalogueStats

LOG_FILE = "daleel.log"
LOG_LINES = 40


@dataclass(frozen=True)
class AppFacts:
    """Where this copy keeps its files, and how to reach its catalogue summary."""

    data: paths.DataPaths
    stats: Callable[[], CatalogueStats]

    @property
    def log_file(self) -> Path:
        return self.data.logs / LOG_FILE


def versions() -> list[tuple[str, str]]:
    """(component, version) pairs, the same in every UI language."""
    return [
        ("Daleel", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", loaded_version("sqlalchemy")),
        ("OS", platform.platform()),
    ]


def loaded_version(module: str) -> str:
    """The version of a library the storage layer has loaded (the UI does not import it)."""
    return str(getattr(sys.modules.get(module), "__version__", "not loaded"))


def packaged() -> bool:
    return bool(getattr(sys, "frozen", False))


def last_log_lines(log_file: Path, count: int = LOG_LINES) -> list[str]:
    """The last `count` lines of the log, or none when it cannot be read."""
    try:
        with log_file.open(encoding="utf-8", errors="replace") as stream:
            return [line.rstrip("\n") for line in stream.readlines()[-count:]]
    except OSError:
        return []


def catalogue_line(facts: AppFacts) -> str:
    try:
        stats = facts.stats()
    except Exception as error:  # noqa: BLE001 - diagnostics must work when the catalogue does not
        return f"catalogue: unreadable ({type(error).__name__}: {error})"
    return (
        f"catalogue: version {stats.catalogue_version}, {stats.resources} resources, "
        f"id {stats.catalogue_id}, publisher {stats.publisher}"
    )


def diagnostics_text(facts: AppFacts) -> str:
    """The text put on the clipboard by Help ▸ Copy diagnostics (in English, for support)."""
    portable = paths.portable_folder()
    lines = [f"{name}: {version}" for name, version in versions()]
    lines += [
        catalogue_line(facts),
        f"packaged: {'yes' if packaged() else 'no (running from source)'}",
        f"portable: {portable if portable else 'no'}",
        f"data folder: {facts.data.root}",
        f"log file: {facts.log_file}",
        f"program folder: {paths.install_root()}",
        f"Qt translations: {QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}",
        f"UI locale: {QLocale().name()}",
        "",
        f"--- last {LOG_LINES} log lines ---",
        *last_log_lines(facts.log_file),
    ]
    return "\n".join(lines) + "\n"
