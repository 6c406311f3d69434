"""The working document that pipeline components read from and annotate, like spaCy's Doc."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from schemas import Actor, LanguageInfo, Statement
from streams.engine.lexicon import Match


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    actor: Actor
    # what the words were: country, capital, demonym, organisation, role, person, pronoun
    how: str


@dataclass
class Doc:
    article_id: str
    text: str
    folded: str = ""
    language: LanguageInfo | None = None
    lang: Any = None  # the LanguageProfile used for this document, None when unsupported
    sentences: list[Sentence] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # (open, close) positions of paired marks
    mentions: list[ActorMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    statement_speakers: dict[str, ActorMention | None] = field(default_factory=dict)
    events: list[Any] = field(default_factory=list)
    truncated: bool = False
    _sentence_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)

    def index_sentences(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= pos < max(self.sentences[i].end, pos + 1):
            return self.sentences[i]
        return None

    def index_mentions(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def matches_in(self, kind: str, start: int, end: int) -> list[Match]:
        return [m for m in self.matches if m.kind == kind and m.start >= start and m.end <= end]

    def quote_containing(self, pos: int) -> tuple[int, int] | None:
        """The paired quote whose inside holds position pos (innermost)."""
        best = None
        for q in self.quotes:
            if q[0] < pos <= q[1]:
                if best is None or q[0] > best[0]:
                    best = q
            elif q[0] >= pos:
                break
        return best
