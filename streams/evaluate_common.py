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
        return _scores(self.tp, self.fp, self.tp, self.fn) | {"tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class MatchCounts:
    """Precision over predictions, recall over annotated items, counted apart: one annotated event
    can be overlapped by several predictions (or repeated elsewhere in the article), so the number of
    right predictions is not the number of annotated events found."""

    right: int = 0  # predictions that match an annotated item
    wrong: int = 0
    found: int = 0  # annotated items that a prediction matches
    missed: int = 0

    def add_prediction(self, right: bool) -> None:
        self.right += int(right)
        self.wrong += int(not right)

    def add_annotated(self, found: bool) -> None:
        self.found += int(found)
        self.missed += int(not found)

    def merge(self, other: "MatchCounts") -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.found += other.found
        self.missed += other.missed

    def scores(self) -> dict:
        return _scores(self.right, self.wrong, self.found, self.missed) | {
            "right": self.right, "wrong": self.wrong, "found": self.found, "missed": self.missed}


def _scores(right: int, wrong: int, found: int, missed: int) -> dict:
    p = right / (right + wrong) if right + wrong else 0.0
    r = found / (found + missed) if found + missed else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def read_jsonl(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def token_ids(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens that the spans cover (token-overlap scoring)."""
    covered: set[int] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            covered.add(m.start())
    return covered
