"""The benchmark runs end to end on a tiny catalogue, so it cannot rot. No time is asserted."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_tiny_benchmark_runs_and_writes_its_report(tmp_path: Path) -> None:
    report, raw = tmp_path / "performance.md", tmp_path / "figures.json"
    command = [sys.executable, "-m", "bench", "--n", "2000", "--quick"]
    command += ["--work", str(tmp_path / "work"), "--output", str(report), "--json", str(raw)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(raw.read_text("utf-8"))
    assert figures["storage"]["search"]["unfiltered"]["hits"] == 2000
    assert figures["import"]["full"]["counts"]["added"] == 500
    assert figures["gui"]["window"]["scroll"]["page_down"]["runs"] > 0
    text = report.read_text("utf-8")
    assert "python -m bench --n 2000 --quick" in text
    assert "| common Arabic word «النقدية»" in text
    summary = text.split("## The targets in this run", 1)[1].split("\n## ", 1)[0]
    assert summary.count("| ✅ |") + summary.count("| ❌ |") == 8  # every target judged
