"""Alert rules: the rules file (every error names file, line and reason), the condition language,
matching and escalation levels, alert ids."""

from __future__ import annotations

import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.alerting import RulesError, alert_id, load_rules
from streams.alerting.condition import MAX_CHARS, MAX_DEPTH, ConditionError, compile_condition

ROOT = Path(__file__).resolve().parents[2]

try:  # the contracts, once the situations branch is merged; until then their field names as of writing
    from schemas.situations import DyadSignal, Situation

    FIELDS = {"situation": list(Situation.model_fields), "signal": list(DyadSignal.model_fields)}
except ImportError:
    FIELDS = {
        "situation": "id version type act_key source target location partners modality cameo goldstein first_seen "
        "last_seen duration mentions articles outlets outlet_names languages event_ids article_ids evidence".split(),
        "signal": "id version type dyad source target window_start window_end count_1h outlets_1h situations_1h "
        "goldstein_1h count_24h outlets_24h goldstein_24h baseline_mean baseline_std baseline_hours spike".split(),
    }

GROUPS = {"NATO": {"POL", "USA", "DEU"}, "P5": {"CHN", "FRA", "RUS", "GBR", "USA"}}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> RulesError:
    path = write(tmp_path, text)
    with pytest.raises(RulesError) as info:
        load_rules(path, FIELDS)
    err = info.value
    assert err.path == str(path)
    assert str(err).startswith(f"{path}:{err.line}: ")
    return err


def situation(**over):
    base = {
        "id": "sit-1",
        "version": 1,
        "type": "warning",
        "source": "RUS",
        "target": "POL",
        "location": None,
        "modality": "asserted",
        "mentions": 1,
        "articles": 1,
        "outlets": 1,
        "languages": ["en"],
        "first_seen": "2026-03-02T10:00:00Z",
        "last_seen": "2026-03-02T10:00:00Z",
        "duration": 0.0,
    }
    base.update(over)
    return base


# --- the example file and a good file -----------------------------------------------------------
def test_example_rules_file_loads_with_the_issue_rules():
    rules = load_rules(ROOT / "examples" / "alert-rules.toml", FIELDS)
    ids = [r.id for r in rules.rules]
    assert ids[:3] == ["rus-chn-warns-nato", "deployment-to-taiwan", "dyad-spike"]
    assert "BALTIC" in rules.groups and "NATO" in rules.groups
    hit = situation(outlets=3, mentions=3, duration=1800.0)
    assert [m.rule_id for m in rules.match("situation", hit)] == ["rus-chn-warns-nato"]
    assert rules.match("situation", situation(outlets=3, duration=7200.0)) == []  # not within 1 h
    assert rules.match("situation", situation(outlets=3, source="BLR")) == []
    assert rules.match("situation", situation(outlets=3, target="JPN")) == []
    assert rules.match("situation", situation(outlets=3, modality="planned")) == []
    twn = situation(type="deployment", source="CHN", target=None, location="TWN", modality="hypothetical")
    assert [m.rule_id for m in rules.match("situation", twn)] == ["deployment-to-taiwan"]
    assert rules.match("situation", {**twn, "modality": "denied"}) == []
    spike = {"id": "warning:RUS->POL@2026-03-02T10:00:00Z", "spike": 3.5, "count_1h": 4}
    assert [m.rule_id for m in rules.match("signal", spike)] == ["dyad-spike"]
    assert rules.match("signal", {**spike, "spike": 2.9}) == []


def test_rule_fields_are_read(tmp_path):
    path = write(
        tmp_path,
        """
        [[rule]]
        id = "r1"
        description = "  a warning  "
        on = "situation"
        severity = "critical"
        condition = "mentions >= 2"
        labels = { desk = "europe" }
        [rule.escalate]
        field = "mentions"
        thresholds = [5, 10]
        modality = true
        """,
    )
    rules = load_rules(path, FIELDS)
    rule = rules.get("r1")
    assert rule is not None
    assert (rule.on, rule.description, rule.severity, dict(rule.labels)) == ("situation", "a warning", "critical", {"desk": "europe"})
    assert rule.escalate.thresholds == (5, 10) and rule.escalate.modality and rule.line == 1
    assert rules.rules_for("signal") == ()


