"""The benchmarks still run: each bench script with a tiny N prints its figures (~30 s in all).

The real runs and their figures are in BENCHMARKS.md; these only keep the scripts from rotting.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not (ROOT.parent / "shared" / "realnews").is_dir(), reason="../shared/realnews not present"),
]


def run_bench(script: str, *args: str, timeout: float = 120) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--smoke", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )
    assert result.returncode == 0, f"{script} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def test_pipeline_bench_prints_its_table(tmp_path):
    out = run_bench("pipeline.py", "--json", str(tmp_path / "p.json"))
    assert re.search(r"^english-news\s+\d+\s+\d+\s+\d+", out, re.M), out
    assert "RSS:" in out and "languages loaded" in out
    assert (tmp_path / "p.json").exists()


def test_e2e_bench_prints_throughput_ratio_and_latencies(tmp_path):
    out = run_bench("e2e.py", "--json", str(tmp_path / "e.json"))
    assert re.search(r"^HEADLINE full/pass-through throughput = \d+\.\d\d", out, re.M), out
    assert re.search(r"^full @ 50/s .*p99 \d+(\.\d)? ms", out, re.M), out


def test_scaling_bench_prints_worker_ratio(tmp_path):
    out = run_bench("scaling.py", "--json", str(tmp_path / "s.json"))
    assert re.search(r"^HEADLINE 2 workers / 1 worker throughput = \d+\.\d\d", out, re.M), out


def test_situations_bench_prints_on_off_ratio_and_latency(tmp_path):
    out = run_bench("situations.py", "--json", str(tmp_path / "sit.json"), timeout=240)
    assert re.search(r"^HEADLINE on/off throughput = \d+\.\d\d", out, re.M), out
    assert re.search(r"^article -> situation @ 50/s .* p99 \d+(\.\d)? ms", out, re.M), out


def test_coref_eval_prints_precision_and_recall(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "coref_eval.py"), "--json", str(tmp_path / "c.json")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.search(r"precision \d\.\d{3}, recall \d\.\d{3}", result.stdout), result.stdout
