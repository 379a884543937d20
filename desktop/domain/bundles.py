"""Catalogue bundles: their metadata, their limits, and every way a bundle can be refused.

A bundle is a zip holding a BagIt bag (see docs/bundle-format.md). This module knows what the
bag-info fields mean and which limits an import enforces; it reads no files. Each kind of bad
input has its own error class, with an English message marked for translation (context
"Errors") that names the problem and says that nothing was changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.errors import QT_TRANSLATE_NOOP, DaleelError

FORMAT_VERSION = 1

# bag-info.txt fields (BagIt labels; ours start with "Daleel-").
FIELD_FORMAT = "Daleel-Bundle-Format"
FIELD_CATALOGUE = "Daleel-Catalogue-Id"
FIELD_VERSION = "Daleel-Bundle-Version"
FIELD_BASE = "Daleel-Base-Version"
FIELD_CREATED = "Daleel-Created"
FIELD_PUBLISHER = "Daleel-Publisher"
FIELD_TITLE = "Daleel-Catalogue-Title"
REQUIRED_FIELDS = (FIELD_FORMAT, FIELD_CATALOGUE, FIELD_VERSION, FIELD_CREATED, FIELD_PUBLISHER)

# Payload (inside the bag's data/ folder) and the detached signature (beside the tag files).
PAYLOAD_RESOURCES = "catalogue.jsonl"
PAYLOAD_THEMES = "themes.json"
PAYLOAD_TAXONOMY = "taxonomy.json"
PAYLOAD_WITHDRAWN = "withdrawn.json"
PAYLOAD_FILES = "files"
REQUIRED_PAYLOAD = (PAYLOAD_RESOURCES, PAYLOAD_THEMES, PAYLOAD_TAXONOMY, PAYLOAD_WITHDRAWN)
SIGNED_FILE = "tagmanifest-sha256.txt"
SIGNATURE_FILE = "signature-ed25519.json"

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MiB = 1024 * 1024


def is_sha256(text: str) -> bool:
    return bool(_SHA256.match(text))


@dataclass(frozen=True)
class Limits:
    """What an import accepts before it reads a byte more (zip bombs, endless archives)."""

    max_total_bytes: int = 2048 * MiB
    max_entries: int = 20_000
    max_ratio: int = 200
    # Entries smaller than this may compress better than max_ratio (a page of spaces).
    ratio_floor_bytes: int = 1 * MiB


class Stage(StrEnum):
    """The stages of an import, in order; nothing is written before APPLY."""

    SAFETY = "safety"
    INTEGRITY = "integrity"
    VALIDATION = "validation"
    PREVIEW = "preview"
    APPLY = "apply"


@dataclass(frozen=True)
class BundleInfo:
    """What bag-info.txt says about a bundle."""

    format_version: int
    catalogue_id: str
    version: int
    base_version: int | None
    created: str
    publisher: str
    title: str = ""

    @property
    def is_delta(self) -> bool:
        return self.base_version is not None


def parse_bag_info(fields: Mapping[str, str | Sequence[str]]) -> BundleInfo:
    """The bundle's metadata from bag-info.txt's fields; a missing or bad field is refused."""
    values = {k: (v if isinstance(v, str) else (v[0] if v else "")) for k, v in fields.items()}
    for name in REQUIRED_FIELDS:
        if not values.get(name, "").strip():
            raise BagInfoError(field=name, detail="missing")
    format_version = _integer(values, FIELD_FORMAT)
    if format_version != FORMAT_VERSION:
        raise UnknownFormatVersionError(found=values[FIELD_FORMAT], known=FORMAT_VERSION)
    created = values[FIELD_CREATED].strip()
    try:
        date.fromisoformat(created[:10])
    except ValueError:
        raise BagInfoError(field=FIELD_CREATED, detail=f"{created!r} is not a date") from None
    base = _integer(values, FIELD_BASE) if values.get(FIELD_BASE, "").strip() else None
    version = _integer(values, FIELD_VERSION)
    if base is not None and base >= version:
        raise BagInfoError(field=FIELD_BASE, detail=f"{base} is not below the version {version}")
    return BundleInfo(
        format_version=format_version,
        catalogue_id=values[FIELD_CATALOGUE].strip(),
        version=version,
        base_version=base,
        created=created,
        publisher=values[FIELD_PUBLISHER].strip(),
        title=values.get(FIELD_TITLE, "").strip(),
    )


def _integer(values: Mapping[str, str], name: str) -> int:
    text = values[name].strip()
    if not text.isdigit():
        if name == FIELD_FORMAT:
            raise UnknownFormatVersionError(found=text, known=FORMAT_VERSION)
        raise BagInfoError(field=name, detail=f"{text!r} is not a whole number")
    return int(text)


def bag_info_fields(info: BundleInfo) -> dict[str, str]:
    fields = {
        FIELD_FORMAT: str(info.format_version),
        FIELD_CATALOGUE: info.catalogue_id,
        FIELD_VERSION: str(info.version),
        FIELD_CREATED: info.created,
        FIELD_PUBLISHER: info.publisher,
    }
    if info.base_version is not None:
        fields[FIELD_BASE] = str(info.base_version)
    if info.title:
        fields[FIELD_TITLE] = info.title
    return fields


# --- errors: stage 1, safety ---------------------------------------------------------------


class BundleError(DaleelError):
    """Base of every reason to refuse a bundle."""

    template = QT_TRANSLATE_NOOP("Errors", "The bundle cannot be used.")


class BundleUnreadableError(BundleError):
    template = QT_TRANSLATE_NOOP("Errors", "The bundle {path} cannot be read: {detail}")


class NotAZipError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a Daleel bundle: it is not a zip file. Nothing was changed."
    )


class TruncatedZipError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is damaged or incomplete (was the copy interrupted?): {detail}. "
        "Nothing was changed.",
    )


class UnsafePathError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle contains an unsafe file name “{path}” (absolute, “..”, backslash or drive "
        "letter). Nothing was changed.",
    )


class LinkEntryError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle contains “{path}”, which is a link or a special file, not a plain file. "
        "Nothing was changed.",
    )


class DuplicateEntryError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The bundle contains “{path}” more than once. Nothing was changed."
    )


class TooManyEntriesError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle holds {count} files, more than the {limit} allowed. Nothing was changed.",
    )


class BundleTooLargeError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle unpacks to more than {limit} bytes (a possible zip bomb). Nothing was changed.",
    )


class CompressionRatioError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” in the bundle is compressed more than {limit} to 1 (a possible zip bomb). "
        "Nothing was changed.",
    )


class EntrySizeLieError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” in the bundle is larger than its header says (a forged zip). "
        "Nothing was changed.",
    )


# --- errors: stage 2, integrity --------------------------------------------------------------


class NotABagError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip is not a Daleel bundle: {detail} (see docs/bundle-format.md). "
        "Nothing was changed.",
    )


class BagInfoError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "bag-info.txt: the field {field} is {detail}. Nothing was changed."
    )


class UnknownFormatVersionError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle uses format version {found}; this Daleel reads version {known}. "
        "Update Daleel to import it. Nothing was changed.",
    )


class PayloadMissingError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is listed in the bundle’s manifest but missing from the bundle. "
        "Nothing was changed.",
    )


class PayloadExtraError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is in the bundle but not in its manifest (added after signing?). "
        "Nothing was changed.",
    )


class ChecksumMismatchError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” does not match its checksum: the bundle was changed or damaged. "
        "Nothing was changed.",
    )


class UnsignedBundleError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is not signed, so its origin cannot be checked. Import it only if you "
        "trust where it came from (--allow-unsigned). Nothing was changed.",
    )


class UnknownSignerError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). "
        "Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.",
    )


class BadSignatureError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle’s signature does not match its contents: it was changed after signing. "
        "Nothing was changed.",
    )


# --- errors: stage 3, validation, and the catalogue's version --------------------------------


class BundleValidationError(BundleError):
    """All problems of a bundle's records and files, each with its file and line."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle has {count} invalid records or files; nothing was changed. First: {first}",
    )

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems = tuple(problems)
        super().__init__(count=len(self.problems), first=str(self.problems[0]))


