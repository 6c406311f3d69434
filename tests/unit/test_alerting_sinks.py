"""Alert sinks against local aiohttp servers on loopback: payloads field by field, the HMAC signature,
retries, a sink down for a while (nothing lost), a full queue, give-up with its reason.
Backoffs are short here; production defaults are seconds to a minute."""

from __future__ import annotations

import asyncio
import json
import random
import time
from datetime import timedelta

import pytest
from aiohttp import web

from streams.alerting.sinks import (
    SIGNATURE_HEADER,
    AlertmanagerSink,
    Dispatcher,
    RetryPolicy,
    WebhookSink,
    alertmanager_payload,
    sign,
    verify_signature,
)
from streams.broker import free_port

FAST = RetryPolicy(initial=0.02, maximum=0.1, retry_for=10.0, timeout=2.0)
SECRET = "s3cret-for-tests"


def run(coro, timeout: float = 8.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def alert(n: int = 1, **over) -> dict:
    base = {
        "id": f"al-{n:04d}",
        "rule_id": "rus-warns-nato",
        "description": "Russia warns a NATO member",
        "severity": "critical",
        "level": 2,
        "subject_kind": "situation",
        "subject_id": f"sit-{n}",
        "subject_version": 5,
        "labels": {"desk": "europe"},
        "summary": "Russia warns a NATO member: warning RUS->POL asserted (mentions 4, outlets 3)",
        "starts_at": "2026-03-02T10:00:00Z",
        "subject": {
            "id": f"sit-{n}",
            "version": 5,
            "type": "warning",
            "source": "RUS",
            "target": "POL",
            "location": None,
            "last_seen": "2026-03-02T10:40:00Z",
            "evidence": {"text": "Moscow warned Warsaw of a response.", "confidence": 0.9},
        },
    }
    base.update(over)
    return base


class Receiver:
    """A local HTTP server: answers ``statuses`` in turn (then 200), records every request."""

    def __init__(self, statuses=(), delays=(), port: int = 0) -> None:
        self.statuses = list(statuses)
        self.delays = list(delays)
        self.port = port
        self.requests: list[tuple[str, dict, bytes]] = []
        self.runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append((request.path, dict(request.headers), body))
        if self.delays:
            await asyncio.sleep(self.delays.pop(0))
        status = self.statuses.pop(0) if self.statuses else 200
        headers = {"Retry-After": "0"} if status == 429 else {}
        return web.Response(status=status, text="" if status < 300 else f"status {status}", headers=headers)

    async def start(self) -> "Receiver":
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def bodies(self) -> list:
        return [json.loads(body) for _, _, body in self.requests]


class Calls:
    def __init__(self) -> None:
        self.gave_up: list[tuple] = []
        self.delivered: list[tuple] = []
        self.failures: list[tuple] = []

    def hooks(self) -> dict:
        return {
            "on_give_up": lambda *a: self.gave_up.append(a),
            "on_delivered": lambda *a: self.delivered.append(a),
            "on_failure": lambda *a: self.failures.append(a),
        }


# --- payloads ----------------------------------------------------------------------------------
def test_alertmanager_payload_field_by_field():
    async def main():
        server = await Receiver().start()
        calls = Calls()
        sink = AlertmanagerSink(
            server.url + "/",
            generator_url="http://127.0.0.1:6066/situations/{subject_id}?alert={alert_id}",
            policy=FAST,
            **calls.hooks(),
        )
        await sink.start()
        assert sink.submit(alert(7))
        assert await sink.join(3)
        await sink.close()
        await server.stop()
        return server, calls

    server, calls = run(main())
    assert len(server.requests) == 1
    path, headers, _ = server.requests[0]
    assert path == "/api/v2/alerts"
    assert headers["Content-Type"] == "application/json"
    body = server.bodies()[0]
    assert isinstance(body, list) and len(body) == 1
    am = body[0]
    assert set(am) == {"labels", "annotations", "startsAt", "endsAt", "generatorURL"}
    assert am["labels"] == {
        "alertname": "rus-warns-nato",
        "rule": "rus-warns-nato",
        "severity": "critical",
        "kind": "situation",
        "subject": "sit-7",
        "type": "warning",
        "source": "RUS",
        "target": "POL",
        "desk": "europe",
    }
    assert am["annotations"] == {
        "summary": "Russia warns a NATO member: warning RUS->POL asserted (mentions 4, outlets 3)",
        "description": "Russia warns a NATO member",
        "alert_id": "al-0007",
        "level": "2",
        "subject_version": "5",
        "evidence": "Moscow warned Warsaw of a response.",
    }
    assert am["startsAt"] == "2026-03-02T10:00:00Z"
    assert am["endsAt"] == "2026-03-03T10:40:00Z"  # the subject's last_seen + 24 h
    assert am["generatorURL"] == "http://127.0.0.1:6066/situations/sit-7?alert=al-0007"
    assert [(a[1], a[3]) for a in calls.delivered] == [("alertmanager", 1)]
    assert calls.gave_up == [] and calls.failures == []


def test_alertmanager_payload_without_optional_parts():
    a = alert(1, labels={}, subject={"id": "w:RUS->POL@h", "dyad": "RUS->POL", "window_end": "2026-03-02T11:00:00Z"})
    payload = alertmanager_payload(a, resolve_after=timedelta(hours=1))
    assert "generatorURL" not in payload
    assert payload["labels"]["dyad"] == "RUS->POL" and "target" not in payload["labels"]
    assert payload["endsAt"] == "2026-03-02T12:00:00Z"
    assert "evidence" not in payload["annotations"]


def test_webhook_is_signed_idempotent_and_a_cloudevent():
    async def main():
        server = await Receiver().start()
        sink = WebhookSink(server.url + "/hook", secret=SECRET, policy=FAST)
        await sink.start()
        sink.submit(alert(3))
        assert await sink.join(3)
        await sink.close()
        await server.stop()
        return server

    server = run(main())
    assert len(server.requests) == 1
    path, headers, body = server.requests[0]
    assert path == "/hook"
    assert json.loads(body) == alert(3)
    assert headers["Idempotency-Key"] == "al-0003"
    assert (headers["ce-specversion"], headers["ce-id"], headers["ce-type"]) == ("1.0", "al-0003", "org.geoevents.alert.v1")
    assert headers["ce-source"] == "urn:geoevents:alerting" and headers["ce-time"] == "2026-03-02T10:00:00Z"
    signature = headers[SIGNATURE_HEADER]
    t = int(signature.split(",")[0].removeprefix("t="))
    assert abs(t - time.time()) < 30
    assert verify_signature(SECRET, signature, body)
    assert verify_signature(["old-secret", SECRET], signature, body)  # key rotation on the receiver
    assert not verify_signature("wrong", signature, body)
    assert not verify_signature(SECRET, signature, body.replace(b"al-0003", b"al-0004"))  # tampered body
    assert not verify_signature(SECRET, signature, body, now=t + 301)  # replayed later
    assert not verify_signature(SECRET, None, body)
    assert not verify_signature(SECRET, "v1=" + signature.split("v1=")[1], body)  # no timestamp


def test_signature_format_is_documented_hmac():
    import hashlib
    import hmac

    body = b'{"id":"al-1"}'
    expected = hmac.new(b"k", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("k", body, 1700000000) == f"t=1700000000,v1={expected}"


# --- delivery ---------------------------------------------------------------------------------------
def test_retries_after_server_errors_then_delivers_once():
    async def main():
        server = await Receiver(statuses=[503, 500, 429]).start()
        calls = Calls()
        sink = WebhookSink(server.url, secret=SECRET, policy=FAST, **calls.hooks())
        await sink.start()
        sink.submit(alert(1))
        assert await sink.join(5)
        await sink.close()
        await server.stop()
        return server, calls, sink

    server, calls, sink = run(main())
    assert len(server.requests) == 4
    assert [r for _, _, r in calls.failures][:1] == ["HTTP 503 status 503"]
    assert [r.split()[1] for _, _, r in calls.failures] == ["503", "500", "429"]
    assert len(calls.delivered) == 1 and calls.delivered[0][3] == 4  # attempts
    assert calls.gave_up == [] and (sink.delivered, sink.failed_attempts, sink.given_up) == (1, 3, 0)
    # each attempt is signed afresh, all verify
    assert all(verify_signature(SECRET, h[SIGNATURE_HEADER], b) for _, h, b in server.requests)


def test_sink_down_for_a_while_then_back_loses_nothing_and_keeps_order():
    port = free_port()

    async def main():
        calls = Calls()
        sink = WebhookSink(
            f"http://127.0.0.1:{port}/hook", secret=SECRET, policy=RetryPolicy(initial=0.05, maximum=0.25, retry_for=30.0, timeout=1.0),
            queue_size=100, **calls.hooks(),
        )
        await sink.start()
        started = time.perf_counter()
        accepted = [sink.submit(alert(n)) for n in range(30)]
        submit_seconds = time.perf_counter() - started
        await asyncio.sleep(1.5)  # connection refused all this time
        refused = len(calls.failures)
        server = await Receiver(port=port).start()
        assert await sink.join(5)
        await sink.close()
        await server.stop()
        return server, calls, accepted, submit_seconds, refused

    server, calls, accepted, submit_seconds, refused = run(main())
    assert all(accepted) and submit_seconds < 0.05  # submit never waited for the dead sink
    assert refused >= 3 and all("Connect" in reason for _, _, reason in calls.failures)
    ids = [h["Idempotency-Key"] for _, h, _ in server.requests]
    assert ids == [f"al-{n:04d}" for n in range(30)]  # all, once each, in order
    assert calls.gave_up == [] and len(calls.delivered) == 30


def test_full_queue_gives_up_at_once_and_close_gives_up_the_rest():
    port = free_port()  # nothing listens: every attempt is refused

    async def main():
        calls = Calls()
        sink = AlertmanagerSink(
            f"http://127.0.0.1:{port}", queue_size=3, policy=RetryPolicy(initial=5.0, retry_for=60.0), **calls.hooks()
        )
        await sink.start()
        started = time.perf_counter()
        accepted = [sink.submit(alert(n)) for n in range(6)]
        submit_seconds = time.perf_counter() - started
        assert sink.pending() == 3
        await sink.close(timeout=0.2)
        return calls, accepted, submit_seconds

    calls, accepted, submit_seconds = run(main())
    assert accepted == [True, True, True, False, False, False]
    assert submit_seconds < 0.05
    reasons = [(a["id"], name, reason.split(":")[0]) for a, name, reason in calls.gave_up]
    assert reasons[:3] == [(f"al-{n:04d}", "alertmanager", "queue_full") for n in (3, 4, 5)]
    assert sorted(reasons[3:]) == [(f"al-{n:04d}", "alertmanager", "shutdown") for n in (0, 1, 2)]


def test_gives_up_with_reason_when_retries_run_out():
    port = free_port()

    async def main():
        calls = Calls()
        sink = WebhookSink(
            f"http://127.0.0.1:{port}", secret=None, name="hook-a",
            policy=RetryPolicy(initial=0.02, maximum=0.05, retry_for=0.3), **calls.hooks(),
        )
        await sink.start()
        started = time.perf_counter()
        sink.submit(alert(1))
        assert await sink.join(3)
        elapsed = time.perf_counter() - started
        await sink.close()
        return calls, elapsed

    calls, elapsed = run(main())
    assert len(calls.gave_up) == 1
    given, name, reason = calls.gave_up[0]
    assert given == alert(1) and name == "hook-a"
    assert reason.startswith("retries_exhausted: ") and "ClientConnectorError" in reason
    assert 0.3 <= elapsed < 2.0
    assert len(calls.failures) >= 3 and calls.delivered == []


def test_max_attempts_limits_retries():
    port = free_port()

    async def main():
        calls = Calls()
        sink = WebhookSink(f"http://127.0.0.1:{port}", secret=None, policy=RetryPolicy(initial=0.01, max_attempts=3), **calls.hooks())
        await sink.start()
        sink.submit(alert(1))
        assert await sink.join(3)
        await sink.close()
        return calls

    calls = run(main())
    assert len(calls.failures) == 3 and calls.gave_up[0][2].startswith("retries_exhausted: 3 attempts")


def test_client_error_is_not_retried():
    async def main():
        server = await Receiver(statuses=[400]).start()
        calls = Calls()
        sink = WebhookSink(server.url, secret=SECRET, policy=FAST, **calls.hooks())
        await sink.start()
        sink.submit(alert(1))
        assert await sink.join(3)
        await sink.close()
        await server.stop()
        return server, calls

    server, calls = run(main())
    assert len(server.requests) == 1
    assert [(a["id"], r) for a, _, r in calls.gave_up] == [("al-0001", "rejected: HTTP 400 status 400")]


def test_attempt_timeout_is_retried():
    async def main():
        server = await Receiver(delays=[0.4]).start()
        calls = Calls()
        sink = WebhookSink(server.url, secret=SECRET, policy=RetryPolicy(initial=0.01, timeout=0.1), **calls.hooks())
        await sink.start()
        sink.submit(alert(1))
        assert await sink.join(3)
        await sink.close()
        await server.stop()
        return calls

    calls = run(main())
    assert [r for _, _, r in calls.failures] == ["timeout after 0.1 s"]
    assert len(calls.delivered) == 1 and calls.gave_up == []


def test_same_alert_submitted_twice_while_pending_is_sent_once_and_hooks_cannot_break_delivery():
    async def main():
        server = await Receiver(statuses=[503]).start()

        def broken(*_):
            raise RuntimeError("metrics hook bug")

        sink = WebhookSink(server.url, secret=SECRET, policy=FAST, on_failure=broken, on_delivered=broken)
        await sink.start()
        assert sink.submit(alert(1)) and sink.submit(alert(1)) and sink.submit(alert(2))
        assert await sink.join(3)
        await sink.close()
        await server.stop()
        return server, sink

    server, sink = run(main())
    assert [h["Idempotency-Key"] for _, h, _ in server.requests] == ["al-0001", "al-0001", "al-0002"]  # one retry
    assert sink.delivered == 2


def test_dispatcher_fans_out_to_every_sink_and_accepts_models():
    class Model:  # stands in for the pydantic Alert
        def model_dump(self, mode="python"):
            assert mode == "json"
            return alert(5)

    async def main():
        server = await Receiver().start()
        dispatcher = Dispatcher([AlertmanagerSink(server.url, policy=FAST), WebhookSink(server.url + "/hook", secret=SECRET, policy=FAST)])
        await dispatcher.start()
        accepted = dispatcher.submit(Model())
        assert await dispatcher.join(3)
        await dispatcher.close()
        await server.stop()
        return server, accepted

    server, accepted = run(main())
    assert accepted == {"alertmanager": True, "webhook": True}
    assert sorted(path for path, _, _ in server.requests) == ["/api/v2/alerts", "/hook"]
    with pytest.raises(ValueError, match="names must differ"):
        Dispatcher([WebhookSink("http://x", secret=None), WebhookSink("http://y", secret=None)])


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    policy = RetryPolicy(initial=1.0, maximum=30.0, multiplier=2.0, jitter=0.5)
    rng = random.Random(7)
    for attempt, base in [(1, 1.0), (2, 2.0), (3, 4.0), (5, 16.0), (6, 30.0), (20, 30.0)]:
        delays = [policy.delay(attempt, rng) for _ in range(200)]
        assert all(base * 0.5 <= d <= base for d in delays), attempt
        assert max(delays) - min(delays) > base * 0.3  # really jittered
    assert RetryPolicy(jitter=0.0).delay(3) == 4.0


def test_empty_secret_is_refused():
    with pytest.raises(ValueError, match="empty webhook secret"):
        WebhookSink("http://127.0.0.1:1", secret="")
