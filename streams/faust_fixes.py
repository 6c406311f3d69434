"""Fixes to faust-streaming 0.15 / aiokafka 0.14 behaviour, installed once by :func:`install`.

Each patch wraps one method and calls the original; none changes faust's data structures.

**Takeover loss** (found with a probe of fetched / processed / committed offsets per partition;
regression test ``tests/integration/test_crash_safety.py``). After a rebalance faust resumes the
stream partitions, then seeks them to their committed offsets, then resumes its flow control,
which *clears* every agent's buffer: records fetched in between are dropped on the assumption
that the seek rewinds to them. Two things break that assumption:

1. aiokafka's ``seek_to_committed`` does not seek a partition whose committed offset is unset
   (or 0), and faust then resets its read offset for it to "unknown". The dropped records are
   never fetched again, and commits for the partition stop at the hole. It happens whenever a
   partition changes owner before its first commit: a worker killed less than a commit interval
   after taking it. Fix: :func:`_seek_to_committed` seeks such partitions of the source topics
   to the beginning, which is what ``auto_offset_reset="earliest"`` (:func:`streams.app.faust_app`)
   means; records already processed there are re-read and skipped by the dedup table.
2. The fetcher keeps handing records of a batch fetched *before* the seek to the agents while
   the seek is awaited. One delivered after faust reset its read offset to the committed one is
   read as a gap in the log: faust marks the offsets in between as done and commits past them.
   Fix: :func:`_perform_seek` stops the consumer's flow first, so a batch in hand is abandoned;
   faust's callers resume the flow once the seek is done.

Upstream reports of the same family: faust-streaming/faust#216 (skipped offsets when resuming
before the seek), #221 (prefetched records delivered after a rebalance), robinhood/faust#559
(a stale read offset read as a gap).

**Fetch wait**: faust hard-codes ``fetch_max_wait_ms=1500`` for the worker's consumer;
:func:`_create_worker_consumer` applies ``Settings.consumer_fetch_max_wait_ms`` when an app sets
it. Against a broker that answers a fetch only when the wait is over (Tansu, the embedded broker)
that wait is added to the latency of every record: p50 ~450 ms, p99 ~820 ms at 1500 ms
(bench/e2e.py).
"""

from __future__ import annotations

import logging

from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as driver

log = logging.getLogger(__name__)

_INSTALLED = "_geoevents_fix"


def unset_offsets_to_rewind(committed: dict, is_source_topic) -> list:
    """Partitions of source topics whose committed offset is unset or 0: aiokafka leaves them
    where the fetcher happens to be, so they must be sought to the beginning explicitly."""
    return [tp for tp, offset in committed.items() if not offset and is_source_topic(tp.topic)]


async def _seek_to_committed(self, _original=driver.AIOKafkaConsumerThread.seek_to_committed):
    committed = await _original(self)
    if self.app.conf.consumer_auto_offset_reset != "earliest":
        return committed  # "latest" would skip them anyway; only earliest is used here
    rewind = unset_offsets_to_rewind(committed, self.app.topics.acks_enabled_for)
    if rewind:
        log.info("no committed offset for %s: seeking to the beginning", sorted(f"{tp.topic}:{tp.partition}" for tp in rewind))
        await self.call_thread(self._ensure_consumer().seek_to_beginning, *rewind)
    return committed


async def _perform_seek(self, _original=faust_consumer.Consumer.perform_seek):
    # Not resumed here: faust resumes the flow right after a rebalance's seek, and the other
    # caller (a fetch that found the flow stopped) runs with the flow already stopped.
    self.stop_flow()
    await _original(self)


def _create_worker_consumer(self, transport, _original=driver.AIOKafkaConsumerThread._create_worker_consumer):
    consumer = _original(self, transport)
    wait = getattr(self.app, "geoevents_fetch_max_wait_ms", None)
    if wait is not None:
        if hasattr(consumer, "_fetch_max_wait_ms"):  # aiokafka passes it to its Fetcher at start()
            consumer._fetch_max_wait_ms = int(wait)
        else:
            log.warning("cannot set the fetch wait on this aiokafka version")
    return consumer


def install() -> None:
    """Patch faust once per process (idempotent)."""
    for cls, name, fix in (
        (driver.AIOKafkaConsumerThread, "seek_to_committed", _seek_to_committed),
        (faust_consumer.Consumer, "perform_seek", _perform_seek),
        (driver.AIOKafkaConsumerThread, "_create_worker_consumer", _create_worker_consumer),
    ):
        if not getattr(getattr(cls, name), _INSTALLED, False):
            setattr(fix, _INSTALLED, True)
            setattr(cls, name, fix)
