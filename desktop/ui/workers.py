"""Searches run on a worker thread; only the newest request's answer reaches the window.

An answer comes in two steps: `listed` (the first page of ids and rows: the list can be
painted) and `finished` (every id, and the facet counts). Between the two the worker waits
until the window has taken the first page (at most `LISTED_WAIT` s): ordering the rest holds
the GIL for ~10 ms at 100k, which would otherwise delay painting the list by as much. A search
overtaken by a newer one is interrupted: its running query stops and the rest is skipped.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.domain.errors import DaleelError, SearchInterruptedError
from desktop.domain.filters import ResourceFilter
from desktop.storage.interrupts import Interrupter
from desktop.ui.services import CatalogueService, SearchOutcome

log = logging.getLogger(__name__)
LISTED_WAIT = 0.2


class _Relay(QObject):
    """Carries a worker's answer back to the GUI thread (queued signal)."""

    listed = Signal(int, object)
    done = Signal(int, object)
    failed = Signal(int, object)


class _SearchJob(QRunnable):
    def __init__(
        self,
        service: CatalogueService,
        f: ResourceFilter,
        lang: str,
        generation: int,
        relay: _Relay,
        interrupter: Interrupter,
        taken: threading.Event,
    ) -> None:
        super().__init__()
        self._service, self._filter, self._lang = service, f, lang
        self._generation, self._relay = generation, relay
        self._interrupter, self._taken = interrupter, taken

    def _on_listed(self, partial: SearchOutcome) -> None:
        self._relay.listed.emit(self._generation, partial)
        self._taken.wait(LISTED_WAIT)  # the window paints the first page before we go on

    def run(self) -> None:
        try:
            outcome = self._service.search(
                self._filter, self._lang, on_listed=self._on_listed, interrupter=self._interrupter
            )
        except SearchInterruptedError:
            return  # a newer search was asked for: nobody waits for this answer
        except DaleelError as error:
            self._relay.failed.emit(self._generation, error)
            return
        except Exception as error:  # a worker must report, not die silently
            log.exception("search failed")
            self._relay.failed.emit(self._generation, error)
            return
        if not self._interrupter.interrupted:
            self._relay.done.emit(self._generation, outcome)


class SearchRunner(QObject):
    """Runs `CatalogueService.search` off the GUI thread and drops answers that are stale.

    Each request gets a generation number; an answer is passed on only if no newer request was
    made since, so results never arrive out of order.
    """

    listed = Signal(object, object)  # ResourceFilter, SearchOutcome without counts (yet)
    finished = Signal(object, object)  # ResourceFilter, SearchOutcome
    failed = Signal(object)  # the exception
    busy_changed = Signal(bool)

    def __init__(self, service: CatalogueService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.listed.connect(self._on_relay_listed)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)
        self._generation = 0
        self._pending: dict[int, ResourceFilter] = {}
        self._taken: dict[int, threading.Event] = {}  # set once the window took `listed`
        self._interrupters: dict[int, Interrupter] = {}
        # While a search runs, let the worker have the GIL even when the GUI thread waits in
        # a call that keeps it (PySide6's QTest.qWait does; QEventLoop.exec does not).
        self._yield = QTimer(self, interval=2)
        self._yield.timeout.connect(_let_workers_run)

    def submit(self, f: ResourceFilter, lang: str) -> int:
        self._generation += 1
        self._pending = {self._generation: f}
        self._interrupt_running()  # an older job's answer would be dropped: it stops now
        self._taken = {self._generation: threading.Event()}
        self._interrupters = {self._generation: Interrupter()}
        self.busy_changed.emit(True)
        self._yield.start()
        job = _SearchJob(
            self._service,
            f,
            lang,
            self._generation,
            self._relay,
            self._interrupters[self._generation],
            self._taken[self._generation],
        )
        self._pool.start(job)
        return self._generation

    @property
    def busy(self) -> bool:
        """Whether an answer is still awaited."""
        return bool(self._pending)

    @property
    def generation(self) -> int:
        return self._generation

    def stop(self) -> None:
        """Stop the running search, if any (the window closes): its answer is not shown."""
        self._interrupt_running()
        if self._pending:
            self._pending = {}
            self._yield.stop()
            self.busy_changed.emit(False)

    def _interrupt_running(self) -> None:
        for interrupter in self._interrupters.values():
            interrupter.interrupt()
        for taken in self._taken.values():
            taken.set()  # it waits no more for the window to take its first page

    def wait(self, msecs: int = 5000) -> bool:
        """Block until every job ended (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def _on_relay_listed(self, generation: int, partial: SearchOutcome) -> None:
        f = self._pending.get(generation)
        if f is not None:
            self.listed.emit(f, partial)  # the page's slot updates and paints the list
        taken = self._taken.get(generation)
        if taken is not None:
            taken.set()

    def _on_relay_done(self, generation: int, outcome: SearchOutcome) -> None:
        f = self._pending.pop(generation, None)
        if f is None:
            return  # a newer search was asked for since: drop this one
        self._yield.stop()
        self.busy_changed.emit(False)
        self.finished.emit(f, outcome)

    def _on_relay_failed(self, generation: int, error: Exception) -> None:
        if self._pending.pop(generation, None) is not None:
            self._yield.stop()
            self.busy_changed.emit(False)
            self.failed.emit(error)


def _let_workers_run() -> None:
    time.sleep(0)  # releases the GIL for a moment
