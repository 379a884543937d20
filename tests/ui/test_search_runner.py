"""Searches asked for faster than they are answered (a user typing): each one overtaken is
stopped and dropped, the last one's answer is shown, nothing fails and the runner ends idle."""

from __future__ import annotations

import contextlib
import logging
import random
import time

import pytest

from desktop.domain.filters import ResourceFilter, Sort
from desktop.storage.store import Store
from desktop.ui.services import CatalogueService
from desktop.ui.workers import SearchRunner
from tests.fixtures.word_queries import word_queries_hooked

TYPED = ("cash transfer", "social protection covid", "حماية اجتماعية", "space guidance")


def _keystrokes() -> list[ResourceFilter]:
    """Every prefix of each phrase, as typed, under two sorts (the title's words too)."""
    return [
        ResourceFilter(query=phrase[:end], sort=sort)
        for phrase in TYPED
        for sort in (Sort.RELEVANCE, Sort.NEWEST)
        for end in range(1, len(phrase) + 1)
    ]


def _slow_words() -> int:
    time.sleep(0.003)  # each word query now takes ~50 ms: interrupts land inside them
    return 0


@pytest.mark.parametrize("words", ["as fast as they are", "slow"])
def test_the_last_of_many_quick_searches_is_the_one_shown(
    qtbot, store: Store, caplog: pytest.LogCaptureFixture, words: str
) -> None:  # type: ignore[no-untyped-def]
    service = CatalogueService(store)
    runner = SearchRunner(service)
    shown: list[tuple[ResourceFilter, tuple[int, ...]]] = []
    failed: list[Exception] = []
    runner.finished.connect(lambda f, outcome: shown.append((f, outcome.ids)))
    runner.failed.connect(failed.append)
    keystrokes, pauses = _keystrokes(), random.Random(4)
    slow = words == "slow"
    hooked = word_queries_hooked(store, _slow_words) if slow else contextlib.nullcontext()
    with caplog.at_level(logging.INFO), hooked:
        for f in keystrokes:
            runner.submit(f, "en")
            qtbot.wait(pauses.choice((0, 0, 1, 3, 8)))
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        assert runner.wait(10_000)
    assert failed == []
    assert shown and shown[-1][0] == keystrokes[-1]
    for f, ids in shown:  # whatever was shown on the way is that search's whole answer
        assert ids == service.search(f, "en").ids
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert errors == []


def test_a_search_stopped_when_the_window_closes_ends_at_once_and_shows_nothing(
    qtbot, store: Store
) -> None:  # type: ignore[no-untyped-def]
    runner = SearchRunner(CatalogueService(store))
    answers: list[object] = []
    runner.finished.connect(lambda *answer: answers.append(answer))
    runner.failed.connect(answers.append)
    with word_queries_hooked(store, _slow_words):
        runner.submit(ResourceFilter(query="social protection covid response"), "en")
        qtbot.wait(30)  # inside its word queries
        with qtbot.waitSignal(runner.busy_changed, timeout=1000) as idle:
            runner.stop()
        assert idle.args == [False]
        assert not runner.busy
        started = time.monotonic()
        assert runner.wait(5000)
        assert time.monotonic() - started < 1.0
    qtbot.wait(50)  # anything it had still sent would arrive now
    assert answers == []
