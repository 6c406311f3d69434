"""The pure decode → validate → extract → route path (no Kafka)."""

from __future__ import annotations

import orjson
import pytest
from jsonschema import Draft202012Validator

from schemas import ExtractionResult, LanguageInfo
from schemas.export import load
from streams import envelope
from streams.engine import EXTRACTOR_VERSION, Engine, extract
from streams.records import (
    DEAD_LETTER,
    STATEMENTS,
    Config,
    Rejected,
    SourceRecord,
    decode_article,
    parse_dead_letter_headers,
    process_record,
)

TEXT = (
    "Russia's foreign ministry warned on Monday that Poland would face consequences "
    "if it deployed American missiles on its territory."
)


def src(value: bytes, **kw) -> SourceRecord:
    return SourceRecord(value=value, key=b"k", topic="articles", partition=2, offset=41, timestamp=1_700_000_000.0, **kw)


def good(id_="a-1", text=TEXT, **extra) -> bytes:
    return orjson.dumps({"id": id_, "text": text, **extra})


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"\xc3\x28 invalid utf-8", "undecodable"),
        (b"", "invalid_json"),
        (b"{not json}", "invalid_json"),
        (b'"a string"', "schema"),
        (b'{"id": 5, "text": "x"}', "schema"),
        (b'{"id": "   ", "text": "x"}', "schema"),
        (b'{"id": "a"}', "schema"),
        (None, "invalid_json"),
    ],
)
def test_decode_rejects_with_reason(value, reason):
    with pytest.raises(Rejected) as info:
        decode_article(value, 1000)
    assert info.value.reason == reason
    assert info.value.detail


def test_size_cap_applies_before_parsing():
    with pytest.raises(Rejected) as info:
        decode_article(b"x" * 101, 100)  # not JSON either: the size check comes first
    assert info.value.reason == "too_large"


def test_unknown_article_fields_are_ignored():
    assert decode_article(good(extra_field=1), 10_000).id == "a-1"


def test_events_are_cloudevents_with_schema_valid_bodies():
    outcome = process_record(src(good(published_at="2025-03-03T08:00:00+01:00")), extract, EXTRACTOR_VERSION)
    assert outcome.dead_letter is None
    assert outcome.records[0].kind == STATEMENTS
    assert outcome.events
    validators = {name: Draft202012Validator(load(name)) for name in ("warning", "deployment", "alliance", "statements")}
    for record in outcome.records:
        body = orjson.loads(record.value)
        validators[record.kind].validate(body)
        assert envelope.validate_headers(record.headers) == []
        headers = envelope.headers_dict(record.headers)
        assert headers["ce_time"] == "2025-03-03T07:00:00Z"
        assert headers["ce_dataschema"].endswith(f"/{record.kind}-1.0.json")
        assert headers["ce_subject"] == "a-1"
        assert headers["content-type"] == "application/json"
        if record.kind != STATEMENTS:
            assert headers["ce_id"] == body["id"]
            source = (body.get("source") or {}).get("code") or "?"
            target = (body.get("target") or {}).get("code") or "?"
            assert record.key == f"{source}->{target}".encode() == headers["ce_partitionkey"].encode()
    statements = orjson.loads(outcome.records[0].value)
    assert statements["event_ids"] == [r.ce_id for r in outcome.events]


def test_ids_are_deterministic_and_versioned():
    first = process_record(src(good()), extract, EXTRACTOR_VERSION)
    again = process_record(src(good()), extract, EXTRACTOR_VERSION)
    assert [r.ce_id for r in first.records] == [r.ce_id for r in again.records]
    other = Engine(version=EXTRACTOR_VERSION + "+next")
    bumped = process_record(src(good()), other.extract, other.version)
    assert len(bumped.events) == len(first.events)
    assert not {r.ce_id for r in bumped.records} & {r.ce_id for r in first.records}


def test_ce_time_falls_back_to_record_timestamp():
    outcome = process_record(src(good()), extract, EXTRACTOR_VERSION)
    assert envelope.headers_dict(outcome.records[0].headers)["ce_time"] == "2023-11-14T22:13:20Z"


def test_seen_article_yields_no_records():
    outcome = process_record(src(good()), extract, EXTRACTOR_VERSION, seen=lambda aid, fp: True)
    assert outcome.records == [] and outcome.article is not None


def test_unsupported_language_is_a_statements_record_not_an_error():
    text = "Huomenna on aurinkoista koko maassa, ja lämpötila nousee kymmeneen asteeseen. Illalla voi sataa lunta."
    outcome = process_record(src(good(text=text)), extract, EXTRACTOR_VERSION)
    assert outcome.dead_letter is None
    assert [r.kind for r in outcome.records] == [STATEMENTS]
    body = orjson.loads(outcome.records[0].value)
    assert body["language"]["supported"] is False
    assert body["event_ids"] == []


def test_dead_letter_keeps_original_bytes_and_source_position():
    raw = b'{"id": "x", "text": '
    outcome = process_record(src(raw, headers=[("origin", b"scraper-7")]), extract, EXTRACTOR_VERSION)
    [record] = outcome.records
    assert record.kind == DEAD_LETTER and record.value == raw and record.key == b"k"
    assert ("origin", b"scraper-7") in record.headers
    meta = parse_dead_letter_headers(record.headers)
    assert meta["reason"] == "invalid_json"
    assert (meta["source_topic"], meta["source_partition"], meta["source_offset"]) == ("articles", "2", "41")
    assert meta["extractor_version"] == EXTRACTOR_VERSION
    assert meta["schema_version"] == "1.0"
    Draft202012Validator(load("dead-letter")).validate(outcome.dead_letter.model_dump(mode="json"))


def test_oversize_is_dead_lettered():
    outcome = process_record(src(good(text="word " * 100)), extract, EXTRACTOR_VERSION, Config(max_message_bytes=200))
    assert outcome.dead_letter.reason == "too_large"


def test_engine_error_result_is_an_extraction_failure():
    def failing(article):
        return ExtractionResult(
            article_id=article.id,
            extractor_version="t",
            language=LanguageInfo(code="en", confidence=1.0, status="ok", supported=True),
            sentences=0,
            error={"reason": "internal", "detail": "lexicon missing"},
        )

    outcome = process_record(src(good()), failing, "t")
    assert outcome.dead_letter.reason == "extraction_failed"
    assert "lexicon missing" in outcome.dead_letter.detail
