"""The shell's defences without a broker: output caps, publish failures by reason, the commit cap,
poison batches, metrics present from the start, `--since` parsing."""

from __future__ import annotations

import argparse
import asyncio
import struct
from datetime import datetime, timedelta, timezone

import aiokafka.codec
import aiokafka.errors as kafka_errors
import orjson
import pytest
from aiokafka.consumer import fetcher
from aiokafka.record.default_records import DefaultRecordBatchBuilder
from faust.types import TP

from schemas import Article, ArticleStatements, Span
from streams import faust_fixes
from streams.agents import publish_failure_reason
from streams.cli import parse_since
from streams.engine import EXTRACTOR_VERSION, extract
from streams.metrics import DEAD_LETTER_REASONS
from streams.records import (
    DEAD_LETTER,
    STATEMENTS,
    Config,
    SourceRecord,
    limit_result,
    parse_dead_letter_headers,
    process_record,
)

from .test_agents import Capture, article, counter, run_agent

QUOTED = '"The talks on border crossing {i} will continue next week," the minister said. '
WARN = "Russia's foreign ministry warned that Poland would face consequences if it deployed missiles near {i}. "


def big_text(n: int) -> str:
    return "".join((WARN if i % 2 else QUOTED).format(i=i) for i in range(n))


def src(value: bytes) -> SourceRecord:
    return SourceRecord(value=value, key=b"k", topic="articles", partition=0, offset=7, timestamp=1_700_000_000.0)


# --- output caps ---------------------------------------------------------------------------------
def test_caps_keep_the_first_statements_and_events_and_say_so():
    text = big_text(60)
    result = extract(Article(id="caps", text=text))
    assert len(result.statements) > 10 and len(result.events) > 5
    config = Config(max_statements=10, max_events=5)
    limited, info = limit_result(result, config)
    assert limited.statements == result.statements[:10] and limited.events == result.events[:5]
    assert info.statements_found == len(result.statements) and info.statements_kept == 10
    assert info.events_found == len(result.events) and info.events_kept == 5
    assert len(result.statements) > 10  # the engine's result is untouched
    records = process_record(src(orjson.dumps({"id": "caps", "text": text})), extract, EXTRACTOR_VERSION, config).records
    body = ArticleStatements.model_validate(orjson.loads(records[0].value))
    assert body.limited == info and len(body.event_ids) == 5 and len(records) == 1 + 5


def test_long_spans_are_cut_with_a_flag_and_offsets_still_hold():
    quote = "We will not accept new missiles on our border " * 40  # one 1,800-character quotation
    text = f'The minister said: "{quote.strip()}." Russia warned Poland of consequences over missiles.'
    result = extract(Article(id="long", text=text))
    contents = [s.content for s in result.statements if len(s.content.text) > 200]
    assert contents, [s.content.text[:40] for s in result.statements]
    limited, info = limit_result(result, Config(max_span_chars=200))
    assert info.spans_cut >= 1
    spans = []

    def walk(model):
        for name in type(model).model_fields:
            value = getattr(model, name)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, Span):
                    spans.append(item)
                elif hasattr(type(item), "model_fields"):
                    walk(item)

    for item in (*limited.statements, *limited.events):
        walk(item)
    assert spans and all(len(s.text) <= 200 and text[s.start:s.end] == s.text for s in spans)
    cut = [s for s in spans if s.cut]
    assert len(cut) == info.spans_cut
    assert all(s.model_dump(mode="json")["cut"] is True for s in cut)
    assert all("cut" not in s.model_dump(mode="json") for s in spans if not s.cut)  # uncut spans unchanged
    assert any(len(c.text) > 200 for c in contents)  # the engine's own spans were not touched


def test_outputs_over_the_limit_dead_letter_the_article_with_its_value_cut():
    value = orjson.dumps({"id": "huge", "text": big_text(400)})
    config = Config(max_output_bytes=65_536)
    outcome = process_record(src(value), extract, EXTRACTOR_VERSION, config)
    assert [r.kind for r in outcome.records] == [DEAD_LETTER]
    meta = parse_dead_letter_headers(outcome.records[0].headers)
    assert meta["reason"] == "output_too_large" and "65536" in meta["detail"]
    record = outcome.records[0]
    assert record.size <= config.max_output_bytes and value.startswith(record.value)
    assert dict(record.headers)["original_size"] == str(len(value)).encode()


