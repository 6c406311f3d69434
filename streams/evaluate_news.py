"""Scoring on `gold/news/<lang>.jsonl`: whole real articles annotated by `shared/EVENTS.md`.

Scored the way the sealed set of the same kind is scored (gold/README.md):
- negated and denied events are left out on both sides;
- **article** view: per type, does the article report one (P/R/F1 over articles);
- **event** view: recall = share of annotated events that a prediction of the same type overlaps
  (annotated evidence vs the prediction's evidence span); precision = share of predictions that
  overlap an annotated event of their type or repeat one elsewhere in the article (same type and
  source);
- **roles**, one pair per annotated event that a prediction overlaps, with the overlapping
  prediction that fits it best (so a coordinated act split into one event per party is paired
  party by party): source right (annotated `?` accepts anything), target right (predicted target
  or location code among the annotated targets; none or `?` accepts anything), modality equal;
- **statements** (articles that carry them): token and exact F1 per role (speaker, cue, content);
  `--errors` lists the dev statements missed, those with another speaker or content span, and the
  predictions that overlap no annotated statement (kinds `statement_missed`, `statement_span`,
  `statement_extra`).

The articles of each language are split in id order: every third one (index 2, 5, 8, ...) is
**held back**. Tuning reads only the dev part; `--errors` never lists a held-back article, and
the report puts both parts side by side: a gap over 0.05 means a change fits the dev articles
rather than the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from schemas import EVENT_TYPES, Article
from streams.engine import Engine
from streams.evaluate_common import Counts, MatchCounts, read_jsonl, token_ids

PARTS = ("dev", "heldback")
ROLES = ("speaker", "cue", "content")
_LEFT_OUT = frozenset({"negated", "denied"})


def part_of(index: int) -> str:
    """Every third article of a language, in id order, is held back."""
    return "heldback" if index % 3 == 2 else "dev"


def split_articles(path: Path) -> list[tuple[str, dict]]:
    records = sorted(read_jsonl(path), key=lambda r: r["id"])
    return [(part_of(i), rec) for i, rec in enumerate(records)]


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def value(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class NewsScore:
    articles: int = 0
    article_types: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in EVENT_TYPES})
    events: MatchCounts = field(default_factory=MatchCounts)
    events_by_type: dict[str, MatchCounts] = field(default_factory=lambda: {t: MatchCounts() for t in EVENT_TYPES})
    source: Ratio = field(default_factory=Ratio)
    target: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    statement_articles: int = 0
    st_token: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    st_exact: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})

    def merge(self, other: "NewsScore") -> None:
        self.articles += other.articles
        self.statement_articles += other.statement_articles
        for mine, theirs in ((self.article_types, other.article_types),
                             (self.st_token, other.st_token), (self.st_exact, other.st_exact)):
            for key, counts in theirs.items():
                mine[key].add(counts.tp, counts.fp, counts.fn)
        for key, match_counts in other.events_by_type.items():
            self.events_by_type[key].merge(match_counts)
        self.events.merge(other.events)
        for mine_r, theirs_r in ((self.source, other.source), (self.target, other.target), (self.modality, other.modality)):
            mine_r.right += theirs_r.right
            mine_r.total += theirs_r.total

    def summary(self) -> dict:
        article = Counts()
        for counts in self.article_types.values():
            article.add(counts.tp, counts.fp, counts.fn)
        out = {
            "articles": self.articles,
            "article": article.scores(),
            "article_by_type": {t: c.scores() for t, c in self.article_types.items()},
            "event": self.events.scores(),
            "event_by_type": {t: c.scores() for t, c in self.events_by_type.items()},
            "source_accuracy": self.source.value(), "target_accuracy": self.target.value(),
            "modality_accuracy": self.modality.value(), "role_pairs": self.source.total,
        }
        if self.statement_articles:
            out["statements"] = {
                "articles": self.statement_articles,
                "token": {r: c.scores() for r, c in self.st_token.items()},
                "exact": {r: c.scores() for r, c in self.st_exact.items()},
            }
        return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _locate(text: str, piece: str, near: int | None = None) -> tuple[int, int] | None:
    """Offsets of a verbatim piece; the occurrence nearest to `near` when it occurs more than once."""
    if not piece:
        return None
    starts, at = [], text.find(piece)
    while at >= 0:
        starts.append(at)
        at = text.find(piece, at + 1)
    if not starts:
        return None
    start = starts[0] if near is None else min(starts, key=lambda s: abs(s - near))
    return start, start + len(piece)


def _code(actor) -> str:
    return actor.code if actor is not None else "?"


def _target_codes(event) -> set[str]:
    codes = set()
    if event.target is not None:
        codes.add(event.target.code)
    if event.location is not None and event.location.code:
        codes.add(event.location.code)
    for partner in getattr(event, "partners", []) or []:
        if event.source is None or partner.code != event.source.code:
            codes.add(partner.code)
    return codes


def score_article(rec: dict, result, errors: list[dict] | None = None) -> NewsScore:
    score = NewsScore(articles=1)
    text = rec["text"]
    gold = []
    for ev in rec.get("events", []):
        if ev.get("modality") in _LEFT_OUT:
            continue
        span = _locate(text, ev["evidence"])
        if span is not None:
            gold.append((ev, span))
    predicted = [e for e in result.events if e.modality not in _LEFT_OUT]

    for t in EVENT_TYPES:
        g = any(ev["type"] == t for ev, _ in gold)
        p = any(e.type == t for e in predicted)
        score.article_types[t].add(int(g and p), int(p and not g), int(g and not p))

    matched_gold: dict[int, list] = {}  # annotated event → the predictions that overlap it
    for e in predicted:
        span = (e.evidence.start, e.evidence.end)
        hits = [i for i, (ev, gspan) in enumerate(gold) if ev["type"] == e.type and _overlaps(span, gspan)]
        repeat = any(ev["type"] == e.type and ev.get("source", "?") in ("?", _code(e.source)) for ev, _ in gold)
        correct = bool(hits) or repeat
        for counts in (score.events, score.events_by_type[e.type]):
            counts.add_prediction(correct)
        for i in hits:
            matched_gold.setdefault(i, []).append(e)
        if errors is not None and not correct:
            errors.append({"id": rec["id"], "kind": "false_positive", "type": e.type, "source": _code(e.source),
                           "trigger": e.trigger.text, "evidence": e.evidence.text[:300]})
    # roles: one pair per annotated event that predictions overlap, with the prediction that fits
    # it best ("Japan and South Korea put … on alert" is two acts: each is paired with its own
    # source's event, not with both)
    for i, preds in matched_gold.items():
        ev = gold[i][0]
        targets = {c for c in ev.get("target") or [] if c != "?"}

        def fit(e, ev=ev, targets=targets):
            source_ok = ev.get("source", "?") == "?" or ev.get("source") == _code(e.source)
            target_ok = not targets or bool(targets & _target_codes(e))
            return source_ok, target_ok, ev.get("modality") == e.modality

        e = max(preds, key=fit)
        source_ok, target_ok, modality_ok = fit(e)
        score.source.add(source_ok)
        score.target.add(target_ok)
        score.modality.add(modality_ok)
        if errors is not None and not (source_ok and target_ok):
            errors.append({"id": rec["id"], "kind": "role", "type": e.type, "gold": ev,
                           "predicted": {"source": _code(e.source), "targets": sorted(_target_codes(e)),
                                         "modality": e.modality, "trigger": e.trigger.text},
                           "evidence": e.evidence.text[:300]})
    for i, (ev, _) in enumerate(gold):
        hit = i in matched_gold
        for counts in (score.events, score.events_by_type[ev["type"]]):
            counts.add_annotated(hit)
        if errors is not None and not hit:
            errors.append({"id": rec["id"], "kind": "missed", "gold": ev})

    if rec.get("statements"):
        score.statement_articles = 1
        _score_statements(rec["id"], text, rec["statements"], result, score, errors)
    return score


def _score_statements(article_id: str, text: str, gold_statements: list[dict], result, score: NewsScore,
                      errors: list[dict] | None = None) -> None:
    gold: dict[str, set[tuple[int, int]]] = {r: set() for r in ROLES}
    located = []
    for st in gold_statements:
        content = _locate(text, st.get("content", ""))
        anchor = content[0] if content else None
        cue = _locate(text, st.get("cue", ""), anchor)
        speaker = _locate(text, st.get("speaker", ""), cue[0] if cue else anchor)
        located.append((st, {"content": content, "cue": cue, "speaker": speaker}))
        for role, span in (("content", content), ("cue", cue), ("speaker", speaker)):
            if span is not None:
                gold[role].add(span)
    pred: dict[str, set[tuple[int, int]]] = {r: set() for r in ROLES}
    for st in result.statements:
        for role in ROLES:
            span = getattr(st, role)
            if span is not None:
                pred[role].add((span.start, span.end))
    if errors is not None:
        _statement_errors(article_id, located, result.statements, errors)
    for role in ROLES:
        g, p = token_ids(text, sorted(gold[role])), token_ids(text, sorted(pred[role]))
        score.st_token[role].add(len(g & p), len(p - g), len(g - p))
        score.st_exact[role].add(len(gold[role] & pred[role]), len(pred[role] - gold[role]),
                                 len(gold[role] - pred[role]))


def _statement_errors(article_id: str, located: list, statements, errors: list[dict]) -> None:
    """Dev errors of the statements, by kind: an annotated statement that no prediction overlaps (by cue
    or content) is `statement_missed`; one whose overlapping prediction has another speaker or content span
    is `statement_span`; a prediction that overlaps no annotated statement is `statement_extra`."""
    def overlaps(a, b) -> bool:
        return a is not None and b is not None and _overlaps(a, b)

    def spans(st) -> dict:
        return {r: (getattr(st, r).start, getattr(st, r).end) if getattr(st, r) is not None else None for r in ROLES}

    def texts(st) -> dict:
        return {r: getattr(st, r).text if getattr(st, r) is not None else None for r in ROLES}

    predicted = [(st, spans(st)) for st in statements]
    used: set[int] = set()
    for gold, g in located:
        hits = [i for i, (_, p) in enumerate(predicted) if overlaps(p["cue"], g["cue"]) or overlaps(p["content"], g["content"])]
        used.update(hits)
        if not hits:
            errors.append({"id": article_id, "kind": "statement_missed", "gold": gold})
            continue
        st, p = predicted[hits[0]]
        wrong = [r for r in ("speaker", "content") if g[r] is not None and p[r] != g[r]]
        if wrong:
            errors.append({"id": article_id, "kind": "statement_span", "roles": wrong, "gold": gold,
                           "predicted": texts(st)})
    for i, (st, _) in enumerate(predicted):
        if i not in used:
            errors.append({"id": article_id, "kind": "statement_extra", "predicted": texts(st)})


def score_news(folder: Path, engine: Engine, keep_errors: bool = False, only: str | None = None) -> dict:
    """Per language and pooled, dev and held-back side by side."""
    pooled = {part: NewsScore(articles=0) for part in PARTS}
    languages: dict[str, dict] = {}
    errors: list[dict] = []
    for path in sorted(folder.glob("*.jsonl")):
        if only and only not in path.stem:
            continue
        per_part = {part: NewsScore(articles=0) for part in PARTS}
        for part, rec in split_articles(path):
            result = engine.extract(Article(id=rec["id"], text=rec["text"], lang=rec.get("lang")))
            sink = errors if keep_errors and part == "dev" else None
            per_part[part].merge(score_article(rec, result, sink))
        for part in PARTS:
            pooled[part].merge(per_part[part])
        languages[path.stem] = {part: per_part[part].summary() for part in PARTS}
    out = {"kind": "news", "pooled": {part: pooled[part].summary() for part in PARTS}, "languages": languages}
    if keep_errors:
        out["errors"] = errors
    return out


def _fmt(value) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "  -  "


def format_news(report: dict) -> str:
    head = (f"{'news':10} {'part':9} {'art':>4} {'artF1':>6} {'evP':>6} {'evR':>6} {'evF1':>6} "
            f"{'src':>6} {'tgt':>6} {'mod':>6} {'spkF1':>6} {'cueF1':>6} {'cntF1':>6}")
    lines = [head]
    rows = [("pooled", report["pooled"])] + sorted(report["languages"].items())
    for name, parts in rows:
        for part in PARTS:
            s = parts[part]
            st = s.get("statements", {}).get("token", {})
            lines.append(
                f"{name:10} {part:9} {s['articles']:4d} {_fmt(s['article']['f1']):>6} {_fmt(s['event']['precision']):>6} "
                f"{_fmt(s['event']['recall']):>6} {_fmt(s['event']['f1']):>6} {_fmt(s['source_accuracy']):>6} "
                f"{_fmt(s['target_accuracy']):>6} {_fmt(s['modality_accuracy']):>6} "
                f"{_fmt(st.get('speaker', {}).get('f1')):>6} {_fmt(st.get('cue', {}).get('f1')):>6} "
                f"{_fmt(st.get('content', {}).get('f1')):>6}")
    return "\n".join(lines) + "\n\n" + format_news_by_type(report)


def format_news_by_type(report: dict) -> str:
    """Event P/R/F1 per type, dev and held-back: which type the held-back part misses (figures only)."""
    head = f"{'by type':10} {'part':9} " + " ".join(f"{t[:5] + ' ' + m:>9}" for t in EVENT_TYPES for m in ("P", "R", "F1"))
    lines = [head]
    rows = [("pooled", report["pooled"])] + sorted(report["languages"].items())
    for name, parts in rows:
        for part in PARTS:
            by_type = parts[part].get("event_by_type", {})
            cells = []
            for t in EVENT_TYPES:
                sc = by_type.get(t, {})
                cells += [_fmt(sc.get(m)) for m in ("precision", "recall", "f1")]
            lines.append(f"{name:10} {part:9} " + " ".join(f"{c:>9}" for c in cells))
    return "\n".join(lines)
