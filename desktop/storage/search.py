"""Full-text search and filtering in SQL, from one `ResourceFilter`.

A query becomes FTS5 expressions in which every word is quoted (so nothing typed is an
operator) and looked for in two forms: its exact folded form in the exact columns, or its stem
in the stem columns (word_sets.py keeps each one's set). bm25 weights the title above the
summary and exact forms above stems. The result is a `Ranked`: the matches in order, the first
page of them at once; rows are fetched later, only for what is painted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from sqlalchemy import Connection

from desktop.domain.filters import ResourceFilter, Scope, Sort
from desktop.domain.query import ParsedQuery, Term, parse_query
from desktop.storage import word_sets
from desktop.storage.id_sets import IdSet, Snapshot, fetch_ids, snapshot
from desktop.storage.ranked import Ranked

_EXACT = "{title summary extra}"
_STEM = "{title_stem summary_stem extra_stem}"
# Column weights for bm25, in FTS column order (see migrations.py).
_RANK = "bm25(resource_fts, 10.0, 4.0, 2.0, 5.0, 2.0, 1.0)"

_ORDER = {
    Sort.RELEVANCE: "m.rank, r.published DESC NULLS LAST, r.title_key",
    Sort.NEWEST: "r.published DESC NULLS LAST, r.title_key",
    Sort.OLDEST: "r.published ASC NULLS LAST, r.title_key",
    Sort.TITLE: "r.title_key, r.id",
}


@dataclass(frozen=True)
class SqlPart:
    """A piece of SQL with its positional parameters."""

    sql: str
    params: tuple[object, ...] = ()


def fts_expression(terms: tuple[Term, ...]) -> str:
    return " AND ".join(_term_expression(t) for t in terms)


def _term_expression(term: Term) -> str:
    atoms = _term_atoms(term)
    return atoms[0] if len(atoms) == 1 else f"({' OR '.join(atoms)})"


def _term_atoms(term: Term, title: bool = False) -> list[str]:
    """The FTS5 expressions a term is the union of: its exact form, and each stem if it has
    (in the title's columns only, with `title`). A stem spelled as the word itself ("cash")
    is one atom with it, over both kinds of column: one lookup instead of two."""
    exact_columns, stem_columns = ("{title}", "{title_stem}") if title else (_EXACT, _STEM)
    if term.phrase:
        return [f'{exact_columns} : "{" ".join(w.exact for w in term.words)}"']
    word, star = term.words[0], "*" if term.prefix else ""
    stems = [stem for stem in word.stems if stem != word.exact] if not term.exact else []
    if not term.exact and len(stems) < len(word.stems):
        either = "{title title_stem} : " if title else ""
        exact = f'{either}"{word.exact}"{star}'
    else:
        exact = f'{exact_columns} : "{word.exact}"{star}'
    return [exact, *(f'{stem_columns} : "{stem}"{star}' for stem in stems)]


def candidates(f: ResourceFilter, parsed: ParsedQuery, with_selections: bool = True) -> SqlPart:
    """SQL selecting `id` (and `rank`) of every resource the filter lets through, unordered."""
    clauses, params = _filter_clauses(f, with_selections)
    if parsed.negative:
        excluded = _matching(f.scope, parsed.negative, " OR ")
        clauses.append(f"r.id NOT IN (SELECT id FROM ({excluded.sql}))")
        params += excluded.params
    where = " AND ".join(clauses) or "1"
    if parsed.positive:
        matched = _matching(f.scope, parsed.positive, " AND ")
        sql = (
            f"SELECT r.id AS id, m.rank AS rank FROM ({matched.sql}) m "
            f"JOIN resources r ON r.id = m.id WHERE {where}"
        )
        return SqlPart(sql, (*matched.params, *params))
    return SqlPart(f"SELECT r.id AS id, 0 AS rank FROM resources r WHERE {where}", tuple(params))


# The user's notes (ud.notes_fts, folded like the catalogue) have one exact and one stem column.
_NOTES_MATCH = (
    "SELECT r.id AS id, min(m.rank) AS rank FROM (SELECT n.uid AS uid, bm25(notes_fts) AS rank "
    "FROM ud.notes_fts JOIN ud.notes n ON n.id = notes_fts.rowid "
    "WHERE notes_fts MATCH ? AND n.deleted_at IS NULL LIMIT -1) m "  # LIMIT: not flattened
    "JOIN resources r ON r.uid = m.uid GROUP BY r.id"
)


def _matching(scope: Scope, terms: tuple[Term, ...], joiner: str) -> SqlPart:
    """Ids (and rank) of resources whose text, or whose notes, match the terms (per `scope`)."""
    expression = joiner.join(_term_expression(t) for t in terms)
    in_catalogue = SqlPart(
        f"SELECT rowid AS id, {_RANK} AS rank FROM resource_fts WHERE resource_fts MATCH ?",
        (expression,),
    )
    notes_expression = expression.replace(_EXACT, "{body}").replace(_STEM, "{body_stem}")
    in_notes = SqlPart(_NOTES_MATCH, (notes_expression,))
    if scope is Scope.CATALOGUE:
        return in_catalogue
    if scope is Scope.NOTES:
        return in_notes
    return SqlPart(
        f"SELECT id, min(rank) AS rank FROM ({in_catalogue.sql} UNION ALL {in_notes.sql}) "
        "GROUP BY id",
        (*in_catalogue.params, *in_notes.params),
    )


def _filter_clauses(f: ResourceFilter, with_selections: bool) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not shows_withdrawn(f):
        clauses.append("r.withdrawn_in IS NULL")
    if with_selections:
        for facet, values in f.selections:
            part = selection_clause("r.id", facet.value, values)
            clauses.append(part.sql)
            params += part.params
    for part in _personal_clauses(f):
        clauses.append(part.sql)
        params += part.params
    return clauses, params


def personal_filters(f: ResourceFilter) -> bool:
    """Whether the user's own data (lists, notes, tags, reading state) narrows the result."""
    return shows_withdrawn(f) or bool(_personal_clauses(f))


def shows_withdrawn(f: ResourceFilter) -> bool:
    """The user's own lists and notes show withdrawn resources too (as tombstones)."""
    personal = f.bookmarked or f.collection_id is not None or f.has_notes
    return personal or f.scope is Scope.NOTES


def selection_clause(id_column: str, facet: str, values: frozenset[str]) -> SqlPart:
    marks = ", ".join("?" for _ in values)
    sql = (
        f"{id_column} IN (SELECT resource_id FROM resource_values "
        f"WHERE facet = ? AND value IN ({marks}))"
    )
    return SqlPart(sql, (facet, *sorted(values)))


def _personal_clauses(f: ResourceFilter) -> list[SqlPart]:
    parts: list[SqlPart] = []
    if f.bookmarked:
        parts.append(SqlPart("r.uid IN (SELECT uid FROM ud.bookmarks)"))
    if f.collection_id is not None:
        parts.append(
            SqlPart(
                "r.uid IN (SELECT uid FROM ud.collection_items WHERE collection_id = ?)",
                (f.collection_id,),
            )
        )
    if f.has_notes:
        parts.append(SqlPart("r.uid IN (SELECT uid FROM ud.notes WHERE deleted_at IS NULL)"))
    if f.reading_states:
        parts.append(_reading_state_clause(f.reading_states))
    if f.personal_tags:
        marks = ", ".join("?" for _ in f.personal_tags)
        parts.append(
            SqlPart(
                f"r.uid IN (SELECT uid FROM ud.resource_tags WHERE tag IN ({marks}))",
                tuple(sorted(f.personal_tags)),
            )
        )
    if f.uids is not None:
        marks = ", ".join("?" for _ in f.uids) or "NULL"
        parts.append(SqlPart(f"r.uid IN ({marks})", tuple(sorted(f.uids))))
    return parts


def _reading_state_clause(states: frozenset[str]) -> SqlPart:
    """A resource never opened is 'unread'."""
    marks = ", ".join("?" for _ in states)
    state = "(SELECT state FROM ud.reading_state s WHERE s.uid = r.uid)"
    sql = f"COALESCE({state}, 'unread') IN ({marks})"
    return SqlPart(sql, tuple(sorted(states)))


def search_ids(conn: Connection, f: ResourceFilter) -> tuple[int, ...]:
    """Ids of every matching resource, in the order the filter asks for."""
    return rank(conn, f).everything()


def rank(conn: Connection, f: ResourceFilter) -> Ranked:
    """Every matching resource, in the order the filter asks for (the first page at once).

    The sets are computed in memory (see id_sets.py); SQLite only answers the word queries.
    Relevance: bm25 (title above summary, exact forms above stems) when at most `RANK_LIMIT`
    resources match; beyond that, resources with every word in the title first, then the
    others, each newest first (bm25 over 70k matches took 200-450 ms, see performance.md).
    """
    parsed = parse_query(f.query)
    snap = snapshot(conn)
    _look_up_words(conn, snap, f, parsed)
    found = matching_set(conn, snap, f, parsed)
    if parsed.positive and f.sort is Sort.RELEVANCE:
        return _by_relevance(conn, snap, f, parsed, found)
    return Ranked(snap, [found], f.sort)


def _look_up_words(
    conn: Connection, snap: Snapshot, f: ResourceFilter, parsed: ParsedQuery
) -> None:
    """Ask for every word set the search may need at once, so that they are looked up two at a
    time: the title's too when ranking by relevance (needed above RANK_LIMIT matches)."""
    if f.scope is Scope.NOTES:
        return
    atoms = [atom for term in parsed.terms for atom in _term_atoms(term)]
    if f.sort is Sort.RELEVANCE:
        atoms += [atom for term in parsed.positive for atom in _term_atoms(term, title=True)]
    word_sets.get(conn, snap, atoms)


def matching_set(
    conn: Connection,
    snap: Snapshot,
    f: ResourceFilter,
    parsed: ParsedQuery,
    with_selections: bool = True,
) -> IdSet:
    """The set of resources the filter lets through (see `candidates` for the same in SQL)."""
    personal = _personal_clauses(f)
    found = snap.every if shows_withdrawn(f) else snap.live
    if parsed.positive:
        found &= _word_set(conn, snap, f.scope, parsed.positive, " AND ")
    if parsed.negative:
        found &= ~_word_set(conn, snap, f.scope, parsed.negative, " OR ")
    if personal:
        where = " AND ".join(p.sql for p in personal)
        params = tuple(p for part in personal for p in part.params)
        found &= snap.id_set(
            fetch_ids(conn, f"SELECT r.id AS id FROM resources r WHERE {where}", params)
        )
    if with_selections:
        for facet, values in f.selections:
            found &= snap.selected(facet.value, values)
    return found


_NOTES_IDS = (
    "SELECT r.id AS id FROM ud.notes_fts JOIN ud.notes n ON n.id = notes_fts.rowid "
    "JOIN resources r ON r.uid = n.uid WHERE notes_fts MATCH ? AND n.deleted_at IS NULL"
)


def _word_set(
    conn: Connection, snap: Snapshot, scope: Scope, terms: tuple[Term, ...], joiner: str
) -> IdSet:
    found = 0
    if scope is not Scope.NOTES:
        found |= _catalogue_words(conn, snap, terms, joiner == " AND ")
    if scope is not Scope.CATALOGUE:
        expression = joiner.join(_term_expression(t) for t in terms)
        found |= snap.id_set(fetch_ids(conn, _NOTES_IDS, (_notes_expression(expression),)))
    return found


def _catalogue_words(
    conn: Connection, snap: Snapshot, terms: tuple[Term, ...], every: bool, title: bool = False
) -> IdSet:
    """Resources whose text (or title) matches every term (`every`) or any of them.

    A term's set is the union of its atoms' sets (exact form, stems), each looked up apart: a
    stem often stays the same while a word is typed («نقد» for النقدي, النقدية), so only the
    exact form is new at the next keystroke (see word_sets.py).
    """
    per_term = [_term_atoms(t, title) for t in terms]
    sets = word_sets.get(conn, snap, [atom for atoms in per_term for atom in atoms])
    term_sets = [reduce(or_, (sets[atom] for atom in atoms)) for atoms in per_term]
    return reduce(and_ if every else or_, term_sets, -1 if every and term_sets else 0)


def _notes_expression(expression: str) -> str:
    return expression.replace(_EXACT, "{body}").replace(_STEM, "{body_stem}")


RANK_LIMIT = 3000
RANK_PRECISION = 3


def _by_relevance(
    conn: Connection, snap: Snapshot, f: ResourceFilter, parsed: ParsedQuery, found: IdSet
) -> Ranked:
    if found.bit_count() > RANK_LIMIT:
        return _title_first(conn, snap, f.scope, parsed, found)
    newest = snap.ordered(found, Sort.NEWEST)
    ranks = _ranks(conn, f.scope, parsed, newest)
    # Stable: ties stay newest first. bm25 scores of a word that nearly every resource holds
    # are ~1e-6 noise (FTS5 clamps its IDF), so scores are compared to RANK_PRECISION places.
    return Ranked.of(sorted(newest, key=lambda i: round(ranks.get(i, 0.0), RANK_PRECISION)))


def _ranks(conn: Connection, scope: Scope, parsed: ParsedQuery, ids: list[int]) -> dict[int, float]:
    """bm25 of each of `ids` (the best of its text and its notes), computed for them only."""
    expression = fts_expression(parsed.positive)
    wanted = json.dumps(ids)
    ranks: dict[int, float] = {}
    if scope is not Scope.NOTES:
        sql = (  # one JSON array back: a row per id through the driver costs more than bm25
            f"SELECT json_group_array(json_array(id, rank)) FROM (SELECT rowid AS id, {_RANK} "
            "AS rank FROM resource_fts WHERE resource_fts MATCH ? "
            "AND +rowid IN (SELECT value FROM json_each(?)) LIMIT -1)"
        )  # +rowid: a filter, not one FTS lookup per id; LIMIT: bm25 stays in the subquery
        pairs = conn.exec_driver_sql(sql, (expression, wanted)).scalar()
        ranks.update((rid, rank) for rid, rank in json.loads(pairs or "[]"))
    if scope is not Scope.CATALOGUE:
        sql = f"SELECT id, rank FROM ({_NOTES_MATCH})"
        for rid, rank in conn.exec_driver_sql(sql, (_notes_expression(expression),)):
            ranks[rid] = min(rank, ranks.get(rid, rank))
    return ranks


def _title_first(
    conn: Connection, snap: Snapshot, scope: Scope, parsed: ParsedQuery, found: IdSet
) -> Ranked:
    title = 0
    if scope is not Scope.NOTES:
        title = _catalogue_words(conn, snap, parsed.positive, every=True, title=True)
    return Ranked(snap, [found & title, found & ~title], Sort.NEWEST)
