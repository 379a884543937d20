"""A child process that imports a bundle or saves notes and kills itself (SIGKILL) on cue.

Run as `python -m tests.reliability.crash_child`: it imports the storage code once, then reads
one job per line on stdin and runs each in a forked process (so a hundred kills cost one
start-up), answering one line per job: the job's exit (`killed` or `done`) and its report.

A job is `import DATA_DIR BUNDLE KILL` or `notes DATA_DIR NOTE_UID COUNT KILL`, where KILL is
- `none`: run to the end and report how many SQL statements and progress steps it took;
- `sql:N`: SIGKILL just before the N-th SQL statement on the store's connections runs
  (sqlite3's trace callback: one call per statement, per row of a bulk insert, BEGIN and
  COMMIT included);
- `stage:N`: SIGKILL at the N-th progress report of the import (between its stages:
  extraction, integrity, validation, preview, attachments, backup, the transaction);
- `commit:K:US`: SIGKILL from a second thread US microseconds after the K-th COMMIT started,
  while SQLite is writing it (the module releases the GIL while SQLite works). The FTS index
  writes its pending segments inside COMMIT, so `sql:N` also lands inside a commit.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.store import open_store
from desktop.storage.userdata_db import open_userdata
from desktop.storage.userdata_notes import save_note


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Killer:
    """Counts statements and progress steps, and kills the process at the chosen one."""

    def __init__(self, spec: str) -> None:
        kind, _, value = spec.partition(":")
        self.kind = kind
        at, _, delay = value.partition(":")
        self.at = int(at or 0)
        self.delay_us = int(delay or 0)
        self.statements = 0
        self.steps = 0
        self.commits: list[int] = []

    def trace(self, sql: str) -> None:
        self.statements += 1
        if self.kind == "sql" and self.statements == self.at:
            _die()
        if sql.strip().upper().startswith("COMMIT"):
            self.commits.append(self.statements)
            if self.kind == "commit" and len(self.commits) == self.at:
                delay = self.delay_us / 1_000_000
                threading.Thread(target=lambda: (time.sleep(delay), _die()), daemon=True).start()

    def progress(self, _stage: Any, _fraction: float) -> None:
        self.steps += 1
        if self.kind == "stage" and self.steps == self.at:
            _die()

    def hook(self, engine: Any) -> None:
        engine.dispose()  # connections opened from now on are traced

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.set_trace_callback(self.trace)


def run_import(data_dir: str, bundle: str, spec: str) -> dict[str, Any]:
    killer = Killer(spec)
    store = open_store(DataPaths(Path(data_dir)), shipped_catalogue())
    killer.hook(store.engine)
    killer.hook(store.write_engine)  # the import's transaction runs here
    options = Options(progress=killer.progress)
    result = import_bundle(store, Path(bundle), options)
    store.close()
    return _report(killer, int(result.applied))


def _report(killer: Killer, applied: int) -> dict[str, Any]:
    return {
        "statements": killer.statements,
        "steps": killer.steps,
        "commits": killer.commits,
        "applied": applied,
    }


def run_notes(data_dir: str, note_uid: str, count: str, spec: str) -> dict[str, Any]:
    killer = Killer(spec)
    paths = DataPaths(Path(data_dir))
    userdata = open_userdata(paths)
    killer.hook(userdata.engine)
    log = (paths.root / "saved.log").open("a", encoding="utf-8")
    for i in range(1, int(count) + 1):
        with userdata.write() as conn:
            save_note(conn, note_uid, note_text(i))
        log.write(f"{i}\n")
        log.flush()
    userdata.close()
    return _report(killer, 1)


def note_text(i: int) -> str:
    """Version i of the note: long enough to span pages, Arabic and Latin."""
    return f"النسخة {i} — version {i}\n" + ("ملاحظة ميدانية عن التحويلات النقدية. " * (i % 40 + 1))


def _job(words: list[str]) -> dict[str, Any]:
    if words[0] == "import":
        return run_import(*words[1:4])
    return run_notes(*words[1:5])


def _write_report(report: Path, data: dict[str, Any]) -> None:
    """Whole or absent: a kill timed to land after the job may land while the report is written."""
    partial = report.with_suffix(".part")
    partial.write_text(json.dumps(data))
    os.replace(partial, report)


def serve() -> None:
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        report = Path(words[1]) / "child-report.json"
        report.unlink(missing_ok=True)
        pid = os.fork()
        if pid == 0:  # the child: run the job, then leave without any clean-up of the parent's
            try:
                _write_report(report, _job(words))
                code = 0
            except BaseException as error:  # noqa: BLE001 - reported to the parent, not hidden
                _write_report(report, {"error": f"{type(error).__name__}: {error}"})
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        text = report.read_text() if report.exists() else "{}"
        sys.stdout.write(json.dumps({"killed": killed, "report": json.loads(text)}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
