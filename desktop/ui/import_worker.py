"""A bundle import run off the GUI thread, in two steps the user sees: check, then apply.

`ImportController.start()` runs stages 1-4 on a worker and reports the preview; `apply()` runs
stage 5. `cancel()` works at any moment before the commit: the running stage stops at its next
check and nothing is applied. Signals carry results back to the GUI thread (queued), so no
widget is touched from the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.domain.bundles import ImportCancelledError, Stage
from desktop.storage.bundle_import import (
    ImportResult,
    Options,
    PreparedImport,
    apply_import,
    prepare_import,
)
from desktop.storage.store import Store
from desktop.ui.pdf_text import extract_pdf_text

log = logging.getLogger(__name__)

# Share of the check step's progress bar each stage fills (the apply step has its own bar).
_CHECK_SPANS = {
    Stage.SAFETY: (0, 45),
    Stage.INTEGRITY: (45, 70),
    Stage.VALIDATION: (70, 90),
    Stage.PREVIEW: (90, 100),
    Stage.APPLY: (0, 100),
}


def overall_percent(stage: Stage, fraction: float) -> int:
    start, end = _CHECK_SPANS[stage]
    return int(start + (end - start) * max(0.0, min(fraction, 1.0)))


class _Relay(QObject):
    progressed = Signal(str, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the dialog, never lost
            if not isinstance(error, ImportCancelledError):
                log.warning("import failed: %s", error, exc_info=not hasattr(error, "params"))
            self._relay.failed.emit(error)
            return
        self._relay.done.emit(result)


class ImportController(QObject):
    """Runs one bundle's import for a dialog; one step at a time."""

    progressed = Signal(str, int)  # stage value, percent of the current step
    previewed = Signal(object)  # Preview
    applied = Signal(object)  # ImportResult
    failed = Signal(object)  # the exception (a DaleelError when it is the bundle's fault)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, store: Store, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.path = store, path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._prepared: PreparedImport | None = None
        self._busy = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.done.connect(self._on_relay_done)
        self._on_done: Callable[[object], None] = lambda _result: None

    @property
    def busy(self) -> bool:
        return self._busy

    def _options(self, allow_untrusted: bool = False) -> Options:
        return Options(
            allow_untrusted=allow_untrusted,
            progress=lambda stage, f: self._relay.progressed.emit(
                stage.value, overall_percent(stage, f)
            ),
            cancelled=self._cancel.is_set,
            extract_text=extract_pdf_text,
        )

    def start(self, allow_untrusted: bool = False) -> None:
        """Stages 1-4; `previewed` or `failed` follows."""
        self._drop_prepared()
        self._cancel.clear()
        options = self._options(allow_untrusted)
        self._run(lambda: prepare_import(self.store, self.path, options), self._on_prepared)

    def apply(self) -> None:
        """Stage 5 for the previewed bundle; `applied`, `failed` or `cancelled` follows."""
        prepared = self._prepared
        if prepared is None or self._busy:
            return
        options = self._options()

        def work() -> ImportResult:
            if prepared.preview.noop:
                return ImportResult(prepared.preview, False, prepared.preview.counts())
            backup, counts = apply_import(self.store, prepared, options)
            return ImportResult(prepared.preview, True, counts, backup)

        self._run(work, self._on_applied)

    def cancel(self) -> None:
        """Stop what runs (nothing is applied) or drop the previewed bundle."""
        self._cancel.set()
        if not self._busy:
            self._drop_prepared()
            self.cancelled.emit()

    def close(self) -> None:
        self._cancel.set()
        self._pool.waitForDone()
        self._drop_prepared()

    def _run(self, work: Callable[[], object], on_done: Callable[[object], None]) -> None:
        self._on_done = on_done
        self._set_busy(True)
        self._pool.start(_Job(work, self._relay))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _on_relay_done(self, result: object) -> None:
        self._on_done(result)

    def _on_prepared(self, prepared: object) -> None:
        self._set_busy(False)
        assert isinstance(prepared, PreparedImport)
        if self._cancel.is_set():
            prepared.close()
            self.cancelled.emit()
            return
        self._prepared = prepared
        self.previewed.emit(prepared.preview)

    def _on_applied(self, result: object) -> None:
        self._set_busy(False)
        self._drop_prepared()
        self.applied.emit(result)

    def _on_relay_failed(self, error: object) -> None:
        self._set_busy(False)
        self._drop_prepared()
        if isinstance(error, ImportCancelledError):
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _drop_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared.close()
            self._prepared = None
