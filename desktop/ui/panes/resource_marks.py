"""The user's marks on resources, where resources are shown.

- `DetailMarks`: in the detail pane, the star (Ctrl+D), reading state, personal tags, the
  collections menu and the notes editor.
- `MarkedResourceDelegate`: list rows with a star, a note mark and the reading state.
- `PersonalFilters`: "Bookmarked", a collection, "Has notes", reading states and personal tags
  as filters above the facet groups.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import Scope
from desktop.domain.userdata import READING_LABELS, ReadingState
from desktop.ui.app_state import AppState
from desktop.ui.delegates import ResourceDelegate
from desktop.ui.formatting import format_number, isolated
from desktop.ui.icons import icon
from desktop.ui.models.resource_list_model import PAINT_ROLE
from desktop.ui.panes.notes_editor import NotesEditor
from desktop.ui.undo import UserDataUndo

BOOKMARKED_COLOR = "#c98a00"  # the star's amber, readable on the light pane and in the list


def reading_text(state: ReadingState) -> str:
    return QCoreApplication.translate("Tracker", READING_LABELS[state])


def marks_line(star: bool, noted: bool, reading: str, withdrawn: str) -> str:
    """A result row's marks: "★ ✎ Read · withdrawn" / "★ ✎ مقروء، مسحوب" (in Arabic a comma:
    "·" reads as the digit zero ٠ there); "★ مسحوب" without a reading state."""
    marks = " ".join(part for part in ("★" if star else "", "✎" if noted else "", reading) if part)
    if not withdrawn:
        return marks
    if not reading:  # symbols alone ("★ ✎") need no separator before a word
        return " ".join(part for part in (marks, withdrawn) if part)
    arabic = QLocale().language() == QLocale.Language.Arabic
    return ("، " if arabic else " · ").join((marks, withdrawn))


class DetailMarks(QWidget):
    """Star, reading state, tags, collections and notes of the resource in the detail pane."""

    def __init__(self, undo: UserDataUndo, detail: QWidget) -> None:
        super().__init__(detail)
        self.setObjectName("detailMarks")
        self.undo, self.service = undo, undo.service
        self.uid: str | None = None
        self._opened: list[str] = []  # opened in the pane, not yet recorded in the user's file
        self.button: QToolButton = detail.bookmark_button  # type: ignore[attr-defined]
        self.button.setEnabled(False)
        self.button.clicked.connect(self.toggle_bookmark)
        self.shortcut = QShortcut(QKeySequence("Ctrl+D"), detail.window())
        self.shortcut.activated.connect(self.toggle_bookmark)
        self.reading = QComboBox(self)
        self.reading.setObjectName("readingState")
        for state in ReadingState:
            self.reading.addItem("", state.value)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("personalTags")
        self.collections = QToolButton(self)
        self.collections.setObjectName("collectionsButton")
        self.collections.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collections.setMenu(QMenu(self.collections))
        self.collections.menu().aboutToShow.connect(self._fill_collections_menu)  # type: ignore[union-attr]
        self.notes = NotesEditor(undo, self)
        self._build()
        self.reading.activated.connect(self._on_reading_activated)
        self.tags.editingFinished.connect(self._on_tags_edited)
        self.service.changed.connect(lambda _kind: self.refresh())
        detail.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._record_opened)  # before the service closes
        self.retranslate_ui()
        self.show_resource(None)

    def _build(self) -> None:
        row = QHBoxLayout()
        self._reading_label = QLabel(self)
        self._tags_label = QLabel(self)
        row.addWidget(self._reading_label)
        row.addWidget(self.reading)
        row.addWidget(self._tags_label)
        row.addWidget(self.tags, 1)
        row.addWidget(self.collections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notes)

    def show_resource(self, uid: str | None) -> None:
        self.uid = uid or None
        self.notes.show_resource(self.uid)
        if self.uid:
            self._record_opened_later(self.uid)
        self.refresh()

    def _record_opened_later(self, uid: str) -> None:
        """Record the opening once control is back in the event loop, not before the pane
        is shown: each write to the user's file waits for the disk (synchronous = FULL)."""
        if not self._opened:
            QTimer.singleShot(0, self, self._record_opened)
        self._opened.append(uid)

    def _record_opened(self) -> None:
        opened, self._opened = self._opened, []
        for uid in opened:
            self.service.mark_opened(uid)

    def refresh(self) -> None:
        enabled = self.uid is not None
        for widget in (self.button, self.reading, self.tags, self.collections):
            widget.setEnabled(enabled)
        marks = self.service.marks(self.uid) if self.uid else None
        self._show_bookmarked(bool(marks and marks.bookmarked))
        state = marks.reading_state if marks else ReadingState.UNREAD
        self.reading.setCurrentIndex(list(ReadingState).index(state))
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(marks.tags) if marks else "")

    def _show_bookmarked(self, on: bool) -> None:
        """Checked or not, the star must look it: a pressed frame alone is hard to see."""
        self.button.setChecked(on)
        self.button.setIcon(icon("bookmark", BOOKMARKED_COLOR if on else None))
        if on:
            self.button.setToolTip(self.tr("Bookmarked: click to remove the bookmark (Ctrl+D)"))
        else:
            self.button.setToolTip(self.tr("Bookmark this resource (Ctrl+D)"))

    def toggle_bookmark(self) -> None:
        if self.uid:
            self.undo.toggle_bookmark(self.uid)

    def _on_reading_activated(self, index: int) -> None:
        if self.uid:
            self.undo.set_reading_state(self.uid, list(ReadingState)[index])

    def _on_tags_edited(self) -> None:
        if not self.uid:
            return
        wanted = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if tuple(sorted(set(wanted))) != self.service.marks(self.uid).tags:
            self.undo.set_tags(self.uid, wanted)

    def _fill_collections_menu(self) -> None:
        menu = self.collections.menu()
        menu.clear()  # type: ignore[union-attr]
        if not self.uid:
            return
        uid = self.uid
        mine = self.service.marks(uid).collection_ids
        for c in self.service.collections():
            action = menu.addAction(c.name)  # type: ignore[union-attr]
            action.setCheckable(True)
            action.setChecked(c.id in mine)
            action.toggled.connect(lambda on, cid=c.id: self.undo.set_in_collection(cid, uid, on))
        menu.addSeparator()  # type: ignore[union-attr]
        menu.addAction(self.tr("New collection…"), self._new_collection)  # type: ignore[union-attr]

    def _new_collection(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if ok and name.strip() and self.uid:
            made = self.undo.create_collection(name.strip())
            self.undo.set_in_collection(made.id, self.uid, True)

    def retranslate_ui(self) -> None:
        self._show_bookmarked(self.button.isChecked())
        self.button.setAccessibleName(self.tr("Bookmark"))
        self._reading_label.setText(self.tr("Reading:"))
        self._tags_label.setText(self.tr("My tags:"))
        for label, field in ((self._reading_label, self.reading), (self._tags_label, self.tags)):
            label.setBuddy(field)
            field.setAccessibleName(label.text().rstrip(":").strip())
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.collections.setText(self.tr("Collections"))
        for index, state in enumerate(ReadingState):
            self.reading.setItemText(index, reading_text(state))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate_ui)  # after the detail pane's texts
        return False


