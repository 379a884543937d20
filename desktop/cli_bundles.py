"""Bundle commands: `bundle keygen|build|verify|export` for publishers, `import` for everyone.

keygen, build and verify need no data folder; export and import work on the data folder's
catalogue. `import` runs the five stages of desktop/storage/bundle_import.py, shows the
preview, and applies it only with --yes (or after a "y" at a terminal).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.domain.bundles import BundleValidationError, NeedsConfirmationError, SourceFolderError
from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.storage.bundle_build import BuiltBundle, build_bundle
from desktop.storage.bundle_export import export_catalogue
from desktop.storage.bundle_import import ImportResult, Options, import_bundle, open_bundle
from desktop.storage.bundle_keys import generate_keypair
from desktop.storage.bundle_preview import Preview
from desktop.storage.bundle_reader import Trust
from desktop.storage.store import Store
from desktop.translation import cli_translator

Handler = Callable[[Any, argparse.Namespace], int]
_CONTEXT = "BundleCli"
_TEXT = {
    "bundle": QT_TRANSLATE_NOOP(
        "BundleCli", "Bundle: {catalogue} version {version}, created {created}, by {publisher}"
    ),
    "delta": QT_TRANSLATE_NOOP("BundleCli", "Delta bundle: it updates version {base}"),
    "trusted": QT_TRANSLATE_NOOP("BundleCli", "Signature: valid, by the trusted key “{signer}”"),
    "unknown-signer": QT_TRANSLATE_NOOP(
        "BundleCli", "Signature: valid, but by a key that is not trusted here ({fingerprint})"
    ),
    "unsigned": QT_TRANSLATE_NOOP("BundleCli", "Signature: none (the bundle is not signed)"),
    "here": QT_TRANSLATE_NOOP("BundleCli", "This catalogue: {catalogue} version {version}"),
    "counts": QT_TRANSLATE_NOOP(
        "BundleCli",
        "Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}",
    ),
    "files": QT_TRANSLATE_NOOP("BundleCli", "New attachments: {count} ({size})"),
    "touched": QT_TRANSLATE_NOOP(
        "BundleCli", "Resources you marked that this bundle changes: {count}"
    ),
    "updated": QT_TRANSLATE_NOOP("BundleCli", "updated"),
    "withdrawn": QT_TRANSLATE_NOOP("BundleCli", "withdrawn"),
    "marks": QT_TRANSLATE_NOOP(
        "BundleCli", "bookmarked: {bookmarked}, notes: {notes}, collections: {collections}"
    ),
    "noop": QT_TRANSLATE_NOOP(
        "BundleCli", "Nothing to do: the catalogue already has this bundle's content."
    ),
    "dry": QT_TRANSLATE_NOOP("BundleCli", "Dry run: nothing was changed."),
    "ask": QT_TRANSLATE_NOOP("BundleCli", "Apply these changes? [y/N] "),
    "done": QT_TRANSLATE_NOOP(
        "BundleCli", "Imported version {version}. The previous catalogue was saved as {backup}"
    ),
    "valid": QT_TRANSLATE_NOOP("BundleCli", "The bundle is valid: {count} records."),
    "built": QT_TRANSLATE_NOOP(
        "BundleCli", "Wrote {path}: version {version}, {count} records, {files} attachments"
    ),
    "unsigned_built": QT_TRANSLATE_NOOP(
        "BundleCli", "The bundle is not signed: importers will be asked to confirm it."
    ),
    "keys": QT_TRANSLATE_NOOP(
        "BundleCli",
        "Private key: {private} (keep it secret, off shared machines)\n"
        "Public key: {public} (give it to the offices that import your bundles)\n"
        "Fingerprint: {fingerprint}",
    ),
}


def register(commands: Any) -> dict[str, Handler]:
    bundle = commands.add_parser("bundle", help="build, sign, verify and export bundles")
    sub = bundle.add_subparsers(dest="bundle_command", required=True)
    keygen = sub.add_parser("keygen", help="make a publisher key pair")
    keygen.add_argument("--name", default="publisher", help="file name of the two keys")
    keygen.add_argument("--out", type=Path, default=Path("."), help="folder for the two keys")
    build = sub.add_parser("build", help="build a bundle from a source folder")
    build.add_argument("source", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.add_argument("--sign", type=Path, default=None, metavar="KEY")
    build.add_argument("--base-version", type=int, default=None, metavar="N")
    build.add_argument("--json", action="store_true")
    verify = sub.add_parser("verify", help="check a bundle without importing it")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="a full bundle of this catalogue")
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--sign", type=Path, default=None, metavar="KEY")
    export.add_argument("--json", action="store_true")
    imp = commands.add_parser("import", help="import a bundle into the catalogue")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="stop after the preview")
    imp.add_argument("--yes", action="store_true", help="apply without asking")
    imp.add_argument("--allow-unsigned", action="store_true", help="accept an untrusted bundle")
    imp.add_argument("--json", action="store_true")
    return {"bundle": _bundle, "import": _import}


def _bundle(store: Store | None, args: argparse.Namespace) -> int:
    commands: dict[str, Handler] = {
        "keygen": _keygen,
        "build": _build,
        "verify": _verify,
        "export": _export,
    }
    return commands[args.bundle_command](store, args)


_bundle.needs_store = lambda args: args.bundle_command == "export"  # type: ignore[attr-defined]


def _say(args: argparse.Namespace, key: str, **params: Any) -> str:
    translate = cli_translator(args.lang or "en")
    return translate(_CONTEXT, _TEXT[key]).format(**params)


def _tell(args: argparse.Namespace, key: str, **params: Any) -> None:
    """Print the message `key` in the chosen language, filled with `params`."""
    _out(_say(args, key, **params))


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _print_json(data: Any) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=1))


def _keygen(_store: Store | None, args: argparse.Namespace) -> int:
    pair = generate_keypair(args.out, args.name)
    _tell(
        args,
        "keys",
        private=pair.private_path,
        public=pair.public_path,
        fingerprint=pair.fingerprint,
    )
    return 0


def _build(_store: Store | None, args: argparse.Namespace) -> int:
    try:
        built = build_bundle(args.source, args.output, args.sign, args.base_version)
    except SourceFolderError as error:
        _print_problems(args, error.problems)
        raise
    _show_built(args, built)
    if args.sign is None and not args.json:
        _tell(args, "unsigned_built")
    return 0


def _verify(_store: Store | None, args: argparse.Namespace) -> int:
    root = args.data_dir or paths.default_data_dir()
    data = paths.DataPaths(root) if root.is_dir() else None
    try:
        opened = open_bundle(args.file, Options(allow_untrusted=True), paths=data)
    except BundleValidationError as error:
        _print_problems(args, error.problems)
        raise
    try:
        info, signature = opened.bag.info, opened.signature
        if args.json:
            _print_json(
                {
                    "valid": True,
                    "bundle": vars(info),
                    "signature": {
                        "status": signature.trust.value,
                        "signer": signature.signer,
                        "fingerprint": signature.fingerprint,
                    },
                    "records": len(opened.payload.resources),
                    "withdrawn": len(opened.payload.withdrawn),
                    "attachments": len(opened.payload.files),
                    "checksum": opened.checksum,
                }
            )
            return 0
        _print_bundle(args, info)
        _print_signature(args, signature.trust, signature.signer, signature.fingerprint)
        _tell(args, "valid", count=len(opened.payload.resources))
        return 0
    finally:
        opened.close()


def _export(store: Store | None, args: argparse.Namespace) -> int:
    assert store is not None
    _show_built(args, export_catalogue(store, args.output, args.sign))
    return 0


def _show_built(args: argparse.Namespace, built: BuiltBundle) -> None:
    """What `bundle build` and `bundle export` wrote, as JSON or as a line of text."""
    if args.json:
        _print_json({"path": str(built.path), "sha256": built.sha256, "info": vars(built.info)})
        return
    info = built.info
    _tell(
        args,
        "built",
        path=built.path,
        version=info.version,
        count=built.resources,
        files=built.files,
    )


def _import(store: Store, args: argparse.Namespace) -> int:
    from desktop.ui.pdf_text import extract_pdf_text  # Qt only when importing

    options = Options(allow_untrusted=args.allow_unsigned, extract_text=extract_pdf_text)
    if not (args.dry_run or args.yes):
        return _import_interactively(store, args, options)
    try:
        result = import_bundle(store, args.file, options, dry_run=args.dry_run)
    except BundleValidationError as error:
        _print_problems(args, error.problems)
        raise
    _report(args, result)
    return 0


def _import_interactively(store: Store, args: argparse.Namespace, options: Options) -> int:
    dry = import_bundle(store, args.file, options, dry_run=True)
    if dry.preview.noop:
        _report(args, dry)
        return 0
    _print_preview(args, dry.preview)
    if not sys.stdin.isatty():
        raise NeedsConfirmationError()
    answer = input(_say(args, "ask")).strip().lower()
    if answer not in ("y", "yes", "ن", "نعم"):
        _tell(args, "dry")
        return 0
    _report(args, import_bundle(store, args.file, options))
    return 0


def _report(args: argparse.Namespace, result: ImportResult) -> int:
    if args.json:
        data = result.preview.to_json()
        data |= {"applied": result.applied, "result": result.counts}
        data["backup"] = str(result.backup) if result.backup else None
        _print_json(data)
        return 0
    _print_preview(args, result.preview)
    if result.preview.noop:
        _tell(args, "noop")
    elif not result.applied:
        _tell(args, "dry")
    else:
        _tell(args, "done", version=result.preview.info.version, backup=result.backup)
    return 0


def _print_bundle(args: argparse.Namespace, info: Any) -> None:
    _tell(
        args,
        "bundle",
        catalogue=info.catalogue_id,
        version=info.version,
        created=info.created,
        publisher=info.publisher,
    )
    if info.base_version is not None:
        _tell(args, "delta", base=info.base_version)


def _print_signature(
    args: argparse.Namespace, trust: Trust, signer: str | None, fingerprint: str | None
) -> None:
    _tell(args, trust.value, signer=signer, fingerprint=fingerprint)


def _print_preview(args: argparse.Namespace, preview: Preview) -> None:
    _print_bundle(args, preview.info)
    signature = preview.signature
    _print_signature(args, signature.trust, signature.signer, signature.fingerprint)
    _tell(args, "here", catalogue=preview.current_catalogue, version=preview.current_version)
    _tell(args, "counts", **preview.counts())
    size = _size(preview.attachment_bytes)
    _tell(args, "files", count=preview.attachment_count, size=size)
    if preview.touched:
        _tell(args, "touched", count=len(preview.touched))
    for item in preview.touched:
        marks = _say(
            args,
            "marks",
            bookmarked="✓" if item.bookmarked else "–",
            notes=item.notes,
            collections=item.collections,
        )
        _out(f"  {_say(args, item.change)}: {item.title} [{item.uid}] ({marks})")


def _size(count: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    return str(count)


def _print_problems(args: argparse.Namespace, problems: Any) -> None:
    if args.json:
        _print_json({"problems": [str(p) for p in problems]})
    else:
        for problem in problems:
            _out(str(problem))
