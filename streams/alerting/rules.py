"""Alert rules: a TOML rules file -> :class:`RuleSet`; records -> :class:`Match` per matching rule.

Why TOML and not YAML: ``tomllib`` is in the standard library (no runtime dependency), the
project's other data (language lexicons, actor registry, groups) is TOML, and TOML has no
implicit typing: in YAML 1.1 (PyYAML) the key ``on:`` reads as the boolean ``true`` and the value
``NO`` (Norway's alpha-2 code) as ``false``, exactly the words a rules file is made of.

A rules file::

    version = 1                       # optional; the only version is 1

    [[rule]]
    id = "rus-chn-warns-nato"         # unique; letters, digits, . _ -
    description = "Russia or China warns a NATO member"
    on = "situation"                  # the subject kind: situation | signal (what the caller declares)
    severity = "critical"             # critical | warning | info (default warning)
    condition = '''
      type = "warning" and source in [RUS, CHN] and target in group:NATO
      and modality = "asserted" and outlets >= 3 and last_seen - first_seen <= 1h
    '''
    labels = { desk = "europe" }      # optional, copied to the alert (and Alertmanager labels)
    escalate = { field = "mentions", thresholds = [10, 30], modality = true }   # optional

    [groups.BALTIC]                   # optional: own groups, same form as groups.toml
    title = "Baltic states"
    as_of = 2025-01-01
    source = "geography"
    members = ["EST", "LVA", "LTU"]

Levels and escalation. ``RuleSet.match`` returns, per matching rule, an integer ``level``: the
number of ``thresholds`` the field has reached (a list counts its length), plus, with
``modality = true``, the rank of the modality (hypothetical 1 < conditional 2 < planned 3 <
asserted 4; others 0) times ``len(thresholds) + 1``, so a stronger modality outranks any count.
The caller keeps the last fired level per (rule, subject) and fires when ``Match.escalates(last)``
(level greater than the last, or nothing fired yet). :func:`alert_id` derives the alert's id from
(rule, subject, level): the same alert always has the same id, so consumers and webhook
receivers deduplicate on it, and a restart that fires again reproduces it.

Every mistake in a rules file is a :class:`RulesError` naming the file, the line and the reason:
TOML syntax, unknown keys, unknown fields and actor groups, bad operators, duplicate rule ids.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from streams.alerting import tomlsrc
from streams.alerting.condition import Condition, ConditionError, compile_condition
from streams.alerting.groups import DEFAULT_GROUPS_FILE, Group, load_groups, parse_groups

log = logging.getLogger(__name__)

RULE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
LABEL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
SEVERITIES = ("critical", "warning", "info")
RULE_KEYS = {"id", "description", "on", "condition", "severity", "labels", "escalate"}
ESCALATE_KEYS = {"field", "thresholds", "modality"}
TOP_KEYS = {"version", "rule", "groups"}
# Alertmanager labels set by the alert itself and copied from the subject (streams.alerting.sinks):
# a rule's own labels cannot override them
RESERVED_LABELS = frozenset(
    {"alertname", "severity", "rule", "kind", "subject", "alert_id", "level", "type", "source", "target", "location", "dyad"}
)
MODALITY_RANK = {"hypothetical": 1, "conditional": 2, "planned": 3, "asserted": 4}
MAX_RULES = 1000
MAX_THRESHOLDS = 20
MAX_LABELS = 20

Problem = tuple[int | None, str]


class RulesError(Exception):
    """A rules file that cannot be used. ``path``, ``line`` and ``reason`` describe the first problem;
    ``problems`` lists all of them as (line, reason). ``str()`` gives one ``file:line: reason`` per line."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = sorted(problems, key=lambda p: (p[0] is None, p[0] or 0))
        self.line, self.reason = self.problems[0]
        super().__init__("\n".join(f"{self.path}:{line if line else '?'}: {reason}" for line, reason in self.problems))


def alert_id(rule_id: str, subject_id: str, level: int) -> str:
    """Deterministic alert id: the same rule, subject and level always give the same id."""
    digest = hashlib.sha256(f"{rule_id}\x1f{subject_id}\x1f{int(level)}".encode("utf-8", "surrogatepass"))
    return "al-" + digest.hexdigest()[:32]


def modality_rank(modality: Any) -> int:
    return MODALITY_RANK.get(modality, 0) if isinstance(modality, str) else 0