class MarkedResourceDelegate(ResourceDelegate):
    """A list row as `ResourceDelegate` paints it, with the user's marks at its trailing edge."""

    def __init__(self, undo: UserDataUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = undo.service
        self._marks: tuple[set[str], dict[str, ReadingState], set[str]] | None = None
        self.service.changed.connect(lambda _kind: self._clear())

    def _clear(self) -> None:
        self._marks = None
        view = self.parent()
        if isinstance(view, QWidget):
            view.update()

    def marks(self, uid: str) -> tuple[bool, ReadingState | None, bool]:
        """Starred, reading state, noted. All the user's marks are read at the first paint after
        a change (one read): scrolling then never waits for the user's file."""
        if self._marks is None:
            self._marks = self.service.every_mark()
        stars, states, noted = self._marks
        return uid in stars, states.get(uid), uid in noted

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: object) -> None:
        super().paint(painter, option, index)  # type: ignore[arg-type]
        row = index.data(PAINT_ROLE)  # type: ignore[attr-defined]
        if row is None:
            return  # its page is being read: painted again when it comes
        uid = row.uid
        star, state, noted = self.marks(uid)
        reading = reading_text(state) if state is not None else ""
        withdrawn = ""
        if star and row.withdrawn_in is not None:
            withdrawn = QCoreApplication.translate("PersonalFilters", "withdrawn")
        text = marks_line(star, noted, reading, withdrawn)
        if not text:
            return
        painter.save()
        rect = QRect(option.rect).adjusted(6, 4, -6, -4)  # type: ignore[attr-defined]
        # AlignTrailing is mirrored by the painter itself: the row's end, left in right-to-left
        end = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignBottom
        painter.drawText(rect, end, text)
        painter.restore()


