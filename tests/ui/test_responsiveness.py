"""A query never blocks the GUI thread for long: a sanity bound on the seed, not a benchmark.

What runs on the GUI thread for one query is timed, step by step: sending it to the worker,
showing the list (model, chips), then the facet counts; the longest step is the block. The
search itself runs on the worker thread. The bound is the median of a few runs, so one hiccup
of a busy test machine does not fail it; real figures belong to the benchmarks (bench/)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet

BOUND_MS = 50


def timed(calls: list[float], slot: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any) -> Any:
        start = time.perf_counter()
        try:
            return slot(*args)
        finally:
            calls.append((time.perf_counter() - start) * 1000)

    return wrapper


def test_a_query_blocks_the_gui_thread_less_than_50_ms(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    browse = window.browse
    runner = browse.runner
    listed: list[float] = []
    counted: list[float] = []
    runner.listed.disconnect(browse._on_runner_listed)
    runner.listed.connect(timed(listed, browse._on_runner_listed))
    runner.finished.disconnect(browse._on_runner_finished)
    runner.finished.connect(timed(counted, browse._on_runner_finished))
    filters = [
        ResourceFilter(query="حماية"),
        ResourceFilter(query="Ethiopia"),
        ResourceFilter().with_selection(Facet.COUNTRY, frozenset({"bangladesh"})),
        ResourceFilter(query="cash"),
        ResourceFilter(),
    ]
    worst: list[float] = []
    for f in filters:
        listed.clear()
        counted.clear()
        sent: list[float] = []
        for _ in range(3):
            with qtbot.waitSignal(runner.finished, timeout=5000):
                timed(sent, runner.submit)(f, "en")
        per_query = zip(sent, listed, counted, strict=True)
        worst.append(statistics.median(max(step) for step in per_query))
    assert max(worst) < BOUND_MS, worst
