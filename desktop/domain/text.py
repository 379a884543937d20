"""Arabic and Latin text normalisation, shared by indexing and querying.

One function decides what a word "is" for search: the index and the query both pass through
`index_forms`, so whatever spelling a field officer types, it meets the catalogue's spelling
in the same form. Highlighting works on the original text: `words` gives each word's span
there, and `index_forms` of that word tells whether it matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

# Harakat, superscript alef, Quranic annotation marks and tatweel: dropped entirely.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# A chain of str.replace was measured ~5x faster than str.translate for this (tech notes).
_LETTER_FOLDS = (
    ("\u0623", "\u0627"),  # أ → ا
    ("\u0625", "\u0627"),  # إ → ا
    ("\u0622", "\u0627"),  # آ → ا
    ("\u0671", "\u0627"),  # ٱ → ا
    ("\u0649", "\u064a"),  # ى → ي
    ("\u0629", "\u0647"),  # ة → ه
    ("\u0624", "\u0648"),  # ؤ → و
    ("\u0626", "\u064a"),  # ئ → ي
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_CLITICS = ("و", "ف", "ب", "ك", "ل")
_ARTICLE = "ال"
_MIN_STEM_LETTERS = 2

# A word in the original text: letters and digits, with the marks that live inside words.
_WORD = re.compile("(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")


def fold(text: str) -> str:
    """Orthographic normalisation: the same for the index, the query and sorting keys."""
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text)
    for source, target in _LETTER_FOLDS:
        text = text.replace(source, target)
    text = text.translate(_DIGITS)
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not _is_latin_mark(c)))


def _is_latin_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn" and "\u0300" <= char <= "\u036f"


def strip_article(word: str) -> str:
    """Drop the definite article and a single leading clitic before it: والحماية → حماية."""
    if word.startswith(_ARTICLE) and len(word) - 2 >= _MIN_STEM_LETTERS:
        return word[2:]
    if word[:1] in _CLITICS and word[1:3] == _ARTICLE and len(word) - 3 >= _MIN_STEM_LETTERS:
        return word[3:]
    if word[:1] == "ل" and word[1:2] == "ل" and len(word) - 2 >= _MIN_STEM_LETTERS:
        return word[2:]  # للحماية: ل + ال with the alef elided
    return word


def is_arabic(word: str) -> bool:
    return bool(_ARABIC_LETTER.search(word))


@dataclass(frozen=True, slots=True)
class WordForms:
    """The two forms a word is indexed under: exact (normalised) and stem (inflection-free)."""

    exact: str
    stem: str


_ARABIC_STEMMER = Stemmer.Stemmer("arabic")
_ENGLISH_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def forms_of_folded(word: str) -> WordForms:
    """Forms of a word that has already been folded (see `fold`)."""
    if is_arabic(word):
        exact = strip_article(word)
        stem = _ARABIC_STEMMER.stemWord(exact)
        if len(stem) < _MIN_STEM_LETTERS:
            stem = exact
        return WordForms(exact, stem)
    if word.isdigit():
        return WordForms(word, word)
    return WordForms(word, _ENGLISH_STEMMER.stemWord(word))


def fold_words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return [m.group() for m in _WORD.finditer(fold(text))]


def index_forms(text: str) -> list[WordForms]:
    """Every word of a text in its exact and stem forms, in order."""
    return [forms_of_folded(w) for w in fold_words(text)]


def index_text(text: str) -> tuple[str, str]:
    """Space-separated exact forms and stem forms of a text, ready for the FTS index."""
    forms = index_forms(text)
    return " ".join(f.exact for f in forms), " ".join(f.stem for f in forms)


@dataclass(frozen=True, slots=True)
class WordSpan:
    """A word of the original text and where it sits: text[start:end] == word."""

    start: int
    end: int
    word: str


def words(text: str) -> Iterator[WordSpan]:
    """The words of an original (unfolded) text with their offsets, for highlighting."""
    for match in _WORD.finditer(text):
        yield WordSpan(match.start(), match.end(), match.group())


def sort_key(text: str) -> str:
    """A key that orders titles alphabetically regardless of marks, case and alef variants."""
    return " ".join(fold_words(text))
