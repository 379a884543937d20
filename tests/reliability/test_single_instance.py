"""One writer per data folder: a second Daleel is told that Daleel is already running, and a
lock left behind by a crash (the holder killed with SIGKILL) is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.domain.recovery import AlreadyRunningError
from desktop.paths import DataPaths
from desktop.ui.single_instance import SingleInstance, acquire

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
HOLD = (
    "import sys, time; from pathlib import Path; from desktop.paths import DataPaths; "
    "from desktop.ui.single_instance import acquire; "
    "lock = acquire(DataPaths(Path(sys.argv[1]))); print('locked', flush=True); time.sleep(60)"
)


def _holder(root: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True, env=ENV
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


@contextmanager
def _held(root: Path) -> Iterator[None]:
    """Another process holds the lock of the data folder `root` for the whole block."""
    child = _holder(root)
    try:
        yield
    finally:
        child.kill()
        child.wait()


def _second_daleel(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`main.py --data-dir DATA ARGS…` started while another process holds the folder's lock."""
    with _held(data):
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=60,
        )


@pytest.mark.parametrize(
    ("options", "told"),
    [((), "Daleel is already running with the data folder"), (("--lang", "ar"), "دليل")],
    ids=["default language", "arabic"],
)
def test_a_second_daleel_on_the_same_folder_is_told_it_is_running(
    tmp_path: Path, options: tuple[str, ...], told: str
) -> None:
    second = _second_daleel(tmp_path / "data", *options)
    assert second.returncode == 2
    assert told in second.stderr
    assert "Traceback" not in second.stderr


def test_a_stale_lock_left_by_a_crash_is_recovered(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    child = _holder(paths.root)
    os.kill(child.pid, signal.SIGKILL)  # a crash: the lock file stays behind
    child.wait()
    assert paths.lock.exists()
    lock = acquire(paths)
    assert lock.locked and lock.holder() is not None and lock.holder()[0] == os.getpid()
    lock.release()


def test_in_one_process_the_second_lock_fails_and_release_frees_it(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    first = acquire(paths)
    with pytest.raises(AlreadyRunningError) as caught:
        SingleInstance(paths).acquire()
    assert str(paths.root) in str(caught.value)
    first.release()
    assert not paths.lock.exists()
    again = acquire(paths)
    again.release()


def test_an_old_lock_of_a_running_daleel_is_not_taken(tmp_path: Path) -> None:
    """A Daleel left open for days keeps its lock: age alone never makes it stale."""
    paths = DataPaths(tmp_path / "data")
    with _held(paths.root):
        old = time.time() - 7 * 24 * 3600
        os.utime(paths.lock, (old, old))
        with pytest.raises(AlreadyRunningError):
            SingleInstance(paths).acquire()


def test_recover_refuses_under_a_running_daleel(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _second_daleel(data, "recover", "reset-catalogue")
    assert result.returncode == 2 and "already running" in result.stderr
    assert not (data / "resources.db").exists()
