"""The command line, run as a user runs it: a real process on a temporary data folder."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_search_json_filters_by_taxonomy_value(tmp_path: Path) -> None:
    result = run(tmp_path, "search", "--country", "bangladesh", "--json")
    hits = json.loads(result.stdout)
    assert {h["uid"] for h in hits} == {
        "calp-2021-sp-covid-bangladesh-brief",
        "calp-2021-sp-covid-bangladesh",
    }
    assert all(h["countries"] == ["bangladesh"] for h in hits)


def test_snippet_marks_the_word_searched(tmp_path: Path) -> None:
    [hit] = json.loads(run(tmp_path, "search", "Pakistan", "--json").stdout)
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "Pakistan"


def test_unknown_filter_value_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    result = run(tmp_path, "search", "--country", "atlantis")
    assert result.returncode == 2
    assert "atlantis" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_errors_speak_arabic_when_asked(tmp_path: Path) -> None:
    result = run(tmp_path, "--lang", "ar", "show", "missing-uid")
    assert result.returncode == 2
    assert "لا يوجد" in result.stderr


def test_unwritable_data_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(blocker / "data", "stats")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_stats_and_check(tmp_path: Path) -> None:
    stats = json.loads(run(tmp_path, "stats", "--json").stdout)
    assert stats["resources"] == 13 and stats["priorities"] == 4
    assert run(tmp_path, "check").returncode == 0
