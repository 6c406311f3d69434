"""``geoevents_consumer_lag{topic,partition}``: how far an agent is behind, per partition.

Lag = the consumer's last known highwater (from fetch responses, no network) minus the next
offset the agent will process (recorded by the agent after each record); before the agent has
processed a record of a partition, faust's last committed offset stands in (offset 0 when the
group never committed there: it starts at the log start). Nothing here asks
the broker or the client for a *position*: the gauge costs no round trip, and it never touches
the consumer's fetch position while faust seeks after a rebalance (see streams/faust_fixes.py
for how that seek lost records). Revoked partitions are forgotten and their gauges removed.
Used by the real worker (streams/agents.py) and the benchmark's pass-through agent alike.
"""

from __future__ import annotations


class ConsumerLag:
    def __init__(self, app, gauge, topic) -> None:
        self.app = app
        self.gauge = gauge
        self.topic = topic  # the faust topic the agent reads
        self.positions: dict[tuple[str, int], int] = {}  # (topic, partition) -> next offset to process
        self._labels: set[tuple[str, str]] = set()

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

    def _committed(self, tp) -> int | None:
        try:
            return self.app.consumer._committed_offset.get(tp)  # faust's own bookkeeping: no network
        except Exception:
            return None

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
        for key in [k for k in self.positions if k not in keys]:
            self.positions.pop(key, None)
        current: set[tuple[str, str]] = set()
        for tp in mine:
            end = self._cached_highwater(tp)
            position = self.positions.get((tp.topic, tp.partition))
            if position is None:
                position = self._committed(tp)
            if position is None and end is not None:
                position = 0  # never committed: the group starts at the log start (auto_offset_reset=earliest)
            if end is None or position is None:
                continue
            labels = (tp.topic, str(tp.partition))
            current.add(labels)
            self.gauge.labels(*labels).set(max(0, end - position))
        for labels in self._labels - current:
            try:
                self.gauge.remove(*labels)
            except KeyError:
                pass
        self._labels = current
