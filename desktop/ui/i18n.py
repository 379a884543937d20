"""The UI language, set in one place: translators, locale and layout direction."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimeZone,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog

from desktop.translation import qm_path

log = logging.getLogger(__name__)
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "en"
_installed: list[QTranslator] = []


def set_language(app: QApplication, lang: str, arabic_digits: bool = False) -> str:
    """Install our and Qt's translations for `lang`, its locale and its layout direction.

    Widgets receive `QEvent.LanguageChange` and re-set their texts. Returns the language used.
    """
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _install(app, qm_path(lang))  # English too: it carries the English plural forms
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, f"{qt_dir}/qtbase_{lang}.qm")
    set_locale(lang, arabic_digits)
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    return lang


def set_locale(lang: str, arabic_digits: bool = False) -> None:
    """The default locale: Arabic with Latin digits (as the catalogue writes dates) unless
    Arabic-Indic digits are preferred. ar_AE and ar_EG share the month names the catalogue uses.
    """
    if lang != "ar":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    country = QLocale.Country.Egypt if arabic_digits else QLocale.Country.UnitedArabEmirates
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, country))


def retranslate_open_dialogs() -> None:
    """After a change of the digits preference alone no translator changes, so Qt sends no
    `LanguageChange`: the open dialogs (a PDF viewer, the user guide) are sent one, so that
    they write their numbers again in the new digits. The main window updates itself."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def percent_text(value: int) -> str:
    """A percentage as the UI locale writes it: "40%"; in Arabic "40%" between left-to-right
    marks (they keep it in order inside Arabic text), or "٤٠٪" with Arabic-Indic digits.
    The one form for every percentage shown."""
    locale = QLocale()
    return locale.toString(value) + locale.percent()


DAY_FORMAT = "d MMMM yyyy"  # the month by name: never read as another day


def day_text(iso: str) -> str:
    """An ISO day as Daleel writes every date ("1 March 2021" / "1 مارس 2021", "١ مارس ٢٠٢١"
    with Arabic-Indic digits), in the UI locale; the text itself if it is not a day."""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, DAY_FORMAT) if day.isValid() else iso


def moment_text(iso: str) -> str:
    """An ISO moment (UTC) in local time, its day as `day_text` writes it: "4 December 2026,
    21:30" / "٤ ديسمبر ٢٠٢٦، ٩:٣٠ م" (not "·": beside Arabic-Indic digits it reads as ٠);
    the text itself if it is not a moment."""
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    moment.setTimeZone(QTimeZone.utc())
    local, locale = moment.toLocalTime(), QLocale()
    comma = "،" if locale.language() == QLocale.Language.Arabic else ","
    day = locale.toString(local.date(), DAY_FORMAT)
    return f"{day}{comma} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def percent_bar_format() -> str:
    """A QProgressBar's format writing its percentage as `percent_text` does (Qt's own is
    "%p%" with a Latin % sign in every language)."""
    return "%p" + QLocale().percent()


def _install(app: QApplication, path: str) -> None:
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation file at %s", path)


def system_language() -> str:
    """The language to start in when none was chosen: Arabic on an Arabic system, else English."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else DEFAULT_LANGUAGE


def is_rtl(lang: str) -> bool:
    return lang == "ar"


def language_name(lang: str) -> str:
    """A language's own name, the same in every UI language (how language menus show them)."""
    return {"ar": "العربية", "en": "English"}[lang]
