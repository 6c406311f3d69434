"""A real Prometheus server scrapes a real worker on a real broker.

The embedded broker (Tansu), one `python -m streams.cli worker` subprocess and
Debian's `prometheus` binary (1 s scrape interval, our alert rules loaded) run on
loopback ports. Articles are published with confluent-kafka while Prometheus
scrapes; the test then asks Prometheus' HTTP API that the target is up, that the
events counter by type went up, that every alert rule evaluates without error
and that every dashboard query runs. A live /metrics scrape is cross-checked
against every metric name the dashboard and the alert rules use.

Without `prometheus` on PATH the test skips, unless CI is set (then it fails):
CI installs it with `apt-get install -y --no-install-recommends prometheus`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from streams.broker import free_port
from streams.metrics import DEAD_LETTER_REASONS
from streams.processes import stop_process

from .conftest import make_settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = ROOT / "deploy" / "prometheus" / "rules"


def _load_checks():
    spec = importlib.util.spec_from_file_location("geoevents_deploy_checks", ROOT / "deploy" / "checks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checks = _load_checks()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_prometheus() -> str:
    path = shutil.which("prometheus")
    if path:
        return path
    message = "`prometheus` not found: apt-get install -y --no-install-recommends prometheus"
    if in_ci():
        pytest.fail(message + " — CI must have it")
    pytest.skip(message)


# Our own short sentences: two warnings, one deployment, one alliance.
ARTICLE_TEXTS = [
    "Russia's foreign ministry warned Japan on Monday that it would retaliate if Tokyo deployed "
    "American missiles on its territory.",
    "The Pentagon said the United States will deploy 3,000 more troops to Poland next month.",
    "France and Germany signed a defence pact on Tuesday, promising to help each other if attacked.",
    "China warned the Philippines on Wednesday against any further provocation in the South China Sea.",
]


def articles(run: str, batch: int) -> list[tuple[bytes, bytes]]:
    records = []
    for index, text in enumerate(ARTICLE_TEXTS):
        article_id = f"prom-{run}-{batch}-{index}"
        document = {
            "id": article_id,
            "lang": "en",
            "title": f"Test article {index}",
            "source": "integration-test",
            "published_at": "2026-01-05T09:00:00Z",
            "text": text,
            "url": f"https://news.example/{article_id}",
        }
        records.append((article_id.encode(), json.dumps(document).encode()))
    return records


def http_get(url: str, timeout: float = 5.0) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def wait_until(predicate, timeout: float, what: str, interval: float = 0.5, on_timeout=None):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except (OSError, urllib.error.URLError, ValueError, KeyError) as exc:
            last_error = exc
        time.sleep(interval)
    details = on_timeout() if on_timeout else ""
    pytest.fail(f"timed out after {timeout}s waiting for {what} (last error: {last_error}){details}")


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n--- " + str(path) + "\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@pytest.fixture(scope="module")
def worker(broker, start_worker):
    """One worker for the module, from conftest's broker and launcher.

    app_id stays "geoevents" (the consumer group of this module only): faust's sensor
    names derive from it and the dashboard queries them. Topics are fresh per run.
    """
    settings = make_settings(broker, app_id="geoevents", partitions=2)
    live = start_worker(settings)
    return {
        "process": live.process,
        "metrics_url": f"http://127.0.0.1:{live.metrics_port}/metrics",
        "log": live.log,
        "settings": settings,
    }


@pytest.fixture
def prometheus(worker, tmp_path):
    binary = require_prometheus()
    port = free_port()
    config = tmp_path / "prometheus.yml"
    target = worker["metrics_url"].split("//", 1)[1].split("/", 1)[0]
    config.write_text(
        "global:\n"
        "  scrape_interval: 1s\n"
        "  evaluation_interval: 1s\n"
        "rule_files:\n"
        f"  - {RULES_DIR}/*.yml\n"
        "scrape_configs:\n"
        "  - job_name: geoevents\n"
        "    scrape_interval: 1s\n"
        "    scrape_timeout: 1s\n"
        "    static_configs:\n"
        f"      - targets: ['{target}']\n"
    )
    log_path = tmp_path / "prometheus.log"
    with open(log_path, "ab") as log_fh:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--web.enable-lifecycle",
            ],
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=log_fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"

    def ready():
        if process.poll() is not None:
            pytest.fail(f"prometheus exited with {process.returncode}{tail(log_path)}")
        return "Ready" in http_get(f"{base}/-/ready")

    try:
        wait_until(ready, 30, "prometheus /-/ready", on_timeout=lambda: tail(log_path))
        yield {"url": base, "log": log_path}
    finally:
        stop_process(process, group=True)  # the process group this test started


def query(prometheus: dict, expr: str) -> list[dict]:
    url = f"{prometheus['url']}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    body = json.loads(http_get(url))
    assert body["status"] == "success", body
    return body["data"]["result"]


def publish(settings, records: list[tuple[bytes, bytes]]) -> None:
    from confluent_kafka import Producer

    producer = Producer(settings.confluent_config(**{"enable.idempotence": False, "acks": "all"}))
    errors = []
    for key, value in records:
        producer.produce(settings.topic_articles, key=key, value=value,
                         on_delivery=lambda err, msg: errors.append(err) if err else None)
    assert producer.flush(30) == 0, "articles not delivered"
    assert not errors, errors


def events_by_type(prometheus: dict) -> dict[str, float]:
    result = query(prometheus, 'sum by (type) (geoevents_events_emitted_total{job="geoevents"})')
    return {series["metric"].get("type", ""): float(series["value"][1]) for series in result}


def test_prometheus_scrapes_worker_while_articles_flow(worker, prometheus):
    settings = worker["settings"]
    diagnostics = lambda: tail(worker["log"]) + tail(prometheus["log"])  # noqa: E731

    up = wait_until(
        lambda: [s for s in query(prometheus, 'up{job="geoevents"}') if s["value"][1] == "1"],
        30, "up{job=\"geoevents\"} == 1", on_timeout=diagnostics,
    )
    assert up[0]["metric"]["instance"] == worker["metrics_url"].split("//", 1)[1].split("/", 1)[0]
    before = sum(events_by_type(prometheus).values())  # 0 unless another test fed this worker

    run = uuid.uuid4().hex[:8]
    # one record that is not JSON: it goes to the dead-letter topic and its panels get data
    publish(settings, articles(run, 1) + [(f"prom-{run}-bad".encode(), b"{not json")])
    first = wait_until(
        lambda: (lambda seen: seen if sum(seen.values()) > before else None)(events_by_type(prometheus)),
        90, "sum by (type) (geoevents_events_emitted_total) to increase", on_timeout=diagnostics,
    )
    assert set(first) <= {"warning", "deployment", "alliance"}, first
    assert first.get("warning", 0) > 0, first

    # Articles keep flowing: a second batch raises the counter again.
    publish(settings, articles(run, 2))
    wait_until(
        lambda: sum(events_by_type(prometheus).values()) > sum(first.values()),
        90, "the events counter to increase with the second batch", on_timeout=diagnostics,
    )
    increase = query(prometheus, 'sum by (type) (increase(geoevents_events_emitted_total{job="geoevents"}[5m]))')
    assert any(float(series["value"][1]) > 0 for series in increase), increase

    dead = wait_until(
        lambda: query(prometheus, 'sum by (reason) (geoevents_dead_letters_total{job="geoevents"}) > 0'),
        30, "the dead-letter counter", on_timeout=diagnostics,
    )
    assert [series["metric"]["reason"] for series in dead] == ["invalid_json"], dead
    # every reason is a series from the start (at 0), so panels show 0 rather than "No data"
    every = query(prometheus, 'sum by (reason) (geoevents_dead_letters_total{job="geoevents"})')
    assert {series["metric"]["reason"] for series in every} == set(DEAD_LETTER_REASONS), every
    assert query(prometheus, 'process_resident_memory_bytes{job="geoevents"} > 0')
    consumed = query(prometheus, 'sum(geoevents_articles_consumed_total{job="geoevents"})')
    assert consumed and float(consumed[0]["value"][1]) >= 2 * len(ARTICLE_TEXTS), consumed
    assert query(prometheus, 'geoevents_build_info{job="geoevents"} == 1')
    wait_until(
        lambda: query(prometheus, f'geoevents_consumer_lag{{job="geoevents", topic="{settings.topic_articles}"}}'),
        30, "the consumer-lag gauge of the articles topic", on_timeout=diagnostics,
    )

    # Every alert rule loads and evaluates cleanly against real data.
    def rules_evaluated():
        body = json.loads(http_get(f"{prometheus['url']}/api/v1/rules"))
        rules = [rule for group in body["data"]["groups"] for rule in group["rules"]]
        return rules if rules and all(rule.get("lastEvaluation", "").startswith("20") for rule in rules) else None

    rules = wait_until(rules_evaluated, 30, "the alert rules to be evaluated", on_timeout=diagnostics)
    assert {rule["name"] for rule in rules} >= {r["alert"] for r in checks.load_rules()}
    for rule in rules:
        assert rule["health"] == "ok", (rule["name"], rule.get("lastError"))
    firing = [rule["name"] for rule in rules if rule["state"] == "firing"]
    assert "GeoeventsWorkerDown" not in firing and "GeoeventsWorkersAbsent" not in firing, firing

    # Every dashboard query runs on this Prometheus; the headline panels have data.
    substitutions = {"$__rate_interval": "1m", "$__range": "5m", "$__interval": "1s", '"$instance"': '".*"'}
    with_data = {}
    for where, expr in checks.dashboard_exprs(checks.load_dashboard()):
        if where.startswith("variable"):
            continue
        for variable, value in substitutions.items():
            expr = expr.replace(variable, value)
        with_data[where] = bool(query(prometheus, expr))
    for title in ("'Events emitted by type'", "'Articles consumed by language'", "'Top actors (events in range)'",
                  "'Consumer lag by partition'", "'Build info'", "'Workers up'", "'Dead letters by reason'",
                  "'End-to-end latency'", "'Extraction duration'", "'Messages received by topic'"):
        assert any(title in where and has for where, has in with_data.items()), (title, with_data)


def test_dashboard_and_rule_metrics_match_a_live_scrape(worker):
    """Every metric name in the dashboard's PromQL and in the alert rules is exported by a live worker."""
    settings = worker["settings"]
    publish(settings, articles(uuid.uuid4().hex[:8], 1))

    def has_events():
        text = http_get(worker["metrics_url"])
        return text if 'geoevents_events_emitted_total{' in text else None

    text = wait_until(has_events, 90, "events on the live /metrics", on_timeout=lambda: tail(worker["log"]))
    missing = checks.missing_metrics(text)
    assert not missing, f"queried by the dashboard/rules but not exported by the worker: {missing}"
    exposed = checks.exposed_metric_names(text)
    # The series the dashboard groups by really carry their labels.
    from prometheus_client.parser import text_string_to_metric_families

    labels = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels.setdefault(sample.name, set()).update(sample.labels)
    assert {"type", "language"} <= labels["geoevents_events_emitted_total"]
    assert {"type", "actor"} <= labels["geoevents_actor_events_total"]
    assert {"language"} <= labels["geoevents_articles_consumed_total"]
    assert {"version", "extractor_version"} <= labels["geoevents_build_info"]
    assert "geoevents_extraction_duration_seconds_bucket" in exposed
