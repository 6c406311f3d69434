"""Contracts derived from the events topics: situations (one record per real-world act across
articles, outlets and languages), dyad signals (windowed counts and Goldstein sums per actor
dyad), and alerts (a rule matched a situation or a signal).

All three are event-sourced: recomputed identically from the events topics (see
streams/situations/). Consumers deduplicate situations and signals on ``id`` + ``version``
and alerts on ``id``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from schemas.models import SCHEMA_VERSION, EventType, Modality, _Model

Window = Literal["1h", "24h"]


class SituationEvidence(_Model):
    """The representative sentence of a situation: the mention with the highest confidence."""

    event_id: str
    article_id: str
    language: str
    text: str
    confidence: float = Field(ge=0.0, le=1.0)


class Situation(_Model):
    """One real-world act: every event of the same type between compatible actors within the
    time horizon, whatever the article, outlet or language. Published on topic ``situations``
    (compacted, key = ``id``) each time it opens or changes."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Deterministic: derived from the id of the situation's first event.")
    version: int = Field(ge=1, description="1 when opened, +1 per counted mention. Dedupe on id + version.")
    type: EventType
    act_key: str = Field(description="Partition key of the act: type and unordered actor dyad, e.g. 'warning:JPN|RUS'.")
    source: str | None = Field(description="Actor code of who acts (ISO alpha-3 or organisation code).")
    target: str | None = Field(description="Actor code of at whom it is aimed (alliances: the other partner).")
    location: str | None = Field(description="ISO alpha-3 of where it happens, when known.")
    partners: list[str] = Field(default_factory=list, description="Alliances: all partner codes, sorted.")
    modality: Modality = Field(description="The strongest modality seen (asserted > planned > conditional > hypothetical).")
    cameo: str
    goldstein: float = Field(description="Goldstein scale value of the CAMEO code (-10 conflict .. +10 cooperation).")
    first_seen: datetime = Field(description="Earliest event time (article published_at, else record time).")
    last_seen: datetime
    duration: float = Field(ge=0.0, description="last_seen - first_seen in seconds.")
    mentions: int = Field(ge=1, description="Distinct events counted.")
    articles: int = Field(ge=1, description="Distinct articles.")
    outlets: int = Field(ge=1, description="Distinct outlets (article source, else URL host).")
    outlet_names: list[str] = Field(description="Distinct outlets, sorted (bounded).")
    languages: list[str] = Field(description="Distinct article languages, sorted.")
    event_ids: list[str] = Field(description="Newest counted event ids (bounded).")
    article_ids: list[str] = Field(description="Newest distinct article ids (bounded).")
    evidence: SituationEvidence
    late_mentions: int = Field(0, ge=0, description="Mentions that arrived older than the horizon behind the act's newest event.")
    background: bool = Field(False, description=(
        "Every mention refers to a past act or a standing state ('since 2014', 'in 2015', 'continues to', "
        "'stationed'): context cited by the news, not a new act. Such a situation fires no alert."))


class DyadSignal(_Model):
    """Activity of one directed actor dyad and event type around one hour: the tumbling 1 h window
    of that hour, the hopping 24 h window ending with it, and a spike score of the hour against the
    dyad's own trailing baseline. Published on topic ``signals`` (key = ``dyad``) when it changes
    (debounced)."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="'<type>:<dyad>@<window_start>': one id per dyad, type and hour.")
    version: int = Field(ge=1, description="Events counted in the 1 h window so far (grows with every change).")
    type: EventType
    dyad: str = Field(description="'SRC->TGT' actor codes ('?' unknown), like the events' message key.")
    source: str | None
    target: str | None
    window_start: datetime = Field(description="Start of the 1 h tumbling window (UTC hour).")
    window_end: datetime
    count_1h: int = Field(ge=0, description="Events in the 1 h window.")
    outlets_1h: int = Field(ge=0)
    situations_1h: int = Field(ge=0, description="Situations opened in the 1 h window.")
    goldstein_1h: float = Field(description="Sum of the Goldstein values of the window's events.")
    count_24h: int = Field(ge=0, description="Events in the 24 h window ending with window_end (hopping, 1 h step).")
    outlets_24h: int = Field(ge=0)
    goldstein_24h: float
    baseline_mean: float = Field(ge=0.0, description="Mean events per hour over the trailing baseline hours before the window.")
    baseline_std: float = Field(ge=0.0)
    baseline_hours: int = Field(ge=1)
    spike: float = Field(description="(count_1h - baseline_mean) / max(baseline_std, 1).")
    late_events: int = Field(0, ge=0, description="Events of this window that arrived after a newer hour had been seen.")


class Alert(_Model):
    """A rule matched a situation or a signal. Published on topic ``alerts`` once per rule,
    subject and escalation level; ``id`` is deterministic (rule, subject, level)."""

    schema_version: str = SCHEMA_VERSION
    id: str
    rule_id: str
    description: str = ""
    severity: str
    level: int = Field(ge=0, description="Escalation level: fires again only when it grows for the same rule and subject.")
    subject_kind: Literal["situation", "signal"]
    subject_id: str
    subject_version: int = Field(ge=1)
    labels: dict[str, str] = Field(default_factory=dict)
    summary: str
    starts_at: datetime = Field(description="Event time of the subject when the rule matched (situation first_seen / window start).")
    subject: dict = Field(description="The situation or signal record that matched.")
