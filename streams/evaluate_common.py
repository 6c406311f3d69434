"""Counting shared by the gold scorers (`streams.evaluate`, `streams.evaluate_news`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import orjson

_WORD = re.compile(r"\w+")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def read_jsonl(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def token_ids(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens that the spans cover (token-overlap scoring)."""
    covered: set[int] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            covered.add(m.start())
    return covered
