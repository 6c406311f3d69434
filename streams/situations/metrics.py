"""Metrics of the situations stage, registered on the app's one registry (streams.metrics).

- ``geoevents_situations_opened_total{type}`` / ``geoevents_situations_updated_total{type}``
- ``geoevents_situation_mentions`` (histogram: mentions of a situation when it closes)
- ``geoevents_mentions_duplicate_total`` (an event id already counted: at-least-once repeats)
- ``geoevents_events_without_actors_total{type}`` (no actor code: not grouped)
- ``geoevents_late_events_total{stage}`` (``situations``: older than the horizon behind the act;
  ``signals``: window already closed, dropped; ``signals_reopened``: a past, held window updated)
- ``geoevents_signals_published_total``
- ``geoevents_alerts_fired_total{rule,severity}``
- ``geoevents_alert_deliveries_total{sink,outcome}`` (outcome: delivered, dead_lettered)
- ``geoevents_alert_delivery_failures_total{sink}`` (failed attempts, retried or not)
- ``geoevents_alert_delivery_seconds{sink}`` (histogram: alert consumed -> delivered)
- ``geoevents_alert_queue{sink}`` (gauge: alerts waiting for delivery)
- ``geoevents_situation_latency_seconds`` (histogram: event record timestamp -> situation acked)
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class SituationMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        r = registry
        self.opened = Counter("geoevents_situations_opened", "Situations opened, by type", ["type"], registry=r)
        self.updated = Counter(
            "geoevents_situations_updated", "Situation changes published (a mention joined), by type", ["type"], registry=r
        )
        self.mentions = Histogram(
            "geoevents_situation_mentions", "Mentions per situation, observed when it closes",
            buckets=(1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000), registry=r,
        )
        self.duplicates = Counter(
            "geoevents_mentions_duplicate", "Events whose id was already counted in a situation", registry=r
        )
        self.without_actors = Counter(
            "geoevents_events_without_actors", "Events with no actor code (not grouped into situations)", ["type"], registry=r
        )
        self.late = Counter("geoevents_late_events", "Late events by stage", ["stage"], registry=r)
        self.signals_published = Counter("geoevents_signals_published", "Dyad signal records published", registry=r)
        self.alerts_fired = Counter(
            "geoevents_alerts_fired", "Alerts published, by rule and severity", ["rule", "severity"], registry=r
        )
        self.deliveries = Counter(
            "geoevents_alert_deliveries", "Alert deliveries by sink and outcome", ["sink", "outcome"], registry=r
        )
        self.delivery_failures = Counter(
            "geoevents_alert_delivery_failures", "Failed delivery attempts by sink", ["sink"], registry=r
        )
        self.delivery_seconds = Histogram(
            "geoevents_alert_delivery_seconds", "Alert consumed -> delivered, by sink", ["sink"],
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0), registry=r,
        )
        self.queue = Gauge("geoevents_alert_queue", "Alerts waiting for delivery, by sink", ["sink"], registry=r)
        self.latency = Histogram(
            "geoevents_situation_latency_seconds", "Event record timestamp -> its situation change acknowledged",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0), registry=r,
        )
