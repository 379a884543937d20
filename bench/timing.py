"""Timing helpers: repeat a call, keep the median and the 95th percentile, in milliseconds."""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measured operation: median and p95 in ms over `runs` repetitions."""

    median: float
    p95: float
    runs: int
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1): with 20 samples, p95 is the 19th smallest."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summarise(samples: list[float], detail: str = "") -> Figure:
    return Figure(
        median=round(statistics.median(samples), 2),
        p95=round(percentile(samples, 0.95), 2),
        runs=len(samples),
        detail=detail,
    )


def measure(call: Callable[[], object], runs: int, warmup: int = 1, detail: str = "") -> Figure:
    """Run `call` `warmup` times unmeasured, then `runs` times; garbage collection stays on."""
    for _ in range(warmup):
        call()
    gc.collect()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return summarise(samples, detail)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
