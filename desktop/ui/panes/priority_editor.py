"""The tracking of one priority: status, progress, target date, next step, notes, linked
resources and history. Every change goes through the undo stack (undo.py).

Resources are linked by dropping them here (text/plain: one uid per line, as the resource list
drags them) or from the list's context menu; one click on a linked resource opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.userdata import STATUS_LABELS, TrackedPriority, TrackerChange, TrackerStatus
from desktop.ui.formatting import isolated
from desktop.ui.i18n import DAY_FORMAT, day_text, percent_text
from desktop.ui.undo import UserDataUndo

UID_ROLE = Qt.ItemDataRole.UserRole


def status_text(status: TrackerStatus) -> str:
    return QCoreApplication.translate("Tracker", STATUS_LABELS[status])


class LinkList(QListWidget):
    """Linked resources; accepts dropped resource uids."""

    uids_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityLinks")
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        uids = [line.strip() for line in event.mimeData().text().splitlines() if line.strip()]
        if uids:
            self.uids_dropped.emit(uids)
            event.acceptProposedAction()


class PriorityEditor(QWidget):
    """Edits the tracking of the priority shown; empty and disabled when there is none."""

    resource_requested = Signal(str)

    def __init__(self, undo: UserDataUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityEditor")
        self.undo = undo
        self.priority: TrackedPriority | None = None
        self._filling = False
        self.title = QLabel(self)
        self.title.setObjectName("priorityTitle")
        self.title.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("priorityStatus")
        for status in TrackerStatus:
            self.status.addItem("", status.value)
        self.progress = QSpinBox(self)
        self.progress.setObjectName("priorityProgress")
        self.progress.setRange(0, 100)
        self.has_date = QCheckBox(self)
        self.has_date.setObjectName("priorityHasDate")
        self.target = QDateEdit(self)
        self.target.setObjectName("priorityTarget")
        self.target.setCalendarPopup(True)
        self.next_step = QLineEdit(self)
        self.next_step.setObjectName("priorityNextStep")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("priorityNotes")
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # a short field: Tab goes on to the next one
        self._notes_timer = QTimer(self)  # notes are committed after a pause in typing
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(700)
        self._titles: dict[str, str] = {}
        self.links = LinkList(self)
        self.links.setMaximumHeight(110)
        self.history = QListWidget(self)
        self.history.setObjectName("priorityHistory")
        self._labels = [QLabel(self) for _ in range(7)]
        self._layout()
        self._connect()
        self.retranslate_ui()
        self.show_priority(None)

    def _layout(self) -> None:
        form = QFormLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.target, 1)
        fields: list[QWidget | QHBoxLayout] = [
            self.status, self.progress, date_row, self.next_step, self.notes, self.links,
            self.history,
        ]  # fmt: skip
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
            label.setBuddy(self.target if field is date_row else field)  # type: ignore[arg-type]
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)

    def _connect(self) -> None:
        self.status.activated.connect(lambda _i: self._commit())
        self.progress.editingFinished.connect(self._commit)
        self.has_date.toggled.connect(self._on_has_date_toggled)
        self.target.editingFinished.connect(self._commit)
        self.next_step.editingFinished.connect(self._commit)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._notes_timer.timeout.connect(self._commit)
        self.links.itemClicked.connect(self._on_link_clicked)
        self.links.uids_dropped.connect(self.link_resources)
        self.links.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.links.customContextMenuRequested.connect(self._on_links_menu)

    # — public —

    def show_priority(
        self, priority: TrackedPriority | None, titles: dict[str, str] | None = None
    ) -> None:
        """Show `priority` (None: nothing) with the titles of its linked resources."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._commit()
        self.priority = priority
        self._titles = titles if titles is not None else self._titles
        self._filling = True
        enabled = priority is not None
        for widget in (self.status, self.progress, self.has_date, self.next_step, self.notes):
            widget.setEnabled(enabled)
        e = priority.entry if priority else None
        self.title.setText(priority.text if priority else self.tr("Choose a priority"))
        self.status.setCurrentIndex(list(TrackerStatus).index(e.status) if e else 0)
        self.progress.setValue(e.progress if e else 0)
        self.has_date.setChecked(bool(e and e.target_date))
        self.target.setEnabled(bool(e and e.target_date))
        when = (
            QDate.fromString(e.target_date, Qt.DateFormat.ISODate)
            if e and e.target_date
            else QDate.currentDate()
        )
        self.target.setDate(when)
        self.next_step.setText(e.next_step if e else "")
        if self.notes.toPlainText() != (e.notes if e else ""):
            self.notes.setPlainText(e.notes if e else "")
        self._fill_links(priority, self._titles)
        self._fill_history(self.undo.service.history(priority.id) if priority else [])
        self._filling = False

    def link_resources(self, uids: list[str]) -> None:
        if self.priority is None:
            return
        for uid in uids:
            if uid not in self.priority.links:
                self.undo.set_linked(self.priority.id, uid, True)

    # — editing —

    def _commit(self) -> None:
        if self._filling or self.priority is None:
            return
        target = (
            self.target.date().toString(Qt.DateFormat.ISODate)
            if self.has_date.isChecked()
            else None
        )
        current = self.undo.service.entry(self.priority.id)
        new = current.edited(
            status=TrackerStatus(self.status.currentData()),
            progress=self.progress.value(),
            target_date=target,
            next_step=self.next_step.text().strip(),
            notes=self.notes.toPlainText(),
        )
        self.undo.save_entry(new)

    def _on_has_date_toggled(self, on: bool) -> None:
        self.target.setEnabled(on)
        self._commit()

    def _on_notes_changed(self) -> None:
        if not self._filling:
            self._notes_timer.start()

    def _on_link_clicked(self, item: QListWidgetItem) -> None:
        self.resource_requested.emit(item.data(UID_ROLE))

    def _on_links_menu(self, pos: object) -> None:
        item = self.links.itemAt(pos)  # type: ignore[call-overload]
        if item is None or self.priority is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove link"))
        if menu.exec(self.links.viewport().mapToGlobal(pos)) is remove:  # type: ignore[arg-type]
            self.undo.set_linked(self.priority.id, item.data(UID_ROLE), False)

    # — filling —

    def _fill_links(self, priority: TrackedPriority | None, titles: dict[str, str]) -> None:
        self.links.clear()
        for uid in priority.links if priority else ():
            item = QListWidgetItem(
                titles.get(uid) or self.tr("%1 (not in the catalogue)").replace("%1", uid)
            )
            item.setData(UID_ROLE, uid)
            item.setToolTip(self.tr("Open this resource"))
            self.links.addItem(item)
        if priority is not None and not priority.links:
            hint = QListWidgetItem(self.tr("Drop resources here, or link them from the list"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.links.addItem(hint)

    def _fill_history(self, changes: list[TrackerChange]) -> None:
        self.history.clear()
        for change in changes:
            self.history.addItem(f"{day_text(change.changed_at)} — {self._describe(change)}")

    def _describe(self, change: TrackerChange) -> str:
        if change.field == "status":
            old = status_text(TrackerStatus(change.old_value or "not_started"))
            new = status_text(TrackerStatus(change.new_value or "not_started"))
            return self.tr("status: %1 → %2").replace("%1", old).replace("%2", new)
        if change.field == "progress":
            old, new = (percent_text(int(v or 0)) for v in (change.old_value, change.new_value))
            return self.tr("progress: %1 → %2").replace("%1", old).replace("%2", new)
        if change.field == "target_date":
            target = day_text(change.new_value) if change.new_value else self.tr("none")
            return self.tr("target date: %1").replace("%1", target)
        return self.tr("next step: %1").replace("%1", isolated(change.new_value or ""))

    def retranslate_ui(self) -> None:
        texts = [
            self.tr("Status"), self.tr("Progress"), self.tr("Target date"), self.tr("Next step"),
            self.tr("Notes"), self.tr("Linked resources"), self.tr("History"),
        ]  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text)  # what a screen reader says on the field
        for index, status in enumerate(TrackerStatus):
            self.status.setItemText(index, status_text(status))
        self.has_date.setText(self.tr("by"))
        self.follow_locale()
        self._set_date_format()
        self.next_step.setPlaceholderText(self.tr("What happens next, and who does it"))
        if self.priority is not None:
            self.show_priority(self.priority)

    def follow_locale(self) -> None:
        """Digits, month names and the percent sign of the UI locale (QLocale's default, which
        changes with the language and the digits preference) in the progress and date fields."""
        self.setLocale(QLocale())
        self.progress.setSuffix(QLocale().percent())

    def _set_date_format(self) -> None:
        """The date edit reads "1 March 2021" in either direction. In right-to-left, Qt lays a
        date edit's sections out in reverse (meant for 1/3/2021), which with a month's name
        would read year first; the reversed format undoes it."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.target.setDisplayFormat(" ".join(reversed(DAY_FORMAT.split())) if rtl else DAY_FORMAT)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_date_format()
        super().changeEvent(event)
