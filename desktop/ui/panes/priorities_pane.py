"""The priorities tracker (`prioritiesView`): every theme's priorities with the user's tracking.

Left: an overview line per theme (mean progress, done, overdue), a status filter, and the tree
of priorities by theme — the catalogue's, then the user's own (local) ones, then "retired" ones
the catalogue dropped while they had tracking. Right: the tracking of the chosen priority
(priority_editor.py). Local priorities are added, edited, reordered and archived here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.userdata import PriorityOrigin, TrackedPriority, TrackerStatus
from desktop.ui.formatting import isolated
from desktop.ui.i18n import day_text, percent_text
from desktop.ui.panes.priority_editor import PriorityEditor, status_text
from desktop.ui.panes.tab_order import tab_in_reading_order
from desktop.ui.safe_text import plain_tip
from desktop.ui.undo import UserDataUndo

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = "overdue"
OVERDUE_COLOR = QColor("#b3261e")


class PrioritiesPane(QWidget):
    """The tracker page; `refresh()` reloads it in the current language."""

    resource_requested = Signal(str)

    def __init__(self, undo: UserDataUndo, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prioritiesView")
        self.undo = undo
        self.service = undo.service
        self.lang = lang
        self._priorities: list[TrackedPriority] = []
        self.overview = QVBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        for value in ("", *[s.value for s in TrackerStatus], OVERDUE):
            self.status_filter.addItem("", value)
        self.show_archived = QCheckBox(self)
        self.show_archived.setObjectName("showArchived")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("prioritiesTree")
        self.tree.setColumnCount(4)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.editor = PriorityEditor(undo, self)
        self.buttons = {n: QPushButton(self) for n in ("add", "edit", "archive", "up", "down")}
        for name, button in self.buttons.items():
            button.setObjectName(f"{name}PriorityButton")
        self._layout()
        self._connect()
        self.retranslate_ui()

    def _layout(self) -> None:
        left = self._list_side = QWidget(self)
        column = QVBoxLayout(left)
        column.addLayout(self.overview)
        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addWidget(self.show_archived)
        bar.addStretch(1)
        column.addLayout(bar)
        column.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.editor.resource_requested.connect(self.resource_requested)
        self.service.changed.connect(self._on_service_changed)
        self.buttons["add"].clicked.connect(self.add_local)
        self.buttons["edit"].clicked.connect(self.edit_local)
        self.buttons["archive"].clicked.connect(self.toggle_archived)
        self.buttons["up"].clicked.connect(lambda: self.move_local(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_local(1))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab goes down the list side (filters, tree, its buttons), then down the tracking
        of the chosen priority, each row in reading order (see tab_order.py)."""
        panes = [self._list_side, self.editor]
        return tab_in_reading_order(panes, self, next) or super().focusNextPrevChild(next)

    # — content —

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.follow_locale()

    def follow_locale(self) -> None:
        """Numbers, dates and percentages as the UI locale writes them (after a change of
        language or of the digits preference)."""
        self.setLocale(QLocale())
        self.editor.follow_locale()
        self.refresh()

    def refresh(self) -> None:
        """Reload the overview and the tree, keeping the chosen priority."""
        keep = self.current_id()
        self._fill_overview()
        wanted = self.status_filter.currentData()
        statuses = (
            frozenset({TrackerStatus(wanted)}) if wanted and wanted != OVERDUE else frozenset()
        )
        shown = self.service.priorities(self.lang, statuses, self.show_archived.isChecked())
        if wanted == OVERDUE:
            shown = [p for p in shown if p.is_overdue(date.today())]
        self._priorities = shown
        self._fill_tree(shown, keep)
        self._show_current()

    def _fill_overview(self) -> None:
        while self.overview.count():
            item = self.overview.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()  # type: ignore[union-attr]  # deleted later: gone now
                item.widget().deleteLater()  # type: ignore[union-attr]
        for line in self.service.theme_progress(self.lang, date.today()):
            row = QWidget(self)
            row.setObjectName("themeProgress")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            text = self.tr("%1: %2 of %3 done, %4 overdue")
            counts = [QLocale().toString(n) for n in (line.done, line.priorities, line.overdue)]
            for n, value in enumerate((line.title, *counts), 1):
                text = text.replace(f"%{n}", value)
            label = QLabel(text, row)
            bar = QProgressBar(row)
            bar.setRange(0, 100)
            bar.setValue(line.progress)
            bar.setFormat(percent_text(line.progress))  # not Qt's "10%" whatever the locale
            layout.addWidget(label, 1)
            layout.addWidget(bar)
            self.overview.addWidget(row)

    def _fill_tree(self, shown: list[TrackedPriority], keep: str | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        themes: dict[str, QTreeWidgetItem] = {}
        titles = {t.theme_id: t.title for t in self.service.theme_progress(self.lang, date.today())}
        today = date.today()
        for p in shown:
            parent = themes.get(p.theme_id)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [titles.get(p.theme_id, p.theme_id)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setExpanded(True)
                themes[p.theme_id] = parent
            item = QTreeWidgetItem(parent, self._columns(p, today))
            item.setData(0, ID_ROLE, p.id)
            item.setToolTip(0, plain_tip(p.text))  # catalogue text, never markup
            if p.is_overdue(today):
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE_COLOR))
            if p.retired or p.archived:
                item.setForeground(0, QBrush(QColor("#777777")))
            if p.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _columns(self, p: TrackedPriority, today: date) -> list[str]:
        text = p.text
        if p.retired or p.archived or p.origin is PriorityOrigin.LOCAL:
            text = isolated(text)  # a name written in the other language keeps its own order
        if p.retired:
            text = self.tr("%1 (retired from the catalogue)").replace("%1", text)
        elif p.archived:
            text = self.tr("%1 (archived)").replace("%1", text)
        elif p.origin is PriorityOrigin.LOCAL:
            text = self.tr("%1 (my priority)").replace("%1", text)
        target = day_text(p.entry.target_date) if p.entry.target_date else ""
        if p.is_overdue(today):
            target = self.tr("%1 — overdue").replace("%1", target)
        return [text, status_text(p.entry.status), percent_text(p.entry.progress), target]

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current(self) -> TrackedPriority | None:
        wanted = self.current_id()
        return next((p for p in self._priorities if p.id == wanted), None)

    def select(self, priority_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == priority_id:
                self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            found += [top.child(j) for j in range(top.childCount())]  # type: ignore[union-attr]
        return found

    def _show_current(self) -> None:
        p = self.current()
        titles = self.service.titles(list(p.links)) if p else {}
        self.editor.show_priority(p, titles)
        local = p is not None and p.origin is PriorityOrigin.LOCAL
        for name in ("edit", "archive", "up", "down"):
            self.buttons[name].setEnabled(local)
        self.buttons["archive"].setText(
            self.tr("Restore") if p is not None and p.archived else self.tr("Archive")
        )

    def _on_service_changed(self, kind: str) -> None:
        if kind == "tracker":
            self.refresh()

    # — local priorities —

    def add_local(self) -> None:
        theme = self.current().theme_id if self.current() else self._first_theme()
        text, ok = QInputDialog.getText(self, self.tr("Add a priority"), self.tr("Priority:"))
        if ok and text.strip() and theme:
            made = self.undo.add_local_priority(theme, text.strip())
            self.select(made.id)

    def _first_theme(self) -> str | None:
        return self._priorities[0].theme_id if self._priorities else None

    def edit_local(self) -> None:
        p = self.current()
        if p is None or p.origin is not PriorityOrigin.LOCAL:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Edit the priority"), self.tr("Priority:"), text=p.text
        )
        if ok and text.strip():
            self.undo.edit_local_priority(p.id, text=text.strip())

    def toggle_archived(self) -> None:
        p = self.current()
        if p is not None and p.origin is PriorityOrigin.LOCAL:
            self.undo.edit_local_priority(p.id, archived=not p.archived)

    def move_local(self, step: int) -> None:
        p = self.current()
        if p is None or p.origin is not PriorityOrigin.LOCAL:
            return
        order = self.service.local_order(p.theme_id)
        index = order.index(p.id)
        target = min(max(index + step, 0), len(order) - 1)
        if target != index:
            order.insert(target, order.pop(index))
            self.undo.reorder_local(p.theme_id, order)
            self.select(p.id)

    def _on_tree_menu(self, pos: object) -> None:
        p = self.current()
        if p is None or p.origin is not PriorityOrigin.LOCAL:
            return
        menu = QMenu(self)
        menu.addAction(self.buttons["edit"].text(), self.edit_local)
        menu.addAction(self.buttons["archive"].text(), self.toggle_archived)
        menu.exec(self.tree.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # — texts —

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Priority"), self.tr("Status"), self.tr("Progress"), self.tr("Target date")]
        )
        texts = [self.tr("All statuses"), *[status_text(s) for s in TrackerStatus]]
        for index, text in enumerate([*texts, self.tr("Overdue")]):
            self.status_filter.setItemText(index, text)
        self.show_archived.setText(self.tr("Show archived"))
        self.tree.setAccessibleName(self.tr("The theme's priorities"))
        self.status_filter.setAccessibleName(self.tr("Show priorities by status"))
        labels = {
            "add": self.tr("Add a priority"),
            "edit": self.tr("Edit"),
            "archive": self.tr("Archive"),
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
        }
        for name, text in labels.items():
            self.buttons[name].setText(text)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def link_menu(menu: QMenu, undo: UserDataUndo, uids: list[str], lang: str) -> QMenu:
    """A "Link to priority" submenu for resources chosen in a list (context menu)."""
    title = QCoreApplication.translate("PrioritiesPane", "Link to a priority")
    sub = menu.addMenu(title)
    for p in undo.service.priorities(lang):
        if p.retired:
            continue
        label = p.text if len(p.text) < 70 else p.text[:67] + "…"
        action = sub.addAction(label)
        action.triggered.connect(
            lambda _c=False, pid=p.id: [undo.set_linked(pid, uid, True) for uid in uids]
        )
    return sub
