"""librdkafka (confluent-kafka) clients behind `produce`, `tail`, `run` and `replay`.

A second client, independent of the worker's aiokafka, as a scraper or an alerting system
would use. Producers are plain at-least-once (``enable.idempotence=false``: the embedded
broker rejects idempotent producers); readers use ``assign`` rather than a consumer group,
so they start at once and commit nothing.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Iterator

import orjson

from streams import envelope
from streams.records import DEAD_LETTER, STATEMENTS, Config, OutRecord, SourceRecord, parse_dead_letter_headers, process_record
from streams.settings import Settings

log = logging.getLogger(__name__)

KINDS = ("warning", "deployment", "alliance", STATEMENTS, DEAD_LETTER)
SITUATION_KINDS = ("situations", "signals", "alerts", "alerts-dead-letter", "mentions")  # streams/situations


def topic_for_kind(settings: Settings, kind: str) -> str:
    if kind in SITUATION_KINDS:
        return settings.situation_topics()[kind]
    if kind == STATEMENTS:
        return settings.output_topic(settings.topic_statements)
    if kind == DEAD_LETTER:
        return settings.output_topic(settings.topic_dead_letter)
    return settings.event_topics()[kind]


def kind_for_topic(settings: Settings) -> dict[str, str]:
    return {topic_for_kind(settings, kind): kind for kind in (*KINDS, *SITUATION_KINDS)}


# --- producing -------------------------------------------------------------------------------
def make_producer(settings: Settings, **extra):
    from confluent_kafka import Producer

    conf = settings.confluent_config(
        **{
            "enable.idempotence": False,
            "acks": "all",
            "linger.ms": 5,
            "message.max.bytes": max(1_000_000, settings.max_message_bytes * 2 + 65_536),
            **extra,
        }
    )
    return Producer(conf)


NOT_JSON = object()


def article_key(line: bytes):
    """Key of an article record: its id (so the dedup table and partitioning agree); None when
    the line has no string id, :data:`NOT_JSON` when it is not JSON at all."""
    try:
        document = orjson.loads(line)
    except orjson.JSONDecodeError:
        return NOT_JSON
    if isinstance(document, dict) and isinstance(document.get("id"), str):
        return document["id"].encode("utf-8", "surrogatepass")
    return None


class DeliveryTracker:
    def __init__(self) -> None:
        self.delivered = 0
        self.not_json = 0  # lines sent that are not JSON (the worker dead-letters them)
        self.no_id = 0  # JSON lines without a string id (sent without a key)
        self.errors: list[str] = []

    def __call__(self, err, msg) -> None:
        if err is not None:
            self.errors.append(str(err))
        else:
            self.delivered += 1


def produce_lines(settings: Settings, lines: Iterable[bytes], topic: str | None = None, producer=None,
                  timeout: float = 30.0) -> DeliveryTracker:
    """Publish JSONL articles as they are (raw line bytes, key = article id); waits up to
    ``timeout`` seconds for the acks. Lines that are not JSON are sent too (and counted)."""
    producer = producer or make_producer(settings, **{"message.timeout.ms": max(1000, int(timeout * 1000))})
    tracker = DeliveryTracker()
    topic = topic or settings.topic_articles
    for line in lines:
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        key = article_key(line)
        if key is NOT_JSON:
            tracker.not_json += 1
            key = None
        elif key is None:
            tracker.no_id += 1
        while True:
            try:
                producer.produce(topic, value=line, key=key, on_delivery=tracker)
                break
            except BufferError:
                producer.poll(0.1)
        producer.poll(0)
    remaining = producer.flush(timeout)
    if remaining:
        tracker.errors.append(f"{remaining} records not delivered within {timeout:g}s")
    return tracker


# --- reading ---------------------------------------------------------------------------------
@dataclass
class Received:
    kind: str
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, str] = field(default_factory=dict)
    raw_headers: list = field(default_factory=list)
    timestamp_ms: int | None = None

    def json(self):
        return orjson.loads(self.value) if self.value else None


def record_json(rec: Received) -> str:
    """`tail --json`: one line with the body as JSON (a string when it is not JSON), where it is
    (topic, partition, offset) and its headers."""
    try:
        value = rec.json()
    except orjson.JSONDecodeError:
        value = (rec.value or b"").decode("utf-8", "replace")
    return orjson.dumps({
        "kind": rec.kind, "topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
        "timestamp_ms": rec.timestamp_ms, "key": None if rec.key is None else rec.key.decode("utf-8", "replace"),
        "headers": rec.headers, "value": value,
    }).decode()


def make_reader(settings: Settings, topics: list[str], from_beginning: bool, **extra):
    """A consumer assigned to every partition of ``topics``, at the beginning or the end;
    ``extra``: more librdkafka settings (e.g. ``{"fetch.wait.max.ms": 10}``)."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer(
        settings.confluent_config(
            **{
                "group.id": f"geoevents-reader-{time.time_ns()}",
                "enable.auto.commit": False,
                "auto.offset.reset": "earliest",
                "fetch.wait.max.ms": 100,
                **extra,
            }
        )
    )
    metadata = consumer.list_topics(timeout=10)
    assignment = []
    for name in topics:
        topic_md = metadata.topics.get(name)
        if topic_md is None or topic_md.error is not None:
            consumer.close()
            raise RuntimeError(f"topic {name!r} does not exist on {settings.bootstrap_servers()} "
                               f"(a worker creates its topics when it starts)")
        if from_beginning:
            offsets = {p: OFFSET_BEGINNING for p in topic_md.partitions}
        else:  # resolve the end now, so records produced after this call are all seen
            offsets = {
                p: consumer.get_watermark_offsets(TopicPartition(name, p), timeout=10)[1] for p in topic_md.partitions
            }
        assignment.extend(TopicPartition(name, p, offsets[p]) for p in sorted(topic_md.partitions))
    consumer.assign(assignment)
    return consumer


