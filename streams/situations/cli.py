"""``geoevents situations``: current situations from the compacted ``situations`` topic, and the
one-line formats `run` and `tail` print for situations, signals and alerts."""

from __future__ import annotations

import argparse
import sys

import orjson

from streams.situations.view import parse_since, situation_matches

TYPES = ("warning", "deployment", "alliance")


def _snippet(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _counterpart(doc: dict) -> str:
    return doc.get("target") or doc.get("location") or "?"


def format_situation(doc: dict) -> str:
    return (
        f"SITUATION    v{doc['version']:<3} {doc['type']:<10} {doc.get('source') or '?'}->{_counterpart(doc)} "
        f"{doc['modality']:<12} mentions={doc['mentions']} articles={doc['articles']} outlets={doc['outlets']} "
        f"languages={','.join(doc['languages'])}{' background' if doc.get('background') else ''}  "
        f"«{_snippet(doc['evidence']['text'], 80)}»"
    )


def format_signal(doc: dict) -> str:
    return (
        f"SIGNAL       {doc['type']:<10} {doc['dyad']:<10} {doc['window_start'][:13]}h  1h={doc['count_1h']} "
        f"24h={doc['count_24h']} goldstein24h={doc['goldstein_24h']:+.1f} spike={doc['spike']:.1f}"
    )


def format_alert(doc: dict) -> str:
    return f"ALERT        [{doc['severity']}] {doc['rule_id']} level {doc['level']}: {doc['summary']}"


FORMATS = {"situations": format_situation, "signals": format_signal, "alerts": format_alert}


def format_record(kind: str, value: bytes | None) -> str:
    try:
        doc = orjson.loads(value or b"null")
        return FORMATS[kind](doc)
    except (KeyError, TypeError, orjson.JSONDecodeError):
        return f"{kind.upper():<12} <unreadable record>"


def current(settings, idle: float = 1.5, timeout: float = 60.0) -> list[dict]:
    """Latest version of every situation on the (compacted) topic, newest last_seen first."""
    from streams.clients import read

    latest: dict[str, dict] = {}
    for rec in read(settings, ["situations"], from_beginning=True, idle_timeout=idle, timeout=timeout):
        try:
            doc = rec.json()
        except orjson.JSONDecodeError:
            continue
        if not doc:
            continue
        if doc["id"] not in latest or doc["version"] > latest[doc["id"]]["version"]:
            latest[doc["id"]] = doc
    return sorted(latest.values(), key=lambda d: (d["last_seen"], d["id"]), reverse=True)


def add_parser(sub) -> None:
    p = sub.add_parser("situations", help="current situations (one record per real-world act)")
    p.add_argument("--type", choices=TYPES, default=None)
    p.add_argument("--actor", default=None, help="actor code on either side, or the location (e.g. RUS)")
    p.add_argument("--since", default=None,
                   help="last seen within a duration of event time before now (6h, 30m, 2d) or after an ISO time")
    p.add_argument("--min-mentions", type=int, default=1)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="one JSON situation per line")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from streams.settings import get_settings
    from streams.topics import ensure_topics

    settings = get_settings()
    try:
        since = parse_since(args.since)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ensure_topics(settings, [settings.situation_topics()["situations"]])
    shown = 0
    for doc in current(settings):
        if doc["mentions"] < args.min_mentions or not situation_matches(doc, args.type, args.actor, since):
            continue
        print(orjson.dumps(doc).decode() if args.json else format_situation(doc), flush=True)
        shown += 1
        if shown >= args.limit:
            break
    if not args.json:
        print(f"{shown} situations", file=sys.stderr)
    return 0
