"""Keyboard order, accessible names, long facet lists, icons and digits."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet, FacetCount
from desktop.ui import icons
from desktop.ui.delegates import own_direction
from desktop.ui.main_window import BROWSE
from desktop.ui.panes.facet_panel import SHOWN_VALUES, FacetPanel


def test_tab_goes_from_the_search_field_to_the_sort_to_the_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search = window.browse.search
    search.field.setFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is search.sort_box
    qtbot.keyClick(search.sort_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is search.list


def test_every_control_of_the_browsing_panes_has_a_name_or_a_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    window.state.toggle(Facet.COUNTRY, "ethiopia")
    QApplication.processEvents()
    unnamed = []
    panes = [window.browse.search, window.nav, *window.browse.facets.groups.values()]
    controls = [window.browse.facets.clear_button]
    for pane in panes:
        controls += [
            w
            for w in pane.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit | QComboBox)
        ]
    for control in controls:
        named = control.accessibleName() or control.toolTip()
        if isinstance(control, QAbstractButton):
            named = named or control.text()
        if control.isVisibleTo(window) and not named:
            unnamed.append(control.objectName() or type(control).__name__)
    assert unnamed == []


def test_a_long_facet_shows_eight_values_then_all_on_demand(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = FacetPanel()
    qtbot.addWidget(panel)
    counts = [FacetCount(f"org-{i}", f"Organisation {i}", 20 - i) for i in range(12)]
    selected = ResourceFilter().with_selection(Facet.ORGANISATION, frozenset({"org-11"}))
    panel.set_counts({Facet.ORGANISATION: counts}, selected, "en")
    group = panel.group(Facet.ORGANISATION)
    shown = [box.property("facet_value") for box in group.checkboxes()]
    assert shown == [f"org-{i}" for i in range(SHOWN_VALUES)] + ["org-11"]  # the selected one too
    assert group.more.text() == "Show all (12)"
    qtbot.mouseClick(group.more, Qt.MouseButton.LeftButton)
    assert len(group.checkboxes()) == 12
    qtbot.mouseClick(group.header, Qt.MouseButton.LeftButton)
    assert group.body.isHidden()


def test_directional_icons_are_mirrored_in_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    def image(name: str):  # type: ignore[no-untyped-def]
        return icons.icon(name).pixmap(32, 32).toImage()

    ltr = {name: image(name) for name in ("collapsed", "search")}
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert image("collapsed") != ltr["collapsed"]  # the chevron points the other way
        assert image("search") == ltr["search"]  # a magnifying glass is not directional
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_each_title_is_laid_out_in_its_own_direction() -> None:
    assert (
        own_direction("Towards shock-responsive social protection")
        == Qt.LayoutDirection.LeftToRight
    )
    assert own_direction("الحماية الاجتماعية (Grand Bargain)") == Qt.LayoutDirection.RightToLeft
    assert own_direction("2020: الحماية") == Qt.LayoutDirection.RightToLeft


def test_the_arabic_digits_preference_reaches_the_list_and_the_locale(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window("ar")
    window.show_page(BROWSE)
    assert QLocale().zeroDigit() == "0"
    window.actions.arabic_digits.trigger()
    qtbot.waitUntil(lambda: not window.browse.runner.busy)
    assert window.browse.search.count_label.text() == "١٣ موردًا"
    assert QLocale().zeroDigit() == "٠"
    row = window.browse.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    meta = window.browse.search.delegate.meta_text(row)
    assert "٢٠" in meta and any(month in meta for month in ("مارس", "فبراير", "ديسمبر", "يناير"))
    assert "·" not in meta  # beside ٢٠٢١ it would read as one more digit, ٠
    window.actions.arabic_digits.trigger()
    qtbot.waitUntil(lambda: not window.browse.runner.busy)
    assert window.browse.search.count_label.text() == "13 موردًا"
