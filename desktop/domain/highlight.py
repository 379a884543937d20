"""Where a query's words sit in an ORIGINAL text, and the excerpt shown around them.

The index only holds folded forms; highlights are computed here on the text as published,
word by word, so a fully vocalised Arabic title highlights exactly the word that matched.
"""

from __future__ import annotations

from desktop.domain.models import Highlight, Snippet
from desktop.domain.query import ParsedQuery
from desktop.domain.text import search_words, word_forms, words

ELLIPSIS = "…"


def highlight_spans(text: str, query: ParsedQuery) -> tuple[Highlight, ...]:
    """Spans of `text` holding a word the query's positive terms look for."""
    if not query.positive:
        return ()
    spans = []
    for span in words(text):
        folded = search_words(span.word)
        if any(query.matches(word_forms(w)) for w in folded):
            spans.append(Highlight(span.start, span.end))
    return tuple(spans)


def make_snippet(text: str, query: ParsedQuery, max_chars: int = 160) -> Snippet:
    """An excerpt of at most about `max_chars` around the first match, with its highlights."""
    spans = highlight_spans(text, query)
    if len(text) <= max_chars:
        return Snippet(text, spans)
    start = _window_start(text, spans[0].start if spans else 0, max_chars)
    end = _word_boundary(text, min(len(text), start + max_chars))
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple(
        Highlight(s.start + shift, s.end + shift)
        for s in spans
        if s.start >= start and s.end <= end
    )
    return Snippet(prefix + text[start:end] + suffix, inside)


def _window_start(text: str, first_match: int, max_chars: int) -> int:
    start = max(0, first_match - max_chars // 4)
    if start == 0:
        return 0
    space = text.find(" ", start)
    return space + 1 if 0 <= space < first_match else start


def _word_boundary(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", 0, end)
    return space if space > 0 else end
