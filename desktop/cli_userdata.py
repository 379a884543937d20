"""`userdata` commands: export, import and notes to Markdown, as the File menu does them.

python main.py userdata export FILE          all user data as versioned JSON
python main.py userdata import FILE [--json] merge a file exported here or elsewhere
python main.py userdata notes-markdown FILE  every note, grouped by resource, as Markdown
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.domain.userdata import ImportReport
from desktop.storage.store import Store
from desktop.storage.userdata_db import open_userdata
from desktop.storage.userdata_exchange import export_file, import_file, write_notes_markdown
from desktop.translation import cli_translator

Handler = Callable[[Store, argparse.Namespace], int]


def register(commands: Any) -> dict[str, Handler]:
    """Add the `userdata` command to the command line's subparsers."""
    parser = commands.add_parser("userdata", help="export, import or share your own data")
    actions = parser.add_subparsers(dest="userdata_action", required=True)
    actions.add_parser("export", help="write all user data as JSON").add_argument("file", type=Path)
    importing = actions.add_parser("import", help="merge a user-data JSON file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--json", action="store_true")
    markdown = actions.add_parser("notes-markdown", help="write every note as Markdown")
    markdown.add_argument("file", type=Path)
    return {"userdata": _run}


def _run(store: Store, args: argparse.Namespace) -> int:
    userdata = open_userdata(store.paths)
    try:
        if args.userdata_action == "export":
            counts = export_file(userdata, args.file)
            _say(", ".join(f"{n} {kind}" for kind, n in counts.items()) + f" → {args.file}")
        elif args.userdata_action == "import":
            _report(import_file(userdata, store, args.file), args.json)
        else:
            translate = cli_translator(str(args.lang or "en"))
            count = write_notes_markdown(store, args.file, translate)
            _say(f"{count} notes → {args.file}")
    finally:
        userdata.close()
    return 0


def _report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        json.dump(asdict(report), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    _say(
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"conflict copies {report.conflicts}"
    )
    if report.unknown_resources:
        _say("kept, not in this catalogue: " + ", ".join(report.unknown_resources))
    if report.unknown_priorities:
        _say("kept, priorities not in this catalogue: " + ", ".join(report.unknown_priorities))


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
