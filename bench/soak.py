"""Soak: one real worker under a steady article rate; reports memory growth, lag and loss.

    .venv/bin/python bench/soak.py --minutes 10            # the release check (~11 min)
    .venv/bin/python bench/soak.py --smoke                 # ~20 s, run by the test suite so it cannot rot
    .venv/bin/python bench/soak.py --broker-url kafka://127.0.0.1:9092 --rate 50 --json

Starts the embedded Tansu broker (unless ``--broker-url``), a ``geoevents worker`` subprocess on
fresh topics, and a librdkafka producer publishing ``--rate`` articles per second (the example
articles with unique ids, so the dedup table keeps growing as in production). Every
``--interval`` seconds it samples the worker's RSS (/proc/<pid>/status) and, from its /metrics,
``geoevents_consumer_lag`` and the records processed.

RSS growth is measured from the end of the warm-up (10 % of the run, at least 10 s: imports,
lexicons, first allocations) to the end. Pass criteria of a full run: RSS growth < 10 %, lag
bounded (max lag below ``--max-lag``, default 30 s worth of articles, and 0 after the drain),
nothing lost, worker alive. "Lost" is counted by article id on the output topics: every article
the broker acknowledged must arrive there (a statements record or a dead letter) after the drain;
the worker's own counters are not evidence (a duplicate could hide a loss). ``--smoke`` checks everything except the growth (20 s is too short
to judge it) and exits 0/1 like the full run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402

from _harness import Tracker  # noqa: E402
from streams.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.processes import stop_process  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402

EXAMPLES = ROOT / "examples" / "articles.jsonl"


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def scrape(port: int) -> dict[str, float]:
    """{'lag': sum of geoevents_consumer_lag, 'processed': articles consumed + dead letters + duplicates}."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    lag = processed = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "geoevents_consumer_lag":
                lag += sample.value
            elif sample.name in ("geoevents_articles_consumed_total", "geoevents_dead_letters_total",
                                 "geoevents_duplicate_articles_total"):
                processed += sample.value
    return {"lag": lag, "processed": processed}


def article_stream(run_tag: str):
    seeds = [orjson.loads(line) for line in EXAMPLES.read_bytes().splitlines() if line.strip()]
    n = 0
    while True:
        for seed in seeds:
            n += 1
            doc = dict(seed, id=f"soak-{run_tag}-{n}", text=f"{seed['text']} (update {n})")
            yield doc["id"].encode(), orjson.dumps(doc)


class Producer(threading.Thread):
    """Steady ``rate`` articles/s until ``stop`` is set."""

    def __init__(self, settings: Settings, rate: float, run_tag: str) -> None:
        super().__init__(daemon=True)
        from confluent_kafka import Producer as KafkaProducer

        self.settings = settings
        self.rate = rate
        self.producer = KafkaProducer({"bootstrap.servers": settings.bootstrap_servers(),
                                       "enable.idempotence": False, "linger.ms": 5})
        self.articles = article_stream(run_tag)
        self.stop = threading.Event()
        self.sent = 0
        self.errors = 0
        self.acked: set[str] = set()  # article ids the broker acknowledged

    def _delivered(self, err, msg) -> None:
        if err is not None:
            self.errors += 1
        else:
            self.acked.add(msg.key().decode())

    def run(self) -> None:
        start = time.monotonic()
        while not self.stop.is_set():
            due = int((time.monotonic() - start) * self.rate) + 1
            while self.sent < due:
                key, value = next(self.articles)
                self.producer.produce(self.settings.topic_articles, value=value, key=key, on_delivery=self._delivered)
                self.sent += 1
            self.producer.poll(0)
            time.sleep(min(0.05, 1 / self.rate))
        self.producer.flush(30)
        self.producer = None  # closes its connections before the broker goes away


