"""Queries over a list of keys (`... WHERE uid IN (?, ?, ...)`), asked a few hundred at a time.

SQLite caps the parameters of one statement (999 in older builds); a bundle or a user's list
can hold many thousand keys, so every such query is cut into chunks of `CHUNK` keys.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection

CHUNK = 500
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def placeholders(count: int) -> str:
    """`?, ?, ?` for `count` parameters."""
    return ", ".join("?" * count)


def rows_in(conn: Connection, template: str, keys: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """Every row `template` gives for `keys`: its `{marks}` stands for the key list. Each chunk
    is read whole before the next is asked for, so the caller may write between rows."""
    for chunk in chunks(keys):
        sql = template.format(marks=placeholders(len(chunk)))
        yield from conn.exec_driver_sql(sql, tuple(chunk)).all()
