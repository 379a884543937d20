"""One normalisation for index and query: Arabic spelling variants meet in the same form."""

import pytest

from desktop.domain.highlight import highlight_spans, make_snippet
from desktop.domain.query import parse_query
from desktop.domain.text import fold, index_forms, sort_key


def exact(word: str) -> str:
    [forms] = index_forms(word)
    return forms.exact


@pytest.mark.parametrize(
    ("variant", "bare"),
    [
        ("الحِمَايَة", "حماية"),  # harakat
        ("حمـــاية", "حماية"),  # tatweel
        ("أمن", "امن"),
        ("إعانة", "اعانة"),
        ("آثار", "اثار"),
        ("ٱلحماية", "حماية"),  # alef wasla, then the article
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مؤسسة", "موسسة"),  # hamza on waw
        ("مسائل", "مسايل"),  # hamza on ya
        ("والحماية", "حماية"),  # wa + article
        ("بالحماية", "حماية"),
        ("للحماية", "حماية"),
        ("فالحماية", "حماية"),
        ("كالحماية", "حماية"),
    ],
)
def test_arabic_variants_fold_to_one_form(variant: str, bare: str) -> None:
    assert exact(variant) == exact(bare)


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert fold("٢٠٢١") == "2021"
    assert fold("۲۰۲۱") == "2021"


def test_latin_is_casefolded_and_loses_accents() -> None:
    assert fold("Café DÉJÀ") == "cafe deja"


def test_presentation_forms_are_folded() -> None:
    assert fold("\ufefb") == fold("لا")


def test_short_words_keep_their_letters() -> None:
    assert exact("ال") == "ال"
    assert exact("الم") == "الم"  # stripping would leave one letter


def test_sort_key_ignores_marks_and_case() -> None:
    assert sort_key("الحِمَايَة") == sort_key("الحماية")
    assert sort_key("Ethiopia") == sort_key("ETHIOPIA")


def test_highlight_is_on_the_vocalised_original() -> None:
    title = "دَعْمُ الحِمَايَةِ الاجْتِمَاعِيَّةِ"
    spans = highlight_spans(title, parse_query("حماية "))
    assert [title[s.start : s.end] for s in spans] == ["الحِمَايَةِ"]


def test_snippet_keeps_highlights_inside_the_excerpt() -> None:
    text = "word " * 60 + "Ethiopia is named here " + "word " * 60
    snippet = make_snippet(text, parse_query("ethiopia "), max_chars=80)
    assert len(snippet.highlights) == 1
    h = snippet.highlights[0]
    assert snippet.text[h.start : h.end] == "Ethiopia"
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
