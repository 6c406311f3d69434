"""Situations: coreference of events across articles, outlets and languages (pure core, no Kafka)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.engine import EXTRACTOR_VERSION, extract
from streams.records import SourceRecord, process_record
from streams.situations import coref, core
from streams.situations.goldstein import goldstein, scale
from streams.situations.mentions import Mention, act_key, force_numbers, from_records, outlet_of

ROOT = Path(__file__).resolve().parents[2]
ONE_ACT = (ROOT / "examples" / "one-act.jsonl").read_bytes().splitlines()
HOUR = 3600.0
CONFIG = core.StageConfig(horizon=72 * HOUR, keep_ids=20, baseline_hours=24)


def mentions_of(lines: list[bytes]) -> list[Mention]:
    out = []
    for line in lines:
        outcome = process_record(SourceRecord(value=line, topic="articles"), extract, EXTRACTOR_VERSION)
        assert outcome.dead_letter is None
        out.extend(from_records(outcome.records))
    return out


def run(mentions, rules=None):
    """The agent's loop over a list: tables as dicts, an event id counted once."""
    acts, dyads, counted, levels = {}, {}, {}, {}
    situations, alerts = {}, []
    for m in mentions:
        key = act_key(m)
        if key is None or m.event_id in counted:
            continue
        related, ikey, index = core.related_entries(m, acts.get)
        step = core.step(m, key, acts.get(key), dyads.get(core.signal_key(m)), CONFIG, rules, levels.get,
                         related=related)
        acts[key] = step.entry
        acts.update(step.related)
        if ikey:
            acts[ikey] = coref.indexed(index, key, m.time, CONFIG.horizon)
        dyads[step.signal_key] = step.signal_state
        counted[m.event_id] = step.situation.id
        situations[step.situation.id] = step.situation
        for fired in step.alerts:
            levels[fired.level_key] = fired.alert.level
            alerts.append(fired.alert)
    return situations, counted, alerts


def warning(**overrides) -> Mention:
    base = dict(event_id="e1", type="warning", source="RUS", target="JPN", location=None, partners=(),
                modality="asserted", confidence=0.8, cameo="138", article_id="a1", language="en",
                outlet="wire-a", time=1_700_000_000.0, evidence="Russia warned Japan.", force=())
    base.update(overrides)
    return Mention(**base)


def test_one_act_in_three_languages_from_three_outlets_is_one_situation():
    mentions = mentions_of(ONE_ACT)
    assert mentions, "the engine finds no events in examples/one-act.jsonl"
    situations, counted, _ = run(mentions)
    warnings = [s for s in situations.values() if s.type == "warning" and s.source == "RUS" and s.target == "JPN"]
    assert warnings
    first, *later = sorted(warnings, key=lambda s: s.first_seen)
    assert (first.mentions, first.articles, first.outlets) == (4, 4, 3)
    assert first.languages == ["de", "en", "ru"]
    assert set(first.article_ids) == {"act-en-1", "act-en-2", "act-ru-1", "act-de-1"}
    assert first.outlet_names == ["coastal-wire.example", "harbour-times", "vostok-vesti"]
    assert first.version == 4
    assert first.evidence.confidence == max(m.confidence for m in mentions if counted[m.event_id] == first.id)
    # the id is derived from the first event of the act
    first_event = next(m for m in mentions if counted[m.event_id] == first.id)
    assert first.id == coref.situation_id(first_event.event_id)
    # a week later: a new situation; another dyad: never joins
    assert [s.article_ids for s in later] == [["act-en-later"]]
    other = [m for m in mentions if m.article_id == "act-en-other"]
    assert other and all(counted[m.event_id] != first.id for m in other)


def test_replaying_the_same_order_rebuilds_identical_situations():
    mentions = mentions_of(ONE_ACT)
    once, _, _ = run(mentions)
    twice, _, _ = run(mentions + mentions)  # every event delivered twice: counted once
    assert once and once == twice


