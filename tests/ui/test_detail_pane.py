"""The detail pane, in English (left-to-right) and Arabic (right-to-left), on the seed catalogue."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from desktop.domain.models import Label, PublicationDate, Resource
from desktop.domain.query import ParsedQuery, parse_query
from desktop.storage.store import Store
from desktop.ui.formatting import format_date
from desktop.ui.panes.detail_pane import DetailPane
from desktop.ui.panes.widgets import Chip, ResourceCard
from tests.fixtures.browser import Browser
from tests.ui.conftest import arabic_installed, load_with_related, shown_alone

SPACE_ETHIOPIA = "calp-2020-space-early-response-ethiopia"


@pytest.fixture
def pane(qtbot, lang: str) -> Iterator[DetailPane]:
    yield from shown_alone(qtbot, DetailPane(), 520, 900)


def chips(pane: DetailPane, facet: str) -> list[Chip]:
    QApplication.processEvents()  # the event loop shows new widgets and deletes replaced ones
    return [c for c in pane.findChildren(Chip) if c.facet == facet and c.isVisible()]


def shown_text(label: QLabel) -> str:
    """What a rich-text label displays, as plain text."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_every_field_of_a_resource_is_shown(pane: DetailPane, store: Store, lang: str) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, lang)
    pane.show_resource(resource, related, ParsedQuery())
    assert pane.isRightToLeft() == (lang == "ar")
    assert pane.title_label.text() == resource.title
    assert [c.label for c in chips(pane, "organisation")] == [
        o.label for o in resource.organisations
    ]
    assert len(resource.organisations) == 3
    for facet, labels in (
        ("country", resource.countries),
        ("region", resource.regions),
        ("theme", resource.themes),
        ("language", (resource.language,)),
        ("doc_type", (resource.doc_type,)),
    ):
        assert [c.label for c in chips(pane, facet)] == [label.label for label in labels if label]
    assert chips(pane, "country")[0].label == ("إثيوبيا" if lang == "ar" else "Ethiopia")
    assert chips(pane, "country")[0].text().endswith(chips(pane, "country")[0].label)
    date = pane.findChild(QLabel, "detailDate")
    assert date.text() == format_date(resource.published, lang)
    assert date.text() == ("17 ديسمبر 2020" if lang == "ar" else "17 December 2020")
    assert shown_text(pane.summary_label) == resource.summary
    assert pane.source_section.url_field.text() == resource.source_url
    QApplication.processEvents()
    cards = [c for c in pane.findChildren(ResourceCard) if c.isVisible()]
    assert [c.uid for c in cards] == [row.uid for row in related] and cards


def test_clicking_a_country_filters_by_it(pane: DetailPane, store: Store, qtbot) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pane.show_resource(resource, related, ParsedQuery())
    country = chips(pane, "country")[0]
    with qtbot.waitSignal(pane.facet_value_activated) as signal:
        qtbot.mouseClick(country, Qt.MouseButton.LeftButton)
    assert signal.args == ["country", "ethiopia"]


def test_clicking_a_related_resource_opens_it(pane: DetailPane, store: Store, qtbot) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pane.show_resource(resource, related, ParsedQuery())
    card = [c for c in pane.findChildren(ResourceCard) if c.isVisible()][0]
    with qtbot.waitSignal(pane.resource_activated) as signal:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert signal.args == [related[0].uid]


def odd_resource(resource: Resource, **changes: object) -> Resource:
    return replace(resource, **changes)  # type: ignore[arg-type]


def test_a_resource_without_date_type_or_organisation(
    pane: DetailPane, store: Store, lang: str
) -> None:
    resource, _ = load_with_related(store, SPACE_ETHIOPIA, lang)
    bare = odd_resource(
        resource,
        doc_type=None,
        published=PublicationDate(None),
        organisations=(),
        summary="",
        source_url=None,
        tags=(),
    )
    pane.show_resource(bare, [], ParsedQuery())
    assert chips(pane, "doc_type") == [] and chips(pane, "organisation") == []
    assert not pane.findChild(QLabel, "detailDate").isVisible()
    assert not pane.findChild(QWidget, "relatedSection").isVisible()
    assert not pane.source_section.url_field.isVisible()
    assert pane.summary_label.text() == "No summary available." or lang == "ar"
    assert not pane.findChild(QLabel, "withdrawnBadge").isVisible()


