"""The functional core: article in, statements and events out. No Kafka, no network."""

from streams.engine.pipeline import EXTRACTOR_VERSION, Engine, default_engine, extract

__all__ = ["EXTRACTOR_VERSION", "Engine", "default_engine", "extract"]
