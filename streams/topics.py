"""Topics of the service: names and partitions from settings; raw bytes in and out.

Values and keys stay raw bytes on purpose: the agent must be able to put the *original*
bytes of a bad record on the dead-letter topic, and outputs are serialised by
:mod:`streams.records` (orjson) with CloudEvents headers.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass

import faust

from streams.records import DEAD_LETTER, MENTIONS, STATEMENTS, OutRecord
from streams.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Topics:
    articles: faust.TopicT
    statements: faust.TopicT
    dead_letter: faust.TopicT
    events: dict[str, faust.TopicT]
    mentions: faust.TopicT | None = None  # set by the situations stage when it takes mentions from the articles

    def for_kind(self, kind: str) -> faust.TopicT:
        if kind == STATEMENTS:
            return self.statements
        if kind == DEAD_LETTER:
            return self.dead_letter
        if kind == MENTIONS and self.mentions is not None:
            return self.mentions
        return self.events[kind]

    async def send(self, record: OutRecord):
        """Hand a record to the producer; returns the delivery future."""
        return await self.for_kind(record.kind).send(key=record.key, value=record.value, headers=record.headers)


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    def topic(name: str) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            replicas=settings.replication_factor,
        )

    return Topics(
        articles=topic(settings.topic_articles),
        statements=topic(settings.output_topic(settings.topic_statements)),
        dead_letter=topic(settings.output_topic(settings.topic_dead_letter)),
        events={kind: topic(name) for kind, name in settings.event_topics().items()},
    )


class _OncePerMessage(logging.Filter):
    """librdkafka repeats a refused connection every few ms while the broker is away: pass each
    distinct message once (the retry loop logs one line per attempt)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        key = re.sub(r"\d+ms|#producer-\d+", "", record.getMessage())
        if key in self.seen:
            return False
        if len(self.seen) < 1000:
            self.seen.add(key)
        return True


_librdkafka_log = logging.getLogger("streams.topics.librdkafka")
_librdkafka_log.addFilter(_OncePerMessage())


def ensure_topics(settings: Settings, topics: list[str] | None = None, deadline: float | None = None) -> None:
    """Create missing topics (partitions/replication from settings) with librdkafka's admin client.

    Retries while the broker is unreachable, logging each attempt, until ``deadline`` seconds
    (default ``broker_connect_timeout``); then raises ``ConnectionError``.
    """
    from confluent_kafka import KafkaError, KafkaException
    from confluent_kafka.admin import AdminClient, NewTopic

    names = topics if topics is not None else settings.all_topics()
    limit = settings.broker_connect_timeout if deadline is None else deadline
    admin = AdminClient(settings.confluent_config(**{"socket.timeout.ms": 5000, "logger": _librdkafka_log}))
    start = time.monotonic()
    attempt = 0
    while True:
        attempt += 1
        try:
            remaining = limit - (time.monotonic() - start)
            # several short attempts, so that each failure is logged before the deadline
            existing = set(admin.list_topics(timeout=max(0.5, min(5.0, remaining / 3))).topics)
            break
        except KafkaException as exc:
            waited = time.monotonic() - start
            if waited >= limit:
                raise ConnectionError(
                    f"broker {settings.bootstrap_servers()} unreachable for {waited:.0f}s: {exc}"
                ) from None
            log.warning(
                "broker %s unreachable (attempt %d, %.0fs of %.0fs): %s; retrying",
                settings.bootstrap_servers(), attempt, waited, limit, exc,
            )
            time.sleep(min(1.0, max(0.1, limit - waited)))
    missing = [name for name in names if name not in existing]
    if not missing:
        return
    futures = admin.create_topics(
        [NewTopic(name, settings.partitions, settings.replication_factor, config=settings.topic_configs().get(name, {}))
         for name in missing],
        operation_timeout=10,
    )
    for name, future in futures.items():
        try:
            future.result()
            log.info("created topic %s (%d partitions)", name, settings.partitions)
        except KafkaException as exc:
            if exc.args and exc.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS:
                continue
            raise
