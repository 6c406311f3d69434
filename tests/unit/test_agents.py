"""The agent through faust's test_context: no broker; outputs captured at the topics' send."""

from __future__ import annotations

import asyncio
import time

import orjson
import pytest
from faust.types import TP

from streams.app import create_app
from streams.engine import EXTRACTOR_VERSION, extract
from streams import dedup
from streams.records import DEAD_LETTER, MENTIONS, STATEMENTS, parse_dead_letter_headers
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


def run_agent(steps, **overrides):
    """Build a fresh runtime, run ``steps(agent, runtime, capture)`` inside test_context."""

    async def main():
        settings = Settings(app_id="unit-test", broker_url="kafka://127.0.0.1:1", _env_file=None, **overrides)
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
    events = [r for r in capture.records if r.kind not in (STATEMENTS, DEAD_LETTER, MENTIONS)]
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
    assert dedup.decode(runtime.table["a-1"]).fingerprint.startswith(EXTRACTOR_VERSION + ":")
    # the situations stage's input goes out in the same batch: one mention per event, keyed by its act's
    # partition key (a group's act and its members' meet), the very mention the rekey agent would build
    from streams.situations.mentions import act_key, from_records, partition_key

    mentions = [r for r in capture.records if r.kind == MENTIONS]
    assert [orjson.loads(r.value)["event_id"] for r in mentions] == [orjson.loads(r.value)["id"] for r in events]
    for record, want in zip(mentions, from_records(events)):
        doc = orjson.loads(record.value)
        assert doc.pop("_ts") > 0
        assert record.key == partition_key(act_key(want)).encode() and doc == orjson.loads(orjson.dumps(want.to_json()))


def test_with_situations_read_from_the_events_the_agent_publishes_no_mentions():
    async def steps(agent, runtime, capture):
        await agent.put(article("a-1"), key=b"a-1")

    runtime, capture = run_agent(steps, situations_input="events")
    assert MENTIONS not in capture.kinds() and len(capture.kinds()) > 1
    assert "situations_rekey" in runtime.extra


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


HOUR = 3600.0


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_dedup_horizon_skips_within_and_reprocesses_after_it(monkeypatch):
    """Within the horizon (record timestamps) a re-send is skipped; after it, processed again."""
    import streams.agents as agents_module

    clock = FakeClock(time.time())
    monkeypatch.setattr(agents_module, "clock", clock)

    async def steps(agent, runtime, capture):
        t0 = clock.now
        await agent.put(article("h-1"), key=b"h-1", timestamp=t0)
        first = len(capture.records)
        assert first > 0
        clock.now = t0 + 2 * HOUR
        await agent.put(article("h-1"), key=b"h-1", timestamp=t0 + 2 * HOUR - 1)  # within 2 h: skipped
        assert len(capture.records) == first
        clock.now = t0 + 2 * HOUR + 60
        await agent.put(article("h-1"), key=b"h-1", timestamp=t0 + 2 * HOUR + 60)  # after: processed again
        again = capture.records[first:]
        assert [r.ce_id for r in again] == [r.ce_id for r in capture.records[:first]]  # same ids
        assert dedup.decode(runtime.table["h-1"]).ts == int(t0 + 2 * HOUR + 60)  # the horizon restarts
        clock.now = t0 + 3 * HOUR
        await agent.put(article("h-1"), key=b"h-1", timestamp=t0 + 3 * HOUR)
        assert len(capture.records) == 2 * first

    runtime, _ = run_agent(steps, dedup_horizon=2 * HOUR)
    assert counter(runtime, "geoevents_duplicate_articles_total") == 2


def test_dedup_sweep_bounds_the_table_and_tombstones_the_changelog(monkeypatch):
    import streams.agents as agents_module

    clock = FakeClock(time.time())
    monkeypatch.setattr(agents_module, "clock", clock)
    tombstones = []

    async def steps(agent, runtime, capture):
        now = clock.now
        for i in range(50):
            await agent.put(article(f"old-{i}"), key=f"old-{i}".encode(), partition=i % 2, timestamp=now)
        clock.now = now + HOUR
        for i in range(5):
            await agent.put(article(f"new-{i}"), key=f"new-{i}".encode(), partition=1, timestamp=now + HOUR)
        runtime.table.data["legacy"] = EXTRACTOR_VERSION + ":" + "0" * 64  # format before the horizon
        assert len(runtime.table) == 56
        clock.now = now + 2 * HOUR + 60  # old: just over 2 h, new: 1 h
        with monkeypatch.context() as patch:
            patch.setattr(runtime.table, "send_changelog", lambda p, k, v, **kw: tombstones.append((p, k, v)))
            patch.setattr(runtime.app.assignor, "assigned_actives",
                          lambda: {TP(runtime.settings.topic_articles, 0)})  # partition 1 is someone else's
            assert await runtime.extra["sweep_dedup"]() == 51
            assert sorted(runtime.table.keys()) == [f"new-{i}" for i in range(5)]
            assert await runtime.extra["sweep_dedup"]() == 0
        # a re-send of a swept article is processed again (harmless: same ids)
        before = len(capture.records)
        await agent.put(article("old-0"), key=b"old-0", partition=0, timestamp=clock.now)
        assert len(capture.records) > before
        # a re-send of a live one is still skipped
        before = len(capture.records)
        await agent.put(article("new-0"), key=b"new-0", partition=1, timestamp=clock.now)
        assert len(capture.records) == before

    run_agent(steps, dedup_horizon=2 * HOUR)
    # tombstones only for the owned partition (0): none for partition 1 nor the legacy key (no partition known)
    assert sorted(k for _, k, _ in tombstones) == sorted(f"old-{i}" for i in range(0, 50, 2))
    assert {(p, v) for p, _, v in tombstones} == {(0, None)}


