"""Maintain the Qt Linguist sources: `python -m desktop.ui.i18n_tool [update|merge FILE.json]`.

update: run pyside6-lupdate over desktop/ (keeping existing translations), then pyside6-lrelease.
merge:  put translations from a JSON object {"context": {"source": "translation"}} into
        i18n/daleel_ar.ts, marking them finished, then update.
merge-en: the same into i18n/daleel_en.ts, for English plural forms ("%n resource").
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = ("ar", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"daleel_{lang}.ts"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def update() -> None:
    I18N.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    _finish_english()
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_path(lang)),
                "-qm",
                str(ts_path(lang).with_suffix(".qm")),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def _finish_english() -> None:
    """English sources are the English text: every message is finished as it stands."""
    tree = ET.parse(ts_path("en"))
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        numerus = message.get("numerus") == "yes"
        if numerus:
            forms = translation.findall("numerusform") or [
                ET.SubElement(translation, "numerusform")
            ]
            for form in forms:  # plural forms written with merge-en are kept
                form.text = form.text or message.findtext("source")
        else:
            translation.text = message.findtext("source")
    _write(tree, ts_path("en"))


def merge(mapping: dict[str, dict[str, str | list[str]]], lang: str = "ar") -> int:
    """Set translations (Arabic, or English plural forms); returns how many were filled."""
    tree = ET.parse(ts_path(lang))
    filled = 0
    for context in tree.iter("context"):
        wanted = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if text is None:
                continue
            _set_translation(message, text)
            filled += 1
    _write(tree, ts_path(lang))
    return filled


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if isinstance(text, list):
        for form in list(translation):
            translation.remove(form)
        for form_text in text:
            ET.SubElement(translation, "numerusform").text = form_text
    else:
        translation.text = text


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def main(argv: list[str]) -> int:
    if argv[:1] in (["merge"], ["merge-en"]):
        update()
        for file in argv[1:]:
            merge(
                json.loads(Path(file).read_text("utf-8")), "en" if argv[0] == "merge-en" else "ar"
            )
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
