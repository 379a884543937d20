"""The fast paths of text normalisation give exactly what the plain definitions give.

`index_text` and `sort_key` work per whitespace-separated piece (remembered across calls), and
`_light` skips steps that would change nothing. The search index must hold the same forms
either way, so each is compared here with its plain definition on awkward text.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import text as t

_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_WORD = re.compile("(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")

# Letters, marks, digits, spaces and compatibility characters that normalisation rewrites.
_AWKWARD = (
    "ابتةىئءؤأإآٱلوفبكي"  # Arabic letters, hamza and alef forms, clitics
    "\u064b\u064e\u0650\u0651\u0652\u0670\u0640\u0654\u0655\u0653"  # harakat, tatweel, hamza
    "٠١٢٩۰۴۹0123"  # Eastern Arabic, Persian and Latin digits
    "aeiouAEIOUéÉèçñßİıΣσςöÖﬁﬀ"  # Latin and Greek with case and accents, ligatures
    "\u0301\u0308\u0327\u0338"  # combining Latin accents on their own
    "ﻻﷺﷲ¼²ｅＡ"  # Arabic presentation forms and other NFKC expansions
    "≠Å\u212b\u2260й"  # signs and Cyrillic letters that decompose into Latin accents
    " \t\n\u00a0\u2003\u3000\u200f\u200c\u200d"  # spaces, marks of direction and joining
    "_-.,،؛؟!'\"()"  # punctuation
)
_TEXTS = st.text(alphabet=_AWKWARD, max_size=60) | st.text(max_size=40)


def _plain_light(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", "", text)
    text = text.replace("\u0671", "\u0627").translate(t._DIGITS)
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


def _plain_index_text(text: str) -> tuple[str, str]:
    forms = [t.word_forms(m.group()) for m in _WORD.finditer(_plain_light(text))]
    return " ".join(f.exact for f in forms), " ".join(" ".join(f.stems) for f in forms)


def _plain_sort_key(text: str) -> str:
    return " ".join(m.group() for m in _WORD.finditer(t.fold_letters(_plain_light(text))))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_index_text_and_sort_key_are_their_plain_definitions(text: str) -> None:
    assert t._light(text) == _plain_light(text)
    assert t.search_words(text) == _WORD.findall(_plain_light(text))
    assert t.index_text(text) == _plain_index_text(text)
    assert t.sort_key(text) == _plain_sort_key(text)


def test_pieces_of_a_real_title_index_as_the_whole() -> None:
    title = "الحمايةُ الاجتماعية و المساعدات النقدية — Cash-based assistance (CVA) in Yémen ٢٠٢٤"
    assert t.index_text(title) == _plain_index_text(title)
    assert t.index_text("") == ("", "")
    assert t.index_text(" — ") == ("", "")
    assert t.sort_key("  Éthiopie   أثيوبيا ") == "ethiopie اثيوبيا"


def test_every_character_that_decomposes_into_a_latin_accent_is_looked_for() -> None:
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if _LATIN_MARKS.search(unicodedata.normalize("NFD", chr(code)))
        and not t._MAY_DECOMPOSE.search(chr(code))
    ]
    assert missed == []
