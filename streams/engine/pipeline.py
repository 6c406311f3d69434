"""The extraction pipeline: article in, ExtractionResult out. Pure: no I/O after loading data.

Components run in order over one Doc:
  language → sentences → match (one Aho-Corasick pass) → quotes → actors → statements → events
An article that mixes languages (or may: an unsure vote, a foreign-looking paragraph) is read per
sentence, and each language's sentences run through that language's components on a copy of the
text where the others are blanked, so offsets stay those of the article.
Everything a language needs is built once per process into a LanguageProfile.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass
from functools import cached_property

from schemas import Article, ExtractionResult, LanguageCandidate, LanguageInfo
from streams.engine.actors import ActorResolver, add_actor_terms
from streams.engine.doc import Doc, Sentence
from streams.engine.events import EventExtractor, add_event_terms, load_trigger_groups
from streams.engine.language import UNSURE, LanguageIdentifier, has_foreign_block, load_evidence
from streams.engine.lexicon import NEUTRAL, LanguageData, Match, Matcher, available_languages, load_language
from streams.engine.modality import MOD, PLANNED_IN_CLAUSE
from streams.engine.quotes import pair_quotes
from streams.engine.sentences import split_sentences
from streams.engine.statements import ACCORDING_AFTER, ACCORDING_BEFORE, CUE, StatementExtractor
from streams.engine.text import fold

EXTRACTOR_VERSION = "0.1.0"
MAX_TEXT_CHARS = 2_000_000  # longer texts are cut (the result says so): bounded time and memory


@dataclass
class LanguageProfile:
    """Everything built once for one language."""

    data: LanguageData
    matcher: Matcher
    abbreviations: frozenset[str]
    actors: ActorResolver
    statements: StatementExtractor
    events: EventExtractor

    @classmethod
    def build(cls, code: str, version: str) -> "LanguageProfile":
        data = load_language(code)
        neutral = load_language(NEUTRAL)
        matcher = Matcher.for_language(data)
        continua = bool(data.get("scriptio_continua", False))
        for kind, key in ((CUE, "statements.cues"), (CUE, "statements.nominal_cues"), (ACCORDING_BEFORE, "statements.according_to_before"),
                          (ACCORDING_AFTER, "statements.according_to_after")):
            for term in data.get(key, []):
                matcher.add(term, kind, kind)
                if continua and len(term) > 1 and not term[-1].isalnum() and term[-2].isalnum():
                    # zh "说 ， …", "表示 ： “…”": the same cue where a space stands before its punctuation
                    matcher.add(f"{term[:-1]} {term[-1]}", kind, kind)
        # phrases holding a cue that report nothing (hu "szó szerint" literally): the longest match hides the cue
        for term in data.get("statements.not_cues", []):
            matcher.add(term, CUE, None)
        for modality, terms in data.get("modality.markers", {}).items():
            for term in terms:
                matcher.add(term, MOD, modality)
        for term in data.get("modality.planned_in_clause", []):
            matcher.add(term, MOD, PLANNED_IN_CLAUSE)
        # case- and accent-sensitive markers, matched on the original text (es `none` "sí" yes, not "si" if)
        for modality, terms in data.get("modality.markers_exact", {}).items():
            for term in terms:
                matcher.add(term, MOD, modality, case_sensitive=True)
        add_event_terms(matcher, data, load_trigger_groups(data))
        add_actor_terms(matcher, data, neutral)
        return cls(
            data=data,
            matcher=matcher.build(),
            abbreviations=frozenset(a.lower().rstrip(".") for a in data.get("segmentation.abbreviations", [])),
            actors=ActorResolver(data),
            statements=StatementExtractor(data),
            events=EventExtractor(data, version),
        )


class Engine:
    def __init__(self, version: str = EXTRACTOR_VERSION, languages: list[str] | None = None) -> None:
        self.version = version
        self.languages = languages or available_languages()
        self._profiles: dict[str, LanguageProfile] = {}
        self.identifier = LanguageIdentifier(set(self.languages), frozenset(
            code for code in self.languages if load_language(code).get("unmarked_latin", False)),
            evidence=load_evidence(self.languages), known_words=self._known_words)

    def profile(self, code: str) -> LanguageProfile | None:
        if code not in self.languages:
            return None
        if code not in self._profiles:
            self._profiles[code] = LanguageProfile.build(code, self.version)
        return self._profiles[code]

    def _known_words(self, code: str, text: str) -> int:
        """Words of a short text that the language's lexicons (actors, triggers, cues) recognise:
        language identification weighs them when its vote is unsure."""
        matcher = self.profile(code).matcher
        return len({m.start for m in matcher.find(fold(text, matcher.fold_accents), text)})

    def warm_up(self) -> "Engine":
        """Build every language profile, the detectors and the dependency parsers now, not on the first
        article (a worker loading a parser on its first Spanish sentence stalls its partitions ~1 s)."""
        from streams.engine import parse

        for code in self.languages:
            parsed = self.profile(code).events.parsed
            if parsed.on:
                parse.available(parsed.model)
        self.identifier.identify("warm up the language detectors with a sentence")
        return self

    def extract(self, article: Article, timings: dict[str, float] | None = None) -> ExtractionResult:
        """Run every component; `timings`, when given, accumulates seconds per stage (benchmarks)."""
        clock = _Clock(timings)
        text = article.text
        truncated = len(text) > MAX_TEXT_CHARS
        if truncated:
            text = text[:MAX_TEXT_CHARS]
        doc = Doc(article_id=article.id, text=text, truncated=truncated)
        doc.language = self.identifier.identify(text, hint=article.lang)
        clock.lap("language")
        profile = self.profile(doc.language.code) if doc.language.supported else None
        abbreviations = profile.abbreviations if profile else frozenset()
        doc.sentences = split_sentences(text, abbreviations)
        doc.index_sentences()
        clock.lap("sentences")
        parts = self._language_parts(doc) if self._may_mix(doc) else None
        if parts:
            self._annotate_parts(doc, parts, clock)
        elif profile is not None:
            self._annotate(doc, profile, clock)
        return ExtractionResult(
            article_id=article.id,
            extractor_version=self.version,
            language=doc.language,
            sentences=len(doc.sentences),
            truncated=truncated,
            statements=doc.statements,
            events=doc.events,
        )

    def _may_mix(self, doc: Doc) -> bool:
        """Read per sentence when the vote saw two languages, was unsure, found a language we
        support beside one we do not, or a paragraph looks foreign."""
        info = doc.language
        if len(doc.sentences) < 2:
            return False
        if info.status == "mixed":
            return True
        if info.status == "unsupported" and any(c.code in self.languages for c in info.candidates[1:]):
            return True
        return info.status in ("ok", "unsupported") and (
            info.confidence < UNSURE or "\n" in doc.text and has_foreign_block(doc.text))

    def _language_parts(self, doc: Doc) -> dict[str, list[Sentence]] | None:
        """Sentences by language when the article mixes two or more languages we support, or
        holds one we support beside a majority we do not."""
        spans = [(s.start, s.end) for s in doc.sentences]
        codes = self.identifier.sentence_languages(doc.text, spans, doc.language.code)
        parts: dict[str, list[Sentence]] = {}
        for sent, code in zip(doc.sentences, codes):
            parts.setdefault(code, []).append(sent)
        supported = {code: sents for code, sents in parts.items() if code in self.languages}
        if not supported or len(supported) < 2 and doc.language.supported:
            return None
        letters = {code: sum(s.end - s.start for s in sents) for code, sents in parts.items()}
        total = sum(letters.values()) or 1
        ranked = sorted(letters.items(), key=lambda kv: -kv[1])
        doc.language = LanguageInfo(
            code=ranked[0][0], confidence=round(ranked[0][1] / total, 4), status="mixed",
            supported=ranked[0][0] in self.languages, hint=doc.language.hint,
            candidates=[LanguageCandidate(code=c, confidence=round(n / total, 4)) for c, n in ranked[:3]])
        return supported

    def _annotate_parts(self, doc: Doc, parts: dict[str, list[Sentence]], clock: "_Clock") -> None:
        """Each language's sentences with that language's data: the others are blanked out
        (same length, newlines kept), so every offset still points into the article."""
        for code, sentences in parts.items():
            profile = self.profile(code)
            pieces, at = [], 0
            for sent in sentences:
                pieces += [_blank(doc.text[at:sent.start]), doc.text[sent.start:sent.end]]
                at = sent.end
            masked = "".join(pieces) + _blank(doc.text[at:])
            part = Doc(article_id=doc.article_id, text=masked, truncated=doc.truncated)
            part.language = doc.language
            part.sentences = sentences
            part.index_sentences()
            self._annotate(part, profile, clock)
            doc.statements += part.statements
            doc.events += part.events
        doc.statements.sort(key=lambda st: st.content.start)
        doc.events.sort(key=lambda ev: ev.evidence.start)

    def _annotate(self, doc: Doc, profile: LanguageProfile, clock: "_Clock") -> None:
        doc.folded = fold(doc.text, profile.matcher.fold_accents)
        doc.matches = profile.matcher.find(doc.folded, doc.text)
        doc.quotes = pair_quotes(doc.text)
        buckets = _by_sentence(doc, doc.matches)
        clock.lap("matching")
        profile.actors(doc)
        clock.lap("actors")
        profile.statements(doc, buckets)
        clock.lap("statements")
        profile.events(doc, buckets)
        clock.lap("events")


class _Clock:
    """Per-stage stopwatch that costs nothing when no one asked for timings."""

    __slots__ = ("timings", "last")

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter() if timings is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now


_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank(text: str) -> str:
    """Spaces for every character but newlines: the same length, the same lines."""
    return _NOT_NEWLINE.sub(" ", text)


def _by_sentence(doc: Doc, matches: list[Match]) -> list[list[Match]]:
    starts = [s.start for s in doc.sentences]
    buckets: list[list[Match]] = [[] for _ in doc.sentences]
    for m in matches:
        i = bisect.bisect_right(starts, m.start) - 1
        if 0 <= i < len(buckets) and m.end <= doc.sentences[i].end:
            buckets[i].append(m)
    return buckets


class _Default:
    @cached_property
    def engine(self) -> Engine:
        return Engine()


_default = _Default()


def extract(article: Article) -> ExtractionResult:
    """Run the process-wide engine (built on first use) on one article."""
    return _default.engine.extract(article)


def default_engine() -> Engine:
    return _default.engine
