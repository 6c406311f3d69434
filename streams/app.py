"""The Faust app: built from settings by :func:`create_app`.

Delivery is at-least-once: the producer is neither idempotent nor transactional (faust's
``processing_guarantee="exactly_once"`` has open duplicate/crash reports and the embedded
Tansu broker rejects idempotent producers). Every output carries a deterministic id, so a
record re-processed after a crash reproduces the same ``ce_id``s; consumers deduplicate on it.
"""

from __future__ import annotations

import gc
import os
import tempfile
from dataclasses import dataclass, field
from typing import Callable

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

import streams
from streams import faust_fixes
from streams.metrics import Metrics
from streams.records import ExtractFn, producer_max_request_size
from streams.settings import Settings, get_settings
from streams.topics import Topics, declare_topics


@dataclass
class Runtime:
    """Everything a worker needs, owned by one app."""

    app: faust.App
    settings: Settings
    topics: Topics
    metrics: Metrics
    extractor_version: str
    extract: ExtractFn
    agent: object = None
    table: object = None
    extra: dict = field(default_factory=dict)


def load_engine() -> tuple[ExtractFn, str]:
    from streams.engine import EXTRACTOR_VERSION, extract, pipeline

    if extract is pipeline.extract:  # the engine's own (a test may stand another in): load it all before the first article
        pipeline.default_engine().warm_up()
        # the loaded lexicons and models live as long as the worker: out of the collector's sight, a full
        # collection no longer walks their ~340,000 objects (a ~95 ms pause, about once per 3,600 articles, that
        # every article in the queue waits for; ~1 ms frozen)
        gc.freeze()
    return extract, EXTRACTOR_VERSION


def _no_extraction(article):
    raise RuntimeError("a worker in the situations role extracts nothing")


def faust_app(settings: Settings) -> faust.App:
    group = settings.consumer_group()
    data_dir = settings.data_dir or os.path.join(tempfile.gettempdir(), f"geoevents-{group}")
    app = faust.App(
        group,
        broker=settings.resolved_broker_url(),
        broker_credentials=settings.faust_credentials(),
        store="memory://",  # the dedup table is rebuilt from its changelog topic at start
        datadir=data_dir,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=settings.create_topics,
        topic_disable_leader=True,
        broker_session_timeout=settings.broker_session_timeout,
        broker_heartbeat_interval=settings.broker_heartbeat_interval,
        broker_rebalance_timeout=settings.broker_rebalance_timeout,
        broker_commit_interval=settings.broker_commit_interval,
        consumer_auto_offset_reset="earliest",  # streams/faust_fixes.py relies on it
        producer_acks=-1,
        processing_guarantee="at_least_once",
        producer_max_request_size=producer_max_request_size(settings.max_output_bytes),
        producer_compression_type=None if settings.producer_compression == "none" else settings.producer_compression,
        consumer_max_fetch_size=max(4_194_304, settings.max_message_bytes + 65_536),
        web_enabled=False,  # /metrics is served by prometheus_client (streams.metrics.serve)
        autodiscover=False,
    )
    app.geoevents_fetch_max_wait_ms = settings.consumer_fetch_max_wait_ms  # read by faust_fixes
    return app


faust_fixes.install()  # takeover loss and fetch wait: see streams/faust_fixes.py


def create_app(
    settings: Settings | None = None,
    extract_fn: ExtractFn | None = None,
    extractor_version: str | None = None,
    metrics: Metrics | None = None,
) -> Runtime:
    """Build app, topics, dedup table and agent. ``extract_fn`` defaults to the engine."""
    from streams.agents import register

    settings = settings or get_settings()
    if settings.worker_role == "situations" and extract_fn is None:  # the stage extracts nothing: no engine to load
        from streams.engine import EXTRACTOR_VERSION

        extract_fn, extractor_version = _no_extraction, extractor_version or EXTRACTOR_VERSION
    if extract_fn is None or extractor_version is None:
        engine_extract, engine_version = load_engine()
        extract_fn = extract_fn or engine_extract
        extractor_version = extractor_version or engine_version
    app = faust_app(settings)
    metrics = metrics or Metrics()
    setup_prometheus_sensors(app, registry=metrics.registry)
    metrics.set_build_info(streams.__version__, extractor_version)
    runtime = Runtime(
        app=app,
        settings=settings,
        topics=declare_topics(app, settings),
        metrics=metrics,
        extractor_version=extractor_version,
        extract=extract_fn,
    )
    if settings.worker_role != "situations":
        register(runtime)
    if settings.situations_enabled:  # off: the extraction agent alone (a throughput benchmark)
        from streams.situations.agents import register as register_situations

        register_situations(runtime)
    return runtime


_runtime: Runtime | None = None


def get_runtime() -> Runtime:
    """The process-wide runtime (built on first use from the environment's settings)."""
    global _runtime
    if _runtime is None:
        _runtime = create_app()
    return _runtime


def __getattr__(name: str) -> Callable | faust.App:  # `faust -A streams.app:app` works too
    if name == "app":
        return get_runtime().app
    raise AttributeError(name)
