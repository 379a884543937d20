"""Names under which an attachment is handed to the system: never a name from a bundle.

An attachment opened outside Daleel (not a PDF, which opens in the app's own viewer) is copied
from the content store under `daleel-<sha256 prefix><extension>`. The extension comes from a
short list of document and media types that systems open in a viewer; anything else gets
`.bin`, which no system runs. So a bundle cannot name a file "setup.exe", "run.desktop" or
"../x" and have it executed or written elsewhere; its `name` is only ever shown as text.
"""

from __future__ import annotations

from desktop.domain.bundles import is_sha256

SAFE_EXTENSIONS = {
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "audio/mpeg": ".mp3",
    "video/mp4": ".mp4",
    "application/epub+zip": ".epub",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.oasis.opendocument.presentation": ".odp",
}
INERT_EXTENSION = ".bin"


def safe_open_name(sha256: str, media_type: str) -> str:
    """The file name to open an attachment under: from its hash and an allowed type only."""
    if not is_sha256(sha256):
        raise ValueError("not a SHA-256")
    return f"daleel-{sha256[:16]}{SAFE_EXTENSIONS.get(media_type.lower(), INERT_EXTENSION)}"