def read(
    settings: Settings,
    kinds: Iterable[str],
    from_beginning: bool = False,
    timeout: float | None = None,
    idle_timeout: float | None = None,
    stop=lambda: False,
    reader=None,
) -> Iterator[Received]:
    """Yield records of the given kinds as they arrive, until ``timeout``/``idle_timeout``/``stop()``."""
    names = kind_for_topic(settings)
    topics = [topic_for_kind(settings, k) for k in kinds]
    consumer = reader or make_reader(settings, topics, from_beginning)
    start = last = time.monotonic()
    try:
        while not stop():
            now = time.monotonic()
            if timeout is not None and now - start > timeout:
                return
            if idle_timeout is not None and now - last > idle_timeout:
                return
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            if msg.error():
                log.debug("consumer: %s", msg.error())
                continue
            last = time.monotonic()
            raw = msg.headers() or []
            ts_type, ts = msg.timestamp()
            yield Received(
                kind=names.get(msg.topic(), msg.topic()),
                topic=msg.topic(),
                partition=msg.partition(),
                offset=msg.offset(),
                key=msg.key(),
                value=msg.value(),
                headers=envelope.headers_dict(raw),
                raw_headers=list(raw),
                timestamp_ms=ts if ts_type else None,
            )
    finally:
        if reader is None:
            consumer.close()


