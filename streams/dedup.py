"""The dedup table's values and expiry, as plain functions (no Kafka): see :mod:`streams.agents`.

Table ``processed-articles``: article id -> ``"<ts> <partition> <fingerprint>"``, where ``ts`` is
the Kafka timestamp (whole seconds, clamped to the worker's clock) of the article record that was
processed, ``partition`` its articles-topic partition (= the changelog partition, needed to delete
the key from a timer) and ``fingerprint`` ``<extractor version>:<sha256 of text>``.

- A record is a duplicate when its fingerprint equals the stored one and its timestamp is at most
  ``horizon`` seconds after the stored one (event time: a replay of old records dedups like live).
- A periodic sweep deletes entries older than ``horizon`` (wall clock): from memory and, with a
  tombstone, from the changelog, so a restarted worker recovers only live entries plus at most
  one sweep interval of expired ones, which its first sweep removes. Values of the format before
  the horizon (``<fingerprint>`` alone) count as expired.

Why not a faust windowed table (``Table.tumbling(..., expires=...)``): faust registers expiry
only for keys written live, not for keys restored from the changelog at start or after a
rebalance, so with the in-memory store they are never dropped (robinhood/faust#44,
faust-streaming/faust#385); and its cleanup removes keys locally without tombstones, leaving
the changelog to broker retention, which the embedded broker does not guarantee.
"""

from __future__ import annotations

from typing import NamedTuple

LEGACY_TS = 0  # values written before the horizon existed: expired at the first sweep


class Entry(NamedTuple):
    ts: int
    partition: int | None
    fingerprint: str


def encode(fingerprint: str, ts: float, partition: int) -> str:
    return f"{int(ts)} {int(partition)} {fingerprint}"


def decode(value: str) -> Entry:
    parts = value.split(" ", 2)
    if len(parts) == 3 and parts[0].isdigit() and parts[1].lstrip("-").isdigit():
        return Entry(int(parts[0]), int(parts[1]), parts[2])
    return Entry(LEGACY_TS, None, value)


def stored_ts(value: str) -> int:
    """Timestamp of a stored value without building an Entry (the sweep's fast path)."""
    head, sep, _ = value.partition(" ")
    return int(head) if sep and head.isdigit() else LEGACY_TS


def record_ts(timestamp: float | None, now: float) -> float:
    """The timestamp an article record counts with: its Kafka timestamp, never in the future
    (scrapers are untrusted: a far-future timestamp must not pin an entry in memory)."""
    if timestamp is None or timestamp <= 0:
        return now
    return min(float(timestamp), now)


def is_duplicate(value: str | None, fingerprint: str, ts: float, horizon: float) -> bool:
    """True when ``value`` (the stored entry) says this exact article was processed at most
    ``horizon`` seconds before ``ts``."""
    if value is None:
        return False
    entry = decode(value)
    return entry.fingerprint == fingerprint and entry.ts >= int(ts) - horizon


def is_expired(value: str, now: float, horizon: float) -> bool:
    return stored_ts(value) < now - horizon
