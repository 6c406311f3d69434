"""`geoevents eval [FOLDER]`: score the engine on labelled gold data.

events/*.jsonl      one sentence per record; per type precision / recall / F1 (positives: type in
                    `labels`; negatives: type in neither `labels` nor `ambiguous_labels`), and the
                    false-positive rate on clean negatives (records with no label at all).
statements/*.jsonl  articles with speaker / cue / content spans: exact-span F1 and token F1
                    (word tokens covered by spans of the role, pooled over the file).
news/*.jsonl        real articles annotated by shared/EVENTS.md: article, event, role and statement
                    scores per language and pooled, dev and held-back (every third article) side by
                    side (see streams/evaluate_news.py).
--parity            statement agreement between English and each translation of the parallel PUD
                    news sentences (see streams/evaluate_parity.py); with --errors, the
                    disagreements go into the JSON.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from schemas import EVENT_TYPES, Article
from streams.engine import Engine, default_engine
from streams.evaluate_common import Counts, read_jsonl, token_ids
from streams.evaluate_news import format_news, score_news
from streams.evaluate_parity import format_parity, score_parity

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"
PUD_PARALLEL = DEFAULT_GOLD.parent / "realnews" / "pud-news-sentences-parallel.jsonl"
# role names in the gold files → attribute of our Statement
_ROLES = {"source": "speaker", "speaker": "speaker", "cue": "cue", "content": "content", "quote": "content"}


@dataclass
class EventFileScore:
    records: int = 0
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    clean_negatives: int = 0
    clean_false_positives: int = 0
    misses: list[dict] = field(default_factory=list)


def score_events(path: Path, engine: Engine, keep_errors: bool = False) -> dict:
    score = EventFileScore()
    for rec in read_jsonl(path):
        score.records += 1
        result = engine.extract(Article(id=rec["id"], text=rec["text"], lang=rec.get("lang")))
        predicted = {e.type for e in result.events}
        labels, ambiguous = set(rec.get("labels", [])), set(rec.get("ambiguous_labels", []))
        for t in EVENT_TYPES:
            if t in labels:
                score.per_type[t].add(int(t in predicted), 0, int(t not in predicted))
            elif t not in ambiguous:
                score.per_type[t].add(0, int(t in predicted), 0)
            else:
                continue
            if keep_errors and (t in labels) != (t in predicted):
                score.misses.append({"id": rec["id"], "type": t, "gold": t in labels, "text": rec["text"][:300]})
        if not labels and not ambiguous:
            score.clean_negatives += 1
            score.clean_false_positives += int(bool(predicted))
    out = {
        "kind": "events", "records": score.records,
        "types": {t: c.scores() for t, c in score.per_type.items() if c.tp + c.fn + c.fp},
        "clean_negatives": score.clean_negatives,
        "clean_fp_rate": round(score.clean_false_positives / score.clean_negatives, 4) if score.clean_negatives else 0.0,
    }
    if keep_errors:
        out["errors"] = score.misses
    return out


def _gold_statements(rec: dict) -> list[dict]:
    labels = rec.get("labels", {})
    if "attributions" in labels:
        return labels["attributions"]
    if "quotations" in labels:
        return labels["quotations"]
    return [labels] if labels.get("cue") or labels.get("source") else []


def score_statements(path: Path, engine: Engine) -> dict:
    token = {r: Counts() for r in ("speaker", "cue", "content")}
    exact = {r: Counts() for r in ("speaker", "cue", "content")}
    records = 0
    for rec in read_jsonl(path):
        records += 1
        text = rec["text"]
        result = engine.extract(Article(id=rec["id"], text=text, lang=rec.get("lang")))
        gold: dict[str, set[tuple[int, int]]] = {r: set() for r in token}
        for attribution in _gold_statements(rec):
            for name, spans in attribution.items():
                role = _ROLES.get(name)
                if role and isinstance(spans, list):
                    gold[role].update((s["start"], s["end"]) for s in spans)
        pred: dict[str, set[tuple[int, int]]] = {r: set() for r in token}
        for st in result.statements:
            for role in token:
                span = getattr(st, role)
                if span is not None:
                    pred[role].add((span.start, span.end))
            # these annotations mark every word of a split cue ("teilte … mit"); the news annotations
            # mark the reporting verb alone and are scored on `cue` only (evaluate_news)
            pred["cue"].update((p.start, p.end) for p in st.cue_parts)
        for role in token:
            g, p = token_ids(text, sorted(gold[role])), token_ids(text, sorted(pred[role]))
            token[role].add(len(g & p), len(p - g), len(g - p))
            exact[role].add(len(gold[role] & pred[role]), len(pred[role] - gold[role]), len(gold[role] - pred[role]))
    return {"kind": "statements", "records": records,
            "token": {r: c.scores() for r, c in token.items()},
            "exact": {r: c.scores() for r, c in exact.items()}}


def evaluate(folder: Path, engine: Engine, only: str | None = None, keep_errors: bool = False) -> dict[str, dict]:
    report: dict[str, dict] = {}
    if only and (only == "news" or only.startswith("news:")):  # the news set alone, optionally one language
        report["news"] = score_news(folder / "news", engine, keep_errors, only.partition(":")[2] or None)
        return report
    for path in sorted((folder / "events").glob("*.jsonl")):
        if not only or only in path.stem:
            report[path.stem] = score_events(path, engine, keep_errors)
    for path in sorted((folder / "statements").glob("*.jsonl")):
        if not only or only in path.stem:
            report[path.stem] = score_statements(path, engine)
    if (folder / "news").is_dir() and not only:
        report["news"] = score_news(folder / "news", engine, keep_errors)
    return report


def format_table(report: dict[str, dict]) -> str:
    if set(report) == {"news"}:
        return format_news(report["news"])
    lines = [f"{'file':34} {'type/role':12} {'P':>6} {'R':>6} {'F1':>6} {'exactF1':>8}  notes"]
    for name, res in report.items():
        if res["kind"] == "news":
            continue
        if res["kind"] == "events":
            for t, s in res["types"].items():
                lines.append(f"{name:34} {t:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {'':>8}  "
                             f"tp={s['tp']} fp={s['fp']} fn={s['fn']}")
            lines.append(f"{name:34} {'clean-neg FP':12} {'':>6} {'':>6} {'':>6} {'':>8}  "
                         f"rate={res['clean_fp_rate']:.3f} of {res['clean_negatives']}")
        else:
            for role, s in res["token"].items():
                e = res["exact"][role]
                lines.append(f"{name:34} {role:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {e['f1']:8.3f}  token-level")
    if "news" in report:
        lines += ["", format_news(report["news"])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="geoevents eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_GOLD), help="gold folder (events/, statements/)")
    parser.add_argument("--only", help="score only files whose name contains this; 'news' or 'news:LANG' for the news set")
    parser.add_argument("--json", dest="json_out", help="also write the full report as JSON here")
    parser.add_argument("--errors", action="store_true", help="include misclassified records in the JSON (news: dev part only, never held-back articles)")
    parser.add_argument("--parity", nargs="?", const=str(PUD_PARALLEL), metavar="JSONL",
                        help="statement parity of English and its translations (default: realnews PUD parallel file)")
    args = parser.parse_args(argv)
    if args.parity:
        report = score_parity(Path(args.parity), default_engine(), args.errors)
        print(format_parity(report))
        if args.json_out:
            Path(args.json_out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        return 0
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"no gold folder at {folder}", file=sys.stderr)
        return 2
    report = evaluate(folder, default_engine(), args.only, args.errors)
    print(format_table(report))
    if args.json_out:
        Path(args.json_out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
