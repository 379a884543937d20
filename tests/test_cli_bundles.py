"""Bundle commands as a publisher and an office run them: real processes, real files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop.paths import DataPaths
from tests.fixtures.bundles import kit
from tests.fixtures.cli import run_cli


def ok(*args: object, data: Path | None = None) -> str:
    result = run_cli(*args, data=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def changed_in(paths: DataPaths, version: int) -> dict[str, set[str]]:
    """What the catalogue's rows say version `version` added, updated and withdrew."""
    conn = sqlite3.connect(f"file:{paths.catalogue}?mode=ro", uri=True)
    try:

        def uids(where: str) -> set[str]:
            return {
                u for (u,) in conn.execute(f"SELECT uid FROM resources WHERE {where}", (version,))
            }

        return {
            "added": uids("added_in = ?"),
            "updated": uids("updated_in = ?1 AND added_in < ?1"),
            "withdrawn": uids("withdrawn_in = ?"),
        }
    finally:
        conn.close()


def _v1_source(tmp_path: Path) -> Path:
    source = kit.seed_source(tmp_path / "v1")
    rows = kit.records(source)
    kit.add_file(source, "guide.pdf", b"%PDF-1.4 a tiny guide")
    rows[0]["attachments"] = [{"file": "guide.pdf", "language": "en"}]
    kit.write_records(source, rows)
    return source


def _v2_delta(tmp_path: Path, v1: Path) -> tuple[Path, dict[str, str]]:
    """A delta from version 1: one record updated, one withdrawn, one added."""
    rows = kit.records(v1)
    source = tmp_path / "v2"
    source.mkdir()
    for name in ("catalogue.json", "themes.json", "taxonomy.json"):
        (source / name).write_bytes((v1 / name).read_bytes())
    kit.set_meta(source, version=2)
    updated = dict(rows[1], title=rows[1]["title"] + " (second edition)")
    added = {"uid": "new-2026-guide", "title": "دليل التحويلات النقدية ٢٠٢٦", "language": "ar"}
    kit.write_records(source, [updated, added])
    (source / "withdrawn.json").write_text(json.dumps([rows[2]["uid"]]))
    roles = {"updated": rows[1]["uid"], "withdrawn": rows[2]["uid"], "untouched": rows[3]["uid"]}
    return source, roles | {"added": added["uid"]}


def test_v1_then_v2_keeps_bookmarks_and_notes_and_the_preview_was_exact(tmp_path: Path) -> None:
    paths = kit.empty_data_folder(tmp_path / "data")
    ok("bundle", "keygen", "--name", "office", "--out", tmp_path / "keys")
    key, public = tmp_path / "keys" / "office.key", tmp_path / "keys" / "office.pem"
    paths.trusted_keys.mkdir()
    (paths.trusted_keys / "office.pem").write_bytes(public.read_bytes())
    v1 = _v1_source(tmp_path)
    ok("bundle", "build", v1, "-o", tmp_path / "v1.zip", "--sign", key)
    first = json.loads(ok("import", tmp_path / "v1.zip", "--yes", "--json", data=paths.root))
    assert first["applied"] and first["result"]["added"] == 13
    assert first["signature"] == {
        "status": "trusted",
        "signer": "office",
        "fingerprint": first["signature"]["fingerprint"],
    }

    v2, uid = _v2_delta(tmp_path, v1)
    marked = [uid["updated"], uid["withdrawn"], uid["untouched"]]
    kit.add_user_marks(paths, marked, {uid["updated"]: "read twice", uid["withdrawn"]: "ملاحظة"})
    user_before = kit.user_rows(paths)
    ok("bundle", "build", v2, "-o", tmp_path / "v2.zip", "--sign", key, "--base-version", "1")

    before = kit.digests(paths)
    preview = json.loads(ok("import", tmp_path / "v2.zip", "--dry-run", "--json", data=paths.root))
    assert not preview["applied"] and kit.digests(paths) == before
    assert preview["counts"] == {"added": 1, "updated": 1, "withdrawn": 1, "unchanged": 0}
    touched = {t["uid"]: (t["change"], t["bookmarked"], t["notes"]) for t in preview["touched"]}
    assert touched == {
        uid["updated"]: ("updated", True, 1),
        uid["withdrawn"]: ("withdrawn", True, 1),
    }

    result = json.loads(ok("import", tmp_path / "v2.zip", "--yes", "--json", data=paths.root))
    assert result["applied"] and result["result"] == preview["counts"]
    assert (
        changed_in(paths, 2)
        == {
            "added": set(preview["added"]),
            "updated": set(preview["updated"]),
            "withdrawn": set(preview["withdrawn"]),
        }
        == {"added": {uid["added"]}, "updated": {uid["updated"]}, "withdrawn": {uid["withdrawn"]}}
    )

    # The user's file was never written; bookmarks and notes all still point at their resources.
    assert kit.digests(paths)[1] == before[1] and kit.user_rows(paths) == user_before
    gone = json.loads(ok("show", uid["withdrawn"], "--json", data=paths.root))
    assert gone["withdrawn_in"] == 2
    hits = json.loads(ok("search", "second edition", "--json", data=paths.root))
    assert [h["uid"] for h in hits] == [uid["updated"]]
    hits = json.loads(ok("search", "التحويلات", "--json", data=paths.root))
    assert [h["uid"] for h in hits] == [uid["added"]]
    title = kit.records(v1)[2]["title"]
    assert uid["withdrawn"] not in {
        h["uid"] for h in json.loads(ok("search", title, "--json", data=paths.root))
    }
    stats = json.loads(ok("stats", "--json", data=paths.root))
    assert stats["catalogue_version"] == 2 and stats["withdrawn"] == 1
    assert list(paths.files.rglob("*")) and len(list(paths.backups.glob("resources-v*.db"))) == 2

    again = kit.digests(paths)
    repeat = json.loads(ok("import", tmp_path / "v2.zip", "--yes", "--json", data=paths.root))
    assert repeat["noop"] and not repeat["applied"] and kit.digests(paths) == again