# --- every bad case names its line ---------------------------------------------------------------
BAD_CASES = [
    (  # TOML syntax
        """
        [[rule]]
        id = "r1"
        on = "situation
        """,
        3,
        "TOML syntax error",
    ),
    (  # unknown key in a rule
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condtion = "mentions > 1"
        """,
        4,
        "unknown key 'condtion'",
    ),
    (  # unknown field, inside a multi-line condition: the line of the word itself
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = '''
          type = "warning"
          and mentoins >= 3
        '''
        """,
        6,
        "unknown field 'mentoins' (did you mean 'mentions'?)",
    ),
    (  # a bare word outside a list is a field, so an unquoted value is caught
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "type = warning"
        """,
        4,
        "unknown field 'warning'",
    ),
    (  # unknown actor group
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = '''
          target in group:NAT0
        '''
        """,
        5,
        "unknown actor group 'NAT0'",
    ),
    (  # bad operator
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = 'type == "warning"'
        """,
        4,
        "bad operator '=='",
    ),
    (  # ordering a string
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = 'modality > "planned"'
        """,
        4,
        "bad operator '>'",
    ),
    (  # syntax error in the condition
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "mentions >= 3 and (outlets > 1"
        """,
        4,
        "expected ')'",
    ),
    (  # duplicate rule id: the line of the second rule
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "mentions >= 3"

        [[rule]]
        id = "r1"
        on = "signal"
        condition = "spike >= 3"
        """,
        6,
        "duplicate rule id 'r1' (first at line 1)",
    ),
    (  # unknown subject kind
        """
        [[rule]]
        id = "r1"
        on = "event"
        condition = "mentions >= 3"
        """,
        3,
        "'on' must be one of 'signal', 'situation'",
    ),
    (  # a situation field in a signal rule
        """
        [[rule]]
        id = "r1"
        on = "signal"
        condition = "mentions >= 3"
        """,
        4,
        "unknown field 'mentions'",
    ),
    (  # bad severity
        """
        [[rule]]
        id = "r1"
        on = "situation"
        severity = "urgent"
        condition = "mentions >= 3"
        """,
        4,
        "severity must be one of critical, warning, info",
    ),
    (  # thresholds must increase
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "mentions >= 3"
        [rule.escalate]
        field = "mentions"
        thresholds = [10, 3]
        """,
        7,
        "thresholds must increase strictly",
    ),
    (  # escalation field unknown
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "mentions >= 3"
        escalate = { field = "mentionz", thresholds = [3] }
        """,
        5,
        "escalate: unknown field 'mentionz'",
    ),
    (  # reserved label
        """
        [[rule]]
        id = "r1"
        on = "situation"
        condition = "mentions >= 3"
        [rule.labels]
        team = "a"
        severity = "high"
        """,
        7,
        "label 'severity' is set by the alert itself",
    ),
    (  # [[rules]] instead of [[rule]]
        """
        [[rules]]
        id = "r1"
        """,
        1,
        "unknown top-level key 'rules' (rules are [[rule]] tables)",
    ),
    (  # a rules file cannot redefine a built-in group
        """
        [groups.NATO]
        title = "mine"
        as_of = 2025-01-01
        source = "me"
        members = ["FRA"]
        """,
        1,
        "group 'NATO' is already defined",
    ),
    (  # a group member that is not a country code: the line of that member
        """
        [groups.MINE]
        title = "mine"
        as_of = 2025-01-01
        source = "me"
        members = [
          "FRA",
          "XYZ",
        ]
        """,
        7,
        "member 'XYZ' is not an ISO 3166-1 alpha-3 country code",
    ),
    (  # a group's date must be a date
        """
        [groups.MINE]
        title = "mine"
        as_of = "last year"
        source = "me"
        members = ["FRA"]
        """,
        3,
        "as_of must be a date",
    ),
    (  # bad rule id
        """
        [[rule]]
        id = "has space"
        on = "situation"
        condition = "mentions >= 3"
        """,
        2,
        "id must be 1-64 letters",
    ),
    (  # missing condition
        """
        [[rule]]
        id = "r1"
        on = "situation"
        """,
        1,
        "condition must be a non-empty string",
    ),
]


