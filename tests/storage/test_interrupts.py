"""A search the user has typed past is stopped, not read to its end, and stops cleanly."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.errors import SearchInterruptedError
from desktop.domain.filters import ResourceFilter, Sort
from desktop.storage import id_sets
from desktop.storage.interrupts import Interrupter
from desktop.storage.search import search_ids
from desktop.storage.store import Store
from tests.fixtures.word_queries import on_helper, word_queries_hooked

# A statement that would run for minutes: counting to 10^10 in a recursive CTE.
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
    "SELECT count(*) FROM n"
)
SLOW = ENDLESS.replace("10000000000", "3000000")  # about half a second


def test_a_running_query_stops_when_its_search_is_interrupted(store: Store) -> None:
    """It ends at once, and the catalogue reads normally afterwards."""
    interrupter = Interrupter()
    started, outcome = threading.Event(), []

    def search() -> None:
        try:
            with store.read(interrupter) as conn:
                started.set()
                conn.exec_driver_sql(ENDLESS).scalar()
            outcome.append("finished")
        except SearchInterruptedError:
            outcome.append("interrupted")

    worker = threading.Thread(target=search)
    worker.start()
    assert started.wait(5)
    time.sleep(0.05)  # inside the statement
    interrupter.interrupt()
    worker.join(10)
    assert not worker.is_alive()
    assert outcome == ["interrupted"]
    with store.read(Interrupter()) as conn:
        assert len(search_ids(conn, ResourceFilter(query="cash"))) > 0
        assert conn.exec_driver_sql("SELECT count(*) FROM resources").scalar() == 13


def test_a_search_interrupted_before_it_reads_does_not_start(store: Store) -> None:
    interrupter = Interrupter()
    interrupter.interrupt()
    with pytest.raises(SearchInterruptedError), store.read(interrupter) as conn:
        search_ids(conn, ResourceFilter(query="حماية"))


def test_an_error_that_is_not_an_interruption_is_reported_as_it_is(store: Store) -> None:
    with (
        pytest.raises(Exception, match="no such table") as raised,
        store.read(Interrupter()) as conn,
    ):
        conn.exec_driver_sql("SELECT * FROM no_such_table").all()
    assert not isinstance(raised.value, SearchInterruptedError)


def test_an_interruption_between_two_statements_stops_the_next(store: Store) -> None:
    """SQLite forgets an interrupt that comes while no statement runs: the search must not
    go on reading because the user typed while it was between two queries."""
    interrupter = Interrupter()
    with pytest.raises(SearchInterruptedError), store.read(interrupter) as conn:
        conn.exec_driver_sql("SELECT count(*) FROM resources").scalar()
        interrupter.interrupt()
        conn.exec_driver_sql(SLOW).scalar()


def test_a_late_interruption_does_not_reach_the_next_read_on_that_connection(
    store: Store,
) -> None:
    """Interrupted after its last query (or after it ended), a search leaves its pooled
    connection clean: the next read on it gets its answer."""
    interrupter = Interrupter()
    with store.read(interrupter) as conn:
        used = conn.connection.driver_connection
        assert conn.exec_driver_sql("SELECT count(*) FROM resources").scalar() == 13
        interrupter.interrupt()  # nothing runs: only the next statement of this read may stop
    interrupter.interrupt()
    with store.read(Interrupter()) as conn:
        assert conn.connection.driver_connection is used
        assert search_ids(conn, ResourceFilter(query="cash")) == (3, 6, 4, 8)
        assert conn.exec_driver_sql("SELECT count(*) FROM resources").scalar() == 13


def test_a_word_the_second_connection_gives_back_is_looked_up_by_the_first(
    store: Store,
) -> None:
    """The second connection failed on its word after the first had done the rest: the
    search still finds what it finds without that failure, and reports no error."""
    held, failed = threading.Event(), threading.Event()

    def fail_the_helpers_first_word() -> int:
        if on_helper():
            if failed.is_set():
                return 0
            failed.set()
            time.sleep(0.5)  # the first connection ends its share meanwhile
            return 1
        if not held.is_set():
            held.set()
            time.sleep(0.3)  # the second connection takes a word meanwhile
        return 0

    with store.read() as conn:
        expected = search_ids(conn, ResourceFilter(query="cash transfer"))
    with word_queries_hooked(store, fail_the_helpers_first_word), store.read() as conn:
        assert search_ids(conn, ResourceFilter(query="cash transfer")) == expected
    assert failed.is_set(), "the second connection never took a word: nothing was tested"


def test_a_search_interrupted_while_its_second_connection_reads_ends_as_interrupted(
    store: Store,
) -> None:
    """The first connection has done its share and waits for the second, whose word query is
    stopped: the search ends as interrupted (dropped), not with an error."""
    held, helper_reading = threading.Event(), threading.Event()

    def hold_both() -> int:
        if on_helper():
            if not helper_reading.is_set():
                helper_reading.set()
                time.sleep(0.6)  # interrupted meanwhile
        elif not held.is_set():
            held.set()
            time.sleep(0.3)  # the second connection takes a word meanwhile
        return 0

    interrupter, outcome = Interrupter(), []

    def search() -> None:
        try:
            with store.read(interrupter) as conn:
                search_ids(conn, ResourceFilter(query="cash transfer"))
            outcome.append("finished")
        except SearchInterruptedError:
            outcome.append("interrupted")
        except Exception as error:
            outcome.append(repr(error))

    with word_queries_hooked(store, hold_both):
        worker = threading.Thread(target=search)
        worker.start()
        assert helper_reading.wait(5), "the second connection never took a word"
        time.sleep(0.4)  # the first connection has done its share and waits
        interrupter.interrupt()
        worker.join(10)
    assert not worker.is_alive()
    assert outcome == ["interrupted"]


def test_a_search_interrupted_while_sqlite_opens_the_word_index_ends_as_interrupted(
    store: Store,
) -> None:
    """A new connection's first word query opens the index (FTS5 reads its settings); stopped
    there, SQLite says "vtable constructor failed": an interruption too, not an error. The
    connection reads the index afterwards."""
    opening = threading.Event()

    def hold_the_opening() -> int:
        if not opening.is_set():
            opening.set()
            time.sleep(0.5)  # interrupted meanwhile
        return 0

    interrupter, outcome = Interrupter(), []
    cash = ResourceFilter(query="cash", sort=Sort.NEWEST)  # one word: no second connection

    def search() -> None:
        try:
            with store.read(interrupter) as conn:
                search_ids(conn, cash)
            outcome.append("finished")
        except SearchInterruptedError:
            outcome.append("interrupted")
        except Exception as error:
            outcome.append(repr(error))

    with word_queries_hooked(store, hold_the_opening, sql_containing="resource_fts_config"):
        worker = threading.Thread(target=search)
        worker.start()
        assert opening.wait(5), "the word index was not opened: nothing was tested"
        time.sleep(0.1)
        interrupter.interrupt()
        worker.join(10)
        assert not worker.is_alive()
        assert outcome == ["interrupted"]
        with store.read() as conn:
            assert search_ids(conn, cash) == (3, 4, 6, 8)


def test_a_search_typed_past_while_the_catalogue_loads_finishes_the_load_for_the_next(
    store: Store,
) -> None:
    """Loading the id sets (~1 s at 100k after an import) is work the next search needs too:
    a user typing on would otherwise abandon it at every keystroke."""
    id_sets.forget()
    interrupter = Interrupter()

    def type_on_during_the_load(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "ORDER BY title_key" in statement:  # the load's first query
            interrupter.interrupt()

    event.listen(store.engine, "before_cursor_execute", type_on_during_the_load)
    try:
        with pytest.raises(SearchInterruptedError), store.read(interrupter) as conn:
            search_ids(conn, ResourceFilter(query="cash"))
    finally:
        event.remove(store.engine, "before_cursor_execute", type_on_during_the_load)
    statements: list[str] = []
    with store.read() as conn:
        event.listen(conn, "before_cursor_execute", lambda *args: statements.append(args[2]))
        assert id_sets.snapshot(conn).every.bit_count() == 13
    assert not any("ORDER BY title_key" in s for s in statements)  # loaded by the search before
