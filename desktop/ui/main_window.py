"""The main window: navigation, the three pages, menus and status bar, wired together.

Thin by design: panes do the showing, `BrowsePage` the search round-trip, `AppState` holds
what the user asked for; this class only composes them and reacts to the menus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.domain.errors import DaleelError
from desktop.domain.filters import ResourceFilter
from desktop.domain.models import CatalogueStats
from desktop.ui import settings as keys
from desktop.ui.actions import Actions
from desktop.ui.app_state import AppState
from desktop.ui.formatting import count_written, format_number
from desktop.ui.i18n import retranslate_open_dialogs, set_language, set_locale
from desktop.ui.panes.browse_page import BrowsePage
from desktop.ui.panes.theme_page import ThemePage
from desktop.ui.services import CatalogueService
from desktop.ui.settings import Settings
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.nav_bar import NavBar

PAGES = ("theme", "browse", "priorities")
THEME, BROWSE, PRIORITIES = range(3)
# The hidden theme page (~0.15 s to fill at 100k) is filled a little after the first results,
# not while the user's first searches and scrolling are answered.
THEME_PAGE_DELAY_MS = 2000


class MainWindow(QMainWindow):
    """Daleel's window; `start()` loads the content and shows the remembered page."""

    def __init__(self, state: AppState, service: CatalogueService, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state, self.service, self.settings = state, service, settings
        self._stats: CatalogueStats | None = None
        self._theme_page: ThemePage | None = None  # built when first needed (see theme_page)
        self._theme_page_stale = True  # filled when first shown (see start)
        self.actions = Actions(self)
        self.nav = NavBar(["theme", "browse", "priorities"], self)
        theme_slot = QWidget(self)  # holds the theme page's place until it is built
        theme_slot.setObjectName("themePagePlaceholder")
        self.browse = BrowsePage(state, service, self)
        self.priorities = EmptyState("coming", self)
        self.priorities.setObjectName("prioritiesView")
        self.pages = QStackedWidget(self)
        for page in (theme_slot, self.browse, self.priorities):
            self.pages.addWidget(page)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        self._connect()
        self.retranslate_ui()

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a.quit)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a.show_theme, a.show_browse, a.show_priorities])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a.find, a.clear_filters])
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(a.language.values()))
        self.language_menu.addSeparator()
        self.language_menu.addAction(a.arabic_digits)
        self.help_menu = bar.addMenu("")

    def _connect(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.show_theme.triggered.connect(lambda: self.show_page(THEME))
        a.show_browse.triggered.connect(lambda: self.show_page(BROWSE))
        a.show_priorities.triggered.connect(lambda: self.show_page(PRIORITIES))
        a.clear_filters.triggered.connect(self.state.clear_filters)
        a.languages.triggered.connect(lambda action: self.switch_language(action.data()))
        a.arabic_digits.toggled.connect(self._on_arabic_digits_toggled)
        self.nav.page_selected.connect(self.show_page)
        self.browse.search.field.textEdited.connect(lambda _t: self.show_page(BROWSE, False))
        self.browse.error_occurred.connect(self.show_error)
        self.state.filter_changed.connect(self._remember_sort)

    def _remember_sort(self, f: ResourceFilter) -> None:
        """Keep the sort for the next start, when it changed: QSettings rewrites its file at
        every set, even of the value it holds, and this runs at every keystroke's search."""
        if f.sort.value != self.settings.get(keys.SORT):
            self.settings.set(keys.SORT, f.sort.value)

    # — start and pages —

    def start(self) -> None:
        """Load the content, restore the window as it was left, and show it.

        The first search starts at once, on its worker, while the window is shown. The theme
        page is built and filled when it is the page shown; otherwise it is built just after the
        first results and filled when first opened or 2 s later: at 100k resources building
        and filling it costs ~0.2 s that the first paint of the browse page does not wait for.
        """
        self.actions.language[self.state.lang].setChecked(True)
        self.actions.arabic_digits.setChecked(self.settings.get(keys.ARABIC_DIGITS))
        self.browse.runner.finished.connect(self._on_first_results)
        self.browse.run_search()
        remembered = self.settings.get(keys.PAGE)  # the theme page at first start
        page = PAGES.index(remembered) if remembered in PAGES else THEME
        self.pages.setCurrentIndex(page)  # before _load_content: it fills the theme page if shown
        self._load_content()
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.show()
        self.show_page(page)
        sizes = self.settings.get(keys.SPLITTER)  # once shown, so the window has its size
        if len(sizes) == 3 and sum(sizes) > 0:
            self.browse.setSizes(sizes)

    def show_page(self, index: int, focus: bool = True) -> None:
        if index == THEME:
            self._fill_theme_page()
        self.pages.setCurrentIndex(index)
        self.nav.set_current(index)
        if index == BROWSE and focus:
            self.browse.search.focus_search()

    def focus_search(self) -> None:
        self.show_page(BROWSE)

    def _load_content(self) -> None:
        """The catalogue's figures now; the theme page's content now if it shows, else later."""
        try:
            stats = self.service.stats()
        except DaleelError as error:
            self.show_error(error)
            return
        self.browse.catalogue_size = stats.resources
        self._stats = stats
        self._retranslate_status()
        self._theme_page_stale = True
        if self.pages.currentIndex() == THEME:
            self._fill_theme_page()

    @property
    def theme_page(self) -> ThemePage:
        """The theme page, built when first needed: a start on another page does not wait."""
        if self._theme_page is None:
            page = ThemePage(self)
            page.resource_activated.connect(self._on_theme_resource_activated)
            current, slot = self.pages.currentIndex(), self.pages.widget(THEME)
            self.pages.insertWidget(THEME, page)
            self.pages.removeWidget(slot)
            slot.deleteLater()
            self.pages.setCurrentIndex(current)
            self._theme_page = page
        return self._theme_page

    def _fill_theme_page(self) -> None:
        """Themes and their latest resources, read again if the content changed since."""
        page = self.theme_page
        if not self._theme_page_stale:
            return
        lang = self.state.lang
        try:
            themes = self.service.themes(lang)
            latest = self.service.latest_by_theme(themes, lang)
        except DaleelError as error:
            self.show_error(error)
            return
        self._theme_page_stale = False
        page.arabic_digits = self.state.arabic_digits
        page.set_content(themes, latest)

    def _on_first_results(self) -> None:
        """After the first results: the theme page is built at once and filled a little later."""
        self.browse.runner.finished.disconnect(self._on_first_results)
        self._later(0, lambda: self.theme_page)
        self._later(THEME_PAGE_DELAY_MS, self._fill_theme_page)

    def _later(self, msecs: int, slot: Callable[[], object]) -> None:
        """Call `slot` once after `msecs`, on a timer that dies with the window."""
        timer = QTimer(self, singleShot=True, interval=msecs)
        timer.timeout.connect(slot)
        timer.timeout.connect(timer.deleteLater)
        timer.start()

    def _on_theme_resource_activated(self, uid: str) -> None:
        self.show_page(BROWSE, focus=False)
        self.browse.open_resource(uid)

    # — language and preferences —

    def switch_language(self, lang: str) -> None:
        """Switch the whole UI live; remembered for the next start."""
        self.settings.set(keys.LANGUAGE, lang)
        if lang == self.state.lang:
            return
        digits = self.settings.get(keys.ARABIC_DIGITS)
        lang = set_language(QApplication.instance(), lang, digits)  # type: ignore[arg-type]
        self.state.set_language(lang)
        self.actions.language[lang].setChecked(True)
        self._load_content()
        self.browse.apply_language()

    def _on_arabic_digits_toggled(self, on: bool) -> None:
        self.settings.set(keys.ARABIC_DIGITS, on)
        set_locale(self.state.lang, on)  # first: what follows the change writes numbers with it
        self.state.set_arabic_digits(on)
        self._load_content()
        self.browse.apply_language()
        retranslate_open_dialogs()

    def show_error(self, error: object) -> None:
        text = (
            error.message(QCoreApplication.translate)
            if isinstance(error, DaleelError)
            else (self.tr("Something went wrong; the details are in the log file."))
        )
        self.statusBar().showMessage(text, 10_000)
        QMessageBox.warning(self, self.tr("Daleel"), text)

    # — texts —

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Daleel — cash and voucher assistance library"))
        self.actions.retranslate_ui()
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        a = self.actions
        self.nav.set_texts(
            [
                (self.tr("Theme"), a.show_theme.toolTip()),
                (self.tr("Browse"), a.show_browse.toolTip()),
                (self.tr("Priorities"), a.show_priorities.toolTip()),
            ]
        )
        self.nav.refresh_icons()
        self.priorities.set_texts(
            self.tr("The priorities tracker is coming"),
            self.tr(
                "Here you will follow the work on each current priority of the theme: "
                "who does what, by when, and how far it has got."
            ),
        )
        self.priorities.refresh_icon()
        self._retranslate_status()

    def _retranslate_status(self) -> None:
        stats = self._stats
        if stats is None:
            return
        digits = self.state.arabic_digits
        n = stats.resources
        count = count_written(
            self.tr("%n resources in the catalogue", "", n), n, self.state.lang, digits
        )
        version = format_number(stats.catalogue_version, self.state.lang, digits)
        self.status_label.setText(
            self.tr("{count} · version {version}").format(count=count, version=version)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER, self.browse.sizes())
        self.settings.set(keys.PAGE, PAGES[self.pages.currentIndex()])
        self.settings.set(keys.SORT, self.state.filter.sort.value)
        self.settings.sync()
        self.browse.runner.stop()
        self.browse.runner.wait()
        super().closeEvent(event)