def soak(args: argparse.Namespace) -> dict:
    duration = 20.0 if args.smoke else args.minutes * 60
    warmup = 5.0 if args.smoke else max(10.0, duration * 0.1)
    interval = 1.0 if args.smoke else args.interval
    max_lag = args.max_lag if args.max_lag is not None else args.rate * 30
    workdir = Path(tempfile.mkdtemp(prefix="geoevents-soak-"))
    broker = None
    worker = None
    producer = None
    tag = uuid.uuid4().hex[:8]
    try:
        url = args.broker_url
        if not url:
            broker = EmbeddedBroker(log_file=workdir / "tansu.log").start()
            url = broker.url
        settings = Settings(
            _env_file=None, app_id=f"soak-{tag}", topic_articles=f"soak-{tag}.articles",
            topic_statements=f"soak-{tag}.statements", topic_warning=f"soak-{tag}.events.warning",
            topic_deployment=f"soak-{tag}.events.deployment", topic_alliance=f"soak-{tag}.events.alliance",
            topic_dead_letter=f"soak-{tag}.dead-letter", lag_interval=1.0,
        ).for_embedded_broker(url)
        ensure_topics(settings)
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
        env.update(settings.to_env(), GEOEVENTS_METRICS_PORT=str(port), PYTHONUNBUFFERED="1")
        worker_log = workdir / "worker.log"
        with open(worker_log, "wb") as fh:
            worker = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], cwd=ROOT, env=env,
                                      stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:  # ready: /metrics answers
            if worker.poll() is not None:
                raise RuntimeError(f"worker exited with {worker.returncode}; log {worker_log}")
            try:
                scrape(port)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("worker did not start within 60s") from None
                time.sleep(0.2)

        tracker = Tracker(settings)  # reads every output topic from the beginning, by article id
        producer = Producer(settings, args.rate, tag)
        producer.start()
        started = time.monotonic()
        samples: list[dict] = []
        baseline = None
        while time.monotonic() - started < duration:
            time.sleep(interval)
            if worker.poll() is not None:
                raise RuntimeError(f"worker died with {worker.returncode}; log {worker_log}")
            t = time.monotonic() - started
            m = scrape(port)
            sample = {"t": round(t, 1), "rss": rss_bytes(worker.pid), "lag": m["lag"],
                      "backlog": producer.sent - m["processed"]}
            samples.append(sample)
            if baseline is None and t >= warmup:
                baseline = sample["rss"]
            if args.verbose:
                print(f"t={t:6.0f}s rss={sample['rss'] / 2**20:7.1f} MiB lag={sample['lag']:6.0f} "
                      f"backlog={sample['backlog']:6.0f} sent={producer.sent}", file=sys.stderr, flush=True)
        producer.stop.set()
        producer.join(60)
        end_rss = rss_bytes(worker.pid)
        tracker.wait_for(producer.acked, 60)  # every acknowledged article on an output topic
        drain_deadline = time.monotonic() + 30
        while True:  # and the lag gauge has caught up
            m = scrape(port)
            if m["lag"] == 0 or time.monotonic() > drain_deadline:
                break
            time.sleep(0.5)
        with tracker._lock:
            arrived = set(tracker.first_seen)
        lost = sorted(producer.acked - arrived)
        tracker.close()
        baseline = baseline or samples[0]["rss"]
        post = [s for s in samples if s["t"] >= warmup] or samples
        report = {
            "mode": "smoke" if args.smoke else "full",
            "seconds": round(duration, 1),
            "rate": args.rate,
            "sent": producer.sent,
            "send_errors": producer.errors,
            "acked": len(producer.acked),
            "arrived": len(producer.acked & arrived),  # article ids seen on the output topics
            "processed": int(m["processed"]),  # the worker's own count (duplicates included)
            "lost": len(lost),
            "lost_examples": lost[:5],
            "rss_start_mib": round(baseline / 2**20, 1),
            "rss_end_mib": round(end_rss / 2**20, 1),
            "rss_max_mib": round(max(s["rss"] for s in post) / 2**20, 1),
            "rss_growth_pct": round(100.0 * (end_rss - baseline) / baseline, 2),
            "max_lag": int(max(s["lag"] for s in samples)),
            "max_backlog": int(max(s["backlog"] for s in samples)),
            "final_lag": int(m["lag"]),
            "worker_alive": worker.poll() is None,
            "log": str(worker_log),
        }
        checks = {
            "nothing lost": report["lost"] == 0 and report["send_errors"] == 0 and report["acked"] == report["sent"],
            "worker alive": report["worker_alive"],
            f"lag bounded (max {max_lag:.0f}, 0 at the end)": report["max_lag"] <= max_lag and report["final_lag"] == 0,
        }
        if not args.smoke:
            checks["RSS growth < 10%"] = report["rss_growth_pct"] < 10.0
        report["checks"] = checks
        report["ok"] = all(checks.values())
        return report
    finally:
        if producer is not None:
            producer.stop.set()
        stop_process(worker)
        if broker is not None:
            broker.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=20.0, help="articles per second (default 20)")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between samples (full mode)")
    parser.add_argument("--max-lag", type=float, default=None, help="records; default 30 s worth of --rate")
    parser.add_argument("--smoke", action="store_true", help="~20 s run; no verdict on RSS growth")
    parser.add_argument("--broker-url", default=None, help="use this broker instead of an embedded one")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON line")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every sample")
    args = parser.parse_args(argv)
    report = soak(args)
    if args.json:
        print(json.dumps(report))
    else:
        print(f"soak ({report['mode']}, {report['seconds']:.0f}s at {report['rate']:g}/s): "
              f"sent {report['sent']}, on the output topics {report['arrived']}, lost {report['lost']} "
              f"(worker counted {report['processed']})")
        print(f"RSS {report['rss_start_mib']} MiB after warm-up -> {report['rss_end_mib']} MiB at the end "
              f"({report['rss_growth_pct']:+.1f} %), max {report['rss_max_mib']} MiB")
        print(f"lag: max {report['max_lag']} records (max backlog {report['max_backlog']}), {report['final_lag']} after drain")
        for name, ok in report["checks"].items():
            print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