# --- publish failures ------------------------------------------------------------------------------
@pytest.mark.parametrize("exc, reason", [
    (kafka_errors.MessageSizeTooLargeError(), "too_large"),
    (kafka_errors.TopicAuthorizationFailedError(), "authorization"),
    (kafka_errors.UnknownTopicOrPartitionError(), "unknown_topic"),
    (kafka_errors.KafkaTimeoutError(), "timeout"),
    (kafka_errors.KafkaConnectionError(), "unavailable"),
    (ConnectionError("away"), "unavailable"),
    (ValueError("a bug"), "other"),
])
def test_publish_failures_are_classified(exc, reason):
    assert publish_failure_reason(exc) == reason
    wrapped = RuntimeError("send failed")
    wrapped.__cause__ = exc
    assert publish_failure_reason(wrapped) == reason


class Refusing(Capture):
    """Refuses records of some kinds with an exception, counting attempts."""

    def __init__(self, exc, kinds=(STATEMENTS,)) -> None:
        super().__init__()
        self.exc, self.refused_kinds, self.attempts = exc, kinds, 0

    async def send(self, record):
        if record.kind in self.refused_kinds:
            self.attempts += 1
            raise self.exc
        return await super().send(record)


def run_refusing(capture, steps):
    from streams.app import create_app
    from streams.settings import Settings

    async def main():
        settings = Settings(app_id="unit-refuse", broker_url="kafka://127.0.0.1:1", _env_file=None)
        runtime = create_app(settings, extract_fn=extract, extractor_version=EXTRACTOR_VERSION)
        stops = []
        runtime.extra["stop_worker"] = lambda: stops.append(1)
        runtime.topics.send = capture.send
        async with runtime.agent.test_context() as agent:
            await steps(agent)
        return runtime, stops

    faust_fixes.in_flight.clear()
    try:
        return asyncio.run(main())
    finally:
        faust_fixes.in_flight.clear()


def test_a_record_the_broker_refuses_as_too_large_dead_letters_the_article_once():
    capture = Refusing(kafka_errors.MessageSizeTooLargeError())

    async def steps(agent):
        await agent.put(article("refused"), key=b"refused")
        await agent.put(article("next", "Quiet day in the markets."), key=b"next")

    runtime, stops = run_refusing(capture, steps)
    assert capture.attempts == 2  # one per article: never retried
    letters = [r for r in capture.records if r.kind == DEAD_LETTER]
    assert len(letters) == 2 and not stops
    assert {parse_dead_letter_headers(r.headers)["reason"] for r in letters} == {"output_too_large"}
    assert counter(runtime, "geoevents_publish_failures_total", reason="too_large") == 2
    assert counter(runtime, "geoevents_dead_letters_total", reason="output_too_large") == 2
    assert "refused" not in runtime.table


def test_an_authorisation_failure_stops_the_worker_without_retrying_or_committing():
    capture = Refusing(kafka_errors.TopicAuthorizationFailedError())

    async def steps(agent):
        with pytest.raises(Exception):
            await agent.put(article("unauthorised"), key=b"unauthorised")
        assert faust_fixes.in_flight, "the record must hold back commits"

    runtime, stops = run_refusing(capture, steps)
    assert capture.attempts == 1 and stops == [1]
    assert runtime.extra["exit_code"] == 3
    assert counter(runtime, "geoevents_publish_failures_total", reason="authorization") == 1
    assert not capture.records


def test_commits_stop_at_a_record_whose_outputs_are_not_published():
    committed = {}

    async def original(self, offsets, *args, **kwargs):
        committed.update(offsets)
        return True

    faust_fixes.in_flight.clear()
    faust_fixes.in_flight[("articles", 1)] = 40
    try:
        asyncio.run(faust_fixes._commit_offsets(None, {TP("articles", 0): 10, TP("articles", 1): 55}, _original=original))
    finally:
        faust_fixes.in_flight.clear()
    assert committed == {TP("articles", 0): 10, TP("articles", 1): 40}


# --- poison batches -----------------------------------------------------------------------------------
def batch(base: int, codec: int, n: int = 3) -> bytes:
    builder = DefaultRecordBatchBuilder(magic=2, compression_type=codec, is_transactional=0, producer_id=-1,
                                        producer_epoch=-1, base_sequence=-1, batch_size=1 << 20)
    for i in range(n):
        builder.append(i, timestamp=None, key=b"k", value=b"v%d" % (base + i), headers=[])
    raw = bytearray(builder.build())
    struct.pack_into(">q", raw, 0, base)
    return bytes(raw)


def test_every_kafka_codec_is_available_to_the_worker():
    assert aiokafka.codec.has_gzip() and aiokafka.codec.has_snappy()
    assert aiokafka.codec.has_lz4() and aiokafka.codec.has_zstd()


