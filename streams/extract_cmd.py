"""`geoevents extract [PATH ...]`: JSON Lines of articles in, one result line per article out.

Reads files (or stdin for none or `-`) in input order. A bad line yields a result line with an
`error` object and the command goes on: nothing is dropped silently.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Iterator

import orjson
from pydantic import ValidationError

from schemas import Article, ErrorInfo
from streams.engine import EXTRACTOR_VERSION, default_engine

MAX_LINE_BYTES = 16 * 1024 * 1024


def _lines(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    for path in paths or ["-"]:
        stream: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")
        try:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield f"{path}:{number}", line
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def result_for_line(where: str, line: bytes) -> dict:
    """One output record for one input line: the extraction result or an error record."""
    def error(reason: str, detail: str, article_id: str | None = None) -> dict:
        return {"article_id": article_id, "extractor_version": EXTRACTOR_VERSION, "input": where,
                "error": ErrorInfo(reason=reason, detail=detail[:500]).model_dump()}

    if len(line) > MAX_LINE_BYTES:
        return error("too_large", f"line of {len(line)} bytes exceeds {MAX_LINE_BYTES}")
    try:
        raw = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return error("invalid_json", str(exc))
    try:
        article = Article.model_validate(raw)
    except ValidationError as exc:
        article_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
        return error("schema", exc.errors(include_url=False, include_input=False).__repr__(), article_id)
    try:
        return default_engine().extract(article).model_dump(mode="json")
    except Exception as exc:  # the engine must not stop the command; report and go on
        return error("extraction_failed", f"{type(exc).__name__}: {exc}", article.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="geoevents extract", description=__doc__)
    parser.add_argument("paths", nargs="*", help="JSONL files of articles; none or '-' reads stdin")
    args = parser.parse_args(argv)
    out = sys.stdout.buffer
    for where, line in _lines(args.paths):
        out.write(orjson.dumps(result_for_line(where, line)) + b"\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
