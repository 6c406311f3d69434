"""Situations through a real broker and real worker processes: one act reported in several
languages by several outlets becomes one situation; a fresh consumer group rebuilds it identically."""

from __future__ import annotations

import os

import orjson
import pytest
from jsonschema import Draft202012Validator

from schemas.export import load
from streams import envelope

from .conftest import ROOT, collect, drain, make_settings, wait_until
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
    later = [line for line in ONE_ACT if b'"act-en-later"' in line]
    scrape(settings, [line for line in ONE_ACT if line not in later])
    collect(settings, ["situations"], act_done, timeout=60)
    scrape(settings, later)  # a week later (event time): after the act, so its windows are complete
    collect(settings, ["situations"], lambda recs: any("act-en-later" in r.json()["article_ids"] for r in recs), 60)
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


def view_url(worker) -> str:
    import re

    found = []
    wait_until(lambda: found.extend(re.findall(r"situations view on (http://[\d.:]+)/situations", worker.log_text()))
               or found, 30, message="the HTTP view's address in the worker log")
    return found[0]


def test_dyad_signals_are_published_keyed_by_dyad(live):
    settings, _ = live
    records = collect(settings, ["signals"], lambda recs: any(
        r.json()["dyad"] == "RUS->JPN" and r.json()["count_24h"] >= 4 for r in recs), timeout=30)
    validator = Draft202012Validator(load("signal"))
    for rec in records:
        body = rec.json()
        validator.validate(body)
        assert rec.key == body["dyad"].encode() and rec.headers["ce_type"] == "org.geoevents.signal.v1"
    rus_jpn = [r.json() for r in records if r.json()["dyad"] == "RUS->JPN" and r.json()["type"] == "warning"]
    # the four reports sit in four different hours (07, 08, 09, 10 UTC): the 24 h window of the last holds them all
    assert rus_jpn and max(s["count_24h"] for s in rus_jpn) == 4
    assert all(s["goldstein_1h"] < 0 for s in rus_jpn)  # threats are conflictual


def test_http_view_and_cli_return_current_situations(live):
    import subprocess
    import sys
    import urllib.request

    settings, worker = live
    base = view_url(worker)
    with urllib.request.urlopen(f"{base}/situations?type=warning&actor=JPN", timeout=5) as resp:
        doc = orjson.loads(resp.read())
    assert doc["situations"] and all(s["type"] == "warning" for s in doc["situations"])
    # the view holds open situations: the act of 11 May closed when the week-later report moved the
    # act's event time past 2 x the horizon; the topic (and the CLI) keep every situation
    (open_one,) = [s for s in doc["situations"] if s["source"] == "RUS"]
    assert open_one["article_ids"] == ["act-en-later"]
    with urllib.request.urlopen(f"{base}/situations/{open_one['id']}", timeout=5) as resp:
        assert orjson.loads(resp.read())["id"] == open_one["id"]
    with urllib.request.urlopen(f"{base}/signals?actor=RUS", timeout=5) as resp:
        signals = orjson.loads(resp.read())["signals"]
    assert signals and all("RUS" in (s["source"], s["target"]) for s in signals)

    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}, **settings.to_env()}
    out = subprocess.run([sys.executable, "-m", "streams.cli", "situations", "--actor", "JPN", "--type", "warning",
                          "--json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    docs = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert docs and all(d["type"] == "warning" and "JPN" in (d["source"], d["target"]) for d in docs)
    assert [d["mentions"] for d in docs if d["source"] == "RUS"] == [1, 4]  # newest first: the week-later one, the act
    text = subprocess.run([sys.executable, "-m", "streams.cli", "situations", "--since", "2026-05-15T00:00:00Z"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines and all(line.startswith("SITUATION") for line in lines)
    # the week-later warning only: the "new military build-up" it would respond to names no owner, and
    # a reaction to an unowned act is no deployment (streams/engine/events.py, the reaction class)
    assert len(lines) == 1 and " warning " in lines[0] and "RUS->JPN" in lines[0]


def test_two_workers_and_a_split_deployment_build_the_same_situations_as_one(broker, start_worker):
    """Partitions spread over two workers of one group: the mentions of an act meet in one partition
    (key = act), so its table state lives in one worker, and the situations are those one worker
    builds. A split deployment (an extraction-role worker that publishes the mentions, a
    situations-role worker in its own group that builds the situations) builds them too. The
    articles go one at a time, each after the previous one's output, so that every run sees the
    mentions in the same order (the order is all coreference depends on)."""
    from .conftest import stop_worker
    from .test_scaling import lag_partitions

    built = {}
    for name, roles in (("one", ["all"]), ("two", ["all", "all"]), ("split", ["extraction", "situations"])):
        settings = make_settings(broker, situations_http_port=0, partitions=4)
        workers = [start_worker(settings.model_copy(update={"worker_role": role})) for role in roles]
        if name == "two":
            def spread():
                a, b = (lag_partitions(w) for w in workers)
                return a and b and not a & b and a | b == {"0", "1", "2", "3"}

            wait_until(spread, 60, message="both workers to own partitions")
        for line in ONE_ACT:
            article_id = orjson.loads(line)["id"]
            scrape(settings, [line])
            collect(settings, ["statements"], lambda recs: any(r.json()["article_id"] == article_id for r in recs), 60)
        collect(settings, ["situations"], lambda recs: any("act-en-later" in r.json()["article_ids"] for r in recs)
                and act_done(recs), 60)
        built[name] = latest(drain(settings, ["situations"], idle=3.0))
        opened = [w.metric_sum("geoevents_situations_opened_total") for w in workers]
        if name == "two":  # each situation opened once across the two workers: no act's state in both
            assert sum(opened) == len(built[name]), opened
        if name == "split":  # each part ran its own agents only
            assert opened == [0, len(built[name])], opened
            assert lag_partitions(workers[0]) == {"0", "1", "2", "3"} and not lag_partitions(workers[1])
        for worker in workers:
            stop_worker(worker)
    assert built["one"] and any(s["mentions"] == 4 for s in built["one"].values())
    assert built["two"] == built["one"]
    assert built["split"] == built["one"]
