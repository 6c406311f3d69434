"""One mention through the whole stage, as a pure function: situation, dyad signal, alerts.

The agent (streams/situations/agents.py) reads the table entries, calls :func:`step`, publishes
what it returns, waits for the acks, then writes the new entries back. Tests and
``bench/situations_coref.py`` run the same function over lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from schemas.situations import Alert, DyadSignal, Situation
from streams.situations import coref, signals
from streams.situations.mentions import Mention, index_key, related_keys


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
    signal: DyadSignal | None  # None: too late for any held window, or a background mention (not counted)
    signal_late: bool
    alerts: list[Fired] = field(default_factory=list)
    related: dict[str, dict] = field(default_factory=dict)  # related act entries changed (key -> entry)


def signal_key(m: Mention) -> str:
    return f"{m.type}:{m.dyad}"


def related_entries(m: Mention, get: Callable[[str], dict | None]) -> tuple[dict[str, dict], str | None, dict | None]:
    """What the stage reads besides the mention's own act entry (``get``: act-table key -> entry or
    None): the entries of its related keys (mentions.related_keys), the key of its partition's
    index entry (mentions.index_key) or None, and that entry. After the step the caller writes
    back the entry, the changed related entries and, with an index key,
    ``coref.indexed(index, key, m.time, horizon)``."""
    ikey = index_key(m)
    index = get(ikey) if ikey else None
    related = {k: e for k in related_keys(m, index) if (e := get(k)) is not None}
    return related, ikey, index


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
    related: dict[str, dict] | None = None,
) -> Step:
    """``related``: the entries of mentions.related_keys(m) that exist (same partition)."""
    entry = entry or coref.new_entry()
    held_before = {s["id"]: s for s in entry["situations"]}
    new_entry, changed, state, opened, late = coref.assign_across(entry, related or {}, m, key, config.horizon,
                                                                  config.keep_ids)
    kept = {s["id"] for s in new_entry["situations"]}
    closed = [s for sid, s in held_before.items() if sid not in kept]
    situation = coref.to_record(state)

    skey = signal_key(m)
    sig_state, signal, sig_late = signal_state or signals.new_state(), None, False
    if not m.background:  # a past act cited as context is no activity of the dyad in this hour
        sig_state, hour, sig_late = signals.add(sig_state, m, opened, config.baseline_hours)
        if hour is not None:
            signal = signals.to_record(sig_state, m.type, m.dyad, hour, config.baseline_hours)

    result = Step(new_entry, situation, opened, late, closed, skey, sig_state, signal, sig_late, related=changed)
    if rules is not None:
        if not situation.background:  # context cited by the news is no new act: nothing to alert on
            result.alerts = evaluate(rules, "situation", situation, fired_level)
        if signal is not None:
            result.alerts += evaluate(rules, "signal", signal, fired_level)
    return result


# --- alerts -----------------------------------------------------------------------------------
def evaluate(rules, kind: str, record, fired_level: Callable[[str], int | None]) -> list[Fired]:
    """Alerts for the rules (streams.alerting.rules.RuleSet) that match ``record`` at a level above
    the last fired one for the same rule and subject: the first match fires at any level, an
    escalation (a higher level) fires once more."""
    out: list[Fired] = []
    body = record.model_dump(mode="json")
    starts = record.first_seen if kind == "situation" else record.window_start
    for match in rules.match(kind, body, record.id):
        lkey = level_key(match.rule_id, record.id)
        if not match.escalates(fired_level(lkey)):
            continue
        out.append(Fired(Alert.model_validate(match.to_alert(body, starts_at=starts)), lkey))
    return out
