"""The agent's logic as plain functions: bytes in, records to publish out. No Kafka, no I/O.

``process_record`` is what the Faust agent and ``geoevents replay`` both run for every record
of the articles topic:

1. size cap (before anything is parsed)  -> dead letter ``too_large``
2. strict UTF-8 decode                   -> dead letter ``undecodable``
3. JSON parse (orjson)                   -> dead letter ``invalid_json``
4. validate :class:`schemas.Article`     -> dead letter ``schema``
5. ``extract(article)``                  -> dead letter ``extraction_failed`` if it raises or reports an error
6. one statements record per article (also for unsupported languages: its ``language`` says so)
   and one record per event on the topic of its type, all CloudEvents (see :mod:`streams.envelope`).

Dead letters keep the original key, value and headers untouched and add ``dlq_*`` headers:
``dlq_reason``, ``dlq_detail``, ``dlq_source_topic``, ``dlq_source_partition``,
``dlq_source_offset``, ``dlq_failed_at``, ``dlq_extractor_version``, ``dlq_schema_version``
(the fields of :class:`schemas.DeadLetter`). Exception: a ``too_large`` value longer than the
producer can send is cut (headers ``original_size``, ``original_sha256``), see :func:`dead_letter_record`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import orjson
from pydantic import ValidationError

from schemas import SCHEMA_VERSION, Article, ArticleStatements, DeadLetter, ExtractionResult
from streams import envelope
from streams.situations.mentions import outlet_of

ExtractFn = Callable[[Article], ExtractionResult]

DEAD_LETTER_HEADER_PREFIX = "dlq_"
MAX_DETAIL_CHARS = 1000
STATEMENTS = "statements"
DEAD_LETTER = "dead-letter"


class Rejected(Exception):
    """A record that cannot be processed; ``reason`` is a :class:`schemas.DeadLetter` reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail[:MAX_DETAIL_CHARS]


@dataclass(frozen=True)
class SourceRecord:
    """A record read from the articles topic."""

    value: bytes | None
    key: bytes | None = None
    topic: str = ""
    partition: int = -1
    offset: int = -1
    timestamp: float | None = None  # seconds since the epoch (Kafka record timestamp)
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class OutRecord:
    """A record to publish. ``kind``: an event type, 'statements' or 'dead-letter'."""

    kind: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    ce_id: str | None = None


@dataclass
class Outcome:
    records: list[OutRecord]
    article: Article | None = None
    result: ExtractionResult | None = None
    dead_letter: DeadLetter | None = None
    fingerprint: str | None = None

    @property
    def events(self) -> list[OutRecord]:
        return [r for r in self.records if r.kind not in (STATEMENTS, DEAD_LETTER)]


def producer_max_request_size(max_message_bytes: int) -> int:
    """The worker producer's max request size: room for a ``max_message_bytes`` record plus headers."""
    return max(1_048_576, max_message_bytes + 65_536)


DEAD_LETTER_HEADROOM = 32_768  # bytes left for the original and dlq_* headers and record overhead


@dataclass(frozen=True)
class Config:
    """The subset of settings the pure path needs."""

    max_message_bytes: int = 2_000_000
    ce_source: str = "urn:geoevents:extractor"
    schema_base_uri: str = "https://geoevents.example/schemas"

    @classmethod
    def from_settings(cls, settings) -> "Config":
        return cls(
            max_message_bytes=settings.max_message_bytes,
            ce_source=settings.ce_source,
            schema_base_uri=settings.schema_base_uri,
        )


def dumps(model) -> bytes:
    return orjson.dumps(model.model_dump(mode="json"))


def _summarise(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ())) or "<root>"
        parts.append(f"{where}: {item.get('msg')}")
    more = error.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def decode_article(value: bytes | None, max_bytes: int) -> Article:
    """Bytes of an articles-topic record -> Article, or raise :class:`Rejected`."""
    if value is None:
        raise Rejected("invalid_json", "record has no value (tombstone)")
    if len(value) > max_bytes:
        raise Rejected("too_large", f"{len(value)} bytes > limit {max_bytes}")
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("undecodable", f"not UTF-8: {exc}") from None
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise Rejected("invalid_json", str(exc)) from None
    if not isinstance(document, dict):
        raise Rejected("schema", f"expected a JSON object, got {type(document).__name__}")
    try:
        return Article.model_validate(document)
    except ValidationError as exc:
        raise Rejected("schema", _summarise(exc)) from None


def content_hash(article: Article) -> str:
    """sha256 of the article text: the dedup table's value (with the extractor version)."""
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(article: Article, extractor_version: str) -> str:
    """What the dedup table remembers per article id: re-sent identical articles are skipped,
    changed text or a new extractor version is processed again."""
    return f"{extractor_version}:{content_hash(article)}"


