"""The agent: thin. Move records, keep dedup state, count metrics.

Per record of the articles topic: :func:`streams.records.process_record` (decode, validate,
extract, build CloudEvents or a dead letter), publish, wait for the broker's acks, *then*
remember the article in the dedup table. The source offset is committed after that, so a
crash anywhere re-processes the record and reproduces the same ids (at-least-once).

Dedup table ``processed-articles`` (changelog topic ``<app_id>-processed-articles-changelog``):
article id -> ``<extractor version>:<sha256 of text>``. A re-sent identical article is skipped
and counted in ``geoevents_duplicate_articles_total``; changed text, or a new extractor version,
is processed again. The table is sharded like the articles topic, so the articles topic must
be keyed by article id (``geoevents produce`` does); with another key a duplicate may slip
through the table, which is harmless because its events carry the same ids.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from streams.records import Config, SourceRecord, process_record

if TYPE_CHECKING:
    from streams.app import Runtime

log = logging.getLogger(__name__)

DEDUP_TABLE = "processed-articles"
PUBLISH_MAX_BACKOFF = 10.0


def _headers(message) -> list[tuple[str, bytes]]:
    headers = getattr(message, "headers", None)
    if not headers:
        return []
    items = headers.items() if hasattr(headers, "items") else headers
    return [(str(k), v if isinstance(v, bytes) else str(v).encode()) for k, v in items]


def register(runtime: "Runtime") -> None:
    app, settings, topics, metrics = runtime.app, runtime.settings, runtime.topics, runtime.metrics
    config = Config.from_settings(settings)
    version = runtime.extractor_version
    table = app.Table(
        DEDUP_TABLE,
        default=None,
        key_type=str,
        value_type=str,
        partitions=settings.partitions,
        help="article id -> extractor version and sha256 of the text last processed",
    )
    runtime.table = table

    def seen(article_id: str, fingerprint: str) -> bool:
        return table.get(article_id) == fingerprint

    timing: dict[str, float] = {}

    def timed_extract(article):
        start = time.perf_counter()
        try:
            return runtime.extract(article)
        finally:
            timing["extract"] = time.perf_counter() - start

    async def publish(records) -> None:
        """Hand every record to the producer, then wait for all acks: only then may the source
        offset be committed. Failures (broker away, timeouts) are retried with backoff until
        they succeed or the worker stops, so nothing is acked unpublished; re-sending is safe
        because ids are deterministic."""
        attempt = 0
        while True:
            attempt += 1
            try:
                futures = [await topics.send(record) for record in records]
                if futures:
                    await asyncio.gather(*futures)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                delay = min(PUBLISH_MAX_BACKOFF, 0.2 * 2 ** min(attempt, 10))
                log.warning("publish failed (attempt %d): %r; retrying in %.1fs", attempt, exc, delay)
                await asyncio.sleep(delay)

    async def handle(event) -> None:
        message = event.message
        src = SourceRecord(
            value=event.value,
            key=event.key,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            timestamp=message.timestamp,
            headers=_headers(message),
        )
        timing.clear()
        outcome = process_record(src, timed_extract, version, config, seen=seen)
        if outcome.article is not None and not outcome.records:
            metrics.duplicate_articles.inc()
            log.info("duplicate article %r skipped (%s:%d@%d)", outcome.article.id, src.topic, src.partition, src.offset)
            return
        await publish(outcome.records)
        if outcome.dead_letter is not None:
            log.warning(
                "dead letter %s at %s:%d@%d: %s",
                outcome.dead_letter.reason, src.topic, src.partition, src.offset, outcome.dead_letter.detail,
            )
        elif outcome.article is not None and outcome.fingerprint is not None:
            table[outcome.article.id] = outcome.fingerprint
        metrics.observe_outcome(outcome, timing.get("extract"))
        if outcome.events and message.timestamp:
            metrics.end_to_end_latency.observe(max(0.0, time.time() - message.timestamp))

    async def process_articles(stream):
        async for event in stream.events():
            try:
                await handle(event)
            except asyncio.CancelledError:
                raise
            except Exception:  # a publish failure must not be acked: crash the agent, the supervisor restarts it
                log.exception("processing %s:%s@%s failed", event.message.topic, event.message.partition, event.message.offset)
                raise
            yield None

    runtime.agent = app.agent(topics.articles, name="geoevents.process_articles")(process_articles)

    lag_labels: set[tuple[str, str]] = set()

    @app.timer(interval=settings.lag_interval)
    async def update_consumer_lag() -> None:
        """geoevents_consumer_lag for the partitions assigned now; revoked ones are removed."""
        try:
            assignment = app.consumer.assignment()
        except Exception:  # not started yet
            return
        current: set[tuple[str, str]] = set()
        mine = [tp for tp in assignment if tp.topic == topics.articles.get_topic_name()]
        try:
            ends = await app.consumer.highwaters(*mine) if mine else {}
        except Exception:  # rebalancing, broker away: try next time
            return
        for tp in mine:
            try:
                position = await app.consumer.position(tp)
            except Exception:
                continue
            end = ends.get(tp)
            if end is None or position is None:
                continue
            labels = (tp.topic, str(tp.partition))
            current.add(labels)
            metrics.consumer_lag.labels(*labels).set(max(0, end - position))
        for labels in lag_labels - current:
            try:
                metrics.consumer_lag.remove(*labels)
            except KeyError:
                pass
        lag_labels.clear()
        lag_labels.update(current)

    runtime.extra["handle"] = handle
    runtime.extra["update_consumer_lag"] = update_consumer_lag
