"""Stopping as an operator does it: SIGTERM to a worker whose publish is stuck, and SIGTERM /
SIGINT / SIGHUP to `geoevents run` while its worker does not answer. Nothing may be left running,
and nothing unpublished may be committed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import orjson
import pytest

from streams.broker import EmbeddedBroker
from streams.clients import read
from streams.processes import stop_process

from .conftest import spawn_worker, wait_until
from .conftest import make_settings
from .test_cli import EVENT_LINE, alive, clean_env
from .test_pipeline import scrape

pytestmark = pytest.mark.integration

GRACE = 3.0
SLOW = {"command": ("-m", "tests.integration.fault_worker"), "env_extra": {"TEST_EXTRACT_DELAY": "0.02"}}


def test_sigterm_stops_a_worker_stuck_publishing_within_the_grace_and_commits_nothing_unpublished(tmp_path):
    n = 300
    with EmbeddedBroker(log_file=tmp_path / "broker.log") as own:
        settings = make_settings(own, partitions=2, shutdown_grace=GRACE)
        values = [orjson.dumps({"id": f"stop-{i}", "text": f"Russia warned Poland of consequences. Item {i}."})
                  for i in range(n)]
        scrape(settings, values)
        worker = spawn_worker(settings, tmp_path / "worker-1.log", **SLOW)
        try:
            wait_until(lambda: worker.metric_sum("geoevents_articles_consumed_total") >= 20, 60,
                       message="20 articles processed")
            os.kill(own.pid, signal.SIGSTOP)  # the broker stops answering: the next publish waits for ever
            try:
                time.sleep(1.0)
                started = time.monotonic()
                worker.process.send_signal(signal.SIGTERM)
                try:
                    worker.process.wait(GRACE + 10)
                except subprocess.TimeoutExpired:
                    pytest.fail(f"worker still running {GRACE + 10:.0f}s after SIGTERM:\n{worker.log_text()[-2000:]}")
                elapsed = time.monotonic() - started
            finally:
                os.kill(own.pid, signal.SIGCONT)
            assert elapsed < GRACE + 3, elapsed
            assert worker.process.returncode != 0  # a stop that had to be cut short says so
            assert "did not stop within" in worker.log_text()
        finally:
            stop_process(worker.process)

        # whatever the first worker did not publish was not committed: a new worker brings everything
        second = spawn_worker(settings, tmp_path / "worker-2.log")
        try:
            seen: set[str] = set()
            for rec in read(settings, ["statements"], from_beginning=True, timeout=90):
                seen.add(rec.json()["article_id"])
                if len(seen) == n:
                    break
            assert len(seen) == n, f"{n - len(seen)} articles lost"
        finally:
            stop_process(second.process)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["TERM", "INT", "HUP"])
def test_run_stops_its_broker_and_a_worker_that_does_not_answer(tmp_path, signum):
    env = clean_env(GEOEVENTS_METRICS_PORT="0", GEOEVENTS_SHUTDOWN_GRACE="2")
    err = tmp_path / "stderr"
    with open(err, "w") as err_fh:
        proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "run", "--duration", "120"],
                                cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=err_fh, text=True)
        try:
            deadline = time.monotonic() + 60
            for line in proc.stdout:
                if EVENT_LINE.match(line):
                    break
                assert time.monotonic() < deadline
            pids = {name: int(pid) for name, pid in re.findall(r"(broker|worker) \(?\w*,? ?pid (\d+)", err.read_text())}
            assert set(pids) == {"broker", "worker"}, err.read_text()
            os.kill(pids["worker"], signal.SIGSTOP)  # a worker that ignores SIGTERM (stuck)
            started = time.monotonic()
            proc.send_signal(signum)
            proc.wait(30)
            elapsed = time.monotonic() - started
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    time.sleep(0.2)
    assert not any(alive(p) for p in pids.values()), err.read_text()
    assert elapsed < 2 + 5 + 5, elapsed  # grace + margin, then SIGKILL
