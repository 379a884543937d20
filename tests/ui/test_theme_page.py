"""The theme page, in English (left-to-right) and Arabic (right-to-left), on the seed catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.domain.models import ResourceRow, Theme
from desktop.storage import resources_repo
from desktop.storage.store import Store
from desktop.ui.panes.theme_page import ThemePage
from desktop.ui.panes.widgets import ResourceCard
from tests.ui.conftest import arabic_installed, shown_alone


@pytest.fixture
def page(qtbot, lang: str) -> Iterator[ThemePage]:
    yield from shown_alone(qtbot, ThemePage(), 1000, 900)


def content(store: Store, lang: str) -> tuple[list[Theme], dict[str, list[ResourceRow]]]:
    with store.read() as conn:
        themes = resources_repo.themes(conn, lang)
        latest = {
            theme.id: resources_repo.rows_by_ids(
                conn, store.labels, resources_repo.latest_in_theme(conn, theme.id), lang
            )
            for theme in themes
        }
    return themes, latest


def visible_texts(page: ThemePage, name: str) -> list[str]:
    QApplication.processEvents()  # the event loop shows new widgets and deletes replaced ones
    return [label.text() for label in page.findChildren(QLabel, name) if label.isVisible()]


def cards(page: ThemePage) -> list[ResourceCard]:
    QApplication.processEvents()
    return [card for card in page.findChildren(ResourceCard) if card.isVisible()]


def test_the_page_shows_the_theme_and_its_four_priorities(
    page: ThemePage, store: Store, lang: str
) -> None:
    themes, latest = content(store, lang)
    page.set_content(themes, latest)
    theme = themes[0]
    assert page.isRightToLeft() == (lang == "ar")
    assert visible_texts(page, "themeTitle") == [theme.title]
    assert theme.title == ("الحماية الاجتماعية" if lang == "ar" else "Social Protection")
    paragraphs = visible_texts(page, "themeParagraph")
    assert len(paragraphs) == 5  # three of introduction, the priorities' opening and closing
    assert paragraphs[0] == theme.introduction.split("\n\n")[0]
    assert visible_texts(page, "priorityText") == [p.text for p in theme.priorities]
    assert len(theme.priorities) == 4
    assert visible_texts(page, "priorityNumber") == ["1", "2", "3", "4"]
    label = page.findChildren(QLabel, "priorityText")[0]
    assert label.isRightToLeft() == (lang == "ar")  # each paragraph in its own direction


def test_the_newest_resources_are_cards(page: ThemePage, store: Store, lang: str) -> None:
    themes, latest = content(store, lang)
    page.set_content(themes, latest)
    newest = latest[themes[0].id]
    assert len(newest) == 6
    assert [card.uid for card in cards(page)] == [row.uid for row in newest]
    assert cards(page)[0].title.text() == newest[0].title
    first_meta = cards(page)[0].meta.text()
    assert first_meta == ("8 مارس 2021؛ إثيوبيا" if lang == "ar" else "8 March 2021 · Ethiopia")


def test_clicking_a_card_opens_its_resource(page: ThemePage, store: Store, qtbot) -> None:
    page.set_content(*content(store, "en"))
    card = cards(page)[2]
    with qtbot.waitSignal(page.resource_activated) as signal:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert signal.args == [card.uid]
    card.setFocus()
    with qtbot.waitSignal(page.resource_activated) as signal:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert signal.args == [card.uid]


def test_arabic_indic_digits_number_the_priorities(
    page: ThemePage, store: Store, lang: str
) -> None:
    page.set_content(*content(store, lang))
    page.set_arabic_digits(True)
    assert visible_texts(page, "priorityNumber") == ["١", "٢", "٣", "٤"]
    expected = "٨ مارس ٢٠٢١" if lang == "ar" else "٨ March ٢٠٢١"
    assert cards(page)[0].meta.text().startswith(expected)


def test_an_empty_catalogue_shows_a_friendly_state(page: ThemePage) -> None:
    page.set_content([], {})
    assert cards(page) == []
    assert visible_texts(page, "themeHeading") != []
    assert page.findChild(QLabel, "emptyStateText").isVisible()


def test_a_theme_without_resources_says_so(page: ThemePage, store: Store) -> None:
    themes, _ = content(store, "en")
    page.set_content(themes, {})
    assert cards(page) == []
    assert visible_texts(page, "placeholderText") == ["No resources in this theme yet."]


def test_switching_to_arabic_retranslates_the_page_live(
    qtbot, qapp: QApplication, store: Store
) -> None:
    page = ThemePage()
    qtbot.addWidget(page)
    page.show()
    page.set_content(*content(store, "ar"))
    with arabic_installed(qapp):
        assert visible_texts(page, "themeHeading") == ["الأولويات الحالية", "أحدث الموارد"]
    assert visible_texts(page, "themeHeading") == ["Current priorities", "Latest resources"]
