"""One Daleel per data folder: a `QLockFile` named `daleel.lock` in the data folder.

A second Daleel started on the same folder is told that Daleel is already running (the lock
names the process holding it). A lock left behind by a crash or a power cut is recovered:
QLockFile sees that the process named in it is gone (same host) and takes it over. The lock is
never considered stale by its age alone (`setStaleLockTime(0)`), because a Daleel left open for
days must keep it. A lock written on another computer (a data folder on a USB stick moved
between laptops) cannot be checked from here; docs/security.md says how to remove it by hand.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLockFile

from desktop.domain.recovery import AlreadyRunningError, LockUnavailableError
from desktop.paths import DataPaths

log = logging.getLogger(__name__)
WAIT_MS = 200


class SingleInstance:
    """The data folder's writer lock; `acquire()` raises a typed error when it is taken."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._lock = QLockFile(str(paths.lock))
        self._lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, not its age

    def acquire(self) -> None:
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LockUnavailableError(path=str(self.paths.root), detail=str(error)) from error
        if self._lock.tryLock(WAIT_MS):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            raise AlreadyRunningError(path=str(self.paths.root))
        detail = "permission denied"
        if self._lock.error() == QLockFile.LockError.UnknownError:
            detail = "unknown error"
        raise LockUnavailableError(path=str(self.paths.root), detail=detail)

    def holder(self) -> tuple[int, str, str] | None:
        """(pid, host, application) of the lock's owner, or None when unreadable."""
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3 or not info[0]:
            return None
        pid, host, app = info
        return int(pid), str(host), str(app)

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def acquire(paths: DataPaths) -> SingleInstance:
    """Take the data folder's lock (keep the result alive while Daleel runs)."""
    instance = SingleInstance(paths)
    instance.acquire()
    log.info("holding %s", paths.lock)
    return instance
