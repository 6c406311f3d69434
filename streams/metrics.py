"""One Prometheus registry per app: faust's own sensors plus the domain metrics below.

Names are a contract with deploy/ (Grafana dashboard, alert rules):

- ``geoevents_articles_consumed_total{language}``
- ``geoevents_events_emitted_total{type,language}``
- ``geoevents_statements_emitted_total{language}``
- ``geoevents_dead_letters_total{reason}`` (every reason present from the start, at 0)
- ``geoevents_publish_failures_total{reason}`` (failed publish attempts: too_large, authorization,
  unknown_topic, timeout, unavailable, other_retriable, other)
- ``geoevents_unsupported_language_total{language}`` (identified languages without lexicons)
- ``geoevents_too_short_articles_total`` (too little text to identify a language)
- ``geoevents_duplicate_articles_total``
- ``geoevents_actor_events_total{type,actor}`` (``actor="?"``: the text does not say, as in message keys)
- ``geoevents_extraction_duration_seconds`` (histogram)
- ``geoevents_end_to_end_latency_seconds`` (histogram: article record timestamp -> its outputs
  acknowledged, for every processed article)
- ``geoevents_consumer_lag{topic,partition}`` (gauge, updated every ``lag_interval`` s from cached offsets)
- ``geoevents_build_info{version,extractor_version}`` = 1

faust's sensors (``setup_prometheus_sensors``) add ``<app_id>_messages_received`` and friends;
the process collector adds ``process_*`` (resident memory, CPU seconds, open files).
Each worker serves the registry on ``http://<metrics_host>:<metrics_port>/metrics``.
"""

from __future__ import annotations

import errno
import logging

from typing import get_args

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector, start_http_server

from schemas import UNKNOWN_ACTOR, DeadLetter

log = logging.getLogger(__name__)

DEAD_LETTER_REASONS: tuple[str, ...] = get_args(DeadLetter.model_fields["reason"].annotation)
PUBLISH_FAILURE_REASONS = ("too_large", "authorization", "unknown_topic", "timeout", "unavailable",
                           "other_retriable", "other")


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.articles_consumed = Counter(
            "geoevents_articles_consumed", "Articles read and validated, by detected language", ["language"], registry=r
        )
        self.events_emitted = Counter(
            "geoevents_events_emitted", "Events published, by type and language", ["type", "language"], registry=r
        )
        self.statements_emitted = Counter(
            "geoevents_statements_emitted", "Statements published, by language", ["language"], registry=r
        )
        self.dead_letters = Counter(
            "geoevents_dead_letters", "Records sent to the dead-letter topic, by reason", ["reason"], registry=r
        )
        self.publish_failures = Counter(
            "geoevents_publish_failures", "Failed publish attempts of the worker's outputs, by reason", ["reason"],
            registry=r,
        )
        self.too_short = Counter(
            "geoevents_too_short_articles", "Articles with too little text to identify their language", registry=r
        )
        for reason in DEAD_LETTER_REASONS:  # series exist at 0, so panels and rates show 0, not "No data"
            self.dead_letters.labels(reason=reason)
        for reason in PUBLISH_FAILURE_REASONS:
            self.publish_failures.labels(reason=reason)
        ProcessCollector(registry=r)
        self.unsupported_language = Counter(
            "geoevents_unsupported_language",
            "Articles in languages without event lexicons, by detected language",
            ["language"],
            registry=r,
        )
        self.duplicate_articles = Counter(
            "geoevents_duplicate_articles", "Re-sent identical articles skipped by the dedup table", registry=r
        )
        self.actor_events = Counter(
            "geoevents_actor_events", "Events by type and source actor code", ["type", "actor"], registry=r
        )
        self.extraction_duration = Histogram(
            "geoevents_extraction_duration_seconds",
            "Wall time of engine.extract per article",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=r,
        )
        self.end_to_end_latency = Histogram(
            "geoevents_end_to_end_latency_seconds",
            "Kafka timestamp of the article record -> its events acknowledged by the broker",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
            registry=r,
        )
        self.consumer_lag = Gauge(
            "geoevents_consumer_lag",
            "Last known highwater minus the next offset the worker processes, per assigned partition",
            ["topic", "partition"],
            registry=r,
        )
        self.build_info = Gauge(
            "geoevents_build_info", "Build information", ["version", "extractor_version"], registry=r
        )

    def set_build_info(self, version: str, extractor_version: str) -> None:
        self.build_info.labels(version=version, extractor_version=extractor_version).set(1)

    def observe_outcome(self, outcome, extraction_seconds: float | None) -> None:
        """Count what one processed record produced (see streams.records.Outcome)."""
        if outcome.dead_letter is not None:
            self.dead_letters.labels(reason=outcome.dead_letter.reason).inc()
        result = outcome.result
        if result is None:
            return
        language = result.language.code or "und"
        self.articles_consumed.labels(language=language).inc()
        if extraction_seconds is not None:
            self.extraction_duration.observe(extraction_seconds)
        if result.language.status == "too_short":
            self.too_short.inc()
        elif not result.language.supported:
            self.unsupported_language.labels(language=language).inc()
        if result.statements:
            self.statements_emitted.labels(language=language).inc(len(result.statements))
        for event in result.events:
            self.events_emitted.labels(type=event.type, language=language).inc()
            actor = event.source.code if event.source is not None else UNKNOWN_ACTOR
            self.actor_events.labels(type=event.type, actor=actor).inc()


def serve(registry: CollectorRegistry, host: str, port: int, tries: int = 10) -> int:
    """Serve ``registry`` on http://host:port/metrics; returns the bound port.

    Port 0 picks a free port; a taken port moves on to the next one (up to ``tries``), so
    several workers on one host each get their own (9464, 9465, ...).
    """
    last_error: OSError | None = None
    for candidate in ([0] if port == 0 else range(port, port + tries)):
        try:
            server, _thread = start_http_server(candidate, addr=host, registry=registry)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            last_error = exc
            continue
        return int(server.server_port)
    raise OSError(errno.EADDRINUSE, f"no free metrics port in {port}..{port + tries - 1}") from last_error