def test_publisher_commands_need_no_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    data = blocker / "data"  # cannot be created
    ok("bundle", "keygen", "--out", tmp_path / "keys", data=data)
    key = tmp_path / "keys" / "publisher.key"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    out = ok("bundle", "build", kit.SEED, "-o", tmp_path / "seed.zip", "--sign", key, data=data)
    assert "13 records" in out
    report = json.loads(ok("bundle", "verify", tmp_path / "seed.zip", "--json", data=data))
    assert report["valid"] and report["records"] == 13
    assert report["signature"]["status"] == "unknown-signer"


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    ok("bundle", "keygen", "--out", tmp_path)
    result = run_cli("bundle", "keygen", "--out", tmp_path)
    assert result.returncode == 2 and "exists already" in result.stderr


def test_build_reports_every_problem_of_a_source_folder(tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    rows[0]["published"] = "2021-13-01"
    rows[5]["attachments"] = [{"file": "missing.pdf"}]
    kit.write_records(source, rows)
    result = run_cli("bundle", "build", source, "-o", tmp_path / "x.zip")
    assert result.returncode == 2 and not (tmp_path / "x.zip").exists()
    assert "catalogue.jsonl:1: published" in result.stdout
    assert "catalogue.jsonl:6: attachment file 'missing.pdf' is not in files/" in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "2 problems" in result.stderr


def test_build_from_csv(tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    (source / "catalogue.jsonl").unlink()
    kit.add_file(source, "note.txt", "ملف".encode())
    (source / "catalogue.csv").write_text(
        "uid,title,language,published,countries,tags,attachments\n"
        "csv-1,Cash in Yemen,en,2024-02-01,yemen|jordan,cash|markets,note.txt\n"
        'csv-2,"النقد، والقسائم",ar,2023,,,\n',
        "utf-8",
    )
    ok("bundle", "build", source, "-o", tmp_path / "csv.zip")
    lines = kit.entries(tmp_path / "csv.zip")["data/catalogue.jsonl"].decode().splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["countries"] == ["yemen", "jordan"] and first["tags"] == ["cash", "markets"]
    assert first["attachments"][0]["name"] == "note.txt" and first["attachments"][0]["size"] == 6
    assert second["title"] == "النقد، والقسائم"


def _seed_bundle(tmp_path: Path, version: int = 2) -> Path:
    source = kit.seed_source(tmp_path / "src")
    kit.set_meta(source, version=version)
    return kit.build(source, tmp_path / "seed.zip")


def test_import_error_is_one_translated_line_and_changes_nothing(tmp_path: Path) -> None:
    data = DataPaths(tmp_path / "data")
    ok("stats", data=data.root)
    bundle = _seed_bundle(tmp_path)
    before = kit.digests(data)
    result = run_cli("import", bundle, "--yes", data=data.root)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "not signed" in result.stderr
    arabic = run_cli("--lang", "ar", "import", bundle, "--yes", data=data.root)
    assert arabic.returncode == 2 and "غير موقّعة" in arabic.stderr
    assert kit.digests(data) == before


def test_import_asks_before_applying(tmp_path: Path) -> None:
    data = DataPaths(tmp_path / "data")
    ok("stats", data=data.root)
    bundle = _seed_bundle(tmp_path)
    before = kit.digests(data)
    result = run_cli("import", bundle, "--allow-unsigned", data=data.root)
    assert result.returncode == 2 and "--yes" in result.stderr
    assert "Added: 0   Updated: 0   Withdrawn: 0   Unchanged: 13" in result.stdout
    assert kit.digests(data) == before
    done = ok("import", bundle, "--allow-unsigned", "--yes", data=data.root)
    assert "Imported version 2" in done


def test_validation_problems_are_listed_on_stdout_with_json(tmp_path: Path) -> None:
    data = DataPaths(tmp_path / "data")
    ok("stats", data=data.root)
    bundle = _seed_bundle(tmp_path)
    payload = kit.payload_of(bundle)
    payload["catalogue.jsonl"] += b'{"uid": "x", "title": ""}\nnot json\n'
    fields = {
        line.split(": ", 1)[0]: line.split(": ", 1)[1]
        for line in kit.entries(bundle)["bag-info.txt"].decode().splitlines()
        if line.startswith("Daleel-")
    }
    pair = kit.keypair(tmp_path / "k")
    bad = kit.raw_bag(tmp_path, payload, fields, tmp_path / "bad.zip", pair)
    result = run_cli("import", bad, "--json", "--dry-run", "--allow-unsigned", data=data.root)
    assert result.returncode == 2
    problems: list[Any] = json.loads(result.stdout)["problems"]
    assert [p.split(": ")[0] for p in problems] == [
        "data/catalogue.jsonl:14",
        "data/catalogue.jsonl:15",
    ]