def test_direction_polarity_place_and_force_keep_acts_apart():
    base = warning(location="JPN")
    key = act_key(base)
    entry, state, opened, _ = coref.assign(coref.new_entry(), base, key, CONFIG.horizon)
    assert opened
    cases = {
        "reverse direction": warning(event_id="e2", source="JPN", target="RUS"),
        "denial": warning(event_id="e3", modality="denied"),
        "other place": warning(event_id="e4", location="KOR"),
        "beyond horizon": warning(event_id="e5", time=base.time + 73 * HOUR),
        "other CAMEO root": warning(event_id="e7", cameo="112"),  # 11 disapprove, not 13 threaten
        "other CAMEO branch": warning(event_id="e8", cameo="139"),  # an ultimatum, not a threat of force
    }
    for name, m in cases.items():
        assert act_key(m) == key, name  # same partition ...
        assert not coref.compatible(state, m, CONFIG.horizon), name  # ... different act
    # the unspecified code of the root (130 vs 138: languages word one threat differently): same act
    joins = warning(event_id="e6", modality="hypothetical", time=base.time + 71 * HOUR, outlet="wire-b", cameo="130")
    assert coref.compatible(state, joins, CONFIG.horizon)
    _, joined, opened, _ = coref.assign(entry, joins, key, CONFIG.horizon)
    assert not opened and joined["modality"] == "asserted" and joined["mentions"] == 2
    # the situation holds 138 and 130 now: an ultimatum (139) fits 130 but not 138
    assert not coref.compatible(joined, warning(event_id="e9", cameo="139"), CONFIG.horizon)

    troops = dict(type="deployment", source="USA", target=None, location="ROU", cameo="154")
    d1 = warning(event_id="d1", force=force_numbers("2,000 troops"), **troops)
    d2 = warning(event_id="d2", force=force_numbers("3 000 soldiers"), **troops)
    d3 = warning(event_id="d3", force=(), **troops)
    assert act_key(d1) == act_key(d2) == "deployment:ROU|USA"
    _, dstate, _, _ = coref.assign(coref.new_entry(), d1, act_key(d1), CONFIG.horizon)
    assert not coref.compatible(dstate, d2, CONFIG.horizon)
    assert coref.compatible(dstate, d3, CONFIG.horizon)


@pytest.mark.parametrize(("a", "b", "fits"), [
    ("130", "138", True), ("138", "130", True), ("138", "138", True), ("138", "139", False),
    ("150", "154", True), ("152", "154", False), ("0312", "0312", True), ("0312", "062", False),
    ("130", "150", False), ("", "139", True),
])
def test_cameo_codes_fit_along_their_branch(a, b, fits):
    assert coref.cameo_fits(a, b) is fits


def test_alliance_reported_from_either_side_is_one_act():
    a = warning(event_id="x1", type="alliance", source="DEU", target="FRA", partners=("DEU", "FRA"), cameo="0312")
    b = warning(event_id="x2", type="alliance", source="FRA", target="DEU", partners=("DEU", "FRA"), cameo="0312")
    assert act_key(a) == act_key(b) == "alliance:DEU|FRA"
    situations, counted, _ = run([a, b])
    assert len(situations) == 1 and counted["x1"] == counted["x2"]


def test_an_alliance_with_one_known_partner_joins_only_its_syndicated_copy():
    text = "Arms should go to the tribes of the north if talks fail."
    one = dict(type="alliance", source=None, target="IRQ", partners=("IRQ",), cameo="0312", modality="conditional")
    a = warning(event_id="y1", article_id="a1", evidence=text, **one)
    copy = warning(event_id="y2", article_id="a2", outlet="wire-b", evidence="  " + text.upper(), **one)
    other = warning(event_id="y3", article_id="a3", outlet="wire-c", evidence="Arms went to the tribes.", **one)
    assert act_key(a) == act_key(other) == "alliance:IRQ|?"
    _, counted, _ = run([a, copy, other])
    assert counted["y1"] == counted["y2"] != counted["y3"]


def test_events_without_any_actor_have_no_act():
    assert act_key(warning(source=None, target=None)) is None
    assert act_key(warning(source=None, target=None, type="alliance")) is None
    assert act_key(warning(source="RUS", target=None)) == "warning:?|RUS"


def test_late_mentions_never_reopen_a_closed_situation():
    t0 = warning().time
    first = warning(event_id="l1")
    much_later = warning(event_id="l2", time=t0 + 10 * 24 * HOUR)
    late = warning(event_id="l3", time=t0 + HOUR)  # belongs to the first act by time, but that one is closed
    situations, counted, _ = run([first, much_later, late])
    assert len({counted["l1"], counted["l2"], counted["l3"]}) == 3
    assert situations[counted["l3"]].late_mentions == 1
    assert situations[counted["l1"]].version == 1  # not touched


def test_outlet_and_force_numbers():
    assert outlet_of("Example Wire ", None) == "example wire"
    assert outlet_of(None, "https://www.news.example/a/1") == "news.example"
    assert outlet_of(None, None) is None
    assert force_numbers("2,000 troops and 40 tanks") == (40, 2000)
    assert force_numbers("troops") == ()


@pytest.mark.parametrize("code,value", [("138", -7.0), ("1384", -7.0), ("0312", 5.2), ("057", 8.0), ("154", -7.2), ("99", 0.0)])
def test_goldstein_scale_lookup_by_longest_prefix(code, value):
    assert goldstein(code) == value


