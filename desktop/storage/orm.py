"""Typed ORM mappings of the two database files.

The tables are created by the migrations (`migrations.py`), not by `create_all`: the
mappings describe what the newest migration produces, so queries can be written against them.
The full-text index is a virtual table and is queried with SQL text in `search.py`.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CatalogueBase(DeclarativeBase):
    """Tables of the catalogue file (`resources.db`)."""


class UserDataBase(DeclarativeBase):
    """Tables of the user's own file (`userdata.db`), ATTACHed to the catalogue as `ud`."""


class CatalogueInfoRow(CatalogueBase):
    __tablename__ = "catalogue_info"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ResourceRecord(CatalogueBase):
    __tablename__ = "resources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String)
    doc_type: Mapped[str | None] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String)
    source_url: Mapped[str | None] = mapped_column(Text)
    title_key: Mapped[str] = mapped_column(Text)
    added_in: Mapped[int] = mapped_column(Integer, default=0)
    updated_in: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn_in: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String, default="")


class ResourceValue(CatalogueBase):
    """One facet value (or tag) of a resource: the table every facet count reads."""

    __tablename__ = "resource_values"
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    facet: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TaxonomyLabel(CatalogueBase):
    __tablename__ = "taxonomy_labels"
    facet: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String, primary_key=True)
    lang: Mapped[str] = mapped_column(String, primary_key=True)
    label: Mapped[str] = mapped_column(Text)


class ThemeRecord(CatalogueBase):
    __tablename__ = "themes"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class ThemeText(CatalogueBase):
    __tablename__ = "theme_texts"
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id"), primary_key=True)
    lang: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    introduction: Mapped[str] = mapped_column(Text, default="")
    priorities_introduction: Mapped[str] = mapped_column(Text, default="")
    priorities_closing: Mapped[str] = mapped_column(Text, default="")


class PriorityRecord(CatalogueBase):
    __tablename__ = "priorities"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id"))
    position: Mapped[int] = mapped_column(Integer)


class PriorityText(CatalogueBase):
    __tablename__ = "priority_texts"
    priority_id: Mapped[str] = mapped_column(ForeignKey("priorities.id"), primary_key=True)
    lang: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class AttachmentRecord(CatalogueBase):
    __tablename__ = "attachments"
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ImportHistoryRow(CatalogueBase):
    __tablename__ = "import_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[str] = mapped_column(String)
    bundle_version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int | None] = mapped_column(Integer)
    signer: Mapped[str | None] = mapped_column(String)
    checksum: Mapped[str] = mapped_column(String)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)


# --- user data -------------------------------------------------------------------------


class Bookmark(UserDataBase):
    __tablename__ = "bookmarks"
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[str] = mapped_column(String)


class Collection(UserDataBase):
    __tablename__ = "collections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


class CollectionItem(UserDataBase):
    __tablename__ = "collection_items"
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id"), primary_key=True)
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    added_at: Mapped[str] = mapped_column(String)


class Note(UserDataBase):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_uid: Mapped[str] = mapped_column(String, unique=True)
    uid: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    deleted_at: Mapped[str | None] = mapped_column(String)


class ResourceTag(UserDataBase):
    __tablename__ = "resource_tags"
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    tag: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[str] = mapped_column(String)


class ReadingState(UserDataBase):
    __tablename__ = "reading_state"
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    state: Mapped[str] = mapped_column(String)
    last_opened: Mapped[str | None] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


class LocalPriority(UserDataBase):
    __tablename__ = "local_priorities"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    theme_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    archived: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


class TrackerEntry(UserDataBase):
    __tablename__ = "tracker_entries"
    priority_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String, default="not_started")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    target_date: Mapped[str | None] = mapped_column(String)
    next_step: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String)


class TrackerLink(UserDataBase):
    __tablename__ = "tracker_links"
    priority_id: Mapped[str] = mapped_column(String, primary_key=True)
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    added_at: Mapped[str] = mapped_column(String)


class TrackerHistory(UserDataBase):
    __tablename__ = "tracker_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    priority_id: Mapped[str] = mapped_column(String)
    changed_at: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
