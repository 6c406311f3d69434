"""Pairwise precision and recall of situation coreference on real news.

The pool: every article of ../shared/gold/news (11 languages) and of the two article-level
realnews corpora (ru-rusentrel, ja-livedoor), run through the same path as the worker
(process_record -> event records -> Mention -> act key -> core.step). An article pair is
*system-positive* when some event of one and some event of the other end in the same situation.

The labels (bench/data/coref_pairs.jsonl, our own judgement, ids only: the texts stay in
../shared) say for article pairs whether they report one and the same real-world act. They cover
every pair that shares an act key (the only pairs the system can merge) and pairs of the same
event type that share an actor code but not a key (where a merge would have been missed).
Unlabelled pairs count as different acts.

The records carry no publication time, so by default every article is placed at the same event
time: the horizon plays no part and the score measures the actor, direction, polarity, place and
force rules alone (the worst case: every report simultaneous). ``--dated`` places the articles
whose origin names their day (SaudiNewsNet day files, a blog's post paths, livedoor dates) on it.
``--reader-dates`` also places the other articles on the publication day a careful reader gives
them from the text (bench/data/coref_dates.jsonl: dateline, dates named, "on Tuesday" with the
events reported; month-only dates at mid-month; ``--reader-sure medium`` drops the unsure ones).
In every setting the articles arrive in event-time order, as a live feed delivers them. The
score is also given by part: pairs of dev articles only, and pairs with a held-back gold/news
article (``streams.evaluate_news.split_articles``; their labels rest on the translation family).

    .venv/bin/python bench/coref_eval.py [--dated | --reader-dates [--reader-sure medium]] [--json out.json]
        [--dump-candidates FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.engine import EXTRACTOR_VERSION, extract  # noqa: E402
from streams.records import SourceRecord, process_record  # noqa: E402
from streams.situations import coref, core  # noqa: E402
from streams.situations.mentions import act_key, from_records  # noqa: E402

SHARED = ROOT.parent / "shared"
LABELS = ROOT / "bench" / "data" / "coref_pairs.jsonl"
READER_DATES = ROOT / "bench" / "data" / "coref_dates.jsonl"
FILES = [*sorted((SHARED / "gold" / "news").glob("*.jsonl")),
         SHARED / "realnews" / "ru-rusentrel.jsonl", SHARED / "realnews" / "ja-livedoor-topic-news.jsonl"]
T0 = 1_750_000_000.0
PARTS = ("dev", "heldback")  # pairs of dev articles only; pairs with a held-back article (labels on the family)


_ORIGIN_DATES = (
    re.compile(r"(\d{4}-\d{2}-\d{2})\.zip"),                # SaudiNewsNet: one file per day
    re.compile(r"_posts/(\d{4})/(\d{2})/(\d{2})/"),        # a blog's post path
)


def known_date(doc: dict) -> str | None:
    """The publication day when the record's origin gives one (never guessed from the text)."""
    if (doc.get("labels") or {}).get("date"):
        return doc["labels"]["date"]
    origin = doc.get("origin") or ""
    for pattern in _ORIGIN_DATES:
        m = pattern.search(origin)
        if m:
            return "-".join(m.groups()) if len(m.groups()) == 3 else m.group(1)
    return None


SURE = ("low", "medium", "high")


def load_reader_dates(path: Path = READER_DATES, least: str = "low") -> dict[str, str]:
    """article id -> publication day as a reader dates it from the text (bench/README.md gives the
    criteria); a month-only date (YYYY-MM) stands at mid-month; dates less sure than ``least``
    are left out (those articles stay at the shared instant)."""
    dates = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            if SURE.index(row["sure"]) < SURE.index(least):
                continue
            dates[row["id"]] = row["date"] if len(row["date"]) == 10 else row["date"] + "-15"
    return dates


