"""Import figures: a 10k full bundle into an empty catalogue, a 1k delta into the n catalogue.

Run as a child process (`python -m bench.import_bench WORK N FULL DELTA`): it prints one JSON
object with the wall and CPU time of each import and of each stage, and its own peak memory.
Bundles are built with the project's own builder (`desktop.storage.bundle_build`), unsigned,
and imported with `allow_untrusted` (signature checking is measured in tech-notes: 0.2 ms).
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from bench import generator
from bench.timing import peak_rss_mb
from desktop.paths import DataPaths
from desktop.storage.bundle_build import build_bundle
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.migrations import CATALOGUE_MIGRATIONS, migrate
from desktop.storage.store import open_store


def _empty_catalogue(path: Path) -> Path:
    path.unlink(missing_ok=True)
    migrate(path, CATALOGUE_MIGRATIONS, backup_dir=None)
    return path


def _timed_import(data_dir: Path, shipped: Path, bundle: Path) -> dict[str, Any]:
    shutil.rmtree(data_dir, ignore_errors=True)
    store = open_store(DataPaths(data_dir), shipped)
    stages: dict[str, float] = {}
    stages_cpu: dict[str, float] = {}  # the process's CPU time: steadier on a shared machine
    start, cpu = time.perf_counter(), time.process_time()

    def progress(stage: object, fraction: float) -> None:
        name = f"{getattr(stage, 'value', stage)}@{fraction:.1f}"
        stages[name] = round((time.perf_counter() - start) * 1000)
        stages_cpu[name] = round((time.process_time() - cpu) * 1000)

    try:
        result = import_bundle(store, bundle, Options(allow_untrusted=True, progress=progress))
    finally:
        store.close()
    total = (time.perf_counter() - start) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    return {
        "ms": round(total),
        "cpu_ms": round(cpu_ms),
        "counts": result.counts,
        "stages": stages,
        "stages_cpu": stages_cpu,
    }


def run(work: Path, n: int, full: int, delta: int) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    full_source = generator.write_source(work / f"full{full}", full, files=False)
    full_bundle = build_bundle(full_source, work / f"full{full}.zip").path
    results["full"] = {
        "label": f"{full:,}-resource full bundle into an empty catalogue",
        "bundle_mb": round(full_bundle.stat().st_size / 2**20, 1),
        **_timed_import(work / "data-full", _empty_catalogue(work / "empty.db"), full_bundle),
    }
    changed = delta // 2
    delta_source = generator.write_delta_source(work / f"delta{delta}", n, changed, delta - changed)
    delta_bundle = build_bundle(delta_source, work / f"delta{delta}.zip", base_version=1).path
    results["delta"] = {
        "label": f"{delta:,}-resource delta ({changed:,} changed, {delta - changed:,} new) "
        f"into the {n:,} catalogue",
        "bundle_mb": round(delta_bundle.stat().st_size / 2**20, 1),
        **_timed_import(work / "data-delta", generator.catalogue(n), delta_bundle),
    }
    results["peak_rss_mb"] = peak_rss_mb()
    return results


def main(argv: list[str]) -> int:
    work, n, full, delta = Path(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    print(json.dumps(run(work, n, full, delta), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
