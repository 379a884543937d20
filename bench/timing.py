"""Timing helpers: repeat a call, keep the median and the 95th percentile, in milliseconds."""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measured operation: median and p95 in ms over `runs` repetitions."""

    median: float
    p95: float
    runs: int
    detail: str = ""
    cpu_median: float | None = None  # CPU time of this process: what load elsewhere cannot add
    cpu_p95: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1): with 20 samples, p95 is the 19th smallest."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summarise(samples: list[float], detail: str = "", cpu: list[float] | None = None) -> Figure:
    return Figure(
        median=round(statistics.median(samples), 2),
        p95=round(percentile(samples, 0.95), 2),
        runs=len(samples),
        detail=detail,
        cpu_median=round(statistics.median(cpu), 2) if cpu else None,
        cpu_p95=round(percentile(cpu, 0.95), 2) if cpu else None,
    )


class Stopwatch:
    """Wall time and this process's CPU time of one interval, in ms."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> tuple[float, float]:
        return (
            (time.perf_counter() - self.wall) * 1000,
            (time.process_time() - self.cpu) * 1000,
        )


class Samples:
    """Wall and CPU samples of repeated intervals."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def add(self, watch: Stopwatch) -> float:
        wall, cpu = watch.stop()
        return self.add_interval(wall, cpu)

    def add_interval(self, wall: float, cpu: float) -> float:
        self.wall.append(wall)
        self.cpu.append(cpu)
        return wall

    def figure(self, detail: str = "", skip: int = 0) -> Figure:
        return summarise(self.wall[skip:], detail, self.cpu[skip:])


def measure(call: Callable[[], object], runs: int, warmup: int = 1, detail: str = "") -> Figure:
    """Run `call` `warmup` times unmeasured, then `runs` times; garbage collection stays on."""
    for _ in range(warmup):
        call()
    gc.collect()
    samples = Samples()
    for _ in range(runs):
        watch = Stopwatch()
        call()
        samples.add(watch)
    return samples.figure(detail)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM belongs to the process image; `ru_maxrss` would also count the parent's
    size at the fork that started it.
    """
    try:
        status = Path("/proc/self/status").read_text("ascii")
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
