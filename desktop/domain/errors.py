"""Typed errors with messages a user can read, in either language.

Each error carries an English template marked for Qt Linguist (context "Errors") and its
parameters; the layer that shows it (window or command line) translates the template, then
fills it in. The domain itself never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation without translating it here."""
    return text


def _untranslated(_context: str, text: str) -> str:
    return text


class DaleelError(Exception):
    """Base of every error the user may see."""

    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Translate = _untranslated) -> str:
        return translate("Errors", self.template).format(**self.params)


class SearchInterruptedError(Exception):
    """A search was stopped because a newer one was asked for. Never shown: its answer would
    have been dropped anyway."""


class UnknownResourceError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "No resource with the id “{uid}” is in the catalogue.")


class UnknownFilterValueError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” is not a value of the filter “{facet}”. Run “facets” to see the values.",
    )


class CatalogueMissingError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "The catalogue file {path} is missing.")


class DamagedDatabaseError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "The database file {path} is damaged: {detail}")


class SchemaTooNewError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} was written by a newer Daleel (schema {found}, this version "
        "knows {known}). Update Daleel to open it.",
    )


class DataDirNotWritableError(DaleelError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The data folder {path} cannot be written to. Choose another with --data-dir."
    )


class InvalidRecordError(DaleelError):
    template = QT_TRANSLATE_NOOP("Errors", "{source}, line {line}: {detail}")