def load_pool(dated: bool = False, reader: bool = False, least: str = "low"):
    """article id -> (record, mentions with an act key), in file order. ``dated``: articles whose
    origin gives a publication day are placed on it; ``reader`` adds the reader's dates
    (bench/data/coref_dates.jsonl) for the others. Articles left without a day stay at one
    shared instant."""
    pool = {}
    reader_dates = load_reader_dates(least=least) if reader else {}
    for path in FILES:
        for line in path.read_bytes().splitlines():
            doc = orjson.loads(line)
            article = {"id": doc["id"], "text": doc["text"], "lang": doc.get("lang"), "source": path.stem}
            day = (known_date(doc) if dated or reader else None) or reader_dates.get(doc["id"])
            if day:
                article["published_at"] = day if "T" in day else day + "T12:00:00Z"
            outcome = process_record(SourceRecord(value=orjson.dumps(article), topic="articles", timestamp=T0),
                                     extract, EXTRACTOR_VERSION)
            mentions = [m for m in from_records(outcome.records) if act_key(m)]
            pool[doc["id"]] = (doc, mentions)
    return pool


def situations_of(pool, config=core.StageConfig()):
    """article id -> set of situation ids its events ended in (the agent's loop over a list).
    The articles arrive in event-time order, as a live feed delivers them (ties in file order):
    fed in file order, a 2025 article would move an act's watermark past a 2015 article whose
    copy comes later in the file, and the stage would rightly treat the copy as late."""
    acts, dyads, counted = {}, {}, set()
    of_article = defaultdict(set)
    arrival = sorted(pool.items(), key=lambda kv: min((m.time for m in kv[1][1]), default=T0))
    for aid, (_doc, mentions) in arrival:
        for m in mentions:
            if m.event_id in counted:
                continue
            key = act_key(m)
            related, ikey, index = core.related_entries(m, acts.get)
            step = core.step(m, key, acts.get(key), dyads.get(core.signal_key(m)), config, related=related)
            acts[key] = step.entry
            acts.update(step.related)
            if ikey:
                acts[ikey] = coref.indexed(index, key, m.time, config.horizon)
            dyads[step.signal_key] = step.signal_state
            counted.add(m.event_id)
            of_article[aid].add(step.situation.id)
    return of_article


def candidates(pool):
    """Pairs worth labelling: same act key, or same type sharing an actor code."""
    def codes(m):
        return {c for c in (m.source, m.target, m.location, *m.partners) if c}

    out = {}
    for (a, (_, ma)), (b, (_, mb)) in itertools.combinations(pool.items(), 2):
        for x in ma:
            for y in mb:
                if act_key(x) == act_key(y):
                    out[(a, b)] = "key"
                elif x.type == y.type and codes(x) & codes(y) and (a, b) not in out:
                    out[(a, b)] = "type+code"
    return out


def load_labels(path: Path = LABELS) -> dict[tuple[str, str], bool]:
    labels = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            labels[tuple(sorted((row["a"], row["b"])))] = bool(row["same"])
    return labels


def held_back() -> frozenset[str]:
    """Ids of the gold/news articles ``streams.evaluate_news.split_articles`` holds back (every
    third of a language in id order); the realnews corpora have no held-back part."""
    from streams.evaluate_news import split_articles

    return frozenset(rec["id"] for path in FILES if path.parent.name == "news"
                     for part, rec in split_articles(path) if part == "heldback")


