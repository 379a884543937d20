"""Typed table definitions of the two database files (SQLAlchemy Core).

The tables are created by the migrations (`migrations.py`), not by `create_all`: the
definitions describe what the newest migration produces, so queries can be written against them.
The full-text index is a virtual table and is queried with SQL text in `search.py`.

Each class names one table: its attributes are the table's columns (`ResourceRecord.title`),
`__table__` is the table, and the class itself can be given wherever SQLAlchemy takes a table
(`select`, `insert`, `update`, `delete`, `join`). Nothing here is mapped with the ORM: no query
needs it, and importing `sqlalchemy.orm` and building declarative mappings cost ~0.15 s at
start-up.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Column, ColumnClause, ForeignKey, Integer, MetaData, String, Table, Text

# A column of a table class, as a type: `ResourceRecord.title` is a `Col[str]`. (Typed as
# `ColumnClause`, which `Column` is: SQLAlchemy types a `Column` read from a class as `Never`.)
Col = ColumnClause


class TableClass:
    """A table written as a class: subclasses with a `__tablename__` get their `__table__`."""

    metadata: ClassVar[MetaData]
    __tablename__: ClassVar[str]
    __table__: ClassVar[Table]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if "__tablename__" not in cls.__dict__:  # a base class of one database file
            cls.metadata = MetaData()
            return
        columns: list[Column[object]] = []
        for name, value in vars(cls).items():
            if isinstance(value, Column):
                value.name = value.key = name  # named after the attribute, as declarative does
                columns.append(value)
        cls.__table__ = Table(cls.__tablename__, cls.metadata, *columns)

    @classmethod
    def __clause_element__(cls) -> Table:
        """What SQLAlchemy uses when the class is given in place of a table."""
        return cls.__table__


class CatalogueBase(TableClass):
    """Tables of the catalogue file (`resources.db`)."""


class UserDataBase(TableClass):
    """Tables of the user's own file (`userdata.db`), ATTACHed to the catalogue as `ud`."""


class CatalogueInfoRow(CatalogueBase):
    __tablename__ = "catalogue_info"
    key: Col[str] = Column(String, primary_key=True)
    value: Col[str] = Column(Text)


class ResourceRecord(CatalogueBase):
    __tablename__ = "resources"
    id: Col[int] = Column(Integer, primary_key=True)
    uid: Col[str] = Column(String, unique=True)
    title: Col[str] = Column(Text)
    summary: Col[str] = Column(Text, default="")
    language: Col[str | None] = Column(String)
    doc_type: Col[str | None] = Column(String)
    published: Col[str | None] = Column(String)
    source_url: Col[str | None] = Column(Text)
    title_key: Col[str] = Column(Text)
    added_in: Col[int] = Column(Integer, default=0)
    updated_in: Col[int] = Column(Integer, default=0)
    withdrawn_in: Col[int | None] = Column(Integer)
    content_hash: Col[str] = Column(String, default="")


class ResourceValue(CatalogueBase):
    """One facet value (or tag) of a resource: the table every facet count reads."""

    __tablename__ = "resource_values"
    resource_id: Col[int] = Column(ForeignKey("resources.id"), primary_key=True)
    facet: Col[str] = Column(String, primary_key=True)
    value: Col[str] = Column(String, primary_key=True)
    position: Col[int] = Column(Integer, default=0)


class TaxonomyLabel(CatalogueBase):
    __tablename__ = "taxonomy_labels"
    facet: Col[str] = Column(String, primary_key=True)
    value: Col[str] = Column(String, primary_key=True)
    lang: Col[str] = Column(String, primary_key=True)
    label: Col[str] = Column(Text)


class ThemeRecord(CatalogueBase):
    __tablename__ = "themes"
    id: Col[str] = Column(String, primary_key=True)
    position: Col[int] = Column(Integer)


class ThemeText(CatalogueBase):
    __tablename__ = "theme_texts"
    theme_id: Col[str] = Column(ForeignKey("themes.id"), primary_key=True)
    lang: Col[str] = Column(String, primary_key=True)
    title: Col[str] = Column(Text)
    introduction: Col[str] = Column(Text, default="")
    priorities_introduction: Col[str] = Column(Text, default="")
    priorities_closing: Col[str] = Column(Text, default="")


class PriorityRecord(CatalogueBase):
    __tablename__ = "priorities"
    id: Col[str] = Column(String, primary_key=True)
    theme_id: Col[str] = Column(ForeignKey("themes.id"))
    position: Col[int] = Column(Integer)


