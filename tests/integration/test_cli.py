"""`geoevents run`, `produce`, `tail` and the worker's broker deadline, as real processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import orjson
import pytest

from streams.broker import free_port

from .conftest import ROOT, make_settings

pytestmark = pytest.mark.integration

EVENT_LINE = re.compile(r"^(WARNING|DEPLOYMENT|ALLIANCE)\s+\S+\s+\S+->\S+\s+trigger=")


def clean_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
    env.update(extra)
    return env


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie of someone else's is not alive either
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def test_run_shows_events_and_exits_after_n(tmp_path):
    env = clean_env(GEOEVENTS_METRICS_PORT="0")
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "run", "--exit-after-events", "3", "--duration", "60"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if EVENT_LINE.match(line)]
    assert len(lines) >= 3, result.stdout
    assert time.monotonic() - start < 30
    pids = [int(p) for p in re.findall(r"pid (\d+)", result.stderr)]
    assert len(pids) == 2 and not any(alive(p) for p in pids), result.stderr


def test_run_stops_broker_and_worker_on_ctrl_c(tmp_path):
    env = clean_env(GEOEVENTS_METRICS_PORT="0")
    err = tmp_path / "stderr"
    with open(err, "w") as err_fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "run", "--duration", "60"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=err_fh, text=True,
        )
        try:
            deadline = time.monotonic() + 30
            for line in proc.stdout:
                if EVENT_LINE.match(line):
                    break
                assert time.monotonic() < deadline
            proc.send_signal(signal.SIGINT)
            assert proc.wait(20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    pids = [int(p) for p in re.findall(r"pid (\d+)", err.read_text())]
    assert len(pids) == 2
    time.sleep(0.2)
    assert not any(alive(p) for p in pids), err.read_text()


def test_worker_exits_non_zero_when_broker_is_unreachable():
    env = clean_env(
        GEOEVENTS_BROKER_URL=f"kafka://127.0.0.1:{free_port()}",
        GEOEVENTS_BROKER_CONNECT_TIMEOUT="2",
        GEOEVENTS_METRICS_PORT="0",
    )
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "streams.cli", "worker"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unreachable" in result.stderr
    assert time.monotonic() - start < 30


def test_produce_and_tail_commands(broker, start_worker, tmp_path):
    settings = make_settings(broker)
    start_worker(settings)
    env = clean_env(**settings.to_env())
    file = tmp_path / "articles.jsonl"
    file.write_bytes(
        orjson.dumps({"id": "cli-1", "text": "China summoned the Australian ambassador to protest against a naval patrol."})
        + b"\n\nnot json\n"
    )
    produced = subprocess.run([sys.executable, "-m", "streams.cli", "produce", str(file)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    assert produced.returncode == 0, produced.stderr
    assert "published 2 records" in produced.stderr

    tail = subprocess.run(
        [sys.executable, "-m", "streams.cli", "tail", "--type", "warning", "--type", "dead-letter",
         "--from-beginning", "--max", "2", "--timeout", "30", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert tail.returncode == 0, tail.stderr
    records = [orjson.loads(line) for line in tail.stdout.splitlines()]
    assert sorted(r["kind"] for r in records) == ["dead-letter", "warning"]
    warning = next(r for r in records if r["kind"] == "warning")
    assert warning["headers"]["ce_type"] == "org.geoevents.warning.v1"
    assert orjson.loads(warning["value"])["id"] == warning["headers"]["ce_id"]
