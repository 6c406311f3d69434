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

Outputs are bounded by design (:func:`limit_result`): at most ``max_statements_per_article``
statements and ``max_events_per_article`` events per article, spans cut at ``max_span_chars``
(``cut: true``), and the statements record says what was left out (``limited``). A record still
larger than ``max_output_bytes`` dead-letters the article (``output_too_large``) instead of being
sent: a publish that the broker must refuse would stall the partition.

Dead letters keep the original key, value and headers and add ``dlq_*`` headers:
``dlq_reason``, ``dlq_detail``, ``dlq_source_topic``, ``dlq_source_partition``,
``dlq_source_offset``, ``dlq_failed_at``, ``dlq_extractor_version``, ``dlq_schema_version``
(the fields of :class:`schemas.DeadLetter`). A value longer than the output limit allows is cut
(headers ``original_size``, ``original_sha256``), see :func:`dead_letter_record`. A compressed
batch the consumer could not decompress arrives as one record with ``batch_error`` set
(:mod:`streams.faust_fixes`) and is dead-lettered as ``undecodable_batch``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import orjson
from pydantic import ValidationError

from pydantic import BaseModel

from schemas import SCHEMA_VERSION, Article, ArticleStatements, DeadLetter, ExtractionResult, OutputLimits, Span
from streams import envelope
from streams.situations.mentions import outlet_of

ExtractFn = Callable[[Article], ExtractionResult]

DEAD_LETTER_HEADER_PREFIX = "dlq_"
MAX_DETAIL_CHARS = 1000
STATEMENTS = "statements"
DEAD_LETTER = "dead-letter"
MENTIONS = "mentions"  # the situations stage's input (streams/situations/agents.py), published with the events


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
    batch_error: str | None = None  # set for a compressed batch that could not be decoded (value: its raw bytes)


@dataclass(frozen=True)
class OutRecord:
    """A record to publish. ``kind``: an event type, 'statements', 'dead-letter' or 'mentions'."""

    kind: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    ce_id: str | None = None

    @property
    def size(self) -> int:
        """Bytes the record takes in a request, less the batch overhead."""
        return len(self.key or b"") + len(self.value) + sum(len(k) + len(v) for k, v in self.headers)


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


def producer_max_request_size(max_output_bytes: int) -> int:
    """The worker producer's max request size: room for a ``max_output_bytes`` record plus batch overhead."""
    return max(1_048_576, max_output_bytes + 65_536)


DEAD_LETTER_HEADROOM = 32_768  # bytes left for the original and dlq_* headers and record overhead


@dataclass(frozen=True)
class Config:
    """The subset of settings the pure path needs."""

    max_message_bytes: int = 2_000_000
    max_output_bytes: int = 1_000_000
    max_statements: int = 200
    max_events: int = 100
    max_span_chars: int = 1_000
    ce_source: str = "urn:geoevents:extractor"
    schema_base_uri: str = "https://geoevents.example/schemas"

    @classmethod
    def from_settings(cls, settings) -> "Config":
        return cls(
            max_message_bytes=settings.max_message_bytes,
            max_output_bytes=settings.max_output_bytes,
            max_statements=settings.max_statements_per_article,
            max_events=settings.max_events_per_article,
            max_span_chars=settings.max_span_chars,
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

    A value longer than ``max_value_bytes`` (the output limit less the headers' room) is cut to
    that length, so the producer and the broker accept it: otherwise the publish would fail
    for ever and stall the partition. Such a record also carries the headers
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


def _cut_spans(model: BaseModel, limit: int) -> int:
    """Cut every span under ``model`` longer than ``limit`` characters, in place. Returns how many."""
    cut = 0
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, Span):
                if len(item.text) > limit:
                    item.text, item.end, item.cut = item.text[:limit], item.start + limit, True
                    cut += 1
            elif isinstance(item, BaseModel):
                cut += _cut_spans(item, limit)
    return cut


def limit_result(result: ExtractionResult, config: Config) -> tuple[ExtractionResult, OutputLimits | None]:
    """Bound what one article emits: the first ``max_statements`` statements and ``max_events``
    events, spans cut at ``max_span_chars``. Returns the result (a copy when anything changed)
    and what was left out (None: nothing)."""
    found_st, found_ev = len(result.statements), len(result.events)
    long_span = _has_long_span(result, config.max_span_chars)
    if found_st <= config.max_statements and found_ev <= config.max_events and not long_span:
        return result, None
    limited = result.model_copy(
        update={"statements": result.statements[: config.max_statements], "events": result.events[: config.max_events]}
    )
    spans_cut = 0
    if long_span:
        limited.statements = [s.model_copy(deep=True) for s in limited.statements]
        limited.events = [e.model_copy(deep=True) for e in limited.events]
        spans_cut = sum(_cut_spans(item, config.max_span_chars) for item in (*limited.statements, *limited.events))
    return limited, OutputLimits(
        statements_found=found_st,
        statements_kept=len(limited.statements),
        events_found=found_ev,
        events_kept=len(limited.events),
        spans_cut=spans_cut,
        max_span_chars=config.max_span_chars,
    )


def _has_long_span(model: BaseModel | ExtractionResult, limit: int) -> bool:
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, Span):
                if len(item.text) > limit:
                    return True
            elif isinstance(item, BaseModel) and _has_long_span(item, limit):
                return True
    return False