class OtherCatalogueError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle is for the catalogue “{bundle}”, but this catalogue is “{current}”. "
        "Nothing was changed.",
    )


class OlderVersionError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle holds version {bundle}, but the catalogue already has version {current}. "
        "Nothing was changed.",
    )


class WrongBaseError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The bundle updates version {base} to {bundle}, but the catalogue has version "
        "{current}. Import the missing updates or a full bundle first. Nothing was changed.",
    )


class ImportCancelledError(BundleError):
    template = QT_TRANSLATE_NOOP("Errors", "The import was cancelled. Nothing was changed.")


class NeedsConfirmationError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Nothing was imported: confirm with --yes, or look first with --dry-run."
    )


# --- errors: the publisher's side -------------------------------------------------------------


class SourceFolderError(BundleError):
    template = QT_TRANSLATE_NOOP("Errors", "The source folder has {count} problems. First: {first}")

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems = tuple(problems)
        super().__init__(count=len(self.problems), first=str(self.problems[0]))


class KeyFileError(BundleError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a usable Ed25519 key: {detail}")


class FileExistsAlreadyError(BundleError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} exists already; it was not overwritten. Choose another name."
    )


class BackupMissingError(BundleError):
    template = QT_TRANSLATE_NOOP("Errors", "The backup {path} is missing or not a catalogue.")