def test_an_undecodable_batch_becomes_one_record_at_its_last_offset(monkeypatch):
    faust_fixes.install()
    zstd = batch(3, 4)
    data = batch(0, 0) + zstd + batch(6, 0)  # none, zstd, none
    monkeypatch.setattr(aiokafka.codec, "cramjam", None)  # no zstd library: the middle batch cannot be decoded
    monkeypatch.setattr(faust_fixes, "guarded_topics", {"arts"})
    records = fetcher.PartitionRecords(TP("arts", 0), fetcher.MemoryRecords(data), [], 0, None, None, True, 0)
    out = [(r.offset, r.value) for r in records]
    assert [o for o, _ in out] == [0, 1, 2, 5, 6, 7, 8]
    assert out[3][1] == zstd  # the raw batch, to be dead-lettered
    detail = faust_fixes.take_batch_error("arts", 0, 5)
    assert detail and "UnsupportedCodecError" in detail and "offsets 3..5" in detail
    assert faust_fixes.take_batch_error("arts", 0, 6) is None
    outcome = process_record(SourceRecord(value=out[3][1], topic="arts", offset=5, batch_error=detail), extract,
                             EXTRACTOR_VERSION)
    assert parse_dead_letter_headers(outcome.records[0].headers)["reason"] == "undecodable_batch"


def test_other_topics_keep_aiokafkas_behaviour(monkeypatch):
    faust_fixes.install()
    zstd = batch(0, 4)
    monkeypatch.setattr(aiokafka.codec, "cramjam", None)
    monkeypatch.setattr(faust_fixes, "guarded_topics", {"arts"})
    records = fetcher.PartitionRecords(TP("changelog", 0), fetcher.MemoryRecords(zstd), [], 0, None, None, True, 0)
    with pytest.raises(kafka_errors.UnsupportedCodecError):
        list(records)


# --- metrics ------------------------------------------------------------------------------------------
def test_metrics_exist_from_the_start_and_count_what_they_say():
    async def steps(agent, runtime, capture):
        registry = runtime.metrics.registry
        for reason in DEAD_LETTER_REASONS:  # at 0 before any dead letter
            assert registry.get_sample_value("geoevents_dead_letters_total", {"reason": reason}) == 0.0
        assert registry.get_sample_value("process_resident_memory_bytes") > 0
        await agent.put(article("short", "Hi."), key=b"short")
        await agent.put(article("quiet", "Quiet day in the markets, traders said on Tuesday morning."), key=b"quiet")
        await agent.put(article("unknown-actor", "The defence ministry will deploy 500 troops to Estonia."),
                        key=b"unknown-actor")

    runtime, capture = run_agent(steps)
    assert counter(runtime, "geoevents_too_short_articles_total") == 1
    assert counter(runtime, "geoevents_unsupported_language_total", language="und") == 0
    # every processed article is timed end to end, also those without events
    assert counter(runtime, "geoevents_end_to_end_latency_seconds_count") == 3
    events = [orjson.loads(r.value) for r in capture.records if r.kind not in (STATEMENTS, DEAD_LETTER)]
    assert events, capture.kinds()
    unknown = [e for e in events if (e["source"] or {}).get("code") in (None, "?")]
    assert unknown, [e["source"] for e in events]
    assert counter(runtime, "geoevents_actor_events_total", type=unknown[0]["type"], actor="?") >= 1
    keys = [r.key for r in capture.records if r.kind not in (STATEMENTS, DEAD_LETTER)]
    assert all(b"UNK" not in k and b"unknown" not in k for k in keys)


# --- --since ------------------------------------------------------------------------------------------
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    ("6h", NOW - timedelta(hours=6)),
    ("2d", NOW - timedelta(days=2)),
    ("30m", NOW - timedelta(minutes=30)),
    ("1w", NOW - timedelta(weeks=1)),
    ("2026-03-01", datetime(2026, 3, 1, tzinfo=timezone.utc)),
    ("2026-03-01T08:00:00Z", datetime(2026, 3, 1, 8, tzinfo=timezone.utc)),
    ("2026-03-01T08:00:00+02:00", datetime(2026, 3, 1, 6, tzinfo=timezone.utc)),
])
def test_since_accepts_ages_and_iso_times(text, expected):
    assert parse_since(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "6 hours", "-2d", "h", "2026-13-01", ""])
def test_since_rejects_anything_else(text):
    with pytest.raises(argparse.ArgumentTypeError):
        parse_since(text, now=NOW)
