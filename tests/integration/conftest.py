"""Real broker (embedded Tansu on a free loopback port), real worker processes, librdkafka clients."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from streams.broker import EmbeddedBroker, free_port
from streams.clients import KINDS, Received, read
from streams.processes import stop_process
from streams.settings import Settings
from streams.topics import ensure_topics

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def broker(tmp_path_factory):
    b = EmbeddedBroker(log_file=tmp_path_factory.mktemp("broker") / "tansu.log").start()
    yield b
    b.stop()


def make_settings(broker: EmbeddedBroker, **overrides) -> Settings:
    """Fresh topics and consumer group per call, short group timings for Tansu."""
    base = {**Settings.namespace(f"it-{uuid.uuid4().hex[:8]}"), "lag_interval": 0.5, "broker_connect_timeout": 15.0}
    base.update(overrides)
    settings = Settings(_env_file=None, **base).for_embedded_broker(broker.url)
    ensure_topics(settings)
    return settings


@dataclass
class Worker:
    process: subprocess.Popen
    metrics_port: int
    log: Path

    def metrics(self) -> dict[tuple[str, tuple], float]:
        """{(sample name, sorted labels): value} scraped from /metrics."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=5) as resp:
            text = resp.read().decode()
        out = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return out

    def metric(self, name: str, **labels) -> float:
        try:
            return self.metrics().get((name, tuple(sorted(labels.items()))), 0.0)
        except OSError:
            return 0.0

    def metric_sum(self, name: str) -> float:
        try:
            return sum(v for (n, _), v in self.metrics().items() if n == name)
        except OSError:
            return 0.0

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture(scope="module")
def start_worker(tmp_path_factory):
    started: list[Worker] = []
    log_dir = tmp_path_factory.mktemp("workers")

    def start(settings: Settings, **spawn_options) -> Worker:
        worker = spawn_worker(settings, log_dir / f"worker-{len(started)}.log", **spawn_options)
        started.append(worker)
        wait_until(lambda: worker.metric("geoevents_build_info", **_build_labels(worker)) == 1 or _dead(worker), 30)
        assert worker.process.poll() is None, worker.log_text()[-3000:]
        return worker

    yield start
    for worker in started:
        stop_worker(worker)


def spawn_worker(settings: Settings, log_path: Path, command: tuple[str, ...] = ("-m", "streams.cli", "worker"),
                 env_extra: dict[str, str] | None = None) -> Worker:
    """`geoevents worker` (or ``command``, arguments to python) as a real process, configured only
    by these settings and ``env_extra`` (not the caller's env)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
    env.update(settings.to_env(), GEOEVENTS_METRICS_PORT=str(port), PYTHONUNBUFFERED="1", **(env_extra or {}))
    with open(log_path, "wb") as fh:
        process = subprocess.Popen(
            [sys.executable, *command], cwd=ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
        )
    return Worker(process, port, log_path)


def stop_worker(worker: Worker) -> None:
    stop_process(worker.process)


def _dead(worker: Worker) -> bool:
    return worker.process.poll() is not None


def _build_labels(worker: Worker) -> dict:
    try:
        for (name, labels), _ in worker.metrics().items():
            if name == "geoevents_build_info":
                return dict(labels)
    except OSError:
        pass
    return {"version": "?", "extractor_version": "?"}


def wait_until(condition, timeout: float, interval: float = 0.2, message: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message}")
        time.sleep(interval)


def collect(settings: Settings, kinds, until, timeout: float = 30.0) -> list[Received]:
    """Read ``kinds`` from the beginning until ``until(records)`` holds (or fail after ``timeout``)."""
    records: list[Received] = []
    for rec in read(settings, kinds, from_beginning=True, timeout=timeout):
        records.append(rec)
        if until(records):
            return records
    if until(records):
        return records
    raise AssertionError(f"timed out after {timeout}s; got {len(records)} records: {[r.kind for r in records][:50]}")


def drain(settings: Settings, kinds=KINDS, idle: float = 2.0, timeout: float = 30.0) -> list[Received]:
    """Everything currently on the topics (reads until ``idle`` seconds pass without a record)."""
    return list(read(settings, kinds, from_beginning=True, idle_timeout=idle, timeout=timeout))
