"""streams/faust_fixes.py: the two patches that stop faust from dropping records after a
rebalance. The end-to-end proof is tests/integration/test_crash_safety.py; these pin the logic."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from aiokafka import TopicPartition
from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as driver

from streams import faust_fixes
from streams.app import faust_app
from streams.settings import Settings

SOURCE, CHANGELOG = "articles", "app-processed-articles-changelog"


def tp(topic: str, partition: int):
    return TopicPartition(topic, partition)


class FakeThread:
    """Stands in for faust's AIOKafkaConsumerThread: records what would be sent to aiokafka."""

    def __init__(self, committed: dict, reset: str = "earliest"):
        self.committed = committed
        self.calls: list[tuple[str, tuple]] = []
        self.app = SimpleNamespace(
            conf=SimpleNamespace(consumer_auto_offset_reset=reset),
            topics=SimpleNamespace(acks_enabled_for=lambda topic: topic == SOURCE),
        )

    def _ensure_consumer(self):
        return SimpleNamespace(seek_to_beginning=self.seek_to_beginning)

    async def seek_to_beginning(self, *tps):
        self.calls.append(("seek_to_beginning", tps))

    async def call_thread(self, fun, *args):
        return await fun(*args)


def run_seek(thread: FakeThread) -> dict:
    async def original(self):
        return self.committed

    return asyncio.run(faust_fixes._seek_to_committed(thread, _original=original))


def test_uncommitted_source_partitions_are_sought_to_the_beginning():
    unset, zero, done, changelog = tp(SOURCE, 0), tp(SOURCE, 1), tp(SOURCE, 2), tp(CHANGELOG, 0)
    thread = FakeThread({unset: None, zero: 0, done: 57, changelog: None})
    assert run_seek(thread) == thread.committed  # faust still gets what aiokafka returned
    assert thread.calls == [("seek_to_beginning", (unset, zero))]  # not the committed one, not the changelog


def test_nothing_to_rewind_means_no_extra_call():
    thread = FakeThread({tp(SOURCE, 0): 12, tp(CHANGELOG, 0): None})
    run_seek(thread)
    assert thread.calls == []


def test_latest_reset_is_left_alone():
    thread = FakeThread({tp(SOURCE, 0): None}, reset="latest")
    run_seek(thread)
    assert thread.calls == []


def test_perform_seek_stops_the_flow_before_seeking(tmp_path):
    """A batch fetched before the seek must not reach the agents after faust reset its read
    offsets: the flow is stopped when the seek starts (faust resumes it after a rebalance)."""
    settings = Settings(_env_file=None, app_id="fix-test", data_dir=str(tmp_path), broker_url="kafka://127.0.0.1:1")

    async def scenario():
        consumer = faust_app(settings).consumer
        consumer.resume_flow()
        flow_during_seek = []

        async def seek_to_committed():
            flow_during_seek.append(consumer.flow_active)
            return {}

        consumer.seek_to_committed = seek_to_committed
        await consumer.perform_seek()
        return flow_during_seek, consumer.flow_active

    assert asyncio.run(scenario()) == ([False], False)


def test_install_is_idempotent_and_in_place():
    faust_fixes.install()
    faust_fixes.install()
    assert driver.AIOKafkaConsumerThread.seek_to_committed is faust_fixes._seek_to_committed
    assert faust_consumer.Consumer.perform_seek is faust_fixes._perform_seek
    assert driver.AIOKafkaConsumerThread._create_worker_consumer is faust_fixes._create_worker_consumer
