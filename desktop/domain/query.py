"""What a typed query means: words, "quoted phrases", -exclusions, and the prefix being typed.

Any text is a valid query: operators, brackets and punctuation are not syntax here, only the
double quote (phrase) and a leading minus (exclude) are. Whatever else is typed is either a word
or ignored, so no input can reach the search engine as an operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.text import WordForms, search_words, word_forms

MAX_TERMS = 24  # a pasted 10 kB string stays a bounded query
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    """One positive or negative part of a query: a word, or a phrase of exact words."""

    words: tuple[WordForms, ...]
    phrase: bool = False
    exact: bool = False  # quoted: the exact words, no stems
    negated: bool = False
    prefix: bool = False  # the word being typed: matches any word that starts with it

    def matches(self, forms: WordForms) -> bool:
        """Whether a word of a document (in its forms) is one this term looks for."""
        for wanted in self.words:
            if forms.exact == wanted.exact:
                return True
            if self.exact:
                continue
            # As the index is queried (search.py): any stem of the query word, any of the word's.
            if not set(wanted.stems).isdisjoint(forms.stems):
                return True
            if self.prefix and (
                forms.exact.startswith(wanted.exact)
                or any(s.startswith(w) for s in forms.stems for w in wanted.stems)
            ):
                return True
        return False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    terms: tuple[Term, ...] = ()

    @property
    def positive(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.negated)

    @property
    def negative(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.negated)

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def matches(self, forms: WordForms) -> bool:
        return any(term.matches(forms) for term in self.positive)


def parse_query(text: str) -> ParsedQuery:
    """Split typed text into terms; the last bare word is a prefix unless followed by a space."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(text):
        minus, phrase, bare = match.group(1), match.group(2), match.group(3)
        is_phrase = phrase is not None
        term = _phrase_term(phrase, negated=bool(minus)) if is_phrase else _bare_term(bare)
        if term is not None:
            terms.append(term)
        if len(terms) >= MAX_TERMS:
            break
    return ParsedQuery(_mark_prefix(terms, typing=bool(text) and not text[-1].isspace()))


def _phrase_term(text: str, negated: bool) -> Term | None:
    forms = tuple(word_forms(w) for w in search_words(text))
    if not forms:
        return None
    return Term(forms, phrase=len(forms) > 1, exact=True, negated=negated)


def _bare_term(token: str) -> Term | None:
    negated = token.startswith("-") and len(token) > 1
    forms = tuple(word_forms(w) for w in search_words(token))
    if not forms:
        return None
    # "COVID-19" or "a:b" fold into several words: they must appear together, as a phrase.
    return Term(forms, phrase=len(forms) > 1, negated=negated)


def _mark_prefix(terms: list[Term], typing: bool) -> tuple[Term, ...]:
    if typing and terms:
        last = terms[-1]
        if not (last.negated or last.phrase or last.exact):
            terms[-1] = Term(last.words, prefix=True)
    return tuple(terms)
