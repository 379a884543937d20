"""Reading a catalogue's text sources (the seed, a bundle's payload) into validated records.

Every problem is collected with its file and line, so a publisher sees them all at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.domain.records import CatalogueMetaIn, ResourceIn, TaxonomyIn, ThemeIn

CATALOGUE_META = "catalogue.json"
RESOURCES = "catalogue.jsonl"
THEMES = "themes.json"
TAXONOMY = "taxonomy.json"

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    source: str
    line: int
    detail: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.detail}"


@dataclass
class CatalogueSource:
    """A whole catalogue as records, and what was wrong with the text it came from."""

    meta: CatalogueMetaIn | None = None
    resources: list[ResourceIn] = field(default_factory=list)
    themes: list[ThemeIn] = field(default_factory=list)
    taxonomy: TaxonomyIn | None = None
    problems: list[Problem] = field(default_factory=list)


def strict_json(text: str) -> Any:
    """json.loads that refuses NaN/Infinity and duplicate keys instead of guessing."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError(f"duplicate key {duplicates[0]!r}")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def describe_validation(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "; ".join(parts)


def parse_resource_lines(
    lines: Iterable[str], source: str
) -> tuple[list[ResourceIn], list[Problem]]:
    """Resources from JSON Lines; problems carry their line number. Duplicate uids are problems."""
    records: list[ResourceIn] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = _parse_model(ResourceIn, line, source, number, problems)
        if record is None:
            continue
        if record.uid in seen:
            problems.append(
                Problem(
                    source,
                    number,
                    f"duplicate uid {record.uid!r} (first on line {seen[record.uid]})",
                )
            )
            continue
        seen[record.uid] = number
        records.append(record)
    return records, problems


def _parse_model(
    model: type[M], text: str, source: str, line: int, problems: list[Problem]
) -> M | None:
    try:
        return model.model_validate(strict_json(text))
    except ValidationError as error:
        problems.append(Problem(source, line, describe_validation(error)))
    except (ValueError, RecursionError) as error:
        problems.append(Problem(source, line, f"invalid JSON: {error}"))
    return None


def parse_themes(text: str, source: str = THEMES) -> tuple[list[ThemeIn], list[Problem]]:
    problems: list[Problem] = []
    try:
        data = strict_json(text)
    except (ValueError, RecursionError) as error:
        return [], [Problem(source, 1, f"invalid JSON: {error}")]
    if not isinstance(data, list):
        return [], [Problem(source, 1, "expected a list of themes")]
    themes = [
        _parse_model(ThemeIn, json.dumps(item), source, i, problems)
        for i, item in enumerate(data, start=1)
    ]
    return [t for t in themes if t is not None], problems


def load_source_dir(folder: Path) -> CatalogueSource:
    """Read catalogue.json, catalogue.jsonl, themes.json and taxonomy.json from a folder."""
    result = CatalogueSource()
    result.meta = _load_single(folder / CATALOGUE_META, CatalogueMetaIn, result.problems)
    result.taxonomy = _load_single(folder / TAXONOMY, TaxonomyIn, result.problems)
    themes_path = folder / THEMES
    if themes_path.exists():
        result.themes, problems = parse_themes(themes_path.read_text("utf-8"))
        result.problems += problems
    resources_path = folder / RESOURCES
    if resources_path.exists():
        lines = resources_path.read_text("utf-8").splitlines()
        result.resources, problems = parse_resource_lines(lines, RESOURCES)
        result.problems += problems
    else:
        result.problems.append(Problem(RESOURCES, 0, "file missing"))
    return result


def _load_single(path: Path, model: type[M], problems: list[Problem]) -> M | None:
    if not path.exists():
        problems.append(Problem(path.name, 0, "file missing"))
        return None
    return _parse_model(model, path.read_text("utf-8"), path.name, 1, problems)
