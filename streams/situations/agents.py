"""The situations stage in the worker: thin Faust agents over the pure core (streams/situations/core.py).

::

    articles ─► [extraction agent] ─┬─► events.*            situations.mentions                 ┌─► situations (compacted, key = id)
                                    └─► mentions ─────────► (key = act: type + unordered ─► [situate] ─► signals (debounced, key = dyad)
    events.* ─► [rekey] (situations_input=events) ─────────► dyad, e.g. warning:JPN|RUS)        └─► alerts ─► [deliver] ─► sinks
                                                                                                             └─► alerts.dead-letter

Where the mentions come from (``situations_input``): ``articles`` (default), the extraction agent
builds each event's mention (:func:`mentions_of`) and publishes it in the same acked batch as the
event, before the article's offset is committed; ``events``, the rekey agent reads the events topics
back and publishes the same mentions (mentions rebuilt from events extracted without them). The
records are identical either way; reading the events back costs one more consume and one more acked
produce round trip per event: the stage's worker CPU per article on the geopolitical mix was
+4.3-8.1 ms that way, +1.8-3.8 ms with the mentions published here (BENCHMARKS.md section 6).

Where the stage runs (``worker_role``): ``all`` runs it in the extraction worker; a split deployment
runs ``extraction`` workers (they publish the mentions, no tables) and ``situations`` workers (their
own consumer group: the tables and agents below), so that a long article's extraction, which holds
the event loop, does not delay the situations of other articles.

Why the intermediate topic: the events topics are keyed by the directed dyad, so the events of one
act (RUS->JPN, RUS->? in Tokyo, an alliance reported as A->B and B->A) can sit in different
partitions. Re-keying by act key puts every event that may belong to one act into one partition of
``situations.mentions``, and the tables below are co-partitioned with it (a faust table's changelog
partition is that of the record being processed). That topic is also the stage's input log: its
order per partition is what coreference depends on, so a fresh consumer group reading it from the
beginning rebuilds identical situation ids, versions and counts.

Tables (changelog-backed, in-memory store, rebuilt from their changelogs at start):

- ``situation-acts``: act key -> open situations of the act + the act's event-time watermark
- ``situation-mentions``: event id -> situation id, event time. At-least-once delivery repeats records (a
  crash before the commit, a re-sent article after the dedup horizon, the rekey agent re-run): an
  event id already counted is skipped, so counts and versions do not move.
- ``dyad-signals``: '<type>:<SRC->TGT>' -> hourly buckets (streams/situations/signals.py)
- ``alert-levels``: '<rule>|<subject id>' -> the last fired escalation level, event time

Every value also names its changelog partition, so a timer (``situation_sweep_interval``) can
delete expired entries with tombstones: memory is bounded by event time (streams/situations/expiry.py).

Order per mention: compute (pure) -> publish situation + alerts, wait for the broker's acks ->
write the tables -> the offset is committed. A crash before the table writes re-processes the
mention and re-publishes the same records (same ids and versions: consumers dedupe); after them,
the mention is a duplicate and nothing is re-published. So an alert fires once per rule, subject
and level across a SIGKILL (its id is deterministic, so even a repeat is recognisable).

Signals are published by a timer (``signal_debounce`` s): the latest record of each (dyad, hour)
window changed since the last tick, so a burst of 40 reports is one record, not 40. A window
changed just before a crash may miss its record until its next change (the state itself is in the
table): signals are a view, situations and alerts are the contract.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

import orjson

from streams import envelope
from streams.agents import publish_until_acked, stop_on_fatal_publish
from streams.situations import coref, core, expiry
from streams.records import MENTIONS, OutRecord
from streams.situations.mentions import Mention, act_key, from_event, from_records, partition_key
from streams.situations.metrics import TOP, Leaders, SituationMetrics

if TYPE_CHECKING:
    from streams.app import Runtime

log = logging.getLogger(__name__)

TABLES = ("situation-acts", "situation-mentions", "dyad-signals", "alert-levels")


def _loads(value):
    return None if value is None else orjson.loads(value)


def _dumps(value) -> str:
    return orjson.dumps(value).decode()


def _headers(message) -> dict[str, str]:
    return envelope.headers_dict(getattr(message, "headers", None))


def cloudevent(kind: str, ce_id: str, key: str, subject: str, moment, extractor_version: str, settings):
    return envelope.cloudevent_headers(
        ce_id=ce_id, kind=kind, time=moment, subject=subject, extractor_version=extractor_version,
        partition_key=key, source=settings.ce_source, schema_base_uri=settings.schema_base_uri,
    )


def publisher(runtime: "Runtime"):
    """The stage's publish: the extraction agent's retry policy (:func:`streams.agents.publish_until_acked`),
    so nothing is written to the tables, nor committed, unpublished; a failure retrying cannot fix
    (authorisation, an unknown topic, a record too large) stops the worker instead of looping."""
    async def publish(sends) -> None:
        try:
            await publish_until_acked(sends, runtime.metrics.publish_failures,
                                      runtime.settings.publish_unknown_topic_retries, "situations: publish")
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            stop_on_fatal_publish(runtime, "situations: publish", exc)
            raise

    return publish


def register(runtime: "Runtime") -> None:
    app, settings = runtime.app, runtime.settings
    metrics = SituationMetrics(runtime.metrics.registry)
    publish = publisher(runtime)
    config = core.StageConfig.from_settings(settings)
    version = runtime.extractor_version
    names = settings.situation_topics()

    def topic(*names: str, **extra):
        return app.topic(*names, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                         partitions=settings.partitions, replicas=settings.replication_factor, **extra)

    events_in = topic(*settings.event_topics().values())
    mentions_topic = topic(names["mentions"])
    situations_topic = topic(names["situations"], compacting=True)
    signals_topic = topic(names["signals"])
    alerts_topic = topic(names["alerts"])

    # --- rekey: events.* -> situations.mentions (key = act) --------------------------------------
    async def rekey(stream):
        async for event in stream.events():
            message = event.message
            try:
                body = orjson.loads(event.value)
                mention = from_event(body, _headers(message), message.timestamp)
            except Exception as exc:  # not ours to dead-letter: the events topics are our own output
                log.warning("situations: unreadable event at %s:%s@%s: %r", message.topic, message.partition,
                            message.offset, exc)
                yield None
                continue
            record = mention_record(mention, message.timestamp)
            if record is not None:
                await publish([lambda: mentions_topic.send(key=record.key, value=record.value)])
            yield None

    def mention_record(mention: Mention, record_time: float | None) -> OutRecord | None:
        """The mentions-topic record of one event (key = the act key's partition key, so that a
        group's act and its members' meet: mentions.partition_key), or None for an event without
        any actor code (counted). ``_ts``: the event record's time, for the latency histogram only."""
        key = act_key(mention)
        if key is None:
            metrics.without_actors.labels(type=mention.type).inc()
            return None
        return OutRecord(MENTIONS, partition_key(key).encode(),
                         orjson.dumps({**mention.to_json(), "_ts": record_time}), [])

    def mentions_of(outcome) -> list[OutRecord]:
        """The mention records of an article's events (``situations_input = "articles"``): what the rekey
        agent would publish after reading the events back, ``_ts`` = now (seconds, ms precision),
        standing in for the events' record time."""
        now = round(time.time(), 3)
        return [r for m in from_records(outcome.records, now) if (r := mention_record(m, now)) is not None]

    if settings.situations_input == "articles" and settings.worker_role != "situations":
        # the extraction agent publishes the mentions with the events (streams/agents.py)
        runtime.topics.mentions = mentions_topic
        runtime.extra["mentions_of"] = mentions_of
    if settings.worker_role == "extraction":  # the stage runs in workers of the situations role
        return

    rules = load_rules(settings)

    def table(name: str, help_: str):
        return app.Table(name, default=None, key_type=str, value_type=str, partitions=settings.partitions, help=help_)

    acts = table("situation-acts", "act key -> open situations and watermark (JSON)")
    counted = table("situation-mentions", "event id -> situation id (each event counted once)")
    dyads = table("dyad-signals", "type:dyad -> hourly buckets (JSON)")
    levels = table("alert-levels", "rule|subject -> last fired level")
    leaders = Leaders(config.horizon)  # for the top-k gauges
    pending: dict[tuple[str, str], object] = {}  # (signal key, window id) -> its latest record, for the timer

    def fired_level(level_key: str) -> int | None:
        value = levels.get(level_key)
        return None if value is None else int(expiry.decode_pair(value)[0])

    # --- situate: mentions -> situations, signals, alerts -----------------------------------------
    async def situate(stream):
        async for event in stream.events():
            await handle_mention(event)
            yield None

    async def handle_mention(event) -> None:
        doc = orjson.loads(event.value)
        event_ts = doc.pop("_ts", None)
        m = Mention.from_json(doc)
        # the table key is the act key (the message key is its partition key: the related keys'
        # entries live in this partition too)
        key = act_key(m) or (event.key.decode() if isinstance(event.key, bytes) else str(event.key))
        if counted.get(m.event_id) is not None:
            metrics.duplicates.inc()
            return
        related, ikey, index = core.related_entries(m, lambda k: _loads(acts.get(k)))
        result = core.step(m, key, _loads(acts.get(key)), _loads(dyads.get(core.signal_key(m))), config, rules,
                           fired_level=fired_level, related=related)
        s = result.situation
        sends = [lambda: situations_topic.send(
            key=s.id.encode(), value=orjson.dumps(s.model_dump(mode="json")),
            headers=cloudevent("situation", f"{s.id}:{s.version}", s.id, s.id, s.last_seen, version, settings),
        )]
        for fired in result.alerts:
            a = fired.alert
            sends.append(lambda a=a: alerts_topic.send(
                key=a.subject_id.encode(), value=orjson.dumps(a.model_dump(mode="json")),
                headers=cloudevent("alert", a.id, a.subject_id, a.subject_id, a.starts_at, version, settings),
            ))
        await publish(sends)
        partition = event.message.partition  # = the changelog partition of every write below
        acts[key] = _dumps({**result.entry, "p": partition})
        for other, entry in result.related.items():  # a related key's situation joined (core.related_entries)
            acts[other] = _dumps({**entry, "p": partition})
        if ikey:
            acts[ikey] = _dumps(coref.indexed(index, key, m.time, config.horizon, partition))
        counted[m.event_id] = expiry.encode_pair(s.id, m.time, partition)
        if not m.background:  # background mentions leave the dyad's windows as they were
            dyads[result.signal_key] = _dumps({**result.signal_state, "p": partition})
        for fired in result.alerts:
            levels[fired.level_key] = expiry.encode_pair(fired.alert.level, m.time, partition)
            metrics.alerts_fired.labels(rule=fired.alert.rule_id, severity=fired.alert.severity).inc()
        if result.signal is not None:
            pending[(result.signal_key, result.signal.id)] = result.signal
        (metrics.opened if result.opened else metrics.updated).labels(type=m.type).inc()
        if result.late:
            metrics.late.labels(stage="situations").inc()
        if result.signal is None and not m.background:
            metrics.late.labels(stage="signals").inc()
        elif result.signal_late:
            metrics.late.labels(stage="signals_reopened").inc()
        for closed in result.closed:
            metrics.mentions.observe(closed["mentions"])
        leaders.saw(s, result.signal)
        if event_ts:
            metrics.latency.observe(max(0.0, time.time() - event_ts))

    @app.timer(interval=settings.signal_debounce)
    async def publish_signals() -> None:
        if not pending:
            return
        batch = list(pending.values())
        pending.clear()
        sends = []
        for rec in batch:
            sends.append(lambda rec=rec: signals_topic.send(
                key=rec.dyad.encode(), value=orjson.dumps(rec.model_dump(mode="json")),
                headers=cloudevent("signal", f"{rec.id}:{rec.version}", rec.dyad, rec.id, rec.window_start, version,
                                   settings),
            ))
        await publish(sends)
        metrics.signals_published.inc(len(sends))

    tables = {"acts": acts, "counted": counted, "dyads": dyads, "levels": levels}

    async def sweep(now: float | None = None) -> int:
        """Delete expired entries (streams/situations/expiry.py) from memory and, by a tombstone, from
        the changelog when this worker owns the partition. Returns how many were removed."""
        if getattr(app, "in_recovery", False) or getattr(app, "rebalancing", False):
            return 0
        raw_of = {name: (t.data.data if isinstance(getattr(t.data, "data", None), dict) else t.data)
                  for name, t in tables.items()}
        if now is None:
            marks = [expiry.entry_expiry(v)[0] for v in list(raw_of["acts"].values()) if v is not None]
            now = max(marks, default=0)
        if not now:
            return 0
        try:
            owned = {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == names["mentions"]}
        except Exception:
            owned = None
        removed = 0
        held = config.baseline_hours + 24
        for name, table in tables.items():
            raw = raw_of[name]
            for i, key in enumerate(list(raw.keys())):
                value = raw.get(key)
                if value is None:
                    continue
                gone, partition = expiry.expired(name, value, now, config.horizon, settings.situation_memory, held)
                if not gone:
                    continue
                del raw[key]
                if partition is not None and (owned is None or partition in owned):
                    table.send_changelog(partition, key, None, value_serializer="raw")
                removed += 1
                if i % 5000 == 4999:
                    await asyncio.sleep(0)
        if removed:
            log.info("situations sweep: %d expired entries removed", removed)
        return removed

    def export_top_k() -> None:
        metrics.export_tops(*leaders.top(TOP))

    @app.timer(interval=settings.situation_metrics_interval)
    async def export_top_k_gauges() -> None:
        export_top_k()

    @app.timer(interval=settings.situation_sweep_interval)
    async def sweep_situation_tables() -> None:
        await sweep()

    runtime.extra["situations_sweep"] = sweep
    runtime.extra["situations_topics"] = {"mentions": mentions_topic, "situations": situations_topic,
                                          "signals": signals_topic, "alerts": alerts_topic}
    if settings.situations_input == "events":
        runtime.extra["situations_rekey"] = app.agent(events_in, name="geoevents.situations_rekey")(rekey)
    runtime.extra["situations_agent"] = app.agent(mentions_topic, name="geoevents.situations")(situate)
    runtime.extra["situations_tables"] = tables
    runtime.extra["situations_handle"] = handle_mention
    runtime.extra["situations_metrics"] = metrics
    runtime.extra["export_top_k"] = export_top_k

    from streams.situations import delivery, view

    delivery.register(runtime, alerts_topic, metrics)
    if settings.situations_http_enabled:
        view.register(runtime, acts, dyads, config)


def load_rules(settings):
    """The rule set from ``alert_rules``; a malformed file raises (the worker stops at start with
    the file, line and reason)."""
    if not settings.alert_rules:
        return None
    from schemas.situations import DyadSignal, Situation
    from streams.alerting.rules import load_rules as load

    fields = {"situation": list(Situation.model_fields), "signal": list(DyadSignal.model_fields)}
    return load(settings.alert_rules, fields)
