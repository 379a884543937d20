"""The command line, run as a user runs it: a real process on a temporary data folder."""

import json
from pathlib import Path

from tests.fixtures.cli import run_cli


def test_search_json_filters_by_taxonomy_value(tmp_path: Path) -> None:
    result = run_cli("search", "--country", "bangladesh", "--json", data=tmp_path)
    hits = json.loads(result.stdout)
    assert {h["uid"] for h in hits} == {
        "calp-2021-sp-covid-bangladesh-brief",
        "calp-2021-sp-covid-bangladesh",
    }
    assert all(h["countries"] == ["bangladesh"] for h in hits)


def test_snippet_marks_the_word_searched(tmp_path: Path) -> None:
    [hit] = json.loads(run_cli("search", "Pakistan", "--json", data=tmp_path).stdout)
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "Pakistan"


def test_unknown_filter_value_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    result = run_cli("search", "--country", "atlantis", data=tmp_path)
    assert result.returncode == 2
    assert "atlantis" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_errors_speak_arabic_when_asked(tmp_path: Path) -> None:
    result = run_cli("--lang", "ar", "show", "missing-uid", data=tmp_path)
    assert result.returncode == 2
    assert "لا يوجد" in result.stderr


def test_unwritable_data_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("stats", data=blocker / "data")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_stats_and_check(tmp_path: Path) -> None:
    stats = json.loads(run_cli("stats", "--json", data=tmp_path).stdout)
    assert stats["resources"] == 13 and stats["priorities"] == 4
    assert run_cli("check", data=tmp_path).returncode == 0
