"""Building bundles: from a publisher's source folder, or from records already in memory.

A source folder is the seed's layout (assets/seed/): `catalogue.json` (id, version, publisher),
`catalogue.jsonl` or `catalogue.csv`, `themes.json`, `taxonomy.json`, optionally
`withdrawn.json` and a `files/` folder. A record's attachment may name a file in `files/`
(`{"file": "guide.pdf", "language": "ar"}`); the builder fills in its SHA-256, size and type.
"""

from __future__ import annotations

import csv
import hashlib
import json
import mimetypes
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
from pydantic import ValidationError

from desktop.domain.bundles import (
    FORMAT_VERSION,
    PAYLOAD_FILES,
    PAYLOAD_RESOURCES,
    PAYLOAD_TAXONOMY,
    PAYLOAD_THEMES,
    PAYLOAD_WITHDRAWN,
    SIGNATURE_FILE,
    SIGNED_FILE,
    BundleInfo,
    SourceFolderError,
    bag_info_fields,
)
from desktop.domain.records import CatalogueMetaIn, ResourceIn, TaxonomyIn, ThemeIn
from desktop.storage.bundle_keys import load_private_key, raw_public
from desktop.storage.bundle_reader import file_sha256, signature_document
from desktop.storage.sources import (
    CATALOGUE_META,
    RESOURCES,
    TAXONOMY,
    THEMES,
    Problem,
    describe_validation,
    parse_resource_lines,
    parse_themes,
    strict_json,
)

CSV_RESOURCES = "catalogue.csv"
WITHDRAWN = "withdrawn.json"
FILES = "files"
CSV_LIST_SEPARATOR = "|"
_CSV_LISTS = (
    "organisations",
    "countries",
    "regions",
    "themes",
    "modalities",
    "payment_methods",
    "sectors",
    "tags",
)


@dataclass
class BundleContent:
    """Everything a bundle carries, as validated records."""

    meta: CatalogueMetaIn
    resources: list[ResourceIn]
    themes: list[ThemeIn]
    taxonomy: TaxonomyIn
    withdrawn: list[str] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # sha256 → a file holding it
    base_version: int | None = None


@dataclass(frozen=True)
class BuiltBundle:
    path: Path
    info: BundleInfo
    resources: int
    withdrawn: int
    files: int
    sha256: str


# --- reading a source folder ------------------------------------------------------------------


def load_source(folder: Path, base_version: int | None = None) -> BundleContent:
    """The validated content of a source folder; every problem is reported at once."""
    problems: list[Problem] = []
    meta = _load_model(folder / CATALOGUE_META, CatalogueMetaIn, problems)
    taxonomy = _load_model(folder / TAXONOMY, TaxonomyIn, problems)
    themes: list[ThemeIn] = []
    if (folder / THEMES).is_file():
        themes, found = parse_themes((folder / THEMES).read_text("utf-8"))
        problems += found
    else:
        problems.append(Problem(THEMES, 0, "file missing"))
    files: dict[str, Path] = {}
    resources = _load_resources(folder, files, problems)
    withdrawn = _load_withdrawn(folder / WITHDRAWN, problems)
    if meta is not None and base_version is not None and base_version >= meta.version:
        detail = f"version {meta.version} must be above the base version {base_version}"
        problems.append(Problem(CATALOGUE_META, 1, detail))
    if problems or meta is None or taxonomy is None:
        raise SourceFolderError(problems or [Problem(str(folder), 0, "incomplete")])
    return BundleContent(meta, resources, themes, taxonomy, withdrawn, files, base_version)


def _load_model(path: Path, model: Any, problems: list[Problem]) -> Any:
    if not path.is_file():
        problems.append(Problem(path.name, 0, "file missing"))
        return None
    try:
        return model.model_validate(strict_json(path.read_text("utf-8")))
    except (ValueError, RecursionError) as error:
        detail = describe_validation(error) if isinstance(error, ValidationError) else str(error)
        problems.append(Problem(path.name, 1, detail))
        return None


def _load_resources(
    folder: Path, files: dict[str, Path], problems: list[Problem]
) -> list[ResourceIn]:
    if (folder / RESOURCES).is_file():
        source, rows = RESOURCES, _json_rows(folder / RESOURCES)
    elif (folder / CSV_RESOURCES).is_file():
        source, rows = CSV_RESOURCES, _csv_rows(folder / CSV_RESOURCES)
    else:
        problems.append(Problem(RESOURCES, 0, f"file missing (or {CSV_RESOURCES})"))
        return []
    lines: list[str] = []
    for number, row in rows:
        lines.extend([""] * (number - 1 - len(lines)))
        if isinstance(row, str):
            lines.append(row)  # not JSON: the parser reports it with its line
            continue
        try:
            _resolve_attachments(row, folder / FILES, files)
        except ValueError as error:
            problems.append(Problem(source, number, str(error)))
            lines.append("")
            continue
        lines.append(json.dumps(row, ensure_ascii=False))
    records, found = parse_resource_lines(lines, source)
    problems += found
    return records


