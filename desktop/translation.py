"""Translations outside the window: the command line uses the same .qm files as the UI."""

from __future__ import annotations

from collections.abc import Callable

from desktop.paths import install_root


def qm_path(lang: str) -> str:
    return str(install_root() / "i18n" / f"daleel_{lang}.qm")


def cli_translator(lang: str) -> Callable[[str, str], str]:
    """translate(context, text) for `lang`; the text itself when no translation is found."""
    if lang == "en":
        return lambda _context, text: text
    from PySide6.QtCore import QTranslator  # only when a translation is needed

    translator = QTranslator()
    if not translator.load(qm_path(lang)):
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate
