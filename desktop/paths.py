"""Where Daleel keeps its files: the shipped catalogue, and the user's data folder."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Daleel"


def install_root() -> Path:
    """The folder of `resources.db`, `assets/` and `i18n/` (PyInstaller: its _MEIPASS)."""
    bundled = getattr(sys, "_MEIPASS", None)
    return Path(bundled) if bundled else Path(__file__).resolve().parent.parent


def shipped_catalogue() -> Path:
    return install_root() / "resources.db"


def default_data_dir() -> Path:
    """Beside the executable when a `portable` marker is there, else the platform's data folder."""
    executable_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (executable_dir / "portable").exists():
        return executable_dir / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def catalogue(self) -> Path:
        return self.root / "resources.db"

    @property
    def userdata(self) -> Path:
        return self.root / "userdata.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def files(self) -> Path:
        return self.root / "files"

    @property
    def trusted_keys(self) -> Path:
        return self.root / "trusted_keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def lock(self) -> Path:
        return self.root / "daleel.lock"
