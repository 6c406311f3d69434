"""bench/soak.py --smoke (~20 s) against the session broker, so the soak script cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.integration


def test_soak_smoke(broker):
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--smoke", "--json", "--broker-url", broker.url],
        cwd=ROOT, capture_output=True, text=True, timeout=150,
    )
    assert result.stdout.strip(), result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nsoak smoke: {report['sent']} sent at {report['rate']}/s, lost {report['lost']}, RSS "
          f"{report['rss_start_mib']} -> {report['rss_end_mib']} MiB ({report['rss_growth_pct']:+.1f} %), "
          f"max lag {report['max_lag']}")
    assert result.returncode == 0, (report, result.stderr[-3000:])
    assert report["ok"] and report["lost"] == 0 and report["worker_alive"]
    assert report["arrived"] == report["acked"] == report["sent"]  # counted on the output topics by article id
    assert report["sent"] >= 300  # ~20 s at 20/s
    assert report["rss_start_mib"] > 0 and report["final_lag"] == 0