def statements_id(article_id: str, fp: str) -> str:
    return "st-" + hashlib.sha256(f"{article_id}\x1f{fp}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def dead_letter_record(
    src: SourceRecord,
    reason: str,
    detail: str,
    extractor_version: str,
    now: datetime | None = None,
    max_value_bytes: int | None = None,
) -> tuple[OutRecord, DeadLetter]:
    """The dead-letter record of ``src``: original key, value and headers plus ``dlq_*`` headers.

    A value longer than ``max_value_bytes`` (only huge ``too_large`` records) is cut to that
    length, so the producer, sized for ``max_message_bytes``, can publish it: otherwise the
    publish would fail for ever and stall the partition. Such a record also carries the headers
    ``original_size`` and ``original_sha256``; the full bytes stay at ``dlq_source_*``.
    """
    letter = DeadLetter(
        reason=reason,  # type: ignore[arg-type]
        detail=detail[:MAX_DETAIL_CHARS],
        source_topic=src.topic,
        source_partition=src.partition,
        source_offset=src.offset,
        failed_at=now or datetime.now(timezone.utc),
        extractor_version=extractor_version,
    )
    dlq_headers = [
        (DEAD_LETTER_HEADER_PREFIX + name, str(value).encode("utf-8", "replace"))
        for name, value in letter.model_dump(mode="json").items()
    ]
    original = [(k, v) for k, v in (src.headers or []) if not k.startswith(DEAD_LETTER_HEADER_PREFIX)]
    value = src.value if src.value is not None else b""
    if max_value_bytes is not None and len(value) > max_value_bytes:
        original = [(k, v) for k, v in original if k not in ("original_size", "original_sha256")]
        original += [
            ("original_size", str(len(value)).encode()),
            ("original_sha256", hashlib.sha256(value).hexdigest().encode()),
        ]
        value = value[:max_value_bytes]
    record = OutRecord(DEAD_LETTER, src.key, value, original + dlq_headers)
    return record, letter


def parse_dead_letter_headers(headers) -> dict[str, str]:
    """{reason, detail, source_topic, ...} from a dead-letter record's headers."""
    h = envelope.headers_dict(headers)
    n = len(DEAD_LETTER_HEADER_PREFIX)
    return {k[n:]: v for k, v in h.items() if k.startswith(DEAD_LETTER_HEADER_PREFIX)}


def event_time(article: Article, src: SourceRecord) -> datetime:
    if article.published_at is not None:
        return article.published_at
    if src.timestamp is not None and src.timestamp > 0:
        return datetime.fromtimestamp(src.timestamp, timezone.utc)
    return datetime.now(timezone.utc)


def build_records(article: Article, result: ExtractionResult, src: SourceRecord, config: Config, fp: str) -> list[OutRecord]:
    """Statements record + one CloudEvent per event, from an extraction result."""
    time = event_time(article, src)
    outlet = (outlet_of(article.source, article.url) or "").encode("utf-8", "replace")
    records: list[OutRecord] = []
    for event in result.events:
        key = envelope.event_key(event)
        headers = envelope.cloudevent_headers(
            ce_id=event.id,
            kind=event.type,
            time=time,
            subject=article.id,
            extractor_version=event.extractor_version,
            partition_key=key.decode(),
            source=config.ce_source,
            schema_base_uri=config.schema_base_uri,
        )
        if outlet:  # extension attribute: who published it (situations count distinct outlets)
            headers.append(("ce_outlet", outlet))
        records.append(OutRecord(event.type, key, dumps(event), headers, ce_id=event.id))
    statements = ArticleStatements(
        schema_version=SCHEMA_VERSION,
        article_id=article.id,
        extractor_version=result.extractor_version,
        language=result.language,
        sentences=result.sentences,
        truncated=result.truncated,
        statements=result.statements,
        event_ids=[e.id for e in result.events],
    )
    st_id = statements_id(article.id, fp)
    key = article.id.encode("utf-8", "surrogatepass")
    headers = envelope.cloudevent_headers(
        ce_id=st_id,
        kind=STATEMENTS,
        time=time,
        subject=article.id,
        extractor_version=result.extractor_version,
        partition_key=article.id,
        source=config.ce_source,
        schema_base_uri=config.schema_base_uri,
    )
    # statements go first: a consumer that sees an event can already find its article's record
    return [OutRecord(STATEMENTS, key, dumps(statements), headers, ce_id=st_id), *records]


def process_record(
    src: SourceRecord,
    extract_fn: ExtractFn,
    extractor_version: str,
    config: Config = Config(),
    seen: Callable[[str, str], bool] | None = None,
) -> Outcome:
    """Run one articles-topic record through validation and extraction.

    ``seen(article_id, fingerprint)`` returns True when this exact article was processed
    already; the outcome then has no records (a duplicate) and ``article`` set.
    """
    try:
        article = decode_article(src.value, config.max_message_bytes)
    except Rejected as exc:
        record, letter = dead_letter_record(
            src, exc.reason, exc.detail, extractor_version, max_value_bytes=dead_letter_value_limit(config)
        )
        return Outcome([record], dead_letter=letter)
    fp = fingerprint(article, extractor_version)
    if seen is not None and seen(article.id, fp):
        return Outcome([], article=article, fingerprint=fp)
    try:
        result = extract_fn(article)
        if result.error is not None:
            raise Rejected("extraction_failed", f"{result.error.reason}: {result.error.detail}")
        records = build_records(article, result, src, config, fp)
    except Rejected as exc:
        record, letter = dead_letter_record(src, exc.reason, exc.detail, extractor_version)
        return Outcome([record], article=article, dead_letter=letter, fingerprint=fp)
    except Exception as exc:  # the engine must not take the worker down
        record, letter = dead_letter_record(src, "extraction_failed", f"{type(exc).__name__}: {exc}", extractor_version)
        return Outcome([record], article=article, dead_letter=letter, fingerprint=fp)
    return Outcome(records, article=article, result=result, fingerprint=fp)


def dead_letter_value_limit(config: Config) -> int:
    """Longest dead-letter value the worker's producer can publish (see :func:`dead_letter_record`)."""
    return producer_max_request_size(config.max_message_bytes) - DEAD_LETTER_HEADROOM