class PersonalFilters(QWidget):
    """The user's own filters, set on the app state's `ResourceFilter`."""

    def __init__(self, undo: UserDataUndo, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalFilters")
        self.service, self.state = undo.service, state
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.bookmarked = QCheckBox(self)
        self.bookmarked.setObjectName("bookmarkedFilter")
        self.has_notes = QCheckBox(self)
        self.has_notes.setObjectName("hasNotesFilter")
        self.collection = QComboBox(self)
        self.collection.setObjectName("collectionFilter")
        self.reading = {s: QCheckBox(self) for s in ReadingState}
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.scope = QComboBox(self)
        self.scope.setObjectName("searchScope")
        for scope in Scope:
            self.scope.addItem("", scope.value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.setContentsMargins(0, 0, 0, 8)
        for widget in (self.title, self.bookmarked, self.has_notes, self.collection):
            layout.addWidget(widget)
        for box in self.reading.values():
            layout.addWidget(box)
        layout.addWidget(self.tag)
        self.bookmarked.toggled.connect(lambda _on: self._apply())
        self.has_notes.toggled.connect(lambda _on: self._apply())
        for box in self.reading.values():
            box.toggled.connect(lambda _on: self._apply())
        self.collection.activated.connect(lambda _i: self._apply())
        self.tag.activated.connect(lambda _i: self._apply())
        self.scope.activated.connect(lambda _i: self._apply())
        self.service.changed.connect(self._on_service_changed)
        state.filter_changed.connect(lambda _f: self._sync())
        state.arabic_digits_changed.connect(lambda _on: self._fill_choices())
        self.retranslate_ui()

    def _apply(self) -> None:
        f = replace(
            self.state.filter,
            bookmarked=self.bookmarked.isChecked(),
            has_notes=self.has_notes.isChecked(),
            collection_id=self.collection.currentData(),
            reading_states=frozenset(s.value for s, b in self.reading.items() if b.isChecked()),
            personal_tags=frozenset({self.tag.currentData()})
            if self.tag.currentData()
            else frozenset(),
            scope=Scope(self.scope.currentData()),
        )
        self.state.set_filter(f)

    def _sync(self) -> None:
        """Show what the filter says (chips or "clear all" may have changed it)."""
        f = self.state.filter
        widgets = [self.bookmarked, self.has_notes, *self.reading.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.bookmarked.setChecked(f.bookmarked)
        self.has_notes.setChecked(f.has_notes)
        for s, box in self.reading.items():
            box.setChecked(s.value in f.reading_states)
        for widget in widgets:
            widget.blockSignals(False)
        self.collection.setCurrentIndex(max(self.collection.findData(f.collection_id), 0))
        self.scope.setCurrentIndex(max(self.scope.findData(f.scope.value), 0))
        tag = next(iter(f.personal_tags), None)
        self.tag.setCurrentIndex(max(self.tag.findData(tag), 0))

    def _on_service_changed(self, kind: str) -> None:
        if kind in ("collections", "tags"):
            self._fill_choices()

    def _fill_choices(self) -> None:
        self.collection.clear()
        self.collection.addItem(self.tr("Any collection"), None)
        for c in self.service.collections():
            self.collection.addItem(f"{isolated(c.name)} ({self._count(c.size)})", c.id)
        self.tag.clear()
        self.tag.addItem(self.tr("Any personal tag"), None)
        for tag, count in self.service.all_tags():
            self.tag.addItem(f"{isolated(tag)} ({self._count(count)})", tag)
        self._sync()

    def _count(self, n: int) -> str:
        """A count in the digits preferred (the choices are filled again when that changes)."""
        return format_number(n, self.state.lang, self.state.arabic_digits)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My library"))
        scopes = (
            self.tr("Search everything"),
            self.tr("Search the catalogue"),
            self.tr("Search my notes"),
        )
        for index, text in enumerate(scopes):
            self.scope.setItemText(index, text)
        names = {  # the lists show their choice, not what they choose: the names say it
            self.scope: self.tr("Where to search"),
            self.collection: self.tr("Show one collection"),
            self.tag: self.tr("Show one of my tags"),
        }
        for combo, name in names.items():
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.bookmarked.setText(self.tr("Bookmarked"))
        self.has_notes.setText(self.tr("Has notes"))
        for s, box in self.reading.items():
            box.setText(reading_text(s))
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
