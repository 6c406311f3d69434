"""Compressed input and output: a foreign producer (librdkafka) sends the same articles once per
Kafka codec; a batch the worker cannot decode is dead-lettered and the partition moves on."""

from __future__ import annotations

import orjson
import pytest
from confluent_kafka import Producer

from streams.records import parse_dead_letter_headers

from .conftest import collect, drain, make_settings, wait_until

pytestmark = pytest.mark.integration

CODECS = ("gzip", "snappy", "lz4", "zstd")
TEXTS = (
    "The United States will deploy 2,000 troops to Romania, the Pentagon said. Item {n}.",
    "Russia warned Poland of consequences over missiles. Item {n}.",
    "Quiet day in the markets. Item {n}.",
)


def articles(prefix: str, n: int) -> list[bytes]:
    return [orjson.dumps({"id": f"{prefix}-{i}", "text": TEXTS[i % len(TEXTS)].format(n=i)}) for i in range(n)]


def send(settings, values: list[bytes], codec: str, partition: int | None = None) -> None:
    """librdkafka producer with ``compression.type=codec``; a long linger puts the values in one batch."""
    producer = Producer({"bootstrap.servers": settings.bootstrap_servers(), "enable.idempotence": False,
                         "compression.type": codec, "linger.ms": 200, "batch.num.messages": 10_000})
    for value in values:
        key = orjson.loads(value)["id"].encode()
        if partition is None:
            producer.produce(settings.topic_articles, value=value, key=key)
        else:
            producer.produce(settings.topic_articles, value=value, key=key, partition=partition)
    assert producer.flush(15) == 0


def statement_ids(records) -> set[str]:
    return {r.json()["article_id"] for r in records if r.kind == "statements"}


def test_articles_in_every_codec_are_processed_and_outputs_compressed_as_configured(broker, start_worker):
    settings = make_settings(broker, producer_compression="zstd")
    worker = start_worker(settings)
    expected: set[str] = set()
    for codec in CODECS:
        values = articles(f"codec-{codec}", 30)
        expected |= {orjson.loads(v)["id"] for v in values}
        send(settings, values, codec)
    records = collect(settings, ["statements"], lambda recs: statement_ids(recs) >= expected, timeout=60)
    assert statement_ids(records) >= expected
    events = drain(settings, ["warning", "deployment"], idle=1.0)
    assert events and all(r.json()["id"] == r.headers["ce_id"] for r in events)  # zstd outputs read by librdkafka
    assert worker.metric("geoevents_dead_letters_total", reason="undecodable_batch") == 0
    assert worker.process.poll() is None


def test_a_batch_that_cannot_be_decoded_is_dead_lettered_and_the_partition_moves_on(broker, start_worker):
    """A worker without the zstd codec (as one installed without cramjam): the zstd batch is one dead
    letter, the articles before and after it on the same partition are processed, the worker stays up."""
    settings = make_settings(broker, partitions=1)
    worker = start_worker(settings, command=("-m", "tests.integration.fault_worker"),
                          env_extra={"TEST_NO_CODECS": "1"})
    send(settings, articles("before", 3), "gzip", partition=0)
    send(settings, articles("poison", 5), "zstd", partition=0)
    send(settings, articles("after", 3), "none", partition=0)
    wanted = {f"before-{i}" for i in range(3)} | {f"after-{i}" for i in range(3)}

    def done(recs):
        return statement_ids(recs) >= wanted and any(r.kind == "dead-letter" for r in recs)

    records = collect(settings, ["statements", "dead-letter"], done, timeout=60)
    assert statement_ids(records) == wanted  # nothing of the poison batch was processed, nothing else lost
    letters = [r for r in records if r.kind == "dead-letter"]
    assert len(letters) == 1
    dlq = parse_dead_letter_headers(letters[0].raw_headers)
    assert dlq["reason"] == "undecodable_batch" and "zstd" in dlq["detail"]
    assert int(dlq["source_offset"]) == 7  # the batch's last offset (3 before it, 5 in it)
    assert letters[0].value  # the raw batch, for forensics
    wait_until(lambda: worker.metric("geoevents_dead_letters_total", reason="undecodable_batch") == 1, 10)
    assert worker.process.poll() is None
