"""The agent: thin. Move records, keep dedup state, count metrics.

Per record of the articles topic: :func:`streams.records.process_record` (decode, validate,
extract, build CloudEvents or a dead letter), publish, wait for the broker's acks, *then*
remember the article in the dedup table. The source offset is committed after that, so a
crash anywhere re-processes the record and reproduces the same ids (at-least-once).

Dedup table ``processed-articles`` (changelog topic ``<app_id>-processed-articles-changelog``):
article id -> ``<ts> <partition> <extractor version>:<sha256 of text>`` (:mod:`streams.dedup`).
A re-sent identical article whose record timestamp is within ``dedup_horizon`` seconds (default
6 h) of the processed one is skipped and counted in ``geoevents_duplicate_articles_total``;
changed text, a new extractor version, or a re-send after the horizon is processed again (same
ids for the same text and version, so consumers drop it by ``ce_id``). Every
``dedup_sweep_interval`` seconds a sweep deletes entries older than the horizon from memory and,
by tombstones, from the changelog: memory is bounded by the distinct articles per horizon, also
across restarts. The table is sharded like the articles topic, so the articles topic must be keyed
by article id (``geoevents produce`` does); with another key a duplicate may slip through the
table, which is harmless because its events carry the same ids.

``geoevents_consumer_lag`` is kept by :class:`streams.lag.ConsumerLag` from cached values only
(no broker round trip on the timer).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from streams import dedup
from streams.lag import ConsumerLag
from streams.records import Config, SourceRecord, process_record

if TYPE_CHECKING:
    from streams.app import Runtime

log = logging.getLogger(__name__)

DEDUP_TABLE = "processed-articles"
PUBLISH_MAX_BACKOFF = 10.0
SWEEP_CHUNK = 5_000  # entries examined between yields to the event loop
clock = time.time  # wall clock of the dedup horizon (tests replace it)


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
    horizon = settings.dedup_horizon
    table = app.Table(
        DEDUP_TABLE,
        default=None,
        key_type=str,
        value_type=str,
        partitions=settings.partitions,
        help="article id -> record timestamp, partition, extractor version and sha256 of the text last processed",
    )
    runtime.table = table

    timing: dict[str, float] = {}
    lag = ConsumerLag(app, metrics.consumer_lag, topics.articles).install(settings.lag_interval)

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
        now = clock()
        ts = dedup.record_ts(message.timestamp, now)

        def seen(article_id: str, fingerprint: str) -> bool:
            return dedup.is_duplicate(table.get(article_id), fingerprint, ts, horizon)

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
            entry = dedup.encode(outcome.fingerprint, ts, message.partition)
            if not dedup.is_expired(entry, now, horizon):  # a record older than the horizon (a replay) is not kept
                table[outcome.article.id] = entry
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
            lag.processed(event.message)
            yield None

    runtime.agent = app.agent(topics.articles, name="geoevents.process_articles")(process_articles)

    async def sweep_dedup(now: float | None = None) -> int:
        """Delete dedup entries older than the horizon: from memory, and from the changelog by a
        tombstone when this worker owns the key's partition (otherwise its owner sweeps it).
        Yields to the event loop every SWEEP_CHUNK entries. Returns how many were removed."""
        if getattr(app, "in_recovery", False) or getattr(app, "rebalancing", False):
            return 0  # the table is being rebuilt: try next time
        now = clock() if now is None else now
        started = time.perf_counter()
        store = table.data
        raw = store.data if isinstance(getattr(store, "data", None), dict) else store  # memory store: its dict
        key_partition = getattr(store, "_key_partition", None)  # keys restored from the changelog
        owned = owned_partitions()
        removed = 0
        keys = list(raw.keys())
        for start in range(0, len(keys), SWEEP_CHUNK):
            for key in keys[start:start + SWEEP_CHUNK]:
                value = raw.get(key)
                if value is None or not dedup.is_expired(value, now, horizon):
                    continue
                partition = dedup.decode(value).partition
                if partition is None and key_partition is not None:
                    partition = key_partition.get(key)
                del raw[key]
                if key_partition is not None:
                    key_partition.pop(key, None)
                if partition is not None and (owned is None or partition in owned):
                    table.send_changelog(partition, key, None, value_serializer="raw")
                removed += 1
            await asyncio.sleep(0)
        if removed:
            log.info("dedup sweep: %d expired entries removed, %d remain (%.2fs)",
                     removed, len(raw), time.perf_counter() - started)
        return removed

    def owned_partitions() -> set[int] | None:
        """Partitions of the articles topic actively assigned here (None: unknown)."""
        try:
            name = topics.articles.get_topic_name()
            return {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == name}
        except Exception:
            return None

    @app.timer(interval=settings.dedup_sweep_interval)
    async def expire_dedup_entries() -> None:
        await sweep_dedup()

    runtime.extra["sweep_dedup"] = sweep_dedup
    runtime.extra["handle"] = handle
    runtime.extra["update_consumer_lag"] = lag.update
