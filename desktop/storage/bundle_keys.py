"""Ed25519 publisher keys: making a pair, loading them, and the keys an import trusts.

Private keys are PKCS#8 PEM files the publisher keeps to themselves; public keys are
SubjectPublicKeyInfo PEM files. A data folder trusts the public keys in its `trusted_keys/`
folder and the keys shipped in the install's `keys/` folder (the default publisher's).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.bundles import FileExistsAlreadyError, KeyFileError
from desktop.paths import install_root

log = logging.getLogger(__name__)
PUBLIC_SUFFIX = ".pem"
PRIVATE_SUFFIX = ".key"


def shipped_keys_dir() -> Path:
    return install_root() / "keys"


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """A short, stable name for a public key: the first 32 hex digits of its SHA-256."""
    return hashlib.sha256(raw_public(key)).hexdigest()[:32]


@dataclass(frozen=True)
class TrustedKey:
    name: str
    fingerprint: str
    path: Path


@dataclass(frozen=True)
class KeyPair:
    private_path: Path
    public_path: Path
    fingerprint: str


def generate_keypair(folder: Path, name: str) -> KeyPair:
    """Write NAME.key (private, readable by its owner only) and NAME.pem (public) in `folder`."""
    private_path = folder / f"{name}{PRIVATE_SUFFIX}"
    public_path = folder / f"{name}{PUBLIC_SUFFIX}"
    for path in (private_path, public_path):
        if path.exists():
            raise FileExistsAlreadyError(path=str(path))
    folder.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    handle = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as out:
        out.write(private_pem)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return KeyPair(private_path, public_path, fingerprint(key.public_key()))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = _read_pem(path, lambda pem: serialization.load_pem_private_key(pem, password=None))
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(path=str(path), detail="not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    key = _read_pem(path, serialization.load_pem_public_key)
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(path=str(path), detail="not an Ed25519 public key")
    return key


def _read_pem(path: Path, load: Callable[[bytes], object]) -> object:
    """`load` applied to the bytes of `path`; unreadable or unparsable, a KeyFileError."""
    try:
        return load(path.read_bytes())
    except OSError as error:
        raise KeyFileError(path=str(path), detail=error.strerror or str(error)) from error
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise KeyFileError(path=str(path), detail=str(error)) from error


def trusted_keys(folders: Iterable[Path]) -> dict[str, TrustedKey]:
    """Public keys in `folders`, by fingerprint; an unreadable file is logged and skipped."""
    keys: dict[str, TrustedKey] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")):
            try:
                key = load_public_key(path)
            except KeyFileError as error:
                log.warning("skipping trusted key: %s", error)
                continue
            print_ = fingerprint(key)
            keys.setdefault(print_, TrustedKey(path.stem, print_, path))
    return keys
