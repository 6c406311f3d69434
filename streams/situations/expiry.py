"""What the situations tables keep, and for how long (event time), as plain functions.

Every table value records the changelog partition it was written to (``p``), so a timer can
delete an expired key from the changelog with a tombstone (faust only knows the partition of the
record being processed; see streams/dedup.py for the same reason).

The clock is event time: ``now`` is the newest event time this worker has seen in its act entries
(a replay of last year's articles expires like live traffic, and a wrong far-future
``published_at`` cannot empty the tables, because mention times are clamped to their record time
+ 1 h in streams/situations/mentions.py).

- act entries: when their watermark is more than 2 x horizon behind ``now`` every situation in
  them is closed (see coref): the entry goes.
- counted event ids and fired alert levels: kept ``keep_seconds`` (setting
  ``situation_memory``, default = 2 x horizon) of event time. A repeat of an event older than that
  is older than the horizon too: it is counted in the late-events metric and cannot reach a
  closed situation, so at worst it opens a small new one.
- dyad signals: when their newest hour is behind ``now`` by more than the held windows.
"""

from __future__ import annotations

import orjson

HOUR = 3600


def encode_pair(head: str | int, ts: float, partition: int) -> str:
    return f"{head} {int(ts)} {int(partition)}"


def decode_pair(value: str) -> tuple[str, int, int | None]:
    head, _, rest = value.partition(" ")
    ts, _, partition = rest.partition(" ")
    return head, int(ts) if ts.lstrip("-").isdigit() else 0, int(partition) if partition.isdigit() else None


def entry_expiry(value: str) -> tuple[float, int | None]:
    """(event time the value is valid until it expires from, partition) of a JSON act entry / dyad state."""
    doc = orjson.loads(value)
    return doc.get("watermark") or 0, doc.get("p")


def expired(table: str, value: str, now: float, horizon: float, keep_seconds: float, held_hours: int
            ) -> tuple[bool, int | None]:
    """Whether a value of ``table`` is expired at event time ``now``, and its changelog partition."""
    if table in ("counted", "levels"):
        _, ts, partition = decode_pair(value)
        return ts < now - keep_seconds, partition
    watermark, partition = entry_expiry(value)
    if table == "acts":
        return watermark < now - 2 * horizon, partition
    return watermark * HOUR < now - held_hours * HOUR, partition  # dyads: watermark is an hour number
