"""Cross-lingual statement parity on the parallel PUD news sentences.

`realnews/pud-news-sentences-parallel.jsonl` holds the same 500 news sentences in en, de, fr, es,
ru and zh. A sentence that reports what someone said does so in every translation, so the engine
should find a statement in all versions or in none. Per language: of the sentences where English
or that language has a statement, the share where both have one (agreement); the disagreements
name the sentence and which side found the statement.
"""

from __future__ import annotations

from pathlib import Path

from schemas import Article
from streams.engine import Engine
from streams.evaluate_common import read_jsonl

PIVOT = "en"
_COMPARED = frozenset({"speech", "evidence"})  # statement classes every language reads (statement_flags)


def statement_flags(path: Path, engine: Engine) -> dict[str, dict[str, tuple[bool, str]]]:
    """parallel id → language → (has a compared statement, text). Intentions (`cue_class` intention: "wants to", "plans
    to") are English data so far, which the other languages leave out: only speech and evidence are compared."""
    flags: dict[str, dict[str, tuple[bool, str]]] = {}
    for rec in read_jsonl(path):
        result = engine.extract(Article(id=rec["id"], text=rec["text"], lang=rec["lang"]))
        flags.setdefault(rec["labels"]["parallel_id"], {})[rec["lang"]] = (any(st.cue_class in _COMPARED for st in result.statements),
                                                                              rec["text"])
    return flags


def score_parity(path: Path, engine: Engine, keep_errors: bool = False) -> dict:
    flags = statement_flags(path, engine)
    languages = sorted({lang for versions in flags.values() for lang in versions} - {PIVOT})
    out: dict = {"kind": "parity", "languages": {}}
    errors: list[dict] = []
    for lang in languages:
        both = either = 0
        for pid, versions in sorted(flags.items()):
            if PIVOT not in versions or lang not in versions:
                continue
            (en_has, en_text), (has, text) = versions[PIVOT], versions[lang]
            if not (en_has or has):
                continue
            either += 1
            both += int(en_has and has)
            if keep_errors and en_has != has:
                errors.append({"id": pid, "lang": lang, "found_in": PIVOT if en_has else lang,
                               "en": en_text, "text": text})
        out["languages"][lang] = {"either": either, "both": both,
                                  "agreement": round(both / either, 4) if either else None}
    if keep_errors:
        out["errors"] = errors
    return out


def format_parity(report: dict) -> str:
    lines = [f"{'parity':8} {'either':>6} {'both':>6} {'agree':>6}"]
    for lang, s in report["languages"].items():
        agree = f"{s['agreement']:.3f}" if s["agreement"] is not None else "  -  "
        lines.append(f"{lang:8} {s['either']:6d} {s['both']:6d} {agree:>6}")
    return "\n".join(lines)
