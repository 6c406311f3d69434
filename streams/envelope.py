"""CloudEvents 1.0, Kafka protocol binding, binary content mode.

Every record on an event topic (and on the statements topic) carries its attributes as
Kafka headers and the JSON document described by the committed schema as its value:

==================  =========================================================================
header              value
==================  =========================================================================
``ce_specversion``  ``1.0``
``ce_id``           the event's deterministic ``id`` (same article text, evidence and extractor
                    version -> same id). **Consumers deduplicate on ``ce_id``.**
``ce_source``       ``urn:geoevents:extractor`` (setting ``GEOEVENTS_CE_SOURCE``)
``ce_type``         ``org.geoevents.<type>.v<major>``, e.g. ``org.geoevents.warning.v1``;
                    ``org.geoevents.statements.v1`` on the statements topic
``ce_time``         when it happened: the article's ``published_at``, else the Kafka timestamp of
                    the article record (so replays reproduce identical headers)
``ce_dataschema``   ``<schema base>/<type>-<schema version>.json``, the file committed in schemas/
``ce_subject``      the article id
``ce_extractorversion``  extractor version that derived the event (extension attribute)
``ce_partitionkey`` the Kafka message key (CloudEvents partitioning extension)
``ce_outlet``       events only, when known: the article's outlet (``source``, else URL host), so
                    situations can count distinct outlets (extension attribute)
``content-type``    ``application/json``
==================  =========================================================================

Message key of event records: the actor dyad ``"<source code>-><target code>"`` (``?`` for an
unknown side), e.g. ``RUS->POL``. Kafka keeps order per partition, and the key decides the
partition, so a consumer sees all events between the same two actors in the order they were
derived, and per-dyad state (escalation counters, alert throttles) can be kept by one consumer
instance without coordination. The price is skew when one dyad dominates the news; the
article id (the statements topic's key) would spread load better but scatter a dyad's history.
"""

from __future__ import annotations

from datetime import datetime, timezone

from schemas import SCHEMA_VERSION, UNKNOWN_ACTOR
from schemas.export import schema_uri

SPECVERSION = "1.0"
CONTENT_TYPE = "application/json"
SCHEMA_MAJOR = SCHEMA_VERSION.split(".")[0]

Headers = list[tuple[str, bytes]]


def ce_type(kind: str) -> str:
    """kind: an event type ('warning', ...) or 'statements'."""
    return f"org.geoevents.{kind}.v{SCHEMA_MAJOR}"


def rfc3339(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def dyad_key(source_code: str | None, target_code: str | None) -> str:
    return f"{source_code or UNKNOWN_ACTOR}->{target_code or UNKNOWN_ACTOR}"


def event_key(event) -> bytes:
    """Message key of an event record: the actor dyad (see module docstring)."""
    source = event.source.code if event.source is not None else None
    target = event.target.code if event.target is not None else None
    return dyad_key(source, target).encode()


def cloudevent_headers(
    *,
    ce_id: str,
    kind: str,
    time: datetime,
    subject: str,
    extractor_version: str,
    partition_key: str,
    source: str,
    schema_base_uri: str,
) -> Headers:
    attributes = {
        "ce_specversion": SPECVERSION,
        "ce_id": ce_id,
        "ce_source": source,
        "ce_type": ce_type(kind),
        "ce_time": rfc3339(time),
        "ce_dataschema": schema_uri(kind, schema_base_uri),
        "ce_subject": subject,
        "ce_extractorversion": extractor_version,
        "ce_partitionkey": partition_key,
        "content-type": CONTENT_TYPE,
    }
    return [(name, value.encode()) for name, value in attributes.items()]


def headers_dict(headers) -> dict[str, str]:
    """Kafka headers (list of pairs or mapping, bytes or str values) -> {name: str}."""
    if headers is None:
        return {}
    items = headers.items() if hasattr(headers, "items") else headers
    out: dict[str, str] = {}
    for name, value in items:
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value).decode("utf-8", "replace")
        out[name] = "" if value is None else str(value)
    return out


REQUIRED_ATTRIBUTES = ("ce_specversion", "ce_id", "ce_source", "ce_type", "content-type")


def validate_headers(headers) -> list[str]:
    """Problems with a record's CloudEvents headers (empty list: valid binary-mode event)."""
    h = headers_dict(headers)
    problems = [f"missing {name}" for name in REQUIRED_ATTRIBUTES if not h.get(name)]
    if h.get("ce_specversion") not in (None, SPECVERSION):
        problems.append(f"ce_specversion {h['ce_specversion']!r} != {SPECVERSION}")
    if "ce_time" in h:
        try:
            datetime.fromisoformat(h["ce_time"].replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"ce_time {h['ce_time']!r} is not RFC 3339")
    return problems
