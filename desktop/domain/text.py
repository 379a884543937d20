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

from desktop.domain.stem_exceptions import ARABIC_STEMS, ENGLISH_STEMS

# Harakat, superscript alef, Quranic annotation marks and tatweel: dropped entirely.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# A chain of str.replace was measured ~5x faster than str.translate for this (tech notes).
_LETTER_FOLDS = (
    ("\u0623", "\u0627"),  # أ → ا
    ("\u0625", "\u0627"),  # إ → ا
    ("\u0622", "\u0627"),  # آ → ا
    ("\u0649", "\u064a"),  # ى → ي
    ("\u0629", "\u0647"),  # ة → ه
    ("\u0624", "\u0648"),  # ؤ → و
    ("\u0626", "\u064a"),  # ئ → ي
    ("\u064a\u0621", "\u064a"),  # يء (also ىء, ئ written apart) → ي: لاجىء = لاجئ
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_CLITICS = ("و", "ف", "ب", "ك", "ل")
_ARTICLE = "ال"
_MIN_STEM_LETTERS = 2

# Combining accents of Latin letters (all of category Mn), dropped after decomposition.
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
# Every character whose decomposition holds one of those accents lies in these ranges (Latin,
# Greek, Cyrillic, the accents themselves, letterlike and mathematical signs; a test checks
# the whole of Unicode): a text without them is left as it is by dropping accents.
_MAY_DECOMPOSE = re.compile("[\u00c0-\u04ff\u1e00-\u1fff\u2100-\u2aff]")
# A word in the original text: letters and digits, with the marks that live inside words.
_WORD = re.compile("(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")


def fold(text: str) -> str:
    """Orthographic normalisation: the same for the index, the query and sorting keys."""
    return fold_letters(_light(text))


def fold_letters(text: str) -> str:
    """Alef, hamza, ta marbuta and alef maqsura variants to one letter each."""
    for source, target in _LETTER_FOLDS:
        text = text.replace(source, target)
    return text


def _light(text: str) -> str:
    """Marks, digits, case and Latin accents normalised; Arabic letters left as written."""
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text).replace("\u0671", "\u0627")  # ٱ (wasla) is a bare alef
    if _EASTERN_DIGIT.search(text):  # translate is slow on non-ASCII text: only when needed
        text = text.translate(_DIGITS)
    if text.isascii():
        return text.casefold()
    text = text.casefold()
    if not _MAY_DECOMPOSE.search(text):  # no Latin accent to drop: NFC(NFD(x)) is NFC(x)
        return unicodedata.normalize("NFC", text)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


def strip_article(word: str) -> str:
    """Drop the definite article and a single leading clitic before it: والحماية → حماية.

    On a word as written (before `fold_letters`): the article's alef is bare, so آلية, إليه
    and آلاف, whose alef carries a madda or hamza, keep their first letters.
    """
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
    # Stems of other readings of an ambiguous word, indexed and queried too (`other_readings`).
    also: tuple[str, ...] = ()

    @property
    def stems(self) -> tuple[str, ...]:
        return (self.stem, *self.also)


# Bump when `word_forms` changes what it returns: catalogues indexed with another version
# have their search index rebuilt when opened (the index is contentless, see decisions.md).
SEARCH_FORMS_VERSION = 4

_ARABIC_STEMMER = Stemmer.Stemmer("arabic")
_ENGLISH_STEMMER = Stemmer.Stemmer("english")
_MIN_ARABIC_STEM = 3  # a shorter stem has lost a root letter: منى → من, سنة → سن
_ENCLITIC = "ها"  # her/its: مساعدتها → مساعدة
_TA_MARBUTA = "\u0629"
_FOLDED_TA = "\u0647"


@lru_cache(maxsize=65536)
def word_forms(word: str) -> WordForms:
    """Forms of one word of `search_words` (marks and digits normalised, letters as written)."""
    if is_arabic(word):
        bare = strip_article(word)
        exact = fold_letters(bare)
        stem = arabic_stem(exact)
        others = tuple(dict.fromkeys(s for s in other_readings(word, bare) if s != stem))
        return WordForms(exact, stem, others)
    if word.isdigit():
        return WordForms(word, word)
    return WordForms(word, ENGLISH_STEMS.get(word) or _ENGLISH_STEMMER.stemWord(word))


def other_readings(word: str, bare: str) -> list[str]:
    """Stems of the readings `strip_article` and `arabic_stem` did not choose.

    - "لل": ل + ال + حماية (للحماية), or ل + اللاجئين with one lam elided (للاجئين);
    - "ال" before three letters or fewer: the article (الصحة), or a word written without its
      madda or hamza (الية for آلية, الاف for آلاف), as users often type it;
    - three letters ending in ت before "ها": a ta marbuta (صحتها, صحة) or a root ت (بيتها).
    """
    found = []
    if word.startswith("لل") and bare == word[2:]:
        found.append(arabic_stem(fold_letters(word[1:])))
    if word.startswith(_ARTICLE) and bare == word[2:] and len(bare) <= _MIN_ARABIC_STEM:
        found.append(arabic_stem(fold_letters(word)))
    exact = fold_letters(bare)
    if len(exact) == 5 and exact.endswith("ت" + _ENCLITIC):
        found.append(arabic_stem(exact[:2] + _FOLDED_TA))
    return found


