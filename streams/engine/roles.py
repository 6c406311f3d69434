"""Clause roles: who acts, who is addressed and where, read from the clause that holds a trigger.

The grammar route (no parser): the data of each language (`[roles]` in language.toml) says
- where a clause ends: punctuation (`clause_breaks` hard, `soft_breaks` such as the comma) and
  words that open a new clause (`clause_openers`: complementizers, subordinators, relatives);
  a statement's content is a clause of its own (reported speech: "X said Poland will send");
- how a mention is marked: a place ("in Vilnius", hu "Vilniusban", ja "東京で"), an object or
  addressee (hu "Lengyelországot", ja "日本に"), a passive agent ("by Russia"), an origin ("aid
  from the United States") or a subject (ja "ロシアは"), by words before it (`*_before`), words
  or particles after it (`*_after`) and endings of its last word (`*_endings`);
- which pronouns stand for an earlier party (`pronouns`: "if it deployed …") or for the speaker
  (`first_person`: "we will send …").
Unmarked mentions take their slot from word order: the subject is the first party before the
verb in its clause (SVO and SOV alike), the object the first party after it (SVO).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.engine.actors import actor_key
from streams.engine.doc import ActorMention, Doc, Sentence
from streams.engine.lexicon import LanguageData
from streams.engine.text import fold, word_end

PLACE, OBJECT, AGENT, SUBJECT, ORIGIN, FREE = "place", "object", "agent", "subject", "origin", ""
ADJUNCT = "adjunct"  # a party inside an adjunct phrase (roles.adjunct_before: de "nach Gesprächen mit Japan"): no subject
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # hard clause: between breaks, openers and the statement's content bounds
    end: int
    soft_start: int  # the part of it between commas around the trigger
    soft_end: int
    relative_at: int = -1  # where the relative pronoun that opened the clause stands ("Germany, which …, will send")


class ClauseReader:
    def __init__(self, data: LanguageData) -> None:
        accents = bool(data.get("fold_accents", False))
        self.continua = bool(data.get("scriptio_continua", False))

        def words(key: str, default=()) -> tuple[str, ...]:
            return tuple(fold(w, accents) for w in data.get(f"roles.{key}", list(default)))

        self.hard = frozenset(data.get("roles.clause_breaks", [";", ":", "(", ")", "•"]))
        self.soft = frozenset(data.get("roles.soft_breaks", [","]))
        # the same, for the clause scan (str.find per break character instead of a Python loop per character)
        self._hard_chars = tuple(c for c in self.hard if len(c) == 1)
        self._soft_chars = tuple(c for c in self.soft if len(c) == 1)
        self.openers = frozenset(words("clause_openers"))
        # relative pronouns among the openers: with no subject in the trigger's comma part, the
        # party the relative clause hangs on is it ("Germany, which leads the group, will send")
        self.relatives = frozenset(words("relatives"))
        # the forms of the relative that may be its verb's object (ru "которые", "которую", cs "které"): with no
        # party before the verb and none the clause hangs on, the party after the verb is its subject, as free
        # word order puts it ("танки, которые поставила Германия", "území, které okupovalo Rusko")
        self.object_relatives = frozenset(words("object_relatives"))
        # nouns that name an unnamed set of parties ("countries", fr "pays", es "países") and the relatives that may
        # hang a clause on them ("countries who joined NATO"): that clause's subject is the unnamed set (unnamed_relative)
        self.unnamed_heads = frozenset(words("unnamed_heads"))
        self.head_relatives = frozenset(words("head_relatives"))
        # nouns that name unnamed others by their relation to a party ("allies", "partners", "donors"): as the
        # giver of a supply they name no one (related_party)
        self.relation_nouns = frozenset(words("relation_nouns"))
        self.joining = frozenset(words("party_joiners")) | frozenset(words("coordinators"))  # "Germany and its partners"
        # verb endings of a relative clause put before its noun (ja "する", "した"): relative_head
        self.attributive_endings = tuple(sorted(words("attributive_endings"), key=len, reverse=True))
        self.place_before = frozenset(words("place_before"))
        self.object_before = frozenset(words("object_before"))
        self.agent_before = frozenset(words("agent_before"))
        self.origin_before = frozenset(words("origin_before"))  # "from the United States": a giver
        # prepositions of an adjunct phrase (de "mit", "gegenüber", "trotz"): a party after one is no subject, and
        # where commas do not close a fronted phrase (de "Nach Gesprächen mit Japan schickten die USA …") the
        # subject is read past it
        self.adjunct_before = frozenset(words("adjunct_before"))
        # postpositions that close an adjunct phrase one noun after the party (hu "Varsói látogatása **során**",
        # "Oroszország bejelentése **után**"): the party is no subject (ADJUNCT)
        self.adjunct_after = frozenset(words("adjunct_after"))
        # object control (de): verb forms whose object does the act of the infinitive clause after the comma ("forderte
        # Deutschland auf, Panzer zu liefern", "warnte Japan, keine Schiffe zu schicken"), the word that marks such an
        # infinitive ("zu") and the separable prefixes it stands after inside a word ("zusammenzuziehen") (controller)
        self.control_verbs = frozenset(words("control_verbs"))
        self.infinitive_particles = frozenset(words("infinitive_particles"))
        self.separable_prefixes = tuple(sorted(words("separable_prefixes"), key=len, reverse=True))
        self.infinitive_endings = tuple(words("infinitive_endings"))  # de "-n": "zusammenzuziehen"
        self.skip_before = frozenset(words("skip_before"))  # determiners between a preposition and its party
        self.place_after = words("place_after")
        self.object_after = words("object_after")
        self.subject_after = words("subject_after")
        self.place_endings = words("place_endings")
        self.object_endings = words("object_endings")
        # a party right after a noun with one of these endings is its addressee (dative), not its owner: ru "ультиматум
        # Киеву", "угрозы Литве", cs "ultimátum Kyjevu"; only endings no genitive of a party shares ("России" is both)
        self.dative_endings = words("dative_endings")
        self.origin_endings = words("origin_endings")  # hu ablative "az Egyesült Államoktól": a giver
        # postpositions (ja): a passive or nominal agent after the party ("米国による派遣"), an origin
        # ("米国から受け取った"); read before the place and object particles they begin with (に, か)
        self.agent_after = words("agent_after")
        self.origin_after = words("origin_after")
        self.pronouns = frozenset(words("pronouns"))
        self.first_person = frozenset(words("first_person"))
        # free word order with fronted phrases (cs, ru): the party nearest before the verb is its
        # subject; SVO and verb-second languages put the subject first in its clause
        self.subject_last = bool(data.get("roles.subject_last", False))
        self.min_stem = int(data.get("roles.min_stem", 3))  # letters a word keeps before an ending counts
        # words that join parties into one marked subject (ja "日本**と**フィリピン**は**"): the first
        # conjunct heads it, the others are free partners (else the last marked party would be the subject)
        self.subject_coordinators = words("subject_coordinators")
        # the genitive of a noun as a word before its party ("the accession **of** Sweden", fr "de", "du",
        # es "del", de "von", "des"): after a noun trigger, the party it names made the act
        self.genitive_before = frozenset(words("genitive_before"))
        # particles after the verb that make its clause a request to someone (ja "配備する**よう**求めた"): the
        # party asked (the object before the verb, "ドイツに対し") does the act
        self.request_markers = words("request_markers")
        self.infinitive_endings = words("infinitive_endings")  # es "ar", "er", "ir": "pidió a Japón enviar"
        # a country right after a noun is its genitive (de "der Beitritt Schwedens"; ru, uk, cs: events.genitive_owner)
        self.genitive_case = bool(data.get("roles.genitive_case", False))
        # articles that open a subject noun phrase at the head of a clause (de "der", "die", "das", "ein"): with no
        # party inside it, the clause's subject names none (unnamed_subject)
        self.subject_articles = frozenset(words("subject_articles"))
        # endings that close a condition after its subject (ja "日本が介入**すれば**", "**なら**", "**たら**"): that subject's
        # act brings the consequence, it never threatens it (in_condition)
        self.condition_closers = words("condition_closers")
        # the particle that marks a subject inside such a clause (ja "が"; "は" marks the main clause's topic)
        self.condition_subject_markers = words("condition_subject_markers")
        # subjects are left out when the sentence before names who acts (ja): a warning with no party of its own
        # was made by the first party of the sentence before that is neither place nor object (dropped_subject)
        self.zero_subject = bool(data.get("roles.zero_subject", False))
        # verb-initial (ar): prefixes of a definite noun ("ال"); such a noun in the first two words after the verb that
        # names no party is its subject ("هدد وزير الخارجية بولندا": the minister threatens Poland) (unnamed_subject_after)
        self.subject_noun_prefixes = words("subject_noun_prefixes")
        # words that say forces belong to someone unnamed ("foreign forces", "forces étrangères", "外国軍"): the speaker
        # or another party of the clause does not own them (unnamed_owner)
        self.unnamed_owners = frozenset(words("unnamed_owners"))
        # endings of an impersonal plural verb (ru, uk "-ли": "В Кремле пригрозили Польше"): with no subject, the
        # institution or capital named as where it was said speaks for its side (impersonal_seat)
        self.impersonal_endings = words("impersonal_endings")
        # passive auxiliaries that stand apart from their participle (de "Polen **wurde** von Russland gewarnt", "ist …
        # bedroht **worden**"): with one in the clause, the agent before the verb is its subject (bracket_agent)
        self.bracket_auxiliaries = frozenset(words("bracket_auxiliaries"))
        self.parses = bool(data.get("roles.parse", False))  # the parse reads the word order (subject_after_verb)
        # verbs of receiving: the first words of the terms of receiving groups (events.toml, `directed` and
        # `subject_is_location`: "Ukraine received tanks from …"); a warning received comes from its origin (received_from)
        receiving = sorted({fold(t, accents).strip() for g in data.events.get("trigger", [])
                            if g.get("directed") and g.get("subject_is_location") for t in g.get("terms", [])
                            if t.strip("* ") and not t.startswith("*")}, key=len, reverse=True)
        self.receiving = re.compile(r"\b(?:%s)" % "|".join(
            re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t) + r"\b" for t in receiving)) if receiving else None

    # -- clause bounds -----------------------------------------------------------------------
    def clause(self, doc: Doc, sent: Sentence, start: int, end: int, statement=None) -> Clause:
        """The clause around text[start:end] inside the sentence (and inside the statement's
        content when the trigger is reported, or before the content when it is the cue)."""
        lo, hi = sent.start, sent.end
        if statement is not None:
            c = statement.content
            if c.start <= start and end <= c.end:
                lo, hi = max(lo, c.start), min(hi, c.end)
            elif end <= c.start:
                hi = min(hi, c.start)  # "warned Japan | that …": the content is another clause
        folded = doc.folded
        h0, s0, h1, s1 = self._breaks(folded, lo, hi, start, end)
        relative_at = -1
        if self.openers:
            opened = h0
            h0, h1, relative_at = self._openers(folded, h0, h1, start, end)
            if h0 > opened and relative_at < 0 and not self.continua:
                s0 = max(s0, self._fronted_end(doc, h0, start))
        return Clause(h0, h1, max(s0, h0), min(s1, h1), relative_at)

    def _breaks(self, folded: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int, int, int]:
        """Around text[start:end] inside [lo, hi): the clause's bounds at the nearest hard break (a
        `clause_breaks` character or a dash between spaces) on each side, and its comma part's at the
        nearest soft break inside them (not a comma between digits); lo / hi where there is none."""
        brk = lo - 1
        for c in self._hard_chars:
            brk = max(brk, folded.rfind(c, lo, start))
        i = folded.rfind("-", brk + 1, start)
        while i > brk and not self._dash(folded, i):
            i = folded.rfind("-", brk + 1, i)
        h0 = max(brk, i) + 1
        s0 = lo
        for c in self._soft_chars:
            i = folded.rfind(c, h0, start)
            while i >= 0 and _in_number(folded, i):
                i = folded.rfind(c, h0, i)
            s0 = max(s0, i + 1)
        h1 = hi
        for c in self._hard_chars:
            i = folded.find(c, end, h1)
            if i >= 0:
                h1 = i
        i = folded.find("-", end, h1)
        while i >= 0 and not self._dash(folded, i):
            i = folded.find("-", i + 1, h1)
        if i >= 0:
            h1 = i
        s1 = hi
        for c in self._soft_chars:
            i = folded.find(c, end, h1)
            while i >= 0 and _in_number(folded, i):
                i = folded.find(c, i + 1, h1)
            if i >= 0:
                s1 = min(s1, i)
        return h0, s0, h1, s1

    @staticmethod
    def _fronted_end(doc: Doc, h0: int, start: int) -> int:
        """A subordinate clause put first ends at its comma when a party follows that comma before the
        trigger: the main clause's subject stands there ("Falls die Nato angreift, wird Russland …
        verlegen", "Si la Pologne accepte, la Russie déploiera"), so the comma part starts after it
        (the clause keeps its condition: modality reads it); where no party follows, the comma sets off
        an aside inside the clause ("dass die USA, wenn nötig, Truppen verlegen") and nothing moves."""
        folded = doc.folded
        cut = folded.rfind(",", h0, start)
        while cut >= 0 and _in_number(folded, cut):
            cut = folded.rfind(",", h0, cut)
        if cut < 0:
            return h0
        return cut + 1 if any(actor_key(m.actor) for m in doc.mentions_in(cut + 1, start)) else h0

    @staticmethod
    def _dash(folded: str, i: int) -> bool:
        """A dash between spaces sets off a clause (folding made every dash '-'); "pro-Russian" does not."""
        return 0 < i < len(folded) - 1 and folded[i - 1].isspace() and folded[i + 1].isspace()

    def _openers(self, folded: str, h0: int, h1: int, start: int, end: int) -> tuple[int, int, int]:
        """The clause bounds moved to the nearest openers, and where the opening word stands when
        it is a relative pronoun (`relatives`), else -1."""
        relative_at = -1
        if self.continua:
            for op in self.openers:
                at = folded.rfind(op, h0, start)
                if at >= 0:
                    h0 = max(h0, at + len(op))
                at = folded.find(op, end, h1)
                if at >= 0:
                    h1 = min(h1, at)
            return h0, h1, relative_at
        for w in _WORD.finditer(folded, h0, start):
            if w.group() in self.openers:
                h0 = w.end()
                relative_at = w.start() if w.group() in self.relatives else -1
        for w in _WORD.finditer(folded, end, h1):
            if w.group() in self.openers:
                h1 = w.start()
                break
        return h0, h1, relative_at

    # -- slots -------------------------------------------------------------------------------
    def slot(self, doc: Doc, m: ActorMention) -> str:
        """How the text marks a mention: place, object, agent, subject, or nothing (word order decides)."""
        key = (m.start, m.end)
        if (cached := doc.role_slots.get(key)) is None:
            cached = doc.role_slots[key] = self._coordinated_slot(doc, m)
        return cached

    def _coordinated_slot(self, doc: Doc, m: ActorMention) -> str:
        found = self._slot(doc, m)
        if not self.subject_coordinators or found not in (SUBJECT, FREE):
            return found
        last = m
        while (nxt := self._conjunct(doc, last)) is not None:
            last = nxt
        if self._slot(doc, last) != SUBJECT or (last is m and self._conjunct(doc, m, before=True) is None):
            return found
        # one coordinated subject: its first party heads it
        return FREE if self._conjunct(doc, m, before=True) is not None else SUBJECT

    def _conjunct(self, doc: Doc, m: ActorMention, before: bool = False) -> ActorMention | None:
        """The party joined to this one by a subject coordinator right after it (or right before it)."""
        folded = doc.folded
        for c in self.subject_coordinators:
            if before:
                if folded.endswith(c, 0, m.start):
                    at = m.start - len(c)
                    return next((o for o in doc.mentions_in(max(0, at - 40), at) if o.end == at), None)
            elif folded.startswith(c, m.end):
                at = m.end + len(c)
                return next((o for o in doc.mentions_in(at, at + 40) if o.start == at), None)
        return None

    def _slot(self, doc: Doc, m: ActorMention) -> str:
        folded = doc.folded
        if self.place_before or self.object_before or self.agent_before or self.origin_before or self.adjunct_before:
            prev = self._marker_before(folded, m.start) if self.continua else self.word_before(folded, m.start)
            if not self.continua and self.origin_before and self._origin_right_before(folded, m.start):
                # an origin word right before the party, no noun between: ru "закупит у США" (from the US), while
                # "у границ Украины" (at Ukraine's borders) reaches the same word past a place noun and stays a place
                return ORIGIN
            if not self.continua and prev not in self.place_before | self.object_before | self.agent_before | self.origin_before \
                    | self.adjunct_before:
                # a nationality adjective between the preposition and its party shares its mark: "im
                # syrischen Latakia", "в сирийской Латакии", "in the Syrian port of Tartus"
                adj = next((o for o in doc.mentions_in(max(0, m.start - 30), m.start)
                            if o.how == "demonym" and o.end < m.start and not folded[o.end:m.start].strip()), None)
                if adj is not None:
                    prev = self.word_before(folded, adj.start)
            if prev in self.place_before:
                return PLACE
            if prev in self.object_before:
                return OBJECT
            if prev in self.agent_before:
                return PLACE if prev in self.genitive_before and self._place_genitive(doc, m.start) else AGENT
            if prev in self.origin_before:
                return ORIGIN
            if prev in self.adjunct_before:
                return ADJUNCT
        if self.adjunct_after and not self.continua:
            nxt = _WORD.findall(folded, word_end(folded, m.end), min(len(folded), m.end + 40))[:2]
            gap = folded[m.end:m.end + 40]
            if any(w in self.adjunct_after for w in nxt) and not any(c in gap[:gap.find(next(w for w in nxt if w in self.adjunct_after))]
                                                                       for c in ",;:"):
                return ADJUNCT
        if self.place_endings or self.object_endings or self.origin_endings:
            word = folded[m.start:word_end(folded, m.end)]
            if len(word) > self.min_stem:
                if word.endswith(self.place_endings) and self._ending_fits(word, self.place_endings):
                    return PLACE
                if word.endswith(self.object_endings) and self._ending_fits(word, self.object_endings):
                    return OBJECT
                if word.endswith(self.origin_endings) and self._ending_fits(word, self.origin_endings):
                    return ORIGIN
        if self.place_after or self.object_after or self.subject_after or self.agent_after or self.origin_after:
            j = m.end
            if not self.continua:
                while j < len(folded) and folded[j] == " ":
                    j += 1
            for markers, slot in ((self.agent_after, AGENT), (self.origin_after, ORIGIN), (self.place_after, PLACE),
                                  (self.object_after, OBJECT), (self.subject_after, SUBJECT)):
                for mk in markers:
                    if folded.startswith(mk, j) and (self.continua or not folded[j + len(mk):j + len(mk) + 1].isalnum()):
                        return slot
        return FREE

    def _place_genitive(self, doc: Doc, pos: int) -> bool:
        """The marker before the party at `pos` is both an agent's and a genitive's (de "von") and follows a place
        word ("in die Nähe von Kaliningrad") or a noun a place preposition governs ("in den Hafen von Tartus", "auf den
        Stützpunkt von Hmeimim"): the party names where, it is no passive agent. A party before the marker ("in Polen
        von Deutschland stationiert") leaves it an agent."""
        ws = list(_WORD.finditer(doc.folded, max(0, pos - 80), pos))
        k = len(ws) - 1
        while k >= 0 and ws[k].group() in self.skip_before:
            k -= 1
        k -= 1  # the marker
        if k < 0 or any(actor_key(o.actor) for o in doc.mentions_in(ws[k].start(), ws[k].end())):
            return False
        if ws[k].group() in self.place_before:
            return True
        j = k - 1
        while j >= 0 and k - j <= 2 and ws[j].group() in self.skip_before:
            j -= 1
        return j >= 0 and j < k - 1 and ws[j].group() in self.place_before

    def _origin_right_before(self, folded: str, pos: int) -> bool:
        words = _WORD.findall(folded, max(0, pos - 16), pos)
        return bool(words) and words[-1] in self.origin_before and not folded[pos - 1:pos].isalnum()

    def _ending_fits(self, word: str, endings: tuple[str, ...]) -> bool:
        return any(word.endswith(e) and len(word) - len(e) >= self.min_stem for e in endings)

    def _marker_before(self, folded: str, pos: int) -> str | None:
        """Continua (zh): the longest marker that ends right before a mention ("向日本", "在叙利亚"): there
        are no word boundaries, so the word before would be the whole run of characters. `skip_before`
        lists longer words that end in a marker without being one (反对 "oppose" ends in 对, 存在 in 在)."""
        markers = (*self.place_before, *self.object_before, *self.agent_before, *self.origin_before, *self.skip_before)
        found = [p for p in markers if folded.endswith(p, 0, pos)]
        best = max(found, key=len) if found else None
        return None if best in self.skip_before else best

    def word_before(self, folded: str, pos: int, floor: int = 0) -> str | None:
        """The word before a mention (not before `floor`), stepping over determiners ("in the United States",
        "des chars de l'Allemagne")."""
        lo = max(floor, pos - 40)
        words = _WORD.findall(folded, lo, pos)
        if not words:
            return None
        # every determiner ("de la Suède", "de l'Allemagne"), at most three, no further than the first word
        k = len(words) - 1
        while k > 0 and len(words) - k <= 3 and words[k] in self.skip_before:
            k -= 1
        return words[k]

    def ending_object(self, doc: Doc, m: ActorMention) -> bool:
        """The mention is an object by its ending alone, no marker word before it (uk "Польщі", ru "Украине":
        the same ending is often a genitive, "сили України та Польщі")."""
        if not self.object_endings or self.slot(doc, m) != OBJECT:
            return False
        prev = self._marker_before(doc.folded, m.start) if self.continua else self.word_before(doc.folded, m.start)
        if prev in self.object_before or prev in self.place_before:
            return False
        j = m.end
        while j < len(doc.folded) and doc.folded[j] == " ":
            j += 1
        return not any(doc.folded.startswith(mk, j) for mk in self.object_after)

    def related_party(self, doc: Doc, clause: Clause, start: int, end: int, in_clause: list[ActorMention]):
        """The giver of a supply is a relation noun (`relation_nouns`: "Ukraine's partners will send",
        "союзники Украины передали", "яке надають західні партнери", "乌克兰的盟友提供"): False when none stands
        as the subject of the verb text[start:end] (before it in its comma part, or right after it before any
        party) or when a named party is the subject beside it ("Germany and its partners"); else the party
        the noun belongs to (the receiver, None when it names none). A bloc's allies are its members ("NATO
        allies"): False."""
        if not self.relation_nouns:
            return False
        folded = doc.folded
        lo = max(clause.soft_start, clause.start)
        span = None
        if self.continua:
            for w in self.relation_nouns:
                i = folded.rfind(w, lo, start)
                if i >= 0 and (span is None or i > span[0]):
                    span = (i, i + len(w))
        else:
            for w in _WORD.finditer(folded, lo, start):
                if w.group() in self.relation_nouns:
                    span = w.span()
            if span is None:  # after the verb (verb-subject order)
                for w in _WORD.finditer(folded, end, min(clause.soft_end, end + 40)):
                    if any(m.start <= w.start() < m.end for m in in_clause):
                        break  # a party comes first
                    if w.group() in self.relation_nouns:
                        span = w.span()
                        break
        if span is None:
            return False
        a, b = span
        owner = None
        for m in in_clause:
            gap = folded[m.end:a] if m.end <= a else folded[b:m.start] if m.start >= b else None
            if gap is None:
                continue
            words = _WORD.findall(gap.replace("'s", " ").replace("’s", " "))
            if self.joining.intersection(words):
                continue  # "Germany and its partners": a partner of the relation noun, no owner of it
            if m.end <= a and (len(gap.strip()) <= 1 if self.continua else len(words) <= 2) and not any(c in gap for c in ",;:") \
                    or m.start >= b and not self.continua and len(words) <= 3 and not any(c in gap for c in ",;:"):
                owner = m
                break
        if owner is not None and owner.actor.kind == "organisation" and not owner.actor.country:
            return False
        if any(m is not owner and lo <= m.start and m.end <= start and self.slot(doc, m) in (FREE, SUBJECT)
               for m in in_clause):
            return False
        return owner

    def relative_head(self, doc: Doc, end: int) -> ActorMention | None:
        """The party a verb ending at `end` modifies where relative clauses stand before their noun (ja
        "台湾を威嚇**する**中国", "日本に警告**した**北朝鮮は"): an attributive ending (`attributive_endings`) and
        the party right after it; with no subject marked before the verb, that party is its subject."""
        if not self.attributive_endings:
            return None
        folded = doc.folded
        for e in self.attributive_endings:
            if folded.startswith(e, end):
                at = end + len(e)
                return next((m for m in doc.mentions_in(at, at + 40) if m.start == at and actor_key(m.actor)), None)
        return None

    def unnamed_relative(self, doc: Doc, clause: Clause) -> int:
        """Where the relative that opens `clause` stands when it hangs the clause on a noun that names an unnamed set of
        parties (`unnamed_heads` before a `head_relatives` word: "troops from countries who joined NATO", "des pays qui
        ont adhéré à l'Otan", "los países que se unieron a la OTAN"): its verb's subject is that set, not a party named
        before it; else -1."""
        if not self.unnamed_heads or self.continua:
            return -1
        words = list(_WORD.finditer(doc.folded, max(0, clause.start - 40), clause.start))
        if len(words) < 2 or words[-1].end() != clause.start or words[-1].group() not in self.head_relatives:
            return -1
        if words[-2].group() not in self.unnamed_heads or doc.folded[words[-2].end():words[-1].start()].strip(" ,"):
            return -1
        return words[-1].start()

    def relative_between(self, doc: Doc, lo: int, hi: int) -> bool:
        """A relative pronoun (`head_relatives`) opens a clause in text[lo:hi] after a party or an unnamed set
        of parties named there ("partnership with NATO, the alliance that includes the United States", "an agreement
        with the countries that border Russia"): what follows it describes that party, it is no part of the act before
        (a relative right on the trigger's own noun goes on telling the act: "coalition planes that airdrop weapons")."""
        rel = self.head_relatives  # (the words that open relatives in the languages that list them)
        if not rel or self.continua:
            return False
        for w in _WORD.finditer(doc.folded, lo, hi):
            if w.group() in rel:
                return any(actor_key(m.actor) for m in doc.mentions_in(lo, w.start())) or any(
                    v.group() in self.unnamed_heads for v in _WORD.finditer(doc.folded, lo, w.start()))
        return False

    def object_relative(self, doc: Doc, at: int) -> bool:
        """The relative pronoun at `at` has a form that may be its verb's object (`object_relatives`)."""
        w = _WORD.match(doc.folded, at)
        return w is not None and w.group() in self.object_relatives

    def genitive_marked(self, doc: Doc, m: ActorMention) -> bool:
        """A genitive word (`genitive_before`) stands right before the party, determiners between ("des
        États-Unis", "de la France", "de Alemania"): after a verb of receiving, the party it marks gives
        ("L'Ukraine a reçu des chars de l'Allemagne", "Ucrania ha recibido misiles de Estados Unidos")."""
        if not self.genitive_before or self.continua:
            return False
        words = _WORD.findall(doc.folded, max(0, m.start - 30), m.start)
        for w in reversed(words[-4:]):
            if w in self.genitive_before:
                return True
            if w not in self.skip_before:
                return False
        return False

    def dative(self, doc: Doc, m: ActorMention) -> bool:
        """The mention's last word ends as a dative (`dative_endings`): after a noun ("погрозу Литві",
        "ultimátum Kyjevu") the party is whom it is addressed to, not whose it is."""
        if not self.dative_endings:
            return False
        words = _WORD.findall(doc.folded, m.start, word_end(doc.folded, m.end))
        # (no `min_stem`: short names count, "Києву" is "Київ" in the dative)
        return bool(words) and any(words[-1].endswith(e) and len(words[-1]) > len(e) for e in self.dative_endings)

    def infinitive(self, doc: Doc, start: int, end: int) -> bool:
        """The trigger's first word ends as an infinitive (`roles.infinitive_endings`: es "enviar", fr "envoyer")."""
        if not self.infinitive_endings:
            return False
        w = _WORD.search(doc.folded, start, end)
        return w is not None and ends_as_infinitive(w.group(), self.infinitive_endings)

    def requested(self, doc: Doc, end: int) -> bool:
        """A request marker follows the verb ending at `end`, its inflection between (ja "配備**するよう**")."""
        if not self.request_markers:
            return False
        tail = doc.folded[end:end + 8]
        return any(0 <= tail.find(mk) <= 4 for mk in self.request_markers)

    def instrumental(self, doc: Doc, m: ActorMention) -> bool:
        """The mention is marked as an origin by its ending alone, no preposition before it (uk "Францією",
        not "з Польщею"): a bare instrumental, the agent of a passive verb."""
        if not self.origin_endings or self.word_before(doc.folded, m.start) in self.origin_before | self.place_before:
            return False
        return self._ending_fits(doc.folded[m.start:word_end(doc.folded, m.end)], self.origin_endings)

    def noun_trigger(self, doc: Doc, start: int, end: int) -> bool:
        """The trigger text[start:end] is a noun, whatever its group says: it ends in a genitive word
        after a word of its own ("presence of", "l'adhésion de", "Einsatz von"), or a determiner
        (`skip_before`) or a possessive stands right before it ("the threats", "las amenazas", "dem Beitritt",
        "Sweden's entry")."""
        if not self.genitive_before or self.continua:
            return False  # (the possessor after a noun is read only where the language lists its genitive)
        words = _WORD.findall(doc.folded, start, end)
        if len(words) >= 2 and words[-1] in self.genitive_before:
            return True
        if doc.folded[max(0, start - 3):start] in ("'s ", "’s "):
            return True  # a possessive before it: "Sweden's entry"
        before = _WORD.findall(doc.folded, max(0, start - 12), start)
        return bool(before) and before[-1] in self.skip_before and doc.folded[start - 1:start] in (" ", "'", "’")

    def party_after_noun(self, doc: Doc, end: int, mentions: list[ActorMention],
                         genitive_only: bool = False) -> ActorMention | None:
        """The party a noun's own phrase names right after it (the noun ends at `end`): its genitive
        ("the accession of Sweden", "l'adhésion de la Suède", "die Drohungen der Russen"), its agent or
        origin ("threats by/from North Korea", "amenazas por parte de Corea del Norte", "Drohungen aus
        Moskau"), or a nationality adjective after it where adjectives follow their noun ("les menaces
        russes", "amenazas norcoreanas"). Only words of those kinds and determiners stand between (at
        most three); None when another word does, or when the party is marked as a place or object.
        `genitive_only`: the owner of forces ("des soldats de l'Otan"; "troops from Belarus" may be moved out of it)."""
        folded = doc.folded
        linking = self.genitive_before if genitive_only else self.genitive_before | self.agent_before | self.origin_before
        # a trigger may end in the linking word itself ("l'adhésion de", "menaces d'")
        tail = _WORD.findall(folded, max(0, end - 12), end)
        linked = bool(tail) and tail[-1] in linking and not folded[end - 1:end].isspace() and \
            folded[max(0, end - 12):end].rstrip("'’ ").endswith(tail[-1])
        for m in mentions:
            if m.start < end:
                continue
            if m.start - end > 40:
                return None
            gap = folded[end:m.start]
            if any(not (c.isalnum() or c.isspace() or c in "'’\"“”«»„") for c in gap):
                return None  # a comma, a colon, a bracket: the phrase has ended
            words = _WORD.findall(gap)
            if linked and all(w in self.skip_before for w in words):
                return m if self._slot(doc, m) not in (PLACE, OBJECT) else None
            if not words:
                # adjacent: a nationality adjective after its noun; a name right after a noun is its genitive
                # only where the language has the case (events.genitive_owner reads that)
                if self.genitive_case and m.actor.kind == "country" and not genitive_only:
                    return m  # de "der Beitritt Schwedens"
                return m if m.how == "demonym" and not self.continua and gap.strip() == "" else None
            if self.genitive_case and len(words) == 1 and words[0] in self.skip_before:
                # an article in the genitive before the party: "die Drohungen der Russen", "Truppen der Nato"
                return m if self._slot(doc, m) not in (PLACE, OBJECT) else None
            if len(words) > 3 or not all(w in linking or w in self.skip_before for w in words) \
                    or not any(w in linking for w in words):
                return None
            return m if self._slot(doc, m) not in (PLACE, OBJECT) else None
        return None

    def unnamed_subject(self, doc: Doc, lo: int, start: int) -> int:
        """Where the subject ends when the clause part text[lo:start] opens with a noun phrase that names no party
        (`subject_articles`, capitalised nouns: de "Das Verteidigungsministerium schickt Litauen Soldaten", "dass der
        Minister Polen drohte"): the parties after it are objects, never the subject; -1 when the part opens
        otherwise, or the phrase names a party inside or in a genitive after its noun ("Der russische Präsident",
        "Ein Sprecher des Kremls", "Der Außenminister Russlands")."""
        if not self.subject_articles or self.continua:
            return -1
        words = list(_WORD.finditer(doc.folded, lo, start))
        if len(words) < 2 or words[0].group() not in self.subject_articles:
            return -1
        parties = [m for m in doc.mentions_in(lo, start) if actor_key(m.actor)]
        head = None
        for w in words[1:4]:  # the noun: the first capitalised word, lower-case adjectives before it
            if any(m.start < w.end() and w.start() < m.end for m in parties):
                return -1
            if doc.text[w.start():w.start() + 1].isupper():
                head = w
                break
        if head is None:
            return -1
        rest = words[words.index(head) + 1:]
        nxt = next((m for m in parties if m.start >= head.end()), None)
        if rest and (rest[0].group() in self.genitive_before or rest[0].group() in self.skip_before):
            # "des Kremls", "der Ukraine": a genitive (or a dative, the same words) that names a party is left to word
            # order; one that names none ("Ein Sprecher des Ministeriums") belongs to the subject
            noun = next((w for w in rest[1:4] if doc.text[w.start():w.start() + 1].isupper()), None)
            if noun is None or nxt is not None and nxt.start < noun.end():
                return -1
            head = noun
        elif nxt is not None and not doc.folded[head.end():nxt.start].strip() and doc.folded[nxt.end:nxt.end + 1].isalpha():
            return -1  # "Der Außenminister Russlands": the name in the genitive
        return head.end()

    def in_condition(self, doc: Doc, m: ActorMention, end: int) -> bool:
        """The party is the subject of a condition that closes before `end` with no break between (ja "日本が台湾に介入
        すれば対抗措置を取る": Japan is warned); "北朝鮮は、米国が…続ければ" and "ロシアはフィンランドが…" keep the topic."""
        if not self.condition_closers or m.end > end:
            return False
        folded, breaks = doc.folded, (*self._soft_chars, *self._hard_chars)
        seg = folded[m.end:end]
        cut = min((i for c in breaks if (i := seg.find(c)) >= 0), default=len(seg))
        if not any(0 <= seg.find(c) < cut for c in self.condition_closers):
            return False
        if not self.condition_subject_markers:
            return True
        # the condition opens at its subject (this party or one before it, unbroken): "ロシアはフィンランドが加盟すれば"
        # keeps the topic Russia out, "日本が台湾問題に介入すれば" holds Taiwan
        sent = doc.sentence_at(m.start)
        lo = max((folded.rfind(c, sent.start if sent else 0, m.start) for c in breaks), default=-1) + 1
        return any(o.end <= m.end and folded.startswith(self.condition_subject_markers, o.end)
                   for o in doc.mentions_in(lo, m.end))

    def dropped_subject(self, doc: Doc, start: int) -> ActorMention | None:
        """Where subjects are left out (`zero_subject`): the first party of the sentence before the one at `start`
        that is neither a place, an object, an agent nor an origin ("ロシアのラブロフ外相は声明を発表した。…と警告した")."""
        if not self.zero_subject:
            return None
        sent = doc.sentence_at(start)
        prev = doc.sentence_at(sent.start - 1) if sent is not None and sent.start > 0 else None
        if prev is None or prev is sent:
            return None
        return next((m for m in doc.mentions_in(prev.start, prev.end)
                     if actor_key(m.actor) and self.slot(doc, m) in (SUBJECT, FREE)), None)

    def unnamed_subject_after(self, doc: Doc, end: int, hi: int) -> bool:
        """Verb-initial clauses: the verb ending at `end` is followed (before `hi`) by a definite noun
        (`subject_noun_prefixes`) in its first two words and no party stands in them: the subject names no party and
        the parties after it are objects ("هددت الحكومة ليتوانيا", "حذر المتحدث باسم الوزارة بولندا")."""
        if not self.subject_noun_prefixes or self.continua:
            return False
        words = [w for w, _ in zip(_WORD.finditer(doc.folded, end, hi), range(2))]
        parties = [m for m in doc.mentions_in(end, hi) if actor_key(m.actor)]

        def party(w) -> ActorMention | None:
            return next((m for m in parties if m.start < w.end() and w.start() < m.end), None)

        def definite(w) -> bool:
            return w.group().startswith(self.subject_noun_prefixes) and len(w.group()) > 3

        if not words or party(words[0]) is not None:
            return False
        if definite(words[0]):
            # "الحكومة ليتوانيا": the noun alone; a nationality adjective after it names its party ("الحكومة الروسية")
            nxt = party(words[1]) if len(words) > 1 else None
            return nxt is None or nxt.how != "demonym"
        # a construct ("وزير الخارجية"): its definite genitive names no party ("وزير خارجية روسيا" names Russia)
        return len(words) > 1 and definite(words[1]) and party(words[1]) is None

    def unnamed_owner(self, doc: Doc, force: tuple[int, int]) -> bool:
        """The forces at text[force] are said to be someone unnamed's: an `unnamed_owners` word among the two words
        before them or right after them ("foreign forces", "des forces étrangères", "иностранные войска"), or, where
        words run together, in or right before the force word ("外国軍", "外国军队")."""
        if not self.unnamed_owners:
            return False
        folded = doc.folded
        if self.continua:
            near = folded[max(0, force[0] - 4):force[1]]
            return any(w in near for w in self.unnamed_owners)
        before = _WORD.findall(folded, max(0, force[0] - 30), force[0])[-2:]
        after = _WORD.match(folded, force[1] + 1) if folded[force[1]:force[1] + 1] == " " else None
        return bool(self.unnamed_owners.intersection(before)) or after is not None and after.group() in self.unnamed_owners

    def impersonal_seat(self, doc: Doc, clause: Clause, start: int, end: int) -> ActorMention | None:
        """The verb text[start:end] is an impersonal plural (`impersonal_endings`) and the first party of its clause,
        before it, is marked as a place: that office or capital speaks ("В Кремле пригрозили Польше", "В МИД России
        предупредили Финляндию", "У Москві попередили Литву"). None otherwise."""
        if not self.impersonal_endings or self.continua:
            return None
        w = _WORD.match(doc.folded, start)
        if w is None or w.end() > end or not w.group().endswith(self.impersonal_endings):
            return None
        first = next((m for m in doc.mentions_in(max(clause.start, clause.soft_start), start) if actor_key(m.actor)), None)
        return first if first is not None and self.slot(doc, first) == PLACE else None

    def bracket_passive(self, doc: Doc, clause: Clause) -> bool:
        """A `bracket_auxiliaries` word stands in the clause (de "Polen wurde … gewarnt")."""
        return bool(self.bracket_auxiliaries) and any(
            w.group() in self.bracket_auxiliaries for w in _WORD.finditer(doc.folded, clause.start, clause.end))

    def bracket_agent(self, doc: Doc, clause: Clause, start: int, agents: list[ActorMention]) -> ActorMention | None:
        """The last of `agents` (parties marked as passive agents before the verb at `start`) when a
        `bracket_auxiliaries` word stands in the clause: "Polen wurde von Russland vor Konsequenzen gewarnt"."""
        if not agents or not self.bracket_passive(doc, clause):
            return None

        def on_a_noun(m: ActorMention) -> bool:
            # "vor einem Angriff von Belarus": the marker after a noun (capitalised) makes a genitive, not an agent
            ws = list(_WORD.finditer(doc.folded, max(clause.start, m.start - 60), m.start))
            k = len(ws) - 1
            while k >= 0 and ws[k].group() in self.skip_before:
                k -= 1
            k -= 1  # the agent's marker
            return k >= 0 and doc.text[ws[k].start()].isupper() and ws[k].group() not in self.bracket_auxiliaries \
                and ws[k].start() > clause.start \
                and not any(actor_key(o.actor) for o in doc.mentions_in(ws[k].start(), ws[k].end()))  # "in Polen von …"
        found = [m for m in agents if not on_a_noun(m)]
        return found[-1] if found else None

    def seat(self, doc: Doc, end: int, start: int) -> ActorMention | None:
        """A capital right after a subject noun phrase that ends at `end`, marked as a place, before the verb at
        `start`: the seat of the office the phrase names ("Das Außenministerium in Peking drohte …"): its government."""
        m = next((m for m in doc.mentions_in(end, start) if actor_key(m.actor)), None)
        if m is None or m.how != "capital" or self.slot(doc, m) != PLACE:
            return None
        return m if len(_WORD.findall(doc.folded, end, m.start)) <= 2 else None

    def agent_before_noun(self, doc: Doc, clause: Clause, start: int, agents: list[ActorMention]) -> ActorMention | None:
        """The last of `agents` (parties marked as passive agents before the trigger at `start`) when at most two words
        stand between it and the trigger in its comma part: the trigger is the complement of a passive verb before the
        agent ("La Lituanie a été menacée par Moscou **de représailles**", "was threatened by Moscow with
        countermeasures"), and the agent made it, not the passive subject."""
        lo = max(clause.start, clause.soft_start)
        found = [m for m in agents if m.start >= lo]
        if not found or self.continua:
            return None
        m = found[-1]
        gap = doc.text[m.end:start]
        if len(_WORD.findall(doc.folded, m.end, start)) > 2 or any(c in gap for c in ",;:()"):
            return None
        # after a capitalised noun the marker makes a genitive, no agent ("vor einem Angriff von Belarus gewarnt")
        ws = list(_WORD.finditer(doc.folded, max(lo, m.start - 60), m.start))
        k = len(ws) - 1
        while k >= 0 and ws[k].group() in self.skip_before:
            k -= 1
        k -= 1  # the agent's marker
        return None if k >= 0 and doc.text[ws[k].start()].isupper() else m

    def office_seat(self, doc: Doc, clause: Clause, start: int) -> ActorMention | None:
        """A capital marked as a place right before the verb at `start` (at most two words between: an auxiliary),
        after the noun phrase that opens the clause part ("The foreign ministry in Beijing warned Tokyo",
        "Министерство в Пекине предупредило", "Ministerstvo v Pekingu varovalo"): the seat of the office that
        phrase names speaks for its government (as `seat` where `unnamed_subject` reads the phrase). Not a place
        that opens the part ("In Beijing, officials warned …"; ru/uk "В Кремле пригрозили": impersonal_seat)."""
        if self.continua or not self.place_before:
            return None
        lo = max(clause.start, clause.soft_start)
        m = next((m for m in reversed(doc.mentions_in(lo, start)) if actor_key(m.actor)), None)
        if m is None or m.how != "capital" or self.slot(doc, m) != PLACE:
            return None
        if len(_WORD.findall(doc.folded, m.end, start)) > 2 or any(c in doc.text[m.end:start] for c in ",;:"):
            return None
        opening = _WORD.findall(doc.folded, lo, m.start)  # the noun phrase and the place's preposition
        return m if 2 <= len(opening) <= 6 and opening[0] not in self.place_before else None

    def misread_inversion(self, doc: Doc, statement, start: int, end: int) -> bool:
        """The statement of the verb text[start:end] was read as inverted (CONTENT, CUE SPEAKER) on a subject set off by
        an adjunct or a relative clause: "China's defence ministry, in a statement on Monday, warned Manila against
        …", "Der Kreml, der …, drohte Finnland mit …". Its "content" opens with a short noun phrase that names a party,
        then a comma part, then the verb; its "speaker" is a country or a capital, the one warned. (An inverted quote
        has a clause before the cue and a person after it: "Russia will respond, warned Lavrov.")"""
        if self.continua or statement is None or statement.speaker is None or statement.content is None:
            return False
        if statement.speaker.start < end or statement.content.start >= start or statement.content.end > start:
            return False
        spoken = next((m for m in doc.mentions_in(statement.speaker.start, statement.speaker.end) if actor_key(m.actor)), None)
        if spoken is None or spoken.how not in ("country", "capital"):
            return False
        folded, lo = doc.folded, statement.content.start
        cut = folded.find(",", lo, start)
        while cut >= 0 and _in_number(folded, cut):
            cut = folded.find(",", cut + 1, start)
        if cut < 0 or folded.find(",", cut + 1, end) < 0:
            return False  # no comma part between the noun phrase and the verb
        words = _WORD.findall(folded, lo, cut)
        if not 1 <= len(words) <= 5 or self.openers.intersection(words):
            return False
        return any(actor_key(m.actor) for m in doc.mentions_in(lo, cut))

    def subject_after_verb(self, doc: Doc, clause: Clause, start: int, end: int, in_clause: list[ActorMention],
                           slot) -> ActorMention | None:
        """Free word order with case endings (`object_endings`, cs, uk, ru, hu): the subject may follow its verb when
        the clause opens with an object or an adverb ("Nové tanky Ukrajině dodá Německo", "Вчора пригрозила Росія
        Польщі"; where the language parses, ru, the parse reads it). With no party before the verb text[start:end] in its clause other than one marked as an object or a
        place, the party right after it (no word between: "для России" is no subject) that no case marks is its
        subject: a capitalised name, not a nationality adjective. None otherwise."""
        if not self.object_endings or self.continua or self.parses:
            return None
        if any(m.end <= start and slot(m) not in (OBJECT, PLACE) for m in in_clause):
            return None
        later = next((m for m in in_clause if m.start >= end), None)
        if later is None or later.end > clause.soft_end or slot(later) != FREE or later.how == "demonym":
            return None
        if not doc.text[later.start:later.start + 1].isupper() or doc.text[end:later.start].strip():
            return None
        return later

    def received_from(self, doc: Doc, clause: Clause, start: int, end: int, in_clause: list[ActorMention],
                      slot) -> ActorMention | None:
        """A warning received: a verb of receiving (the terms of the language's receiving groups, events.toml `directed`
        with `subject_is_location`: "kapott", "erhielt", "a reçu", "obdržela") stands in the comma part of the trigger
        text[start:end], and a party there is marked as an origin ("ultimátumot kapott Moszkvától", "ein Ultimatum aus
        Moskau erhalten", "obdržela ultimátum z Moskvy") or by a genitive word right after the trigger ("a reçu un
        ultimatum de Moscou"): that party made the warning, the one who received it is warned. The nearest such party,
        or None."""
        if not self.receiving or self.continua:
            return None
        lo, hi = max(clause.start, clause.soft_start), min(clause.end, clause.soft_end)
        if self.receiving.search(doc.folded, lo, hi) is None:
            return None
        found = [m for m in in_clause if lo <= m.start and m.end <= hi and (m.end <= start or m.start >= end) and (
            slot(m) == ORIGIN or m.start >= end and len(_WORD.findall(doc.folded, end, m.start)) <= 2
            and self.genitive_marked(doc, m))]
        return min(found, key=lambda m: start - m.end if m.end <= start else m.start - end) if found else None

    def controller(self, doc: Doc, start: int, end: int) -> ActorMention | None:
        """Object control (`control_verbs`, de): the trigger text[start:end] stands in an infinitive clause opened by
        a comma, its last word a zu-infinitive ("…, mehr Panzer zu liefern", "…, Truppen zusammenzuziehen"), and a
        control verb before that comma has a party as its object ("forderte **Deutschland** auf", "hat **Russland**
        vorgeworfen"): that party does the act, not the one who asks, warns or accuses. None otherwise."""
        if not self.control_verbs or self.continua:
            return None
        folded = doc.folded
        sent = doc.sentence_at(start)
        if sent is None:
            return None
        cut = folded.rfind(",", sent.start, start)
        if cut < 0:
            return None
        stop = min((i for i in (folded.find(c, end, sent.end) for c in ",;:") if i >= 0), default=sent.end)
        tail = list(_WORD.finditer(folded, end, stop)) or list(_WORD.finditer(folded, start, end))
        if not tail or not self._zu_infinitive(folded, tail[-1]):
            return None
        verbs = [w for w in _WORD.finditer(folded, sent.start, cut) if w.group() in self.control_verbs]
        if not verbs or any(c in folded[verbs[-1].end():cut] for c in ",;:"):
            return None
        verb = verbs[-1]
        parties = [m for m in doc.mentions_in(sent.start, cut) if actor_key(m.actor)
                   and self.slot(doc, m) not in (PLACE, ORIGIN, AGENT, ADJUNCT)]
        after = [m for m in parties if m.start >= verb.end()]
        if after:
            return after[0]  # "forderte Deutschland auf,", "warnte Japan davor,"
        before = [m for m in parties if m.end <= verb.start()]
        # a participle or verb-final form after its object: "hat Russland vorgeworfen,", "…, dass sie Berlin gebeten habe"
        if not before or _WORD.findall(folded, verb.end(), cut):
            return None
        # two parties: the subject, then the object; one after a subject that names no party ("Die Balten haben die Nato
        # gebeten,") is the object too
        named_after = self.unnamed_subject(doc, sent.start, verb.start())
        return before[-1] if len(before) >= 2 or 0 <= named_after <= before[-1].start else None

    def _zu_infinitive(self, folded: str, w) -> bool:
        """The word is a zu-infinitive: "zu" right before it, or a separable prefix, "zu" and the verb in one word."""
        before = _WORD.findall(folded, max(0, w.start() - 8), w.start())
        if before and before[-1] in self.infinitive_particles:
            return True
        word = w.group()
        for p in self.separable_prefixes:
            for z in self.infinitive_particles:
                if word.startswith(p + z) and len(word) - len(p) - len(z) >= 4 and word.endswith(self.infinitive_endings):
                    return True
        return False

    def receives(self, doc: Doc, clause: Clause, start: int, end: int) -> bool:
        """A verb of receiving (the receiving groups' first words) stands in the comma part of the trigger
        text[start:end], outside it: a noun of giving there is what the clause subject receives."""
        if not self.receiving or self.continua:
            return False
        lo, hi = max(clause.start, clause.soft_start), min(clause.end, clause.soft_end)
        return any(not (start < r.end() and r.start() < end) for r in self.receiving.finditer(doc.folded, lo, hi))

    def pronoun_before(self, doc: Doc, start: int, end: int) -> str | None:
        """'third' or 'first' when a subject pronoun stands in text[start:end], else None."""
        if not (self.pronouns or self.first_person):
            return None
        if self.continua:
            seg = doc.folded[start:end]
            if any(p in seg for p in self.first_person):
                return "first"
            return "third" if any(p in seg for p in self.pronouns) else None
        for w in _WORD.finditer(doc.folded, start, end):
            if w.group() in self.first_person:
                return "first"
            if w.group() in self.pronouns:
                return "third"
        return None


# -- roles from a dependency parse (parse.py) ------------------------------------------------
_PLACE_NAMES = frozenset({"country", "capital", "demonym"})  # mentions that can name where
_VERBAL = ("VERB", "AUX", "ADJ")  # a trigger the parse reads roles for
_SUBJECT_PARTS = frozenset({"nmod:poss", "compound", "flat", "flat:name", "appos", "amod"})


def set_parsing(enabled: bool) -> None:
    """Process-wide switch (bench/pipeline.py --parse-ratio, A/B evaluation): off, only the grammar
    reads roles and only the rules read statements."""
    from streams.engine import parse

    parse.switch["on"] = enabled


def ends_as_infinitive(word: str, endings: tuple[str, ...]) -> bool:
    """A folded word of five letters or more with one of the language's infinitive endings
    (`roles.infinitive_endings`, es "enviar"): the grammar has no morphology and the models tag no VerbForm."""
    return bool(endings) and len(word) > 4 and word.endswith(endings)


class ParseRoles:
    """Slots of the parties of a trigger's verb read off the dependency parse, "parse first,
    grammar as fallback": the verb's nsubj is the SUBJECT (for an xcomp — "urged Germany to
    send", "plans to deploy" — the controller: the governing verb's object, else its subject; a
    conjoined verb with no subject of its own shares its first conjunct's), a passive agent
    (obl:agent, or obl with an `agent_before` case word under a passive verb) the AGENT, obj /
    iobj the OBJECT (whom one warns), an obl with a location preposition (`events.location_prepositions`,
    `roles.place_before`) a PLACE. A party the parse gives no such role keeps the slot the grammar
    gives it. Languages with `roles.parse = true` and a model file (parse.py) use it; the rest
    never parse."""

    def __init__(self, data: LanguageData) -> None:
        self.lang = data.code
        self.model = str(data.get("roles.parse_model", data.code))  # another language's parser (uk → ru)
        self.accents = bool(data.get("fold_accents", False))
        self.on = bool(data.get("roles.parse", False))
        f = lambda key: frozenset(fold(w, self.accents) for w in data.get(key, []))  # noqa: E731
        self.place_case = f("events.location_prepositions") | f("roles.place_before")
        self.agent_case = f("roles.agent_before")
        self.origin_case = f("roles.origin_before")
        # an infinitive clause the parse hangs on the asking verb as advcl ("instó a Alemania **a** desplegar",
        # small models rarely say xcomp): with one of these markers, or none, it is controlled like an xcomp
        self.infinitive_marks = frozenset(w.lower() for w in data.get("roles.infinitive_markers", []))
        # with no marker, the verb's ending tells an infinitive (es "pidió a Japón **enviar**"; the models tag no VerbForm)
        self.infinitive_endings = tuple(fold(w, self.accents) for w in data.get("roles.infinitive_endings", []))

    def _parse(self, doc: Doc, sent: Sentence):
        from streams.engine import parse

        return parse.parse_sentence(self.model, doc, sent.start, sent.end)

    def slots(self, doc: Doc, start: int, end: int, mentions: list[ActorMention]) -> dict[tuple[int, int], str]:
        """Slots the parse gives the mentions, for the verb of the trigger text[start:end]; nothing
        when the language does not parse or fewer than two parties are named (no roles at stake:
        the grammar decides, and the engine keeps its speed)."""
        if not self.on or len({actor_key(m.actor) for m in mentions}) < 2:
            return {}
        from streams.engine import parse

        sent = doc.sentence_at(start)
        tags = parse.sentence_tags(self.model, doc, sent.start, sent.end) if sent is not None else None
        if tags is None or not any(a < end and start < b and upos in _VERBAL for a, b, upos in tags):
            return {}  # the verb test below, from the tagger alone: most triggers here are nouns, no parse for them
        p = self._parse(doc, sent)
        if p is None:
            return {}
        verb = p.span_head(start, end)
        if verb is None or p.tokens[verb].upos not in _VERBAL:
            return {}  # a nominal trigger: its owner is read by the grammar
        if p.tokens[verb].deprel in ("amod", "acl"):
            return {}  # a participle on a noun ("переданные Германией танки"): the grammar reads its giver
        heads = {}
        for m in mentions:
            h = p.span_head(m.start, m.end)
            if h is not None:
                heads.setdefault(h, m)
        found: dict[tuple[int, int], str] = {}

        def mention_at(i: int, deep: bool = False) -> ActorMention | None:
            if i in heads:
                return heads[i]
            if deep:  # "Russia's army", "the French government": the party inside the subject phrase
                for j in p.children(i):
                    if p.tokens[j].deprel in _SUBJECT_PARTS and j in heads:
                        return heads[j]
            return None

        def mark(i: int, slot: str, deep: bool = False, conj: bool = True) -> bool:
            m = mention_at(i, deep)
            if m is None:
                return False
            found.setdefault((m.start, m.end), slot)
            if conj:  # "France and Germany": the later conjuncts are partners in the same slot,
                for j in p.children(i):  # but only the first is the subject
                    if p.tokens[j].deprel == "conj" and (c := mention_at(j)) is not None:
                        found.setdefault((c.start, c.end), slot if slot != SUBJECT else FREE)
            return True

        def case_word(i: int) -> str:
            for j in p.children(i):
                # (a preposition far before its noun is misattached: "Après des semaines …, la Suède")
                if p.tokens[j].deprel == "case" and i - 3 <= j <= i + 1:
                    return fold(p.tokens[j].form, self.accents)
            return ""

        kids = p.children(verb)
        passive = any(p.tokens[j].deprel in ("nsubj:pass", "aux:pass") for j in kids)
        subject = False
        for j in kids:
            rel = p.tokens[j].deprel
            if rel == "nsubj":
                if case_word(j):
                    continue  # a subject never takes a preposition: "À Minsk, Lavrov a averti" is misparsed
                subject = mark(j, SUBJECT, deep=True) or subject
            elif rel == "obl:agent" or rel == "obl" and passive and (
                    case_word(j) in self.agent_case if case_word(j) else "Case=Ins" in p.tokens[j].feats):
                # (a bare instrumental under a passive is its agent: ru "переброшены Россией")
                subject = mark(j, AGENT) or subject
            elif rel in ("obj", "iobj"):
                mark(j, OBJECT)
            elif rel.startswith("obl"):
                case = case_word(j)
                if case in self.origin_case and case in self.place_case and mention_at(j) is not None:
                    mark(j, ORIGIN)  # a word of both kinds right before the party (ru "у США"): the giver (ClauseReader._slot)
                elif case in self.place_case:
                    # a person or body after the preposition is no place (es "convocó al embajador")
                    m = mention_at(j)
                    if m is not None and m.how in _PLACE_NAMES:
                        mark(j, PLACE)
                elif case in self.origin_case:
                    mark(j, ORIGIN)
        if not subject and not passive:
            # the verb's subject stands on another verb: the controller of an infinitive, the
            # first of coordinated verbs
            gov, rel = p.tokens[verb].head, p.tokens[verb].deprel
            hops = 0
            marks = [p.tokens[j].form.lower() for j in p.children(verb) if p.tokens[j].deprel == "mark"]
            bare = not marks and ends_as_infinitive(fold(p.tokens[verb].form.lower(), self.accents), self.infinitive_endings)
            if rel == "advcl" and (bare or marks and all(w in self.infinitive_marks for w in marks)):
                rel = "xcomp"  # "instó a Alemania a desplegar", "demandé à Berlin d'envoyer"; not "para desplegar"
            while gov >= 0 and rel in ("xcomp", "conj") and hops < 3:
                gkids = p.children(gov)
                controller = None
                if rel == "xcomp":
                    # the object controls: "urged Germany to send"; also a party between the asking
                    # verb and the infinitive ("demandé à l'Allemagne d'envoyer", "pidió a Alemania enviar")
                    controller = next((j for j in gkids if p.tokens[j].deprel in ("obj", "iobj")), None)
                    if controller is None:
                        controller = next((j for j in gkids if gov < j < verb and j in heads
                                           and p.tokens[j].deprel.startswith("obl")), None)
                if controller is None:
                    controller = next((j for j in gkids if p.tokens[j].deprel == "nsubj"), None)
                if controller is not None:
                    if rel == "xcomp" and (m := mention_at(controller)) is not None:
                        # the one asked does the act, even where its preposition read it as a place
                        # ("instó a Alemania a desplegar": "a" also marks where forces go)
                        found.pop((m.start, m.end), None)
                    mark(controller, SUBJECT, deep=True, conj=False)
                    break
                if any(p.tokens[j].deprel == "nsubj:pass" for j in gkids):
                    break
                gov, rel = p.tokens[gov].head, p.tokens[gov].deprel
                hops += 1
        return found


    def conjuncts(self, doc: Doc, sent: Sentence, start: int, end: int,
                  chain: list[ActorMention]) -> list[ActorMention]:
        """The grammar's chain of parties coordinated with the mention at text[start:end]
        (events._conjuncts: in text order, one per party, [] for none), checked against the parse
        where the language parses: a party the parse puts under a preposition and outside the
        coordination leaves the chain ("Tras una reunión con Japón, Estados Unidos y Australia
        enviarán": Japan is no conjunct); with no chain from the grammar, the parse's coordination
        (UD `conj` under the first conjunct) gives it ("La France et l'Allemagne ont envoyé").
        The grammar keeps a coordination the parse misses: small models often hang the second
        conjunct on the verb."""
        if not self.on:
            return chain
        if not chain and len({k for m in doc.mentions_in(sent.start, sent.end) if (k := actor_key(m.actor))}) < 2:
            return []  # the parse's coordination needs two parties (below): no parse for one
        p = self._parse(doc, sent)
        h = p.span_head(start, end) if p is not None else None
        if h is None:
            return chain
        while p.tokens[h].deprel == "conj" and p.tokens[h].head >= 0:
            h = p.tokens[h].head
        members, todo = {h}, [h]
        while todo:
            for j in p.children(todo.pop()):
                if p.tokens[j].deprel == "conj":
                    members.add(j)
                    todo.append(j)

        def head(m: ActorMention) -> int | None:
            k = p.span_head(m.start, m.end)
            # a party inside a conjunct ("украинские власти, НАТО и США") stands for it
            return p.tokens[k].head if k is not None and p.tokens[k].deprel in _SUBJECT_PARTS else k

        def prepositional(k: int | None) -> bool:
            return k is not None and any(p.tokens[j].deprel == "case" and k - 3 <= j < k for j in p.children(k))

        if chain:
            # a party under a preposition is no conjunct of an unmarked one; of a party under its own
            # preposition it may be ("des chars des États-Unis et du Royaume-Uni": each gives)
            own = next((m for m in chain if m.start == start and m.end == end), None)
            marked = own is not None and prepositional(head(own))
            kept = [m for m in chain if head(m) in members or marked or not prepositional(head(m))]
            return kept if len(kept) >= 2 else []
        found, seen, taken = [], set(), set()
        for m in doc.mentions_in(sent.start, sent.end):
            k = head(m)
            # one party per conjunct: a second party on the same token is inside it, no conjunct of its own
            # (a misparse "L'Iran menace Israël" hangs Israël on Iran as amod: one warning IRN -> ISR, not two)
            if actor_key(m.actor) and k in members and actor_key(m.actor) not in seen and k not in taken:
                seen.add(actor_key(m.actor))
                taken.add(k)
                found.append(m)
        return found if len(found) >= 2 and any(m.start == start and m.end == end for m in found) else []


def _in_number(folded: str, i: int) -> bool:
    """A comma between digits groups a number ("2,000 soldiers"), it ends no comma part."""
    return 0 < i < len(folded) - 1 and folded[i - 1].isdigit() and folded[i + 1].isdigit()
