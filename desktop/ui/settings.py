"""Typed settings, declared once: preferences apart from window state, in `<data>/settings.ini`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is kept, its type and its default."""

    key: str
    kind: type
    default: T


# Preferences: what the user chose.
LANGUAGE = Setting[str]("preferences/language", str, "")  # "" = never chosen
SORT = Setting[str]("preferences/sort", str, "relevance")
ARABIC_DIGITS = Setting[bool]("preferences/arabic_digits", bool, False)
# Window state: how the user left the window.
GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray, QByteArray())
SPLITTER = Setting[list[int]]("window/browse_splitter", list, [])
PAGE = Setting[str]("window/page", str, "")  # "" = first start


class Settings:
    """QSettings in INI format at a given path, read and written through `Setting`s."""

    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        raw = self._qsettings.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            return cast(T, _convert(raw, setting.kind))
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    @property
    def path(self) -> str:
        return self._qsettings.fileName()


def _convert(raw: object, kind: type) -> object:
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if kind is list:
        items = raw if isinstance(raw, list) else [raw]
        return [int(x) for x in items if str(x).strip()]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray()
    return kind(raw)