def score(pool, labels) -> dict:
    sits = situations_of(pool)
    ids = sorted(pool)
    held = held_back()
    tp = fp = fn = unlabelled = 0
    parts = {part: {"tp": 0, "fp": 0, "fn": 0} for part in PARTS}
    errors = []
    for a, b in itertools.combinations(ids, 2):
        system = bool(sits.get(a, set()) & sits.get(b, set()))
        gold = labels.get((a, b), False)
        unlabelled += system and (a, b) not in labels
        tp += system and gold
        fp += system and not gold
        fn += gold and not system
        part = parts["heldback" if a in held or b in held else "dev"]
        part["tp"] += system and gold
        part["fp"] += system and not gold
        part["fn"] += gold and not system
        if system != gold:
            errors.append({"a": a, "b": b, "system": system, "gold": gold})
    for part in parts.values():
        part["precision"] = round(part["tp"] / (part["tp"] + part["fp"]), 3) if part["tp"] + part["fp"] else 1.0
        part["recall"] = round(part["tp"] / (part["tp"] + part["fn"]), 3) if part["tp"] + part["fn"] else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    precision_ci, recall_ci = wilson(tp, tp + fp), wilson(tp, tp + fn)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"articles": len(ids), "articles_with_events": sum(1 for _, m in pool.values() if m),
            "labelled_pairs": len(labels), "gold_positive_pairs": sum(labels.values()),
            "system_positive_pairs": tp + fp, "unlabelled_system_pairs": unlabelled, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3),
            "precision_ci95": precision_ci, "recall_ci95": recall_ci, "parts": parts, "errors": errors}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion k/n (small n: the labelled set has 17 positives)."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=None)
    parser.add_argument("--dated", action="store_true",
                        help="place articles whose origin gives a publication day on that day")
    parser.add_argument("--reader-dates", action="store_true",
                        help="also place the other articles on the day a reader gives them "
                             "(bench/data/coref_dates.jsonl; month-only dates at mid-month)")
    parser.add_argument("--reader-sure", choices=SURE, default="low",
                        help="with --reader-dates, use only the dates at least this sure")
    parser.add_argument("--dump-candidates", default=None, help="write unlabelled candidate pairs with evidence")
    args = parser.parse_args(argv)
    pool = load_pool(args.dated, args.reader_dates, args.reader_sure)
    if args.dump_candidates:
        labels = load_labels() if LABELS.exists() else {}
        sits = situations_of(pool)
        with open(args.dump_candidates, "w") as fh:
            for (a, b), why in sorted(candidates(pool).items()):
                if tuple(sorted((a, b))) in labels:  # labels are keyed by the sorted pair
                    continue
                ev = lambda aid: [(m.type, m.source, m.target or m.location, m.modality, m.evidence[:220])  # noqa: E731
                                  for m in pool[aid][1]]
                fh.write(json.dumps({"a": a, "b": b, "why": why, "system": bool(sits[a] & sits[b]),
                                     "ta": pool[a][0].get("title"), "tb": pool[b][0].get("title"),
                                     "ea": ev(a), "eb": ev(b)}, ensure_ascii=False) + "\n")
        return 0
    result = score(pool, load_labels())
    if args.reader_dates:
        reader = load_reader_dates(least=args.reader_sure)
        placed = [aid for aid, (doc, ms) in pool.items() if ms and (known_date(doc) or aid in reader)]
        setting = (f"dated by origin or reader ({len(placed)} of {result['articles_with_events']} "
                   f"articles with events placed)")
    elif args.dated:
        setting = f"dated where the origin says ({sum(1 for doc, _ in pool.values() if known_date(doc))} articles)"
    else:
        setting = "all at one instant"
    print(f"{setting}: "
          f"coreference on {result['articles']} real articles ({result['articles_with_events']} with events): "
          f"{result['labelled_pairs']} labelled pairs, {result['gold_positive_pairs']} same-act; "
          f"system merged {result['system_positive_pairs']} pairs: precision {result['precision']:.3f}, "
          f"recall {result['recall']:.3f} (tp {result['tp']}, fp {result['fp']}, fn {result['fn']}; "
          f"95 % Wilson intervals: precision {result['precision_ci95']}, recall {result['recall_ci95']}); "
          f"{result['unlabelled_system_pairs']} merged pairs unlabelled (counted as different acts: "
          f"label them from --dump-candidates before reading precision)")
    print("  by part (a pair is held back when one of its articles is): " + "; ".join(
        f"{part} precision {r['precision']:.3f} ({r['tp']}/{r['tp'] + r['fp']}), recall {r['recall']:.3f} "
        f"({r['tp']}/{r['tp'] + r['fn']})" for part, r in result["parts"].items()))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