class PriorityText(CatalogueBase):
    __tablename__ = "priority_texts"
    priority_id: Col[str] = Column(ForeignKey("priorities.id"), primary_key=True)
    lang: Col[str] = Column(String, primary_key=True)
    text: Col[str] = Column(Text)


class AttachmentRecord(CatalogueBase):
    __tablename__ = "attachments"
    resource_id: Col[int] = Column(ForeignKey("resources.id"), primary_key=True)
    sha256: Col[str] = Column(String, primary_key=True)
    name: Col[str] = Column(Text)
    media_type: Col[str] = Column(String)
    size: Col[int] = Column(Integer)
    language: Col[str | None] = Column(String)
    position: Col[int] = Column(Integer, default=0)


class ImportHistoryRow(CatalogueBase):
    __tablename__ = "import_history"
    id: Col[int] = Column(Integer, primary_key=True)
    imported_at: Col[str] = Column(String)
    bundle_version: Col[int] = Column(Integer)
    base_version: Col[int | None] = Column(Integer)
    signer: Col[str | None] = Column(String)
    checksum: Col[str] = Column(String)
    added: Col[int] = Column(Integer, default=0)
    updated: Col[int] = Column(Integer, default=0)
    withdrawn: Col[int] = Column(Integer, default=0)
    unchanged: Col[int] = Column(Integer, default=0)


# --- user data -------------------------------------------------------------------------


class Bookmark(UserDataBase):
    __tablename__ = "bookmarks"
    uid: Col[str] = Column(String, primary_key=True)
    created_at: Col[str] = Column(String)


class Collection(UserDataBase):
    __tablename__ = "collections"
    id: Col[int] = Column(Integer, primary_key=True)
    name: Col[str] = Column(Text)
    position: Col[int] = Column(Integer, default=0)
    created_at: Col[str] = Column(String)
    updated_at: Col[str] = Column(String)


class CollectionItem(UserDataBase):
    __tablename__ = "collection_items"
    collection_id: Col[int] = Column(ForeignKey("collections.id"), primary_key=True)
    uid: Col[str] = Column(String, primary_key=True)
    added_at: Col[str] = Column(String)


class Note(UserDataBase):
    __tablename__ = "notes"
    id: Col[int] = Column(Integer, primary_key=True)
    note_uid: Col[str] = Column(String, unique=True)
    uid: Col[str] = Column(String)
    body: Col[str] = Column(Text, default="")
    created_at: Col[str] = Column(String)
    updated_at: Col[str] = Column(String)
    deleted_at: Col[str | None] = Column(String)


class ResourceTag(UserDataBase):
    __tablename__ = "resource_tags"
    uid: Col[str] = Column(String, primary_key=True)
    tag: Col[str] = Column(String, primary_key=True)
    created_at: Col[str] = Column(String)


class ReadingState(UserDataBase):
    __tablename__ = "reading_state"
    uid: Col[str] = Column(String, primary_key=True)
    state: Col[str] = Column(String)
    last_opened: Col[str | None] = Column(String)
    updated_at: Col[str] = Column(String)


class LocalPriority(UserDataBase):
    __tablename__ = "local_priorities"
    id: Col[str] = Column(String, primary_key=True)
    theme_id: Col[str] = Column(String)
    position: Col[int] = Column(Integer)
    text: Col[str] = Column(Text)
    archived: Col[int] = Column(Integer, default=0)
    created_at: Col[str] = Column(String)
    updated_at: Col[str] = Column(String)


class TrackerEntry(UserDataBase):
    __tablename__ = "tracker_entries"
    priority_id: Col[str] = Column(String, primary_key=True)
    status: Col[str] = Column(String, default="not_started")
    progress: Col[int] = Column(Integer, default=0)
    target_date: Col[str | None] = Column(String)
    next_step: Col[str] = Column(Text, default="")
    notes: Col[str] = Column(Text, default="")
    updated_at: Col[str] = Column(String)


class TrackerLink(UserDataBase):
    __tablename__ = "tracker_links"
    priority_id: Col[str] = Column(String, primary_key=True)
    uid: Col[str] = Column(String, primary_key=True)
    added_at: Col[str] = Column(String)


class TrackerHistory(UserDataBase):
    __tablename__ = "tracker_history"
    id: Col[int] = Column(Integer, primary_key=True)
    priority_id: Col[str] = Column(String)
    changed_at: Col[str] = Column(String)
    field: Col[str] = Column(String)
    old_value: Col[str | None] = Column(Text)
    new_value: Col[str | None] = Column(Text)
