"""Modality of an event: asserted, planned, conditional, hypothetical, negated or denied.

Markers are data (`[modality]` in language.toml); this module only decides by position:
denial anywhere in the sentence wins, then negation close before the trigger (or after it,
within `negation_window_after`; `negated_after` verbs within `negated_after_window` in its comma part), then a condition of the trigger's clause (inside it, or the "if"
that opens or closes it: not a condition on another clause of the sentence), then hypothetical
and planning markers close before (or right after) the trigger; future time adverbs
(`modality.planned_in_clause`) anywhere in the trigger's clause. Warnings take only denial and
negation (an issued threat is asserted even when its content is conditional, EVENTS.md).
"""

from __future__ import annotations

from streams.engine.lexicon import LanguageData, Match, longest_leftmost
from streams.engine.text import fold

MOD = "mod"
ORDER = ("denied", "negated", "conditional", "hypothetical", "planned")
# the modalities an event type can take: a warning is a speech act, asserted unless denied or negated
KINDS = {"warning": ("denied", "negated")}
PLANNED_IN_CLAUSE = "planned_in_clause"  # future time adverbs ("next month"): planned anywhere in the clause
# negated verbs that govern the trigger and may follow it (cs "vstoupit **nehodlá**", "ke vstupu se **nechystá**"):
# negated before the trigger like `negated`, and after it within `modality.negated_after_window`, in its comma part,
# no coordinator between ("vyslalo vojáky a Ukrajina nemůže …" is another clause)
NEGATED_AFTER = "negated_after"
_CONTENT_BREAKS = ",;:、，\"“”„«»「」"  # marks that open what a speech act said: a negation past one is its content


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
        # free word order (cs): the negated verb that governs an infinitive or "ke"-noun trigger stands after it;
        # only the `negated_after` markers count there, never a bare "ne"/"bez" of another phrase
        self.negated_after_window = int(data.get("modality.negated_after_window", 40))
        # hypothetical markers that are a future seen from the past in reported speech: "said Romania
        # would send troops" announces (planned); outside reported speech they stay hypothetical
        # both sets are compared with the folded text, so they are folded as events.py folds its word lists
        accents = bool(data.get("fold_accents", False))
        self.reported_future = frozenset(fold(w, accents) for w in data.get("modality.reported_future", []))
        # a noun trigger is the subject of the verb after it: "the deployment of missiles in Japan **would**
        # encircle Russia" is hypothetical; markers that follow a nominal trigger within so many characters,
        # in its comma part, count (0: off)
        self.nominal_after = int(data.get("modality.nominal_window_after", 0))
        self.coordinators = frozenset(fold(w, accents) for w in data.get("roles.coordinators", []))  # "… build-up near Ukraine **and** they called on"

    def __call__(self, trigger: Match, sentence_matches: list[Match], sent_start: int, sent_end: int,
                 kinds: tuple[str, ...] = ORDER, clause: tuple[int, int, int, int] | None = None,
                 act_start: int | None = None, reported: bool = False, nominal: bool = False,
                 folded: str | None = None, standing: bool = False, relative: int | None = None) -> str:
        """`kinds`: the modalities the event type can take (a warning is an act: an issued
        threat is asserted even when its content is conditional); `clause`: the trigger's
        clause and comma part (start, end, soft start, soft end), where conditions and
        `planned_in_clause` markers ("next month") count; `act_start`: where the speech act that
        holds the trigger begins: a denial before it is another act ("Moscow denied sending troops,
        and warned that it would retaliate": the warning stands); `reported`: the trigger stands in
        reported speech after its cue (`modality.reported_future` markers are then planned);
        `nominal`: the trigger is a noun, so markers of the verb after it count (`modality.nominal_window_after`,
        not past a coordinator); `folded`: the folded text those two checks read; `standing`: the trigger names
        forces standing somewhere ("the 9,000 British troops in Iraq"), so what follows it tells their next act, not
        the presence: markers after it do not count ("… should not be withdrawn", "… will come home next year");
        `relative`: where a relative clause holding the trigger opens: a hypothetical or planned marker before it is the
        main clause's ("the US would have to withdraw troops from countries who joined NATO": the joining happened)."""
        found: set[str] = set()
        markers = [m for m in sentence_matches if m.kind == MOD]
        # a `none` marker over the same span hides the marker (es exact "sí" yes over folded "si" if)
        hidden = {(m.start, m.end) for m in markers if m.value == "none"}
        if hidden:
            markers = [m for m in markers if m.value == "none" or (m.start, m.end) not in hidden]
        # longest marker wins, so a word listed under `none` ("未来" future) hides the marker in it
        for m in longest_leftmost(markers):
            if standing and m.start >= trigger.end:
                continue
            mod = m.value
            if mod == PLANNED_IN_CLAUSE:
                if clause is not None and clause[0] <= m.start < clause[1]:
                    found.add("planned")
                continue
            if mod == NEGATED_AFTER:
                # after a speech act (a warning: `act_start` given) the words are its content: "varovalo, že nebude
                # váhat", "предупредила, что не будет терпеть" stay warnings
                if "negated" in kinds and (trigger.start - self.negation_before <= m.start < trigger.end or (
                        act_start is None and trigger.end <= m.start < trigger.end + self.negated_after_window
                        and (clause is None or m.start < clause[3])
                        and (folded is None or not self.coordinators.intersection(folded[trigger.end:m.start].split())))):
                    found.add("negated")
                continue
            if mod == "hypothetical" and reported and folded is not None and folded[m.start:m.end] in self.reported_future:
                mod = "planned"  # "said Romania would send troops": an announcement, not a hypothesis
            if mod not in kinds:
                continue
            if mod == "negated" and trigger.start <= m.start < trigger.end:
                continue  # the negation is part of the trigger: "will not tolerate", "won't allow"
            if mod == "denied":
                if act_start is None or m.end > act_start:
                    found.add(mod)
            elif mod == "conditional":
                # the condition of this clause: before the trigger inside it or the "if" that opens
                # it ("If Russia attacks, NATO will deploy"); after the trigger within its comma part
                # ("NATO will deploy … if Russia attacks", not "…, and the talks will fail if …")
                if clause is None:
                    found.add(mod)
                elif m.start < trigger.start:
                    if clause[0] - 2 < m.end:
                        found.add(mod)
                elif m.start <= min(clause[1], clause[3]) + 3:
                    found.add(mod)  # up to the comma part's end, or opening the next one (hu ", ha …", de ", wenn …")
            elif mod == "negated":
                if act_start is not None and clause is not None and m.start >= max(trigger.end, clause[3]) and (
                        m.start >= trigger.end + self.negation_after or folded is None
                        or any(c in folded[trigger.end:m.start] for c in _CONTENT_BREAKS)):
                    continue  # after a speech act, past its comma part: what was warned ("warnte den Westen, sich nicht
                    # einzumischen"); "warnte den Westen nicht" (the same comma part) is still no warning, also where
                    # a statement read its content from the addressee on ("warnte Japan nicht vor …")
                if trigger.start - self.negation_before <= m.start < trigger.end + self.negation_after or \
                        self._noun_verb(trigger, m, clause, nominal, folded):
                    found.add(mod)
            elif trigger.start - self.before <= m.start < trigger.start:
                if not (relative is not None and m.start < relative and mod in ("hypothetical", "planned")):
                    found.add(mod)
            elif mod == "planned" and trigger.end <= m.start < trigger.end + self.after and (
                    clause is None or m.start < clause[3]):
                found.add(mod)  # "deployment is planned"; not past the comma part ("Britain, whose troops were sent
                # to Estonia in 2017, will double …": the main clause's plan)
            elif self.markers_follow and trigger.end <= m.start < trigger.end + self.after:
                found.add(mod)
            elif mod in ("hypothetical", "planned") and self._noun_verb(trigger, m, clause, nominal, folded):
                found.add(mod)  # "the deployment … would encircle": the noun's own verb
            elif trigger.start <= m.start < trigger.end:
                found.add(mod)  # the marker is part of the trigger word ("-hat/-het", "might-deploy")
        for mod in ORDER:
            if mod in found and mod in kinds:
                return mod
        return "asserted"

    def _noun_verb(self, trigger: Match, m: Match, clause, nominal: bool, folded: str | None) -> bool:
        """A marker of the verb whose subject the noun trigger is: after it, within
        `nominal_window_after`, in its comma part, no coordinator between."""
        if not nominal or not trigger.end <= m.start < trigger.end + self.nominal_after:
            return False
        if clause is not None and m.start >= clause[3]:
            return False
        return folded is None or not self.coordinators.intersection(folded[trigger.end:m.start].split())