def test_records_older_than_the_horizon_are_not_remembered():
    async def steps(agent, runtime, capture):
        await agent.put(article("r-1"), key=b"r-1", timestamp=time.time() - 5 * HOUR)  # e.g. a replay
        assert capture.kinds()[0] == STATEMENTS and "r-1" not in runtime.table

    run_agent(steps, dedup_horizon=2 * HOUR)


def test_future_timestamps_are_clamped_to_now():
    async def steps(agent, runtime, capture):
        await agent.put(article("f-1"), key=b"f-1", timestamp=time.time() + 365 * 24 * HOUR)
        assert dedup.decode(runtime.table["f-1"]).ts <= time.time()

    run_agent(steps)


def test_dedup_value_format_round_trips_and_legacy_values_expire():
    value = dedup.encode("0.1.0:abc", 1_700_000_000.7, 3)
    assert value == "1700000000 3 0.1.0:abc"
    assert dedup.decode(value) == dedup.Entry(1_700_000_000, 3, "0.1.0:abc")
    assert dedup.is_duplicate(value, "0.1.0:abc", 1_700_000_000 + 100, horizon=100)
    assert not dedup.is_duplicate(value, "0.1.0:abc", 1_700_000_000 + 101, horizon=100)
    assert not dedup.is_duplicate(value, "0.2.0:abc", 1_700_000_000, horizon=100)
    assert dedup.is_duplicate(value, "0.1.0:abc", 1_699_999_000, horizon=100)  # out of order: still a duplicate
    legacy = "0.1.0:" + "a" * 64
    assert dedup.decode(legacy) == dedup.Entry(dedup.LEGACY_TS, None, legacy)
    assert dedup.is_expired(legacy, now=1_700_000_000, horizon=172_800)
    assert not dedup.is_expired(value, now=1_700_000_000 + 172_800, horizon=172_800)
    assert dedup.is_expired(value, now=1_700_000_001 + 172_800, horizon=172_800)


def test_consumer_lag_uses_cached_offsets_and_never_asks_for_positions():
    class Consumer:
        def __init__(self, topic):
            self.tps = {TP(topic, 0), TP(topic, 1), TP(topic, 2), TP(topic, 3)}
            self._committed_offset = {TP(topic, 2): 3}  # faust's bookkeeping for a partition not yet processed here
            self.queried = []

        def assignment(self):
            return set(self.tps)

        def highwater(self, tp):
            return {0: 10, 1: 7, 2: 5}.get(tp.partition)  # partition 3: nothing fetched yet

        async def highwaters(self, *tps):
            self.queried.append(("highwaters", tps))
            return {tp: 7 for tp in tps}

        async def position(self, tp):  # racing faust's own seek: must never be called
            self.queried.append(("position", tp))
            return 5

    async def steps(agent, runtime, capture):
        topic = runtime.settings.topic_articles
        for offset in range(4):
            await agent.put(article(f"l-{offset}"), key=b"k", partition=0)  # offsets 0..3 -> next 4
        await agent.put(article("l-p1"), key=b"k", partition=1)  # test_context counts offsets per agent: 4 -> next 5
        real, consumer = runtime.app.consumer, Consumer(topic)
        runtime.app.consumer = consumer
        lag = runtime.extra["update_consumer_lag"]
        await lag()
        gauge = lambda p: runtime.metrics.registry.get_sample_value(
            "geoevents_consumer_lag", {"topic": topic, "partition": str(p)})
        assert (gauge(0), gauge(1), gauge(2), gauge(3)) == (6, 2, 2, None)
        await asyncio.sleep(0.01)
        assert consumer.queried == []  # no broker round trips, no position() calls
        consumer.tps.discard(TP(topic, 1))  # revoked: its gauge goes away
        await lag()
        assert gauge(1) is None and gauge(0) == 6
        runtime.app.consumer = real

    run_agent(steps)
