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

**Poison batches**: aiokafka raises while it unpacks a fetched batch it cannot decompress (a
codec library missing, corrupt compressed data); faust's consumer then dies on the same batch
after every restart and the partition never moves again. :func:`_guarded_records` wraps each
fetched batch of the topics in :data:`guarded_topics`: a batch that fails to decode becomes one
record at the batch's last offset whose value is the raw batch, and :func:`take_batch_error`
tells the agent why, so it dead-letters it (``undecodable_batch``) and the partition moves on.
Other topics keep aiokafka's behaviour.

**Unpublished records are never committed**: faust acks an agent's current event when its
stream iterator is closed (also when the agent is cancelled by a shutdown) and may then commit
past it. :func:`_commit_offsets` caps every commit at the offset of a record whose outputs are
still being published (:data:`in_flight`, kept by the agent), so that record is read again.
"""

from __future__ import annotations

import logging
import struct
import threading
from collections import namedtuple

from aiokafka.consumer import fetcher as aiokafka_fetcher
from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as driver

log = logging.getLogger(__name__)

_INSTALLED = "_geoevents_fix"

guarded_topics: set[str] = set()  # topics whose undecodable batches become dead letters
in_flight: dict[tuple[str, int], int] = {}  # (topic, partition) -> offset of a record being published
_batch_errors: dict[tuple[str, int, int], str] = {}  # (topic, partition, offset) -> why the batch failed
_lock = threading.Lock()  # the fetcher runs in faust's consumer thread, the agent in the main loop

_PoisonRecord = namedtuple("_PoisonRecord", "offset timestamp timestamp_type key value headers checksum")


def take_batch_error(topic: str, partition: int, offset: int) -> str | None:
    """Why the record at this offset stands for an undecodable batch (None: an ordinary record)."""
    with _lock:
        return _batch_errors.pop((topic, partition, offset), None)


class _GuardedBatch:
    """A fetched batch decoded in one go on first iteration; a failure yields one poison record."""

    def __init__(self, batch, raw: bytes, tp) -> None:
        self._batch, self._raw, self._tp = batch, raw, tp

    def __getattr__(self, name):
        return getattr(self._batch, name)

    def __next__(self):
        return next(self._batch)

    def __iter__(self):
        try:
            return iter(list(self._batch))
        except Exception as exc:
            return iter([self._poison(exc)])

    def _poison(self, exc: Exception):
        batch = self._batch
        next_offset = getattr(batch, "next_offset", None)
        last = next_offset - 1 if next_offset is not None else batch.offset
        first = getattr(batch, "base_offset", last)
        detail = (f"compressed batch (codec {getattr(batch, 'compression_type', '?')}, offsets {first}..{last}, "
                  f"{len(self._raw)} bytes) could not be decoded: {exc!r}")
        log.error("%s:%d: %s; dead-lettering it and moving on", self._tp.topic, self._tp.partition, detail)
        with _lock:
            _batch_errors[(self._tp.topic, self._tp.partition, last)] = detail
        timestamp = getattr(batch, "max_timestamp", None) or getattr(batch, "timestamp", None) or 0
        return _PoisonRecord(last, timestamp, getattr(batch, "timestamp_type", 0) or 0, None, bytes(self._raw), [], None)


class _GuardedRecords:
    """aiokafka's MemoryRecords whose batches are :class:`_GuardedBatch` (their raw bytes are
    sliced the way MemoryRecords walks the buffer: offset, length, then ``length`` bytes)."""

    def __init__(self, inner, data: bytes, tp) -> None:
        self._inner, self._data, self._tp, self._pos = inner, data, tp, 0

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def has_next(self) -> bool:
        return self._inner.has_next()

    def next_batch(self, *args):
        start = self._pos
        batch = self._inner.next_batch(*args)
        if batch is None:
            return None
        length = struct.unpack_from(">i", self._data, start + 8)[0]
        self._pos = start + 12 + length
        return _GuardedBatch(batch, self._data[start:self._pos], self._tp)


def _guarded_records(self, tp, records, *args, _original=aiokafka_fetcher.PartitionRecords.__init__, **kwargs):
    if tp.topic in guarded_topics and not isinstance(records, _GuardedRecords):
        data = getattr(records, "_geoevents_data", None)
        if data is not None:
            records = _GuardedRecords(records, data, tp)
    _original(self, tp, records, *args, **kwargs)


def _memory_records(data, _original=aiokafka_fetcher.MemoryRecords):
    """aiokafka's MemoryRecords, with the raw bytes kept for :class:`_GuardedRecords`."""
    return _WithData(_original(data), data)


class _WithData:
    def __init__(self, inner, data) -> None:
        self._inner, self._geoevents_data = inner, data

    def __getattr__(self, name):
        return getattr(self._inner, name)


async def _commit_offsets(self, offsets, *args, _original=faust_consumer.Consumer._commit_offsets, **kwargs):
    with _lock:
        capped = {tp: min(offset, in_flight.get((tp.topic, tp.partition), offset)) for tp, offset in offsets.items()}
    if capped != dict(offsets):
        log.debug("commit capped at records still being published: %s",
                 {f"{tp.topic}:{tp.partition}": o for tp, o in capped.items() if o != offsets[tp]})
    return await _original(self, capped, *args, **kwargs)


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
        (aiokafka_fetcher.PartitionRecords, "__init__", _guarded_records),
        (aiokafka_fetcher, "MemoryRecords", _memory_records),
        (faust_consumer.Consumer, "_commit_offsets", _commit_offsets),
    ):
        if not getattr(getattr(cls, name), _INSTALLED, False):
            setattr(fix, _INSTALLED, True)
            setattr(cls, name, fix)
