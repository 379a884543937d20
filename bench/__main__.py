"""`python -m bench [--n 100000] [--quick]`: measure Daleel at scale and write docs/performance.md.

Each part runs in its own child process, so each peak memory figure is that part's own:
generation (once per size, cached under bench/out/), storage, import, and the GUI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import generator, report
from bench.notes import notes

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="resources in the catalogue")
    parser.add_argument("--quick", action="store_true", help="3 runs each, small imports")
    parser.add_argument("--runs", type=int, default=None, help="repetitions (default 20)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--work", type=Path, default=generator.OUT, help="generated files")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw figures")
    parser.add_argument("--skip", action="append", default=[], choices=["storage", "import", "gui"])
    parser.add_argument(
        "--reuse", type=Path, default=None, help="figures of an earlier --json for skipped parts"
    )
    return parser.parse_args(argv)


def child(module: str, *args: object) -> dict[str, Any]:
    """Run `python -m module args…` and read the JSON object it prints last.

    The disk is synced first: the import part writes ~1 GB, and the kernel writing it back
    while the next part is timed would show in that part's figures."""
    if hasattr(os, "sync"):
        os.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, "-m", module, *(str(a) for a in args)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def child_text(module: str, *args: object) -> str:
    """Run `python -m module args…` and return the last line it prints."""
    command = [sys.executable, "-m", module, *(str(a) for a in args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done.stdout.strip().splitlines()[-1]


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def run(args: argparse.Namespace) -> dict[str, Any]:
    runs = args.runs or (3 if args.quick else 20)
    started = time.perf_counter()
    catalogue = Path(child_text("bench.generator", args.n, args.work))  # kept out of this process
    results: dict[str, Any] = json.loads(args.reuse.read_text("utf-8")) if args.reuse else {}
    measuring = not {"storage", "import", "gui"} <= set(args.skip)
    results.update(n=args.n, sections=[], notes=notes())
    if measuring or not args.reuse:
        results.update(
            runs=runs,
            measured_at=f"{datetime.now(UTC):%Y-%m-%d %H:%M}",
            load_before=os.getloadavg(),
            catalogue_build_s=round(time.perf_counter() - started, 1),
        )
    work = args.work / f"run-n{args.n}"
    if "storage" not in args.skip:
        results["storage"] = child(
            "bench.storage_bench", fresh_dir(work / "storage"), catalogue, runs
        )
    if "import" not in args.skip:
        full, delta = (500, 100) if args.quick else (10_000, 1_000)
        results["import"] = child(
            "bench.import_bench", fresh_dir(work / "import"), args.n, full, delta
        )
    if "gui" not in args.skip:
        results["gui"] = gui_figures(work, catalogue, runs, args.quick)
    if measuring or not args.reuse:
        results["load_after"] = os.getloadavg()
    return results


def gui_figures(work: Path, catalogue: Path, runs: int, quick: bool) -> dict[str, Any]:
    from bench import gui_bench

    return gui_bench.run_all(work, catalogue, runs, quick, child)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    results = run(args)
    report.add_sections(results)
    shown = ["--n", str(args.n), *(["--quick"] if args.quick else [])]
    written = report.write(results, args.output, report.command_line(shown))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
