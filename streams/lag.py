"""``geoevents_consumer_lag{topic,partition}``: how far an agent is behind, per partition.

Lag = the consumer's last known highwater (from fetch responses, no network) minus the next
offset the agent will process (recorded by the agent after each record). Partitions without
cached values yet get one background query at a time, never on the timer, so a busy worker's
timer never waits on the broker. Revoked partitions are forgotten and their gauges removed.
Used by the real worker (streams/agents.py) and the benchmark's pass-through agent alike.
"""

from __future__ import annotations

import asyncio


class ConsumerLag:
    def __init__(self, app, gauge, topic) -> None:
        self.app = app
        self.gauge = gauge
        self.topic = topic  # the faust topic the agent reads
        self.positions: dict[tuple[str, int], int] = {}  # (topic, partition) -> next offset to process
        self._fallback: dict[tuple[str, int], tuple[int | None, int | None]] = {}
        self._labels: set[tuple[str, str]] = set()
        self._query: asyncio.Task | None = None

    def install(self, interval: float) -> "ConsumerLag":
        self.app.on_partitions_revoked.connect(self._forget)
        self.app.timer(interval=interval)(self.update)
        return self

    def processed(self, message) -> None:
        """Call after each record the agent has fully handled."""
        self.positions[(message.topic, message.partition)] = message.offset + 1

    async def _forget(self, sender=None, revoked=(), **kwargs) -> None:
        """A revoked partition's next offset is someone else's business: forget it, so a
        re-assignment does not report a stale lag."""
        for tp in revoked:
            self.positions.pop((tp.topic, tp.partition), None)
            self._fallback.pop((tp.topic, tp.partition), None)

    async def _query_broker(self, tps) -> None:
        """Broker round trips (end offsets, positions) for partitions without cached values yet."""
        consumer = self.app.consumer
        try:
            ends = await consumer.highwaters(*tps)
            for tp in tps:
                self._fallback[(tp.topic, tp.partition)] = (ends.get(tp), await consumer.position(tp))
        except asyncio.CancelledError:
            raise
        except Exception:  # rebalancing, broker away: try next time
            pass

    def _cached_highwater(self, tp) -> int | None:
        try:
            return self.app.consumer.highwater(tp)  # from the last fetch response: no network
        except Exception:
            return None

    async def update(self) -> None:
        """Set the gauge for the partitions assigned now; remove revoked ones. Never waits on the broker."""
        try:
            assignment = self.app.consumer.assignment()
        except Exception:  # not started yet
            return
        name = self.topic.get_topic_name()
        mine = [tp for tp in assignment if tp.topic == name]
        keys = {(tp.topic, tp.partition) for tp in mine}
        for table in (self.positions, self._fallback):
            for key in [k for k in table if k not in keys]:
                table.pop(key, None)
        current: set[tuple[str, str]] = set()
        missing = []
        for tp in mine:
            key = (tp.topic, tp.partition)
            end, position = self._cached_highwater(tp), self.positions.get(key)
            if end is None or position is None:
                missing.append(tp)
                fb_end, fb_position = self._fallback.get(key, (None, None))
                end = end if end is not None else fb_end
                position = position if position is not None else fb_position
            if end is None or position is None:
                continue
            labels = (tp.topic, str(tp.partition))
            current.add(labels)
            self.gauge.labels(*labels).set(max(0, end - position))
        if missing and (self._query is None or self._query.done()):
            self._query = asyncio.ensure_future(self._query_broker(missing))
        for labels in self._labels - current:
            try:
                self.gauge.remove(*labels)
            except KeyError:
                pass
        self._labels = current