@pytest.mark.parametrize("text, line, reason", BAD_CASES, ids=[c[2][:40] for c in BAD_CASES])
def test_bad_rules_file_names_line_and_reason(tmp_path, text, line, reason):
    err = error_of(tmp_path, text)
    found = [(at, why) for at, why in err.problems if reason in why]
    assert found, str(err)
    assert found[0][0] == line, str(err)


def test_all_problems_are_reported_in_line_order(tmp_path):
    err = error_of(
        tmp_path,
        """
        [[rule]]
        id = "a"
        on = "situation"
        condition = "source in group:NOPE"

        [[rule]]
        id = "b"
        on = "situation"
        condition = "mentions => 3"
        """,
    )
    assert [line for line, _ in err.problems] == [4, 9]
    assert "unknown actor group 'NOPE'" in err.problems[0][1] and "bad operator '=>'" in err.problems[1][1]
    assert str(err).count(str(err.path)) == 2


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(RulesError) as info:
        load_rules(tmp_path / "absent.toml", FIELDS)
    assert info.value.line is None and "cannot read" in info.value.reason
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'[[rule]]\nid = "r1"\ndescription = "caf\xe9"\n')
    with pytest.raises(RulesError) as info:
        load_rules(path, FIELDS)
    assert info.value.line == 3 and "not UTF-8" in info.value.reason


def test_hostile_files_are_errors_not_crashes(tmp_path):
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 50_000 + "]" * 50_000)
    with pytest.raises(RulesError, match="nested too deeply"):
        load_rules(deep, FIELDS)
    big = tmp_path / "big.toml"
    big.write_text("# padding\n" * 200_000)
    with pytest.raises(RulesError, match="more than the 1000000 allowed"):
        load_rules(big, FIELDS)


def test_condition_with_escapes_still_points_at_the_right_line(tmp_path):
    err = error_of(
        tmp_path,
        '''
        [[rule]]
        id = "r1"
        on = "situation"
        condition = """type = "warning"
          and outlets >= 3
          and languagez in [ru]"""
        ''',
    )
    assert err.line == 6 and "unknown field 'languagez'" in err.reason


# --- the condition language ----------------------------------------------------------------------
F = FIELDS["situation"]


def cond(text: str):
    return compile_condition(text, F, GROUPS)


@pytest.mark.parametrize(
    "text, record, expected",
    [
        ('source in [RUS, CHN] and target in group:NATO', {}, True),
        ('source in [RUS, CHN] and target in group:NATO', {"target": "JPN"}, False),
        ('target not in group:NATO', {}, False),
        ('target not in group:NATO', {"target": "JPN"}, True),
        ('target in [JPN, group:NATO]', {"target": "USA"}, True),  # groups inside lists
        ('not (target in group:NATO) or mentions > 1', {"target": "POL", "mentions": 2}, True),
        ('type = "warning" and (modality = "planned" or modality = "asserted")', {}, True),
        ('modality in [hypothetical, conditional]', {}, False),
        ('modality != "asserted"', {}, False),
        ('mentions >= 3', {"mentions": 3}, True),
        ('mentions > 3', {"mentions": 3}, False),
        ('outlets >= 3', {"outlets": ["a", "b", "c"]}, True),  # a list counts its length
        ('languages >= 2', {}, False),
        ('"ru" in languages', {"languages": ["en", "ru"]}, True),
        ('languages in [zh, ja]', {"languages": ["en", "ru"]}, False),
        ('languages in [zh, ru]', {"languages": ["en", "ru"]}, True),  # any element
        ('duration <= 1h', {"duration": 3599.0}, True),  # a duration against seconds
        ('duration <= 1h', {"duration": 3601.0}, False),
        ('last_seen - first_seen <= 90m', {"last_seen": "2026-03-02T11:29:00Z"}, True),
        ('last_seen - first_seen <= 90m', {"last_seen": "2026-03-02T11:31:00+00:00"}, False),
        ('first_seen >= "2026-03-02T09:00:00Z"', {}, True),
        ('last_seen > first_seen + 1d', {"last_seen": "2026-03-04T10:00:00Z"}, True),
        ('goldstein <= -4', {"goldstein": -5.0}, True),
        ('goldstein <= -4', {"goldstein": -3.5}, False),
        ('source = "RUS"', {"source": {"code": "RUS", "name": "Russia"}}, True),  # an actor by its code
        ('source != target', {"target": "RUS"}, False),
        ('source != target', {}, True),
        # a missing value matches nothing, in either direction
        ('target = "POL"', {"target": None}, False),
        ('target != "POL"', {"target": None}, False),
        ('target not in group:NATO', {"target": None}, False),
        ('not (target in group:NATO)', {"target": None}, True),
        ('mentions > 1', {"mentions": None}, False),
        ('mentions > 1', {"mentions": "many"}, False),  # odd data: false, never an exception
        ('last_seen - first_seen <= 1h', {"last_seen": "yesterday"}, False),
        ('mentions >= 2  # a comment\n and outlets >= 1', {"mentions": 2}, True),
    ],
)
def test_condition_semantics(text, record, expected):
    assert cond(text)(situation(**record)) is expected


