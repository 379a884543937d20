"""The detail pane: everything about the selected resource.

Facet values are chips that filter the list; the summary shows the search terms highlighted
(computed on the original text, every piece HTML-escaped); the source link is copyable and
opened in a browser only on an explicit click. Attachments, bookmark and notes have their
places ready for later issues.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.highlight import highlight_spans
from desktop.domain.models import Facet, Label, Resource, ResourceRow
from desktop.domain.query import ParsedQuery
from desktop.ui.attachments_view import AttachmentsView
from desktop.ui.formatting import format_date, highlighted_html, localise_digits
from desktop.ui.panes.pane_frame import fill_with_stack, vertical_scroll
from desktop.ui.panes.source_section import SourceSection
from desktop.ui.panes.widgets import (
    PANE_STYLE,
    Badge,
    Chip,
    ColumnLabel,
    FlowLayout,
    ResourceCard,
    Section,
    icon,
    plain_label,
    set_plain_text,
    text_direction,
    ui_language,
)
from desktop.ui.widgets.empty_state import EmptyState

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)
MARK_STYLE = "background-color:#ffe08a; color:#1d1d1d;"
FACET_ROWS = (
    Facet.DOC_TYPE,
    Facet.ORGANISATION,
    Facet.COUNTRY,
    Facet.REGION,
    Facet.THEME,
    Facet.MODALITY,
    Facet.PAYMENT_METHOD,
    Facet.SECTOR,
    Facet.LANGUAGE,
)


class _FieldRow:
    """One line of the facts grid: a caption and its value (chips or plain text)."""

    def __init__(self, grid: QGridLayout, row: int, value: QWidget | None = None) -> None:
        self.caption = QLabel()
        self.caption.setObjectName("fieldCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.value = value or QWidget()
        self.chips: list[Chip] = []
        if value is None:
            self.flow = FlowLayout(self.value)
        grid.addWidget(self.caption, row, 0)
        if value is None:
            grid.addWidget(self.value, row, 1)
        else:  # a short text: at the leading edge of the cell, whatever its own direction
            grid.addWidget(self.value, row, 1, Qt.AlignmentFlag.AlignLeading)

    def set_visible(self, visible: bool) -> None:
        self.caption.setVisible(visible)
        self.value.setVisible(visible)


class DetailPane(QWidget):
    """Shows one resource; facet values and related resources are clickable."""

    facet_value_activated = Signal(str, str)  # facet name (a Facet value), value id
    resource_activated = Signal(str)  # uid
    shown_changed = Signal(object)  # the uid now shown, or None when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setStyleSheet(PANE_STYLE)
        self.arabic_digits = False
        self._shown: tuple[Resource, list[ResourceRow], ParsedQuery] | None = None
        self._stack = fill_with_stack(self, self._build_empty_state(), self._build_scroll())
        self.retranslate_ui()
        self.clear()

    # building -------------------------------------------------------------------------------

    def _build_empty_state(self) -> QWidget:
        self._empty = EmptyState("document")
        self._empty.setObjectName("detailEmptyState")
        self._empty.title.setObjectName("emptyStateText")
        # as narrow as the user makes the pane (its own minimum would hold the splitter back)
        self._empty.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return self._empty

    def _build_scroll(self) -> QScrollArea:
        content = QWidget()
        content.setObjectName("detailContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(18, 16, 18, 16)
        body.setSpacing(10)
        body.addLayout(self._build_header())
        self._withdrawn = Badge("withdrawnBadge")
        body.addWidget(self._withdrawn, 0, Qt.AlignmentFlag.AlignLeading)
        body.addWidget(self._build_fields())
        self._build_sections(body)
        body.addStretch(1)
        self._frozen = self._layouts_to_freeze(body)
        self._scroll = vertical_scroll(content)
        return self._scroll

    def _layouts_to_freeze(self, body: QVBoxLayout) -> list[QLayout]:
        """The layouts a re-fill changes: the pane's column, the facts and their rows, sections."""
        layouts: list[QLayout] = [body, self._fields_grid]
        layouts += [row.flow for row in (*self._rows.values(), self._tags_row)]
        for section in (
            self.summary_section,
            self.source_section,
            self.related_section,
            self.attachments_section,
        ):
            layouts.append(section.layout())
        layouts.append(self.attachments_view.layout())
        return layouts

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title_label = plain_label(object_name="detailTitle", column=True)
        self.title_label.setTextInteractionFlags(SELECTABLE)
        self.bookmark_button = QToolButton()
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setIcon(icon("bookmark"))
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setEnabled(False)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.bookmark_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_fields(self) -> QWidget:
        fields = QWidget()
        fields.setObjectName("detailFields")
        grid = QGridLayout(fields)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self._fields_grid = grid
        # the type first, then the date, then the other facets
        self._rows = {facet: _FieldRow(grid, i + (i > 0)) for i, facet in enumerate(FACET_ROWS)}
        self._date = plain_label(object_name="detailDate", wrap=False)
        self._date_row = _FieldRow(grid, 1, self._date)
        self._tags_row = _FieldRow(grid, len(FACET_ROWS) + 1)
        self._tags: list[Badge] = []
        return fields

    def _build_sections(self, body: QVBoxLayout) -> None:
        self.summary_section = Section("summarySection")
        self.summary_label = ColumnLabel()
        self.summary_label.setObjectName("summaryText")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(SELECTABLE)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.summary_section.body.addWidget(self.summary_label)
        self.source_section = SourceSection()
        self.related_section = Section("relatedSection")
        self._cards: list[ResourceCard] = []
        self.attachments_section = Section("attachmentsSection")
        self.attachments_view = AttachmentsView()  # the window sets its files_dir
        self.attachments_section.body.addWidget(self.attachments_view)
        self.notes_section = Section("notesSection")
        self._notes_text = plain_label(object_name="placeholderText")
        self.notes_section.body.addWidget(self._notes_text)
        for section in (
            self.summary_section,
            self.source_section,
            self.related_section,
            self.attachments_section,
            self.notes_section,
        ):
            body.addWidget(section)

    # public interface -----------------------------------------------------------------------

    def show_resource(
        self, resource: Resource, related: list[ResourceRow], query: ParsedQuery
    ) -> None:
        """Fill the pane with `resource`, highlighting `query`'s words in the summary."""
        self._shown = (resource, related, query)
        self._render()
        self._stack.setCurrentIndex(1)
        self._scroll.verticalScrollBar().setValue(0)
        self.shown_changed.emit(resource.uid)

    def clear(self) -> None:
        """Show the empty state: nothing is selected."""
        self._shown = None
        self._stack.setCurrentIndex(0)
        self.shown_changed.emit(None)

    def set_arabic_digits(self, enabled: bool) -> None:
        """Show dates and numbers with Arabic-Indic digits (a preference)."""
        self.arabic_digits = enabled
        if self._shown is not None:
            self._render()

    @property
    def current_uid(self) -> str | None:
        return self._shown[0].uid if self._shown else None

    def set_notes_widget(self, widget: QWidget) -> None:
        """Put the user's notes (a later module's widget) in place of the placeholder."""
        self._notes_text.hide()
        self.notes_section.body.addWidget(widget)

    # rendering ------------------------------------------------------------------------------

    def _render(self) -> None:
        """Fill every part with the layouts switched off: the pane is laid out once, after.

        Showing a widget lays out every visible ancestor at once: re-filling a dozen chips,
        cards and labels one by one laid the whole pane out a dozen times. Switched back on,
        the layouts do their one pass when control returns to the event loop, before the
        pane is painted (Qt handles layout requests before paint requests).
        """
        for layout in self._frozen:
            layout.setEnabled(False)
        try:
            self._fill()
        finally:
            for layout in self._frozen:
                layout.setEnabled(True)

    def _fill(self) -> None:
        assert self._shown is not None
        resource, related, query = self._shown
        set_plain_text(self.title_label, resource.title)
        self._render_withdrawn(resource.withdrawn_in)
        self._render_fields(resource)
        self._render_summary(resource.summary, query)
        self.source_section.set_url(resource.source_url)
        self._render_related(related)
        self._render_attachments(resource, query)

    def _render_withdrawn(self, version: int | None) -> None:
        self._withdrawn.setVisible(version is not None)
        if version is not None:
            number = localise_digits(str(version), self.arabic_digits)
            self._withdrawn.setText(self.tr("Withdrawn in version %1").replace("%1", number))

    def _render_fields(self, resource: Resource) -> None:
        values = resource.facet_labels()
        for facet, row in self._rows.items():
            self._fill_chips(row, facet, values.get(facet, ()))
        date = format_date(resource.published, ui_language(), self.arabic_digits)
        set_plain_text(self._date, date)
        self._date_row.set_visible(bool(date))
        self._fill_tags(resource.tags)

    def _fill_chips(self, row: _FieldRow, facet: Facet, labels: tuple[Label, ...]) -> None:
        """Show `labels` as chips, reusing the row's chips (new widgets are slow to style)."""
        for index, label in enumerate(labels):
            if index < len(row.chips):
                row.chips[index].set_value(facet.value, label.value, label.label)
            else:
                chip = Chip(facet.value, label.value, label.label)
                chip.clicked.connect(self._on_chip_clicked)
                row.chips.append(chip)
                row.flow.addWidget(chip)
            row.chips[index].setToolTip(self.tr("Show the resources with this value"))
            row.chips[index].setVisible(True)
        for chip in row.chips[len(labels) :]:
            chip.setVisible(False)
        row.set_visible(bool(labels))

    def _fill_tags(self, tags: tuple[str, ...]) -> None:
        while len(self._tags) < len(tags):
            self._tags.append(Badge("tagBadge"))
            self._tags_row.flow.addWidget(self._tags[-1])
        for index, badge in enumerate(self._tags):
            badge.setVisible(index < len(tags))
            if index < len(tags):
                set_plain_text(badge, tags[index])
        self._tags_row.set_visible(bool(tags))

    def _render_summary(self, summary: str, query: ParsedQuery) -> None:
        if summary.strip():
            spans = highlight_spans(summary, query)
            self.summary_label.setText(highlighted_html(summary, spans, MARK_STYLE))
            self.summary_label.setLayoutDirection(text_direction(summary))
        else:
            self.summary_label.setText(self.tr("No summary available."))
            self.summary_label.setLayoutDirection(self.layoutDirection())
        self.summary_label.setProperty("empty", not summary.strip())

    def _render_related(self, related: list[ResourceRow]) -> None:
        for index, row in enumerate(related):
            if index < len(self._cards):
                self._cards[index].set_row(row, self.arabic_digits)
            else:
                card = ResourceCard(row, self.arabic_digits)
                card.activated.connect(self.resource_activated)
                self._cards.append(card)
                self.related_section.body.addWidget(card)
            self._cards[index].setVisible(True)
        for card in self._cards[len(related) :]:
            card.setVisible(False)
        self.related_section.setVisible(bool(related))

    def _render_attachments(self, resource: Resource, query: ParsedQuery) -> None:
        self.attachments_view.show_attachments(resource.attachments, query)

    def _on_chip_clicked(self) -> None:
        chip = self.sender()
        if isinstance(chip, Chip):
            self.facet_value_activated.emit(chip.facet, chip.value)

    # language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every UI string in the current language (called on QEvent.LanguageChange)."""
        self._empty.set_texts(self.tr("Select a resource to see its details"))
        self.bookmark_button.setToolTip(self.tr("Bookmarks are coming in a later version"))
        self.bookmark_button.setAccessibleName(self.tr("Bookmark"))
        captions = self._captions()
        for facet, row in self._rows.items():
            row.caption.setText(captions[facet])
        self._date_row.caption.setText(self.tr("Date"))
        self._tags_row.caption.setText(self.tr("Keywords"))
        self.summary_section.title.setText(self.tr("Summary"))
        self.related_section.title.setText(self.tr("Related resources"))
        self.attachments_section.title.setText(self.tr("Attachments"))
        self.notes_section.title.setText(self.tr("Notes"))
        self._notes_text.setText(self.tr("Your notes on this resource will appear here."))
        self.source_section.retranslate_ui()
        if self._shown is not None:
            self._render()

    def _captions(self) -> dict[Facet, str]:
        return {
            Facet.DOC_TYPE: self.tr("Type"),
            Facet.ORGANISATION: self.tr("Organisations"),
            Facet.COUNTRY: self.tr("Countries"),
            Facet.REGION: self.tr("Regions"),
            Facet.THEME: self.tr("Themes"),
            Facet.MODALITY: self.tr("Modality"),
            Facet.PAYMENT_METHOD: self.tr("Payment method"),
            Facet.SECTOR: self.tr("Sector"),
            Facet.LANGUAGE: self.tr("Language"),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
