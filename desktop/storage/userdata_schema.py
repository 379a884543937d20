"""The shape of a user-data export file (format "daleel-userdata", version 1), checked on import.

Unknown keys are ignored (a later minor version may add some); wrong types, missing keys,
bad times or bad states make the whole file invalid before anything is written.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from desktop.domain.userdata import normalise_time


def _time(value: str) -> str:
    try:
        return normalise_time(value)
    except ValueError as error:
        raise ValueError(f"not an ISO time: {value!r}") from error


def _day(value: str | None) -> str | None:
    if value is not None:
        date.fromisoformat(value)
    return value


Time = Annotated[str, AfterValidator(_time)]
OptionalTime = Annotated[str | None, AfterValidator(lambda v: None if v is None else _time(v))]
Id = Annotated[str, Field(min_length=1, max_length=500)]


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class BookmarkItem(_Item):
    uid: Id
    created_at: Time


class CollectionMember(_Item):
    uid: Id
    added_at: Time


class CollectionItem(_Item):
    uid: Id
    name: str
    position: int = 0
    created_at: Time
    updated_at: Time
    items: list[CollectionMember] = []


class NoteItem(_Item):
    note_uid: Id
    uid: Id
    body: str
    created_at: Time
    updated_at: Time
    deleted_at: OptionalTime = None
    conflict_of: str | None = None


class TagItem(_Item):
    uid: Id
    tag: Annotated[str, Field(min_length=1)]
    created_at: Time


class ReadingItem(_Item):
    uid: Id
    state: Literal["unread", "reading", "read"]
    last_opened: OptionalTime = None
    updated_at: Time


class LocalPriorityItem(_Item):
    id: Annotated[str, Field(pattern=r"^local-")]
    theme_id: Id
    position: int
    text: str
    archived: bool = False
    created_at: Time
    updated_at: Time


class TrackerEntryItem(_Item):
    priority_id: Id
    status: Literal["not_started", "in_progress", "done", "blocked"]
    progress: Annotated[int, Field(ge=0, le=100)]
    target_date: Annotated[str | None, AfterValidator(_day)] = None
    next_step: str = ""
    notes: str = ""
    updated_at: Time
    theme_id: str | None = None
    snapshot: dict[str, str] = {}


class TrackerLinkItem(_Item):
    priority_id: Id
    uid: Id
    added_at: Time


class TrackerHistoryItem(_Item):
    priority_id: Id
    changed_at: Time
    field: str
    old_value: str | None = None
    new_value: str | None = None


class ConflictItem(_Item):
    kind: str
    key: str
    digest: str
    data: str
    recorded_at: Time


class ExportFile(BaseModel):
    """A whole user-data file."""

    model_config = ConfigDict(extra="ignore", strict=True)

    format: str
    version: int
    exported_at: Time | None = None
    bookmarks: list[BookmarkItem] = []
    collections: list[CollectionItem] = []
    notes: list[NoteItem] = []
    tags: list[TagItem] = []
    reading_state: list[ReadingItem] = []
    local_priorities: list[LocalPriorityItem] = []
    tracker_entries: list[TrackerEntryItem] = []
    tracker_links: list[TrackerLinkItem] = []
    tracker_history: list[TrackerHistoryItem] = []
    conflicts: list[ConflictItem] = []
