"""Dyad signals: per event type and directed actor dyad, hourly buckets of event time.

Pure functions over a JSON-able state ``{"watermark": hour, "buckets": {hour: [count, goldstein
sum, outlets, situations opened, late]}}`` (hour = epoch seconds // 3600). From the buckets:

- the tumbling 1 h window is one bucket;
- the hopping 24 h window (1 h step) ending with an hour is the sum of its 24 buckets;
- the spike score compares the hour with the dyad's own trailing baseline: the ``baseline_hours``
  hours before it (empty hours count as 0): ``(count - mean) / max(std, 1)``. The floor of 1 keeps
  a quiet dyad's first few events from scoring infinity: with no history, spike = count.

Buckets older than ``24 + baseline_hours`` hours behind the watermark are dropped (closed): an
event that old is *late*, it is not added (a closed window is never reopened silently) and the
caller counts it in a metric. An event for a held but past hour is added and marked late in its
bucket, so its window is republished with ``late_events`` > 0.

Why not faust's windowed tables: their expiry is not applied to keys restored from the changelog
(see streams/dedup.py), and a record here needs several windows and a baseline of one key at once.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone

from streams.situations.goldstein import goldstein
from streams.situations.mentions import Mention

HOUR = 3600
DAY_HOURS = 24
MAX_OUTLETS = 200  # distinct outlets kept per bucket; beyond it the count saturates


def new_state() -> dict:
    return {"watermark": None, "buckets": {}}


def retention(baseline_hours: int) -> int:
    return DAY_HOURS + baseline_hours


def add(state: dict, m: Mention, opened: bool, baseline_hours: int) -> tuple[dict, int | None, bool]:
    """Count ``m``. Returns (new state, its hour or None when dropped as too late, late)."""
    hour = int(m.time // HOUR)
    watermark = state["watermark"]
    keep = retention(baseline_hours)
    if watermark is not None and hour <= watermark - keep:
        return state, None, True
    late = watermark is not None and hour < watermark
    watermark = hour if watermark is None else max(watermark, hour)
    buckets = {h: b for h, b in state["buckets"].items() if int(h) > watermark - keep}
    count, gold, outlets, opened_n, late_n = buckets.get(str(hour), [0, 0.0, [], 0, 0])
    if m.outlet not in outlets and len(outlets) < MAX_OUTLETS:
        outlets = sorted([*outlets, m.outlet])
    buckets[str(hour)] = [
        count + 1, round(gold + goldstein(m.cameo), 6), outlets, opened_n + (1 if opened else 0), late_n + (1 if late else 0),
    ]
    return {"watermark": watermark, "buckets": buckets}, hour, late


def signal_id(type_: str, dyad: str, hour: int) -> str:
    return f"{type_}:{dyad}@{datetime.fromtimestamp(hour * HOUR, timezone.utc).strftime('%Y-%m-%dT%H:00Z')}"


def to_record(state: dict, type_: str, dyad: str, hour: int, baseline_hours: int):
    """The :class:`schemas.situations.DyadSignal` of ``hour`` (its bucket must exist)."""
    from schemas.situations import DyadSignal

    buckets = state["buckets"]
    empty = [0, 0.0, [], 0, 0]
    count, gold, outlets, opened_n, late_n = buckets.get(str(hour), empty)
    day = [buckets.get(str(h), empty) for h in range(hour - DAY_HOURS + 1, hour + 1)]
    base = [buckets.get(str(h), empty)[0] for h in range(hour - baseline_hours, hour)]
    mean = sum(base) / len(base)
    std = math.sqrt(sum((x - mean) ** 2 for x in base) / len(base))
    source, _, target = dyad.partition("->")
    return DyadSignal(
        id=signal_id(type_, dyad, hour),
        version=max(1, count),
        type=type_,
        dyad=dyad,
        source=None if source == "?" else source,
        target=None if target == "?" else target,
        window_start=datetime.fromtimestamp(hour * HOUR, timezone.utc),
        window_end=datetime.fromtimestamp((hour + 1) * HOUR, timezone.utc),
        count_1h=count,
        outlets_1h=len(outlets),
        situations_1h=opened_n,
        goldstein_1h=round(gold, 6),
        count_24h=sum(b[0] for b in day),
        outlets_24h=len({o for b in day for o in b[2]}),
        goldstein_24h=round(sum(b[1] for b in day), 6),
        baseline_mean=round(mean, 6),
        baseline_std=round(std, 6),
        baseline_hours=baseline_hours,
        spike=round((count - mean) / max(std, 1.0), 6),
        late_events=late_n,
    )
