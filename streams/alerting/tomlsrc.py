"""Read a TOML file and remember on which line each table and key stands.

``tomllib`` (standard library) reports the line of a syntax error but returns plain dicts with no
positions, so errors found later (an unknown field in a rule's condition, an unknown group) could
not name their line. :class:`Locator` scans the text once for table headers and ``key =`` lines,
skipping multi-line strings, and maps key paths such as ``("rule", 2, "condition")`` (the third
``[[rule]]``) to line numbers. It is a locator, not a second parser: tomllib decides what the file
means; for the rare layouts the scan does not follow it falls back to the enclosing table's line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 1_000_000

Path_ = tuple[Any, ...]

_HEADER = re.compile(r"^\s*(\[\[|\[)\s*(?P<name>[^\[\]]+?)\s*(\]\]|\])\s*(#.*)?$")
_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
_KEY = re.compile(rf"^\s*(?P<key>{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=\s*(?P<value>.*)$")
_SYNTAX_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


class TomlError(Exception):
    """A problem at a line of a TOML file (``line`` None when not known)."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _split_key(key: str) -> list[str]:
    parts = re.findall(_KEY_PART, key)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


@dataclass
class Locator:
    """Key path -> line number (1-based) of a TOML text."""

    lines: dict[Path_, int] = field(default_factory=dict)
    # first line of a string value's content (multi-line strings start after their delimiter)
    string_starts: dict[Path_, int] = field(default_factory=dict)
    text_lines: list[str] = field(default_factory=list)

    @classmethod
    def scan(cls, text: str) -> "Locator":
        loc = cls(text_lines=text.splitlines())
        arrays: dict[tuple[str, ...], int] = {}  # array-of-tables name -> elements seen
        table: Path_ = ()
        lines = loc.text_lines
        i = 0
        while i < len(lines):
            line, lineno = lines[i], i + 1
            i += 1
            header = _HEADER.match(line)
            if header:
                parts = _split_key(header.group("name"))
                table = loc._resolve(parts, arrays, is_array=header.group(1) == "[[")
                for n in range(1, len(table) + 1):  # [[rule]] also locates "rule" itself
                    loc.lines.setdefault(table[:n], lineno)
                continue
            key = _KEY.match(line)
            if not key:
                continue
            path = table + tuple(_split_key(key.group("key")))
            loc.lines.setdefault(path, lineno)
            value = key.group("value")
            for delim in ('"""', "'''"):
                if value.startswith(delim):
                    rest = value[3:]
                    if delim in rest:  # closes on the same line
                        loc.string_starts[path] = lineno
                        break
                    loc.string_starts[path] = lineno + 1 if not rest.strip() else lineno
                    while i < len(lines) and delim not in lines[i]:
                        i += 1
                    i += 1  # the closing line
                    break
            else:
                if value[:1] in "\"'":
                    loc.string_starts[path] = lineno
        return loc

    @staticmethod
    def _resolve(parts: list[str], arrays: dict[tuple[str, ...], int], *, is_array: bool) -> Path_:
        path: list[Any] = []
        for n in range(1, len(parts) + 1):
            name = tuple(parts[:n])
            path.append(parts[n - 1])
            if n == len(parts) and is_array:
                arrays[name] = arrays.get(name, 0) + 1
            if name in arrays:
                path.append(arrays[name] - 1)
        return tuple(path)

    def line(self, path: Path_) -> int | None:
        """Line of ``path``, else of its nearest enclosing table or key that was seen."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def string_line(self, path: Path_, value: str, offset: int) -> int | None:
        """Line of character ``offset`` of the string value at ``path``."""
        start = self.string_starts.get(tuple(path))
        if start is None:
            return self.line(path)
        return start + value.count("\n", 0, max(0, offset))

    def find(self, path: Path_, needle: str) -> int | None:
        """First line at or after ``path``'s line that contains ``needle`` (e.g. one list item)."""
        start = self.line(path)
        if start is None:
            return None
        for n in range(start - 1, len(self.text_lines)):
            if needle in self.text_lines[n]:
                return n + 1
        return start


def load(path: str | Path) -> tuple[dict[str, Any], Locator]:
    """Parse a TOML file (at most MAX_FILE_BYTES); syntax errors raise TomlError with the line."""
    raw = Path(path).read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise TomlError(None, f"file is {len(raw)} bytes, more than the {MAX_FILE_BYTES} allowed")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TomlError(line, f"not UTF-8: {exc.reason}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _SYNTAX_LINE.search(message)
        line = int(where.group(1)) if where else None
        reason = _SYNTAX_LINE.sub("", message).strip()
        if where:
            reason += f" (column {where.group(2)})"
        raise TomlError(line, f"TOML syntax error: {reason}") from None
    except RecursionError:  # tomllib recurses per nested array / inline table
        raise TomlError(None, "TOML nested too deeply") from None
    return data, Locator.scan(text)
