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


PORTABLE_MARKER = "portable"


def default_data_dir(executable: Path | None = None, frozen: bool | None = None) -> Path:
    """Beside the executable when a `portable` marker is there, else the platform's data folder.

    Portable mode only applies to the packaged app (`frozen`): its folder, with a file named
    `portable` in it, then holds everything (`<folder>/data/`), so it can be carried on a USB
    stick. `--data-dir` overrides both. The arguments exist for tests.
    """
    folder = portable_folder(executable, frozen)
    if folder is not None:
        return folder / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def portable_folder(executable: Path | None = None, frozen: bool | None = None) -> Path | None:
    """The application folder holding a `portable` marker, or None when not portable."""
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return None
    for folder in app_folders(executable or Path(sys.executable)):
        if (folder / PORTABLE_MARKER).is_file():
            return folder
    return None


def app_folders(executable: Path) -> list[Path]:
    """Where a marker may sit: the executable's folder, and beside a macOS `.app` bundle."""
    folder = executable.resolve().parent
    folders = [folder]
    bundle = folder.parent.parent  # Daleel.app/Contents/MacOS/daleel
    if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
        folders.append(bundle.parent)
    return folders


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
