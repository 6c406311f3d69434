"""Worker start with no broker: it retries with a clear log line, starts processing once the broker
appears, and gives up with a clear error and exit code 2 after ``GEOEVENTS_BROKER_CONNECT_TIMEOUT``."""

from __future__ import annotations

import time
import uuid

import orjson
import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings

from .conftest import collect, spawn_worker as spawn, stop_worker as stop, wait_until
from .test_pipeline import scrape

pytestmark = pytest.mark.integration

RETRY_LINE = "unreachable (attempt"


def late_settings(port: int, **overrides) -> Settings:
    base = {**Settings.namespace(f"late-{uuid.uuid4().hex[:8]}"), "lag_interval": 0.5, **overrides}
    return Settings(_env_file=None, **base).for_embedded_broker(f"kafka://127.0.0.1:{port}")


def test_worker_waits_for_a_late_broker_then_processes(tmp_path):
    port = free_port()
    settings = late_settings(port, broker_connect_timeout=60.0)
    worker = spawn(settings, tmp_path / "worker.log")
    broker = None
    try:
        wait_until(lambda: worker.log_text().count(RETRY_LINE) >= 1 or worker.process.poll() is not None, 30,
                   message="retry log lines")
        assert worker.process.poll() is None, worker.log_text()[-2000:]
        line = next(line for line in worker.log_text().splitlines() if RETRY_LINE in line)
        assert "WARNING" in line and f"127.0.0.1:{port}" in line and "retrying" in line, line

        broker = EmbeddedBroker(port=port, log_file=tmp_path / "tansu.log").start()
        appeared = time.monotonic()
        wait_until(lambda: worker.metric_sum("geoevents_build_info") == 1 or worker.process.poll() is not None, 60,
                   message="worker to start once the broker is up")
        assert worker.process.poll() is None, worker.log_text()[-3000:]
        scrape(settings, [orjson.dumps({"id": "late-1", "text": "Russia warned Poland of consequences. Story 1."})])
        collect(settings, ["statements"], lambda recs: any(r.json()["article_id"] == "late-1" for r in recs), timeout=60)
        print(f"\nbroker late: worker retried {worker.log_text().count(RETRY_LINE)} times, processed an article "
              f"{time.monotonic() - appeared:.1f}s after the broker appeared")
    finally:
        stop(worker)
        if broker is not None:
            broker.stop()


def test_worker_gives_up_after_the_configured_deadline(tmp_path):
    settings = late_settings(free_port(), broker_connect_timeout=3.0)
    worker = spawn(settings, tmp_path / "worker.log")
    start = time.monotonic()
    try:
        rc = worker.process.wait(60)
    finally:
        stop(worker)
    took = time.monotonic() - start
    log = worker.log_text()
    assert rc == 2, log[-2000:]
    assert 3.0 <= took < 20, took
    assert log.count(RETRY_LINE) >= 1, log[-2000:]
    assert took < 3.0 + 5, took  # the deadline is honoured (not overshot by a whole metadata timeout)
    assert log.count("Connection refused") <= 2, log[-2000:]  # librdkafka's repeats are not flooding the log
    assert "giving up" in log and "GEOEVENTS_BROKER_CONNECT_TIMEOUT=3.0" in log, log[-2000:]
    assert "Traceback" not in log
