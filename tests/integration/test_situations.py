"""Situations through a real broker and real worker processes: one act reported in several
languages by several outlets becomes one situation; a fresh consumer group rebuilds it identically."""

from __future__ import annotations

import orjson
import pytest
from jsonschema import Draft202012Validator

from schemas.export import load
from streams import envelope

from .conftest import ROOT, collect, drain, make_settings
from .test_pipeline import scrape

pytestmark = pytest.mark.integration

ONE_ACT = (ROOT / "examples" / "one-act.jsonl").read_bytes().splitlines()
ACT_ARTICLES = {"act-en-1", "act-en-2", "act-ru-1", "act-de-1"}


def latest(records) -> dict[str, dict]:
    """Situation id -> its highest version (what a consumer deduping on id + version keeps)."""
    out: dict[str, dict] = {}
    for rec in records:
        body = rec.json()
        if body["id"] not in out or body["version"] > out[body["id"]]["version"]:
            out[body["id"]] = body
    return out


def act_done(records) -> bool:
    return any(set(r.json()["article_ids"]) >= ACT_ARTICLES for r in records)


@pytest.fixture(scope="module")
def live(broker, start_worker):
    settings = make_settings(broker, situations_http_port=0)
    worker = start_worker(settings)
    scrape(settings, ONE_ACT)
    collect(settings, ["situations"], act_done, timeout=60)
    return settings, worker


def test_one_act_in_three_languages_from_three_outlets_is_one_situation(live):
    settings, worker = live
    records = drain(settings, ["situations"], idle=3.0)
    assert records
    validator = Draft202012Validator(load("situation"))
    for rec in records:
        assert envelope.validate_headers(rec.raw_headers) == []
        assert rec.headers["ce_type"] == "org.geoevents.situation.v1"
        body = rec.json()
        validator.validate(body)
        assert rec.key == body["id"].encode() and rec.headers["ce_id"] == f"{body['id']}:{body['version']}"
    situations = latest(records)
    warnings = sorted((s for s in situations.values() if s["type"] == "warning" and s["source"] == "RUS"
                       and s["target"] == "JPN"), key=lambda s: s["first_seen"])
    assert len(warnings) == 2, warnings
    act, later = warnings
    assert (act["mentions"], act["articles"], act["outlets"], len(act["languages"])) == (4, 4, 3, 3)
    assert set(act["article_ids"]) == ACT_ARTICLES
    assert later["article_ids"] == ["act-en-later"] and later["id"] != act["id"]
    others = [s for s in situations.values() if "act-en-other" in s["article_ids"]]
    assert others and all(s["source"] != "RUS" for s in others)
    # every version of the act was published once per change, in order
    versions = sorted(r.json()["version"] for r in records if r.json()["id"] == act["id"])
    assert versions[0] == 1 and set(versions) == set(range(1, act["version"] + 1))
    assert worker.metric("geoevents_situations_opened_total", type="warning") >= 3


def test_fresh_group_replaying_the_log_rebuilds_identical_situations(live, start_worker):
    settings, _ = live
    first = latest(drain(settings, ["situations"], idle=2.0))
    assert first
    # a new consumer group over the same events and mentions topics, publishing to its own
    # situations topic, and reading no articles (an empty topic): a pure rebuild from the log
    rebuilt_settings = settings.model_copy(update={
        "app_id": settings.app_id + "-rebuild",
        "topic_articles": settings.topic_articles + ".none",
        "topic_situations": settings.topic_situations + ".rebuild",
        "topic_signals": settings.topic_signals + ".rebuild",
        "topic_alerts": settings.topic_alerts + ".rebuild",
    })
    from streams.topics import ensure_topics

    ensure_topics(rebuilt_settings)
    start_worker(rebuilt_settings)
    want = {sid: (s["version"], s["mentions"], s["articles"], s["outlets"]) for sid, s in first.items()}
    collect(rebuilt_settings, ["situations"],
            lambda recs: {sid: (s["version"], s["mentions"], s["articles"], s["outlets"])
                          for sid, s in latest(recs).items()} == want, timeout=60)
    rebuilt = latest(drain(rebuilt_settings, ["situations"], idle=2.0))
    assert rebuilt == first
