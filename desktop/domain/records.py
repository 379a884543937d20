"""The records a catalogue is made of, as they arrive from text sources and bundles.

These pydantic models are the single definition of a valid record: the seed builder, the bundle
builder and the bundle importer validate with them, and `docs/bundle-format.md`'s JSON Schema is
generated from them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from desktop.domain.models import Facet

# ISO 639-1 codes: a resource's language must be one of them.
LANGUAGE_CODES = frozenset(
    [
        "aa",
        "ab",
        "ae",
        "af",
        "ak",
        "am",
        "an",
        "ar",
        "as",
        "av",
        "ay",
        "az",
        "ba",
        "be",
        "bg",
        "bh",
        "bi",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "ce",
        "ch",
        "co",
        "cr",
        "cs",
        "cu",
        "cv",
        "cy",
        "da",
        "de",
        "dv",
        "dz",
        "ee",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "ff",
        "fi",
        "fj",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gn",
        "gu",
        "gv",
        "ha",
        "he",
        "hi",
        "ho",
        "hr",
        "ht",
        "hu",
        "hy",
        "hz",
        "ia",
        "id",
        "ie",
        "ig",
        "ii",
        "ik",
        "io",
        "is",
        "it",
        "iu",
        "ja",
        "jv",
        "ka",
        "kg",
        "ki",
        "kj",
        "kk",
        "kl",
        "km",
        "kn",
        "ko",
        "kr",
        "ks",
        "ku",
        "kv",
        "kw",
        "ky",
        "la",
        "lb",
        "lg",
        "li",
        "ln",
        "lo",
        "lt",
        "lu",
        "lv",
        "mg",
        "mh",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "na",
        "nb",
        "nd",
        "ne",
        "ng",
        "nl",
        "nn",
        "no",
        "nr",
        "nv",
        "ny",
        "oc",
        "oj",
        "om",
        "or",
        "os",
        "pa",
        "pi",
        "pl",
        "ps",
        "pt",
        "qu",
        "rm",
        "rn",
        "ro",
        "ru",
        "rw",
        "sa",
        "sc",
        "sd",
        "se",
        "sg",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sq",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "ti",
        "tk",
        "tl",
        "tn",
        "to",
        "tr",
        "ts",
        "tt",
        "tw",
        "ty",
        "ug",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "vo",
        "wa",
        "wo",
        "xh",
        "yi",
        "yo",
        "za",
        "zh",
        "zu",
    ]
)

_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_TITLE = 1000
MAX_SUMMARY = 20_000

Uid = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")]
ValueId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,99}$")]
Text = Annotated[str, StringConstraints(max_length=MAX_SUMMARY)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LocalizedText(_Record):
    """A text in Arabic and English (either may be missing, not both)."""

    ar: Text = ""
    en: Text = ""

    def in_language(self, lang: str) -> str:
        first, second = (self.ar, self.en) if lang == "ar" else (self.en, self.ar)
        return first or second


class AttachmentIn(_Record):
    sha256: Sha256
    name: Annotated[str, StringConstraints(min_length=1, max_length=255)]
    media_type: Annotated[str, StringConstraints(pattern=r"^[a-z]+/[a-z0-9.+-]+$")]
    size: int = Field(ge=0, le=2**31)
    language: str | None = None


class ResourceIn(_Record):
    """One resource of the catalogue."""

    uid: Uid
    title: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE)]
    summary: Text = ""
    language: str | None = None
    doc_type: ValueId | None = None
    published: str | None = None
    organisations: tuple[ValueId, ...] = ()
    countries: tuple[ValueId, ...] = ()
    regions: tuple[ValueId, ...] = ()
    themes: tuple[ValueId, ...] = ()
    modalities: tuple[ValueId, ...] = ()
    payment_methods: tuple[ValueId, ...] = ()
    sectors: tuple[ValueId, ...] = ()
    tags: tuple[Tag, ...] = ()
    source_url: Annotated[str, StringConstraints(max_length=2000)] | None = None
    attachments: tuple[AttachmentIn, ...] = ()

    @field_validator("language")
    @classmethod
    def _known_language(cls, code: str | None) -> str | None:
        if code is not None and code not in LANGUAGE_CODES:
            raise ValueError(f"unknown language code {code!r} (use ISO 639-1, e.g. 'ar', 'en')")
        return code

    @field_validator("published")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not _PUBLISHED.match(value):
            raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError as error:
            raise ValueError(f"date {value!r} does not exist") from error
        return value

    @field_validator("source_url")
    @classmethod
    def _web_link(cls, url: str | None) -> str | None:
        if url and not url.lower().startswith(("http://", "https://")):
            raise ValueError("the source link must start with http:// or https://")
        return url or None

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        """Every facet value (and tag) of the record, keyed by facet name."""
        values = {
            Facet.DOC_TYPE.value: (self.doc_type,) if self.doc_type else (),
            Facet.LANGUAGE.value: (self.language,) if self.language else (),
            Facet.YEAR.value: (self.published[:4],) if self.published else (),
            Facet.ORGANISATION.value: self.organisations,
            Facet.COUNTRY.value: self.countries,
            Facet.REGION.value: self.regions,
            Facet.THEME.value: self.themes,
            Facet.MODALITY.value: self.modalities,
            Facet.PAYMENT_METHOD.value: self.payment_methods,
            Facet.SECTOR.value: self.sectors,
            "tag": self.tags,
        }
        return {facet: tuple(dict.fromkeys(v)) for facet, v in values.items() if v}


class PriorityIn(_Record):
    id: Uid
    text: LocalizedText


class ThemeIn(_Record):
    id: ValueId
    title: LocalizedText
    introduction: LocalizedText = LocalizedText()
    priorities_introduction: LocalizedText = LocalizedText()
    priorities_closing: LocalizedText = LocalizedText()
    priorities: tuple[PriorityIn, ...] = ()


class TaxonomyValueIn(_Record):
    value: ValueId
    labels: dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")], Tag]


class TaxonomyIn(_Record):
    """Facet values with their labels, per facet (the year facet needs none)."""

    facets: dict[Facet, tuple[TaxonomyValueIn, ...]]


class CatalogueMetaIn(_Record):
    catalogue_id: Uid
    version: int = Field(ge=0)
    publisher: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    title: str = ""