def event_time(article: Article, src: SourceRecord) -> datetime:
    if article.published_at is not None:
        return article.published_at
    if src.timestamp is not None and src.timestamp > 0:
        return datetime.fromtimestamp(src.timestamp, timezone.utc)
    return datetime.now(timezone.utc)


def build_records(article: Article, result: ExtractionResult, src: SourceRecord, config: Config, fp: str) -> list[OutRecord]:
    """Statements record + one CloudEvent per event, from an extraction result bounded by
    :func:`limit_result`. Raises :class:`Rejected` (``output_too_large``) when a record is still
    larger than ``max_output_bytes``."""
    result, limited = limit_result(result, config)
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
        limited=limited,
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
    records = [OutRecord(STATEMENTS, key, dumps(statements), headers, ce_id=st_id), *records]
    for record in records:
        if record.size > config.max_output_bytes:
            raise Rejected(
                "output_too_large",
                f"{record.kind} record of {record.size} bytes > limit {config.max_output_bytes} "
                f"({len(result.statements)} statements, {len(result.events)} events after the caps)",
            )
    return records


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
    limit = dead_letter_value_limit(config)
    try:
        if src.batch_error is not None:
            raise Rejected("undecodable_batch", src.batch_error)
        article = decode_article(src.value, config.max_message_bytes)
    except Rejected as exc:
        record, letter = dead_letter_record(src, exc.reason, exc.detail, extractor_version, max_value_bytes=limit)
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
        record, letter = dead_letter_record(src, exc.reason, exc.detail, extractor_version, max_value_bytes=limit)
        return Outcome([record], article=article, dead_letter=letter, fingerprint=fp)
    except Exception as exc:  # the engine must not take the worker down
        record, letter = dead_letter_record(
            src, "extraction_failed", f"{type(exc).__name__}: {exc}", extractor_version, max_value_bytes=limit
        )
        return Outcome([record], article=article, dead_letter=letter, fingerprint=fp)
    return Outcome(records, article=article, result=result, fingerprint=fp)


def output_too_large(src: SourceRecord, outcome: Outcome, detail: str, extractor_version: str, config: Config) -> Outcome:
    """The outcome to publish instead when the broker refused one of ``outcome``'s records as too
    large (its limit is below ``max_output_bytes``): the article is dead-lettered."""
    record, letter = dead_letter_record(
        src, "output_too_large", detail, extractor_version, max_value_bytes=dead_letter_value_limit(config)
    )
    return Outcome([record], article=outcome.article, dead_letter=letter, fingerprint=outcome.fingerprint)


def dead_letter_value_limit(config: Config) -> int:
    """Longest dead-letter value the worker publishes: the output limit less room for the headers
    (see :func:`dead_letter_record`)."""
    return config.max_output_bytes - DEAD_LETTER_HEADROOM
