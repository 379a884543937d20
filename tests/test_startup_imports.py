"""Start-up loads only what the first window needs (docs/performance.md, "Start-up imports").

Each check runs a fresh interpreter and reads its `sys.modules`: no timing, only what got loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Loaded when first used, never to open the window.
NOT_AT_START = (
    "sqlalchemy.orm",  # the tables are Core tables (desktop/storage/orm.py)
    "qtawesome",  # icons draw qtawesome's font themselves (desktop/ui/icons.py)
    "qtpy",
    "pydantic",  # bundle records
    "bagit",
    "cryptography",
)

# Import the window's modules and draw every icon, as the first paint does.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
import desktop.app
from desktop.ui import icons
app = QApplication([])
assert all(not icons.icon(name).pixmap(16, 16).isNull() for name in icons.names())
print(json.dumps(sorted(sys.modules)))
"""


def loaded_at_start() -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_opening_the_window_loads_neither_the_orm_nor_qtawesome_nor_the_bundle_code() -> None:
    modules = loaded_at_start()
    assert "desktop.ui.main_window" in modules and "sqlalchemy" in modules
    late = {name for name in modules if name.split(".")[0] in NOT_AT_START or name in NOT_AT_START}
    assert not late


# Start as main.py does (collection off), show the first results, report the collector's state.
COLLECTOR = """
import gc, json, sys
gc.disable()
from PySide6.QtCore import QEventLoop, QTimer
from desktop import paths
from desktop.app import build_window, collect_after_start, create_app
from desktop.storage.store import open_store
from pathlib import Path
data = paths.DataPaths(Path(sys.argv[1]))
app, settings, lang = create_app(data.root, "en")
window = build_window(open_store(data, paths.shipped_catalogue()), settings, lang)
collect_after_start(window)
before = gc.isenabled()
loop = QEventLoop()
window.browse.runner.finished.connect(lambda *_: QTimer.singleShot(0, loop.quit))
window.start()
loop.exec()
print(json.dumps([before, gc.isenabled(), gc.get_freeze_count()]))
"""


def test_garbage_is_collected_again_once_the_first_results_are_shown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", COLLECTOR, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    during_start, after_results, frozen = json.loads(out.stdout.splitlines()[-1])
    assert not during_start and after_results
    assert frozen > 10_000  # start-up's objects are kept out of later collections
