"""Render assets/icons/daleel.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run with `python packaging/make_icons.py` after changing the SVG; the outputs are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "daleel.svg"
    for size in SIZES:
        render(svg, size).save(str(ICONS / f"daleel-{size}.png"))
    (ICONS / "daleel.ico").write_bytes(ico([png_bytes(render(svg, s)) for s in ICO_SIZES]))
    render(svg, 512).save(str(ICONS / "daleel.icns"))  # macOS, through Qt's icns plugin
    return 0


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(data.data())


def ico(pngs: list[bytes]) -> bytes:
    """A Windows .ico holding PNG images (allowed since Windows Vista), one per size."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, payload = b"", b""
    for data in pngs:
        size = struct.unpack(">I", data[16:20])[0]  # width from the PNG's IHDR
        side = 0 if size >= 256 else size  # 0 means 256 in an ico directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


if __name__ == "__main__":
    sys.exit(main())
