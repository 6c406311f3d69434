"""JSON Schema files generated from the pydantic contracts, committed next to them.

`geoevents schemas` (or `python -m schemas.export`) rewrites them; a unit test fails
when the committed files and the models disagree. File names carry the schema version
and are what CloudEvents `dataschema` points at.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
from pydantic import BaseModel

from schemas.models import (
    SCHEMA_VERSION,
    AllianceEvent,
    Article,
    ArticleStatements,
    DeadLetter,
    DeploymentEvent,
    ExtractionResult,
    WarningEvent,
)
from schemas.situations import Alert, DyadSignal, Situation

SCHEMA_DIR = Path(__file__).resolve().parent
DEFAULT_BASE_URI = "https://geoevents.example/schemas"

# name -> (model, mode). Inputs are described as validated, outputs as serialised.
CONTRACTS: dict[str, tuple[type[BaseModel], str]] = {
    "article": (Article, "validation"),
    "statements": (ArticleStatements, "serialization"),
    "warning": (WarningEvent, "serialization"),
    "deployment": (DeploymentEvent, "serialization"),
    "alliance": (AllianceEvent, "serialization"),
    "dead-letter": (DeadLetter, "serialization"),
    "extraction-result": (ExtractionResult, "serialization"),
    "situation": (Situation, "serialization"),
    "signal": (DyadSignal, "serialization"),
    "alert": (Alert, "serialization"),
}


def schema_file_name(name: str) -> str:
    """e.g. 'warning' -> 'warning-1.0.json'."""
    return f"{name}-{SCHEMA_VERSION}.json"


def schema_uri(name: str, base_uri: str = DEFAULT_BASE_URI) -> str:
    return f"{base_uri.rstrip('/')}/{schema_file_name(name)}"


def generate(base_uri: str = DEFAULT_BASE_URI) -> dict[str, bytes]:
    """File name -> file content (pretty, sorted keys, trailing newline)."""
    files: dict[str, bytes] = {}
    for name, (model, mode) in CONTRACTS.items():
        schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
        document = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": schema_uri(name, base_uri),
            **schema,
        }
        files[schema_file_name(name)] = (
            orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        )
    return files


def write(directory: Path = SCHEMA_DIR, base_uri: str = DEFAULT_BASE_URI) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, content in generate(base_uri).items():
        path = directory / file_name
        path.write_bytes(content)
        written.append(path)
    return written


def out_of_sync(directory: Path = SCHEMA_DIR, base_uri: str = DEFAULT_BASE_URI) -> list[str]:
    """Names of committed schema files that are missing or differ from the models."""
    stale = []
    for file_name, content in generate(base_uri).items():
        path = directory / file_name
        if not path.is_file() or path.read_bytes() != content:
            stale.append(file_name)
    return stale


def load(name: str, directory: Path = SCHEMA_DIR) -> dict:
    """The committed schema document for a contract name ('warning', 'statements', ...)."""
    return orjson.loads((directory / schema_file_name(name)).read_bytes())


if __name__ == "__main__":  # pragma: no cover
    for p in write():
        print(p)
    sys.exit(0)
