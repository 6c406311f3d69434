"""Modality of an event: asserted, planned, conditional, hypothetical, negated or denied.

Markers are data (`[modality]` in language.toml); this module only decides by position:
denial anywhere in the sentence wins, then negation close before the trigger (or after it,
within `negation_window_after`), then a condition anywhere in the sentence, then hypothetical
and planning markers close before (or right after) the trigger.
"""

from __future__ import annotations

from streams.engine.lexicon import LanguageData, Match, longest_leftmost

MOD = "mod"
ORDER = ("denied", "negated", "conditional", "hypothetical", "planned")


class ModalityReader:
    def __init__(self, data: LanguageData) -> None:
        self.before = int(data.get("modality.window_before", 60))
        self.after = int(data.get("modality.window_after", 25))
        self.negation_before = int(data.get("modality.negation_window", 25))
        # head-final languages (ja): negation, hypothetical and planning markers follow the verb
        # ("配備しない", "配備する可能性", "配備する計画"), within window_after of the trigger
        self.markers_follow = bool(data.get("modality.markers_follow", False))
        # verb-second languages put the negation after the finite verb ("verlegt keine Truppen")
        self.negation_after = int(data.get("modality.negation_window_after", 0))

    def __call__(self, trigger: Match, sentence_matches: list[Match], sent_start: int, sent_end: int) -> str:
        found: set[str] = set()
        markers = [m for m in sentence_matches if m.kind == MOD]
        # a `none` marker over the same span hides the marker (es exact "sí" yes over folded "si" if)
        hidden = {(m.start, m.end) for m in markers if m.value == "none"}
        if hidden:
            markers = [m for m in markers if m.value == "none" or (m.start, m.end) not in hidden]
        # longest marker wins, so a word listed under `none` ("未来" future) hides the marker in it
        for m in longest_leftmost(markers):
            mod = m.value
            if mod not in ORDER:
                continue
            if mod in ("denied", "conditional"):
                found.add(mod)
            elif mod == "negated":
                if trigger.start - self.negation_before <= m.start < trigger.end + self.negation_after:
                    found.add(mod)
            elif trigger.start - self.before <= m.start < trigger.start:
                found.add(mod)
            elif mod == "planned" and trigger.end <= m.start < trigger.end + self.after:
                found.add(mod)  # "deployment is planned"
            elif self.markers_follow and trigger.end <= m.start < trigger.end + self.after:
                found.add(mod)
            elif trigger.start <= m.start < trigger.end:
                found.add(mod)  # the marker is part of the trigger word ("-hat/-het", "might-deploy")
        for mod in ORDER:
            if mod in found:
                return mod
        return "asserted"