def _json_rows(path: Path) -> Iterable[tuple[int, Any]]:
    for number, line in enumerate(path.read_text("utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = strict_json(line)
        except (ValueError, RecursionError):
            yield number, line
            continue
        yield number, row if isinstance(row, dict) else line


def _csv_rows(path: Path) -> Iterable[tuple[int, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, _csv_record(row)


def _csv_record(row: Mapping[str, str | None]) -> dict[str, Any]:
    """A CSV row as a record: lists split on "|", empty cells left out."""
    record: dict[str, Any] = {}
    for column, cell in row.items():
        text = (cell or "").strip()
        if column is None or not text:
            continue
        if column in _CSV_LISTS:
            record[column] = [p.strip() for p in text.split(CSV_LIST_SEPARATOR) if p.strip()]
        elif column == "attachments":
            parts = text.split(CSV_LIST_SEPARATOR)
            record[column] = [{"file": p.strip()} for p in parts if p.strip()]
        else:
            record[column] = text
    return record


def _resolve_attachments(row: dict[str, Any], folder: Path, files: dict[str, Path]) -> None:
    """Replace `{"file": NAME}` attachments by their full description."""
    attachments = row.get("attachments")
    if not isinstance(attachments, list):
        return
    for index, item in enumerate(attachments):
        if not isinstance(item, dict):
            continue
        if "file" not in item:
            if isinstance(item.get("sha256"), str) and (folder / item["sha256"]).is_file():
                files[item["sha256"]] = folder / item["sha256"]
            continue
        attachments[index] = _describe_file(item, folder, row.get("language"), files)


def _describe_file(
    item: dict[str, Any], folder: Path, language: Any, files: dict[str, Path]
) -> dict[str, Any]:
    name = str(item.pop("file"))
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents or not path.is_file():
        raise ValueError(f"attachment file {name!r} is not in {FILES}/")
    sha = file_sha256(path)
    files[sha] = path
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    described: dict[str, Any] = {"sha256": sha, "name": Path(name).name, "media_type": media_type}
    described |= {"size": path.stat().st_size, "language": language, **item}
    return described


def _load_withdrawn(path: Path, problems: list[Problem]) -> list[str]:
    if not path.is_file():
        return []
    try:
        data = strict_json(path.read_text("utf-8"))
    except (ValueError, RecursionError) as error:
        problems.append(Problem(WITHDRAWN, 1, f"invalid JSON: {error}"))
        return []
    if not isinstance(data, list) or not all(isinstance(u, str) for u in data):
        problems.append(Problem(WITHDRAWN, 1, "expected a list of uids"))
        return []
    return list(dict.fromkeys(data))


# --- writing a bundle ---------------------------------------------------------------------------


def build_bundle(
    source: Path, output: Path, key: Path | None = None, base_version: int | None = None
) -> BuiltBundle:
    """`bundle build`: a source folder → a (signed) bundle file."""
    return write_bundle(load_source(source, base_version), output, key)


def write_bundle(content: BundleContent, output: Path, key: Path | None = None) -> BuiltBundle:
    """Write `content` as a BagIt zip at `output` (atomically), signed with `key` if given."""
    signer = load_private_key(key) if key is not None else None
    info = BundleInfo(
        format_version=FORMAT_VERSION,
        catalogue_id=content.meta.catalogue_id,
        version=content.meta.version,
        base_version=content.base_version,
        created=datetime.now(UTC).replace(microsecond=0).isoformat(),
        publisher=content.meta.publisher,
        title=content.meta.title,
    )
    with tempfile.TemporaryDirectory(prefix="daleel-build-") as temporary:
        bag = Path(temporary) / "bag"
        _write_payload(bag, content)
        bagit.make_bag(str(bag), bag_info=bag_info_fields(info), checksums=["sha256"])
        if signer is not None:
            signature = signer.sign((bag / SIGNED_FILE).read_bytes())
            document = signature_document(raw_public(signer.public_key()), signature)
            (bag / SIGNATURE_FILE).write_text(json.dumps(document, indent=1) + "\n", "utf-8")
        zip_folder(bag, output)
    return BuiltBundle(
        output,
        info,
        len(content.resources),
        len(content.withdrawn),
        len(content.files),
        file_sha256(output),
    )


def _write_payload(bag: Path, content: BundleContent) -> None:
    bag.mkdir()
    lines = [_json(r.model_dump(mode="json", exclude_defaults=True)) for r in content.resources]
    (bag / PAYLOAD_RESOURCES).write_text("".join(f"{line}\n" for line in lines), "utf-8")
    themes = [t.model_dump(mode="json", exclude_defaults=True) for t in content.themes]
    (bag / PAYLOAD_THEMES).write_text(_json(themes, indent=1), "utf-8")
    taxonomy = content.taxonomy.model_dump(mode="json")
    (bag / PAYLOAD_TAXONOMY).write_text(_json(taxonomy, indent=1), "utf-8")
    (bag / PAYLOAD_WITHDRAWN).write_text(_json(sorted(content.withdrawn), indent=1), "utf-8")
    needed = {a.sha256 for r in content.resources for a in r.attachments}
    if needed:
        (bag / PAYLOAD_FILES).mkdir()
    for sha in sorted(needed & set(content.files)):
        shutil.copyfile(content.files[sha], bag / PAYLOAD_FILES / sha)


def _json(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=indent is None)


def zip_folder(folder: Path, output: Path) -> None:
    """A zip of `folder`'s files in a stable order, regular-file modes only, written atomically."""
    partial = output.with_name(output.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                entry = zipfile.ZipInfo("/".join(path.relative_to(folder).parts))
                entry.date_time = (2020, 1, 1, 0, 0, 0)
                entry.external_attr = 0o100644 << 16
                entry.create_system = 3
                entry.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as source, archive.open(entry, "w") as target:
                    shutil.copyfileobj(source, target, 1024 * 1024)
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def content_digest(records: Sequence[ResourceIn]) -> str:
    """One fingerprint of a list of records (for tests and logs)."""
    digest = hashlib.sha256()
    for record in records:
        digest.update(_json(record.model_dump(mode="json")).encode())
    return digest.hexdigest()
