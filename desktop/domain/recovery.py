"""What can go wrong with a data folder at start, and the typed errors that say so.

A catalogue file can be truncated (a copy cut short, a full disk), have a garbage header, not
be SQLite at all, or carry a schema from a newer Daleel. The catalogue can always be rebuilt
(restore a backup, reset to the shipped one); the user's own file cannot, so a damaged
`userdata.db` is never deleted, only moved aside and read out (desktop/storage/recovery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP, DaleelError, DamagedDatabaseError


class FileState(StrEnum):
    """The state of one database file, as seen at start without trusting it."""

    OK = "ok"
    MISSING = "missing"
    DAMAGED = "damaged"
    TOO_NEW = "too-new"


class Choice(StrEnum):
    """What the user chose to do about a damaged catalogue."""

    RESTORE = "restore"
    RESET = "reset"
    QUIT = "quit"


@dataclass(frozen=True)
class FileHealth:
    """One database file's state, with what is wrong in plain words (empty when fine)."""

    state: FileState
    detail: str = ""
    found_version: int = 0
    known_version: int = 0

    @property
    def usable(self) -> bool:
        return self.state in (FileState.OK, FileState.MISSING)


class CatalogueDamagedError(DamagedDatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The catalogue {path} is damaged ({detail}). Your notes and bookmarks are safe. "
        "Restore the newest backup (“recover restore-backup”) or reset to the shipped "
        "catalogue (“recover reset-catalogue”).",
    )


class CatalogueTooNewError(DamagedDatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The catalogue {path} was written by a newer Daleel (schema {found}, this version knows "
        "{known}). Update Daleel, or reset to the shipped catalogue (“recover reset-catalogue”).",
    )


class UserDataDamagedError(DamagedDatabaseError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Your user data file {path} is damaged ({detail}). Open Daleel, or run “recover "
        "rescue-userdata”, to move it aside and save what can be read from it.",
    )


class DatabaseUnreadableError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} cannot be read ({detail}). It was not changed. Check the disk "
        "and the folder's permissions, then start Daleel again.",
    )


class NoBackupError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no usable catalogue backup in {path}. Reset to the shipped catalogue."
    )


class DiskFullError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full. Nothing was changed; free some space and try again.",
    )


class AlreadyRunningError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Daleel is already running with the data folder {path}. Switch to its window, or close "
        "it first.",
    )


class LockUnavailableError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder {path} cannot be locked: {detail}. Choose another with --data-dir.",
    )


@dataclass(frozen=True)
class RescueReport:
    """Where a damaged user file went, and what could be read out of it."""

    moved_to: str
    exported_to: str
    rows: int
    unreadable_tables: tuple[str, ...] = ()
    merged: bool = False
