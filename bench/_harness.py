"""Shared pieces of the Kafka benchmarks (bench/e2e.py, bench/scaling.py; bench/soak.py may use them too).

- :func:`bench_settings`: fresh topics and consumer group on a broker, short group timings (Tansu)
- :class:`WorkerProcess`: a worker subprocess (``geoevents worker`` or the pass-through app) with
  its /metrics, RSS and CPU time
- :func:`realistic_articles`: mixed-language articles of news size, built at run time from
  ../shared/realnews and ../shared/seeds (their text is never committed)
- :class:`Tracker`: a librdkafka reader on the output topics that records, per article, when its
  first output record arrived; :func:`publish` sends articles in a burst or at a fixed rate
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from streams.broker import EmbeddedBroker, free_port  # noqa: E402,F401
from streams.clients import KINDS, make_producer, make_reader, topic_for_kind  # noqa: E402
from streams.processes import stop_process  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402

SHARED = ROOT.parent / "shared"
FULL_WORKER = [sys.executable, "-m", "streams.cli", "worker"]
PASSTHROUGH_WORKER = [sys.executable, str(ROOT / "bench" / "passthrough.py")]
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- settings / processes -------------------------------------------------------------------
def bench_settings(broker: EmbeddedBroker, prefix: str = "bench", **overrides) -> Settings:
    """Fresh topics and consumer group per call (so runs never see each other's records)."""
    base = {**Settings.namespace(f"{prefix}-{uuid.uuid4().hex[:6]}"),
            "lag_interval": 0.5, "broker_connect_timeout": 15.0, "log_level": "warning"}
    base.update(overrides)
    settings = Settings(_env_file=None, **base).for_embedded_broker(broker.url)
    ensure_topics(settings)
    return settings


def proc_rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def proc_cpu_seconds(pid: int) -> float:
    """user + system CPU seconds of a process (all its threads)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class WorkerProcess:
    """One worker subprocess; ``cmd`` is :data:`FULL_WORKER` or :data:`PASSTHROUGH_WORKER`."""

    settings: Settings
    log_path: Path
    cmd: list[str] = field(default_factory=lambda: list(FULL_WORKER))
    env_extra: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    metrics_port: int = 0

    def start(self) -> "WorkerProcess":
        self.metrics_port = free_port()
        env = {
            **os.environ, **self.settings.to_env(), **self.env_extra,
            "GEOEVENTS_METRICS_PORT": str(self.metrics_port), "PYTHONUNBUFFERED": "1",
        }
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        with open(self.log_path, "ab") as fh:
            self.process = subprocess.Popen(
                self.cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
            )
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def metrics_text(self) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=5) as resp:
            return resp.read().decode()

    def samples(self) -> list[tuple[str, dict, float]]:
        from prometheus_client.parser import text_string_to_metric_families

        try:
            text = self.metrics_text()
        except OSError:
            return []
        return [(s.name, s.labels, s.value) for f in text_string_to_metric_families(text) for s in f.samples]

    def metric_sum(self, name: str) -> float:
        return sum(v for n, _, v in self.samples() if n == name)

    def assigned_partitions(self) -> set[str]:
        """Partitions of the articles topic this worker owns (from its consumer-lag gauge)."""
        return {labels["partition"] for n, labels, _ in self.samples() if n == "geoevents_consumer_lag"}

    def wait_ready(self, timeout: float = 180.0) -> None:
        # (a worker loads the es/fr/ru parsers before it reports ready: ~4 CPU s on a quiet machine,
        # over a minute when other runs load both cores)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            if any(n == "geoevents_build_info" for n, _, _ in self.samples()):
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout}s:\n{self.log_tail()}")

    def rss_mb(self) -> float:
        return proc_rss_mb(self.pid)

    def cpu_seconds(self) -> float:
        return proc_cpu_seconds(self.pid)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self, timeout: float = 15.0) -> None:
        stop_process(self.process, timeout)


def wait_for_assignment(workers: list[WorkerProcess], partitions: int, timeout: float = 60.0) -> None:
    """Until the workers together own every partition, each some, none twice."""
    want = {str(p) for p in range(partitions)}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        owned = [w.assigned_partitions() for w in workers]
        union = set().union(*owned)
        if all(owned) and union == want and sum(map(len, owned)) == len(want):
            return
        for w in workers:
            if not w.alive():
                raise RuntimeError(f"worker exited:\n{w.log_tail()}")
        time.sleep(0.2)
    raise TimeoutError(f"partitions not assigned after {timeout}s: {[w.assigned_partitions() for w in workers]}")


# --- articles --------------------------------------------------------------------------------
MIN_BYTES, MAX_BYTES = 2000, 5000


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes, cut after a sentence end when there is one."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    head = raw[:limit].decode("utf-8", "ignore")
    ends = [head.rfind(p) for p in (". ", "。", "! ", "? ", ".\n")]
    cut = max(ends)
    return head[: cut + 1] if cut > len(head) // 2 else head


def realistic_articles(limit_per_language: int | None = None) -> list[dict]:
    """Mixed-language articles of 2–5 KB (UTF-8), interleaved by language: [{"lang", "text"}].

    Sentence files (and the Czech sentences of the adaq quote set) are grouped, consecutive
    sentences, until 2 KB; article files are
    cut at 5 KB after a sentence end; the seeds are used as they are.
    """
    by_lang: dict[str, list[str]] = {}
    pending: dict[str, list[str]] = {}
    sources = sorted((SHARED / "realnews").glob("*.jsonl"))
    adaq = SHARED / "gold" / "statements" / "adaq_ru_cs.jsonl"  # the only Czech text: its sentences
    if adaq.exists():
        sources.append(adaq)
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = orjson.loads(line)
            lang, text = rec["lang"], rec["text"].strip()
            if path == adaq and lang != "cs":
                continue
            if "sentences" in path.stem or path == adaq:
                buf = pending.setdefault(lang, [])
                buf.append(text)
                joined = " ".join(buf)
                if len(joined.encode()) >= MIN_BYTES:
                    by_lang.setdefault(lang, []).append(_cut(joined, MAX_BYTES))
                    pending[lang] = []
            elif len(text.encode()) >= MIN_BYTES // 2:
                by_lang.setdefault(lang, []).append(_cut(text, MAX_BYTES))
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for p in sorted(seeds.glob("*.txt")):
            by_lang.setdefault(p.name[:2], []).append(_cut(p.read_text(encoding="utf-8"), MAX_BYTES))
    if not by_lang:
        raise RuntimeError(f"no articles under {SHARED / 'realnews'}")
    if limit_per_language:
        by_lang = {k: v[:limit_per_language] for k, v in by_lang.items()}
    out: list[dict] = []
    queues = {k: list(v) for k, v in sorted(by_lang.items())}
    while any(queues.values()):  # round-robin: every stretch of the stream mixes languages
        for lang, q in queues.items():
            if q:
                out.append({"lang": lang, "text": q.pop(0)})
    return out


def one_per_language(pool: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for a in pool:
        seen.setdefault(a["lang"], a)
    return list(seen.values())


class ArticleSource:
    """Serialised article records with unique ids, cycling through the pool."""

    def __init__(self, pool: list[dict], run_tag: str) -> None:
        self.pool = pool
        self.tag = run_tag
        self.n = 0

    def take(self, count: int) -> list[tuple[str, bytes]]:
        out = []
        for _ in range(count):
            a = self.pool[self.n % len(self.pool)]
            aid = f"{self.tag}-{self.n}"
            out.append((aid, orjson.dumps({"id": aid, "text": a["text"], "source": "bench"})))
            self.n += 1
        return out


# --- publish / observe -----------------------------------------------------------------------
class Tracker:
    """Reads every output topic in a thread; per article id the arrival of its first record
    (the statements record of the full worker, its dead letter, or the copied article of the
    pass-through). Records keyed by article id (statements, dead letters) count by key, events by
    their ``ce_subject``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        topics = [topic_for_kind(settings, k) for k in KINDS]
        # a short fetch wait: Tansu answers a fetch only when the wait is over, and the
        # measuring reader must not add its own wait to the latencies it measures
        self.reader = make_reader(settings, topics, from_beginning=True, **{"fetch.wait.max.ms": 5})
        self.first_seen: dict[str, float] = {}
        self.records = 0
        self.bytes = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        keyed_by_article = {topic_for_kind(self.settings, "statements"), topic_for_kind(self.settings, "dead-letter")}
        while not self._stop.is_set():
            msgs = self.reader.consume(500, 0.05)
            now = time.perf_counter()
            for msg in msgs:
                if msg.error():
                    continue
                if msg.topic() in keyed_by_article:
                    aid = (msg.key() or b"").decode("utf-8", "replace")
                else:
                    aid = next((v.decode() for k, v in (msg.headers() or []) if k == "ce_subject"), "")
                with self._lock:
                    self.records += 1
                    self.bytes += len(msg.value() or b"")
                    if aid and aid not in self.first_seen:
                        self.first_seen[aid] = now

    def wait_for(self, ids, timeout: float) -> bool:
        ids = list(ids)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if all(i in self.first_seen for i in ids):
                    return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.reader.close()


def publish(settings: Settings, producer, records: list[tuple[str, bytes]], rate: float | None = None) -> dict[str, float]:
    """Send ``records`` (id, value) keyed by id, as fast as possible or at ``rate`` per second.
    Returns {id: perf_counter at the produce call} (the send stamp for latencies)."""
    topic = settings.topic_articles
    sent: dict[str, float] = {}
    start = time.perf_counter()
    for i, (aid, value) in enumerate(records):
        if rate:
            due = start + i / rate
            while (now := time.perf_counter()) < due:
                producer.poll(min(0.005, due - now))
        while True:
            try:
                sent[aid] = time.perf_counter()
                producer.produce(topic, value=value, key=aid.encode())
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    producer.flush(60)
    return sent


def machine_busy_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat."""
    with open("/proc/stat") as fh:
        values = [int(v) for v in fh.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def measure_burst(settings: Settings, producer, tracker: Tracker, workers: list["WorkerProcess"],
                  records: list[tuple[str, bytes]], broker_pid: int | None = None, timeout: float = 300.0) -> dict:
    """Publish ``records`` as fast as possible; throughput = N / (first send -> last article's
    first output record); CPU ms per article of the workers (and the broker) over that window."""
    size = sum(len(v) for _, v in records)
    cpu0 = sum(w.cpu_seconds() for w in workers)
    bcpu0 = proc_cpu_seconds(broker_pid) if broker_pid else 0.0
    own0, (busy0, total0) = proc_cpu_seconds(os.getpid()), machine_busy_ticks()
    sent = publish(settings, producer, records)
    if not tracker.wait_for(sent, timeout):
        missing = sum(1 for i in sent if i not in tracker.first_seen)
        raise RuntimeError(f"{missing} of {len(sent)} articles not processed in {timeout}s:\n"
                           + "\n".join(w.log_tail(1500) for w in workers))
    elapsed = max(tracker.first_seen[i] for i in sent) - min(sent.values())
    busy1, total1 = machine_busy_ticks()
    n = len(records)
    return {
        "articles": n, "bytes": size, "seconds": round(elapsed, 3),
        "articles_per_s": round(n / elapsed, 1), "mb_per_s": round(size / elapsed / 1e6, 3),
        "worker_cpu_ms_per_article": round((sum(w.cpu_seconds() for w in workers) - cpu0) / n * 1000, 3),
        "broker_cpu_ms_per_article": round((proc_cpu_seconds(broker_pid) - bcpu0) / n * 1000, 3) if broker_pid else None,
        "bench_cpu_ms_per_article": round((proc_cpu_seconds(os.getpid()) - own0) / n * 1000, 3),
        "machine_cpu_busy": round((busy1 - busy0) / max(1, total1 - total0), 3),  # all cores, 1.0 = saturated
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def latencies_ms(sent: dict[str, float], tracker: Tracker) -> list[float]:
    return [(tracker.first_seen[i] - t) * 1000 for i, t in sent.items() if i in tracker.first_seen]


def machine() -> str:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {sys.version.split()[0]}"


__all__ = [
    "ArticleSource", "EmbeddedBroker", "FULL_WORKER", "PASSTHROUGH_WORKER", "Tracker", "WorkerProcess",
    "bench_settings", "latencies_ms", "machine", "make_producer", "measure_burst", "one_per_language", "percentile",
    "proc_cpu_seconds", "proc_rss_mb", "publish",
    "realistic_articles", "wait_for_assignment",
]