def arabic_stem(exact: str) -> str:
    """The Snowball Arabic stem of an exact (folded, article-free) form, folded again.

    Folding turned ة into ه, which the stemmer reads as a pronoun; the final ه is given back
    as ة first. The word is stemmed as a definite noun ("ال" + word): Snowball then strips
    plural and feminine endings (ات ون ين ة) alike whether or not the text had the article, and
    leaves initial و ف ب ل alone, which in a bare word are as often root letters (وسائل, فقراء)
    as prefixes. "ها" is split off first, as the article was (a defined noun takes none).
    """
    base = _without_enclitic(exact)
    known = ARABIC_STEMS.get(exact) or ARABIC_STEMS.get(base)
    if known is not None:
        return known
    if len(base) < _MIN_ARABIC_STEM:
        return exact
    feminine = base.endswith((_FOLDED_TA, "ات"))
    if base.endswith(_FOLDED_TA):
        base = base[:-1] + _TA_MARBUTA
    stem = _ARABIC_STEMMER.stemWord(_ARTICLE + base)
    if stem.startswith(_ARTICLE):  # too short for the stemmer to take the article off
        stem = stem[len(_ARTICLE) :]
    stem = fold_letters(stem)
    if len(stem) == _MIN_ARABIC_STEM - 1 and feminine:
        return stem + _FOLDED_TA  # سلة, سلات → سله: two root letters and the feminine ending
    return stem if len(stem) >= _MIN_ARABIC_STEM else exact


def _without_enclitic(word: str) -> str:
    if not word.endswith(_ENCLITIC) or len(word) - len(_ENCLITIC) < _MIN_ARABIC_STEM:
        return word
    base = word[: -len(_ENCLITIC)]
    if len(base) > _MIN_ARABIC_STEM and base.endswith("ت"):
        return base[:-1] + _FOLDED_TA  # ة is written ت before a suffix: حمايتها → حماية
    if len(base) > _MIN_ARABIC_STEM and base.endswith("ا"):
        return base[:-1] + "ي"  # and ى is written ا: مستواها → مستوى (folded to ي)
    return base


def fold_words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return [m.group() for m in _WORD.finditer(fold(text))]


def search_words(text: str) -> list[str]:
    """The words of a text as `word_forms` takes them (marks gone, letters as written)."""
    return [m.group() for m in _WORD.finditer(_light(text))]


def index_forms(text: str) -> list[WordForms]:
    """Every word of a text in its exact and stem forms, in order."""
    return [word_forms(w) for w in search_words(text)]


def index_text(text: str) -> tuple[str, str]:
    """Space-separated exact forms and stem forms of a text, ready for the FTS index.

    The same as joining `index_forms(text)`, computed per whitespace-separated piece and
    remembered: pieces repeat heavily, and no normalisation step joins or splits words across
    whitespace (Unicode normalisation is stable at a space; tests/domain compare the two).
    """
    pieces = list(map(_piece_forms, text.split()))
    if not pieces:
        return "", ""
    exact, stems = zip(*pieces, strict=True)
    return " ".join(filter(None, exact)), " ".join(filter(None, stems))


# Pieces are remembered twice: as written, and as `_light` leaves them (the many vocalised
# spellings of a word share one light form, whose forms are then computed once).
@lru_cache(maxsize=65536)
def _piece_forms(piece: str) -> tuple[str, str]:
    return _light_piece_forms(_light(piece))


@lru_cache(maxsize=65536)
def _light_piece_forms(light: str) -> tuple[str, str]:
    forms = [word_forms(m.group()) for m in _WORD.finditer(light)]  # = index_forms(piece)
    return " ".join(f.exact for f in forms), " ".join(" ".join(f.stems) for f in forms)


def forget_pieces() -> None:
    """Drop the remembered pieces (~10 MB after indexing 10k resources) once a batch is done."""
    for remembered in (_piece_forms, _light_piece_forms, _piece_key, _light_piece_key):
        remembered.cache_clear()


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
    """A key that orders titles alphabetically regardless of marks, case and alef variants.

    `fold_words` of the whole text, computed per whitespace-separated piece (as `index_text`).
    """
    return " ".join([key for key in map(_piece_key, text.split()) if key])


@lru_cache(maxsize=65536)
def _piece_key(piece: str) -> str:
    return _light_piece_key(_light(piece))


@lru_cache(maxsize=65536)
def _light_piece_key(light: str) -> str:
    return " ".join(m.group() for m in _WORD.finditer(fold_letters(light)))  # = fold_words
