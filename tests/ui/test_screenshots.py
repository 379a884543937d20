"""`make screenshots` keeps working: the real window renders offscreen into real PNGs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def distinct_colours(image: QImage, step: int = 40) -> int:
    """How many colours a coarse sample of the image holds (a blank grab has one or two)."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_the_window_renders_into_pngs(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A separate process: the script sets the application's language and font for good.
    done = subprocess.run(
        [sys.executable, "-m", "desktop.ui.screenshots", str(tmp_path), "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    assert names == ["detail-en.png", "search-en.png", "theme-en.png"]
    for name in names:
        image = QImage(str(tmp_path / name))
        assert image.width() >= 600 and image.height() >= 800
        assert distinct_colours(image) > 8, name
