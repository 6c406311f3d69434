"""`geoevents worker` with injected slowness, for crash-safety tests:

- TEST_EXTRACT_DELAY seconds of extra CPU-bound work per article (a slow article; the agents'
  buffers fill up with fetched records);
- TEST_SEEK_DELAY seconds more for the seek to the committed offsets after a rebalance (a slow
  or distant broker);
- TEST_NO_CODECS=1: aiokafka without its snappy/lz4/zstd library (cramjam), so such batches cannot
  be decoded: a poison batch, as a worker installed without the codec met one;
- TEST_WITHOUT_TAKEOVER_FIX=1: faust's own seek_to_committed and perform_seek, without the takeover
  fixes of streams/faust_fixes.py (to show that the takeover tests fail without them).

Together they make the window in which faust drops buffered records after a rebalance (see
streams/faust_fixes.py) wide and full every time."""

import asyncio
import os
import sys
import time

import aiokafka.codec
from faust.transport.drivers import aiokafka as driver

import streams.engine

EXTRACT_DELAY = float(os.environ.get("TEST_EXTRACT_DELAY", "0"))
SEEK_DELAY = float(os.environ.get("TEST_SEEK_DELAY", "0"))
_seek_to_committed = driver.AIOKafkaConsumerThread.seek_to_committed
_extract = streams.engine.extract


async def slow_seek_to_committed(self):
    await asyncio.sleep(SEEK_DELAY)
    return await _seek_to_committed(self)


def slow_extract(article):
    time.sleep(EXTRACT_DELAY)  # blocks the loop like real CPU work would
    return _extract(article)


if os.environ.get("TEST_NO_CODECS") == "1":
    aiokafka.codec.cramjam = None
driver.AIOKafkaConsumerThread.seek_to_committed = slow_seek_to_committed  # before streams.app wraps it
streams.engine.extract = slow_extract  # before streams.app.load_engine imports it

from streams.cli import main  # noqa: E402

if os.environ.get("TEST_WITHOUT_TAKEOVER_FIX") == "1":
    import streams.app  # noqa: E402,F401  (installs streams/faust_fixes.py ...)
    from faust.transport import consumer as faust_consumer

    from streams import faust_fixes

    driver.AIOKafkaConsumerThread.seek_to_committed = slow_seek_to_committed  # ... then undo its rewind
    faust_consumer.Consumer.perform_seek = faust_fixes._perform_seek.__defaults__[0]  # and the flow stop

sys.exit(main(["worker"]))
