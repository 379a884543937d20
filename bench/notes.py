"""The explanations under the figures of docs/performance.md: how, and what is still short."""

from __future__ import annotations

NOTES = """
## How the figures are reached

- **FTS5 returns ids only.** Word queries ask SQLite for `group_concat(rowid)` (one string,
  parsed by the C JSON parser): a row per id through the driver cost ~0.5 µs each, 35 ms for
  70k ids. Nothing but the ids crosses into Python.
- **Sets in memory, counted in C.** `desktop/storage/id_sets.py` holds, per catalogue, the set
  of live resources and the set of each facet value as Python ints with one byte per resource
  id; `&` intersects, `bit_count()` counts. Facet counts over the match set take a few ms at
  100k. Before, `facet_counts` filled a temporary table and joined it per facet: 80-300 ms at
  100k, and quadratic once a facet was selected (3.5 s at 10k with three selections: the temp
  table was scanned once per value row).
- **Sort orders precomputed.** Every id in newest, oldest and title order is kept once; a
  result is ordered by one pass (`itemgetter` over the order, `compress` by the flags).
- **bm25 only where it decides.** Relevance is bm25 (title above summary, exact forms above
  stems) computed only for the matched ids when at most 3,000 match (`+rowid IN json_each`:
  without the `+`, SQLite ran one FTS lookup per id, 2.6 s for 1,452 ids). Above 3,000 matches
  (a word or prefix found in most of the catalogue), resources with every word in the title
  come first, then the rest, each newest first: bm25 over 70k matches alone cost 150-230 ms
  of CPU, which is what the floor column measures.
- **Related resources** (same countries and themes, most shared first, then newest) come from
  the same sets: 2^k combinations of the resource's k values. The SQL self-join of
  `resource_values` took 500 ms at 100k.
- **List rows** are read with one statement for the rows and one for their countries and
  organisations, the ids passed as one JSON parameter (one prepared statement whatever their
  number), labels memoised per page.
- **Start-up.** Reading the sets at 100k costs ~1 s of CPU (mostly `GROUP BY` over 1.2M
  `resource_values` rows), so for catalogues of 20k resources or more they are saved,
  compressed (~2.5 MB), in `cache/` beside the catalogue and read back in ~0.14 s. They are
  keyed by the catalogue's id, version, index version and highest resource id; catalogue
  writers also drop them.
- **PRAGMAs.** WAL, `synchronous = NORMAL`, 16 MB page cache per connection, and no memory
  map: a 256 MB map made no query faster here but added the pages it touched (~110 MB) to the
  resident size.

## What is still short, and why

- **Keystroke → painted, ~90-190 ms p95 at 100k over our runs (target 50).** It is within
  3× of the floor everywhere (and below it for broad words: the floor ranks every match with
  bm25, which is the cost this design avoids), but not under 50 ms. Of a broad word's ~130 ms:
  FTS5 listing
  its 70-90k matches ~30 ms (an OR of an exact and a stem prefix expression, each with a
  column filter, over an index with prefix indexes 1-3 on six columns), the title-words query
  for ranking ~15 ms, turning ids into sets and orders ~20 ms, the first 200 rows ~10 ms,
  facet counts ~13 ms, and the rest in the window (model reset, facet panel, repaint, and the
  hand-over between the worker and GUI threads). Ways on: a leaner index (the FTS is half of
  the 510 MB file), waiting for a second character before searching a single letter, or
  showing the count and first page before the whole id list is ordered.
- **Opening a resource in the detail pane, 35-50 ms p95 of CPU (target 30).** The storage
  part (the resource, its related resources and their rows) is 3-11 ms; the rest is the
  detail pane building and laying out its widgets.
- **Cold start, ~1.9 s median at 100k (target 1.5 s).** Importing the code costs ~1.45 s
  of CPU on its own (measured one by one on a quiet machine: SQLAlchemy 0.36 s, the storage
  modules with their pydantic records and migrations 0.42 s, qtawesome 0.23 s, PySide6's
  widgets 0.15 s, the main window 0.15 s, the rest of `desktop.app` with the bundle and
  user-data dialogs 0.1 s); a 2,000-resource catalogue starts in 1.5-1.8 s. At 100k the
  catalogue adds ~0.3 s: the saved id sets (0.14 s) and the first search. The window's start
  used to count live resources and read each theme's newest resources in SQL (570 ms at
  100k); both now come from the id sets. Importing the dialogs, the CLI, the bundle code and
  qtawesome lazily, when first used, is the next step; those files are outside this
  benchmark's.
- **Import: a 10k full bundle takes ~9-11 s of CPU (target 10 s).** A bundle whose taxonomy
  labels differ from the catalogue's (always so for a first import) used to index its
  resources twice, once while upserting and again in `rebuild_index`; rows are now written
  unindexed when the index is rebuilt next. What remains: writing the rows (~2.7 s for 10k),
  then the index (~7 s): folding and stemming every title, summary and label in Python
  (`desktop/domain/text.py`, ~0.3 ms per resource) and FTS5 inserting each token into six
  columns and three prefix indexes. A delta also copies the catalogue as a backup first
  (~1.2 s for the 510 MB file at 100k).
- **Measuring under load.** On a shared machine (here, other sessions running test suites at
  times: see the load average above) wall times include waiting for a core. The CPU columns
  are the process's own CPU time over the same interval: what the code costs.
"""


def notes() -> list[str]:
    return NOTES.strip().splitlines()
