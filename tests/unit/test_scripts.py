"""The test entry points: skip reasons printed, and CI failing when the shared data is missing."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "check_shared.sh"


def run_check(shared: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CHECK), str(shared)], capture_output=True, text=True, timeout=30)


def test_check_shared_fails_when_a_folder_is_missing_and_passes_when_all_are_there(tmp_path):
    (tmp_path / "gold").mkdir()
    missing = run_check(tmp_path)
    assert missing.returncode == 1
    assert f"{tmp_path}/realnews" in missing.stderr and f"{tmp_path}/seeds" in missing.stderr
    for name in ("realnews", "seeds"):
        (tmp_path / name).mkdir()
    assert run_check(tmp_path).returncode == 0


def test_ci_requires_the_shared_data_and_the_suite_lists_skip_reasons():
    ci = (ROOT / ".ci" / "run").read_text()
    test_sh = (ROOT / "scripts" / "test.sh").read_text()
    assert "GEOEVENTS_REQUIRE_SHARED=1" in ci and "scripts/test.sh" in ci
    assert "scripts/check_shared.sh" in test_sh and "GEOEVENTS_REQUIRE_SHARED" in test_sh
    pytest_line = next(line for line in test_sh.splitlines() if "-m pytest" in line)
    assert " -rs " in pytest_line
