"""One mention through the whole stage, as a pure function: situation, dyad signal, alerts.

The agent (streams/situations/agents.py) reads the table entries, calls :func:`step`, publishes
what it returns, waits for the acks, then writes the new entries back. Tests and
``bench/situations_coref.py`` run the same function over lists.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable

from schemas.situations import Alert, DyadSignal, Situation
from streams.situations import coref, signals
from streams.situations.mentions import Mention


@dataclass(frozen=True)
class StageConfig:
    horizon: float = 259_200.0
    keep_ids: int = 20
    baseline_hours: int = 24

    @classmethod
    def from_settings(cls, settings) -> "StageConfig":
        return cls(settings.situation_horizon, settings.situation_keep_ids, settings.signal_baseline_hours)


@dataclass
class Fired:
    """An alert to publish, and the level to remember for (rule, subject) once it is acked."""

    alert: Alert
    level_key: str


@dataclass
class Step:
    entry: dict
    situation: Situation
    opened: bool
    late: bool
    closed: list[dict]
    signal_key: str
    signal_state: dict
    signal: DyadSignal | None  # None: too late for any held window
    signal_late: bool
    alerts: list[Fired] = field(default_factory=list)


def signal_key(m: Mention) -> str:
    return f"{m.type}:{m.dyad}"


def level_key(rule_id: str, subject_id: str) -> str:
    return f"{rule_id}|{subject_id}"


def step(
    m: Mention,
    key: str,
    entry: dict | None,
    signal_state: dict | None,
    config: StageConfig,
    rules=None,
    fired_level: Callable[[str], int | None] = lambda _key: None,
) -> Step:
    entry = entry or coref.new_entry()
    held_before = {s["id"]: s for s in entry["situations"]}
    new_entry, state, opened, late = coref.assign(entry, m, key, config.horizon, config.keep_ids)
    kept = {s["id"] for s in new_entry["situations"]}
    closed = [s for sid, s in held_before.items() if sid not in kept]
    situation = coref.to_record(state)

    skey = signal_key(m)
    sig_state, hour, sig_late = signals.add(signal_state or signals.new_state(), m, opened, config.baseline_hours)
    signal = None
    if hour is not None:
        signal = signals.to_record(sig_state, m.type, m.dyad, hour, config.baseline_hours)

    result = Step(new_entry, situation, opened, late, closed, skey, sig_state, signal, sig_late)
    if rules is not None:
        result.alerts = evaluate(rules, "situation", situation, fired_level)
        if signal is not None:
            result.alerts += evaluate(rules, "signal", signal, fired_level)
    return result


# --- alerts -----------------------------------------------------------------------------------
def _attr(match, name: str, default=None):
    """A Match's field, on the match itself or on its rule."""
    if hasattr(match, name):
        return getattr(match, name)
    rule = getattr(match, "rule", None)
    return getattr(rule, name, default) if rule is not None else default


def alert_id(rule_id: str, subject_id: str, level: int) -> str:
    try:
        from streams.alerting.rules import alert_id as rules_alert_id
    except ImportError:  # the rules module is not merged yet
        return "alert-" + hashlib.sha256(f"{rule_id}\x1f{subject_id}\x1f{level}".encode()).hexdigest()[:32]
    return rules_alert_id(rule_id, subject_id, level)


def summary(kind: str, record) -> str:
    if kind == "situation":
        return (f"{record.type} {record.source or '?'}->{record.target or record.location or '?'} {record.modality}: "
                f"{record.mentions} mentions, {record.outlets} outlets, {len(record.languages)} languages")
    return (f"{record.type} {record.dyad}: {record.count_1h} events in 1 h (spike {record.spike:.1f}), "
            f"{record.count_24h} in 24 h, Goldstein {record.goldstein_24h:+.1f}")


def evaluate(rules, kind: str, record, fired_level: Callable[[str], int | None]) -> list[Fired]:
    """Alerts for the rules that match ``record`` at a level above the last fired one for the
    same rule and subject (first match: any level fires; escalation: a higher level fires again)."""
    out: list[Fired] = []
    body = record.model_dump(mode="json")
    starts = record.first_seen if kind == "situation" else record.window_start
    for match in rules.match(kind, body):
        rule_id = _attr(match, "rule_id") or _attr(match, "id")
        level = int(_attr(match, "level", 0) or 0)
        lkey = level_key(rule_id, record.id)
        last = fired_level(lkey)
        if last is not None and level <= last:
            continue
        labels = {str(k): str(v) for k, v in (_attr(match, "labels", {}) or {}).items()}
        alert = Alert(
            id=alert_id(rule_id, record.id, level),
            rule_id=rule_id,
            description=_attr(match, "description", "") or "",
            severity=str(_attr(match, "severity", "warning") or "warning"),
            level=level,
            subject_kind=kind,  # type: ignore[arg-type]
            subject_id=record.id,
            subject_version=record.version,
            labels=labels,
            summary=summary(kind, record),
            starts_at=starts,
            subject=body,
        )
        out.append(Fired(alert, lkey))
    return out
