"""Situations benchmark through Kafka: worker throughput with the situations stage on vs off, and
article -> situation latency at a fixed rate.

Same embedded Tansu broker, same articles in the same run, read at run time, unique ids, seven
outlets in turn. ``--pool mixed`` (default): bench/e2e.py's realnews pool (2-5 KB, events in 6 % of
the articles) interleaved with the geopolitical news of ../shared/gold/news (11 languages) and the
article-level realnews corpora (ru-rusentrel, ja-livedoor; cut at 5 KB; events in a third of them).
``--pool news``: the latter only (the stage's worst case: a third of the articles carry events);
``--pool realnews``: bench/e2e.py's pool alone.

1. ``off`` (GEOEVENTS_SITUATIONS_ENABLED=false) and ``on``, alternating, ``--rounds`` each, fresh
   worker per round: burst of N articles. Throughput = N / (first send -> last article's statements
   record), i.e. the extraction output the stage must not slow down; for ``on`` also until the last
   situation change (the stage done with the burst too). Best round counts, as in bench/e2e.py.
2. ``on`` only: ``--rate`` articles/s for ``--seconds``; per article with at least one event that has
   an actor, latency = first situation record listing it in ``article_ids`` - the producer's send
   call (same clock), p50/p95/p99; the statements latency of the same articles beside it.

    .venv/bin/python bench/situations.py [--workers 1] [--split] [--input articles|events] [--pool mixed|news|realnews] [--articles 2000] [--rounds 2] [--rate 50] [--seconds 30] [--json out.json]
    .venv/bin/python bench/situations.py --smoke
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    ArticleSource, EmbeddedBroker, Tracker, WorkerProcess, bench_settings, latencies_ms, machine, make_producer,
    measure_burst, one_per_language, percentile, publish, wait_for_assignment,
)

from streams.clients import make_reader, topic_for_kind  # noqa: E402

OUTLETS = 7


def mixed_pool(limit_per_language: int | None = None) -> list[dict]:
    """bench/e2e.py's pool (realnews, 6 % of articles with events) and the geopolitical news pool,
    interleaved: a feed where about one article in six reports an act."""
    from _harness import realistic_articles

    a, b = realistic_articles(limit_per_language), news_pool(limit_per_language)
    out = []
    for i in range(max(len(a), len(b))):
        out.extend(x[i] for x in (a, b) if i < len(x))
    return out


def news_pool(limit_per_language: int | None = None) -> list[dict]:
    """[{"lang", "text"}] of the geopolitical news files, round-robin by language."""
    from _harness import MAX_BYTES, _cut
    from coref_eval import FILES

    by_lang: dict[str, list[str]] = {}
    for path in FILES:
        for line in path.read_bytes().splitlines():
            doc = orjson.loads(line)
            by_lang.setdefault(doc.get("lang") or "und", []).append(_cut(doc["text"], MAX_BYTES))
    if limit_per_language:
        by_lang = {k: v[:limit_per_language] for k, v in by_lang.items()}
    queues = {k: list(v) for k, v in sorted(by_lang.items())}
    out = []
    while any(queues.values()):
        for lang, q in queues.items():
            if q:
                out.append({"lang": lang, "text": q.pop(0)})
    return out


class OutletSource(ArticleSource):
    """Articles of the pool with unique ids, published by one of seven outlets in turn."""

    def take(self, count: int) -> list[tuple[str, bytes]]:
        out = []
        for aid, value in super().take(count):
            doc = orjson.loads(value)
            doc["source"] = f"outlet-{self.n % OUTLETS}"
            out.append((aid, orjson.dumps(doc)))
        return out


class SituationTracker:
    """Reads the situations topic; per article id the arrival of the first record listing it."""

    def __init__(self, settings) -> None:
        self.reader = make_reader(settings, [topic_for_kind(settings, "situations")], from_beginning=True,
                                  **{"fetch.wait.max.ms": 5})
        self.first_seen: dict[str, float] = {}
        self.last_arrival = 0.0
        self.records = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            msgs = self.reader.consume(500, 0.05)
            now = time.perf_counter()
            for msg in msgs:
                if msg.error() or not msg.value():
                    continue
                ids = orjson.loads(msg.value()).get("article_ids") or ()
                with self._lock:
                    self.records += 1
                    self.last_arrival = now
                    for aid in ids[-1:]:  # the newest: the article whose mention made this version
                        self.first_seen.setdefault(aid, now)

    def wait_for_records(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.records == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.records > 0

    def settle(self, idle: float = 3.0, timeout: float = 300.0) -> float:
        """Wait until no situation record arrived for ``idle`` s; the last arrival time."""
        started = time.perf_counter()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                last = self.last_arrival
            if time.perf_counter() - max(last, started) > idle:
                return last
            time.sleep(0.2)
        return self.last_arrival

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.reader.close()


def run(mode: str, broker, pool, args, logdir: Path, rate_phase: bool) -> dict:
    settings = bench_settings(broker, prefix=f"sit-{mode}", partitions=args.partitions,
                              situations_enabled=(mode == "on"), situations_http_port=0, situations_input=args.input)
    tag = time.monotonic_ns()
    split = args.split and mode == "on"
    if split:  # extraction workers + one stage worker (worker_role; its own consumer group)
        settings = settings.model_copy(update={"worker_role": "extraction"})
    workers = [WorkerProcess(settings, logdir / f"{mode}-{tag}-{i}.log").start() for i in range(args.workers)]
    stage = [WorkerProcess(settings.model_copy(update={"worker_role": "situations"}),
                           logdir / f"{mode}-{tag}-stage.log").start()] if split else []
    producer = make_producer(settings)
    tracker = situations = None
    out: dict = {"mode": mode, "workers": args.workers, "split": split}
    try:
        for worker in workers + stage:
            worker.wait_ready()
        wait_for_assignment(workers, settings.partitions)
        tracker = Tracker(settings)
        if mode == "on":
            situations = SituationTracker(settings)
        warm = OutletSource(one_per_language(pool), f"{settings.app_id}-warm").take(2 * len(one_per_language(pool)))
        publish(settings, producer, warm)
        if not tracker.wait_for([i for i, _ in warm], 120):
            raise RuntimeError(f"{mode}: warm-up not processed:\n" + "\n".join(w.log_tail() for w in workers))
        if situations is not None:
            if split and not situations.wait_for_records(120):  # the stage's group joins on its own
                raise RuntimeError("stage worker made no situation record:\n" + stage[0].log_tail())
            situations.settle(idle=2.0)
        source = OutletSource(pool, settings.app_id)
        records = source.take(args.articles)
        stage_cpu0 = sum(w.cpu_seconds() for w in stage)
        burst = measure_burst(settings, producer, tracker, workers + stage, records, broker_pid=broker.pid,
                              timeout=args.timeout)
        if situations is not None:
            # until the stage is done too: first send (= last statements arrival - the burst window)
            # -> the last situation change
            last = situations.settle(idle=3.0, timeout=args.timeout)
            first_send = max(tracker.first_seen[i] for i, _ in records) - burst["seconds"]
            burst["with_situations_seconds"] = round(last - first_send, 3)
            burst["with_situations_articles_per_s"] = round(len(records) / (last - first_send), 1)
            burst["situation_records"] = situations.records
            if stage:  # the stage worker's share of the workers' CPU
                burst["stage_cpu_ms_per_article"] = round(
                    (sum(w.cpu_seconds() for w in stage) - stage_cpu0) / len(records) * 1000, 3)
        out["burst"] = burst
        if rate_phase and situations is not None:
            batch = source.take(max(1, int(args.rate * args.seconds)))
            t0 = time.perf_counter()
            sent = publish(settings, producer, batch, rate=args.rate)
            offered = len(batch) / max(1e-9, time.perf_counter() - t0)
            tracker.wait_for(sent, args.timeout)
            situations.settle(idle=3.0, timeout=args.timeout)
            lat = [(situations.first_seen[i] - t) * 1000 for i, t in sent.items() if i in situations.first_seen]
            st = [x for i, x in zip(sent, latencies_ms(sent, tracker)) if i in situations.first_seen]
            # p99 per 10 s of send time: a steady queue and a stall of a few seconds give the same p99
            t_first = min(sent.values())
            windows: dict[int, tuple[list, list]] = {}
            for i, t in sent.items():
                w = windows.setdefault(int((t - t_first) // 10), ([], []))
                if i in tracker.first_seen:
                    w[0].append((tracker.first_seen[i] - t) * 1000)
                if i in situations.first_seen:
                    w[1].append((situations.first_seen[i] - t) * 1000)
            by_window = [(k * 10, round(percentile(a, 0.99)) if a else None, round(percentile(b, 0.99)) if b else None)
                         for k, (a, b) in sorted(windows.items())]
            out["rate"] = {
                "rate": args.rate, "articles": len(batch), "offered_per_s": round(offered, 1),
                "articles_with_situation": len(lat),
                "p50_ms": round(percentile(lat, 0.50), 1), "p95_ms": round(percentile(lat, 0.95), 1),
                "p99_ms": round(percentile(lat, 0.99), 1), "max_ms": round(max(lat), 1) if lat else None,
                "statements_p99_ms": round(percentile(st, 0.99), 1) if st else None,
                "p99_ms_by_10s": by_window,  # (second of the phase, statements p99, situation p99)
            }
        out["worker_rss_mb"] = round(max(w.rss_mb() for w in workers), 1)
        if stage:
            out["stage_rss_mb"] = round(stage[0].rss_mb(), 1)
        out["opened"] = sum(w.metric_sum("geoevents_situations_opened_total") for w in workers + stage)
        out["updated"] = sum(w.metric_sum("geoevents_situations_updated_total") for w in workers + stage)
    finally:
        producer.flush(10)
        for t in (tracker, situations):
            if t is not None:
                t.close()
        for worker in workers + stage:
            worker.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="worker processes in one group (partitions spread)")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--pool", choices=("mixed", "news", "realnews"), default="mixed",
                        help="mixed: e2e's realnews pool + the geopolitical news (default); news: the latter only; "
                        "realnews: e2e's pool only")
    parser.add_argument("--input", choices=("articles", "events"), default="articles",
                        help="situations_input: mentions published by the extraction agent (default) or re-keyed "
                        "from the events topics by the rekey agent (the design before 2026-12-07)")
    parser.add_argument("--split", action="store_true",
                        help="stage on: --workers extraction-role workers and one situations-role worker "
                        "(worker_role) instead of workers running both")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args(argv)
    if args.smoke:
        args.articles, args.rounds, args.seconds, args.timeout = 30, 1, 2.0, 90.0
    from _harness import realistic_articles

    pools = {"mixed": mixed_pool, "news": news_pool, "realnews": realistic_articles}
    pool = pools[args.pool](3 if args.smoke else None)
    logdir = Path(tempfile.mkdtemp(prefix="geoevents-bench-situations-"))
    print(f"# situations {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {machine()}")
    print(f"# situations_input={args.input}, {args.partitions} partitions, {args.workers} worker(s) per round"
          + (" (stage on: extraction role + 1 situations-role worker)" if args.split else ""))
    print(f"# {len(pool)} distinct articles, {len({a['lang'] for a in pool})} languages, {OUTLETS} outlets; logs {logdir}")
    runs: dict[str, list[dict]] = {"off": [], "on": []}
    rate = None
    with EmbeddedBroker(log_file=logdir / "tansu.log") as broker:
        for r in range(args.rounds):
            for mode in (("off", "on") if r % 2 == 0 else ("on", "off")):
                res = run(mode, broker, pool, args, logdir, rate_phase=(r == 0))
                runs[mode].append(res)
                b = res["burst"]
                extra = (f", with situations done {b['with_situations_articles_per_s']:.1f} articles/s "
                         f"({b['situation_records']} situation records)") if mode == "on" else ""
                if "stage_cpu_ms_per_article" in b:
                    extra += f"; the stage worker's CPU {b['stage_cpu_ms_per_article']:.2f} ms/article"
                print(f"round {r}: {mode:3} burst {b['articles_per_s']:7.1f} articles/s, worker CPU "
                      f"{b['worker_cpu_ms_per_article']:.2f} ms/article{extra}", flush=True)
                if res.get("rate"):
                    rate = res["rate"]
    best = {m: max(rs, key=lambda x: x["burst"]["articles_per_s"]) for m, rs in runs.items()}
    on, off = best["on"]["burst"], best["off"]["burst"]
    print(f"HEADLINE on/off throughput = {on['articles_per_s'] / off['articles_per_s']:.2f} "
          f"({on['articles_per_s']:.0f} vs {off['articles_per_s']:.0f} articles/s to statements; best of "
          f"{args.rounds}); with the situations stage done: {on['with_situations_articles_per_s']:.0f} articles/s; "
          f"worker CPU {on['worker_cpu_ms_per_article']:.2f} vs {off['worker_cpu_ms_per_article']:.2f} ms/article")
    if rate:
        print(f"article -> situation @ {rate['rate']:.0f}/s (offered {rate['offered_per_s']}/s, "
              f"{rate['articles_with_situation']} of {rate['articles']} articles made a situation change): "
              f"p50 {rate['p50_ms']} ms, p95 {rate['p95_ms']} ms, p99 {rate['p99_ms']} ms, max {rate['max_ms']} ms "
              f"(same articles to statements: p99 {rate['statements_p99_ms']} ms)")
        print("  p99 per 10 s of the phase (statements / situations, ms): " + ", ".join(
            f"{t}s {a}/{b}" for t, a, b in rate["p99_ms_by_10s"]))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"runs": runs, "rate": rate}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
