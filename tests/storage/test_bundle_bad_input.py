"""Every kind of bad bundle is refused with a message naming the problem, and neither
database file changes by a single byte."""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.bundles import (
    SIGNED_FILE,
    BadSignatureError,
    BagInfoError,
    BundleError,
    BundleTooLargeError,
    BundleValidationError,
    ChecksumMismatchError,
    CompressionRatioError,
    DuplicateEntryError,
    Limits,
    LinkEntryError,
    NotABagError,
    NotAZipError,
    OlderVersionError,
    OtherCatalogueError,
    PayloadExtraError,
    PayloadMissingError,
    TooManyEntriesError,
    TruncatedZipError,
    UnknownFormatVersionError,
    UnknownSignerError,
    UnsafePathError,
    UnsignedBundleError,
    WrongBaseError,
)
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.bundle_keys import KeyPair
from desktop.storage.store import open_store
from tests.fixtures.bundles import kit


@pytest.fixture
def paths(tmp_path: Path, pair: KeyPair) -> DataPaths:
    return kit.first_run(tmp_path / "data", pair)


@pytest.fixture
def good(tmp_path: Path, pair: KeyPair) -> Path:
    """A valid, signed full bundle: the seed as version 2."""
    source = kit.seed_source(tmp_path / "src")
    kit.set_meta(source, version=2)
    return kit.build(source, tmp_path / "good.zip", pair)


def refused(paths: DataPaths, bundle: Path, **options: object) -> BundleError:
    """Import `bundle`, expect a refusal, and check both files are byte-identical after."""
    before = kit.digests(paths)
    store = open_store(paths, shipped_catalogue())
    try:
        with pytest.raises(BundleError) as caught:
            import_bundle(store, bundle, Options(**options))  # type: ignore[arg-type]
    finally:
        store.close()
    assert kit.digests(paths) == before
    assert not list(paths.root.glob(".daleel-import-*")), "temporary folder left behind"
    return caught.value


def rewritten(good: Path, tmp_path: Path, edit: object, infos: object = None) -> Path:
    return kit.rewrite(good, tmp_path / "bad.zip", edit, infos)  # type: ignore[arg-type]


# --- stage 1: safety ------------------------------------------------------------------------


def test_not_a_zip(paths: DataPaths, tmp_path: Path) -> None:
    bundle = tmp_path / "notes.zip"
    bundle.write_text("just some text, not a zip")
    error = refused(paths, bundle)
    assert isinstance(error, NotAZipError)
    assert "notes.zip" in str(error) and "not a zip file" in str(error)


def test_truncated_zip(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "cut.zip"
    bundle.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    error = refused(paths, bundle)
    assert isinstance(error, TruncatedZipError)
    assert "damaged or incomplete" in str(error)


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "data/../../evil.txt",
        "/etc/evil",
        "..\\..\\evil",
        "C:\\evil.txt",
        "data/files/CON",
        "data/nul.txt",
        "data/stream:hidden",
        "data/trailing.",
        "data/bell\a",
    ],
)
def test_unsafe_paths(paths: DataPaths, good: Path, tmp_path: Path, name: str) -> None:
    error = refused(paths, rewritten(good, tmp_path, lambda e: e.update({name: b"x"})))
    assert isinstance(error, UnsafePathError)
    assert name in str(error) and "unsafe file name" in str(error)


def test_link_entry(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    def info(name: str) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name)
        if name == "data/link":
            entry.create_system = 3
            entry.external_attr = (stat.S_IFLNK | 0o777) << 16
        return entry

    bundle = rewritten(good, tmp_path, lambda e: e.update({"data/link": b"/etc/passwd"}), info)
    error = refused(paths, bundle)
    assert isinstance(error, LinkEntryError)
    assert "data/link" in str(error) and "link" in str(error)