@dataclass(frozen=True)
class Escalation:
    field: str | None = None
    thresholds: tuple[float, ...] = ()
    modality: bool = False

    def level(self, record: Mapping[str, Any]) -> tuple[int, Any, float | None, str | None]:
        """(level, field value, highest threshold reached, modality counted)."""
        value = record.get(self.field) if self.field else None
        measure = len(value) if isinstance(value, (list, tuple, set, frozenset)) else value
        crossed = 0
        if isinstance(measure, (int, float)) and not isinstance(measure, bool):
            crossed = sum(1 for t in self.thresholds if measure >= t)
        modality = record.get("modality") if self.modality else None
        level = (modality_rank(modality) * (len(self.thresholds) + 1) if self.modality else 0) + crossed
        return level, value, (self.thresholds[crossed - 1] if crossed else None), modality


@dataclass(frozen=True)
class Rule:
    id: str
    on: str
    condition: Condition
    description: str = ""
    severity: str = "warning"
    labels: Mapping[str, str] = field(default_factory=dict)
    escalate: Escalation | None = None
    line: int | None = None

    def match(self, record: Mapping[str, Any], subject_id: str) -> "Match | None":
        if not self.condition(record):
            return None
        if self.escalate is None:
            return Match(self, subject_id, 0)
        level, value, threshold, modality = self.escalate.level(record)
        return Match(self, subject_id, level, value=value, threshold=threshold, modality=modality)


@dataclass(frozen=True)
class Match:
    """One rule matching one subject (a situation or a signal) at an escalation ``level``."""

    rule: Rule
    subject_id: str
    level: int
    value: Any = None  # the escalation field's value
    threshold: float | None = None  # the highest threshold it reached
    modality: str | None = None  # the modality counted in the level

    @property
    def id(self) -> str:
        return alert_id(self.rule.id, self.subject_id, self.level)

    @property
    def kind(self) -> str:
        return self.rule.on

    @property
    def rule_id(self) -> str:
        return self.rule.id

    @property
    def severity(self) -> str:
        return self.rule.severity

    @property
    def description(self) -> str:
        return self.rule.description

    @property
    def labels(self) -> dict[str, str]:
        return dict(self.rule.labels)

    def escalates(self, last_level: int | None) -> bool:
        """Fire? True when nothing fired yet for (rule, subject) or this level is higher."""
        return last_level is None or self.level > last_level

    def escalation(self) -> dict[str, Any] | None:
        esc = self.rule.escalate
        if esc is None:
            return None
        return {
            "field": esc.field,
            "value": _jsonable(self.value),
            "threshold": self.threshold,
            "thresholds": list(esc.thresholds),
            "modality": self.modality,
        }

    def to_alert(self, subject: Mapping[str, Any], *, starts_at: datetime | str) -> dict[str, Any]:
        """The alert record (JSON-ready; the fields of ``schemas`` ``Alert``) for the ``alerts`` topic
        and the sinks. ``starts_at`` is event time (the situation's ``first_seen``, the signal's
        window start), never the wall clock, so that a replay reproduces the record byte for byte."""
        return {
            "id": self.id,
            "rule_id": self.rule.id,
            "description": self.rule.description,
            "severity": self.rule.severity,
            "level": self.level,
            "subject_kind": self.kind,
            "subject_id": self.subject_id,
            "subject_version": subject.get("version"),
            "labels": dict(self.rule.labels),
            "summary": summary(self.rule, subject),
            "starts_at": starts_at if isinstance(starts_at, str) else _rfc3339(starts_at),
            "subject": _jsonable(dict(subject)),
        }


