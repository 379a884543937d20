"""Opening a bundle without trusting it: safe extraction, BagIt integrity, the signature.

Stage 1 (safety) reads the zip's directory and refuses dangerous names, links, duplicates and
sizes before extracting, then extracts with streaming reads under hard caps (headers can lie).
Stage 2 (integrity) validates the extracted bag with the `bagit` library and checks the
detached Ed25519 signature over `tagmanifest-sha256.txt`. Nothing outside the temporary
folder is written.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

import bagit
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.bundles import (
    SIGNATURE_FILE,
    SIGNED_FILE,
    BadSignatureError,
    BundleInfo,
    BundleTooLargeError,
    BundleUnreadableError,
    ChecksumMismatchError,
    CompressionRatioError,
    DuplicateEntryError,
    EntrySizeLieError,
    Limits,
    LinkEntryError,
    NotABagError,
    NotAZipError,
    PayloadExtraError,
    PayloadMissingError,
    TooManyEntriesError,
    TruncatedZipError,
    UnknownSignerError,
    UnsafePathError,
    UnsignedBundleError,
    parse_bag_info,
)
from desktop.domain.recovery import DiskFullError
from desktop.storage.bundle_keys import TrustedKey, fingerprint
from desktop.storage.sources import strict_json

CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))]
)
_TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
_ALLOWED_AT_ROOT = {*_TAG_FILES, SIGNED_FILE, SIGNATURE_FILE, "data"}
Progress = Callable[[float], None]


def _no_progress(_fraction: float) -> None:
    return None


# --- stage 1: safety ---------------------------------------------------------------------------


def safe_extract(
    bundle: Path, target: Path, limits: Limits, progress: Progress = _no_progress
) -> Path:
    """Extract `bundle` into the empty folder `target`; returns the bag's folder."""
    with _open_zip(bundle) as archive:
        infos = archive.infolist()
        check_entries(infos, limits)
        _extract_all(archive, infos, target, limits, progress)
    return _bag_folder(target)


def _open_zip(bundle: Path) -> zipfile.ZipFile:
    try:
        with bundle.open("rb") as handle:
            head = handle.read(4)
        return zipfile.ZipFile(bundle)
    except OSError as error:
        raise BundleUnreadableError(path=str(bundle), detail=error.strerror or str(error)) from None
    except (zipfile.BadZipFile, ValueError) as error:
        if head.startswith(b"PK"):
            raise TruncatedZipError(name=bundle.name, detail=str(error)) from None
        raise NotAZipError(name=bundle.name) from None


def check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse a zip by its directory alone: names, types, duplicates, declared sizes."""
    if len(infos) > limits.max_entries:
        raise TooManyEntriesError(count=len(infos), limit=limits.max_entries)
    seen: set[str] = set()
    declared = 0
    for info in infos:
        _check_name(info.filename)
        _check_type(info)
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            raise DuplicateEntryError(path=info.filename)
        seen.add(key)
        declared += info.file_size
        if declared > limits.max_total_bytes:
            raise BundleTooLargeError(limit=limits.max_total_bytes)
        if _ratio_exceeded(info.file_size, info.compress_size, limits):
            raise CompressionRatioError(path=info.filename, limit=limits.max_ratio)


def _check_name(name: str) -> None:
    parts = name.rstrip("/").split("/")
    unsafe = (
        not name
        or "\\" in name
        or name.startswith("/")
        or _DRIVE.match(name) is not None
        or any(part in ("", ".", "..") or not _portable(part) for part in parts)
    )
    if unsafe:
        raise UnsafePathError(path=name)


def _portable(part: str) -> bool:
    """A name every system stores as itself: no control characters, no ":" (Windows streams),
    no trailing dot or space, no reserved device name (CON, NUL, COM1…)."""
    if any(ord(c) < 32 for c in part) or ":" in part or part[-1] in ". ":
        return False
    return part.split(".")[0].upper() not in _DEVICE_NAMES


def _check_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    if info.create_system != 3 or stat.S_IFMT(mode) == 0:  # no file type recorded: plain
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise LinkEntryError(path=info.filename)


def _ratio_exceeded(size: int, compressed: int, limits: Limits) -> bool:
    return size > limits.ratio_floor_bytes and size > limits.max_ratio * max(compressed, 1)


def _extract_all(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    target: Path,
    limits: Limits,
    progress: Progress,
) -> None:
    budget = [limits.max_total_bytes]
    declared_total = max(sum(i.file_size for i in infos), 1)
    done = 0
    for info in infos:
        path = target.joinpath(*PurePosixPath(info.filename).parts)
        if info.is_dir():
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        _extract_one(archive, info, path, limits, budget)
        done += info.file_size
        progress(min(done / declared_total, 1.0))


def _extract_one(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limits: Limits, budget: list[int]
) -> None:
    written = 0
    try:
        with archive.open(info) as source, path.open("xb") as out:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise BundleTooLargeError(limit=limits.max_total_bytes)
                if written > info.file_size:
                    raise EntrySizeLieError(path=info.filename)
                if _ratio_exceeded(written, info.compress_size, limits):
                    raise CompressionRatioError(path=info.filename, limit=limits.max_ratio)
                out.write(chunk)
    except FileExistsError:
        raise DuplicateEntryError(path=info.filename) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:  # our disk is full, the bundle may be fine
            raise DiskFullError(path=str(path.parent)) from None
        raise TruncatedZipError(name=info.filename, detail=str(error)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise TruncatedZipError(name=info.filename, detail=str(error)) from None
    except (RuntimeError, NotImplementedError) as error:  # encrypted, unknown compression
        raise NotABagError(detail=f"{info.filename}: {error}") from None


def _bag_folder(root: Path) -> Path:
    """The bag is the zip's root, or its only top-level folder."""
    if (root / "bagit.txt").is_file():
        return root
    children = list(root.iterdir())
    if len(children) == 1 and (children[0] / "bagit.txt").is_file():
        return children[0]
    raise NotABagError(detail="bagit.txt is missing")


