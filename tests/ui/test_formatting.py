"""Dates and numbers read as the catalogue shows them, in Arabic and in English."""

from desktop.domain.models import Highlight, PublicationDate
from desktop.ui.formatting import (
    MONTHS,
    format_date,
    format_number,
    highlighted_html,
    is_rtl_text,
    join_labels,
    join_meta,
    joined_spans,
)


def test_a_day_date_reads_as_on_the_arabic_site() -> None:
    assert format_date(PublicationDate("2021-03-08"), "ar") == "8 مارس 2021"
    assert format_date(PublicationDate("2021-03-08"), "en") == "8 March 2021"


def test_arabic_month_names_are_the_levantine_egyptian_ones() -> None:
    assert " ".join(MONTHS["ar"]) == (
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"
    )
    assert format_date(PublicationDate("2020-12-17"), "ar") == "17 ديسمبر 2020"


def test_month_and_year_precision() -> None:
    assert format_date(PublicationDate("2021-03"), "en") == "March 2021"
    assert format_date(PublicationDate("2021-03"), "ar") == "مارس 2021"
    assert format_date(PublicationDate("2021"), "ar") == "2021"
    assert format_date(PublicationDate("2021"), "en") == "2021"


def test_an_unknown_date_is_empty() -> None:
    assert format_date(PublicationDate(None), "ar") == ""
    assert format_date(PublicationDate(""), "en") == ""


def test_arabic_indic_digits_as_a_preference() -> None:
    assert format_date(PublicationDate("2021-03-08"), "ar", arabic_digits=True) == "٨ مارس ٢٠٢١"
    assert format_date(PublicationDate("2021"), "ar", arabic_digits=True) == "٢٠٢١"
    assert format_number(1234567, "ar", arabic_digits=True) == "١٬٢٣٤٬٥٦٧"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(7, "ar") == "7"


def test_an_unknown_language_falls_back_to_english_month_names() -> None:
    assert format_date(PublicationDate("2021-05-01"), "fr") == "1 May 2021"


def test_text_direction_follows_the_first_strong_character() -> None:
    assert is_rtl_text("الحماية الاجتماعية (Social protection)")
    assert not is_rtl_text("Social protection الحماية")
    assert not is_rtl_text("2021 — COVID-19")
    assert is_rtl_text("2021 مارس")
    assert not is_rtl_text("")


def test_lists_use_the_languages_comma() -> None:
    assert join_labels(["إثيوبيا", "كينيا"], "ar") == "إثيوبيا، كينيا"
    assert join_labels(["Ethiopia", "Kenya"], "en") == "Ethiopia, Kenya"


def test_highlighted_html_escapes_every_piece() -> None:
    text = "<b>cash</b> & <img src=x>"
    out = highlighted_html(text, (Highlight(3, 7),), "background:yellow")
    assert out == (
        '<p dir="ltr" style="margin:0 0 6px 0;">&lt;b&gt;<span style="background:yellow">cash'
        "</span>&lt;/b&gt; &amp; &lt;img src=x&gt;</p>"
    )


def test_each_paragraph_of_a_summary_keeps_its_own_direction() -> None:
    text = "Cash and vouchers\n\nالنقد والقسائم"
    spans = (Highlight(0, 4), Highlight(19, 24))  # "Cash", "النقد"
    out = highlighted_html(text, spans, "m")
    assert out.count("<p ") == 2
    assert '<p dir="ltr" style="margin:0 0 6px 0;"><span style="m">Cash</span>' in out
    assert '<p dir="rtl" style="margin:0 0 6px 0;"><span style="m">النقد</span> والقسائم' in out


def test_neighbouring_highlights_join_into_one_mark() -> None:
    text = "Early  Response and early"
    spans = (Highlight(0, 5), Highlight(7, 15), Highlight(20, 25))
    assert joined_spans(text, spans) == (Highlight(0, 15), Highlight(20, 25))


def test_a_meta_line_in_arabic_has_no_dot_to_read_as_zero() -> None:
    date = format_date(PublicationDate("2021-03-08"), "ar", arabic_digits=True)
    line = join_meta([date, "", join_labels(["إثيوبيا", "كينيا"], "ar")], "ar")
    assert line == "٨ مارس ٢٠٢١؛ إثيوبيا، كينيا"  # not "٢٠٢١ · إثيوبيا": "·" reads as ٠
    assert join_meta(["8 March 2021", "UNICEF"], "en", space="  ") == "8 March 2021  ·  UNICEF"