def summary(rule: Rule, subject: Mapping[str, Any]) -> str:
    """One line for humans: the rule's description and what the subject is."""
    parts = []
    code = lambda v: (v.get("code") if isinstance(v, Mapping) else v) or "?"  # noqa: E731
    if subject.get("type"):
        parts.append(str(subject["type"]))
    if "source" in subject or "target" in subject:
        parts.append(f"{code(subject.get('source'))}->{code(subject.get('target'))}")
    elif subject.get("dyad"):
        parts.append(str(subject["dyad"]))
    if subject.get("modality"):
        parts.append(str(subject["modality"]))
    for key in ("mentions", "outlets", "languages", "count", "spike"):
        value = subject.get(key)
        if isinstance(value, (list, tuple)):
            value = len(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            parts.append(f"{key} {round(value, 2) if isinstance(value, float) else value}")
    what = " ".join(parts[:3]) + (f" ({', '.join(parts[3:])})" if parts[3:] else "")
    head = rule.description or rule.id
    return f"{head}: {what}" if what else head


def _rfc3339(moment: datetime) -> str:
    from streams.envelope import rfc3339

    return rfc3339(moment)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return _rfc3339(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class RuleSet:
    """The rules of one file, by subject kind. ``match(kind, record)`` is the whole runtime API."""

    rules: tuple[Rule, ...]
    groups: Mapping[str, Group]
    kinds: frozenset[str]
    path: str = ""

    def __post_init__(self) -> None:
        by_kind = {kind: tuple(r for r in self.rules if r.on == kind) for kind in self.kinds}
        object.__setattr__(self, "_by_kind", by_kind)

    def rules_for(self, kind: str) -> tuple[Rule, ...]:
        try:
            return self._by_kind[kind]
        except KeyError:
            raise ValueError(f"unknown subject kind {kind!r} (rules were loaded for {sorted(self.kinds)})") from None

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def match(self, kind: str, record: Mapping[str, Any], subject_id: str | None = None) -> list[Match]:
        """The rules of ``kind`` that ``record`` (a mapping of field -> value, e.g. a pydantic model's
        ``model_dump()``) satisfies, in file order. ``subject_id`` defaults to ``record["id"]``."""
        if subject_id is None:
            subject_id = record.get("id")
            if not subject_id:
                raise ValueError(f"{kind} record without an id: pass subject_id")
        matches = []
        for rule in self.rules_for(kind):
            try:
                m = rule.match(record, str(subject_id))
            except Exception:  # a rule must never stop the stream; the language is total, so log loudly
                log.exception("rule %s failed on %s %s", rule.id, kind, subject_id)
                continue
            if m is not None:
                matches.append(m)
        return matches

    def __len__(self) -> int:
        return len(self.rules)


@lru_cache(maxsize=4)
def _default_groups(path: str) -> Mapping[str, Group]:
    return load_groups(path)


def load_rules(
    path: str | Path,
    fields: Mapping[str, Collection[str]],
    *,
    groups: Mapping[str, Group] | None = None,
) -> RuleSet:
    """Read and check a rules file.

    ``fields`` maps each subject kind a rule may name in ``on`` (``"situation"``, ``"signal"``) to
    the field names its conditions may use (the pydantic model's field names). ``groups``: the
    actor groups (default: ``groups.toml`` beside this module); the file may add its own.
    Raises :class:`RulesError` with every problem found (file, line, reason)."""
    path = str(path)
    if groups is None:
        groups = _default_groups(str(DEFAULT_GROUPS_FILE))
    try:
        data, loc = tomlsrc.load(path)
    except tomlsrc.TomlError as exc:
        raise RulesError(path, [(exc.line, exc.reason)]) from None
    except OSError as exc:
        raise RulesError(path, [(None, f"cannot read the rules file: {exc.strerror or exc}")]) from None

    problems: list[Problem] = []
    for key in data.keys() - TOP_KEYS:
        hint = " (rules are [[rule]] tables)" if key in ("rules", "alert", "alerts") else ""
        problems.append((loc.line((key,)), f"unknown top-level key {key!r}{hint}; allowed: {', '.join(sorted(TOP_KEYS))}"))
    if data.get("version", 1) != 1:
        problems.append((loc.line(("version",)), f"unsupported version {data['version']!r} (this build reads 1)"))

    all_groups = dict(groups)
    if "groups" in data:
        own, more = parse_groups(data["groups"], loc, path)
        problems += more
        for name, group in own.items():
            if name in all_groups:
                problems.append((loc.line(("groups", name)), f"group {name!r} is already defined in {all_groups[name].origin or 'the built-in groups'}"))
            else:
                all_groups[name] = group
    members = {name: g.members for name, g in all_groups.items()}

    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raw_rules = []
        problems.append((loc.line(("rule",)), "'rule' must be an array of tables: write [[rule]] before each rule"))
    if len(raw_rules) > MAX_RULES:
        problems.append((loc.line(("rule",)), f"more than {MAX_RULES} rules"))
        raw_rules = raw_rules[:MAX_RULES]

    rules: list[Rule] = []
    first_line: dict[str, int | None] = {}
    for i, spec in enumerate(raw_rules):
        rule, more = _parse_rule(i, spec, loc, fields, members)
        problems += more
        if rule is None:
            continue
        if rule.id in first_line:
            problems.append((rule.line, f"duplicate rule id {rule.id!r} (first at line {first_line[rule.id] or '?'})"))
            continue
        first_line[rule.id] = rule.line
        rules.append(rule)
    if problems:
        raise RulesError(path, problems)
    return RuleSet(tuple(rules), all_groups, frozenset(fields), path)


def _parse_rule(
    i: int,
    spec: Any,
    loc: tomlsrc.Locator,
    fields: Mapping[str, Collection[str]],
    groups: Mapping[str, Collection[str]],
) -> tuple[Rule | None, list[Problem]]:
    where = ("rule", i)
    problems: list[Problem] = []
    if not isinstance(spec, Mapping):
        return None, [(loc.line(where), "each rule must be a table")]
    rid = spec.get("id")
    name = f"rule {rid!r}" if isinstance(rid, str) else f"rule #{i + 1}"

    def bad(key: str | tuple, reason: str, line: int | None = None) -> None:
        keys = key if isinstance(key, tuple) else (key,)
        problems.append((line or loc.line((*where, *keys)), f"{name}: {reason}"))

    for key in sorted(spec.keys() - RULE_KEYS):
        close = difflib.get_close_matches(key, sorted(RULE_KEYS), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        bad(key, f"unknown key {key!r}{hint}; allowed: {', '.join(sorted(RULE_KEYS))}")
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        bad("id", "id must be 1-64 letters, digits, '.', '_' or '-' (starting with a letter or digit)")
    on = spec.get("on")
    if on not in fields:
        bad("on", f"'on' must be one of {', '.join(repr(k) for k in sorted(fields))}, not {on!r}")
    description = spec.get("description", "")
    if not isinstance(description, str):
        bad("description", "description must be a string")
    severity = spec.get("severity", "warning")
    if severity not in SEVERITIES:
        bad("severity", f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")

    labels = spec.get("labels", {})
    if not isinstance(labels, Mapping):
        bad("labels", "labels must be a table of name = \"value\"")
        labels = {}
    if len(labels) > MAX_LABELS:
        bad("labels", f"more than {MAX_LABELS} labels")
    for lname, lvalue in labels.items():
        if not LABEL_NAME.match(lname) or lname.startswith("__"):
            bad(("labels", lname), f"label name {lname!r} must match [A-Za-z_][A-Za-z0-9_]* and not start with __")
        elif lname in RESERVED_LABELS:
            bad(("labels", lname), f"label {lname!r} is set by the alert itself (reserved: {', '.join(sorted(RESERVED_LABELS))})")
        if not isinstance(lvalue, str):
            bad(("labels", lname), f"label {lname!r} must be a string")

    condition = None
    text = spec.get("condition")
    if not isinstance(text, str) or not text.strip():
        bad("condition", "condition must be a non-empty string")
    elif on in fields:
        try:
            condition = compile_condition(text, fields[on], groups)
        except ConditionError as exc:
            line = loc.string_line((*where, "condition"), text, exc.offset)
            bad("condition", f"condition: {exc.reason}", line)

    escalate = None
    if "escalate" in spec and on in fields:
        escalate = _parse_escalation(spec["escalate"], fields[on], lambda k, r: bad(("escalate", *k), r))

    if problems or condition is None:
        return None, problems
    return (
        Rule(
            id=rid,
            on=on,
            condition=condition,
            description=description.strip(),
            severity=severity,
            labels=dict(labels),
            escalate=escalate,
            line=loc.line(where),
        ),
        problems,
    )


def _parse_escalation(spec: Any, fields: Collection[str], bad) -> Escalation | None:
    if not isinstance(spec, Mapping):
        bad((), "escalate must be a table: { field = \"mentions\", thresholds = [3, 10, 30], modality = true }")
        return None
    ok = True
    for key in sorted(spec.keys() - ESCALATE_KEYS):
        bad((key,), f"escalate: unknown key {key!r}; allowed: {', '.join(sorted(ESCALATE_KEYS))}")
        ok = False
    fname, thresholds, modality = spec.get("field"), spec.get("thresholds"), spec.get("modality", False)
    if not isinstance(modality, bool):
        bad(("modality",), "escalate: modality must be true or false")
        ok = False
    elif modality and "modality" not in fields:
        bad(("modality",), "escalate: this subject has no 'modality' field")
        ok = False
    if (fname is None) != (thresholds is None):
        bad((), "escalate: field and thresholds go together")
        return None
    if fname is not None:
        if fname not in fields:
            bad(("field",), f"escalate: unknown field {fname!r}; fields: {', '.join(sorted(fields))}")
            ok = False
        numbers = isinstance(thresholds, list) and all(
            isinstance(t, (int, float)) and not isinstance(t, bool) for t in thresholds
        )
        if not numbers or not thresholds or len(thresholds) > MAX_THRESHOLDS:
            bad(("thresholds",), f"escalate: thresholds must be a list of 1-{MAX_THRESHOLDS} numbers")
            ok = False
        elif any(b <= a for a, b in zip(thresholds, thresholds[1:])):
            bad(("thresholds",), "escalate: thresholds must increase strictly, e.g. [3, 10, 30]")
            ok = False
    elif not modality:
        bad((), "escalate: name a field with thresholds, or set modality = true")
        ok = False
    if not ok:
        return None
    return Escalation(fname, tuple(thresholds or ()), modality)
