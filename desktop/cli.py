"""The command line: the same storage functions the window uses, for scripts and support.

`python main.py [--data-dir DIR] [--lang ar|en] COMMAND ...`. Errors print one translated line
on stderr and exit with status 2; nothing prints a traceback at a user.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.domain.errors import DaleelError, UnknownFilterValueError
from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.highlight import make_snippet
from desktop.domain.models import Facet, Resource
from desktop.domain.query import parse_query
from desktop.storage import facets as facet_queries
from desktop.storage import resources_repo as repo
from desktop.storage.checks import check_data_folder
from desktop.storage.search import search_ids
from desktop.storage.store import Store, open_store
from desktop.translation import cli_translator

log = logging.getLogger(__name__)
EXIT_ERROR = 2

_FILTER_OPTIONS = {
    "type": Facet.DOC_TYPE,
    "theme": Facet.THEME,
    "country": Facet.COUNTRY,
    "region": Facet.REGION,
    "language": Facet.LANGUAGE,
    "year": Facet.YEAR,
    "organisation": Facet.ORGANISATION,
    "modality": Facet.MODALITY,
    "payment_method": Facet.PAYMENT_METHOD,
    "sector": Facet.SECTOR,
}
Handler = Callable[[Store, argparse.Namespace], int]
# Modules adding commands: each has `register(commands) -> dict[str, Handler]`, where `commands`
# is the subparsers object; a handler gets the open store and the parsed arguments.
EXTENSIONS = ("desktop.cli_bundles", "desktop.cli_userdata", "desktop.cli_recovery")
COMMANDS = ("search", "show", "facets", "themes", "stats", "check", "bundle", "import", "userdata")
COMMANDS += ("recover",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="daleel", description="Daleel catalogue commands")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", required=True)
    search = commands.add_parser("search", help="search the catalogue")
    search.add_argument("query", nargs="?", default="")
    _add_filters(search)
    search.add_argument("--sort", choices=[s.value for s in Sort], default=Sort.RELEVANCE.value)
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    show = commands.add_parser("show", help="show one resource")
    show.add_argument("uid")
    show.add_argument("--json", action="store_true")
    facets = commands.add_parser("facets", help="facet values and counts")
    facets.add_argument("query", nargs="?", default="")
    _add_filters(facets)
    facets.add_argument("--json", action="store_true")
    for name, text in (("themes", "themes and their priorities"), ("stats", "catalogue summary")):
        commands.add_parser(name, help=text).add_argument("--json", action="store_true")
    commands.add_parser("check", help="check both database files")
    for name in EXTENSIONS:
        _HANDLERS.update(_extension(name).register(commands))
    return parser


def _extension(name: str) -> Any:
    """An extension module, or an empty one while it is not written yet."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return _NoCommands()


class _NoCommands:
    @staticmethod
    def register(_commands: Any) -> dict[str, Handler]:
        return {}


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder to use")
    parser.add_argument("--lang", choices=("ar", "en"), default=None, help="language")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    for option in _FILTER_OPTIONS:
        parser.add_argument(f"--{option.replace('_', '-')}", dest=option, action="append")


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    lang = args.lang or "en"
    translate = cli_translator(lang)
    handler = _HANDLERS[args.command]
    if not getattr(handler, "needs_store", lambda _args: True)(args):  # publisher commands
        try:
            return handler(None, args)
        except DaleelError as error:
            return _fail(error, translate)
    try:
        store = open_store(
            paths.DataPaths(args.data_dir or paths.default_data_dir()), paths.shipped_catalogue()
        )
    except DaleelError as error:
        return _fail(error, translate)
    try:
        return handler(store, args)
    except DaleelError as error:
        return _fail(error, translate)
    finally:
        store.close()


def _fail(error: DaleelError, translate: Callable[[str, str], str]) -> int:
    log.info("command failed: %s", error)
    print(error.message(translate), file=sys.stderr)
    return EXIT_ERROR


def _lang(args: argparse.Namespace) -> str:
    return str(args.lang or "en")


