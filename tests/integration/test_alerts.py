"""Alerts through real workers: a rule fires once per situation across a SIGKILL and a restart and
once more when it escalates; local HTTP servers stand in for Alertmanager and a webhook, one of
them down for 30 s: nothing is lost."""

from __future__ import annotations

import os
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from streams.alerting.sinks import verify_signature

from .conftest import ROOT, collect, drain, make_settings, wait_until
from .test_pipeline import scrape

pytestmark = pytest.mark.integration

ONE_ACT = {orjson.loads(line)["id"]: line for line in (ROOT / "examples" / "one-act.jsonl").read_bytes().splitlines()}
SECRET = "test-secret"
RULES = '''
[[rule]]
id = "rus-warns-jpn"
description = "Russia warns Japan"
on = "situation"
severity = "critical"
condition = 'type = "warning" and source = "RUS" and target = "JPN"'
labels = { desk = "asia" }
escalate = { field = "mentions", thresholds = [3] }
'''


class Receiver:
    """A local HTTP endpoint recording POSTs; answers 503 while ``down``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict, bytes]] = []
        self.down_until = 0.0
        self.refused = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if time.monotonic() < receiver.down_until:
                    receiver.refused += 1
                    self.send_response(503)
                    self.end_headers()
                    return
                receiver.requests.append((self.path, dict(self.headers), body))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def receivers():
    am, hook = Receiver(), Receiver()
    yield am, hook
    am.close()
    hook.close()


def alerts_on(settings):
    return [r.json() for r in drain(settings, ["alerts"], idle=2.0)]


def test_fires_once_across_sigkill_escalates_once_and_sinks_get_everything(broker, start_worker, tmp_path, receivers):
    am, hook = receivers
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES)
    settings = make_settings(broker, alert_rules=str(rules), alertmanager_url=am.url, webhook_url=hook.url + "/hook",
                             webhook_secret=SECRET, situations_http_port=0, sink_backoff=0.5, sink_backoff_max=4.0)
    hook.down_until = time.monotonic() + 30.0  # the webhook is down for the first 30 s
    worker = start_worker(settings)
    scrape(settings, [ONE_ACT["act-en-1"]])
    first = collect(settings, ["alerts"], lambda recs: len(recs) >= 1, timeout=60)[0].json()
    assert (first["rule_id"], first["level"], first["subject_kind"]) == ("rus-warns-jpn", 0, "situation")
    time.sleep(5.0)  # past the commit interval: the mention's offset is committed with its table entries
    os.kill(worker.process.pid, signal.SIGKILL)
    worker.process.wait(10)

    worker = start_worker(settings)  # same group: tables rebuilt from their changelogs
    scrape(settings, [ONE_ACT["act-en-2"]])  # mentions 2: still level 0, already fired: no alert
    collect(settings, ["situations"], lambda recs: any(r.json()["mentions"] == 2 for r in recs), timeout=60)
    scrape(settings, [ONE_ACT["act-ru-1"]])  # mentions 3: level 1, fires once more
    collect(settings, ["alerts"], lambda recs: any(r.json()["level"] == 1 for r in recs), timeout=60)
    scrape(settings, [ONE_ACT["act-de-1"]])  # mentions 4: still level 1: no alert
    collect(settings, ["situations"], lambda recs: any(r.json()["mentions"] == 4 for r in recs), timeout=60)
    time.sleep(2.0)
    alerts = alerts_on(settings)
    assert alerts
    # exactly one record per (rule, situation, level) across the SIGKILL: without the alert-levels
    # table restored from its changelog, the second mention would have fired level 0 again
    assert sorted((a["subject_id"], a["level"]) for a in alerts) == [(first["subject_id"], 0), (first["subject_id"], 1)]
    level1 = next(a for a in alerts if a["level"] == 1)
    assert level1["subject_version"] == 3 and level1["subject"]["mentions"] == 3

    # both sinks got both alerts; the webhook only after it came back (30 s of 503s)
    ids = {a["id"] for a in alerts}
    wait_until(lambda: {orjson.loads(b)[0]["annotations"]["alert_id"] for _, _, b in am.requests} >= ids, 60,
               message="Alertmanager deliveries")
    wait_until(lambda: {h.get("Idempotency-Key") for _, h, _ in hook.requests} >= ids, 90,
               message="webhook deliveries after its outage")
    assert hook.refused > 0
    for path, headers, body in am.requests:
        assert path == "/api/v2/alerts"
        (payload,) = orjson.loads(body)
        alert = next(a for a in alerts if a["id"] == payload["annotations"]["alert_id"])
        assert payload["labels"]["alertname"] == "rus-warns-jpn" == payload["labels"]["rule"]
        assert payload["labels"]["severity"] == "critical" and payload["labels"]["desk"] == "asia"
        assert (payload["labels"]["source"], payload["labels"]["target"]) == ("RUS", "JPN")
        assert payload["labels"]["subject"] == alert["subject_id"]
        assert payload["startsAt"] == alert["starts_at"] and payload["endsAt"] > payload["startsAt"]
        assert payload["generatorURL"].endswith("/situations/" + alert["subject_id"])
        assert payload["annotations"]["level"] == str(alert["level"])
    for path, headers, body in hook.requests:
        assert path == "/hook"
        assert verify_signature(SECRET, headers["X-Geoevents-Signature"], body, tolerance=3600)
        doc = orjson.loads(body)
        assert doc["id"] == headers["Idempotency-Key"] == headers["ce-id"] and doc in alerts
    assert not drain(settings, ["alerts-dead-letter"], idle=1.0)


def test_a_sink_that_never_answers_dead_letters_after_its_retries(broker, start_worker, tmp_path, receivers):
    _, hook = receivers
    hook.down_until = time.monotonic() + 3600
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES)
    settings = make_settings(broker, alert_rules=str(rules), webhook_url=hook.url, situations_http_port=0,
                             sink_backoff=0.2, sink_backoff_max=1.0, sink_retry_for=4.0)
    start_worker(settings)
    scrape(settings, [ONE_ACT["act-en-1"]])
    letters = collect(settings, ["alerts-dead-letter"], lambda recs: len(recs) >= 1, timeout=60)
    (alert,) = alerts_on(settings)
    assert letters[0].json() == alert  # the original record, untouched
    assert letters[0].headers["dlq_reason"] == "retries_exhausted" and letters[0].headers["dlq_sink"] == "webhook"
    assert letters[0].headers["ce_id"] == alert["id"]


def test_a_malformed_rules_file_stops_the_worker_with_file_line_and_reason(broker, tmp_path):
    from .conftest import spawn_worker

    rules = tmp_path / "bad-rules.toml"
    rules.write_text('[[rule]]\nid = "x"\non = "situation"\ncondition = "source in group:NOTAGROUP"\n')
    settings = make_settings(broker, alert_rules=str(rules), situations_http_port=0)
    worker = spawn_worker(settings, tmp_path / "worker.log")
    assert worker.process.wait(60) == 2
    log = worker.log_text()
    assert f"{rules}:4:" in log and "NOTAGROUP" in log, log[-2000:]