def test_durations_and_numbers_parse():
    c = cond("duration >= 1h30m and duration < 1w and mentions >= 1.5e0")
    assert c(situation(duration=5400, mentions=2))
    assert not c(situation(duration=5399, mentions=2))
    assert cond("duration > 250ms")(situation(duration=0.3))


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty condition"),
        ("mentions", "expected a comparison"),
        ("mentions >= 3 and", "found the end of the condition"),
        ("mentions >= 3 or or", "expected a field"),
        ("mentions >= 3x", "unexpected '3x'"),
        ("mentions ≥ 3", "bad operator '≥'"),
        ("mentions > 1 && outlets > 1", "bad operator '&&'"),
        ("mentions > 1 AND outlets > 1", "expected 'and', 'or' or the end"),
        ("1 = 1", "compares two constants"),
        ('"RUS" in [RUS]', "compares two constants"),
        ("source in []", "empty list"),
        ("source in RUS", "unknown field 'RUS'"),
        ("source = group:NATO", "is a set"),
        ("source = [RUS]", "a list can only follow 'in'"),
        ('type + 1 > 2 and "a" + 1 > 0', "+ and - take numbers"),
        ("not mentions", "expected a comparison"),
        ("source in group:nato", "unknown actor group 'nato'"),
        ('source = "RUS', "unexpected"),
    ],
)
def test_condition_errors(text, reason):
    with pytest.raises(ConditionError) as info:
        cond(text)
    assert reason in info.value.reason
    assert 0 <= info.value.offset <= len(text)


