"""A deterministic generator of large catalogues: `python -m bench.generator N [OUT]`.

The same N and seed always give the same catalogue. Resources are about half Arabic (some of
it vocalised), 45% English and a few French and Spanish; titles have 6-15 words, summaries
about 60; each has 1-3 countries and the CALP facets. The output folder has the layout of
`assets/seed/` (catalogue.json, catalogue.jsonl, themes.json, taxonomy.json), and the catalogue
file is built from it with the project's own writer (`desktop.storage.seed.build_catalogue`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import sys
from bisect import bisect
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench import vocab

GENERATOR_VERSION = 1
DEFAULT_SEED = 20_26
OUT = Path(__file__).resolve().parent / "out"
VOCALISED_SHARE = 0.15  # of Arabic resources


class Zipf:
    """Draws items of a list with probability ∝ 1 / rank^s (the first item is the commonest)."""

    def __init__(self, items: Sequence[str], s: float = 1.0) -> None:
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(1 / (r + 1) ** s for r in range(len(items))))

    def draw(self, rng: random.Random) -> str:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


class _Words:
    """Text in one language: content words by Zipf, function words between them."""

    def __init__(self, content: Sequence[str], function: Sequence[str]) -> None:
        self.content = Zipf(content, 0.9)
        self.function = Zipf(function, 0.8)

    def words(self, rng: random.Random, count: int) -> list[str]:
        drawn = []
        for _ in range(count):
            source = self.function if rng.random() < 0.35 else self.content
            drawn.append(source.draw(rng))
        return drawn


_ENGLISH = _Words(vocab.EN_CONTENT, vocab.EN_FUNCTION)
_ARABIC = _Words(vocab.AR_CONTENT, vocab.AR_FUNCTION)
_FRENCH = _Words(vocab.FR_WORDS, vocab.FR_WORDS[-9:])


def vocalise(word: str, rng: random.Random) -> str:
    """Put harakat (and sometimes a shadda) on the letters of an Arabic word."""
    out = []
    for char in word:
        out.append(char)
        if "\u0621" <= char <= "\u064a" and rng.random() < 0.7:
            if rng.random() < 0.08:
                out.append(vocab.SHADDA)
            out.append(rng.choice(vocab.HARAKAT))
    return "".join(out)


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _text(rng: random.Random, language: str, count: int, vocalised: bool) -> str:
    source = {"ar": _ARABIC, "fr": _FRENCH}.get(language, _ENGLISH)
    words = source.words(rng, count)
    if language == "ar" and rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(["CVA", "COVID-19", "MPCA", "(CALP)"]))
    if vocalised:
        words = [vocalise(w, rng) for w in words]
    return _sentence(words)


def _summary(rng: random.Random, language: str, vocalised: bool) -> str:
    total = rng.randint(40, 80)
    sentences = []
    while total > 0:
        size = min(total, rng.randint(8, 20))
        sentences.append(_text(rng, language, size, vocalised))
        total -= size
    return (". " if language != "ar" else ". ").join(sentences) + "."


def _pick(rng: random.Random, table: Sequence[tuple[str, ...]], low: int, high: int) -> list[str]:
    count = rng.randint(low, high)
    return sorted({row[0] for row in rng.sample(list(table), count)}) if count else []


def _published(rng: random.Random) -> str | None:
    if rng.random() < 0.03:
        return None
    year = min(2025, int(2026 - rng.expovariate(1 / 6)))
    year = max(year, 1998)
    shape = rng.random()
    if shape < 0.15:
        return str(year)
    if shape < 0.35:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _language(rng: random.Random) -> str:
    roll = rng.random()
    return "ar" if roll < 0.5 else "en" if roll < 0.95 else "fr" if roll < 0.98 else "es"


def resource(rng: random.Random, number: int) -> dict[str, object]:
    """One resource record (as a dict, the shape of a catalogue.jsonl line)."""
    language = _language(rng)
    vocalised = language == "ar" and rng.random() < VOCALISED_SHARE
    countries = _pick(rng, vocab.COUNTRIES, 1, 3)
    regions = sorted({row[3] for row in vocab.COUNTRIES if row[0] in countries})
    record: dict[str, object] = {
        "uid": f"bench-{number:07d}",
        "title": _text(rng, language, rng.randint(6, 15), vocalised),
        "summary": _summary(rng, language, vocalised),
        "language": language if language != "es" or rng.random() < 0.9 else None,
        "doc_type": rng.choice(vocab.DOC_TYPES)[0] if rng.random() < 0.95 else None,
        "published": _published(rng),
        "organisations": _pick(rng, vocab.ORGANISATIONS, 0, 2),
        "countries": countries,
        "regions": regions,
        "themes": _pick(rng, vocab.THEMES, 1, 2),
        "modalities": _pick(rng, vocab.MODALITIES, 0, 2),
        "payment_methods": _pick(rng, vocab.PAYMENT_METHODS, 0, 2),
        "sectors": _pick(rng, vocab.SECTORS, 0, 2),
        "tags": _pick(rng, [(w,) for w in vocab.EN_CONTENT[:60]], 0, 3),
        "source_url": f"https://www.calpnetwork.org/publication/bench-{number}",
    }
    if rng.random() < 0.2:
        record["attachments"] = [_attachment(number, language)]
    return {k: v for k, v in record.items() if v not in (None, [])}


def _attachment(number: int, language: str) -> dict[str, object]:
    digest = hashlib.sha256(f"bench-attachment-{number}".encode()).hexdigest()
    return {
        "sha256": digest,
        "name": f"resource-{number}.pdf",
        "media_type": "application/pdf",
        "size": 100_000 + number % 900_000,
        "language": language,
    }


def resources(n: int, seed: int = DEFAULT_SEED, start: int = 1) -> Iterator[dict[str, object]]:
    """`n` resources numbered from `start`; each depends only on (seed, its number)."""
    for number in range(start, start + n):
        yield resource(random.Random(f"{seed}:{number}"), number)


def taxonomy() -> dict[str, object]:
    def values(table: Sequence[tuple[str, ...]]) -> list[dict[str, object]]:
        return [{"value": row[0], "labels": {"en": row[1], "ar": row[2]}} for row in table]

    facets = {
        "doc_type": vocab.DOC_TYPES,
        "theme": vocab.THEMES,
        "region": vocab.REGIONS,
        "country": vocab.COUNTRIES,
        "modality": vocab.MODALITIES,
        "payment_method": vocab.PAYMENT_METHODS,
        "language": vocab.LANGUAGES,
        "organisation": vocab.ORGANISATIONS,
        "sector": vocab.SECTORS,
    }
    return {"facets": {name: values(table) for name, table in facets.items()}}


def themes() -> list[dict[str, object]]:
    return [
        {
            "id": value,
            "title": {"en": english, "ar": arabic},
            "introduction": {
                "en": f"Resources on {english.lower()}.",
                "ar": f"موارد حول {arabic}.",
            },
            "priorities": [
                {"id": f"{value}-p{i}", "text": {"en": f"Priority {i}", "ar": f"الأولوية {i}"}}
                for i in range(1, 4)
            ],
        }
        for value, english, arabic in vocab.THEMES
    ]


def write_source(
    folder: Path, n: int, seed: int = DEFAULT_SEED, version: int = 1, files: bool = True
) -> Path:
    """Write the four source files of an n-resource catalogue into `folder`.

    Without `files`, records carry no attachments (a bundle must then ship the files).
    """
    folder.mkdir(parents=True, exist_ok=True)
    meta = {
        "catalogue_id": f"bench-{n}",
        "version": version,
        "publisher": "Daleel benchmark generator",
        "title": f"Synthetic CVA library, {n:,} resources",
    }
    _dump(folder / "catalogue.json", meta)
    _dump(folder / "taxonomy.json", taxonomy())
    _dump(folder / "themes.json", themes())
    with (folder / "catalogue.jsonl").open("w", encoding="utf-8") as out:
        for record in resources(n, seed):
            if not files:
                record.pop("attachments", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def write_delta_source(
    folder: Path, base_n: int, changed: int, added: int, seed: int = DEFAULT_SEED
) -> Path:
    """Version 2 of the n-resource catalogue as a delta: `changed` records rewritten, `added` new
    ones."""
    folder.mkdir(parents=True, exist_ok=True)
    write_source(folder, 0, seed, version=2)  # taxonomy and themes (meta is rewritten below)
    meta = {
        "catalogue_id": f"bench-{base_n}",
        "version": 2,
        "publisher": "Daleel benchmark generator",
        "title": f"Synthetic CVA library, {base_n:,} resources",
    }
    _dump(folder / "catalogue.json", meta)
    with (folder / "catalogue.jsonl").open("w", encoding="utf-8") as out:
        for number in range(1, changed + 1):
            record = resource(random.Random(f"{seed}:v2:{number}"), number)
            record.pop("attachments", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        for record in resources(added, seed, start=base_n + 1):
            record.pop("attachments", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def _dump(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def catalogue(n: int, seed: int = DEFAULT_SEED, out: Path = OUT) -> Path:
    """The catalogue file for (n, seed), generated and built once, then reused."""
    from desktop.domain.text import SEARCH_FORMS_VERSION
    from desktop.storage.seed import build_catalogue

    # The index version is in the name: a catalogue indexed by older search code is rebuilt.
    folder = out / f"n{n}-s{seed}-g{GENERATOR_VERSION}-i{SEARCH_FORMS_VERSION}"
    target = folder / "catalogue.db"
    if not target.exists():
        write_source(folder / "source", n, seed)
        build_catalogue(folder / "source", target)
    return target


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 1000
    out = Path(argv[1]) if len(argv) > 1 else OUT
    print(catalogue(n, out=out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
