"""The catalogue as the rest of the app sees it: frozen dataclasses, no database objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Facet(StrEnum):
    """The facets of the CALP library, in the order they are shown."""

    DOC_TYPE = "doc_type"
    THEME = "theme"
    REGION = "region"
    COUNTRY = "country"
    MODALITY = "modality"
    PAYMENT_METHOD = "payment_method"
    LANGUAGE = "language"
    YEAR = "year"
    ORGANISATION = "organisation"
    SECTOR = "sector"


# Tags are searchable and stored like facet values, but not offered as a facet group.
TAG = "tag"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A publication date known to the day, the month, the year, or not at all."""

    iso: str | None = None  # "2021-03-08", "2021-03", "2021" or None

    @property
    def precision(self) -> DatePrecision:
        if not self.iso:
            return DatePrecision.NONE
        return {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(self.iso), DatePrecision.DAY)

    @property
    def year(self) -> int | None:
        return int(self.iso[:4]) if self.iso else None

    def as_date(self) -> date | None:
        """The first day the date could mean (2021-03 → 1 March 2021)."""
        if not self.iso:
            return None
        parts = [int(p) for p in self.iso.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Label:
    """A taxonomy value with its label in the requested language."""

    value: str
    label: str


@dataclass(frozen=True, slots=True)
class ResourceRow:
    """What a list row shows: enough to paint it, nothing more."""

    id: int
    uid: str
    title: str
    doc_type: Label | None
    published: PublicationDate
    organisations: tuple[Label, ...]
    countries: tuple[Label, ...]
    language: str | None
    withdrawn_in: int | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    sha256: str
    name: str
    media_type: str
    size: int
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Resource:
    """A resource with everything the detail pane shows."""

    id: int
    uid: str
    title: str
    summary: str
    language: Label | None
    doc_type: Label | None
    published: PublicationDate
    organisations: tuple[Label, ...]
    countries: tuple[Label, ...]
    regions: tuple[Label, ...]
    themes: tuple[Label, ...]
    modalities: tuple[Label, ...]
    payment_methods: tuple[Label, ...]
    sectors: tuple[Label, ...]
    tags: tuple[str, ...]
    source_url: str | None
    attachments: tuple[Attachment, ...] = ()
    withdrawn_in: int | None = None

    def facet_labels(self) -> dict[Facet, tuple[Label, ...]]:
        """The resource's values for each facet, for clickable chips in the detail pane."""
        single = {
            Facet.DOC_TYPE: self.doc_type,
            Facet.LANGUAGE: self.language,
        }
        year = self.published.year
        values: dict[Facet, tuple[Label, ...]] = {
            facet: (label,) for facet, label in single.items() if label is not None
        }
        if year is not None:
            values[Facet.YEAR] = (Label(str(year), str(year)),)
        values.update(
            {
                Facet.ORGANISATION: self.organisations,
                Facet.COUNTRY: self.countries,
                Facet.REGION: self.regions,
                Facet.THEME: self.themes,
                Facet.MODALITY: self.modalities,
                Facet.PAYMENT_METHOD: self.payment_methods,
                Facet.SECTOR: self.sectors,
            }
        )
        return {facet: labels for facet, labels in values.items() if labels}


@dataclass(frozen=True, slots=True)
class Priority:
    """A current priority of a theme, as the catalogue states it."""

    id: str
    theme_id: str
    position: int
    text: str


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    title: str
    introduction: str
    priorities_introduction: str
    priorities_closing: str
    priorities: tuple[Priority, ...] = ()


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    catalogue_id: str
    version: int
    publisher: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class CatalogueStats:
    resources: int
    themes: int
    priorities: int
    catalogue_version: int
    catalogue_id: str
    publisher: str
    withdrawn: int = 0


@dataclass(frozen=True, slots=True)
class FacetCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of an original text that matched the query."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short excerpt of an original text and the spans in it that matched."""

    text: str
    highlights: tuple[Highlight, ...] = field(default_factory=tuple)

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt with each highlight wrapped in the given markers."""
        out, last = [], 0
        for span in self.highlights:
            out += [self.text[last : span.start], before, self.text[span.start : span.end], after]
            last = span.end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The ordered ids of every resource that matches, and how many there are."""

    ids: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.ids)