def test_a_300_character_title_is_shown_in_full(pane: DetailPane, store: Store) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    title = ("Lessons from cash transfers in protracted crises " * 7)[:300]
    pane.show_resource(odd_resource(resource, title=title), related, ParsedQuery())
    assert pane.title_label.text() == title
    assert pane.title_label.wordWrap()
    assert pane.title_label.width() <= pane.width()
    assert pane.title_label.height() > 3 * pane.title_label.fontMetrics().height()


def test_a_withdrawn_resource_carries_a_badge(pane: DetailPane, store: Store, lang: str) -> None:
    resource, _ = load_with_related(store, SPACE_ETHIOPIA, lang)
    pane.show_resource(odd_resource(resource, withdrawn_in=3), [], ParsedQuery())
    badge = pane.findChild(QLabel, "withdrawnBadge")
    assert badge.isVisible() and "3" in badge.text()
    pane.set_arabic_digits(True)
    assert "٣" in badge.text()


def test_the_highlight_lands_on_the_vocalised_word(pane: DetailPane, store: Store) -> None:
    resource, _ = load_with_related(store, SPACE_ETHIOPIA, "ar")
    summary = "تُعَزِّزُ الْحِمَايَةُ الِاجْتِمَاعِيَّةُ صُمُودَ الأُسَرِ أَمَامَ الصَّدَمَاتِ"
    pane.show_resource(odd_resource(resource, summary=summary), [], parse_query("حماية"))
    marked = re.findall(r"<span style=[^>]*>(.*?)</span>", pane.summary_label.text())
    assert [html.unescape(m) for m in marked] == ["الْحِمَايَةُ"]
    assert shown_text(pane.summary_label) == summary
    assert pane.summary_label.isRightToLeft()


def test_catalogue_text_is_never_interpreted_as_html(pane: DetailPane, store: Store) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    title = "<b>html</b> title"
    summary = 'A <img src="file:///etc/passwd"> and <b>bold</b> & <a href="x">link</a>'
    organisation = Label("evil", "<i>Org</i> & Co")
    tricky = odd_resource(resource, title=title, summary=summary, organisations=(organisation,))
    pane.show_resource(tricky, related, parse_query("bold"))
    assert pane.title_label.text() == title
    assert pane.title_label.textFormat() == Qt.TextFormat.PlainText
    assert shown_text(pane.summary_label) == summary
    assert "<img" not in pane.summary_label.text()
    # "&&" shows one "&"; the left-to-right mark keeps "<" first in a right-to-left UI
    assert chips(pane, "organisation")[0].text() == "\u200e<i>Org</i> && Co"


def test_english_text_in_the_arabic_ui_keeps_its_own_direction(
    pane: DetailPane, store: Store, lang: str
) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, lang)
    pane.show_resource(resource, related, ParsedQuery())
    assert not pane.title_label.isRightToLeft()  # an English title, whatever the UI
    assert not pane.summary_label.isRightToLeft()
    arabic = odd_resource(resource, title="الحماية الاجتماعية في الأزمات")
    pane.show_resource(arabic, related, ParsedQuery())
    assert pane.title_label.isRightToLeft()
    mixed = odd_resource(resource, summary="An English paragraph.\nفقرة عربية بعدها.")
    pane.show_resource(mixed, related, ParsedQuery())
    document = QTextDocument()
    document.setHtml(pane.summary_label.text())
    first, second = document.firstBlock(), document.firstBlock().next()
    assert first.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert second.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert second.text() == "فقرة عربية بعدها."


