"""The agent through faust's test_context: no broker; outputs captured at the topics' send."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from streams.app import create_app
from streams.engine import EXTRACTOR_VERSION, extract
from streams.records import DEAD_LETTER, STATEMENTS, parse_dead_letter_headers
from streams.settings import Settings

WARNING_TEXT = (
    "Russia's foreign ministry warned on Monday that Poland would face consequences "
    "if it deployed American missiles on its territory."
)


def article(id_: str, text: str = WARNING_TEXT) -> bytes:
    return orjson.dumps({"id": id_, "text": text, "published_at": "2025-03-03T08:00:00Z"})


class Capture:
    def __init__(self) -> None:
        self.records = []

    async def send(self, record):
        self.records.append(record)
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future

    def kinds(self):
        return [r.kind for r in self.records]


def run_agent(steps):
    """Build a fresh runtime, run ``steps(agent, runtime, capture)`` inside test_context."""

    async def main():
        settings = Settings(app_id="unit-test", broker_url="kafka://127.0.0.1:1", _env_file=None)
        runtime = create_app(settings, extract_fn=extract, extractor_version=EXTRACTOR_VERSION)
        capture = Capture()
        runtime.topics.send = capture.send
        runtime.app.conf.store = "memory://"
        async with runtime.agent.test_context() as agent:
            await steps(agent, runtime, capture)
        return runtime, capture

    return asyncio.run(main())


def counter(runtime, name, **labels):
    return runtime.metrics.registry.get_sample_value(name, labels or None) or 0.0


def test_good_article_publishes_statements_then_events():
    async def steps(agent, runtime, capture):
        await agent.put(article("a-1"), key=b"a-1")

    runtime, capture = run_agent(steps)
    assert capture.kinds()[0] == STATEMENTS
    events = [r for r in capture.records if r.kind not in (STATEMENTS, DEAD_LETTER)]
    assert events, capture.kinds()
    for record in events:
        body = orjson.loads(record.value)
        headers = dict(record.headers)
        assert headers["ce_id"].decode() == body["id"] == record.ce_id
        assert headers["ce_type"].decode() == f"org.geoevents.{body['type']}.v1"
        assert body["extractor_version"] == EXTRACTOR_VERSION
    assert counter(runtime, "geoevents_articles_consumed_total", language="en") == 1
    assert counter(runtime, "geoevents_events_emitted_total", type="warning", language="en") >= 1
    assert counter(runtime, "geoevents_actor_events_total", type="warning", actor="RUS") >= 1
    assert runtime.table["a-1"].startswith(EXTRACTOR_VERSION + ":")


def test_resent_article_is_skipped_and_changed_one_reprocessed():
    async def steps(agent, runtime, capture):
        await agent.put(article("a-2"), key=b"a-2")
        first = len(capture.records)
        await agent.put(article("a-2"), key=b"a-2")
        assert len(capture.records) == first  # identical re-send: nothing published
        await agent.put(article("a-2", WARNING_TEXT + " NATO condemned the threat."), key=b"a-2")
        assert len(capture.records) > first

    runtime, _ = run_agent(steps)
    assert counter(runtime, "geoevents_duplicate_articles_total") == 1


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"\xff\xfe\x00garbage", "undecodable"),
        (b'{"id": "x", "text": ', "invalid_json"),
        (b'{"text": "no id"}', "schema"),
        (b"[1, 2, 3]", "schema"),
    ],
)
def test_bad_records_go_to_dead_letter_and_the_agent_keeps_going(value, reason):
    async def steps(agent, runtime, capture):
        await agent.put(value, key=b"k", headers=[("trace", b"t-1")])
        await agent.put(article("after-bad"), key=b"after-bad")

    runtime, capture = run_agent(steps)
    letter = capture.records[0]
    assert letter.kind == DEAD_LETTER
    assert letter.value == value and letter.key == b"k"
    assert ("trace", b"t-1") in letter.headers
    meta = parse_dead_letter_headers(letter.headers)
    assert meta["reason"] == reason and meta["detail"]
    assert meta["source_offset"] == "0"
    assert STATEMENTS in capture.kinds()[1:]  # the good one after it was processed
    assert counter(runtime, "geoevents_dead_letters_total", reason=reason) == 1


def test_extraction_failure_is_dead_lettered():
    def broken(_article):
        raise RuntimeError("boom")

    async def main():
        settings = Settings(app_id="unit-test-broken", broker_url="kafka://127.0.0.1:1", _env_file=None)
        runtime = create_app(settings, extract_fn=broken, extractor_version="test")
        capture = Capture()
        runtime.topics.send = capture.send
        async with runtime.agent.test_context() as agent:
            await agent.put(article("a-3"), key=b"a-3")
        return runtime, capture

    runtime, capture = asyncio.run(main())
    assert capture.kinds() == [DEAD_LETTER]
    meta = parse_dead_letter_headers(capture.records[0].headers)
    assert meta["reason"] == "extraction_failed" and "boom" in meta["detail"]
    assert "a-3" not in runtime.table  # not remembered: a fixed extractor will process it again


def test_publish_failures_are_retried_before_the_article_is_remembered(monkeypatch):
    import streams.agents as agents_module

    monkeypatch.setattr(agents_module, "PUBLISH_MAX_BACKOFF", 0.01)

    class Flaky(Capture):
        failures = 2

        async def send(self, record):
            if self.failures:
                self.failures -= 1
                raise ConnectionError("broker away")
            return await super().send(record)

    async def main():
        settings = Settings(app_id="unit-test-flaky", broker_url="kafka://127.0.0.1:1", _env_file=None)
        runtime = create_app(settings, extract_fn=extract, extractor_version=EXTRACTOR_VERSION)
        capture = Flaky()
        runtime.topics.send = capture.send
        async with runtime.agent.test_context() as agent:
            await agent.put(article("a-4"), key=b"a-4")
        return runtime, capture

    runtime, capture = asyncio.run(main())
    assert capture.kinds()[0] == STATEMENTS and capture.failures == 0
    assert "a-4" in runtime.table
