"""Alert delivery to HTTP sinks: the Prometheus Alertmanager v2 API and a generic signed JSON webhook.

The caller (the delivery agent) hands every alert to :meth:`Sink.submit`, which only appends it
to the sink's bounded in-memory queue and returns at once: a slow or dead sink never blocks event
processing. One delivery task per sink (``concurrency``, default 1, which keeps the order, so an
escalation never overtakes the alert it escalates) sends the queue, retrying a
failed attempt with exponential backoff and jitter; each attempt has its own timeout. An alert is
given up (the ``on_give_up(alert, sink_name, reason)`` callback, for the sink's dead-letter
topic) when

- the queue is full when it is submitted:                 ``queue_full: ...``
- the sink answers a non-retryable status (4xx but 408/425/429):  ``rejected: HTTP 400 ...``
- an attempt fails and the alert has waited ``retry_for`` seconds since submit, or made
  ``max_attempts`` attempts:                               ``retries_exhausted: ...``
- the sink is closed before it was delivered:              ``shutdown: ...``

Every alert gets at least one attempt, so a sink that was down for less than ``retry_for``
loses nothing: its alerts wait in the queue and go out in order when it answers again.
The same alert id submitted again while still queued is not queued twice. Receivers
deduplicate on the alert id (the webhook's ``Idempotency-Key`` header; Alertmanager merges
alerts with identical labels), so a re-delivery after a restart is harmless.

Hooks (all optional, called on the event loop, exceptions logged and ignored): ``on_delivered(alert,
sink_name, seconds_since_submit, attempts)``, ``on_failure(alert, sink_name, reason)`` once per failed
attempt, ``on_give_up(alert, sink_name, reason)``. Metrics belong to the caller's registry.

Webhook signature (``X-Geoevents-Signature``)::

    X-Geoevents-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>

The receiver recomputes the HMAC over the timestamp, a dot and the raw request body bytes,
compares in constant time, and rejects timestamps older than its tolerance (a replayed request);
:func:`verify_signature` does exactly that. The timestamp is fresh on every attempt.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
import orjson

from streams import __version__
from streams.envelope import ce_type, rfc3339

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Geoevents-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
ALERTMANAGER_PATH = "/api/v2/alerts"
USER_AGENT = f"geoevents/{__version__}"
SUBJECT_LABELS = ("type", "source", "target", "location", "dyad")  # copied from the subject when set
MAX_ANNOTATION = 1000

Alert = dict[str, Any]
GiveUp = Callable[[Alert, str, str], Any]
Delivered = Callable[[Alert, str, float, int], Any]
Failure = Callable[[Alert, str, str], Any]


# --- payloads (pure) ------------------------------------------------------------------------------
def as_dict(alert: Any) -> Alert:
    """An alert as a JSON-ready dict: a pydantic model (``schemas`` ``Alert``) or a mapping."""
    if hasattr(alert, "model_dump"):
        return alert.model_dump(mode="json")
    return dict(alert)


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return None


def _code(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("code")
    return value if isinstance(value, str) and value else None


def alertmanager_payload(
    alert: Any, *, generator_url: str | None = None, resolve_after: timedelta = timedelta(hours=24)
) -> dict[str, Any]:
    """One element of the Alertmanager v2 ``POST /api/v2/alerts`` body (a JSON array of these).

    labels: ``alertname`` (= ``rule``), ``rule``, ``severity``, ``kind``, ``subject`` and, when the
    subject has them, ``type``, ``source``, ``target``, ``location``, ``dyad``; then the rule's own
    labels. The level is not a label, so an escalation updates the same Alertmanager alert.
    annotations: ``summary``, ``description``, ``alert_id``, ``level``, ``subject_version``, ``evidence``.
    ``startsAt`` = the alert's ``starts_at`` (event time); ``endsAt`` = the subject's latest time
    (``last_seen`` / ``window_end``, else ``starts_at``) + ``resolve_after``, so the alert resolves
    by itself when nothing new arrives. ``generatorURL``: the template with ``{subject_id}``,
    ``{kind}``, ``{alert_id}`` replaced (omitted when None)."""
    a = as_dict(alert)
    subject = a.get("subject") or {}
    labels: dict[str, str] = {
        "alertname": a["rule_id"],
        "rule": a["rule_id"],
        "severity": a.get("severity") or "warning",
        "kind": a.get("subject_kind") or "",
        "subject": a.get("subject_id") or "",
    }
    for key in SUBJECT_LABELS:
        code = _code(subject.get(key))
        if code:
            labels[key] = code
    labels.update({str(k): str(v) for k, v in (a.get("labels") or {}).items()})
    labels = {k: v for k, v in labels.items() if v}  # Alertmanager drops empty label values anyway

    evidence = subject.get("evidence")
    evidence_text = evidence.get("text") if isinstance(evidence, Mapping) else None
    annotations = {
        "summary": a.get("summary") or a["rule_id"],
        "description": a.get("description") or "",
        "alert_id": a["id"],
        "level": str(a.get("level", 0)),
        "subject_version": "" if a.get("subject_version") is None else str(a["subject_version"]),
        "evidence": evidence_text or "",
    }
    annotations = {k: v[:MAX_ANNOTATION] for k, v in annotations.items() if v}

    starts = _time(a.get("starts_at")) or datetime.now(timezone.utc)
    latest = max([t for t in (_time(subject.get("last_seen")), _time(subject.get("window_end"))) if t] + [starts])
    payload: dict[str, Any] = {
        "labels": labels,
        "annotations": annotations,
        "startsAt": rfc3339(starts),
        "endsAt": rfc3339(latest + resolve_after),
    }
    if generator_url:
        payload["generatorURL"] = (
            generator_url.replace("{subject_id}", str(a.get("subject_id", "")))
            .replace("{kind}", str(a.get("subject_kind", "")))
            .replace("{alert_id}", str(a["id"]))
        )
    return payload


def webhook_body(alert: Any) -> bytes:
    """The webhook's request body: the alert record as JSON (keys sorted, so it is reproducible)."""
    return orjson.dumps(as_dict(alert), option=orjson.OPT_SORT_KEYS)


