"""Licences of everything the packaged app carries, gathered at build time.

`licence_datas(root)` walks Daleel's runtime dependencies (from the installed `daleel`
distribution's metadata), copies their licence files into `licenses/<name>/` and writes
`licenses/NOTICE.txt`: one line per library with its version and licence, plus the fonts.
Used by packaging/daleel.spec; importable without PyInstaller, so it is tested directly.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
from pathlib import Path

from packaging.requirements import Requirement

LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
QT_NOTICE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0); "
    "their sources are at https://code.qt.io. Replacing the Qt libraries in this folder with "
    "compatible builds is allowed and supported."
)
FONTS = [
    ("Noto Sans Arabic", "SIL Open Font License 1.1", "assets/fonts/OFL-NotoSansArabic.txt"),
    ("DejaVu Sans", "Bitstream Vera and Arev font licences", "assets/fonts/LICENSE-DejaVuSans.txt"),
]
ICON_FONTS = (
    "Icon fonts inside QtAwesome (Font Awesome Free, Material Design Icons, Phosphor, Remix, "
    "Codicons, Elusive): SIL OFL 1.1, Apache-2.0, MIT or CC-BY-4.0; see licenses/qtawesome."
)


def runtime_distributions(top: str = "daleel") -> list[metadata.Distribution]:
    """`top` and every distribution it needs at run time (extras and markers respected)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [top]
    while pending:
        name = _normal(pending.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return [dist for name, dist in sorted(seen.items()) if name != _normal(top)]


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = _field(meta, "License-Expression") or _field(meta, "License")
    if not text or len(text) > 80:  # some put the whole licence text there
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        text = classifiers[-1].split("::")[-1].strip() if classifiers else "see licence files"
    return text


def notice_text(dists: list[metadata.Distribution]) -> str:
    lines = ["Daleel bundles the following software and fonts.", ""]
    for dist in dists:
        lines.append(f"{dist.metadata['Name']} {dist.version}: {licence_of(dist)}")
    lines.append("")
    for font, licence, _path in FONTS:
        lines.append(f"{font} (font): {licence}")
    lines += [ICON_FONTS, "", QT_NOTICE, ""]
    return "\n".join(lines)


def licence_datas(root: Path, work: Path | None = None) -> list[tuple[str, str]]:
    """PyInstaller `datas` entries: NOTICE.txt and each library's licence files."""
    work = work or root / "build" / "notices"
    work.mkdir(parents=True, exist_ok=True)
    dists = runtime_distributions()
    notice = work / "NOTICE.txt"
    notice.write_text(notice_text(dists), encoding="utf-8")
    datas = [(str(notice), "licenses")]
    for dist in dists:
        for file in dist.files or []:
            if LICENCE_NAME.search(file.name) and "dist-info" in str(file.parent):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    datas.append((str(source), f"licenses/{_normal(dist.metadata['Name'])}"))
    datas += [(str(root / path), "licenses/fonts") for *_x, path in FONTS]
    return datas


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
