"""One real worker process; a scraper and a consumer on librdkafka (confluent-kafka)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import orjson
import pytest
from confluent_kafka import Producer
from jsonschema import Draft202012Validator

from schemas import Article
from schemas.export import load
from streams import envelope
from streams.clients import replay
from streams.engine import EXTRACTOR_VERSION, Engine, extract
from streams.records import parse_dead_letter_headers

from .conftest import ROOT, collect, drain, make_settings, wait_until

pytestmark = pytest.mark.integration

EVENT_KINDS = ("warning", "deployment", "alliance")
SEEDS = (ROOT / "examples" / "articles.jsonl").read_bytes().splitlines()
MAX_BYTES = 20_000
WARNING = (
    "Russia's foreign ministry warned on Monday that Poland would face consequences if it deployed "
    "American missiles on its territory. Story {n}."
)


def expected_ids(lines: list[bytes]) -> set[str]:
    ids = set()
    for line in lines:
        ids.update(e.id for e in extract(Article.model_validate(orjson.loads(line))).events)
    return ids


def scrape(settings, values: list[bytes], keyed: bool = True) -> None:
    """Publish like a scraper would: librdkafka producer, key = article id."""
    producer = Producer({"bootstrap.servers": settings.bootstrap_servers(), "enable.idempotence": False, "linger.ms": 5})
    for value in values:
        key = None
        if keyed:
            try:
                key = orjson.loads(value)["id"].encode()
            except Exception:
                key = None
        producer.produce(settings.topic_articles, value=value, key=key)
    assert producer.flush(15) == 0


@pytest.fixture(scope="module")
def pipeline(broker, start_worker):
    settings = make_settings(broker, max_message_bytes=MAX_BYTES)
    worker = start_worker(settings)
    scrape(settings, SEEDS)
    return settings, worker


def test_seed_events_arrive_as_valid_cloudevents(pipeline):
    settings, worker = pipeline
    want = expected_ids(SEEDS)
    assert want, "the engine finds no events in the examples"
    seed_ids = {orjson.loads(line)["id"] for line in SEEDS}

    events = collect(settings, EVENT_KINDS, lambda recs: {r.headers.get("ce_id") for r in recs} >= want)
    statements = collect(
        settings, ["statements"], lambda recs: {r.json()["article_id"] for r in recs} >= seed_ids
    )
    validators = {kind: Draft202012Validator(load(kind)) for kind in (*EVENT_KINDS, "statements")}
    for rec in events + statements:
        assert envelope.validate_headers(rec.raw_headers) == [], rec.headers
        assert rec.headers["content-type"] == "application/json"
        assert rec.headers["ce_type"] == f"org.geoevents.{rec.kind}.v1"
        assert rec.headers["ce_dataschema"].endswith(f"/{rec.kind}-1.0.json")
        body = rec.json()
        validators[rec.kind].validate(body)
    for rec in events:
        body = rec.json()
        assert body["type"] == rec.kind and body["id"] == rec.headers["ce_id"]
        assert body["extractor_version"] == EXTRACTOR_VERSION == rec.headers["ce_extractorversion"]
        source = (body["source"] or {}).get("code") or "?"
        target = (body["target"] or {}).get("code") or "?"
        assert rec.key == f"{source}->{target}".encode()
    unsupported = [r.json() for r in statements if not r.json()["language"]["supported"]]
    assert any(s["article_id"] == "ex-fi-001" for s in unsupported)
    assert worker.metric("geoevents_articles_consumed_total", language="en") >= 1


def test_resent_articles_yield_no_new_event_ids(pipeline):
    settings, worker = pipeline
    want = expected_ids(SEEDS)
    collect(settings, EVENT_KINDS, lambda recs: {r.headers.get("ce_id") for r in recs} >= want)
    before = worker.metric("geoevents_duplicate_articles_total")
    scrape(settings, SEEDS)
    wait_until(lambda: worker.metric("geoevents_duplicate_articles_total") >= before + len(SEEDS), 30,
               message="duplicates to be counted")
    events = drain(settings, EVENT_KINDS, idle=1.5)
    assert {r.headers["ce_id"] for r in events} == want
    assert len(events) == len(want)  # dedup table: nothing was re-published


def malformed(n: int) -> list[tuple[str, bytes]]:
    kinds = [
        ("undecodable", lambda i: b'{"id": "u-%d", "text": "caf\xe9 \xff"}' % i),
        ("invalid_json", lambda i: b'{"id": "j-%d", "text": "unterminated' % i),
        ("schema", lambda i: orjson.dumps([{"id": f"s-{i}"}]) if i % 2 else orjson.dumps({"id": f"s-{i}", "text": 42})),
        ("too_large", lambda i: orjson.dumps({"id": f"l-{i}", "text": "x" * (MAX_BYTES + i)})),
        ("invalid_json", lambda i: b""),
    ]
    return [(kinds[i % len(kinds)][0], kinds[i % len(kinds)][1](i)) for i in range(n)]


def test_fifty_malformed_messages_are_dead_lettered_and_good_ones_processed(pipeline):
    settings, worker = pipeline
    bad = malformed(50)
    good = [orjson.dumps({"id": f"good-{i}", "text": WARNING.format(n=i)}) for i in range(25)]
    stream: list[bytes] = []
    for i, (_, value) in enumerate(bad):
        stream.append(value)
        if i % 2 == 0:
            stream.append(good[i // 2])
    scrape(settings, stream)

    letters = collect(settings, ["dead-letter"], lambda recs: len(recs) >= 50)
    assert len(letters) == 50
    assert sorted(r.value or b"" for r in letters) == sorted(v for _, v in bad)  # original bytes, untouched
    reasons = Counter(parse_dead_letter_headers(r.raw_headers)["reason"] for r in letters)
    assert reasons == Counter(reason for reason, _ in bad)
    for rec in letters:
        meta = parse_dead_letter_headers(rec.raw_headers)
        assert meta["source_topic"] == settings.topic_articles
        assert int(meta["source_partition"]) >= 0 and int(meta["source_offset"]) >= 0
        assert meta["detail"] and meta["failed_at"] and meta["extractor_version"] == EXTRACTOR_VERSION

    good_ids = {f"good-{i}" for i in range(25)}
    statements = collect(settings, ["statements"], lambda recs: {r.json()["article_id"] for r in recs} >= good_ids)
    assert good_ids <= {r.json()["article_id"] for r in statements}
    wait_until(lambda: worker.metric_sum("geoevents_dead_letters_total") >= 50, 10, message="dead-letter metric")
    assert worker.process.poll() is None


def test_replay_rederives_same_ids_and_new_ids_for_new_extractor(pipeline):
    settings, _ = pipeline
    want = expected_ids(SEEDS)
    collect(settings, EVENT_KINDS, lambda recs: {r.headers.get("ce_id") for r in recs} >= want)
    live = {r.headers["ce_id"] for r in drain(settings, EVENT_KINDS, idle=1.0)}

    env = {**os.environ, **settings.to_env()}
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "replay", "--topic-suffix", ".replay"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "replay" in result.stderr  # progress bar and summary on stderr
    same = settings.model_copy(update={"topic_suffix": ".replay"})
    replayed = {r.headers["ce_id"] for r in drain(same, EVENT_KINDS, idle=1.0)}
    assert replayed == live, (len(replayed), len(live), result.stderr[-2000:])

    nxt = Engine(version=EXTRACTOR_VERSION + "+next")
    target = settings.model_copy(update={"topic_suffix": ".next"})
    stats = replay(settings, target=target, progress=False, extract_fn=nxt.extract, extractor_version=nxt.version)
    assert not stats.errors
    records = drain(target, EVENT_KINDS, idle=1.0)
    new_ids = {r.headers["ce_id"] for r in records}
    assert len(new_ids) == len(live) and not new_ids & live
    assert {r.json()["extractor_version"] for r in records} == {nxt.version}