def test_the_source_link_is_copied_and_opened_only_on_click(
    pane: DetailPane, store: Store, qtbot, browser: Browser
) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pane.show_resource(resource, related, ParsedQuery())
    assert browser.opened == []
    qtbot.mouseClick(pane.source_section.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == resource.source_url
    qtbot.mouseClick(pane.source_section.open_button, Qt.MouseButton.LeftButton)
    assert browser.opened == [resource.source_url]
    assert pane.findChild(QLabel, "internetNote").isVisible()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "https://"])
def test_only_web_links_can_be_opened(
    pane: DetailPane, store: Store, qtbot, browser: Browser, url: str
) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pane.show_resource(odd_resource(resource, source_url=url), related, ParsedQuery())
    assert pane.source_section.url_field.text() == url
    assert not pane.source_section.open_button.isEnabled()
    pane.source_section.open_button.click()
    assert browser.opened == []


def test_empty_state_and_places_for_later_issues(pane: DetailPane, store: Store) -> None:
    assert pane.findChild(QLabel, "emptyStateText").isVisible()
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pane.show_resource(resource, related, ParsedQuery())
    assert pane.current_uid == SPACE_ETHIOPIA
    for name in ("attachmentsSection", "notesSection"):
        assert pane.findChild(QWidget, name).isVisible()
    bookmark = pane.findChild(QToolButton, "bookmarkButton")
    assert bookmark.isVisible() and not bookmark.isEnabled() and bookmark.toolTip()
    pane.clear()
    assert pane.current_uid is None
    assert pane.findChild(QLabel, "emptyStateText").isVisible()


def test_switching_to_arabic_retranslates_the_pane_live(
    qtbot, qapp: QApplication, store: Store
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    resource, related = load_with_related(store, SPACE_ETHIOPIA, "ar")
    pane.show_resource(odd_resource(resource, withdrawn_in=2), related, ParsedQuery())
    with arabic_installed(qapp):
        assert pane.summary_section.title.text() == "الملخص"
        assert pane.source_section.open_button.text() == "فتح في المتصفح"
        assert pane.findChild(QLabel, "withdrawnBadge").text() == "سُحب في الإصدار 2"
        captions = [label.text() for label in pane.findChildren(QLabel, "fieldCaption")]
        assert "البلدان" in captions and "Countries" not in captions
        pane.clear()
        assert pane.findChild(QLabel, "emptyStateText").text() == "اختر موردًا لعرض تفاصيله"
    assert pane.findChild(QLabel, "emptyStateText").text() == (
        "Select a resource to see its details"
    )


def test_chips_flow_from_the_leading_edge(pane: DetailPane, store: Store, lang: str) -> None:
    resource, related = load_with_related(store, SPACE_ETHIOPIA, lang)
    pane.show_resource(resource, related, ParsedQuery())
    first, second = chips(pane, "organisation")[:2]
    assert first.y() == second.y()  # on one line
    if lang == "ar":  # right-to-left: the first value on the right
        assert first.x() > second.x()
    else:
        assert first.x() < second.x()


def test_showing_another_resource_replaces_every_value(pane: DetailPane, store: Store) -> None:
    space, space_related = load_with_related(store, SPACE_ETHIOPIA, "en")
    pakistan, pakistan_related = load_with_related(store, "calp-2021-sp-covid-pakistan", "en")
    pane.show_resource(space, space_related, ParsedQuery())
    pane.show_resource(pakistan, pakistan_related[:2], ParsedQuery())
    assert [c.label for c in chips(pane, "organisation")] == ["Government of Pakistan"]
    assert [c.value for c in chips(pane, "country")] == ["pakistan"]
    assert chips(pane, "doc_type") == []
    visible = [c.uid for c in pane.findChildren(ResourceCard) if c.isVisible()]
    assert visible == [row.uid for row in pakistan_related[:2]]
    pane.show_resource(space, space_related, ParsedQuery())
    assert [c.label for c in chips(pane, "organisation")] == ["SPACE", "DFID", "USAID"]
    assert len([c for c in pane.findChildren(ResourceCard) if c.isVisible()]) == len(space_related)
