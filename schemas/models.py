"""Data contracts of geoevents: what scrapers send, what the engine returns, what consumers read.

Every span is `{text, start, end}` with Python string offsets into the article's `text`,
so that `article.text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, SerializationInfo, field_validator, model_serializer

SCHEMA_VERSION = "1.0"
UNKNOWN_ACTOR = "?"
"""The one spelling of an actor the text does not name: in message keys (`?->POL`), in an actor's
`code` (a government body whose country is not said) and in the `actor` label of the metrics."""

EventType = Literal["warning", "deployment", "alliance"]
EVENT_TYPES: tuple[str, ...] = ("warning", "deployment", "alliance")
Modality = Literal["asserted", "planned", "conditional", "hypothetical", "negated", "denied"]
StatementKind = Literal["direct", "indirect", "according_to"]
ActorKind = Literal["country", "organisation", "government", "person", "group"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """A piece of the article text, located by character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cut: bool = Field(
        default=False,
        description="The span was longer than the output limit and was cut: `end` moved so that "
        "`text[start:end]` still holds. Written only when true.",
    )

    @model_serializer(mode="wrap")
    def _omit_uncut(self, handler, info: SerializationInfo):
        data = handler(self)
        if isinstance(data, dict) and not data.get("cut"):
            data.pop("cut", None)  # outputs of uncut spans stay {text, start, end}
        return data


class Article(BaseModel):
    """Input record published by scrapers on the articles topic."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=512, description="Scraper's stable article id.")
    text: str = Field(description="Article body; all span offsets point into it.")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    published_at: datetime | None = None
    lang: str | None = Field(default=None, max_length=16, description="Language hint; detection decides.")

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("id must not be blank")
        return value


class LanguageCandidate(_Model):
    code: str
    confidence: float


class LanguageInfo(_Model):
    """Outcome of language identification over the whole article."""

    code: str = Field(description="ISO 639-1 code, or 'und' when it cannot be judged.")
    confidence: float = Field(ge=0.0, le=1.0)
    status: Literal["ok", "mixed", "too_short", "unsupported"] = Field(
        description="'mixed': several languages hold a large share; 'too_short': too little text to judge; "
        "'unsupported': identified, but no event lexicons for it."
    )
    supported: bool = Field(description="Whether events are extracted for this language.")
    candidates: list[LanguageCandidate] = Field(default_factory=list)
    hint: str | None = None


class Actor(_Model):
    """A resolved participant: country, organisation, government body or official."""

    name: str = Field(description="Canonical English name.")
    code: str = Field(
        description="ISO 3166 alpha-3 for countries and their bodies, else an org code (NATO, UN); "
        f"'{UNKNOWN_ACTOR}' when the text does not say whose body it is."
    )
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO alpha-3 of the country the actor belongs to.")
    role: str | None = Field(default=None, description="e.g. 'foreign_ministry', 'spokesperson', 'president'.")
    mention: Span | None = None


class Location(_Model):
    name: str
    code: str | None = Field(default=None, description="ISO alpha-3 when the location is (in) a known country.")
    mention: Span


class Statement(_Model):
    """Who said what: speaker, cue and content, with offsets."""

    id: str
    article_id: str
    kind: StatementKind
    speaker: Span | None
    speaker_actor: Actor | None = None
    cue: Span | None
    content: Span
    addressee: Span | None = None
    cue_parts: list[Span] = Field(default_factory=list, description=(
        "Further words of a cue split over its clause (de 'teilte … mit': 'mit'; 'hatte … erklärt': 'hatte'; "
        "'wie … mitteilte': 'wie'); `cue` keeps the reporting verb."))
    sentence: int = Field(ge=0, description="Index of the sentence the cue stands in.")
    cue_class: str = Field(default="speech", description=(
        "What the cue reports (language data `statements.cue_classes`): speech (said, warned), or an attitude "
        "such as intention (wants, plans) or evidence (shows, found); only speech statements drive events."))


class _EventBase(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Deterministic: same article, evidence and extractor version give the same id.")
    article_id: str
    language: str
    source: Actor | None = Field(description="Who acts, threatens or allies.")
    target: Actor | None = Field(default=None, description="At whom it is aimed, or the partner.")
    location: Location | None = None
    modality: Modality
    trigger: Span
    evidence: Span = Field(description="The sentence the event was read from.")
    statement_id: str | None = Field(default=None, description="Statement whose content holds the evidence.")
    cameo: str = Field(description="CAMEO event code, for joins with GDELT.")
    plover: str = Field(description="PLOVER event type, for joins with POLECAT.")
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str


class WarningEvent(_EventBase):
    """Threats, ultimatums, red lines, protests such as summoning an ambassador."""

    type: Literal["warning"] = "warning"


class DeploymentEvent(_EventBase):
    """Stationing or moving missiles, troops, ships or forces (planned and conditional too)."""

    type: Literal["deployment"] = "deployment"
    force: Span | None = Field(default=None, description="Weapon or force moved, e.g. 'medium-range missiles'.")


class AllianceEvent(_EventBase):
    """Alliances, partnerships, military cooperation, joint exercises, treaties."""

    type: Literal["alliance"] = "alliance"
    partners: list[Actor] = Field(default_factory=list, description="All parties named in the alliance.")


Event = Annotated[Union[WarningEvent, DeploymentEvent, AllianceEvent], Field(discriminator="type")]
EVENT_MODELS: dict[str, type[_EventBase]] = {
    "warning": WarningEvent,
    "deployment": DeploymentEvent,
    "alliance": AllianceEvent,
}


class ErrorInfo(_Model):
    reason: str = Field(description="Machine-readable reason, e.g. 'invalid_json', 'schema', 'too_large'.")
    detail: str


class ExtractionResult(_Model):
    """One per article: everything the engine read from it."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    extractor_version: str
    language: LanguageInfo
    sentences: int = Field(ge=0, description="Number of sentences read.")
    truncated: bool = Field(default=False, description="Text was cut at the size limit before extraction.")
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    error: ErrorInfo | None = None