def test_condition_input_is_bounded():
    deep = "(" * (MAX_DEPTH + 1) + "mentions > 1" + ")" * (MAX_DEPTH + 1)
    with pytest.raises(ConditionError, match="nested deeper"):
        cond(deep)
    cond("(" * MAX_DEPTH + "mentions > 1" + ")" * MAX_DEPTH)
    with pytest.raises(ConditionError, match="nested deeper"):
        cond("not " * (MAX_DEPTH + 1) + "mentions > 1")
    with pytest.raises(ConditionError, match="longer than"):
        cond("mentions > 1 " + "or mentions > 1 " * (MAX_CHARS // 16))
    with pytest.raises(ConditionError, match="list longer"):
        cond("source in [" + ",".join(["X"] * 1001) + "]")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("()[]!=<>+-,\"' #:.0123456789hms\n")
            + ["and ", "or ", "not ", "in ", "mentions ", "source ", "group:NATO ", "RUS ", "1h", "<=", ">="]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_text_compiles_or_raises_condition_error_quickly(text):
    started = time.perf_counter()
    try:
        c = cond(text)
    except ConditionError as exc:
        assert 0 <= exc.offset <= max(len(text), 0) + 1
    else:
        assert c(situation()) in (True, False)
    assert time.perf_counter() - started < 0.5


def test_no_python_evaluation():
    # names Python would resolve are just unknown fields here
    for text in ("__import__ = 1", "mentions > __class__", 'open("x") = 1', "globals() = 1"):
        with pytest.raises(ConditionError):
            cond(text)


# --- matching, levels, alert ids -----------------------------------------------------------------
@pytest.fixture()
def rules(tmp_path):
    return load_rules(
        write(
            tmp_path,
            """
            [[rule]]
            id = "twn"
            description = "Any deployment to Taiwan"
            on = "situation"
            condition = 'type = "deployment" and target = "TWN"'
            escalate = { field = "mentions", thresholds = [3, 10], modality = true }

            [[rule]]
            id = "once"
            on = "situation"
            condition = 'type = "deployment"'

            [[rule]]
            id = "outlets"
            on = "situation"
            condition = 'type = "deployment"'
            escalate = { field = "outlet_names", thresholds = [2, 4] }
            """,
        ),
        FIELDS,
    )


def levels(rules, record):
    return {m.rule_id: m.level for m in rules.match("situation", record)}


def test_levels_rise_with_modality_then_mentions(rules):
    rec = situation(type="deployment", source="CHN", target="TWN", modality="hypothetical", mentions=1, outlet_names=["a"])
    seen = []
    for modality, mentions in [("hypothetical", 1), ("hypothetical", 3), ("planned", 3), ("planned", 12), ("asserted", 1)]:
        seen.append(levels(rules, {**rec, "modality": modality, "mentions": mentions})["twn"])
    # hypothetical (rank 1) * 3 + crossed thresholds; planned rank 3; asserted rank 4 outranks any count
    assert seen == [3, 4, 10, 11, 12]
    assert seen == sorted(seen)
    assert levels(rules, {**rec, "modality": "negated"})["twn"] == 0


def test_rule_without_escalation_stays_at_level_zero(rules):
    rec = situation(type="deployment", target="TWN")
    assert levels(rules, {**rec, "mentions": 1})["once"] == 0
    assert levels(rules, {**rec, "mentions": 50, "modality": "planned"})["once"] == 0


def test_list_field_escalates_on_its_length(rules):
    rec = situation(type="deployment", target="TWN")
    assert [levels(rules, {**rec, "outlet_names": list("abcd"[:n])})["outlets"] for n in (1, 2, 3, 4)] == [0, 1, 1, 2]


def test_fire_once_per_level_then_again_on_escalation(rules):
    rec = situation(id="sit-9", type="deployment", target="TWN", modality="planned", mentions=1)
    fired: dict[str, int] = {}
    alerts = []
    for mentions in (1, 1, 2, 3, 3, 4, 10):
        for m in rules.match("situation", {**rec, "mentions": mentions}):
            if m.rule_id == "twn" and m.escalates(fired.get(m.rule_id)):
                fired[m.rule_id] = m.level
                alerts.append((mentions, m.id))
    assert [n for n, _ in alerts] == [1, 3, 10]
    assert len({a for _, a in alerts}) == 3


def test_alert_id_is_deterministic_and_distinct():
    a = alert_id("twn", "sit-1", 3)
    assert a == alert_id("twn", "sit-1", 3)
    assert a.startswith("al-") and len(a) == 35
    assert len({a, alert_id("twn", "sit-1", 4), alert_id("twn", "sit-2", 3), alert_id("twn2", "sit-1", 3)}) == 4


def test_match_to_alert_record(rules):
    rec = situation(id="sit-7", version=4, type="deployment", source="CHN", target="TWN", modality="planned", mentions=3)
    match = next(m for m in rules.match("situation", rec) if m.rule_id == "twn")
    alert = match.to_alert(rec, starts_at=datetime(2026, 3, 2, 10, tzinfo=timezone.utc))
    assert alert["id"] == alert_id("twn", "sit-7", match.level) == match.id
    assert (alert["rule_id"], alert["subject_kind"], alert["subject_id"], alert["subject_version"]) == ("twn", "situation", "sit-7", 4)
    assert (alert["severity"], alert["level"], alert["labels"]) == ("warning", 10, {})
    assert alert["starts_at"] == "2026-03-02T10:00:00Z"
    assert alert["summary"].startswith("Any deployment to Taiwan: deployment CHN->TWN planned")
    assert alert["subject"] == rec
    assert match.escalation() == {"field": "mentions", "value": 3, "threshold": 3, "thresholds": [3, 10], "modality": "planned"}


def test_match_api_errors(rules):
    with pytest.raises(ValueError, match="unknown subject kind"):
        rules.match("event", situation())
    with pytest.raises(ValueError, match="without an id"):
        rules.match("situation", {k: v for k, v in situation().items() if k != "id"})
    assert [m.subject_id for m in rules.match("situation", situation(type="deployment"), subject_id="x")][:1] == ["x"]
