"""Stage 3 of an import: reading and validating a bag's payload, every problem at once.

Records are validated with the same pydantic models the seed uses (desktop/domain/records.py);
each problem carries its file (relative to the bag) and line. Attachments must be present,
named by their SHA-256, and of the size their record says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from desktop.domain.bundles import (
    PAYLOAD_FILES,
    PAYLOAD_RESOURCES,
    PAYLOAD_TAXONOMY,
    PAYLOAD_THEMES,
    PAYLOAD_WITHDRAWN,
    is_sha256,
)
from desktop.domain.records import ResourceIn, TaxonomyIn, ThemeIn, Uid
from desktop.storage.sources import (
    Problem,
    describe_validation,
    parse_resource_lines,
    parse_themes,
    strict_json,
)

_UIDS = TypeAdapter(list[Uid])


def payload_name(name: str) -> str:
    return f"data/{name}"


@dataclass
class Payload:
    """A bundle's records and files, and everything wrong with them."""

    resources: list[ResourceIn] = field(default_factory=list)
    themes: list[ThemeIn] = field(default_factory=list)
    taxonomy: TaxonomyIn | None = None
    withdrawn: list[str] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # sha256 → file in the bag
    problems: list[Problem] = field(default_factory=list)

    @property
    def attachment_bytes(self) -> int:
        return sum(path.stat().st_size for path in self.files.values())


def read_payload(data: Path, payload_sha256: Mapping[str, str], store_files: Path) -> Payload:
    """Read `data/` of a bag whose checksums held; `store_files` is the content store."""
    payload = Payload()
    payload.resources = _read_resources(data / PAYLOAD_RESOURCES, payload.problems)
    text = _read_text(data / PAYLOAD_THEMES, payload.problems)
    if text is not None:
        payload.themes, problems = parse_themes(text, payload_name(PAYLOAD_THEMES))
        payload.problems += problems
    payload.taxonomy = _read_taxonomy(data / PAYLOAD_TAXONOMY, payload.problems)
    payload.withdrawn = _read_withdrawn(data / PAYLOAD_WITHDRAWN, payload.problems)
    payload.files = _read_files(data / PAYLOAD_FILES, payload_sha256, payload.problems)
    _check_cross_references(payload, store_files, data / PAYLOAD_RESOURCES)
    return payload


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    name = payload_name(path.name)
    if not path.is_file():
        problems.append(Problem(name, 0, "file missing"))
        return None
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, 0, f"not UTF-8 text: {error}"))
        return None


def _read_resources(path: Path, problems: list[Problem]) -> list[ResourceIn]:
    text = _read_text(path, problems)
    if text is None:
        return []
    records, found = parse_resource_lines(text.split("\n"), payload_name(PAYLOAD_RESOURCES))
    problems += found
    return records


def _read_json(path: Path, problems: list[Problem]) -> Any:
    text = _read_text(path, problems)
    if text is None:
        return None
    try:
        return strict_json(text)
    except (ValueError, RecursionError) as error:
        problems.append(Problem(payload_name(path.name), 1, f"invalid JSON: {error}"))
        return None


def _read_taxonomy(path: Path, problems: list[Problem]) -> TaxonomyIn | None:
    data = _read_json(path, problems)
    if data is None:
        return None
    try:
        return TaxonomyIn.model_validate(data)
    except ValidationError as error:
        problems.append(Problem(payload_name(PAYLOAD_TAXONOMY), 1, describe_validation(error)))
        return None


def _read_withdrawn(path: Path, problems: list[Problem]) -> list[str]:
    data = _read_json(path, problems)
    if data is None:
        return []
    try:
        uids = _UIDS.validate_python(data)
    except ValidationError as error:
        detail = f"expected a list of uids: {describe_validation(error)}"
        problems.append(Problem(payload_name(PAYLOAD_WITHDRAWN), 1, detail))
        return []
    return list(dict.fromkeys(uids))


def _read_files(
    folder: Path, payload_sha256: Mapping[str, str], problems: list[Problem]
) -> dict[str, Path]:
    files: dict[str, Path] = {}
    if not folder.is_dir():
        return files
    for path in sorted(folder.rglob("*")):
        if path.is_dir():
            continue
        name = "/".join(path.relative_to(folder.parent.parent).parts)
        if path.parent != folder or not is_sha256(path.name):
            problems.append(Problem(name, 0, "attachments must be named by their SHA-256"))
        elif payload_sha256.get(name) != path.name:
            problems.append(Problem(name, 0, "content does not match its SHA-256 name"))
        else:
            files[path.name] = path
    return files


def _check_cross_references(payload: Payload, store_files: Path, resources: Path) -> None:
    found: list[tuple[str, str]] = []  # (uid, detail)
    referenced: set[str] = set()
    for record in payload.resources:
        for attachment in record.attachments:
            referenced.add(attachment.sha256)
            size = _attachment_size(attachment.sha256, payload.files, store_files)
            if size is None:
                detail = (
                    f"attachment {attachment.name!r} ({attachment.sha256[:12]}…) is not in "
                    f"data/files/"
                )
                found.append((record.uid, detail))
            elif size != attachment.size:
                detail = f"attachment {attachment.name!r} is {size} bytes, not {attachment.size}"
                found.append((record.uid, detail))
    if found:
        lines = _lines_of_uids(resources)
        source = payload_name(PAYLOAD_RESOURCES)
        payload.problems += [Problem(source, lines.get(uid, 0), d) for uid, d in found]
    for sha in sorted(set(payload.files) - referenced):
        detail = "no record refers to this attachment"
        payload.problems.append(Problem(payload_name(f"{PAYLOAD_FILES}/{sha}"), 0, detail))
    for uid in sorted({r.uid for r in payload.resources} & set(payload.withdrawn)):
        detail = f"{uid!r} is both in {PAYLOAD_RESOURCES} and withdrawn"
        payload.problems.append(Problem(payload_name(PAYLOAD_WITHDRAWN), 1, detail))


def _lines_of_uids(resources: Path) -> dict[str, int]:
    """Line number of each uid's first record (only computed when there is a problem to place)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(resources.read_text("utf-8").split("\n"), start=1):
        try:
            uid = strict_json(line).get("uid")
        except (ValueError, AttributeError, RecursionError):
            continue
        if isinstance(uid, str):
            lines.setdefault(uid, number)
    return lines


def _attachment_size(sha: str, files: Mapping[str, Path], store_files: Path) -> int | None:
    if sha in files:
        return files[sha].stat().st_size
    stored = store_files / sha[:2] / sha
    return stored.stat().st_size if stored.is_file() else None