def sign(secret: str | bytes, body: bytes, timestamp: int) -> str:
    """The ``X-Geoevents-Signature`` header value for ``body`` sent at ``timestamp`` (unix seconds)."""
    key = secret.encode() if isinstance(secret, str) else secret
    mac = hmac.new(key, str(int(timestamp)).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={int(timestamp)},v1={mac}"


def verify_signature(
    secrets: str | bytes | Sequence[str | bytes],
    header: str | None,
    body: bytes,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> bool:
    """Receiver side: does ``header`` sign ``body`` with one of ``secrets`` (several during a key
    rotation) and a timestamp within ``tolerance`` seconds of ``now``?"""
    if not header:
        return False
    if isinstance(secrets, (str, bytes)):
        secrets = [secrets]
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        name, _, value = item.strip().partition("=")
        parts.setdefault(name, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    expected = [sign(s, body, timestamp).split(",v1=", 1)[1] for s in secrets]
    return any(hmac.compare_digest(e, given) for e in expected for given in parts.get("v1", []))


# --- delivery -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetryPolicy:
    """Backoff: the n-th retry waits ``min(maximum, initial * multiplier**(n-1))`` scaled by a random
    factor in [1 - jitter, 1] (so sinks coming back are not hit by every worker at once)."""

    initial: float = 1.0
    maximum: float = 60.0
    multiplier: float = 2.0
    jitter: float = 0.5
    retry_for: float = 900.0  # seconds since submit after which a failed attempt gives up
    max_attempts: int | None = None  # None: limited by retry_for only
    timeout: float = 10.0  # seconds per attempt (connect + send + response)

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        base = min(self.maximum, self.initial * self.multiplier ** max(0, attempt - 1))
        return base * (1.0 - self.jitter * (rng or random).random())


@dataclass
class _Item:
    alert: Alert
    submitted: float  # loop time


@dataclass
class _Outcome:
    retryable: bool
    reason: str
    retry_after: float | None = None


class Sink:
    """One HTTP endpoint with its own bounded queue and delivery task(s). Subclasses build the request."""

    kind = "http"

    def __init__(
        self,
        name: str,
        url: str,
        *,
        policy: RetryPolicy = RetryPolicy(),
        queue_size: int = 1000,
        concurrency: int = 1,
        headers: Mapping[str, str] | None = None,
        on_give_up: GiveUp | None = None,
        on_delivered: Delivered | None = None,
        on_failure: Failure | None = None,
        session: aiohttp.ClientSession | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if queue_size < 1 or concurrency < 1:
            raise ValueError("queue_size and concurrency must be >= 1")
        self.name = name
        self.url = url
        self.policy = policy
        self.queue_size = queue_size
        self.concurrency = concurrency
        self.extra_headers = dict(headers or {})
        self.on_give_up = on_give_up
        self.on_delivered = on_delivered
        self.on_failure = on_failure
        self._session = session
        self._own_session = session is None
        self._rng = rng or random.Random()
        self._queue: asyncio.Queue[_Item] = asyncio.Queue(maxsize=queue_size)
        self._pending: set[str] = set()  # ids queued or in flight
        self._inflight: dict[asyncio.Task, _Item] = {}
        self._tasks: list[asyncio.Task] = []
        self.delivered = self.failed_attempts = self.given_up = 0

    # subclasses ------------------------------------------------------------------------------
    def request(self, alert: Alert) -> tuple[bytes, dict[str, str]]:
        """Body and headers of one attempt."""
        raise NotImplementedError

    # public ----------------------------------------------------------------------------------
    def submit(self, alert: Any) -> bool:
        """Queue ``alert`` for delivery; never waits. False when it was given up at once (queue full)."""
        item = _Item(as_dict(alert), asyncio.get_running_loop().time())
        aid = str(item.alert.get("id"))
        if aid in self._pending:
            return True
        try:
            self._queue.put_nowait(item)
        except asyncio.QueueFull:
            self._give_up(item.alert, f"queue_full: {self.queue_size} alerts already waiting")
            return False
        self._pending.add(aid)
        return True

    def pending(self) -> int:
        """Alerts queued or in flight."""
        return len(self._pending)

    async def start(self) -> None:
        if self._tasks:
            return
        if self._session is None:
            self._session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT})
        self._tasks = [asyncio.create_task(self._run(), name=f"sink-{self.name}-{i}") for i in range(self.concurrency)]

    async def join(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is delivered or given up; False on timeout."""
        try:
            await asyncio.wait_for(self._queue.join(), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    async def close(self, timeout: float = 5.0) -> None:
        """Let the queue drain for up to ``timeout`` seconds, then stop; what is left is given up
        (reason ``shutdown``) so the caller can dead-letter it."""
        if self._tasks:
            await self.join(timeout)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        leftovers = list(self._inflight.values())
        while not self._queue.empty():
            leftovers.append(self._queue.get_nowait())
        for item in leftovers:
            self._queue.task_done()
            self._give_up(item.alert, "shutdown: the sink closed before the alert was delivered")
        self._inflight.clear()
        self._pending.clear()
        self._tasks = []
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    # delivery --------------------------------------------------------------------------------
    async def _run(self) -> None:
        me = asyncio.current_task()
        while True:
            item = await self._queue.get()
            self._inflight[me] = item
            try:
                await self._deliver(item)
            except asyncio.CancelledError:
                raise  # stays in _inflight: close() gives it up
            except Exception as exc:  # keep the delivery task alive whatever one alert does
                log.exception("sink %s failed on alert %s", self.name, item.alert.get("id"))
                self._give_up(item.alert, f"internal_error: {type(exc).__name__}: {exc}")
            self._inflight.pop(me, None)
            self._pending.discard(str(item.alert.get("id")))
            self._queue.task_done()

    async def _deliver(self, item: _Item) -> None:
        loop = asyncio.get_running_loop()
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            outcome = await self._attempt(item.alert)
            now = loop.time()
            if outcome is None:
                self.delivered += 1
                self._call(self.on_delivered, item.alert, self.name, now - item.submitted, attempt)
                return
            self.failed_attempts += 1
            self._call(self.on_failure, item.alert, self.name, outcome.reason)
            if not outcome.retryable:
                self._give_up(item.alert, f"rejected: {outcome.reason}")
                return
            waited = now - item.submitted
            if (policy.max_attempts and attempt >= policy.max_attempts) or waited >= policy.retry_for:
                self._give_up(
                    item.alert, f"retries_exhausted: {attempt} attempts in {waited:.1f} s, last: {outcome.reason}"
                )
                return
            delay = policy.delay(attempt, self._rng)
            if outcome.retry_after is not None:
                delay = max(delay, min(outcome.retry_after, policy.maximum))
            await asyncio.sleep(min(delay, max(0.0, policy.retry_for - waited)))

    async def _attempt(self, alert: Alert) -> _Outcome | None:
        """None when delivered, else why not and whether to retry."""
        if self._session is None:
            raise RuntimeError(f"sink {self.name} is not started")
        try:
            body, headers = self.request(alert)
        except Exception as exc:  # a payload we cannot build will not build on retry either
            return _Outcome(False, f"bad alert: {type(exc).__name__}: {exc}")
        try:
            async with self._session.post(
                self.url,
                data=body,
                headers={**self.extra_headers, **headers},
                timeout=aiohttp.ClientTimeout(total=self.policy.timeout),
                allow_redirects=False,
            ) as resp:
                if 200 <= resp.status < 300:
                    return None
                text = (await resp.text(errors="replace"))[:200].strip()
                retryable = resp.status in (408, 425, 429) or resp.status >= 500
                return _Outcome(retryable, f"HTTP {resp.status} {text}".strip(), _retry_after(resp.headers))
        except asyncio.TimeoutError:
            return _Outcome(True, f"timeout after {self.policy.timeout:g} s")
        except aiohttp.ClientError as exc:
            return _Outcome(True, f"{type(exc).__name__}: {exc}")
        except OSError as exc:
            return _Outcome(True, f"{type(exc).__name__}: {exc}")

    def _give_up(self, alert: Alert, reason: str) -> None:
        self.given_up += 1
        log.warning("sink %s gave up alert %s: %s", self.name, alert.get("id"), reason)
        self._call(self.on_give_up, alert, self.name, reason)

    @staticmethod
    def _call(callback: Callable | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a hook must not stop delivery
            log.exception("alert sink callback %r failed", callback)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


class AlertmanagerSink(Sink):
    """Prometheus Alertmanager v2: ``POST <url>/api/v2/alerts`` with a one-element JSON array."""

    kind = "alertmanager"

    def __init__(
        self,
        url: str,
        *,
        name: str = "alertmanager",
        generator_url: str | None = None,
        resolve_after: timedelta = timedelta(hours=24),
        **kwargs: Any,
    ) -> None:
        url = url.rstrip("/")
        if not url.endswith(ALERTMANAGER_PATH):
            url += ALERTMANAGER_PATH
        super().__init__(name, url, **kwargs)
        self.generator_url = generator_url
        self.resolve_after = resolve_after

    def request(self, alert: Alert) -> tuple[bytes, dict[str, str]]:
        payload = alertmanager_payload(alert, generator_url=self.generator_url, resolve_after=self.resolve_after)
        return orjson.dumps([payload]), {"Content-Type": "application/json"}


class WebhookSink(Sink):
    """Generic JSON webhook: the alert record as the body, signed (``X-Geoevents-Signature``),
    ``Idempotency-Key`` = alert id, and CloudEvents HTTP binary-mode headers (``ce-id`` = alert id,
    ``ce-type`` = ``org.geoevents.alert.v1``)."""

    kind = "webhook"

    def __init__(
        self,
        url: str,
        *,
        secret: str | bytes | None,
        name: str = "webhook",
        ce_source: str = "urn:geoevents:alerting",
        clock: Callable[[], float] = time.time,
        **kwargs: Any,
    ) -> None:
        super().__init__(name, url, **kwargs)
        if secret is not None and not secret:
            raise ValueError("an empty webhook secret signs nothing: pass None to send unsigned")
        self.secret = secret
        self.ce_source = ce_source
        self.clock = clock

    def request(self, alert: Alert) -> tuple[bytes, dict[str, str]]:
        body = webhook_body(alert)
        headers = {
            "Content-Type": "application/json",
            IDEMPOTENCY_HEADER: str(alert["id"]),
            "ce-specversion": "1.0",
            "ce-id": str(alert["id"]),
            "ce-source": self.ce_source,
            "ce-type": ce_type("alert"),
        }
        if alert.get("starts_at"):
            headers["ce-time"] = str(alert["starts_at"])
        if self.secret is not None:
            headers[SIGNATURE_HEADER] = sign(self.secret, body, int(self.clock()))
        return body, headers


class Dispatcher:
    """Fans every alert out to all configured sinks (each with its own queue); empty is fine."""

    def __init__(self, sinks: Sequence[Sink] = ()) -> None:
        names = [s.name for s in sinks]
        if len(set(names)) != len(names):
            raise ValueError(f"sink names must differ: {names}")
        self.sinks = list(sinks)

    def submit(self, alert: Any) -> dict[str, bool]:
        """Queue ``alert`` on every sink; never waits. sink name -> accepted (False: given up at once)."""
        alert = as_dict(alert)
        return {sink.name: sink.submit(alert) for sink in self.sinks}

    def pending(self) -> int:
        return sum(s.pending() for s in self.sinks)

    async def start(self) -> None:
        for sink in self.sinks:
            await sink.start()

    async def join(self, timeout: float | None = None) -> bool:
        results = await asyncio.gather(*(s.join(timeout) for s in self.sinks))
        return all(results)

    async def close(self, timeout: float = 5.0) -> None:
        await asyncio.gather(*(s.close(timeout) for s in self.sinks))
