"""Dates, numbers and catalogue text as the panes show them, in the UI language.

Pure functions, no Qt: dates and numbers (optionally with Arabic-Indic digits), text direction,
and search highlights turned into HTML-escaped rich text.

Month names are defined per language rather than taken from QLocale: the Arabic catalogue
(CALP's Arabic site) uses the Levantine/Egyptian transliterated names ("8 مارس 2021"), which
some Arabic locales would render differently ("آذار"), and a translator should not be able to
change a date's meaning.
"""

from __future__ import annotations

import html
import unicodedata

from desktop.domain.models import DatePrecision, Highlight, PublicationDate

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_THOUSANDS_SEPARATOR = "\u066c"


def month_name(month: int, lang: str) -> str:
    """The name of `month` (1-12) in `lang`; English for a language without names here."""
    return MONTHS.get(lang, MONTHS["en"])[month - 1]


def localise_digits(text: str, arabic_digits: bool) -> str:
    """`text` with its Latin digits turned into Arabic-Indic ones when asked."""
    return text.translate(_ARABIC_INDIC) if arabic_digits else text


def format_date(published: PublicationDate, lang: str, arabic_digits: bool = False) -> str:
    """ "8 March 2021" / "8 مارس 2021", "March 2021", "2021", or "" for an unknown date."""
    precision = published.precision
    day = published.as_date()
    if precision == DatePrecision.NONE or day is None:
        return ""
    if precision == DatePrecision.YEAR:
        text = str(day.year)
    elif precision == DatePrecision.MONTH:
        text = f"{month_name(day.month, lang)} {day.year}"
    else:
        text = f"{day.day} {month_name(day.month, lang)} {day.year}"
    return localise_digits(text, arabic_digits)


def format_number(n: int, lang: str, arabic_digits: bool = False) -> str:
    """`n` with thousands grouped (1,234 / ١٬٢٣٤ with Arabic-Indic digits)."""
    del lang  # both languages group by three; kept for a language that would not
    grouped = f"{n:,}"
    if arabic_digits:
        grouped = grouped.replace(",", ARABIC_THOUSANDS_SEPARATOR)
    return localise_digits(grouped, arabic_digits)


def count_written(plural: str, n: int, lang: str, arabic_digits: bool = False) -> str:
    """A plural form Qt filled in (`tr(text, "", n)`), its count as `format_number` writes
    it: Qt writes %n in Latin digits, ungrouped, whatever the language."""
    return plural.replace(str(n), format_number(n, lang, arabic_digits))


def is_rtl_text(text: str) -> bool:
    """Whether the first strongly directional character of `text` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def join_labels(labels: list[str], lang: str) -> str:
    """ "Ethiopia, Kenya" / "إثيوبيا، كينيا": a list of names with the language's comma."""
    return ("، " if lang == "ar" else ", ").join(labels)


def isolated(text: str) -> str:
    """`text` in a bidi isolate (FSI…PDI), for catalogue or user text set inside a sentence of
    the UI: it takes its own direction and leaves the sentence's alone, so an English title's
    "?" stays at its end in the Arabic UI rather than jumping to its start."""
    return f"\u2068{text}\u2069"


def isolated_ltr(text: object) -> str:
    """A path or version in a left-to-right isolate (LRI…PDI): in an Arabic sentence its
    leading "/" stays at its left, whatever the folder names it holds."""
    return f"\u2066{text}\u2069"


def join_meta(parts: list[str], lang: str, space: str = " ") -> str:
    """A meta line's parts (date, organisations, countries), empty ones left out: "8 March
    2021 · UNICEF" / "٨ مارس ٢٠٢١؛ اليونيسف". Arabic takes its semicolon: a "·" beside
    Arabic-Indic digits reads as the digit zero ٠, and the parts themselves hold commas."""
    separator = "؛" + space if lang == "ar" else space + "·" + space
    return separator.join(part for part in parts if part)


def joined_spans(text: str, spans: tuple[Highlight, ...]) -> tuple[Highlight, ...]:
    """`spans` with neighbours separated only by spaces joined: "early response" is one mark."""
    joined: list[Highlight] = []
    for span in spans:
        if joined and not text[joined[-1].end : span.start].strip():
            joined[-1] = Highlight(joined[-1].start, span.end)
        else:
            joined.append(span)
    return tuple(joined)


def highlighted_html(text: str, spans: tuple[Highlight, ...], mark_style: str) -> str:
    """Rich text of `text` with `spans` marked; every piece of the text is HTML-escaped.

    Each line becomes a paragraph in its own direction: an Arabic paragraph after an English
    one is right-to-left and right-aligned, whatever the UI's direction.
    """
    joined = joined_spans(text, spans)
    paragraphs: list[str] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        inside = tuple(
            Highlight(max(s.start, start) - start, min(s.end, end) - start)
            for s in joined
            if s.start < end and s.end > start
        )
        if line.strip():
            direction = "rtl" if is_rtl_text(line) else "ltr"
            body = _marked(line, inside, mark_style)
            paragraphs.append(f'<p dir="{direction}" style="margin:0 0 6px 0;">{body}</p>')
        start = end + 1
    return "".join(paragraphs)


def _marked(text: str, spans: tuple[Highlight, ...], mark_style: str) -> str:
    out: list[str] = []
    last = 0
    for span in spans:
        out.append(html.escape(text[last : span.start]))
        out.append(f'<span style="{mark_style}">{html.escape(text[span.start : span.end])}</span>')
        last = span.end
    out.append(html.escape(text[last:]))
    return "".join(out)
