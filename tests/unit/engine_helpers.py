"""Helpers shared by the per-language engine tests (tests/unit/test_lang_*.py).

Each test file makes one `LanguageProbe` for its language and runs its sentences through it:

    DE = LanguageProbe("de")
    ev = DE.first_event("Nordkorea drohte Südkorea mit einem Atomschlag.", "warning")
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Actor, Article, Event, ExtractionResult
from streams.engine import default_engine


def code(actor: Actor | None) -> str | None:
    """The actor's country, or its own code when it has none (an alliance, an armed group)."""
    return None if actor is None else (actor.country or actor.code)


def events_of(result: ExtractionResult, kind: str | None = None) -> list[Event]:
    """The result's events of one type (all of them without `kind`), in the engine's order."""
    return [e for e in result.events if kind is None or e.type == kind]


def first_event_of(result: ExtractionResult, kind: str) -> Event | None:
    """The result's first event of one type, or None."""
    return next(iter(events_of(result, kind)), None)


@dataclass(frozen=True)
class LanguageProbe:
    """Runs sentences of one language through the process-wide engine.

    `lang` is the language the identifier must find in every sentence. With `hint` the article
    also carries `lang` as its language hint, as a feed that knows its language sends it; the
    identifier records the hint but decides on the text alone.
    """

    lang: str
    hint: bool = True

    def extract(self, text: str) -> ExtractionResult:
        article = Article(id=f"test-{self.lang}", text=text, lang=self.lang if self.hint else None)
        result = default_engine().extract(article)
        assert result.language.code == self.lang, (text, result.language)
        return result

    def events(self, text: str, kind: str | None = None) -> list[Event]:
        """The events of one type (all of them without `kind`) found in `text`."""
        return events_of(self.extract(text), kind)

    def first_event(self, text: str, kind: str) -> Event:
        """The first event of one type in `text`; fails when there is none."""
        found = self.events(text, kind)
        assert found, f"no {kind} event in: {text}"
        return found[0]

    def only_event(self, text: str, kind: str) -> Event:
        """The one event of this type in `text`; fails when there are none or several."""
        result = self.extract(text)
        found = events_of(result, kind)
        assert len(found) == 1, (text, [(e.type, e.trigger.text) for e in result.events])
        return found[0]


def assert_event(probe: LanguageProbe, text: str, kind: str, source: str | None, other: str | None = None,
                 modality: str | None = None) -> Event:
    """The first event of `kind` in `text` exists and has this source, this target (warning,
    alliance) or location code (deployment), and this modality; `other` / `modality` None: not checked."""
    ev = probe.first_event(text, kind)  # fails when the event is missing
    assert code(ev.source) == source, (text, code(ev.source))
    if other is not None:
        got = (ev.location.code if ev.location else None) if kind == "deployment" else code(ev.target)
        assert got == other, (text, got)
    if modality is not None:
        assert ev.modality == modality, (text, ev.modality)
    return ev
