"""The worker's fetch wait: faust hard-codes 1500 ms; Settings.consumer_fetch_max_wait_ms replaces it
(the embedded Tansu broker answers a fetch only when the wait is over, see BENCHMARKS.md)."""

from __future__ import annotations

import asyncio

import pytest

from streams.app import faust_app
from streams.settings import Settings


def _worker_consumer(settings: Settings):
    async def build():
        app = faust_app(settings)
        thread = app.consumer._thread
        return thread._create_worker_consumer(app.transport)

    return asyncio.run(build())


def test_embedded_broker_settings_shorten_the_fetch_wait():
    assert Settings(_env_file=None).consumer_fetch_max_wait_ms is None
    assert Settings(_env_file=None).for_embedded_broker("kafka://127.0.0.1:1").consumer_fetch_max_wait_ms == 50


@pytest.mark.parametrize("wait, expected", [(None, 1500), (50, 50)])
def test_worker_consumer_uses_the_configured_fetch_wait(tmp_path, wait, expected):
    settings = Settings(_env_file=None, app_id="fetch-wait-test", data_dir=str(tmp_path),
                        broker_url="kafka://127.0.0.1:1", consumer_fetch_max_wait_ms=wait)
    assert _worker_consumer(settings)._fetch_max_wait_ms == expected