class DeadLetter(_Model):
    """Headers of a dead-lettered record; its value is the original bytes, cut when longer than the
    output limit (then headers `original_size` and `original_sha256` say so)."""

    schema_version: str = SCHEMA_VERSION
    reason: Literal[
        "undecodable", "invalid_json", "schema", "too_large", "extraction_failed",
        "undecodable_batch", "output_too_large",
    ] = Field(
        description="'undecodable_batch': a compressed batch the worker could not decompress (the value is "
        "the raw batch, `source_offset` its last offset); 'output_too_large': the article's outputs exceed "
        "the output size limit even after the per-article caps."
    )
    detail: str
    source_topic: str
    source_partition: int
    source_offset: int
    failed_at: datetime
    extractor_version: str


class OutputLimits(_Model):
    """What the per-article output caps left out (see ArticleStatements.limited)."""

    statements_found: int = Field(ge=0)
    statements_kept: int = Field(ge=0)
    events_found: int = Field(ge=0)
    events_kept: int = Field(ge=0)
    spans_cut: int = Field(ge=0, description="Spans cut to max_span_chars (each says `cut: true`).")
    max_span_chars: int = Field(ge=1)


class ArticleStatements(_Model):
    """Record on the statements topic: one per processed article, also for unsupported languages."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    extractor_version: str
    language: LanguageInfo
    sentences: int = Field(ge=0)
    truncated: bool = False
    statements: list[Statement] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list, description="Ids of the events published for the article.")
    limited: OutputLimits | None = Field(
        default=None,
        description="Set when the article yielded more than one record may carry: statements and events "
        "beyond the caps were left out and long spans cut. Null when nothing was left out.",
    )
