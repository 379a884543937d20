"""What the packaged app is built from: its icon, desktop entry and licence notice (issue 8).

The build itself (`make dist`, ~1 minute) and its smoke test run in `make dist-check`.
"""

import configparser
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_notices import licence_datas, notice_text, runtime_distributions  # noqa: E402


def test_desktop_entry_names_daleel_in_both_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "daleel.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "daleel"
    assert section["Name"] == "Daleel" and section["Name[ar]"] == "دليل"
    assert section["Icon"] == "daleel" and section["Terminal"] == "false"


def test_icon_exists_in_every_size_and_as_a_windows_ico() -> None:
    icons = ROOT / "assets" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (icons / f"daleel-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (icons / "daleel.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)


def test_licence_notice_lists_qt_and_the_font(tmp_path: Path) -> None:
    names = {dist.metadata["Name"].lower() for dist in runtime_distributions()}
    assert {"pyside6", "sqlalchemy", "qtawesome", "cryptography"} <= names
    notice = notice_text(runtime_distributions())
    assert "LGPL" in notice and "Noto Sans Arabic (font): SIL Open Font License 1.1" in notice
    assert "DejaVu Sans (font): Bitstream Vera and Arev font licences" in notice
    datas = licence_datas(ROOT, tmp_path)
    assert (tmp_path / "NOTICE.txt").is_file()
    assert all(Path(source).is_file() for source, _target in datas)
    assert any(target == "licenses/sqlalchemy" for _source, target in datas)


def test_smoke_test_option_opens_the_window_and_reports_it(tmp_path: Path) -> None:
    """What `make dist-check` asks of the built app, asked of the source tree."""
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path), "--lang", "ar", "--smoke-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    [line] = [x for x in result.stdout.splitlines() if x.startswith("smoke: ")]
    report = json.loads(line.removeprefix("smoke: "))
    assert result.returncode == 0 and report["visible"] and report["rtl"]
    assert report["qt_layout_direction"] == "RTL" and report["icon"]
    assert report["menus"][-1] == "م&ساعدة" and report["title"].startswith("دليل")
    assert (tmp_path / "settings.ini").is_file() and (tmp_path / "logs" / "daleel.log").is_file()
