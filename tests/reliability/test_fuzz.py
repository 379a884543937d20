"""Fuzzing the bundle reader and the record validator with hypothesis.

Inputs: random bytes; a valid signed bundle with flipped bytes, cut short, or with entries
renamed (hostile names), duplicated, removed, added or rewritten, and bag-info edited; JSON
lines mutated into the record validator; and mutated records re-signed into a valid bag, so
they reach validation. Every input ends in success or a typed `BundleError` whose message reads
in English and Arabic — never another exception — and after a refusal both database files are
byte-identical. Examples are capped and derandomised so CI is stable and fast.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.bundles import BundleError
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.bundle_keys import KeyPair
from desktop.storage.sources import parse_resource_lines
from desktop.storage.store import Store, open_store
from desktop.translation import cli_translator
from tests.fixtures.bundles import kit
from tests.reliability.conftest import build_v2

FIGURES = Counter[str]()
OUTCOMES = Counter[str]()
ARABIC = cli_translator("ar")


def fuzz(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


class World:
    """One data folder with its store open, the good bundle's bytes, and the key that signed it."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.pair: KeyPair = kit.keypair(base / "keys")
        self.template = kit.first_run(base / "template", self.pair)
        kit.add_user_marks(self.template, ["calp-2021-sp-covid-pakistan"], {})
        self.good = build_v2(base, self.pair)
        self.good_bytes = self.good.read_bytes()
        self.entries = list(kit.entries(self.good).items())
        self.payload = kit.payload_of(self.good)
        self.paths = DataPaths(base / "data")
        self.store = self._fresh_store()
        self.input = base / "input.zip"

    def _fresh_store(self) -> Store:
        shutil.rmtree(self.paths.root, ignore_errors=True)
        shutil.copytree(self.template.root, self.paths.root)
        store = open_store(self.paths, shipped_catalogue())
        self.digests = self._digests()
        return store

    def _digests(self) -> tuple[str, str]:
        return tuple(  # type: ignore[return-value]
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (self.paths.catalogue, self.paths.userdata)
        )

    def try_import(self, data: bytes, kind: str, allow_untrusted: bool = False) -> None:
        """Import `data` as a bundle: success, or a typed, readable refusal changing nothing."""
        self.input.write_bytes(data)
        FIGURES[kind] += 1
        try:
            result = import_bundle(self.store, self.input, Options(allow_untrusted=allow_untrusted))
        except BundleError as error:
            OUTCOMES[type(error).__name__] += 1
            _readable(error)
            assert self._digests() == self.digests, f"{type(error).__name__} changed a database"
            assert not list(self.paths.root.glob(".daleel-import-*")), "temporary folder left"
            return
        OUTCOMES["accepted"] += 1
        if result.applied:  # a harmless mutation: start the next example from the old state
            self.store.close()
            self.store = self._fresh_store()


def _readable(error: BundleError) -> None:
    for translate in (None, ARABIC):
        text = error.message(translate) if translate else error.message()
        assert text.strip() and "Traceback" not in text
        assert not any(f"{{{key}}}" in text for key in error.params), "a placeholder left"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    made = World(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.store.close()
    _write_figures()


def _write_figures() -> None:
    import os

    if os.environ.get("DALEEL_WRITE_FIGURES"):
        folder = Path(__file__).parent / "figures"
        folder.mkdir(exist_ok=True)
        data = {"inputs": dict(FIGURES), "total": sum(FIGURES.values()), "outcomes": OUTCOMES}
        (folder / "fuzz.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    from io import BytesIO

    buffer = BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some examples
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(zipfile.ZipInfo(name), data)
    return buffer.getvalue()


# --- raw bytes -----------------------------------------------------------------------------


@fuzz(150)
@given(st.binary(max_size=2048), st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06"]))
def test_random_bytes(world: World, data: bytes, prefix: bytes) -> None:
    world.try_import(prefix + data, "random bytes")


@fuzz(200)
@given(st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), max_size=8))
def test_flipped_bytes(world: World, flips: list[tuple[float, int]]) -> None:
    data = bytearray(world.good_bytes)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    world.try_import(bytes(data), "flipped bytes")


@fuzz(80)
@given(st.floats(0, 1, exclude_max=True))
def test_truncated(world: World, where: float) -> None:
    world.try_import(world.good_bytes[: int(where * len(world.good_bytes))], "truncated")


# --- entries -------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../evil.txt",
    "data/../../evil.txt",
    "/etc/passwd",
    "C:\\Windows\\evil.exe",
    "..\\..\\evil",
    "data/files/../../../evil",
    "DATA/catalogue.jsonl",
    "data/CATALOGUE.JSONL",
    "data//catalogue.jsonl",
    "data/./catalogue.jsonl",
    "data/catalogue.jsonl/",
    "data/files/" + "a" * 64,
    "data/files/x.exe",
    "data/\u202eexe.pdf",
    "data/" + "n" * 300,
    "bagit.txt",
    "manifest-sha256.txt",
    "signature-ed25519.json",
    "extra-root-file.txt",
]
OPS = st.sampled_from(["rename", "duplicate", "delete", "add", "rewrite", "bag-info"])


