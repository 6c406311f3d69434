"""The situations agent through faust's test_context: no broker; sends captured per topic."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from streams.app import create_app
from streams.engine import EXTRACTOR_VERSION, extract
from streams.settings import Settings
from streams.situations import expiry
from streams.situations.mentions import act_key
from tests.unit.test_situations import warning

DAY = 86400.0


def run_situations(steps, **overrides):
    async def main():
        settings = Settings(app_id="unit-situations", broker_url="kafka://127.0.0.1:1", _env_file=None, **overrides)
        runtime = create_app(settings, extract_fn=extract, extractor_version=EXTRACTOR_VERSION)
        sent: dict[str, list] = {}
        for name, topic in runtime.extra["situations_topics"].items():
            async def send(key=None, value=None, headers=None, _name=name, **_):
                sent.setdefault(_name, []).append((key, value, headers))
                future = asyncio.get_running_loop().create_future()
                future.set_result(None)
                return future
            topic.send = send
        async with runtime.extra["situations_agent"].test_context() as agent:
            await steps(agent, runtime, sent)
        return runtime, sent

    return asyncio.run(main())


def put(agent, m):
    return agent.put(orjson.dumps({**m.to_json(), "_ts": None}), key=act_key(m).encode())


def test_an_event_delivered_twice_is_counted_once():
    first, second = warning(event_id="e1"), warning(event_id="e2", article_id="a2", outlet="wire-b")

    async def steps(agent, runtime, sent):
        await put(agent, first)
        await put(agent, first)  # at-least-once repeat
        await put(agent, second)

    runtime, sent = run_situations(steps)
    bodies = [orjson.loads(v) for _, v, _ in sent["situations"]]
    assert [(b["version"], b["mentions"], b["outlets"]) for b in bodies] == [(1, 1, 1), (2, 2, 2)]
    assert runtime.metrics.registry.get_sample_value("geoevents_mentions_duplicate_total") == 1
    headers = dict(sent["situations"][1][2])
    assert headers["ce_id"] == f"{bodies[1]['id']}:2".encode() and headers["ce_type"] == b"org.geoevents.situation.v1"


def test_sweep_drops_expired_entries_by_event_time():
    old, new = warning(event_id="old"), warning(event_id="new", source="CHN", time=warning().time + 10 * DAY)

    async def steps(agent, runtime, sent):
        await put(agent, old)
        await put(agent, new)
        tables = runtime.extra["situations_tables"]
        assert "old" in tables["counted"] and act_key(old) in tables["acts"]
        sid, ts, partition = expiry.decode_pair(tables["counted"]["old"])
        assert ts == int(old.time) and partition is not None
        removed = await runtime.extra["situations_sweep"]()
        assert removed >= 3  # counted id, act entry and dyad windows of the old act
        assert "old" not in tables["counted"] and act_key(old) not in tables["acts"]
        assert "new" in tables["counted"] and act_key(new) in tables["acts"]

    run_situations(steps)


def test_situations_off_registers_nothing():
    settings = Settings(app_id="unit-off", broker_url="kafka://127.0.0.1:1", _env_file=None, situations_enabled=False)
    runtime = create_app(settings, extract_fn=extract, extractor_version=EXTRACTOR_VERSION)
    assert "situations_agent" not in runtime.extra
    assert not any(t.endswith("situations") for t in settings.all_topics())


def test_worker_roles_split_extraction_from_the_stage():
    def build(role):
        settings = Settings(app_id="unit-roles", broker_url="kafka://127.0.0.1:1", _env_file=None, worker_role=role)
        return create_app(settings, **({} if role == "situations" else
                                       {"extract_fn": extract, "extractor_version": EXTRACTOR_VERSION}))

    extraction = build("extraction")  # extracts and publishes the mentions; no stage tables
    assert extraction.agent is not None and "mentions_of" in extraction.extra
    assert "situations_agent" not in extraction.extra and extraction.app.conf.id == "unit-roles"
    assert not any(name.startswith("situation") for name in extraction.app.tables)
    stage = build("situations")  # the stage alone, in its own consumer group, no engine loaded
    assert stage.agent is None and "mentions_of" not in stage.extra and "situations_agent" in stage.extra
    assert stage.app.conf.id == "unit-roles-situations" and "situation-acts" in stage.app.tables
    both = build("all")
    assert both.agent is not None and "situations_agent" in both.extra and both.app.conf.id == "unit-roles"
    with pytest.raises(ValueError, match="situations_enabled"):  # a stage worker with the stage off: a mistake
        Settings(_env_file=None, worker_role="situations", situations_enabled=False)


def test_top_k_gauges_rank_open_situations_and_busy_dyads():
    t = warning().time
    ms = [warning(event_id=f"k{i}", article_id=f"a{i}", time=t + i) for i in range(3)] + [
        warning(event_id="c1", source="CHN", target="TWN", time=t + 5)]

    async def steps(agent, runtime, sent):
        for m in ms:
            await put(agent, m)
        runtime.extra["export_top_k"]()

    runtime, _ = run_situations(steps)
    get = runtime.metrics.registry.get_sample_value
    rows = [s for s in runtime.metrics.registry.collect() if s.name == "geoevents_top_situation_mentions"][0].samples
    assert sorted((r.labels["source"], r.labels["target"], r.value) for r in rows) == [("CHN", "TWN", 1.0),
                                                                                       ("RUS", "JPN", 3.0)]
    assert get("geoevents_dyad_goldstein_24h", {"type": "warning", "dyad": "RUS->JPN"}) == -21.0
