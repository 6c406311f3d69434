"""Scaling benchmark: 1 worker vs 2 workers in one consumer group, same input, same broker, same run.

For each group size (a fresh consumer group and fresh topics each time): start the workers,
wait until together they own every partition (each some), warm them up (two articles per
language), then publish the same N mixed-language articles as fast as possible and time first
send -> last article's first output record. The headline is the throughput ratio 2 workers /
1 worker; the machine's core count bounds it (the broker, the producer and the measuring reader
share the cores with the workers).

    .venv/bin/python bench/scaling.py [--articles 3000] [--workers 1,2] [--rounds 1] [--json out.json]
    .venv/bin/python bench/scaling.py --smoke        # tiny, for CI
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    FULL_WORKER, ArticleSource, EmbeddedBroker, Tracker, WorkerProcess, bench_settings, machine, make_producer,
    measure_burst, one_per_language, publish, realistic_articles, wait_for_assignment,
)


def run_group(size: int, broker: EmbeddedBroker, pool: list[dict], args, logdir: Path, round_no: int) -> dict:
    settings = bench_settings(broker, prefix=f"scale{size}", partitions=args.partitions)
    workers = [WorkerProcess(settings, logdir / f"r{round_no}-w{size}-{i}.log", cmd=FULL_WORKER).start()
               for i in range(size)]
    producer = make_producer(settings)
    tracker = None
    try:
        for w in workers:
            w.wait_ready()
        wait_for_assignment(workers, settings.partitions)
        tracker = Tracker(settings)
        # warm every worker: enough articles per language that each partition sees them
        warm = ArticleSource(one_per_language(pool) * 2 * args.partitions, f"{settings.app_id}-warm").take(
            2 * args.partitions * len(one_per_language(pool)))
        publish(settings, producer, warm)
        if not tracker.wait_for([i for i, _ in warm], 120):
            raise RuntimeError("warm-up not processed:\n" + "\n".join(w.log_tail(1500) for w in workers))
        # the same articles for every group size (same pool order); ids are unique per group
        records = ArticleSource(pool, settings.app_id).take(args.articles)
        result = measure_burst(settings, producer, tracker, workers, records, broker_pid=broker.pid,
                               timeout=args.timeout)
        result["workers"] = size
        result["per_worker_articles"] = [round(w.metric_sum("geoevents_articles_consumed_total")) for w in workers]
        result["worker_rss_mb"] = [round(w.rss_mb(), 1) for w in workers]
        return result
    finally:
        producer.flush(10)
        if tracker is not None:
            tracker.close()
        for w in workers:
            w.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", default="1,2", help="group sizes to compare, e.g. 1,2")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the comparison (alternating order)")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI")
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.workers.split(",") if x]
    if args.smoke:
        args.articles, args.rounds, args.timeout = 20, 1, 60.0

    pool = realistic_articles(3 if args.smoke else None)
    logdir = Path(tempfile.mkdtemp(prefix="geoevents-bench-scaling-"))
    print(f"# scaling {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {machine()}; "
          f"{len(os.sched_getaffinity(0))} usable cores")
    print(f"# {args.articles} articles per group size, {len(pool)} distinct, {args.partitions} partitions; logs in {logdir}")
    runs: list[dict] = []
    with EmbeddedBroker(log_file=logdir / "tansu.log") as broker:
        for r in range(args.rounds):
            for size in (sizes if r % 2 == 0 else list(reversed(sizes))):
                res = run_group(size, broker, pool, args, logdir, r)
                res["round"] = r
                runs.append(res)
                print(f"round {r}: {size} worker(s): {res['articles_per_s']:8.1f} articles/s  {res['mb_per_s']:.2f} MB/s  "
                      f"worker CPU {res['worker_cpu_ms_per_article']:.2f} ms/article  "
                      f"broker CPU {res['broker_cpu_ms_per_article']:.2f} ms/article  bench CPU {res['bench_cpu_ms_per_article']:.2f}  "
                      f"machine busy {res['machine_cpu_busy']:.0%}  "
                      f"split {res['per_worker_articles']}  RSS {res['worker_rss_mb']} MB", flush=True)
    best = {size: max(r["articles_per_s"] for r in runs if r["workers"] == size) for size in sizes}
    base = best[sizes[0]]
    for size in sizes[1:]:
        print(f"HEADLINE {size} workers / {sizes[0]} worker throughput = {best[size] / base:.2f} "
              f"({best[size]:.0f} vs {base:.0f} articles/s, best of {args.rounds} round(s))")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"runs": runs, "best": best}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
