"""Data contracts (pydantic v2) shared by the engine, the streaming service and consumers."""

from schemas.models import (
    EVENT_MODELS,
    EVENT_TYPES,
    SCHEMA_VERSION,
    Actor,
    AllianceEvent,
    Article,
    ArticleStatements,
    DeadLetter,
    DeploymentEvent,
    ErrorInfo,
    Event,
    ExtractionResult,
    LanguageCandidate,
    LanguageInfo,
    Location,
    Modality,
    OutputLimits,
    Span,
    Statement,
    UNKNOWN_ACTOR,
    WarningEvent,
)

__all__ = [
    "EVENT_MODELS", "EVENT_TYPES", "SCHEMA_VERSION", "Actor", "AllianceEvent", "Article",
    "ArticleStatements", "DeadLetter", "DeploymentEvent", "ErrorInfo", "Event", "ExtractionResult",
    "LanguageCandidate", "LanguageInfo", "Location", "Modality", "OutputLimits", "Span", "Statement", "UNKNOWN_ACTOR", "WarningEvent",
]
