"""Alerts from situations and signals: rules module (streams/alerting) + the pure stage (core.step)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.situations import DyadSignal, Situation
from streams.alerting.rules import RulesError, load_rules
from streams.situations import signals
from tests.unit.test_situations import ONE_ACT, mentions_of, run, warning

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"situation": list(Situation.model_fields), "signal": list(DyadSignal.model_fields)}

RULES = '''
[[rule]]
id = "rus-warns-jpn"
on = "situation"
severity = "critical"
condition = 'type = "warning" and source = "RUS" and target = "JPN"'
escalate = { field = "mentions", thresholds = [3] }

[[rule]]
id = "busy-dyad"
on = "signal"
condition = "count_24h >= 2"
'''


@pytest.fixture
def rules(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(RULES)
    return load_rules(path, FIELDS)


def test_a_rule_fires_once_per_situation_and_once_more_when_it_escalates(rules):
    mentions = mentions_of(ONE_ACT)
    situations, counted, alerts = run(mentions, rules)
    act = [s for s in situations.values() if s.type == "warning" and s.source == "RUS" and s.mentions == 4]
    assert act and alerts
    mine = [a for a in alerts if a.rule_id == "rus-warns-jpn" and a.subject_id == act[0].id]
    assert [a.level for a in mine] == [0, 1]  # first match, then mentions crossed 3; the 4th adds nothing
    assert mine[1].subject_version == 3 and mine[1].severity == "critical"
    assert len({a.id for a in alerts}) == len(alerts)
    later = [a for a in alerts if a.rule_id == "rus-warns-jpn" and a.subject_id != act[0].id]
    assert [a.level for a in later] == [0]  # the week-later situation fires on its own
    # replay: the same alerts with the same ids
    _, _, again = run(mentions + mentions, rules)
    assert [a.id for a in again] == [a.id for a in alerts]


def test_signal_rules_fire_once_per_dyad_window(rules):
    t = warning().time
    ms = [warning(event_id=f"s{i}", time=t + i, article_id=f"a{i}") for i in range(5)]
    _, _, alerts = run(ms, rules)
    fired = [a for a in alerts if a.rule_id == "busy-dyad"]
    assert len(fired) == 1 and fired[0].subject_kind == "signal"
    assert fired[0].subject["count_24h"] == 2


def test_every_example_rule_loads_against_the_record_fields():
    ruleset = load_rules(ROOT / "examples" / "alert-rules.toml", FIELDS)
    assert len(ruleset) >= 3


def test_an_unknown_field_stops_loading_with_file_and_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[rule]]\nid = "x"\non = "situation"\ncondition = "mentionz >= 3"\n')
    with pytest.raises(RulesError) as info:
        load_rules(path, FIELDS)
    assert info.value.line == 4 and "mentionz" in str(info.value)


def test_dyad_windows_hopping_sums_and_spike():
    hour = 3600.0
    t0 = 1_700_000_000.0 - (1_700_000_000.0 % hour)
    state = signals.new_state()
    # one event an hour for 24 hours, then 7 in one hour
    times = [t0 + h * hour for h in range(24)] + [t0 + 24 * hour + i for i in range(7)]
    for i, t in enumerate(times):
        state, h, late = signals.add(state, warning(event_id=f"w{i}", time=t, outlet=f"o{i % 3}"), False, 24)
        assert h is not None and not late
    rec = signals.to_record(state, "warning", "RUS->JPN", int((t0 + 24 * hour) // hour), 24)
    assert rec.count_1h == 7 and rec.outlets_1h == 3
    assert rec.count_24h == 7 + 23  # the 24 h window ending with this hour
    assert rec.baseline_mean == 1.0 and rec.baseline_std == 0.0
    assert rec.spike == 6.0  # (7 - 1) / max(0, 1)
    assert rec.goldstein_1h == pytest.approx(7 * -7.0)
    # an event older than the held windows is dropped and reported late, never added
    state2, h, late = signals.add(state, warning(event_id="old", time=t0 - 30 * hour), False, 24)
    assert h is None and late and state2 == state
    # an event for a held past hour is added and marked late in its window
    state3, h, late = signals.add(state, warning(event_id="past", time=t0 + 20 * hour), False, 24)
    assert late and signals.to_record(state3, "warning", "RUS->JPN", h, 24).late_events == 1
