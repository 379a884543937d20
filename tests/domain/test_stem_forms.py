"""Inflected forms meet in one stem; unrelated words that look alike do not; highlights follow."""

import pytest

from desktop.domain.highlight import highlight_spans
from desktop.domain.query import parse_query
from desktop.domain.text import index_forms


def stem(word: str) -> str:
    [forms] = index_forms(word)
    return forms.stem


@pytest.mark.parametrize(
    ("variant", "base"),
    [
        ("مساعدات", "مساعدة"),  # ات plural (stemmed before ة is folded)
        ("مساعدتها", "مساعدة"),  # ها, ة written ت before it
        ("مساعده", "مساعدة"),  # ة typed as ه
        ("والمساعدات", "مساعدة"),
        ("الحِمَايَة", "حماية"),
        ("لاجئون", "لاجئ"),  # ون
        ("لاجئين", "لاجئ"),  # ين
        ("لاجئة", "لاجئ"),  # ة feminine
        ("لاجىء", "لاجئ"),  # hamza written apart
        ("مستشفي", "مستشفى"),  # ى typed as ي
        ("مستشفيات", "مستشفى"),
        ("مستواها", "مستوى"),  # ى written ا before ها
        ("إعانات", "اعانة"),
        ("الآليات", "آلية"),  # the alef of آلية carries a madda: not an article
        ("آلية", "الآلية"),
        ("سلات", "سلة"),  # two root letters: the stem keeps its ة
        ("فئة", "الفئة"),
        ("vouchers", "voucher"),
        ("Transferring", "transfer"),
        ("transferred", "transfer"),
        ("assesses", "assess"),
    ],
)
def test_inflected_and_respelled_words_share_the_stem(variant: str, base: str) -> None:
    assert stem(variant) == stem(base)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("سورية", "سور"),  # Syria, a wall
        ("السودان", "سود"),  # Sudan, black
        ("لبنان", "لبن"),  # Lebanon, milk
        ("البحرين", "بحر"),  # Bahrain, sea
        ("عملة", "عمل"),  # currency, work
        ("وسائل", "سائل"),  # means, liquid: و is a root letter
        ("فقراء", "قراء"),  # the poor, readers: so is ف
        ("منى", "من"),  # a name, "from": no stem shorter than three letters
        ("united", "unit"),
        ("aids", "aid"),
        ("experiment", "experience"),
        ("national", "nations"),
    ],
)
def test_words_that_only_look_alike_keep_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_proper_names_keep_their_letters() -> None:
    assert stem("الأردن") == "اردن"
    assert stem("عمان") == "عمان"


def test_an_article_with_a_lam_reads_as_the_article_first() -> None:
    [protection] = index_forms("للحماية")
    assert protection.stem == stem("حماية")


def highlighted(text: str, query: str) -> list[str]:
    return [text[s.start : s.end] for s in highlight_spans(text, parse_query(query))]


def test_highlights_fall_on_every_word_matched_through_its_stem() -> None:
    text = "توزيع المُساعَدات النقدية ثم مساعدتها للأسر"
    assert highlighted(text, "مساعدة ") == ["المُساعَدات", "مساعدتها"]


def test_english_highlights_follow_the_stem_on_the_original_text() -> None:
    text = "Vouchers were distributed; one voucher, distributing more."
    assert highlighted(text, "voucher distribute ") == [
        "Vouchers",
        "distributed",
        "voucher",
        "distributing",
    ]


def test_a_quoted_word_highlights_only_its_exact_form() -> None:
    assert highlighted("voucher and vouchers", '"vouchers"') == ["vouchers"]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("الية", "آلية"),  # typed without the madda, read as ال + يه too
        ("الاف", "آلاف"),
        ("صحتها", "صحة"),  # ت + ها: a ta marbuta, or a root ت (بيتها)
        ("بيتها", "بيت"),
        ("للاجئين", "اللاجئين"),
    ],
)
def test_an_ambiguous_word_is_also_read_the_other_way(typed: str, written: str) -> None:
    [forms] = index_forms(typed)
    assert stem(written) in forms.stems


def test_a_word_typed_without_its_madda_highlights_the_written_word() -> None:
    assert highlighted("آليات التنسيق والآلية الأولى", "الية ") == ["آليات", "والآلية"]
