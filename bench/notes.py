"""The explanations under the figures of docs/performance.md: how, and what is still short."""

from __future__ import annotations

NOTES = """
## How the figures are reached

- **FTS5 returns ids only.** Word queries ask SQLite for `group_concat(rowid)` (one string,
  parsed by the C JSON parser): a row per id through the driver cost ~0.5 µs each, 35 ms for
  70k ids. Nothing but the ids crosses into Python.
- **Sets in memory, as bitmaps.** `desktop/storage/id_sets.py` holds, per catalogue, the set
  of live resources and the set of each facet value as Python ints with a bit per resource
  id; `&` intersects, `bit_count()` counts. Facet counts over the match set take ~1-3 ms at
  100k (10 ms with a byte per id, as before). Before that, `facet_counts` filled a temporary
  table and joined it per facet: 80-300 ms at 100k, and quadratic once a facet was selected.
- **Word sets kept between keystrokes, looked up two at a time.** A query is an AND of terms,
  a term the union of "atoms" (its exact form in the text columns, each stem in the stem
  columns; one atom over all columns when the stem is the word itself). Each atom's set is
  kept with the catalogue snapshot (`desktop/storage/word_sets.py`, 96 of them), so a
  keystroke asks SQLite only for what earlier keystrokes did not: the words already typed are
  known, and often the stem of the word being typed. The atoms still missing are looked up
  on two connections at once (SQLite releases the GIL while it reads), each reading its own
  snapshot after checking the catalogue has not changed. The keystroke figures type the last
  character after the query without it was searched, as typing does; the storage figures
  ask for every atom again, as a pasted query does.
- **Sort orders precomputed.** Every id in newest, oldest and title order is kept once; a
  result is ordered by one pass (`itemgetter` over the order, `compress` by the flags), the
  two groups of the title-first ranking in the same pass.
- **bm25 only where it decides.** Relevance is bm25 (title above summary, exact forms above
  stems) computed only for the matched ids when at most 3,000 match (`+rowid IN json_each`:
  without the `+`, SQLite ran one FTS lookup per id, 2.6 s for 1,452 ids). Above 3,000 matches
  (a word or prefix found in most of the catalogue), resources with every word in the title
  come first, then the rest, each newest first: bm25 over 70k matches alone cost 150-230 ms
  of CPU, which is what the floor column measures.
- **The list is a table of rows of one height.** A `QListView` lays out every item when its
  model is reset: 150-400 ms at 100k rows in one pass, and in batches (as before) the list
  stayed blank for 0.6-2 s, because it draws nothing until every batch is laid out; the
  earlier keystroke and scrolling figures were taken on that blank list. A one-column
  `QTableView` with fixed row heights knows where row n is without laying anything out: a
  reset is painted in ~2 ms. The bench now fails if it times a list that shows no rows.
- **Painting never waits for the catalogue.** The list model holds the ordered ids; rows are
  read by id in pages of 50 (~4 ms at 100k; 200 cost ~15 ms, a stall while dragging). A row
  whose page is not loaded is painted empty while a worker reads the page, then painted again
  (the scrolling figures count that repaint as a sample too). The user's marks (bookmark,
  notes, reading state) are all read in one go at the first paint after a change: reading
  them a page at a time put 3-6 queries of the user's file into every scroll step over 14 ms
  (the longest steps were 14-28 ms before, 10-11 ms after).
- **Related resources** (same countries and themes, most shared first, then newest) come from
  the same sets: 2^k combinations of the resource's k values. The SQL self-join of
  `resource_values` took 500 ms at 100k.
- **The detail pane** is filled with its layouts switched off and laid out once before it is
  painted (it was laid out about a dozen times per resource); wrapped labels remember their
  height per width. The bench flushes pending layouts before every paint it times.
- **Start-up.** The first search starts on its worker before the window is built; the theme
  page is built and filled after the first results when the window opens on another page.
  Icons are drawn from qtawesome's Font Awesome font by our own icon engine without importing
  qtawesome (its qtpy star imports cost ~0.15 s); the tables are SQLAlchemy Core tables, so
  `sqlalchemy.orm` is not imported (~0.14 s); the dialogs, the bundle code, pydantic, bagit
  and cryptography load when first used (`tests/test_startup_imports.py` checks all of this in
  a fresh interpreter). Garbage collection is off until the first results are shown, then
  start-up's ~70k objects are frozen out of later collections (a full collection walked them
  in ~50 ms). The id sets of a catalogue of 20k resources or more are saved in `cache/`
  beside it (3 MB at 100k, uncompressed, with a checksum) and read back in ~20 ms instead of
  ~1 s of `GROUP BY`. The cold-start figures run with the package's bytecode written, as an
  installed app has it (this machine sets PYTHONDONTWRITEBYTECODE; compiling ~90 modules at
  every start costs 120-220 ms).
- **Import.** Folding and stemming work per whitespace piece, remembered (also by the piece's
  light form, so vocalised spellings of a word are stemmed once): 2.7 s → 0.45 s for 10k
  resources. Rows are written in batches through the driver; the index rows are built and
  inserted 500 resources at a time in rowid order. A bundle re-indexes only what it changes
  (relabelled facet values included), and the whole index only when that is over a third of
  the catalogue.
- **PRAGMAs.** WAL, `synchronous = NORMAL`, 16 MB page cache per connection, and no memory
  map: a 256 MB map made no query faster here but added the pages it touched (~110 MB) to the
  resident size.

## Margins, and what moves the figures

- **Machines of one kind differ.** This run's machine is named above. The same benchmark on
  an Intel Xeon machine of the same kind (2 cores, 2026-11-29, the code of that day) gave
  keystroke p95 of 56-76 ms and opening a resource 26-41 ms p95: about twice the times here.
  What a keystroke costs is mostly CPU (the CPU columns), so on a slower machine of the kind
  the keystroke and opening figures are the first to come near their targets.
- **Where a keystroke's time goes** (a broad Arabic word, ~20 ms median here): FTS5 listing
  the new atoms of the word being typed (its exact form in all text and in the titles, on two
  connections at once), since FTS5's cost is ~0.25 µs per matching row and 50-70k rows match;
  parsing their ids and making bitmaps (~1.7 ms per 50k ids, under the GIL); the first page
  and its 50 rows ~1.5 ms; the list's model reset and repaint ~3-4 ms. The counts follow
  15-30 ms later (the last column), after the rest of the list is ordered (~4 ms).
- **A pasted query** (the table below the UI) asks FTS5 for every atom: a two-word vocalised
  query asks for eight (two forms of each word, in all text and in the titles), 40-57 ms p95
  over five runs here; the broad Arabic word's four atoms, 35-46 ms. Neither is a keystroke:
  typed, the words before the last are known.
- **Run to run.** Over five full runs on 2026-12-04 the worst keystroke p95 was 64.9, 44.9,
  25.2, 46.0 and 32.1 ms, each time one search's slowest sample or two (its median stayed
  13-33 ms); every other target held in all five. The last run is the first in which every
  part starts with the disk synced (`bench/__main__.py`): before, the kernel could still be
  writing back the import part's ~1 GB while the window was timed, which fits the first
  searches' stray slow samples; in that run every keystroke p95 is within 10 ms of its median.
- **A search typed past is interrupted** (SQLite's interrupt on each connection it reads on),
  so a long stale search does not hold a core while the newer one runs.
- **Measuring under load.** On a shared machine (other sessions running test suites at times:
  see the load average above) wall times include waiting for a core. The CPU columns are the
  process's own CPU time over the same interval (all its threads): what the code costs.
"""


def notes() -> list[str]:
    return NOTES.strip().splitlines()
