"""The situations stage publishes with the extraction agent's policy: retried while retrying can
help, the worker stopped (not an endless loop) when it cannot."""

import asyncio
from collections import Counter
from types import SimpleNamespace

import pytest

from streams.agents import FATAL_EXIT_CODE
from streams.situations.agents import publisher


class TopicAuthorizationFailedError(Exception):  # matched by class name, like aiokafka's
    pass


class KafkaConnectionError(Exception):
    pass


class FakeFailures:
    def __init__(self):
        self.counts = Counter()

    def labels(self, reason):
        return SimpleNamespace(inc=lambda: self.counts.update([reason]))


def _runtime():
    stopped = []
    runtime = SimpleNamespace(metrics=SimpleNamespace(publish_failures=FakeFailures()),
                              settings=SimpleNamespace(publish_unknown_topic_retries=2),
                              extra={"stop_worker": lambda: stopped.append(True)})
    return runtime, stopped


def test_a_failure_retrying_cannot_fix_stops_the_worker_at_once():
    runtime, stopped = _runtime()
    calls = []

    async def send():
        calls.append(1)
        raise TopicAuthorizationFailedError("denied")

    with pytest.raises(TopicAuthorizationFailedError):
        asyncio.run(publisher(runtime)([send]))
    assert len(calls) == 1 and stopped == [True]
    assert runtime.extra["exit_code"] == FATAL_EXIT_CODE
    assert runtime.metrics.publish_failures.counts == {"authorization": 1}


def test_a_broker_away_is_retried_until_the_ack(monkeypatch):
    runtime, stopped = _runtime()
    attempts = []

    async def no_wait(_delay):
        return None

    monkeypatch.setattr(asyncio, "sleep", no_wait)

    async def send():
        attempts.append(1)
        if len(attempts) < 3:
            raise KafkaConnectionError("away")
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    asyncio.run(publisher(runtime)([send]))
    assert len(attempts) == 3 and stopped == []
    assert runtime.metrics.publish_failures.counts == {"unavailable": 2}
