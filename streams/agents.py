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
import functools
import logging
import os
import signal
import time
from typing import TYPE_CHECKING

from streams import dedup, faust_fixes
from streams.lag import ConsumerLag
from streams.records import Config, SourceRecord, output_too_large, process_record

if TYPE_CHECKING:
    from streams.app import Runtime

log = logging.getLogger(__name__)

DEDUP_TABLE = "processed-articles"
PUBLISH_MAX_BACKOFF = 10.0
FATAL_EXIT_CODE = 3
SWEEP_CHUNK = 5_000  # entries examined between yields to the event loop
clock = time.time  # wall clock of the dedup horizon (tests replace it)


def _headers(message) -> list[tuple[str, bytes]]:
    headers = getattr(message, "headers", None)
    if not headers:
        return []
    items = headers.items() if hasattr(headers, "items") else headers
    return [(str(k), v if isinstance(v, bytes) else str(v).encode()) for k, v in items]


class FatalPublishError(Exception):
    """A publish that retrying cannot fix (authorisation, unknown topic, a record the broker refuses
    even as a dead letter): the worker stops without committing the record, see ``publish``."""


# aiokafka error class names by publish-failure reason (matched along the exception's MRO and cause)
_PUBLISH_ERRORS = {
    "too_large": ("MessageSizeTooLargeError", "RecordTooLargeError", "RecordListTooLargeError"),
    "authorization": ("TopicAuthorizationFailedError", "ClusterAuthorizationFailedError",
                      "SaslAuthenticationFailedError", "AuthenticationFailedError"),
    "unknown_topic": ("UnknownTopicOrPartitionError", "InvalidTopicError"),
    "timeout": ("KafkaTimeoutError", "RequestTimedOutError", "TimeoutError"),
    "unavailable": ("KafkaConnectionError", "ConnectionError", "NodeNotReadyError", "NotLeaderForPartitionError",
                    "LeaderNotAvailableError", "NotEnoughReplicasError", "NotEnoughReplicasAfterAppendError"),
}
RETRIABLE = {"timeout", "unavailable"}


def publish_failure_reason(exc: BaseException) -> str:
    """``too_large``, ``authorization``, ``unknown_topic``, ``timeout``, ``unavailable``, or
    ``other`` (retried only when the Kafka client says it is retriable: ``other_retriable``)."""
    seen = exc
    while seen is not None:
        names = {cls.__name__ for cls in type(seen).__mro__}
        for reason, classes in _PUBLISH_ERRORS.items():
            if names & set(classes):
                return reason
        if getattr(seen, "retriable", False):
            return "other_retriable"
        seen = seen.__cause__ or seen.__context__
    return "other"


async def publish_until_acked(sends, failures, unknown_topic_retries: int, what: str = "publish") -> None:
    """Hand every record to the producer (``sends``: zero-argument coroutine functions returning the
    delivery future), then wait for all acks: only then may the source offset be committed.
    Retriable failures (broker away, timeouts) are retried with backoff until they succeed or the
    worker stops; re-sending is safe because ids are deterministic. Others raise at once (an unknown
    topic after ``unknown_topic_retries`` tries); every failed attempt is counted in ``failures``
    by reason."""
    attempt = 0
    while True:
        attempt += 1
        try:
            futures = [await send() for send in sends]
            if futures:
                await asyncio.gather(*futures)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            reason = publish_failure_reason(exc)
            failures.labels(reason=reason).inc()
            retriable = reason in RETRIABLE or reason == "other_retriable" or (
                reason == "unknown_topic" and attempt <= unknown_topic_retries
            )
            if not retriable:
                raise
            delay = min(PUBLISH_MAX_BACKOFF, 0.2 * 2 ** min(attempt, 10))
            log.warning("%s failed (%s, attempt %d): %r; retrying in %.1fs", what, reason, attempt, exc, delay)
            await asyncio.sleep(delay)


def stop_on_fatal_publish(runtime: "Runtime", where: str, exc: BaseException) -> None:
    """A publish that retrying cannot fix stops the process like SIGTERM does (bounded by the
    shutdown grace); what was not published is not committed."""
    log.critical("%s: %s; stopping the worker (exit code %d)", where, exc, FATAL_EXIT_CODE)
    runtime.extra["exit_code"] = FATAL_EXIT_CODE
    stop = runtime.extra.get("stop_worker")
    if stop is not None:
        stop()


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
    faust_fixes.guarded_topics.add(topics.articles.get_topic_name())  # a poison batch becomes a dead letter

    timing: dict[str, float] = {}
    lag = ConsumerLag(app, metrics.consumer_lag, topics.articles).install(settings.lag_interval)

    def timed_extract(article):
        start = time.perf_counter()
        try:
            return runtime.extract(article)
        finally:
            timing["extract"] = time.perf_counter() - start

    async def publish(records) -> None:
        await publish_until_acked([functools.partial(topics.send, record) for record in records],
                                  metrics.publish_failures, settings.publish_unknown_topic_retries)

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
            batch_error=faust_fixes.take_batch_error(message.topic, message.partition, message.offset),
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
        in_flight = (message.topic, message.partition)
        # no commit passes this offset until it is published; a record that failed keeps its entry
        faust_fixes.in_flight.setdefault(in_flight, message.offset)
        # the situations stage's mentions of these events, when it takes them from here: published in
        # the same acked batch, so an event and its mention are both out before the offset commits
        mentions_of = runtime.extra.get("mentions_of")
        try:
            await publish(outcome.records if mentions_of is None else [*outcome.records, *mentions_of(outcome)])
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if publish_failure_reason(exc) != "too_large":
                raise FatalPublishError(f"publish failed, not retriable: {exc!r}") from exc
            # the broker's limit is below max_output_bytes: dead-letter the article instead
            outcome = output_too_large(src, outcome, f"the broker refused a record as too large: {exc!r}",
                                       version, config)
            try:
                await publish(outcome.records)
            except asyncio.CancelledError:
                raise
            except Exception as again:
                raise FatalPublishError(f"dead letter refused too: {again!r}") from again
        if faust_fixes.in_flight.get(in_flight) == message.offset:
            del faust_fixes.in_flight[in_flight]
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
        if outcome.result is not None and message.timestamp:  # every processed article, with events or not
            metrics.end_to_end_latency.observe(max(0.0, time.time() - message.timestamp))

    async def process_articles(stream):
        async for event in stream.events():
            try:
                await handle(event)
            except asyncio.CancelledError:
                raise
            except FatalPublishError as exc:  # the record stays in faust_fixes.in_flight: never committed
                stop_on_fatal_publish(
                    runtime, f"{event.message.topic}:{event.message.partition}@{event.message.offset}", exc)
                raise
            except Exception:  # not acked for commit (in_flight): crash the agent, the supervisor restarts it
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

    # a fatal publish failure stops the process like SIGTERM does (bounded by the shutdown grace)
    runtime.extra.setdefault("stop_worker", lambda: os.kill(os.getpid(), signal.SIGTERM))
    runtime.extra["sweep_dedup"] = sweep_dedup
    runtime.extra["handle"] = handle
    runtime.extra["update_consumer_lag"] = lag.update
