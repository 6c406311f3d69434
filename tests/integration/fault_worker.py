"""`geoevents worker` with injected slowness, for crash-safety tests:

- TEST_EXTRACT_DELAY seconds of extra CPU-bound work per article (a slow article; the agents'
  buffers fill up with fetched records);
- TEST_SEEK_DELAY seconds more for the seek to the committed offsets after a rebalance (a slow
  or distant broker);
- TEST_NO_CODECS=1: aiokafka without its snappy/lz4/zstd library (cramjam), so such batches cannot
  be decoded: a poison batch, as a worker installed without the codec met one;
- TEST_HOLD_TAKEOVER_SEEK=S: the losing takeover schedule on purpose (see :func:`held_seek`);
- TEST_WITHOUT_TAKEOVER_FIX=1: faust's own seek_to_committed and perform_seek, without the takeover
  fixes of streams/faust_fixes.py (to show that the takeover tests fail without them).

The first two make the window in which faust drops buffered records after a rebalance (see
streams/faust_fixes.py) wide; the hold makes sure it is full when faust clears the buffers."""

import asyncio
import os
import sys
import time

import aiokafka.codec
from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as driver
from mode.utils.queues import FlowControlEvent

import streams.engine

EXTRACT_DELAY = float(os.environ.get("TEST_EXTRACT_DELAY", "0"))
SEEK_DELAY = float(os.environ.get("TEST_SEEK_DELAY", "0"))
HOLD_SEEK = float(os.environ.get("TEST_HOLD_TAKEOVER_SEEK", "0"))
_seek_to_committed = driver.AIOKafkaConsumerThread.seek_to_committed
_extract = streams.engine.extract


async def slow_seek_to_committed(self):
    await asyncio.sleep(SEEK_DELAY)
    return await _seek_to_committed(self)


_extracted = 0  # articles this worker has processed


def slow_extract(article):
    global _extracted
    _extracted += 1
    time.sleep(EXTRACT_DELAY)  # blocks the loop like real CPU work would
    return _extract(article)


def _source_queues(app, partitions) -> list:
    """The agents' buffers of these partitions' topics (faust clears them when it resumes its
    flow). Not the tables' changelog buffers: pausing those would stall the fetcher."""
    channels = {chan for topic in {tp.topic for tp in partitions} for chan in app.topics._topic_name_index[topic]}
    return list({id(chan.queue): chan.queue for chan in channels}.values())


def _buffered(app, partitions) -> dict[str, int]:
    """Records of these partitions in the agents' buffers."""
    counts: dict[str, int] = {}
    for queue in _source_queues(app, partitions):
        for item in list(queue._queue):
            tp = getattr(getattr(item, "message", item), "tp", None)
            if tp in partitions:
                key = f"{tp.topic}:{tp.partition}"
                counts[key] = counts.get(key, 0) + 1
    return counts


def _gate_queues(queues, gate: asyncio.Event) -> None:
    """The agents take nothing from these buffers until ``gate`` is set."""
    for queue in queues:
        original = queue.get

        async def gated_get(queue=queue, original=original):
            await gate.wait()
            queue.__dict__.pop("get", None)  # back to the class's method
            return await original()

        queue.get = gated_get


_owned: set = set()  # the source partitions this worker owned after its last seek
_open_gates: list[asyncio.Event] = []  # gates to open once faust has cleared the buffers


def held_seek(perform_seek):
    """The survivor's side of the takeover loss, every time: when a rebalance hands this worker
    partitions it did not own, pause its agent, let the fetcher buffer records of those partitions
    (the flow is already running: faust's table recovery resumed it) and only then seek; the
    agent resumes after faust has resumed the flow, i.e. after it cleared the buffers. The records
    in the buffer at the clear are exactly those the seek must rewind to; without the fixes of
    streams/faust_fixes.py it does not (no committed offset yet), so they are lost."""

    async def seek(self):
        app = self.app
        source = {tp for tp in self.assignment() if app.topics.acks_enabled_for(tp.topic)}
        new = source - _owned
        if not self.flow_active:
            # the seek of a fetch that found the flow stopped (faust's getmany), not the rebalance's
            # seek after recovery: pass it through and leave the partitions new for that one
            return await perform_seek(self)
        if _owned and new and _extracted:  # a takeover while records flow (not the start-up rebalances)
            gate = asyncio.Event()
            _gate_queues(_source_queues(app, new), gate)
            _open_gates.append(gate)
            generation, started = app.consumer_generation_id, time.monotonic()

            def interrupted() -> bool:  # another rebalance stopped the flow: hold at its seek instead
                return app.consumer_generation_id != generation or not self.flow_active

            stopped = False  # decided once: the flow may stop and resume again while we sleep
            while not _buffered(app, new) and time.monotonic() - started < HOLD_SEEK:
                if stopped := interrupted():
                    break
                await asyncio.sleep(0.02)
            if not stopped:
                await asyncio.sleep(0.2)  # a few more fetches' worth
                stopped = interrupted()
            counts = _buffered(app, new)
            if stopped:
                print(f"fault: hold abandoned after {time.monotonic() - started:.2f}s: another rebalance", flush=True)
                return await perform_seek(self)  # the partitions stay "new" for the next seek
            if counts:
                print(f"fault: seek held {time.monotonic() - started:.2f}s with the agent paused; buffered records "
                      f"of newly assigned partitions: {dict(sorted(counts.items()))}", flush=True)
            else:
                print(f"fault: hold timed out after {time.monotonic() - started:.1f}s; nothing of {sorted(map(str, new))} buffered "
                      f"(generation {generation}, flow active {self.flow_active}, {app.flow_control.is_active()})", flush=True)
        _owned.clear()
        _owned.update(source)
        return await perform_seek(self)

    return seek


def resume_then_open_gates(self, _original=FlowControlEvent.resume):
    _original(self)  # clears the buffers
    while _open_gates:
        _open_gates.pop().set()


if os.environ.get("TEST_NO_CODECS") == "1":
    aiokafka.codec.cramjam = None
driver.AIOKafkaConsumerThread.seek_to_committed = slow_seek_to_committed  # before streams.app wraps it
streams.engine.extract = slow_extract  # before streams.app.load_engine imports it

from streams.cli import main  # noqa: E402

if os.environ.get("TEST_WITHOUT_TAKEOVER_FIX") == "1":
    import streams.app  # noqa: E402,F401  (installs streams/faust_fixes.py ...)
    from streams import faust_fixes

    driver.AIOKafkaConsumerThread.seek_to_committed = slow_seek_to_committed  # ... then undo its rewind
    faust_consumer.Consumer.perform_seek = faust_fixes._perform_seek.__defaults__[0]  # and the flow stop

if HOLD_SEEK:
    import streams.app  # noqa: E402,F401  (the hold goes outside faust's seek and the fixes)

    faust_consumer.Consumer.perform_seek = held_seek(faust_consumer.Consumer.perform_seek)
    FlowControlEvent.resume = resume_then_open_gates

sys.exit(main(["worker"]))