def _snippet(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_record(rec: Received) -> str:
    """One readable line per record."""
    if rec.kind in SITUATION_KINDS and rec.kind != "alerts-dead-letter":
        from streams.situations.cli import format_record as format_situation_record

        return format_situation_record(rec.kind, rec.value)
    if rec.kind in (DEAD_LETTER, "alerts-dead-letter"):
        dlq = parse_dead_letter_headers(rec.raw_headers)
        return (
            f"DEAD-LETTER  {dlq.get('reason', '?'):<17} {dlq.get('source_topic')}:{dlq.get('source_partition')}"
            f"@{dlq.get('source_offset')}  {_snippet(dlq.get('detail', ''), 90)}"
        )
    try:
        body = rec.json() or {}
    except orjson.JSONDecodeError:
        return f"{rec.kind.upper():<11}  <undecodable body at {rec.topic}:{rec.partition}@{rec.offset}>"
    if rec.kind == STATEMENTS:
        lang = body.get("language") or {}
        note = "" if lang.get("supported", True) else f"  language {lang.get('code')!r} {lang.get('status')}: no events"
        return (
            f"article      {body.get('article_id')} [{lang.get('code')}] {len(body.get('statements') or [])} statements, "
            f"{len(body.get('event_ids') or [])} events{note}"
        )

    def actor(a):
        return (a or {}).get("code") or "?"

    trigger = (body.get("trigger") or {}).get("text", "")
    evidence = (body.get("evidence") or {}).get("text", "")
    extra = ""
    if rec.kind == "deployment" and body.get("force"):
        extra = f" force={body['force'].get('text')!r}"
    location = body.get("location") or {}
    if location:
        extra += f" in={location.get('code') or location.get('name')!r}"
    return (
        f"{rec.kind.upper():<11}  {body.get('modality', '?'):<12} {actor(body.get('source'))}->{actor(body.get('target'))}"
        f"  trigger={trigger!r}{extra}  «{_snippet(evidence)}»"
    )


# --- replay ----------------------------------------------------------------------------------
@dataclass
class ReplayStats:
    records: int = 0
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    dead_letters: int = 0
    published: int = 0
    before_since: int = 0  # records older than `since` the broker's time lookup did not skip
    event_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def replay(
    settings: Settings,
    target: Settings | None = None,
    since: datetime | None = None,
    dead_letters: bool = False,
    progress: bool = True,
    extract_fn=None,
    extractor_version: str | None = None,
) -> ReplayStats:
    """Re-read the articles topic (from the beginning or ``since``) up to its current end and
    re-derive every output with the current extractor, publishing to ``target``'s topics
    (same topics by default, or e.g. versioned ones via ``topic_suffix``).

    Same agent path as the worker (:func:`streams.records.process_record`); identical re-sent
    articles inside the log are skipped; dead letters are re-emitted only when asked.
    """
    from confluent_kafka import Consumer, KafkaError, TopicPartition

    from streams.topics import ensure_topics

    if extract_fn is None or extractor_version is None:
        from streams.app import load_engine

        engine_extract, engine_version = load_engine()
        extract_fn = extract_fn or engine_extract
        extractor_version = extractor_version or engine_version
    target = target or settings
    ensure_topics(target, [topic_for_kind(target, k) for k in KINDS])
    config = Config.from_settings(target)

    consumer = Consumer(
        settings.confluent_config(
            **{
                "group.id": f"geoevents-replay-{time.time_ns()}",
                "enable.auto.commit": False,
                "auto.offset.reset": "earliest",
                "enable.partition.eof": True,
            }
        )
    )
    topic = settings.topic_articles
    metadata = consumer.list_topics(topic, timeout=10).topics.get(topic)
    if metadata is None or metadata.error is not None:
        raise RuntimeError(f"articles topic {topic!r} not found")
    partitions = sorted(metadata.partitions)
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for p in partitions:
        starts[p], ends[p] = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10, cached=False)
    since_ms = None
    if since is not None:
        since_ms = int(since.timestamp() * 1000)
        found = consumer.offsets_for_times([TopicPartition(topic, p, since_ms) for p in partitions], timeout=10)
        for tp in found:
            starts[tp.partition] = -1 if tp.offset < 0 else max(tp.offset, starts[tp.partition])
    # A partition is done at the first end-of-partition at or past the end seen at start. (EOF, not
    # the snapshot alone: some brokers, Tansu among them, under-report the high watermark.)
    todo = {p for p in partitions if starts[p] >= 0}
    total = sum(max(0, ends[p] - starts[p]) for p in todo)
    consumer.assign([TopicPartition(topic, p, starts[p]) for p in todo])

    producer = make_producer(target)
    tracker = DeliveryTracker()
    stats = ReplayStats()
    remembered: dict[str, str] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="rec", desc=f"replay {topic}", file=sys.stderr)
    try:
        while todo:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            p = msg.partition()
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF and msg.offset() >= ends.get(p, 0):
                    todo.discard(p)
                elif msg.error().code() != KafkaError._PARTITION_EOF:
                    log.warning("replay consumer: %s", msg.error())
                continue
            ts_type, ts = msg.timestamp()
            if since_ms is not None and ts_type and 0 <= ts < since_ms:
                # the broker's time lookup answered an earlier offset (the embedded broker answers 0):
                # filter by record timestamp here
                if not stats.before_since:
                    log.warning("the broker's time lookup returned records older than --since; "
                                "filtering by record timestamp")
                stats.before_since += 1
                if bar is not None:
                    bar.update(1)
                continue
            src = SourceRecord(
                value=msg.value(),
                key=msg.key(),
                topic=msg.topic(),
                partition=p,
                offset=msg.offset(),
                timestamp=ts / 1000 if ts_type and ts > 0 else None,
                headers=list(msg.headers() or []),
            )
            outcome = process_record(
                src, extract_fn, extractor_version, config, seen=lambda aid, fp: remembered.get(aid) == fp
            )
            stats.records += 1
            if outcome.article is not None and not outcome.records:
                stats.duplicates += 1
            if outcome.article is not None and outcome.fingerprint and outcome.dead_letter is None:
                remembered[outcome.article.id] = outcome.fingerprint
                if outcome.records:
                    stats.articles += 1
            for record in outcome.records:
                if record.kind == DEAD_LETTER:
                    stats.dead_letters += 1
                    if not dead_letters:
                        continue
                elif record.kind != STATEMENTS:
                    stats.events += 1
                    stats.event_ids.append(record.ce_id or "")
                _produce(producer, topic_for_kind(target, record.kind), record, tracker)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            if bar.n != bar.total:  # some brokers under-report the end offsets: show what was read
                bar.total = bar.n
                bar.refresh()
            bar.close()
        consumer.close()
        remaining = producer.flush(30)
        if remaining:
            tracker.errors.append(f"{remaining} records not delivered within 30s")
    stats.published = tracker.delivered
    stats.errors = tracker.errors
    return stats


def _produce(producer, topic: str, record: OutRecord, tracker: DeliveryTracker) -> None:
    while True:
        try:
            producer.produce(topic, value=record.value, key=record.key, headers=record.headers, on_delivery=tracker)
            break
        except BufferError:
            producer.poll(0.1)
    producer.poll(0)