def test_duplicate_names(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "dup.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for name, data in kit.entries(good).items():
            archive.writestr(name, data)
        with pytest.warns(UserWarning):
            archive.writestr("data/themes.json", b"[]")
    error = refused(paths, bundle)
    assert isinstance(error, DuplicateEntryError)
    assert "data/themes.json" in str(error) and "more than once" in str(error)


def test_zip_bomb_by_ratio(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    bomb = b"\0" * (20 * 1024 * 1024)  # 20 MB of zeros deflate to ~20 kB
    error = refused(paths, rewritten(good, tmp_path, lambda e: e.update({"data/zeros": bomb})))
    assert isinstance(error, CompressionRatioError)
    assert "data/zeros" in str(error) and "zip bomb" in str(error)


def test_zip_bomb_by_size(paths: DataPaths, good: Path) -> None:
    limits = Limits(max_total_bytes=10_000)
    error = refused(paths, good, limits=limits)
    assert isinstance(error, BundleTooLargeError)
    assert "more than 10000 bytes" in str(error)


def test_forged_sizes_are_caught_while_reading(paths: DataPaths, good: Path) -> None:
    # Headers claim less than the streams hold: the hard cap on real bytes still stops it.
    limits = Limits(max_total_bytes=30_000)
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        big = max(archive.infolist(), key=lambda i: i.file_size)
    # Patch the central directory's uncompressed size of the largest entry down to 10 bytes.
    index = data.find(big.filename.encode(), data.find(b"PK\x01\x02"))
    header = data.rfind(b"PK\x01\x02", 0, index)
    data[header + 24 : header + 28] = (10).to_bytes(4, "little")
    forged = good.with_name("forged.zip")
    forged.write_bytes(bytes(data))
    error = refused(paths, forged, limits=limits)
    assert isinstance(error, TruncatedZipError | BundleTooLargeError)


def test_too_many_entries(paths: DataPaths, good: Path) -> None:
    error = refused(paths, good, limits=Limits(max_entries=3))
    assert isinstance(error, TooManyEntriesError)
    assert "more than the 3 allowed" in str(error)


# --- stage 2: integrity -----------------------------------------------------------------------


def test_not_a_bag(paths: DataPaths, tmp_path: Path) -> None:
    bundle = tmp_path / "plain.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("catalogue.jsonl", "{}")
    error = refused(paths, bundle)
    assert isinstance(error, NotABagError)
    assert "bagit.txt" in str(error)


def test_payload_file_missing(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    error = refused(paths, rewritten(good, tmp_path, lambda e: e.pop("data/themes.json")))
    assert isinstance(error, PayloadMissingError)
    assert "data/themes.json" in str(error) and "missing" in str(error)


def test_payload_file_extra(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    bundle = rewritten(good, tmp_path, lambda e: e.update({"data/extra.txt": b"surprise"}))
    error = refused(paths, bundle)
    assert isinstance(error, PayloadExtraError)
    assert "data/extra.txt" in str(error) and "not in its manifest" in str(error)


def test_checksum_mismatch(paths: DataPaths, good: Path, tmp_path: Path) -> None:
    def edit(content: dict[str, bytes]) -> None:
        content["data/catalogue.jsonl"] = content["data/catalogue.jsonl"].replace(
            b"Brief", b"Brie!"
        )

    error = refused(paths, rewritten(good, tmp_path, edit))
    assert isinstance(error, ChecksumMismatchError)
    assert "data/catalogue.jsonl" in str(error) and "checksum" in str(error)


def test_unsigned_bundle_needs_consent(paths: DataPaths, tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    kit.set_meta(source, version=2)
    bundle = kit.build(source, tmp_path / "unsigned.zip")
    error = refused(paths, bundle)
    assert isinstance(error, UnsignedBundleError)
    assert "not signed" in str(error) and "--allow-unsigned" in str(error)


def test_unknown_signer_needs_consent(paths: DataPaths, tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    kit.set_meta(source, version=2)
    stranger = kit.keypair(tmp_path / "other", "stranger")
    error = refused(paths, kit.build(source, tmp_path / "stranger.zip", stranger))
    assert isinstance(error, UnknownSignerError)
    assert stranger.fingerprint in str(error) and "not trusted" in str(error)


def test_wrong_signature_is_refused_even_with_consent(
    paths: DataPaths, good: Path, tmp_path: Path
) -> None:
    # A comment line changes the signed file but not what BagIt checks.
    bundle = rewritten(good, tmp_path, lambda e: e.update({SIGNED_FILE: e[SIGNED_FILE] + b"#\n"}))
    error = refused(paths, bundle, allow_untrusted=True)
    assert isinstance(error, BadSignatureError)
    assert "signature does not match" in str(error)


def test_unknown_format_version(
    paths: DataPaths, good: Path, tmp_path: Path, pair: KeyPair
) -> None:
    fields = _fields(good) | {"Daleel-Bundle-Format": "99"}
    bundle = kit.raw_bag(tmp_path, kit.payload_of(good), fields, tmp_path / "v99.zip", pair)
    error = refused(paths, bundle)
    assert isinstance(error, UnknownFormatVersionError)
    assert "format version 99" in str(error) and "reads version 1" in str(error)


def test_missing_bag_info_field(
    paths: DataPaths, good: Path, tmp_path: Path, pair: KeyPair
) -> None:
    fields = _fields(good)
    del fields["Daleel-Catalogue-Id"]
    bundle = kit.raw_bag(tmp_path, kit.payload_of(good), fields, tmp_path / "noid.zip", pair)
    error = refused(paths, bundle)
    assert isinstance(error, BagInfoError)
    assert "Daleel-Catalogue-Id" in str(error)


def _fields(bundle: Path) -> dict[str, str]:
    text = kit.entries(bundle)["bag-info.txt"].decode()
    pairs = [line.split(": ", 1) for line in text.splitlines()]
    return {k: v for k, v in pairs if k.startswith("Daleel-")}


# --- stage 3: validation ----------------------------------------------------------------------


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Path]:
    folder = kit.seed_source(tmp_path / "src")
    kit.set_meta(folder, version=2)
    yield folder


def _bundle_with_lines(tmp_path: Path, source: Path, pair: KeyPair, lines: list[str]) -> Path:
    """A bundle whose catalogue.jsonl holds `lines` exactly (the builder would refuse them)."""
    good = kit.build(source, tmp_path / "base.zip", pair)
    payload = kit.payload_of(good)
    payload["catalogue.jsonl"] = ("\n".join(lines) + "\n").encode()
    fields = _fields(good)
    return kit.raw_bag(tmp_path, payload, fields, tmp_path / "invalid.zip", pair)


def test_invalid_json_line_names_its_line(
    paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair
) -> None:
    lines = [json.dumps(r) for r in kit.records(source)]
    lines[2] = '{"uid": "broken", "title": '
    error = refused(paths, _bundle_with_lines(tmp_path, source, pair, lines))
    assert isinstance(error, BundleValidationError)
    assert "data/catalogue.jsonl:3: invalid JSON" in str(error)


def test_schema_violations_are_all_reported_with_lines(
    paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair
) -> None:
    rows = kit.records(source)
    del rows[0]["title"]
    rows[1]["published"] = "2021-02-30"
    rows[2]["language"] = "xx"
    rows[3]["title"] = "t" * 100_000
    lines = [json.dumps(r) for r in rows]
    error = refused(paths, _bundle_with_lines(tmp_path, source, pair, lines))
    assert isinstance(error, BundleValidationError)
    found = {(p.line, p.detail.split(":")[0]) for p in error.problems}  # type: ignore[attr-defined]
    assert found == {(1, "title"), (2, "published"), (3, "language"), (4, "title")}
    text = "\n".join(str(p) for p in error.problems)  # type: ignore[attr-defined]
    assert "Field required" in text and "does not exist" in text
    assert "unknown language code 'xx'" in text and "at most 1000 characters" in text
    assert "has 4 invalid records" in str(error)


def test_duplicate_uid(paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair) -> None:
    rows = kit.records(source)
    lines = [json.dumps(r) for r in [*rows, rows[0]]]
    error = refused(paths, _bundle_with_lines(tmp_path, source, pair, lines))
    assert isinstance(error, BundleValidationError)
    assert f"data/catalogue.jsonl:{len(rows) + 1}: duplicate uid" in str(error)
    assert "first on line 1" in str(error)


def test_attachment_referenced_but_absent(
    paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair
) -> None:
    rows = kit.records(source)
    rows[4]["attachments"] = [
        {"sha256": "ab" * 32, "name": "guide.pdf", "media_type": "application/pdf", "size": 5}
    ]
    error = refused(
        paths, _bundle_with_lines(tmp_path, source, pair, [json.dumps(r) for r in rows])
    )
    assert isinstance(error, BundleValidationError)
    assert "data/catalogue.jsonl:5: attachment 'guide.pdf'" in str(error)
    assert "is not in data/files/" in str(error)


# --- versions ---------------------------------------------------------------------------------


def test_delta_on_the_wrong_base(
    paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair
) -> None:
    kit.set_meta(source, version=4)
    bundle = kit.build(source, tmp_path / "delta.zip", pair, base=3)
    error = refused(paths, bundle)
    assert isinstance(error, WrongBaseError)
    assert "updates version 3 to 4" in str(error) and "catalogue has version 1" in str(error)


def test_older_version(paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair) -> None:
    kit.set_meta(source, version=0)
    error = refused(paths, kit.build(source, tmp_path / "old.zip", pair))
    assert isinstance(error, OlderVersionError)
    assert "version 0" in str(error) and "already has version 1" in str(error)


def test_bundle_of_another_catalogue(
    paths: DataPaths, source: Path, tmp_path: Path, pair: KeyPair
) -> None:
    kit.set_meta(source, catalogue_id="someone-else")
    error = refused(paths, kit.build(source, tmp_path / "other.zip", pair))
    assert isinstance(error, OtherCatalogueError)
    assert "someone-else" in str(error) and kit.SEED_ID in str(error)
