"""`geoevents run`, `produce`, `tail` and the worker's broker deadline, as real processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import orjson
import pytest

from streams.broker import free_port

from .conftest import ROOT, make_settings

pytestmark = pytest.mark.integration

EVENT_LINE = re.compile(r"^(WARNING|DEPLOYMENT|ALLIANCE)\s+\S+\s+\S+->\S+\s+trigger=")


def clean_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOEVENTS_")}
    env.update(extra)
    return env


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie of someone else's is not alive either
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def test_run_shows_events_and_exits_after_n(tmp_path):
    env = clean_env(GEOEVENTS_METRICS_PORT="0")
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "run", "--exit-after-events", "3", "--duration", "60"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if EVENT_LINE.match(line)]
    assert len(lines) >= 3, result.stdout
    assert time.monotonic() - start < 30
    pids = [int(p) for p in re.findall(r"pid (\d+)", result.stderr)]
    assert len(pids) == 2 and not any(alive(p) for p in pids), result.stderr
    broker_url = re.search(r"GEOEVENTS_BROKER_URL=(kafka://\S+) geoevents tail", result.stderr)
    assert broker_url, result.stderr  # the recipe to use the broker from another terminal
    assert re.search(r"metrics: http://127\.0\.0\.1:\d+/metrics", result.stderr), result.stderr


def test_run_stops_broker_and_worker_on_ctrl_c(tmp_path):
    env = clean_env(GEOEVENTS_METRICS_PORT="0")
    err = tmp_path / "stderr"
    with open(err, "w") as err_fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "run", "--duration", "60"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=err_fh, text=True,
        )
        try:
            deadline = time.monotonic() + 30
            for line in proc.stdout:
                if EVENT_LINE.match(line):
                    break
                assert time.monotonic() < deadline
            proc.send_signal(signal.SIGINT)
            assert proc.wait(20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    pids = [int(p) for p in re.findall(r"pid (\d+)", err.read_text())]
    assert len(pids) == 2
    time.sleep(0.2)
    assert not any(alive(p) for p in pids), err.read_text()


def test_worker_exits_non_zero_when_broker_is_unreachable():
    env = clean_env(
        GEOEVENTS_BROKER_URL=f"kafka://127.0.0.1:{free_port()}",
        GEOEVENTS_BROKER_CONNECT_TIMEOUT="2",
        GEOEVENTS_METRICS_PORT="0",
    )
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "streams.cli", "worker"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unreachable" in result.stderr
    assert time.monotonic() - start < 30


def test_produce_and_tail_commands(broker, start_worker, tmp_path):
    settings = make_settings(broker)
    start_worker(settings)
    env = clean_env(**settings.to_env())
    file = tmp_path / "articles.jsonl"
    file.write_bytes(
        orjson.dumps({"id": "cli-1", "text": "China summoned the Australian ambassador to protest against a naval patrol."})
        + b"\n\nnot json\n"
    )
    produced = subprocess.run([sys.executable, "-m", "streams.cli", "produce", str(file)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    assert produced.returncode == 0, produced.stderr
    assert "published 2 records" in produced.stderr
    assert "1 lines are not valid JSON" in produced.stderr

    tail = subprocess.run(
        [sys.executable, "-m", "streams.cli", "tail", "--type", "warning", "--type", "dead-letter",
         "--from-beginning", "--max", "2", "--timeout", "30", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert tail.returncode == 0, tail.stderr
    records = [orjson.loads(line) for line in tail.stdout.splitlines()]
    assert sorted(r["kind"] for r in records) == ["dead-letter", "warning"]
    warning = next(r for r in records if r["kind"] == "warning")
    assert warning["headers"]["ce_type"] == "org.geoevents.warning.v1"
    assert warning["value"]["id"] == warning["headers"]["ce_id"]  # the body as JSON, not a string
    assert warning["topic"] == settings.topic_warning and warning["partition"] >= 0 and warning["offset"] >= 0
    letter = next(r for r in records if r["kind"] == "dead-letter")
    assert letter["value"] == "not json" and letter["headers"]["dlq_reason"] == "invalid_json"


def run_cli(*args, env=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=ROOT, env=env or clean_env(),
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("command", [
    ["produce", "examples/articles.jsonl", "--timeout", "3"],
    ["tail", "--timeout", "3"],
])
def test_produce_and_tail_without_a_broker_say_so_in_one_line_within_the_timeout(command):
    env = clean_env(GEOEVENTS_BROKER_URL=f"kafka://127.0.0.1:{free_port()}")
    start = time.monotonic()
    result = run_cli(*command, env=env)
    assert time.monotonic() - start < 15
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "unreachable" in lines[0], result.stderr


@pytest.mark.parametrize("command, message", [
    (["run", "--duration", "-5"], "positive"),
    (["run", "--exit-after-events", "-1"], "0 or more"),
    (["run", "--examples", "/nonexistent/articles.jsonl"], "no such readable file"),
    (["replay", "--since", "yesterday"], "expected an age"),
    (["tail", "--max", "ten"], "whole number"),
    (["produce", "/nonexistent.jsonl"], "no such file"),
])
def test_user_errors_give_a_usage_line_and_start_nothing(command, message):
    env = clean_env(GEOEVENTS_BROKER_URL=f"kafka://127.0.0.1:{free_port()}")
    start = time.monotonic()
    result = run_cli(*command, env=env)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert "broker" not in result.stderr  # nothing was started or contacted
    assert time.monotonic() - start < 10


def test_tail_does_not_create_topics(broker):
    from confluent_kafka.admin import AdminClient

    settings = make_settings(broker)
    missing = settings.model_copy(update={"topic_warning": settings.topic_warning + ".typo"})
    result = run_cli("tail", "--type", "warning", "--timeout", "5", env=clean_env(**missing.to_env()))
    assert result.returncode == 1 and "does not exist" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    topics = AdminClient({"bootstrap.servers": settings.bootstrap_servers()}).list_topics(timeout=10).topics
    assert missing.topic_warning not in topics


def test_replay_since_filters_by_record_time_on_the_embedded_broker(broker, tmp_path):
    settings = make_settings(broker)
    env = clean_env(**settings.to_env())
    file = tmp_path / "articles.jsonl"
    file.write_bytes(b"\n".join(
        orjson.dumps({"id": f"since-{i}", "text": "Russia warned Poland of consequences over missiles."})
        for i in range(5)) + b"\n")
    assert run_cli("produce", str(file), env=env).returncode == 0

    future = run_cli("replay", "--since", "2100-01-01T00:00:00Z", "--versioned", env=env)
    assert future.returncode == 0, future.stderr
    assert "replayed 0 records" in future.stderr and "5 records older than --since skipped" in future.stderr

    recent = run_cli("replay", "--since", "1h", "--versioned", env=env)
    assert recent.returncode == 0, recent.stderr
    assert "replayed 5 records" in recent.stderr and "older than --since" not in recent.stderr
    assert re.search(r"\b5/5\b", recent.stderr), recent.stderr  # the progress total is the records read
    names = re.search(r"published \d+ records to (.*)$", recent.stderr, re.M).group(1).split(", ")
    version_suffix = names[0].rsplit(".v", 1)[1]
    assert sorted(names) == sorted(f"{t}.v{version_suffix}" for t in (
        settings.topic_statements, settings.topic_warning, settings.topic_deployment, settings.topic_alliance))
