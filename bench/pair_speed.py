"""Engine speed of this checkout against a reference tree, measured in pairs on a shared machine.

On a machine shared with other work, runs taken one after the other differ by ±20 % (bench/pipeline.py
best-of-3 on English news gave 3,125 and 4,364 sentences per CPU second for the same tree minutes
apart). Here the two engines run AT THE SAME TIME, pinned to the SAME core, over the same corpus:
whatever else runs on that core slows both alike, and each one's CPU time is its own. The ratio of
the pair is the figure; its spread over rounds says how far to trust it.

    .venv/bin/python bench/pair_speed.py --reference /tmp/ref                 # English news, 5 rounds
    .venv/bin/python bench/pair_speed.py --reference /tmp/ref --only realnews --rounds 3 --passes 2
    .venv/bin/python bench/pair_speed.py --reference /tmp/ref --candidate /tmp/ref   # the method's own bias
    .venv/bin/python bench/pair_speed.py --reference /tmp/ref --only mixed --rounds 3 --passes 1   # bench/situations.py's pool

(`git archive <commit> | tar -x -C /tmp/ref` makes a reference tree.) Each process builds its
engine, reads the corpus once untimed (warm), then `--passes` times timed; it prints CPU seconds,
sentences per CPU second, and the per-stage CPU shares of both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, os, sys, time
sys.path.insert(0, os.getcwd())
from bench.pipeline import load_corpora
from streams.engine import Engine
from streams.engine import parse
engine = Engine().warm_up()
for code in engine.languages:  # the parsers load now, not inside a timed pass
    if engine.profile(code).events.parsed.on:
        parse.available(engine.profile(code).events.parsed.model)
if os.environ["PAIR_ONLY"] == "mixed":  # bench/situations.py's default pool (geopolitical news and realnews)
    from schemas import Article
    sys.path.insert(0, os.path.join(os.getcwd(), "bench"))
    from situations import mixed_pool
    articles = [Article(id=f"mixed-{i}", text=a["text"]) for i, a in enumerate(mixed_pool())]
else:
    articles = [a for name, arts in load_corpora(None).items() if os.environ["PAIR_ONLY"] in name for a in arts]
errors = 0


def extract(article, stages=None):
    global errors
    try:  # another engineer's work in progress may fail on an article: the worker counts it and goes on
        return engine.extract(article, timings=stages).sentences
    except Exception:
        errors += 1
        return 0


for article in articles:
    extract(article)
stages, sentences = {}, 0
cpu = time.process_time()
for _ in range(int(os.environ["PAIR_PASSES"])):
    for article in articles:
        sentences += extract(article, stages)
cpu = time.process_time() - cpu
print(json.dumps({"cpu": cpu, "sentences": sentences, "stages": stages, "articles": len(articles) * int(os.environ["PAIR_PASSES"]), "parsed": parse.calls, "errors": errors}))
"""


def _start(tree: Path, core: int, only: str, passes: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(tree), PAIR_ONLY=only, PAIR_PASSES=str(passes), PYTHONHASHSEED="0")
    return subprocess.Popen(["taskset", "-c", str(core), sys.executable, "-c", _CHILD], cwd=tree, env=env,
                            stdout=subprocess.PIPE, text=True)


def _shares(stages: dict[str, float]) -> str:
    total = sum(stages.values()) or 1.0
    return " ".join(f"{k}={v / total:.0%}" for k, v in stages.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", required=True, type=Path)
    parser.add_argument("--candidate", type=Path, default=ROOT)
    parser.add_argument("--only", default="english-news", help="corpora of bench/pipeline.py whose name holds this; "
                        "'mixed': the article pool of bench/situations.py --pool mixed")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=5, help="timed passes over the corpus per process")
    parser.add_argument("--core", type=int, default=sorted(os.sched_getaffinity(0))[-1])
    args = parser.parse_args(argv)
    ratios = []
    for n in range(1, args.rounds + 1):
        started = time.strftime("%H:%M:%S", time.gmtime())
        procs = {name: _start(tree.resolve(), args.core, args.only, args.passes)
                 for name, tree in (("reference", args.reference), ("candidate", args.candidate))}
        out = {name: json.loads(p.communicate()[0].strip().splitlines()[-1]) for name, p in procs.items()}
        ref, cand = out["reference"], out["candidate"]
        ratios.append(cand["cpu"] / ref["cpu"])
        print(f"round {n} ({started} UTC, load {os.getloadavg()[0]:.1f}): "
              f"reference {ref['cpu']:.2f} CPU s ({ref['sentences'] / ref['cpu']:.0f} sent/CPU-s; {_shares(ref['stages'])}) | "
              f"candidate {cand['cpu']:.2f} CPU s ({cand['sentences'] / cand['cpu']:.0f} sent/CPU-s; {_shares(cand['stages'])}) | "
              f"candidate/reference CPU {ratios[-1]:.3f}", flush=True)
        if ref.get("articles"):
            print(f"  ms CPU per article: reference {1000 * ref['cpu'] / ref['articles']:.2f}, candidate "
                  f"{1000 * cand['cpu'] / cand['articles']:.2f}; parser calls (all passes) reference {ref.get('parsed')}, "
                  f"candidate {cand.get('parsed')}", flush=True)
    print(f"candidate/reference CPU time: median {statistics.median(ratios):.3f}, "
          f"range {min(ratios):.3f}-{max(ratios):.3f} over {len(ratios)} rounds "
          f"(speed ratio {1 / statistics.median(ratios):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