@fuzz(220)
@given(
    st.lists(
        st.tuples(OPS, st.integers(0, 50), st.sampled_from(HOSTILE_NAMES), st.binary(max_size=64)),
        min_size=1,
        max_size=4,
    )
)
def test_edited_entries(world: World, ops: list[tuple[str, int, str, bytes]]) -> None:
    entries = list(world.entries)
    for op, index, name, blob in ops:
        _apply(entries, op, index, name, blob)
    world.try_import(_zip(entries), "edited entries")


def _apply(entries: list[tuple[str, bytes]], op: str, index: int, name: str, blob: bytes) -> None:
    if not entries:
        entries.append((name, blob))
        return
    i = index % len(entries)
    old_name, data = entries[i]
    if op == "rename":
        entries[i] = (name, data)
    elif op == "duplicate":
        entries.insert(index % (len(entries) + 1), (old_name, blob or data))
    elif op == "delete":
        del entries[i]
    elif op == "add":
        entries.append((name, blob))
    elif op == "rewrite":
        entries[i] = (old_name, data[: len(data) // 2] + blob)
    else:
        entries[:] = [_edit_bag_info(n, d, blob) for n, d in entries]


def _edit_bag_info(name: str, data: bytes, blob: bytes) -> tuple[str, bytes]:
    if name != "bag-info.txt":
        return name, data
    lines = data.decode("utf-8", "replace").splitlines()
    key = blob[:1] or b"\x00"
    lines[key[0] % len(lines)] = blob.decode("latin-1")
    return name, "\n".join(lines).encode("utf-8", "surrogatepass")


# --- records -------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
TEXT_MUTATIONS = st.sampled_from(
    [
        lambda s: s[: len(s) // 2],
        lambda s: s.replace('"', "'", 1),
        lambda s: s.replace("}", ', "uid": "dup"}', 1),
        lambda s: s.replace(":", ': NaN, "x":', 1),
        lambda s: "[" * 5000 + "]" * 5000,
        lambda s: s.replace('"', '"\\ud800', 1),
        lambda s: s + s,
        lambda s: s.replace("https://", "javascript:alert(1)//", 1),
        lambda s: s.replace("https://", "file:///etc/passwd#", 1),
        lambda s: "\ufeff" + s,
        lambda s: s.replace('"title": "', '"title": "<img src=x onerror=alert(1)>', 1),
        lambda s: s.replace('"uid": "', '"uid": "../../', 1),
    ]
)


def _mutated_lines(base: list[str], data: st.DataObject) -> list[str]:
    lines = list(base)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        record = _record(lines[i])
        if record is not None and data.draw(st.booleans()):
            key = data.draw(st.sampled_from([*record, "extra", "attachments", "source_url"]))
            record[key] = data.draw(JSON_VALUES)
            lines[i] = json.dumps(record, ensure_ascii=data.draw(st.booleans()))
        else:
            lines[i] = data.draw(TEXT_MUTATIONS)(lines[i])
    return lines


def _record(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _seed_lines(world: World) -> list[str]:
    text = world.payload["catalogue.jsonl"].decode("utf-8")
    return [line for line in text.split("\n") if line.strip()]


@fuzz(300)
@given(st.data())
def test_record_validator(world: World, data: st.DataObject) -> None:
    lines = _mutated_lines(_seed_lines(world), data)
    FIGURES["json lines (validator)"] += 1
    records, problems = parse_resource_lines(lines, "catalogue.jsonl")
    assert len(records) + len(problems) >= 1
    for problem in problems:
        assert problem.source == "catalogue.jsonl" and 1 <= problem.line <= len(lines)
        assert str(problem).strip()


@fuzz(80)
@given(st.data())
def test_mutated_records_in_a_signed_bag(world: World, data: st.DataObject) -> None:
    """Records changed before signing: they pass integrity and must be caught by validation."""
    lines = _mutated_lines(_seed_lines(world), data)
    payload = dict(world.payload)
    payload["catalogue.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    folder = world.base / "raw"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    fields = _bag_fields(world)
    output = kit.raw_bag(folder, payload, fields, world.base / "raw.zip", world.pair)
    world.try_import(output.read_bytes(), "re-signed records")


def _bag_fields(world: World) -> dict[str, str]:
    text = dict(world.entries)["bag-info.txt"].decode("utf-8")
    pairs = [line.split(":", 1) for line in text.splitlines() if line.startswith("Daleel-")]
    return {key.strip(): value.strip() for key, value in pairs}


def test_the_unmutated_bundle_is_accepted(world: World) -> None:
    """The baseline: without mutations the same bundle imports (so refusals mean something)."""
    world.try_import(world.good_bytes, "baseline")
    assert OUTCOMES["accepted"] >= 1


@pytest.mark.parametrize("name", ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"])
def test_a_tag_file_that_is_not_utf8_is_refused_as_not_a_bag(world: World, name: str) -> None:
    """Found by the fuzzer: bagit raised UnicodeDecodeError out of the reader."""
    from desktop.domain.bundles import NotABagError

    entries = [(n, b"\x80\xff" + d if n == name else d) for n, d in world.entries]
    with pytest.raises(NotABagError):
        import_bundle(world.store, _write(world, _zip(entries)))
    assert world._digests() == world.digests


def _write(world: World, data: bytes) -> Path:
    world.input.write_bytes(data)
    return world.input