# --- stage 2: integrity ------------------------------------------------------------------------


@dataclass(frozen=True)
class Bag:
    """A bag whose checksums held: its folder, metadata and payload checksums."""

    folder: Path
    info: BundleInfo
    payload_sha256: Mapping[str, str]  # "data/..." path → hex digest, from the manifest

    @property
    def data(self) -> Path:
        return self.folder / "data"


def check_integrity(folder: Path) -> Bag:
    """Validate the bag's structure and every checksum, then read bag-info.txt."""
    try:
        bag = bagit.Bag(str(folder))
    except bagit.BagError as error:
        raise NotABagError(detail=str(error)) from None
    except UnicodeError as error:  # a tag file that is not UTF-8 (found by tests/reliability)
        raise NotABagError(detail=f"a tag file is not UTF-8 text: {error}") from None
    _check_layout(folder, bag)
    missing, extra = bag.compare_manifests_with_fs()
    if missing:
        raise PayloadMissingError(path=sorted(missing)[0])
    if extra:
        raise PayloadExtraError(path=sorted(extra)[0])
    _validate(bag)
    payload = {path: hashes["sha256"] for path, hashes in bag.payload_entries().items()}
    return Bag(folder, parse_bag_info(bag.info), payload)


def _check_layout(folder: Path, bag: bagit.Bag) -> None:
    if bag.version_info < (0, 97):
        raise NotABagError(detail=f"BagIt version {bag.version} is too old (0.97 or later)")
    for name in ("manifest-sha256.txt", SIGNED_FILE):
        if not (folder / name).is_file():
            raise NotABagError(detail=f"{name} is missing")
    for child in folder.iterdir():
        if child.name not in _ALLOWED_AT_ROOT:
            raise PayloadExtraError(path=child.name)
    covered = {path for path, hashes in bag.entries.items() if "sha256" in hashes}
    for name in _TAG_FILES:
        if name not in covered:
            raise NotABagError(detail=f"{SIGNED_FILE} does not list {name}")


def _validate(bag: bagit.Bag) -> None:
    try:
        bag.validate(processes=1)
    except bagit.BagValidationError as error:
        for detail in error.details:
            if isinstance(detail, bagit.ChecksumMismatch):
                raise ChecksumMismatchError(path=detail.path) from None
            if isinstance(detail, bagit.FileMissing):
                raise PayloadMissingError(path=detail.path) from None
            if isinstance(detail, bagit.UnexpectedFile):
                raise PayloadExtraError(path=detail.path) from None
        raise NotABagError(detail=error.message) from None
    except bagit.BagError as error:
        raise NotABagError(detail=str(error)) from None
    except UnicodeError as error:
        raise NotABagError(detail=f"a tag file is not UTF-8 text: {error}") from None


# --- the signature -----------------------------------------------------------------------------


class Trust(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN_SIGNER = "unknown-signer"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class SignatureCheck:
    trust: Trust
    fingerprint: str | None = None
    signer: str | None = None

    def require(self, allow_untrusted: bool) -> None:
        """Refuse an unsigned bundle or an unknown signer unless the user consented."""
        if allow_untrusted or self.trust is Trust.TRUSTED:
            return
        if self.trust is Trust.UNSIGNED:
            raise UnsignedBundleError()
        raise UnknownSignerError(fingerprint=self.fingerprint)


def check_signature(folder: Path, trusted: Mapping[str, TrustedKey]) -> SignatureCheck:
    """Verify the detached signature; a signature that does not verify is always refused."""
    path = folder / SIGNATURE_FILE
    if not path.is_file():
        return SignatureCheck(Trust.UNSIGNED)
    key, signature = _read_signature(path)
    try:
        key.verify(signature, (folder / SIGNED_FILE).read_bytes())
    except InvalidSignature:
        raise BadSignatureError() from None
    print_ = fingerprint(key)
    known = trusted.get(print_)
    if known is None:
        return SignatureCheck(Trust.UNKNOWN_SIGNER, print_)
    return SignatureCheck(Trust.TRUSTED, print_, known.name)


def _read_signature(path: Path) -> tuple[Ed25519PublicKey, bytes]:
    try:
        data = strict_json(path.read_text("utf-8"))
        if data.get("algorithm") != "Ed25519":
            raise ValueError("unknown algorithm")
        key = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(data["public_key"], validate=True)
        )
        return key, base64.b64decode(data["signature"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error, RecursionError):
        raise BadSignatureError() from None


def signature_document(key_raw: bytes, signature: bytes) -> dict[str, str]:
    return {
        "algorithm": "Ed25519",
        "signed_file": SIGNED_FILE,
        "public_key": base64.b64encode(key_raw).decode(),
        "signature": base64.b64encode(signature).decode(),
    }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
