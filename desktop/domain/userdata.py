"""The user's own data: bookmarks, collections, notes, reading state and the priorities tracker.

Everything here is keyed by stable ids (a resource's `uid`, a priority's `id`), never by a
database row number, so a catalogue update can reword or withdraw items without losing a note.
Pure values and rules only: no Qt, no database.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP, DaleelError

LOCAL_PRIORITY_PREFIX = "local-"
EXCHANGE_FORMAT = "daleel-userdata"
EXCHANGE_VERSION = 1


def now_iso() -> str:
    """The current time as stored everywhere in user data: UTC, milliseconds, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def normalise_time(value: str) -> str:
    """Any ISO 8601 time as `now_iso` writes it, so that times compare as strings."""
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat(timespec="milliseconds")


class ReadingState(StrEnum):
    UNREAD = "unread"
    READING = "reading"
    READ = "read"


class TrackerStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"


STATUS_LABELS = {
    TrackerStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Tracker", "Not started"),
    TrackerStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Tracker", "In progress"),
    TrackerStatus.DONE: QT_TRANSLATE_NOOP("Tracker", "Done"),
    TrackerStatus.BLOCKED: QT_TRANSLATE_NOOP("Tracker", "Blocked"),
}
READING_LABELS = {
    ReadingState.UNREAD: QT_TRANSLATE_NOOP("Tracker", "Unread"),
    ReadingState.READING: QT_TRANSLATE_NOOP("Tracker", "Reading"),
    ReadingState.READ: QT_TRANSLATE_NOOP("Tracker", "Read"),
}


class PriorityOrigin(StrEnum):
    CATALOGUE = "catalogue"
    LOCAL = "local"


@dataclass(frozen=True, slots=True)
class Bookmark:
    uid: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Collection:
    """A named reading list; a resource can be in several."""

    id: int
    uid: str
    name: str
    position: int
    created_at: str
    updated_at: str
    size: int = 0


@dataclass(frozen=True, slots=True)
class Note:
    """One note on a resource. `deleted_at` set: in the trash. `conflict_of`: a conflict copy."""

    note_uid: str
    uid: str
    body: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    conflict_of: str | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class ResourceMarks:
    """What the user has put on one resource, for the detail pane and list badges."""

    uid: str
    bookmarked: bool = False
    collection_ids: frozenset[int] = frozenset()
    tags: tuple[str, ...] = ()
    reading_state: ReadingState = ReadingState.UNREAD
    last_opened: str | None = None
    note_count: int = 0


@dataclass(frozen=True, slots=True)
class TrackerEntry:
    """The user's tracking of one priority (catalogue or local)."""

    priority_id: str
    status: TrackerStatus = TrackerStatus.NOT_STARTED
    progress: int = 0
    target_date: str | None = None
    next_step: str = ""
    notes: str = ""
    updated_at: str = ""

    def edited(self, **changes: Any) -> TrackerEntry:
        """A copy with `changes` applied and checked (progress 0–100, ISO target date)."""
        entry = replace(self, **changes)
        check_progress(entry.progress)
        if entry.target_date:
            check_date(entry.target_date)
        return replace(entry, status=TrackerStatus(entry.status))

    def is_overdue(self, today: date) -> bool:
        if not self.target_date or self.status is TrackerStatus.DONE:
            return False
        return date.fromisoformat(self.target_date) < today


TRACKED_FIELDS = ("status", "progress", "target_date", "next_step")


@dataclass(frozen=True, slots=True)
class TrackerChange:
    """One recorded change of a tracked field, with its time (the priority's history)."""

    priority_id: str
    changed_at: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class LocalPriority:
    """A priority the user added to a theme (e.g. a country office's plan)."""

    id: str
    theme_id: str
    position: int
    text: str
    archived: bool = False
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class TrackedPriority:
    """A priority as the tracker shows it: its text, where it comes from, and its tracking."""

    id: str
    theme_id: str
    text: str
    position: int
    origin: PriorityOrigin
    entry: TrackerEntry
    links: tuple[str, ...] = ()
    retired: bool = False  # the catalogue dropped it; shown while it has tracking
    archived: bool = False

    def is_overdue(self, today: date) -> bool:
        return self.entry.is_overdue(today)


@dataclass(frozen=True, slots=True)
class ThemeProgress:
    """Overview line: how far the user's tracked priorities of a theme have come."""

    theme_id: str
    title: str
    priorities: int
    done: int
    progress: int  # mean percent over the theme's active priorities
    overdue: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing a user-data file changed."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    unknown_resources: tuple[str, ...] = ()
    unknown_priorities: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.conflicts)


class MergeAction(StrEnum):
    ADD = "add"  # only in the file: add it
    SAME = "same"  # identical: nothing to do
    TAKE_INCOMING = "take_incoming"  # the file's edit is newer: take it, keep ours as a copy
    KEEP_LOCAL = "keep_local"  # ours is newer: keep it, keep the file's as a copy


def merge_action(local: dict[str, Any] | None, incoming: dict[str, Any], stamp: str) -> MergeAction:
    """The conflict rule for one item edited on both sides: the newer edit wins.

    `local` and `incoming` are the item's comparable fields (without its time); `stamp` names
    the field holding the time of the last edit. Equal times favour what is already here.
    """
    if local is None:
        return MergeAction.ADD
    if _content(local, stamp) == _content(incoming, stamp):
        return MergeAction.SAME
    if normalise_time(str(incoming[stamp])) > normalise_time(str(local[stamp])):
        return MergeAction.TAKE_INCOMING
    return MergeAction.KEEP_LOCAL


def _content(item: dict[str, Any], stamp: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != stamp}


def digest(data: Any) -> str:
    """A stable short hash of a JSON-able value (conflict copies are deduplicated by it)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def conflict_copy_uid(note_uid: str, body: str, updated_at: str) -> str:
    """The same conflict always gets the same copy id, so importing twice adds it once."""
    return "conflict-" + digest([note_uid, body, normalise_time(updated_at)])


def check_progress(progress: int) -> None:
    if not isinstance(progress, int) or not 0 <= progress <= 100:
        raise InvalidTrackerValueError(field="progress", value=str(progress))


def check_date(value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise InvalidTrackerValueError(field="target_date", value=value) from error


def is_local_priority(priority_id: str) -> bool:
    return priority_id.startswith(LOCAL_PRIORITY_PREFIX)


def paragraph_direction(text: str) -> str | None:
    """'rtl' or 'ltr' from the first strong character of a paragraph; None if it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


# --- errors -----------------------------------------------------------------------------


class UserDataFileError(DaleelError):
    """Base of the errors of a user-data file; nothing is changed when one is raised."""


class CorruptUserDataFileError(UserDataFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a readable Daleel user-data file: {detail}"
    )


class NewerUserDataFileError(UserDataFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} was exported by a newer Daleel (format version {found}, this version "
        "reads {known}). Update Daleel to import it.",
    )


class OtherKindOfFileError(UserDataFileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a Daleel user-data export (it looks like {kind})."
    )


class InvalidTrackerValueError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid value for {field}.")


class UnknownCollectionError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no collection with the id {id}.")


class UnknownNoteError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no note with the id {id}.")


class UnknownPriorityError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no priority with the id {id}.")
