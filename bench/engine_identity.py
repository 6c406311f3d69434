"""Output-identity check for speed work: the engine's results on a fixed sample, tree against tree.

A speed-up must not change what the engine extracts. This runs `geoevents extract` from two source
trees (a reference, e.g. `git archive <commit> | tar -x -C /tmp/ref`, and this checkout) over the
same fixed sample and compares the result lines, field by field:

  * /work/shared/realnews, every language: sentence corpora grouped into articles of 20 sentences
    (as bench/pipeline.py reads them), the article corpora whole;
  * every 5th realnews sentence on its own (short texts: per-sentence language identification);
  * the dev part of the gold news articles (held-back articles are left out) and the statement gold.

    .venv/bin/python bench/engine_identity.py --reference /tmp/ref            # candidate = this checkout
    .venv/bin/python bench/engine_identity.py --reference /tmp/ref --candidate /tmp/other
    .venv/bin/python bench/engine_identity.py --reference /tmp/ref --keep /tmp/ident   # keep the outputs

Prints the number of articles, sentences, statements and events, the CPU seconds of each run, and
every article whose result differs (the first few differences in full). Exit code 1 on a difference.
Results carry no timing fields; nothing is dropped before comparing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GROUP = 20
SINGLE_EVERY = 5
PYTHON = sys.executable


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def build_sample() -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from streams.evaluate_news import split_articles

    out: list[dict] = []
    for path in sorted((SHARED / "realnews").glob("*.jsonl")):
        pending: dict[str, list[str]] = {}
        for n, rec in enumerate(_records(path)):
            if "sentences" not in path.stem:
                out.append({"id": rec["id"], "text": rec["text"]})
                continue
            group = pending.setdefault(rec["lang"], [])
            group.append(rec["text"])
            if len(group) == GROUP:
                out.append({"id": f"{path.stem}:{rec['lang']}:group{n}", "text": " ".join(pending.pop(rec["lang"]))})
            if n % SINGLE_EVERY == 0:
                out.append({"id": f"single:{rec['id']}", "text": rec["text"]})
        for lang, rest in pending.items():
            out.append({"id": f"{path.stem}:{lang}:last", "text": " ".join(rest)})
    for path in sorted((SHARED / "gold" / "news").glob("*.jsonl")):
        out += [{"id": rec["id"], "text": rec["text"]} for part, rec in split_articles(path) if part == "dev"]
    for path in sorted((SHARED / "gold" / "statements").glob("*.jsonl")):
        out += [{"id": f"stmt:{rec['id']}", "text": rec["text"]} for rec in _records(path)]
    return out


def run(tree: Path, sample: Path, out: Path) -> float:
    """`geoevents extract` from `tree` over the sample; CPU seconds of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    with open(out, "wb") as fh:
        subprocess.run([PYTHON, "-m", "streams.cli", "extract", str(sample)], cwd=tree, env=env, stdout=fh, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _summary(lines: list[dict]) -> str:
    return (f"{len(lines)} articles, {sum(r.get('sentences', 0) for r in lines)} sentences, "
            f"{sum(len(r.get('statements', [])) for r in lines)} statements, "
            f"{sum(len(r.get('events', [])) for r in lines)} events, "
            f"{sum(1 for r in lines if r.get('error'))} errors")


def _first_difference(a, b, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:300]!r} != {str(b)[:300]!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", required=True, type=Path, help="source tree of the reference engine")
    parser.add_argument("--candidate", type=Path, default=ROOT, help="source tree to check (default: this checkout)")
    parser.add_argument("--keep", type=Path, help="folder to keep the sample and both outputs in")
    parser.add_argument("--show", type=int, default=5, help="differences to print in full")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="identity-"))
    work.mkdir(parents=True, exist_ok=True)
    sample = work / "sample.jsonl"
    sample.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in build_sample()))
    outputs = {}
    for name, tree in (("reference", args.reference), ("candidate", args.candidate)):
        cpu = run(tree.resolve(), sample, work / f"{name}.jsonl")
        outputs[name] = _records(work / f"{name}.jsonl")
        print(f"{name:9} {tree}: {cpu:.2f} CPU s; {_summary(outputs[name])}", flush=True)
    ref, cand = outputs["reference"], outputs["candidate"]
    if len(ref) != len(cand):
        print(f"DIFFERENT: {len(ref)} result lines against {len(cand)}")
        return 1
    differing = [(a, b) for a, b in zip(ref, cand) if a != b]
    for a, b in differing[:args.show]:
        print(f"  {a.get('article_id')}: {_first_difference(a, b)}")
    if len(differing) > args.show:
        print(f"  ... and {len(differing) - args.show} more: " + ", ".join(str(a.get("article_id")) for a, _ in differing[args.show:args.show + 30]))
    print(f"{'IDENTICAL' if not differing else 'DIFFERENT'}: {len(differing)} of {len(ref)} results differ")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
