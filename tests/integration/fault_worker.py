"""`geoevents worker` with injected slowness, for crash-safety tests:

- TEST_EXTRACT_DELAY seconds of extra CPU-bound work per article (a slow article; the agents'
  buffers fill up with fetched records);
- TEST_SEEK_DELAY seconds more for the seek to the committed offsets after a rebalance (a slow
  or distant broker).

Together they make the window in which faust drops buffered records after a rebalance (see
streams/faust_fixes.py) wide and full every time."""

import asyncio
import os
import sys
import time

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


driver.AIOKafkaConsumerThread.seek_to_committed = slow_seek_to_committed  # before streams.app wraps it
streams.engine.extract = slow_extract  # before streams.app.load_engine imports it

from streams.cli import main  # noqa: E402

sys.exit(main(["worker"]))
