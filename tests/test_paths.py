"""Where the data folder is: the platform's folder, or beside a portable app (issue 8)."""

import json
from pathlib import Path

import platformdirs

from desktop.paths import APP_NAME, default_data_dir, portable_folder
from tests.fixtures.cli import run_cli


def packaged_app(folder: Path, portable: bool) -> Path:
    """A stand-in for the built app: its folder, its executable, and maybe the marker."""
    folder.mkdir(parents=True)
    executable = folder / "daleel"
    executable.write_text("")
    if portable:
        (folder / "portable").write_text("")
    return executable


def test_portable_marker_puts_the_data_beside_the_executable(tmp_path: Path) -> None:
    executable = packaged_app(tmp_path / "usb" / "daleel", portable=True)
    assert default_data_dir(executable, frozen=True) == executable.parent.resolve() / "data"


def test_without_marker_the_platform_data_folder_is_used(tmp_path: Path) -> None:
    executable = packaged_app(tmp_path / "daleel", portable=False)
    expected = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    assert default_data_dir(executable, frozen=True) == expected


def test_marker_is_ignored_when_running_from_source(tmp_path: Path) -> None:
    executable = packaged_app(tmp_path / "daleel", portable=True)
    assert portable_folder(executable, frozen=False) is None


def test_a_folder_named_portable_is_not_the_marker(tmp_path: Path) -> None:
    executable = packaged_app(tmp_path / "daleel", portable=False)
    (executable.parent / "portable").mkdir()
    assert portable_folder(executable, frozen=True) is None


def test_marker_beside_a_macos_app_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "usb" / "Daleel.app"
    executable = packaged_app(bundle / "Contents" / "MacOS", portable=False)
    (bundle.parent / "portable").write_text("")
    assert default_data_dir(executable, frozen=True) == bundle.parent.resolve() / "data"


def test_data_dir_option_overrides_and_holds_everything(tmp_path: Path) -> None:
    data = tmp_path / "stick" / "data"
    result = run_cli("stats", "--json", data=data)
    assert json.loads(result.stdout)["resources"] == 13
    assert (data / "resources.db").is_file() and (data / "userdata.db").is_file()
