"""Every user-visible string ships in Arabic and English, compiled and up to date."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.i18n_tool import LANGUAGES, sources, ts_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def describe(message: ET.Element) -> str:
    return repr(message.findtext("source"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_file_matches_its_source(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"daleel_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = ts_path(lang).with_suffix(".qm")
    assert fresh.read_bytes() == shipped.read_bytes(), "run `make i18n`"


def test_no_arabic_string_is_unfinished_or_empty() -> None:
    bad = [
        describe(m)
        for m in messages(ts_path("ar"))
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(t.strip() for t in texts(m))
    ]
    assert bad == []


def test_arabic_plurals_have_six_forms() -> None:
    plural = [m for m in messages(ts_path("ar")) if m.get("numerus") == "yes"]
    assert plural, "the result count is translated with plural forms"
    assert [describe(m) for m in plural if len(texts(m)) != 6] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    wrong = []
    for message in messages(ts_path(lang)):
        wanted = set(PLACEHOLDER.findall(message.findtext("source") or "")) - {"%n"}
        for text in texts(message):
            if set(PLACEHOLDER.findall(text)) - {"%n"} != wanted:
                wrong.append(f"{describe(message)} → {text!r}")
    assert wrong == []


def test_every_marked_string_of_the_code_is_in_the_sources(tmp_path: Path) -> None:
    scratch = tmp_path / "scan.ts"
    shutil.copyfile(ts_path("ar"), scratch)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(scratch),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (context.findtext("name") or "", m.findtext("source") or "")
            for context in ET.parse(ts).iter("context")
            for m in context.iter("message")
        }

    assert keys(scratch) == keys(ts_path("ar")), "run `make i18n` and translate the new strings"
