"""Profile a worker under load with py-spy (sampling, native threads off): where does its time go?

Starts the embedded broker and one worker (``full`` or ``passthrough``), warms it up, keeps its
input topic full with mixed-language articles, samples the worker process with ``py-spy record``
for ``--seconds`` and prints the share of samples per area (engine stages, validation, output
serialisation, envelope, metrics, dedup table, faust/aiokafka, idle) and the top functions by
self time. py-spy is not a project dependency: ``.venv/bin/pip install py-spy``.

    .venv/bin/python bench/profile_worker.py [--app full] [--seconds 15] [--svg flame.svg]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    FULL_WORKER, PASSTHROUGH_WORKER, ArticleSource, EmbeddedBroker, Tracker, WorkerProcess, bench_settings,
    make_producer, one_per_language, publish, realistic_articles, wait_for_assignment,
)

# (area, substring of a frame "function (file:line)"), first match from the leaf wins
AREAS = [
    ("engine: language id", "engine/language.py"),
    ("engine: sentences", "engine/sentences.py"),
    ("engine: matching", "engine/lexicon.py"),
    ("engine: actors", "engine/actors.py"),
    ("engine: statements", "engine/statements.py"),
    ("engine: events", "engine/events.py"),
    ("engine: other", "streams/engine/"),
    ("situations: pure core (coref, signals, mentions)", "streams/situations/co"),
    ("situations: pure core (coref, signals, mentions)", "streams/situations/signals"),
    ("situations: pure core (coref, signals, mentions)", "streams/situations/mentions"),
    ("situations: pure core (coref, signals, mentions)", "streams/situations/background"),
    ("situations: pure core (coref, signals, mentions)", "streams/situations/eventtime"),
    ("situations: records (pydantic model/dump)", "schemas/"),
    ("situations: agents (rekey, situate)", "streams/situations/"),
    ("decode+validate article", "decode_article"),
    ("output: model_dump+orjson", "dumps (streams/records.py"),
    ("output: envelope/headers", "streams/envelope.py"),
    ("output: build_records", "build_records"),
    ("dedup fingerprint", "fingerprint"),
    ("metrics", "streams/metrics.py"),
    ("metrics", "prometheus_client"),
    ("dedup table", "faust/tables"),
    ("faust sensors", "faust/sensors"),
    ("publish (faust/aiokafka producer)", "aiokafka/producer"),
    ("publish (faust/aiokafka producer)", "faust/transport/producer"),
    ("consume (aiokafka fetcher)", "aiokafka/consumer"),
    ("faust stream/agent machinery", "faust/"),
    ("asyncio loop / selectors (idle or I/O)", "selectors.py"),
    ("asyncio loop / selectors (idle or I/O)", "asyncio/"),
]


# inclusive shares: samples with such a frame anywhere on the stack (what each agent costs in all)
INCLUSIVE = [
    ("extraction agent (handle)", "handle (streams/agents.py"),
    ("situations: rekey agent", "rekey (streams/situations/agents.py"),
    ("situations: situate agent", "handle_mention (streams/situations/agents.py"),
    ("situations: signals timer", "publish_signals (streams/situations/agents.py"),
    ("table writes (faust Table __setitem__)", "__setitem__ (faust/"),
    ("producer sends (faust producer)", "faust/transport/producer"),
    ("faust sensors", "faust/sensors"),
    ("aiokafka consumer (fetcher)", "aiokafka/consumer"),
]


def area_of(stack: list[str]) -> str:
    for frame in reversed(stack):  # leaf last in py-spy's collapsed format
        for area, needle in AREAS:
            if needle in frame:
                return area
    return "other"


def summarise(collapsed: Path, top: int = 25) -> None:
    areas: Counter = Counter()
    leaf: Counter = Counter()
    inclusive: Counter = Counter()
    total = 0
    for line in collapsed.read_text().splitlines():
        stack_text, _, count = line.rpartition(" ")
        n = int(count)
        frames = stack_text.split(";")
        total += n
        # attribute a sample to the innermost area of ours (engine/service) before library frames
        areas[area_of(frames)] += n
        leaf[frames[-1]] += n
        for name, needle in INCLUSIVE:
            if any(needle in f for f in frames):
                inclusive[name] += n
    print(f"{total} samples")
    print(f"{'area':44} {'share':>6}")
    for area, n in areas.most_common():
        print(f"{area:44} {n / total:6.1%}")
    print(f"\n{'inclusive (anywhere on the stack)':44} {'share':>6}")
    for name, needle in INCLUSIVE:
        print(f"{name:44} {inclusive[name] / total:6.1%}")
    print(f"\ntop {top} functions by self time")
    for frame, n in leaf.most_common(top):
        print(f"{n / total:6.1%}  {frame[:150]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", choices=("full", "passthrough"), default="full")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--rate", type=float, default=100, help="sampling rate (Hz)")
    parser.add_argument("--svg", default=None, help="also write a flame graph")
    parser.add_argument("--pool", choices=("realnews", "mixed"), default="realnews",
                        help="realnews: bench/e2e.py's pool; mixed: bench/situations.py's (one article in six reports an act)")
    parser.add_argument("--situations", choices=("on", "off"), default="on", help="the situations stage")
    parser.add_argument("--idle", action="store_true", help="include idle samples (waiting on the loop)")
    args = parser.parse_args(argv)
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        print("py-spy not found: .venv/bin/pip install py-spy", file=sys.stderr)
        return 2
    if args.pool == "mixed":
        from situations import mixed_pool

        pool = mixed_pool()
    else:
        pool = realistic_articles()
    logdir = Path(tempfile.mkdtemp(prefix="geoevents-bench-profile-"))
    with EmbeddedBroker(log_file=logdir / "tansu.log") as broker:
        settings = bench_settings(broker, prefix="profile", situations_enabled=(args.situations == "on"),
                                  situations_http_port=0)
        worker = WorkerProcess(settings, logdir / "worker.log",
                               cmd=FULL_WORKER if args.app == "full" else PASSTHROUGH_WORKER).start()
        tracker = Tracker(settings)
        producer = make_producer(settings)
        try:
            worker.wait_ready()
            wait_for_assignment([worker], settings.partitions)
            warm = ArticleSource(one_per_language(pool), "warm").take(2 * len(one_per_language(pool)))
            publish(settings, producer, warm)
            tracker.wait_for([i for i, _ in warm], 120)
            # enough input for the whole sampling window (the worker never runs dry)
            backlog = ArticleSource(pool, settings.app_id).take(int(args.seconds * 1200) + 2000)
            feeder = threading.Thread(target=publish, args=(settings, producer, backlog), daemon=True)
            feeder.start()
            collapsed = logdir / "profile.txt"
            cmd = [py_spy, "record", "--pid", str(worker.pid), "--duration", str(int(args.seconds)),
                   "--rate", str(int(args.rate)), "--format", "raw", "--output", str(collapsed), "--nonblocking"]
            if args.idle:
                cmd.append("--idle")
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if args.svg:
                subprocess.run([py_spy, "record", "--pid", str(worker.pid), "--duration", "5", "--rate",
                                str(int(args.rate)), "--output", args.svg, "--nonblocking"], check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"# {args.app} worker, situations {args.situations}, pool {args.pool}, {args.seconds:.0f} s under a full "
                  f"input topic; raw profile {collapsed}")
            summarise(collapsed)
        finally:
            tracker.close()
            worker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
