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
- ``geoevents_top_situation_mentions{situation,type,source,target,modality}`` (gauge: the
  ``TOP`` open situations with most mentions held by this worker, refreshed by a timer)
- ``geoevents_dyad_goldstein_24h{type,dyad}`` and ``geoevents_dyad_spike{type,dyad}`` (gauges: the
  ``TOP`` dyads by event count in their latest 24 h window; the dyad index of the dashboard)

The three gauges are bounded top-k views for Grafana (labels per situation would otherwise grow
without end), ranked from :class:`Leaders` (what this worker changed, not a table scan per tick);
the full state is on the ``situations`` and ``signals`` topics and the HTTP view.
"""

from __future__ import annotations

import heapq

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

TOP = 20
DAY = 86400.0


class Leaders:
    """Latest figures of the situations and dyads this worker changed, pruned by event time like the
    tables (a situation 2 x horizon past its first event is closed; a dyad window a day old is over),
    so ranking them on a timer costs O(open situations), never a scan of the tables. After a restart
    it fills again as situations change."""

    def __init__(self, horizon: float) -> None:
        self.horizon = horizon
        self.situations: dict[str, tuple] = {}
        self.dyads: dict[tuple[str, str], tuple] = {}
        self.now = 0.0

    def saw(self, situation, signal) -> None:
        first, last = situation.first_seen.timestamp(), situation.last_seen.timestamp()
        self.now = max(self.now, last)
        self.situations[situation.id] = (situation.mentions, last, first, situation.id, situation.type,
                                         situation.source, situation.target or situation.location, situation.modality)
        if signal is not None:
            self.dyads[(signal.type, signal.dyad)] = (signal.count_24h, signal.window_end.timestamp(),
                                                      signal.goldstein_24h, signal.spike)

    def top(self, n: int) -> tuple[list[tuple], list[tuple]]:
        self.situations = {k: v for k, v in self.situations.items() if v[2] >= self.now - 2 * self.horizon}
        self.dyads = {k: v for k, v in self.dyads.items() if v[1] >= self.now - DAY}
        situations = heapq.nlargest(n, self.situations.values())
        dyads = [(t, d, v[2], v[3]) for (t, d), v in heapq.nlargest(n, self.dyads.items(), key=lambda kv: kv[1])]
        return situations, dyads


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
        self.top_situations = Gauge(
            "geoevents_top_situation_mentions", "Mentions of the open situations with most mentions (top-k per worker)",
            ["situation", "type", "source", "target", "modality"], registry=r,
        )
        self.dyad_goldstein = Gauge(
            "geoevents_dyad_goldstein_24h", "Goldstein-weighted sum of a dyad's events over its latest 24 h window "
            "(top-k dyads by events per worker)", ["type", "dyad"], registry=r,
        )
        self.dyad_spike = Gauge(
            "geoevents_dyad_spike", "Spike score of a dyad's latest hour against its trailing baseline (top-k dyads)",
            ["type", "dyad"], registry=r,
        )

    def export_tops(self, situations: list[tuple], dyads: list[tuple[str, str, float, float]]) -> None:
        """Replace the top-k gauges from :meth:`Leaders.top`."""
        self.top_situations.clear()
        for mentions, _last, _first, sid, type_, source, target, modality in situations:
            self.top_situations.labels(
                situation=sid, type=type_, source=source or "?", target=target or "?", modality=modality,
            ).set(mentions)
        self.dyad_goldstein.clear()
        self.dyad_spike.clear()
        for type_, dyad, gold, spike in dyads:
            self.dyad_goldstein.labels(type=type_, dyad=dyad).set(gold)
            self.dyad_spike.labels(type=type_, dyad=dyad).set(spike)
