"""Alert delivery: the ``alerts`` topic -> optional sinks (Alertmanager v2, signed JSON webhook).

The agent hands each alert to every sink's bounded queue (streams.alerting.sinks: never waits, so
a dead sink blocks nothing) and acknowledges the alerts-topic record only when every sink has
delivered it or given it up. The consumer commits the contiguous prefix of acknowledged offsets,
so after a crash or restart everything not yet delivered is read again and re-sent with the same
alert id (receivers deduplicate: the webhook's Idempotency-Key, Alertmanager's identical labels):
nothing is lost, and a repeat is recognisable. An alert a sink gives up (retries run out after
``sink_retry_for`` s, a 4xx rejection, its queue full) goes to ``alerts.dead-letter`` with the
original value and headers plus ``dlq_reason``, ``dlq_sink``, ``dlq_detail``, ``dlq_failed_at`` and
the source position; a sink closing at shutdown is not a give-up (the record is read again).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from streams.situations.agents import publisher

log = logging.getLogger(__name__)


def build_sinks(settings, on_delivered, on_failure, on_give_up) -> list:
    from streams.alerting.sinks import AlertmanagerSink, RetryPolicy, WebhookSink

    policy = RetryPolicy(initial=settings.sink_backoff, maximum=settings.sink_backoff_max,
                         retry_for=settings.sink_retry_for, timeout=settings.sink_timeout)
    headers = {}
    if settings.sink_header and ":" in settings.sink_header:
        name, value = settings.sink_header.split(":", 1)
        headers[name.strip()] = value.strip()
    common = dict(policy=policy, queue_size=settings.sink_queue_size, headers=headers, on_delivered=on_delivered,
                  on_failure=on_failure, on_give_up=on_give_up)
    sinks = []
    if settings.alertmanager_url:
        sinks.append(AlertmanagerSink(settings.alertmanager_url, generator_url=settings.alert_generator_url, **common))
    if settings.webhook_url:
        sinks.append(WebhookSink(settings.webhook_url, secret=settings.webhook_secret, ce_source=settings.ce_source,
                                 **common))
    return sinks


def dead_letter_headers(event, sink: str, reason: str) -> list[tuple[str, bytes]]:
    message = event.message
    original = [(str(k), v if isinstance(v, bytes) else str(v).encode()) for k, v in (message.headers or [])]
    code, _, detail = reason.partition(":")
    extra = {
        "dlq_reason": code.strip() or "undeliverable",
        "dlq_detail": detail.strip()[:1000],
        "dlq_sink": sink,
        "dlq_source_topic": message.topic,
        "dlq_source_partition": str(message.partition),
        "dlq_source_offset": str(message.offset),
        "dlq_failed_at": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
    }
    return [(k, v) for k, v in original if not k.startswith("dlq_")] + [(k, v.encode()) for k, v in extra.items()]


def register(runtime, alerts_topic, metrics) -> None:
    settings, app = runtime.settings, runtime.app
    publish = publisher(runtime)
    if not (settings.alertmanager_url or settings.webhook_url):
        return
    dead_letter = app.topic(settings.situation_topics()["alerts-dead-letter"], key_type=bytes, value_type=bytes,
                            key_serializer="raw", value_serializer="raw", partitions=settings.partitions)
    waiting: dict[str, dict] = {}  # alert id -> {"sinks": names left, "events": [...]}
    holder: dict = {}

    def finish(alert_id: str, sink: str) -> None:
        entry = waiting.get(alert_id)
        if entry is None:
            return
        entry["sinks"].discard(sink)
        if not entry["sinks"]:
            del waiting[alert_id]
            for event in entry["events"]:
                asyncio.ensure_future(holder["stream"].ack(event))
        for s in holder["sinks"]:
            metrics.queue.labels(sink=s.name).set(s.pending())

    def on_delivered(alert, sink, seconds, attempts) -> None:
        metrics.deliveries.labels(sink=sink, outcome="delivered").inc()
        metrics.delivery_seconds.labels(sink=sink).observe(seconds)
        finish(str(alert.get("id")), sink)

    def on_failure(alert, sink, reason) -> None:
        metrics.delivery_failures.labels(sink=sink).inc()

    def on_give_up(alert, sink, reason) -> None:
        if reason.startswith("shutdown"):
            return  # not acknowledged: read again after the restart
        entry = waiting.get(str(alert.get("id")))
        if entry is None:
            return
        metrics.deliveries.labels(sink=sink, outcome="dead_lettered").inc()
        event = entry["events"][0]

        async def dead_letter_then_finish() -> None:
            await publish([lambda: dead_letter.send(key=event.key, value=event.value,
                                                    headers=dead_letter_headers(event, sink, reason))])
            finish(str(alert.get("id")), sink)

        asyncio.ensure_future(dead_letter_then_finish())

    sinks = build_sinks(settings, on_delivered, on_failure, on_give_up)
    holder["sinks"] = sinks

    async def deliver(stream):
        import orjson

        from streams.alerting.sinks import Dispatcher

        dispatcher = Dispatcher(sinks)
        await dispatcher.start()
        manual = stream.noack()
        holder["stream"] = manual
        async for event in manual.events():
            alert = orjson.loads(event.value)
            aid = str(alert["id"])
            entry = waiting.setdefault(aid, {"sinks": set(), "events": []})
            entry["events"].append(event)
            if len(entry["events"]) == 1:
                entry["sinks"] = {s.name for s in sinks}
                dispatcher.submit(alert)
            for s in sinks:
                metrics.queue.labels(sink=s.name).set(s.pending())
            yield None

    runtime.extra["alerts_delivery"] = app.agent(alerts_topic, name="geoevents.alerts_delivery")(deliver)
    runtime.extra["alert_sinks"] = sinks