def test_goldstein_data_covers_every_code_the_engine_emits():
    import tomllib

    codes = set()
    for path in (ROOT / "streams" / "engine" / "lang").rglob("*.toml"):
        def walk(node):
            if isinstance(node, dict):
                if isinstance(node.get("cameo"), str):
                    codes.add(node["cameo"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
        walk(tomllib.loads(path.read_text()))
    assert codes, "no CAMEO codes found in the language data"
    assert not {c for c in codes if c not in scale()}, "add these codes to streams/situations/data/goldstein.toml"


def test_situation_record_is_valid_against_the_schema():
    from jsonschema import Draft202012Validator

    from schemas.export import load

    situations, _, _ = run(mentions_of(ONE_ACT))
    assert situations
    validator = Draft202012Validator(load("situation"))
    for s in situations.values():
        validator.validate(s.model_dump(mode="json"))


def test_a_report_with_an_unknown_side_joins_only_on_the_same_force_or_the_same_sentence():
    one = dict(type="deployment", source="RUS", target=None, location=None, cameo="154")
    first = warning(event_id="u1", evidence="Moscow sent more troops.", **one)
    other = warning(event_id="u2", article_id="a2", evidence="Russia moved bombers north.", **one)
    copy = warning(event_id="u3", article_id="a3", outlet="wire-b", evidence="Moscow  sent more troops.", **one)
    same_force = warning(event_id="u4", article_id="a4", evidence="Russia: 3,000 more soldiers.",
                         force=force_numbers("3000 soldiers"), **one)
    situations, counted, _ = run([first, other, copy, same_force])
    assert counted["u1"] == counted["u3"]  # a syndicated copy of the same sentence
    assert len({counted["u1"], counted["u2"], counted["u4"]}) == 3
    forced = warning(event_id="u5", article_id="a5", evidence="3 000 Russian soldiers arrived.",
                     force=force_numbers("3 000 soldiers"), **one)
    _, counted2, _ = run([same_force, forced])
    assert counted2["u4"] == counted2["u5"]


def test_beyond_a_day_the_codes_alone_do_not_make_one_act():
    first = warning(event_id="c1", time=1_700_000_000.0, numbers=(12,),
                    evidence="Russia warned Japan over 12 patrol ships near the islands.")
    same_day = warning(event_id="c2", article_id="a2", outlet="wire-b", time=first.time + 20 * HOUR,
                       evidence="Moscow has warned Tokyo over the patrols.")
    later = dict(article_id="a3", outlet="wire-c", time=first.time + 40 * HOUR)
    uncorroborated = warning(event_id="c3", evidence="Russia warned Japan about its exercises.", **later)
    translation = warning(event_id="c4", numbers=(12,), evidence="La Russie a averti le Japon (12 navires).",
                          language="fr", **later)
    copy = warning(event_id="c5", evidence=first.evidence, **later)
    situations, counted, _ = run([first, same_day, translation, copy, uncorroborated])
    assert situations, "no situation"
    assert counted["c1"] == counted["c2"] == counted["c4"] == counted["c5"]  # within the day, or corroborated
    assert counted["c3"] != counted["c1"]  # 40 h later, nothing but the codes: another act
    state = coref.open_situation(first, act_key(first))
    assert coref.compatible(state, same_day, CONFIG.horizon)
    assert not coref.compatible(state, uncorroborated, CONFIG.horizon)


BUILD_UP = dict(type="deployment", source="RUS", cameo="154")


@pytest.mark.parametrize(("first", "then", "one_act"), [
    # forces massed near the target: placed on the source's soil toward it, or at the target
    ({"target": "UKR", "location": "RUS"}, {"target": None, "location": "UKR"}, True),
    ({"target": None, "location": "UKR"}, {"target": "UKR", "location": "RUS"}, True),
    ({"target": "UKR", "location": "RUS"}, {"target": "UKR", "location": "UKR"}, True),
    # home toward one country, at another: two places
    ({"target": "UKR", "location": "RUS"}, {"target": None, "location": "POL"}, False),
    # neither side at home (a third country and the target): two places
    ({"target": "UKR", "location": "BLR"}, {"target": None, "location": "UKR"}, False),
    # at home with no target named: nothing ties the home place to the other
    ({"target": None, "location": "RUS"}, {"target": None, "location": "UKR"}, False),
])
def test_a_build_up_placed_at_home_and_at_its_target_is_one_act(first, then, one_act):
    a = warning(event_id="h1", **BUILD_UP, **first)
    b = warning(event_id="h2", article_id="a2", outlet="wire-b", language="ru", **BUILD_UP, **then)
    state = coref.open_situation(a, act_key(a))
    assert coref.places_fit(state, b) is one_act
    assert coref.compatible(state, b, CONFIG.horizon) is one_act
    if act_key(a) == act_key(b):  # through the stage, when the two meet in one partition
        situations, counted, _ = run([a, b])
        assert situations and (counted["h1"] == counted["h2"]) is one_act


def test_only_a_deployment_is_a_build_up_at_home():
    home = warning(event_id="w1", target="UKR", location="RUS", source="RUS")
    there = warning(event_id="w2", article_id="a2", target=None, location="UKR", source="RUS")
    state = coref.open_situation(home, act_key(home))
    assert not coref.places_fit(state, there)  # a warning issued at home is not one issued in Ukraine
