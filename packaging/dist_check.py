"""Smoke test of the built application (`make dist-check`): run it as a field user would.

    python packaging/dist_check.py dist/daleel

1. The folder carries what the app needs offline: catalogue, fonts and their licence, icons,
   our translations and Qt's Arabic one, the user guides, the publisher keys, the licences,
   and none of the heavy Qt modules left out on purpose (QtWebEngine, QtQuick…).
2. The command line answers `stats --json` with the seed catalogue, an Arabic search finds
   resources (FTS5, stemmer and normalisation inside the package), errors speak Arabic.
3. The window opens offscreen in Arabic (`--smoke-test`): visible, right-to-left, titled,
   with menus, Qt's own Arabic translation, the bundled font and the icon.
4. Portable mode: a copy of the folder with a `portable` marker, started with HOME, XDG_*,
   TMPDIR and the working folder pointed at an empty folder, keeps all its data in
   `<folder>/data/` and writes nothing anywhere else.

Exits 0 when every check passes, 1 otherwise; each check prints one line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).resolve().parent.parent  # the repository the app was built from
SEED_RESOURCES = 13
TIMEOUT = 180
SMOKE_PREFIX = "smoke: "
REQUIRED = [
    "resources.db",
    "i18n/daleel_ar.qm",
    "i18n/daleel_en.qm",
    "assets/fonts/NotoSansArabic.ttf",
    "assets/fonts/OFL-NotoSansArabic.txt",
    "assets/fonts/DejaVuSans.ttf",
    "assets/fonts/DejaVuSans-Bold.ttf",
    "assets/fonts/LICENSE-DejaVuSans.txt",
    "assets/icons/daleel.svg",
    "assets/icons/daleel-256.png",
    "docs/guide-en.md",
    "docs/guide-ar.md",
    "licenses/NOTICE.txt",
]
REQUIRED_ANYWHERE = ["qtbase_ar.qm"]
FORBIDDEN = ["QtWebEngine", "Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "QtMultimedia"]


class CheckError(Exception):
    """One check did not pass; the message says what was seen."""


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def executable(folder: Path) -> Path:
    for name in ("daleel-cli.exe", "daleel"):  # Windows: the console twin prints
        if (folder / name).is_file():
            return folder / name
    raise CheckError(f"no daleel executable in {folder}")


def contents(folder: Path) -> Path:
    """Where PyInstaller put the bundled files (`_internal/` since PyInstaller 6)."""
    return folder / "_internal" if (folder / "_internal").is_dir() else folder


def run(
    exe: Path, args: list[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    if result.returncode not in (0, 2):
        raise CheckError(f"{' '.join(args)} exited {result.returncode}: {result.stderr[-2000:]}")
    return result


def base_env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", LANG="C.UTF-8")
    if home is not None:
        for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TMPDIR", "TEMP", "TMP"):
            env[name] = str(home)
        for name in ("CONFIG", "DATA", "CACHE", "STATE", "RUNTIME"):
            env[f"XDG_{name}_HOME" if name != "RUNTIME" else "XDG_RUNTIME_DIR"] = str(home)
    return env


# — the checks —


def check_files(folder: Path) -> str:
    inside = contents(folder)
    missing = [name for name in REQUIRED if not (inside / name).is_file()]
    missing += [] if (folder / "READ-ME-FIRST.txt").is_file() else ["READ-ME-FIRST.txt"]
    names = {path.name for path in inside.rglob("*")}
    missing += [name for name in REQUIRED_ANYWHERE if name not in names]
    if missing:
        raise CheckError(f"missing from the package: {', '.join(missing)}")
    heavy = sorted(n for n in names if any(n.startswith(("lib" + f, f)) for f in FORBIDDEN))
    if heavy:
        raise CheckError(f"modules that should have been left out: {', '.join(heavy[:8])}")
    if not any((inside / "keys").glob("*.pem")) and any((SOURCE / "keys").glob("*.pem")):
        raise CheckError("the publisher keys (keys/*.pem) are not in the package")
    images = guide_images(inside / "docs")
    absent = [name for name in images if not (inside / "docs" / name).is_file()]
    if absent:
        raise CheckError(f"the guides show screenshots the package lacks: {absent}")
    return (
        f"{len(REQUIRED) + len(REQUIRED_ANYWHERE)} required files and the guides' "
        f"{len(images)} screenshots present, no heavy Qt modules"
    )


def guide_images(docs: Path) -> set[str]:
    found: set[str] = set()
    for guide in docs.glob("guide-*.md"):
        found |= set(re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8")))
    return found


def stats(exe: Path, data: Path, env: dict[str, str], cwd: Path) -> dict[str, Any]:
    result = run(exe, ["--data-dir", str(data), "stats", "--json"], env, cwd)
    try:
        found: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise CheckError(f"stats --json did not print JSON: {result.stdout[:500]!r}") from error
    return found


def check_cli(exe: Path, work: Path) -> str:
    data, env = work / "data", base_env()
    found = stats(exe, data, env, work)
    if found.get("resources") != SEED_RESOURCES:
        raise CheckError(f"stats --json: expected {SEED_RESOURCES} resources, got {found}")
    search = run(exe, ["--data-dir", str(data), "search", "الحماية", "--json"], env, work)
    hits = json.loads(search.stdout)
    if not hits:
        raise CheckError("an Arabic search found nothing")
    error = run(exe, ["--data-dir", str(data), "--lang", "ar", "show", "no-such-uid"], env, work)
    if error.returncode != 2 or "لا يوجد" not in error.stderr:
        raise CheckError(f"an unknown resource should fail in Arabic, got {error.stderr!r}")
    return (
        f"stats --json: {found['resources']} resources, catalogue v{found['catalogue_version']}; "
        f"Arabic search: {len(hits)} hits; Arabic error message"
    )


def smoke(exe: Path, args: list[str], env: dict[str, str], cwd: Path) -> dict[str, Any]:
    result = run(exe, [*args, "--lang", "ar", "--smoke-test"], env, cwd)
    lines = [line for line in result.stdout.splitlines() if line.startswith(SMOKE_PREFIX)]
    if result.returncode != 0 or not lines:
        raise CheckError(f"the window did not report (exit {result.returncode}): {result.stderr}")
    report: dict[str, Any] = json.loads(lines[-1][len(SMOKE_PREFIX) :])
    return report


def check_window(exe: Path, work: Path) -> str:
    report = smoke(exe, ["--data-dir", str(work / "data")], base_env(), work)
    problems = [
        text
        for text, ok in (
            ("not visible", report["visible"]),
            ("no title", report["title"]),
            ("no menus", report["menus"]),
            ("not right-to-left in Arabic", report["rtl"]),
            ("Qt's qtbase_ar.qm not loaded", report["qt_layout_direction"] == "RTL"),
            ("Noto Sans Arabic not loaded", "Noto Sans Arabic" in report["fonts"]),
            ("no window icon", report["icon"]),
            ("no Arabic guide", report["guide_found"] and report["guide"].endswith("-ar.md")),
        )
        if not ok
    ]
    if problems:
        raise CheckError(f"window: {', '.join(problems)} — {report}")
    return f"window opened in Arabic: {report['title']!r}, menus {report['menus']}"


def check_portable(folder: Path, work: Path) -> str:
    app = work / "usb" / folder.name
    shutil.copytree(folder, app, symlinks=True)
    (app / "portable").write_text("", encoding="utf-8")
    home = work / "home"
    home.mkdir()
    exe, env = executable(app), base_env(home)
    found = stats_without_data_dir(exe, env, home)  # the app must choose <app>/data itself
    smoke(exe, [], env, home)
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    if written:
        raise CheckError(f"portable mode wrote outside its folder: {written[:10]}")
    data = app / "data"
    expected = ["resources.db", "userdata.db", "logs/daleel.log", "settings.ini"]
    absent = [name for name in expected if not (data / name).is_file()]
    if absent:
        raise CheckError(f"portable data folder lacks {absent}: {sorted(os.listdir(data))}")
    return (
        f"portable: {found['resources']} resources, data in <app>/data "
        f"({', '.join(expected)}), nothing written to HOME/XDG/TMP"
    )


def stats_without_data_dir(exe: Path, env: dict[str, str], cwd: Path) -> dict[str, Any]:
    result = run(exe, ["stats", "--json"], env, cwd)
    found: dict[str, Any] = json.loads(result.stdout)
    if found.get("resources") != SEED_RESOURCES:
        raise CheckError(f"portable stats: expected {SEED_RESOURCES} resources, got {found}")
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/daleel").resolve()
    if not folder.is_dir():
        say(f"FAIL no built application at {folder}: run `make dist` first")
        return 1
    exe = executable(folder)
    checks: list[tuple[str, Callable[[Path], str]]] = [
        ("files", lambda _w: check_files(folder)),
        ("command line", lambda w: check_cli(exe, w)),
        ("window", lambda w: check_window(exe, w)),
        ("portable", lambda w: check_portable(folder, w)),
    ]
    failures = 0
    for name, check in checks:
        with tempfile.TemporaryDirectory(prefix=f"daleel-check-{name.replace(' ', '-')}-") as tmp:
            try:
                say(f"ok   {name}: {check(Path(tmp))}")
            except (CheckError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
                failures += 1
                say(f"FAIL {name}: {error}")
    say(f"{len(checks) - failures}/{len(checks)} checks passed for {folder}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
