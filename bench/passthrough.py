"""Pass-through worker: the baseline of bench/e2e.py.

The same kind of process as ``geoevents worker`` -- same settings (GEOEVENTS_* environment),
same Faust app (:func:`streams.app.faust_app`: broker, consumer and producer config, acks=-1,
commit interval), same raw-bytes topics, same Prometheus registry and /metrics server, same
consumer-lag timer -- but the agent body copies each article record unchanged (key, value,
headers) to the statements topic and waits for the broker's ack before the next record, as the
real agent does. What the real worker does on top of this is the cost of the service.

    GEOEVENTS_BROKER_URL=kafka://127.0.0.1:9092 .venv/bin/python bench/passthrough.py
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    import faust
    from faust.sensors.prometheus import setup_prometheus_sensors

    import streams
    from streams.agents import _headers
    from streams.lag import ConsumerLag
    from streams.app import faust_app
    from streams.metrics import Metrics, serve
    from streams.settings import get_settings
    from streams.topics import declare_topics, ensure_topics

    settings = get_settings()
    logging.basicConfig(level=getattr(logging, settings.log_level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ensure_topics(settings)
    scratch = tempfile.mkdtemp(prefix=f"geoevents-{settings.app_id}-")
    settings = settings.model_copy(update={"data_dir": settings.data_dir or scratch})
    try:
        app = faust_app(settings)
        metrics = Metrics()
        setup_prometheus_sensors(app, registry=metrics.registry)
        metrics.set_build_info(streams.__version__, "passthrough")
        topics = declare_topics(app, settings)
        lag = ConsumerLag(app, metrics.consumer_lag, topics.articles).install(settings.lag_interval)

        @app.agent(topics.articles, name="geoevents.passthrough")
        async def passthrough(stream):
            async for event in stream.events():
                future = await topics.statements.send(key=event.key, value=event.value,
                                                      headers=_headers(event.message))
                await future
                metrics.articles_consumed.labels(language="passthrough").inc()
                lag.processed(event.message)
                yield None

        if settings.metrics_enabled:
            serve(metrics.registry, settings.metrics_host, settings.metrics_port, settings.metrics_port_tries)
        worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
        worker.spinner = None  # as streams.cli.cmd_worker
        worker.execute_from_commandline()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