def _filter(store: Store, args: argparse.Namespace) -> ResourceFilter:
    f = ResourceFilter(query=args.query, sort=Sort(getattr(args, "sort", "relevance")))
    with store.read() as conn:
        for option, facet in _FILTER_OPTIONS.items():
            values = frozenset(getattr(args, option) or ())
            known = store.labels.known(conn, facet.value)
            for value in values:
                if (
                    facet is not Facet.YEAR
                    and value not in known
                    or (facet is Facet.YEAR and not value.isdigit())
                ):
                    raise UnknownFilterValueError(value=value, facet=option.replace("_", "-"))
            f = f.with_selection(facet, values)
    return f


def _search(store: Store, args: argparse.Namespace) -> int:
    f = _filter(store, args)
    lang = _lang(args)
    parsed = parse_query(f.query)
    with store.read() as conn:
        ids = search_ids(conn, f)[: max(args.limit, 0)]
        uids = [row.uid for row in repo.rows_by_ids(conn, store.labels, ids, lang)]
        hits = [repo.resource(conn, store.labels, uid, lang) for uid in uids]
    results = [_hit_json(r, make_snippet(r.summary or r.title, parsed)) for r in hits]
    if args.json:
        _print_json(results)
    else:
        for hit in results:
            print(f"{hit['published'] or '—':10}  {hit['title']}  [{hit['uid']}]")
        print(f"({len(results)})")
    return 0


def _hit_json(resource: Resource, snippet: Any) -> dict[str, Any]:
    return {
        "uid": resource.uid,
        "title": resource.title,
        "doc_type": resource.doc_type.value if resource.doc_type else None,
        "doc_type_label": resource.doc_type.label if resource.doc_type else None,
        "published": resource.published.iso,
        "language": resource.language.value if resource.language else None,
        "countries": [c.value for c in resource.countries],
        "organisations": [o.value for o in resource.organisations],
        "themes": [t.value for t in resource.themes],
        "snippet": snippet.text,
        "highlights": [[h.start, h.end] for h in snippet.highlights],
    }


def _show(store: Store, args: argparse.Namespace) -> int:
    with store.read() as conn:
        resource = repo.resource(conn, store.labels, args.uid, _lang(args))
    data = asdict(resource)
    if args.json:
        _print_json(data)
    else:
        print(resource.title)
        print(resource.published.iso or "—")
        for facet, labels in resource.facet_labels().items():
            print(f"  {facet.value}: {', '.join(label.label for label in labels)}")
        print()
        print(resource.summary)
        if resource.source_url:
            print(resource.source_url)
    return 0


def _facets(store: Store, args: argparse.Namespace) -> int:
    f = _filter(store, args)
    with store.read() as conn:
        counts = facet_queries.facet_counts(conn, store.labels, f, _lang(args))
    data = {facet.value: [asdict(c) for c in values] for facet, values in counts.items()}
    if args.json:
        _print_json(data)
    else:
        for facet, values in data.items():
            print(facet)
            for c in values:
                print(f"  {c['count']:6}  {c['label']}  ({c['value']})")
    return 0


def _themes(store: Store, args: argparse.Namespace) -> int:
    with store.read() as conn:
        themes = repo.themes(conn, _lang(args))
    if args.json:
        _print_json([asdict(t) for t in themes])
    else:
        for theme in themes:
            print(theme.title)
            for priority in theme.priorities:
                print(f"  {priority.position}. {priority.text}")
    return 0


def _stats(store: Store, args: argparse.Namespace) -> int:
    with store.read() as conn:
        stats = repo.stats(conn)
    if args.json:
        _print_json(asdict(stats))
    else:
        print(
            summary_line(stats.resources, stats.themes, stats.priorities, stats.catalogue_version)
        )
    return 0


def summary_line(resources: int, themes: int, priorities: int, version: int) -> str:
    return (
        f"Daleel catalogue v{version}: {resources} resources, {themes} themes, "
        f"{priorities} priorities"
    )


def _check(store: Store, args: argparse.Namespace) -> int:
    problems = check_data_folder(store.paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("ok")
    return 1 if problems else 0


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


_HANDLERS: dict[str, Handler] = {
    "search": _search,
    "show": _show,
    "facets": _facets,
    "themes": _themes,
    "stats": _stats,
    "check": _check,
}
