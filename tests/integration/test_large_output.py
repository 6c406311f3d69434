"""One large article must not stall the partition: its outputs are bounded per article, and an
article whose outputs are still too large is dead-lettered (output_too_large), not retried."""

from __future__ import annotations

import orjson
import pytest

from streams.records import parse_dead_letter_headers

from .conftest import collect, drain, make_settings, wait_until
from .test_compression import send

pytestmark = pytest.mark.integration


def big_article(article_id: str, n: int = 4000) -> bytes:
    """~400 KB (well under the 2 MB input cap): n quoted sentences, every other one a warning."""
    sentences = []
    for i in range(n):
        if i % 2:
            sentences.append(f'"Poland will face consequences if it deploys missiles near crossing {i}," '
                             f"Russia's foreign ministry warned.")
        else:
            sentences.append(f'"The talks on border crossing {i} will continue next week," the minister said.')
    return orjson.dumps({"id": article_id, "text": " ".join(sentences)})


def small_article(article_id: str) -> bytes:
    return orjson.dumps({"id": article_id, "text": "Russia warned Poland of consequences over missiles."})


def test_a_large_article_is_published_within_the_caps_and_the_next_one_follows(broker, start_worker):
    settings = make_settings(broker, partitions=1)
    worker = start_worker(settings)
    value = big_article("big-1")
    assert 300_000 < len(value) < settings.max_message_bytes
    send(settings, [value, small_article("small-after-big")], "none", partition=0)
    wanted = {"big-1", "small-after-big"}
    records = collect(settings, ["statements"], lambda recs: {r.json()["article_id"] for r in recs} >= wanted,
                      timeout=90)
    big = next(r for r in records if r.json()["article_id"] == "big-1")
    body = big.json()
    limited = body["limited"]
    assert limited is not None and limited["statements_found"] >= 2000
    assert len(body["statements"]) == limited["statements_kept"] == settings.max_statements_per_article
    assert limited["events_found"] > settings.max_events_per_article
    assert len(body["event_ids"]) == limited["events_kept"] == settings.max_events_per_article
    assert len(big.value) < settings.max_output_bytes
    events = drain(settings, ["warning", "deployment", "alliance"], idle=1.0)
    assert {r.headers["ce_id"] for r in events if r.headers["ce_subject"] == "big-1"} == set(body["event_ids"])
    assert worker.metric("geoevents_dead_letters_total", reason="output_too_large") == 0
    assert worker.process.poll() is None


def test_outputs_still_too_large_dead_letter_the_article_and_the_partition_moves_on(broker, start_worker):
    settings = make_settings(broker, partitions=1, max_output_bytes=65_536)
    worker = start_worker(settings)
    value = big_article("big-2")
    send(settings, [value, small_article("small-after-too-large")], "none", partition=0)

    def done(recs):
        return any(r.kind == "dead-letter" for r in recs) and any(
            r.kind == "statements" and r.json()["article_id"] == "small-after-too-large" for r in recs)

    records = collect(settings, ["statements", "dead-letter"], done, timeout=90)
    letters = [r for r in records if r.kind == "dead-letter"]
    assert len(letters) == 1 and letters[0].key == b"big-2"
    dlq = parse_dead_letter_headers(letters[0].raw_headers)
    assert dlq["reason"] == "output_too_large" and "65536" in dlq["detail"]
    # the original article does not fit either: cut, with its size and digest
    assert letters[0].headers["original_size"] == str(len(value))
    assert len(letters[0].value) < 65_536 and value.startswith(letters[0].value)
    assert not any(r.kind == "statements" and r.json()["article_id"] == "big-2" for r in records)
    wait_until(lambda: worker.metric("geoevents_dead_letters_total", reason="output_too_large") == 1, 10)
    assert worker.process.poll() is None
