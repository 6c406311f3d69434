"""Event typing: warning, deployment and alliance events from trigger groups.

A trigger group (events.toml) names its type, terms, CAMEO and PLOVER codes, classes of words
that must (`requires`) or must not (`excludes`) occur in the sentence, and a base confidence.
One event per type and sentence, the first trigger that qualifies, unless a later trigger of the
type has a subject of its own between the two ("Japan sent ships while the US mobilised troops":
two acts, see `_another_act`). Roles come from the actor mentions around the trigger and from the
statement whose content holds it.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from schemas import EVENT_MODELS, Actor, Location, Span
from streams.engine.actors import actor_key, cldr_country_names, countries
from streams.engine.doc import ActorMention, Doc, Sentence
from streams.engine.lexicon import LANG_PACKAGE, LanguageData, Match, Matcher
from streams.engine.modality import KINDS as MODALITY_KINDS, ORDER as MODALITY_ORDER, ModalityReader
from streams.engine.roles import ADJUNCT, AGENT, FREE, OBJECT, ORIGIN, PLACE, SUBJECT, Clause, ClauseReader, ParseRoles
from streams.engine.text import fold, word_end

TRIGGER = "trigger"
CLASS = "class"
PLACE_ANAPHOR = "place_anaphor"  # the class of `events.place_anaphors` terms
_UNDERGOING = frozenset({"undergo", "consequence_noun", "consequence_verb"})  # classes of a warned subject's lot
COMMAS = (",", "，", "、", "،")  # ends of a comma part in every script
_FORCE_CLASSES = frozenset({"force", "force_noun", "craft"})
# the classes an alliance group requires when its act gives something: arms, aid, training (see _event)
_GIVING_CLASSES = frozenset({"arms", "supplied", "trainees"})
# people and forces that stay under their own state's command when sent (lang README: `supersedes`)
_OWN_FORCES = frozenset({"personnel", "own_command"})
# triggers of one type read in full per sentence: real sentences hold a few acts of a type; a run of
# hundreds with no sentence break (a pasted list, bad input) would cost triggers x parties
MAX_TRIGGERS_READ = 16
_NEXT_WORD = re.compile(r"[ \t]{1,3}(\w++)")
_WORDS = re.compile(r"\w+")
WARNED_AGAINST_REACH = 80  # characters from a warning's trigger to the act it warns against (_warned_against)
_CAPITALISED_PLACE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]++(?:\s++[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]++){0,3}")


@dataclass(frozen=True)
class TriggerGroup:
    type: str
    cameo: str
    plover: str
    requires: tuple[str, ...] = ()  # one of these classes near the trigger
    requires_all: tuple[str, ...] = ()  # every one of these classes near the trigger
    excludes: tuple[str, ...] = ()
    comma_excludes: tuple[str, ...] = ()  # excluded classes that count only in the trigger's comma part
    requires_after: tuple[str, ...] = ()  # required classes that count only after the trigger (what "warned that" says)
    excludes_before: tuple[str, ...] = ()  # excluded classes that count only before the trigger ("withdrawal of the troops in Iraq")
    excludes_unless_object: tuple[str, ...] = ()  # excluded classes that do not count beside a party right after the trigger
    window: int = 120
    confidence: float = 0.6
    modality: str | None = None  # fixed modality, e.g. "planned" for "plans to deploy"
    # membership and joining: a bloc named only after the trigger is what is joined, never the joiner
    # ("стать членами НАТО", "потенциального вступления в НАТО": source unknown, target NATO)
    bloc_joined: bool = False
    nominal: bool = False  # the trigger is a noun ("arrival", "presence"): the forces' owner is the source
    subject_is_location: bool = False  # "host": the clause subject is where the forces are
    directed: bool = False  # an alliance from giver to receiver (arms, aid, training): roles as for a deployment
    modalities: tuple[str, ...] | None = None  # what the markers may make of it; default per type (modality.KINDS)
    home_location: bool = False  # alerts, readiness, mobilisation: with no place named the forces stay at home
    quantity_before_force: bool = False  # "has about 2,500 troops": the forces follow with only a quantity between
    fallback: bool = False  # tried only after every other group of the sentence ("has" as a possession verb, not "has said")
    needs_location: bool = False  # "has 2,500 troops in Iraq": a possession or copula verb is a deployment only with its place
    foreign_owner: bool = False  # "American troops in Syria": only the forces' own owner is the source, and the place is not its country
    standing: bool = False  # forces named standing somewhere ("troops in Iraq"): markers after the trigger tell their next act
    joint_if_coordinated: bool = False  # exercises held by coordinated parties are one joint exercise (an alliance), not one each
    supersedes: tuple[str, ...] = ()  # types whose triggers on the same words yield to this group ("sent tanks to Ukraine": a supply, no deployment)
    echo: bool = False  # a weak trigger that tells again an act the article reports: kept only beside one (`_echo`)
    giver_prepositions: tuple[str, ...] = ()  # a receiving verb's giver after these ("achète des Rafale à la France")
    terms: tuple[str, ...] = field(default=(), compare=False)


def load_trigger_groups(data: LanguageData) -> list[TriggerGroup]:
    groups = []
    for raw in data.events.get("trigger", []):
        groups.append(TriggerGroup(
            type=raw["type"], cameo=str(raw["cameo"]), plover=raw["plover"],
            requires=tuple(raw.get("requires", [])), excludes=tuple(raw.get("excludes", [])),
            requires_all=tuple(raw.get("requires_all", [])), comma_excludes=tuple(raw.get("comma_excludes", [])),
            requires_after=tuple(raw.get("requires_after", [])), excludes_before=tuple(raw.get("excludes_before", [])),
            excludes_unless_object=tuple(raw.get("excludes_unless_object", [])),
            window=int(raw.get("window", 120)), confidence=float(raw.get("confidence", 0.6)),
            modality=raw.get("modality"), terms=tuple(raw["terms"]),
            nominal=bool(raw.get("nominal", False)), subject_is_location=bool(raw.get("subject_is_location", False)),
            directed=bool(raw.get("directed", False)),
            modalities=tuple(raw["modalities"]) if "modalities" in raw else None,
            home_location=bool(raw.get("home_location", False)),
            needs_location=bool(raw.get("needs_location", False)),
            foreign_owner=bool(raw.get("foreign_owner", False)),
            standing=bool(raw.get("standing", False)),
            bloc_joined=bool(raw.get("bloc_joined", False)),
            fallback=bool(raw.get("fallback", False)),
            quantity_before_force=bool(raw.get("quantity_before_force", False)),
            joint_if_coordinated=bool(raw.get("joint_if_coordinated", False)),
            supersedes=tuple(raw.get("supersedes", [])),
            echo=bool(raw.get("echo", False)),
            giver_prepositions=tuple(fold(w, bool(data.get("fold_accents", False))) for w in raw.get("giver_prepositions", [])),
        ))
    return groups


@cache
def neutral_events() -> dict:
    """Event data the same in every language (data/events.toml): the codes of derived events."""
    with resources.files(LANG_PACKAGE).joinpath("data", "events.toml").open("rb") as fh:
        return tomllib.load(fh)


def add_event_terms(matcher: Matcher, data: LanguageData, groups: list[TriggerGroup]) -> None:
    for group in groups:
        for term in group.terms:
            matcher.add(term, TRIGGER, group)
    for name, terms in data.events.get("classes", {}).items():
        for term in terms:
            matcher.add(term, CLASS, name)
    # "there", "the country", "its territory": matched in the same pass as every other term
    for term in data.get("events.place_anaphors", []):
        matcher.add(term, CLASS, PLACE_ANAPHOR)


class EventExtractor:
    def __init__(self, data: LanguageData, extractor_version: str) -> None:
        self.version = extractor_version
        self.modality = ModalityReader(data)
        self.clauses = ClauseReader(data)
        self.parsed = ParseRoles(data)  # roles.parse: the dependency parse first, the grammar as fallback
        accents = bool(data.get("fold_accents", False))
        self.location_preps = frozenset(fold(w, accents) for w in data.get("events.location_prepositions", []))
        # "в 10 метрах от американского эсминца", "в минутах подлета от Москвы": a party right after these is a
        # point of reference or an origin, never where the forces are
        self.place_not_after = frozenset(fold(w, accents) for w in data.get("events.place_not_after", []))
        self.force_joiners = frozenset(data.get("events.force_joiners", []))
        self.unknown_places_by_capital = bool(data.get("events.unknown_places_by_capital", True))
        # capitalised words that are no place after a preposition ("on Tuesday", "in March")
        self.not_places = frozenset(fold(w, accents) for w in data.get("events.not_places", []))
        # lower-case nouns that end a place name after its capitalised adjective
        # (ru "Калининградская область", cs "Baltské moře"); a trailing * makes a stem
        nouns = [fold(w, accents) for w in data.get("events.place_nouns", [])]
        self.place_nouns = frozenset(w for w in nouns if not w.endswith("*"))
        self.place_noun_stems = tuple(w.rstrip("*") for w in nouns if w.endswith("*"))
        # lower-case words that may stand between a preposition and a place name ("the **eastern** Mediterranean")
        self.place_adjectives = frozenset(fold(w, accents) for w in data.get("events.place_adjectives", []))
        self.language = data.code
        # country names the language keeps out of its actor aliases as ordinary words or people's names ("Chad",
        # "Niger", "Georgia", "Jordan"): as a place after a location preposition they are the country
        excluded = {fold(w, accents) for w in data.actors.get("cldr_exclude", [])}
        self.excluded_countries = {fold(name, accents): a3 for name, a3 in cldr_country_names(data.code).items()
                                   if fold(name, accents) in excluded}
        # verb-final clauses name the place before the verb ("Truppen nach Polen verlegen")
        self.location_before_trigger = bool(data.get("events.location_before_trigger", False))
        # scriptio continua (zh, ja): a place is a mention right after a preposition ("在白俄罗斯")
        # or right before a postposition (`events.location_postpositions`: "沖縄に"); it is not
        # the owner of the forces. Forces belong to a party at most `owner_window` characters before.
        self.continua = bool(data.get("scriptio_continua", False))
        # ar: nationality adjectives after the noun name the parties ("المناورات الأمريكية الكورية الجنوبية المشتركة")
        self.adjective_parties_after = bool(data.get("events.adjective_parties_after", False))
        self.pact_anaphors = tuple(data.get("events.pact_anaphors", []))  # _anaphoric_pact
        self.warned_against = frozenset(fold(w, accents) for w in data.get("events.warned_against", []))  # _warned_against
        self.pact_anaphor_words = tuple(data.get("events.pact_anaphor_words", []))
        self.location_post = tuple(fold(w) for w in data.get("events.location_postpositions", []))
        self.act_place_post = tuple(fold(w) for w in data.get("events.act_place_postpositions", []))
        self.owner_window = int(data.get("events.owner_window", 25))
        # nationality adjectives after the forces name their owner (ar "القوات الروسية"), within so many characters
        self.owner_after_force = int(data.get("events.owner_after_force", 0))
        # a genitive owner right after the forces ("войска НАТО", "jednotky Ruska") owns them, no place
        self.genitive_owner = bool(data.get("events.genitive_owner", False))
        # verb-initial clauses (ar "استدعت الخارجية الأردنية السفير"): with no party before the
        # trigger in its clause, the first party after it is the source
        self.subject_after_trigger = bool(data.get("events.subject_after_trigger", False))
        # forces at a border or near a country stand on their own side ("massed troops near the
        # Ukrainian border" is in Russia): a place after these words, or before a border noun, is
        # the source's own country
        self.proximity_preps = frozenset(fold(w, accents) for w in data.get("events.proximity_prepositions", []))
        self.border_nouns = frozenset(fold(w, accents) for w in data.get("events.border_nouns", []))
        # a party before a reaction word ("protested", "will respond to") reacts to the act the
        # trigger names, it does not do it: within so many words before the trigger, no coordinator between
        self.reaction_max_words = int(data.get("events.reaction_max_words", 4))
        # a deployment with neither owner nor place is dropped (alerts and mobilisation excepted)
        self.deployment_needs_party = bool(data.get("events.deployment_needs_party", False))
        # "Russia and China held separate drills": coordinated parties that exercise apart (joint_if_coordinated)
        self.separate_words = frozenset(fold(w, accents) for w in data.get("events.separate_words", []))
        self.quantity_words = frozenset(fold(w, accents) for w in data.get("events.quantity_words", []))
        # read unfolded: fr "à" (to) is no auxiliary "a" (has): "La Turquie, membre de l'Otan, a déployé"
        self.infinitive_markers = frozenset(w.lower() for w in data.get("roles.infinitive_markers", []))
        # one-word negations: what was said to a party may open with one before the act ("advirtió a Japón que **no**
        # envíe", "warned Japan **not** to send"): the party told does the act all the same (_asked)
        self.negation_words = frozenset(w.lower() for w in data.get("modality.markers.negated", []) if w.isalpha())
        self.coordinators = frozenset(fold(w, accents) for w in data.get("roles.coordinators", []))
        # words that join parties into one coordinated subject ("Japan **and** South Korea", "Sweden
        # **et** Finland"): each conjunct does the act, one event per party. Default: the language's
        # coordinators, speaker coordinators and subject coordinators
        joiners = data.get("roles.party_joiners", None)
        if joiners is None:
            joiners = [*data.get("roles.coordinators", []), *data.get("statements.speaker_coordinators", []),
                       *data.get("roles.subject_coordinators", [])]
        self.party_joiners = frozenset(fold(w, accents) for w in joiners)
        # "relations between France and Mali": parties after these words are one pair, not several acts
        self.pair_words = frozenset(fold(w, accents) for w in data.get("roles.pair_words", []))
        # "the coalition against Islamic State": a party after these words is the adversary, no partner
        self.adversary_before = frozenset(fold(w, accents) for w in data.get("events.adversary_before", []))
        # "in case of a Russian attack", "Oroszországgal szemben": a party before these words is the adversary
        # (a word ending in `*` is a stem: hu "támadás*" also "támadása", "támadásával")
        self.adversary_after = tuple(tuple(fold(w, accents).split()) for w in data.get("events.adversary_after", []))
        # words right before a verb trigger that make it passive ("were deployed"): the forces' owner acts
        self.passive_auxiliaries = frozenset(fold(w, accents) for w in data.get("roles.passive_auxiliaries", []))
        # possessive pronouns on the forces ("its forces in Kaliningrad"): the party they stand for owns them
        self.possessive_owners = frozenset(fold(w, accents) for w in data.get("events.possessive_owners", []))
        # "Iran-backed", "Russian-supported": a party joined by a hyphen to these words backs the forces, owns none
        self.backer_suffixes = frozenset(fold(w, accents) for w in data.get("events.backer_suffixes", []))
        # a directed trigger right after the arms is a participle on them ("jets delivered to Ukraine"), no giver's verb
        self.participle_after_arms = bool(data.get("events.participle_after_arms", False))
        # a trigger right after "PREFIX-" is part of a compound, no verb ("anti-ship missiles", "counter-drone")
        self.compound_prefixes = frozenset(fold(w, accents) for w in data.get("events.compound_prefixes", []))
        # a class word inside a longer match of a shadowing class does not count ("military" in "military
        # analyst", "storm" in "Storm Shadow"): shadowing class -> the classes it hides
        self.shadows = {"not_force": _FORCE_CLASSES} | {
            name: frozenset(hidden) for name, hidden in data.get("events.shadows", {}).items()}

    def __call__(self, doc: Doc, sentence_matches: list[list[Match]]) -> None:
        deferred: dict[tuple[int, str], list] = {}  # (sentence, type) -> `echo` triggers, read at the end (_echo)
        cued: dict[int, list] = {}  # sentence index -> statements whose cue stands there
        for statement in doc.statements:
            if statement.cue_class == "speech":  # (an attitude statement drives no event: Doc.add_statement)
                cued.setdefault(statement.sentence, []).append(statement)
        for sent, matches in zip(doc.sentences, sentence_matches):
            triggers = [m for m in matches if m.kind == TRIGGER]
            if not triggers:
                continue
            # stable: position order within each rank; on the same start a group that supersedes others reads first
            # echo groups last: they read only a sentence that no other group of their type read
            triggers.sort(key=lambda m: (m.value.echo, m.value.fallback, m.start, not m.value.supersedes))
            classes = [m for m in matches if m.kind == CLASS]
            shadows = [(m.start, m.end, self.shadows[m.value]) for m in classes if m.value in self.shadows]
            if shadows:
                # "military analyst", "army chief": the force word inside names no forces; also over the same
                # span (a stem "armee*" or a compound head "*flotte" covers "Armeechef", "Schattenflotte" whole)
                classes = [m for m in classes if not any(m.value in hidden and a <= m.start and m.end <= b
                                                         for a, b, hidden in shadows)]
            if self.compound_prefixes:
                triggers = [t for t in triggers if not self._in_compound(doc.folded, t.start)]
            # actors count as a class: "actor" in `requires` asks for a named party nearby
            classes += [Match(a.start, a.end, CLASS, "actor") for a in doc.mentions_in(sent.start, sent.end)]
            speakers = [s.speaker for s in cued.get(sent.index, ()) if s.speaker]
            done: dict[str, list] = {}  # type -> (trigger, events) emitted in this sentence
            claimed: list[tuple[int, int, tuple[str, ...]]] = []  # spans of emitted events whose group supersedes types
            later: dict = {}  # (trigger start, statement, earlier end) -> the later trigger's clause (_later_clause)
            tried: dict[str, int] = {}  # type -> triggers read in full in this sentence
            for trig in triggers:
                group: TriggerGroup = trig.value
                if group.echo and group.type in done:
                    continue  # the sentence already tells an act of the type
                if any(t.start < trig.end and trig.start < t.end for t, _ in done.get(group.type, ())):
                    continue  # the same words read by another group
                if any(group.type in types and a < trig.end and trig.start < b for a, b, types in claimed):
                    continue  # "sent tanks to Ukraine" read as a supply (`supersedes`): the words move no forces
                if tried.get(group.type, 0) >= MAX_TRIGGERS_READ:
                    continue  # a run of triggers with no sentence break (bad input) must not cost triggers x parties
                statement = doc.statement_holding(trig.start, trig.end)
                # the trigger stands in what a known actor said: the speaker is the party
                quoted_party = statement is not None and doc.statement_speakers.get(statement.id) is not None
                if not self._qualifies(group, trig, classes, quoted_party, self._object_party(doc, trig, sent),
                                       self._giver_party(doc, trig, sent, group),
                                       _comma_part(doc.text, sent, trig) if group.comma_excludes else None,
                                       sent.start if group.type == "deployment" and self._passive(doc, trig) else None):
                    continue
                if group.quantity_before_force and not self._quantity_then_force(doc, classes, trig):
                    continue
                if any(sp.start <= trig.start and trig.end <= sp.end for sp in speakers):
                    continue  # "the alliance's chief said": a trigger word inside the speaker names no event
                earlier = done.get(group.type)
                tried[group.type] = tried.get(group.type, 0) + 1
                if group.echo:  # read only where the article reports an act of the type: at the end (_echo)
                    deferred.setdefault((sent.index, group.type), []).append((sent, matches, classes, trig, group, statement))
                    continue
                event = self._event(doc, sent, matches, classes, trig, group, statement,
                                    max(t.end for t, _ in earlier) if earlier else None, later)
                if event is None:
                    continue  # no party to act (an alliance with no named party, a reaction to an unowned act)
                floor = sent.start
                if earlier is not None:
                    subject = self._another_act(doc, sent, trig, event, earlier, statement, later)
                    if subject is None:
                        continue  # one act told twice, or a second trigger with no subject of its own
                    self._cede(doc, earlier, subject)
                    event = event.model_copy(update={"id": f"{event.id}-{trig.start}"})
                    floor = subject.start  # "warned Poland, and Belarus threatened": Poland is no co-subject
                events = self._per_target(doc, sent, group, self._per_conjunct(doc, sent, group, event, floor))
                if group.joint_if_coordinated and len(events) > 1 and not (
                        self.separate_words and self.separate_words.intersection(_WORDS.findall(doc.folded, sent.start, sent.end))):
                    if any(t.start < trig.end and trig.start < t.end for t, _ in done.get("alliance", ())):
                        continue  # the words already read as a joint exercise ("военно-морские учения")
                    events = [self._joint_exercise(events)]  # not "held separate drills", "their respective exercises"
                    claimed.append((trig.start, trig.end, ("alliance",)))  # its words name no second alliance
                done.setdefault(group.type, []).append((trig, events))
                if group.supersedes:
                    claimed.append((trig.start, trig.end, group.supersedes))
                doc.events.extend(events)
            if "deployment" in done and "alliance" in done:
                self._supplied_arms(doc, sent, done, classes)
            if "warning" in done and len(done) > 1:
                self._warned_against(doc, done)
        if deferred:
            told = {e.type for e in doc.events}
            echoes = []
            for (_, kind), read in deferred.items():
                if kind not in told:
                    continue  # no act of the type in the article: its weak words are not read at all
                for sent, matches, classes, trig, group, statement in read:
                    event = self._event(doc, sent, matches, classes, trig, group, statement)
                    if event is not None:  # the first echo trigger of the type that yields an event in its sentence
                        echoes.extend(self._per_conjunct(doc, sent, group, event, sent.start))
                        break
            self._echo(doc, echoes)
        if self.pact_anaphors:
            self._anaphoric_pact(doc)

    def _anaphoric_pact(self, doc: Doc) -> None:
        """`events.pact_anaphors` (zh "该协定", "这项协议", ja "同協定"): an alliance term right after one refers to
        the pact named before, and keeps that pact's parties (EVENTS.md: repeated mentions carry the same source and
        target), not the parties near the pronoun ("韓国が同協定の締結を急いだ理由を「アメリカの圧力」と主張"). Not
        where the anaphor and the term are one word (`events.pact_anaphor_words`: "同盟")."""
        last = None
        for i in sorted(range(len(doc.events)), key=lambda k: doc.events[k].trigger.start):
            e = doc.events[i]
            if e.type != "alliance":
                continue
            at = e.trigger.start
            anaphor = next((a for a in self.pact_anaphors if doc.folded.endswith(a, 0, at)), None)
            if last is not None and anaphor is not None and not any(
                    doc.folded.startswith(w, at - len(anaphor)) for w in self.pact_anaphor_words):
                doc.events[i] = e.model_copy(update={"source": last.source, "target": last.target, "partners": last.partners})
            elif e.source is not None and e.target is not None:
                last = e

    def _warned_against(self, doc: Doc, done: dict) -> None:
        """The act a warning warns against has not happened: a deployment or alliance whose trigger follows a warning's
        in its sentence, behind one of `events.warned_against` (en "against", de "vor"/"davor", fr "contre", es
        "contra") in the warning's comma part ("warned Finland against joining NATO", "warnte Finnland davor, der Nato
        beizutreten", "a mis en garde la Pologne contre le déploiement de missiles"), is hypothetical, not asserted."""
        folded = doc.folded
        replace: dict = {}  # id of an event -> the event made hypothetical
        for kind, told in done.items():
            if kind == "warning":
                continue
            for trig, events in told:
                for warned, warnings in done["warning"]:
                    if not warned.end <= trig.start <= warned.end + WARNED_AGAINST_REACH:
                        continue  # the act must follow the warning, near
                    gap = folded[warned.end:trig.start]
                    told = {actor_key(w.target) for w in warnings if actor_key(w.target)}
                    if not any(c in gap for c in ";:") and gap.count(",") <= 1 and any(
                            e.modality == "negated" and actor_key(e.source) in told for e in events):
                        # what the warned party is told not to do has not happened ("warned Japan not to send warships",
                        # "advirtió a Japón que no envíe buques", "warnte Japan, keine Schiffe zu schicken"): hypothetical,
                        # not its refusal (an act of the warner's own, "warned it would not send", stays negated)
                        for e in events:
                            if e.modality == "negated" and actor_key(e.source) in told:
                                replace[id(e)] = e.model_copy(update={"modality": "hypothetical"})
                        break
                    # (not right before a clause opener: ar "حذر من أن …" is "warned that …", what follows may have happened)
                    word = next((w for w in _WORDS.finditer(gap) if w.group() in self.warned_against and not (
                        (nxt := _WORDS.match(folded, warned.end + w.end() + 1)) is not None
                        and folded[warned.end + w.end():nxt.start()] == " " and nxt.group() in self.clauses.openers)), None)
                    if word is None or any(c in gap[:word.start()] for c in ",;:") or any(c in gap for c in ";:") \
                            or gap.count(",") > 1:
                        continue
                    for e in events:
                        if e.modality == "asserted":
                            replace[id(e)] = e.model_copy(update={"modality": "hypothetical"})
                    break
        if replace:
            doc.events[:] = [replace.get(id(e), e) for e in doc.events]

    def _supplied_arms(self, doc: Doc, sent: Sentence, done: dict, classes: list[Match]) -> None:
        """Arms sent to, or arriving at, a state that the sentence reads as a supply are that supply, not a
        deployment (EVENTS.md), whichever group read the supply: "the promised tanks arrived in Ukraine", "jets
        sent to Ukraine" with a dative receiver. `supersedes` covers only the words its own group reads. Forces
        stay deployments: a deployment of weapons (its moved thing no `personnel` / `own_command` word) is dropped
        when no such word stands in its comma part either ("sent troops and tanks to Estonia", "sent warships") and its place is the
        receiver of a supply read in the sentence."""
        receivers = {actor_key(e.target) for t, events in done["alliance"] if t.value.directed for e in events}
        receivers.discard(None)
        if not receivers:
            return
        drop = []
        for trig, events in done["deployment"]:
            part = _comma_part(doc.text, sent, trig)
            for e in events:
                if e.location is None or e.location.code not in receivers or e.force is None:
                    continue
                # the moved thing is a weapon (fr "chars", es "tanques" are in `force` only), no force of the sender's
                if not any(m.value in _OWN_FORCES and (part[0] <= m.start and m.end <= part[1]
                                                       or m.start < e.force.end and e.force.start < m.end) for m in classes):
                    drop.append(e)
        if drop:
            dropped = set(map(id, drop))
            doc.events[:] = [e for e in doc.events if id(e) not in dropped]

    @staticmethod
    def _echo(doc: Doc, echoes: list) -> None:
        """An article tells one act in several sentences, and its clearest clause may hold only a weak word ("the
        deployment", "the sale", "the threat"; EVENTS.md: repeated mentions may be emitted with the same type,
        source and target). An event of an `echo` group is kept only when the article reports an act of its type
        from another group: with that act's source when it names none and the article has one source of the type;
        never with a source of its own that no such act has (a weak word names no new act)."""
        told: dict[str, dict] = {}  # type -> source key -> source, of the events other groups read
        for e in doc.events:
            told.setdefault(e.type, {}).setdefault(actor_key(e.source), e.source)
        for e in echoes:
            sources = told.get(e.type)
            if not sources:
                continue  # the article reports no act of the type: a weak word alone names none
            key = actor_key(e.source)
            if key is None:
                named = [a for k, a in sources.items() if k is not None]
                if len(named) != 1:
                    continue  # whose act it tells is unsaid
                update: dict = {"source": named[0]}
                if e.type == "alliance":
                    update["partners"] = _distinct([named[0], *e.partners])
                    if actor_key(e.target) == actor_key(named[0]):
                        update["target"] = None
                elif e.type == "deployment" and e.location is not None and e.location.code == actor_key(named[0]):
                    update["location"] = None  # the place was read for an unknown owner: not the owner's own country
                e = e.model_copy(update=update)
            elif key not in sources:
                named = [a for k, a in sources.items() if k is not None]
                if not (e.type == "deployment" and len(named) == 1 and e.source.kind == "country"
                        and e.source.mention is not None and (e.location is None or e.location.mention is None
                                                             or e.location.mention.start < e.evidence.start)):
                    continue  # a place of its own sentence stays (the country read may be an owner after all)
                # a country that did no deployment the article reports stands beside the word of one as its place
                # ("Croatia hosted the most recent deployment", "Lithuania said the deployment had ended")
                e = e.model_copy(update={"source": named[0], "location": _home(key, e.source.mention)})
            doc.events.append(e)

    def _another_act(self, doc: Doc, sent: Sentence, trig: Match, event, earlier: list, statement,
                     later: dict) -> ActorMention | None:
        """A later trigger of a type already emitted in its sentence is another act only when its clause
        names a subject of its own: a known source that is no earlier event's source, mentioned in its
        clause between the latest earlier trigger and this one, not as a place ("Japan sent ships while the US mobilised
        troops", "X warned Y, and Z threatened W"). "Russia moved troops and deployed missiles" is one
        actor's acts told together: the first event stands for them. Returns that subject mention."""
        key = actor_key(event.source)
        # an alliance's parties are all its subjects: "cooperation between Greece and Egypt … joint drills" is one
        taken = {actor_key(p) for _, events in earlier for e in events
                 for p in [e.source, *(getattr(e, "partners", None) or [] if e.type == "alliance" else [])]}
        if key is None or key in taken:
            return None
        last = max(t.end for t, _ in earlier)
        whole, clause = self._later_clause(doc, sent, trig, statement, last, later)
        subject = next((m for m in doc.mentions_in(max(last, clause.start), trig.start) if actor_key(m.actor) == key
                        and self.clauses.slot(doc, m) != PLACE and not self._after_location_prep(doc, m)), None)
        for _, events in earlier:
            warned = {e.target.mention.start for e in events if e.target is not None and e.target.mention is not None}
            if subject is not None and subject.start in warned and (clause is whole or len(warned) > 1):
                # no clause opens between ("a menacé Kiev d'une riposte", "threatened Kyiv with a response"), or the
                # party is one of the earlier act's coordinated targets (_per_target: "drohte Südkorea und Japan mit
                # Vergeltung"): the earlier act's object, not the subject of a second act
                return None
        return subject

    def _later_clause(self, doc: Doc, sent: Sentence, trig: Match, statement, after: int,
                      later: dict) -> tuple[Clause, Clause]:
        """The whole clause of a trigger after an earlier one of its type and its `_second_clause`, read once
        per sentence: `_event` and `_another_act` both ask for them."""
        key = (trig.start, trig.end, id(statement), after)
        if key not in later:
            whole = self.clauses.clause(doc, sent, trig.start, trig.end, statement)
            later[key] = (whole, self._second_clause(doc, whole, after, trig))
        return later[key]

    def _second_clause(self, doc: Doc, clause: Clause, after: int, trig: Match) -> Clause:
        """A coordinator or a comma after an earlier trigger of the type, a party right after it (other
        coordinators and determiners between), opens the later trigger's clause: "Russia moved troops to
        the border **and Ukraine** put its army on alert", "Россия предупредила Польшу**, а Белоруссия**
        пригрозила Литве" (the later party is its subject, the earlier object no target of it)."""
        start = max(clause.start, after)
        opens = None
        folded = doc.folded
        marks = [(w.start(), w.end()) for w in _WORDS.finditer(folded, start, trig.start) if w.group() in self.coordinators]
        marks += [(i, i + 1) for i in range(start, trig.start) if folded[i] in COMMAS]
        for at, stop in sorted(marks):
            nxt = None
            for w in _WORDS.finditer(folded, stop, trig.start):
                if w.group() not in self.coordinators and w.group() not in self.clauses.skip_before:
                    nxt = w
                    break
            if nxt is not None and any(m.start == nxt.start() and m.end <= trig.start and actor_key(m.actor)
                                       for m in doc.mentions_in(nxt.start(), trig.start)):
                opens = at
        if opens is None:
            return clause
        return replace(clause, start=opens, soft_start=max(clause.soft_start, opens), relative_at=-1)

    @staticmethod
    def _cede(doc: Doc, earlier: list, subject: ActorMention) -> None:
        """The subject of a later act was read as an earlier event's target or place (no place named in its
        own clause: "China sent warships to the strait, and Japan deployed jets"): it is neither."""
        key = actor_key(subject.actor)
        for trig, events in earlier:
            for i, e in enumerate(events):
                change: dict = {}
                if e.location is not None and e.location.code == key and e.location.mention is not None \
                        and e.location.mention.start >= subject.start:
                    change["location"] = None
                    src = actor_key(e.source)
                    if trig.value.home_location and src in countries():
                        # "Russia put its forces on alert while Belarus mobilised": the alert stands at home
                        change["location"] = _home(src, Span(text=doc.text[trig.start:trig.end], start=trig.start, end=trig.end))
                if actor_key(e.target) == key and e.target.mention is not None and e.target.mention.start >= subject.start \
                        and e.type != "alliance":
                    change["target"] = None
                if change:
                    new = e.model_copy(update=change)
                    doc.events[doc.events.index(e)] = events[i] = new

    @staticmethod
    def _joint_exercise(events: list):
        """"Japan and the Philippines held naval drills", "US and South Korean forces began their exercises":
        exercises of coordinated parties are one joint exercise, an alliance between them (EVENTS.md)."""
        first = events[0]
        partners = _distinct([e.source for e in events])
        fields = first.model_dump(exclude={"type", "force", "id", "location", "target", "source", "cameo", "plover"})
        codes = neutral_events()["joint_exercise"]  # CAMEO 062 / PLOVER COOPERATE: data, as every group's codes
        return EVENT_MODELS["alliance"](**fields, id=f"{first.id.rsplit('-', 1)[0]}-joint", source=partners[0],
                                        target=partners[1], partners=partners, location=None,
                                        cameo=str(codes["cameo"]), plover=codes["plover"])

    # -- coordinated parties: one act each ---------------------------------------------------
    def _per_conjunct(self, doc: Doc, sent: Sentence, group: TriggerGroup, event, floor: int = -1) -> list:
        """A coordinated source is one act per party (EVENTS.md: an event is one real-world act):
        "Japan and South Korea put their defences on alert", "the Netherlands, Portugal and Denmark
        have troops in Iraq", "the US and Britain sent arms to Ukraine" give one event per conjunct,
        with the same evidence and place (the home of each for forces kept at home). An alliance
        splits only when the conjuncts share a partner apart from them ("Sweden and Finland
        applied to join NATO"); "X and Y signed a pact" stays one event between them."""
        src = event.source
        if src is None or src.mention is None or not self.party_joiners:
            return [event]
        # the grammar's coordination, checked against the parse where the language parses (roles.ParseRoles)
        grammar = self._conjuncts(doc, sent, src.mention.start, src.mention.end)
        # with none from the grammar, the parse's chain counts only with parties joined in it (below): no parse without
        chain = self.parsed.conjuncts(doc, sent, src.mention.start, src.mention.end, grammar) \
            if grammar or self._may_join(doc, sent, floor) else []
        chain = [m for m in chain if m.start >= floor]  # no party of an earlier act in the sentence
        if len(chain) >= 2 and self._paired(doc, sent, chain[0], chain[-1]):
            return [event]  # "between X and Y" is one relation, also where only the parse coordinates them
        if not grammar and not all(self._joined(doc, a, b) for a, b in zip(chain, chain[1:])):
            chain = []  # a parse's coordination with no joining word or comma between is a misparse ("L'Iran menace Israël")
        if len(chain) < 2:
            return [event]
        src_key = actor_key(src)
        update: list[dict] = []
        if group.type == "alliance" and not group.directed:
            # the shared partner is a bloc or an armed group named after the conjuncts, in their sentence,
            # that they join, back or belong to ("… applied to join NATO"); a party named before them is no
            # partner of theirs ("sanctions on Pyongyang, while the US and South Korea held joint drills"),
            # a state after them is more often where or with whom they all act together ("drills near Poland")
            members = {actor_key(m.actor) for m in chain}
            # a party marked as the one given to after them receives from each (hu "az Egyesült Államok, a NATO és
            # az EU garanciákat nyújtana Ukrajnának", es "darán garantías a Ucrania"), blocs among them too
            given = next((m for m in doc.mentions_in(chain[-1].end, sent.end) if actor_key(m.actor)
                          and actor_key(m.actor) not in members and self.clauses.slot(doc, m) == OBJECT), None)
            if given is None and any(m.actor.kind == "organisation" and not m.actor.country for m in chain):
                return [event]  # "the CSTO and Belarus will hold drills": a bloc among them acts with them
            apart = [given.actor] if given is not None else [
                p for p in event.partners if actor_key(p) and actor_key(p) not in members
                and p.kind == "organisation" and not p.country
                and p.mention is not None and chain[-1].end <= p.mention.start < sent.end]
            if not apart:
                return [event]
            for m in chain:
                update.append({"source": m.actor, "target": apart[0], "partners": [m.actor, *apart]})
        else:
            target_key = actor_key(event.target)
            members = {actor_key(m.actor) for m in chain}
            retarget: dict = {}
            if target_key in members:
                # the target was read inside the coordinated subject (verb-initial "حذرت روسيا والصين الولايات
                # المتحدة"): the first other party after it is the one addressed
                later = next((m for m in doc.mentions_in(chain[-1].end, sent.end) if actor_key(m.actor)
                              and actor_key(m.actor) not in members and self.clauses.slot(doc, m) != PLACE), None)
                retarget = {"target": later.actor if later is not None else None}
            home = event.location is not None and event.location.code == src_key
            for m in chain:
                key = actor_key(m.actor)
                change: dict = {"source": m.actor, **retarget}
                if home and key != src_key:
                    change["location"] = _home(key, event.location.mention)
                if group.directed:
                    change["partners"] = _distinct([m.actor, change.get("target", event.target)])
                update.append(change)
            if len(update) < 2:
                return [event]
        return [event.model_copy(update={**change, "id": f"{event.id}-{actor_key(change['source']).lower()}"})
                for change in update]

    def _per_target(self, doc: Doc, sent: Sentence, group: TriggerGroup, events: list) -> list:
        """A warning addressed to coordinated parties is one act per party (roles helper): "summoned the
        ambassadors of Germany, France and Italy", "warned the US and Japan", "召回驻立陶宛、拉脱维亚和爱沙尼亚的
        大使" give one event per party warned, in text order, whichever conjunct the roles read as the target.
        The grammar's chain only (_conjuncts: a pair word "between X and Y" keeps one relation); no party of
        the source's own coordination."""
        if group.type != "warning" or not self.party_joiners:
            return events
        out = []
        sources = {actor_key(e.source) for e in events}
        for ev in events:
            tgt = ev.target
            chain = self._conjuncts(doc, sent, tgt.mention.start, tgt.mention.end, governed=True) \
                if tgt is not None and tgt.mention is not None else []
            chain = [m for m in chain if actor_key(m.actor) not in sources]
            if len(chain) == 2 and any(c in doc.text[chain[0].end:chain[1].start] for c in COMMAS):
                chain = []  # "warned Poland, and Belarus threatened …": a comma before the joiner of two joins clauses
            if len(chain) < 2:
                out.append(ev)
                continue
            for m in chain:
                change: dict = {"target": m.actor, "id": f"{ev.id}-t{actor_key(m.actor).lower()}"}
                if group.directed:
                    change["partners"] = _distinct([ev.source, m.actor])
                out.append(ev.model_copy(update=change))
        return out

    def _conjuncts(self, doc: Doc, sent: Sentence, start: int, end: int, governed: bool = False) -> list[ActorMention]:
        """The parties coordinated with the mention at text[start:end], in text order: joined by a
        `party_joiners` word (determiners after it allowed) or, before such a word, by a comma
        ("A, B and C"). A party with another slot (a place, an agent) ends the chain; `governed` (the
        parties warned): a preposition or case before the first conjunct governs the others, so its
        slot may differ from theirs (uk "з Росії та Білорусі", zh "驻立陶宛、拉脱维亚"), a subject or agent
        still ends the chain."""
        ms = [m for m in doc.mentions_in(sent.start, sent.end) if actor_key(m.actor)]
        at = next((i for i, m in enumerate(ms) if m.start == start and m.end == end), None)
        if at is None:
            return []
        slot = self.clauses.slot(doc, ms[at])
        # (a case ending that can also be a genitive joins an unmarked chain: uk "сили України та Польщі")
        fits = lambda m: self.clauses.slot(doc, m) in (slot, FREE) or slot == FREE and self.clauses.ending_object(doc, m) \
            or governed and slot not in (SUBJECT, AGENT) and self.clauses.slot(doc, m) not in (SUBJECT, AGENT)  # noqa: E731
        lo, hi, gaps_before, gaps_after = at, at, [], []
        while lo > 0 and ms[lo - 1].end <= ms[lo].start and fits(ms[lo - 1]) \
                and (g := self._joint(doc, ms[lo - 1], ms[lo])) is not None:
            lo -= 1
            gaps_before.insert(0, g)
        while hi + 1 < len(ms) and ms[hi].end <= ms[hi + 1].start and fits(ms[hi + 1]) \
                and (g := self._joint(doc, ms[hi], ms[hi + 1])) is not None:
            hi += 1
            gaps_after.append(g)
        gaps = gaps_before + gaps_after
        # a list ends with a joining word: cut trailing commas ("A and B, C said …"); the source itself stays
        while gaps and gaps[-1] == "comma" and hi > at:
            gaps.pop()
            hi -= 1
        if "word" not in gaps:
            return []
        if self._paired(doc, sent, ms[lo], ms[hi]):
            return []
        chain, seen = [], set()
        for m in ms[lo:hi + 1]:
            if actor_key(m.actor) not in seen:
                seen.add(actor_key(m.actor))
                chain.append(m)
        return chain

    def _paired(self, doc: Doc, sent: Sentence, first: ActorMention, last: ActorMention) -> bool:
        """A pair word (`roles.pair_words`) stands before the coordinated parties ("between France and
        Mali", determiners between) or, where words run together, right after them (zh "中国和俄罗斯之间")."""
        if not self.pair_words:
            return False
        if self.continua:
            return any(doc.folded.startswith(p, last.end) for p in self.pair_words)
        return self._after_word(doc, first, self.pair_words, sent.start)

    def _may_join(self, doc: Doc, sent: Sentence, floor: int) -> bool:
        """Two parties of different actors from `floor` on, joined (_joined) in text order: what a chain
        read off the parse alone needs to count (perf: the parse is skipped without; many parties: parse)."""
        ms = [m for m in doc.mentions_in(sent.start, sent.end) if m.start >= floor and actor_key(m.actor)]
        return len(ms) > 12 or any(actor_key(a.actor) != actor_key(b.actor) and self._joined(doc, a, b)
                                   for i, a in enumerate(ms) for b in ms[i + 1:])

    def _after_word(self, doc: Doc, m: ActorMention, words, floor: int = 0) -> bool:
        """One of `words` stands right before the mention (not before `floor`), determiners between ("à **la**
        France", "a Francia")."""
        return bool(words) and self.clauses.word_before(doc.folded, m.start, floor) in words

    def _joined(self, doc: Doc, a: ActorMention, b: ActorMention) -> bool:
        """A joining word or a comma stands between two parties (however much else does)."""
        gap = doc.folded[a.end:b.start]
        return any(c in gap for c in COMMAS) or any(w in self.party_joiners for w in _WORDS.findall(gap)) \
            or any(j in gap for j in self.party_joiners if not j.isalnum())

    def _joint(self, doc: Doc, a: ActorMention, b: ActorMention) -> str | None:
        """How two neighbouring parties are joined: "word" (", and the", "、", "и"), "comma", or None."""
        gap = doc.folded[a.end:b.start].strip()
        if len(gap) > 24:
            return None
        if gap in self.party_joiners:
            return "word"
        comma = gap[:1] in COMMAS
        if comma:
            gap = gap[1:].strip()
        gap = gap.replace("'", " ").replace("’", " ")  # an elided determiner: fr "et l'Allemagne"
        if any(not c.isalnum() and not c.isspace() for c in gap):
            return None
        words = _WORDS.findall(gap)
        while words and words[-1] in self.clauses.skip_before:
            words.pop()
        if not words:
            return "comma" if comma else None
        return "word" if " ".join(words) in self.party_joiners else None

    def _adversary(self, doc: Doc, m: ActorMention) -> bool:
        """The party follows an `adversary_before` word ("against Islamic State"), determiners between, or an
        `adversary_after` phrase follows it, the rest of its word (a case ending) skipped ("российской **агрессии**",
        "orosz **támadás esetén**", "Oroszországgal **szemben**")."""
        if self.adversary_after:
            end = word_end(doc.folded, m.end)
            first = _WORDS.search(doc.folded, end, min(len(doc.folded), end + 40))
            # right after the party's word, no punctuation between ("России, агрессия …" is another phrase)
            after = _WORDS.findall(doc.folded, end, end + 40) if first and not doc.folded[end:first.start()].strip() else []
            if any(len(after) >= len(phrase) and all(a.startswith(w[:-1]) if w.endswith("*") else a == w
                                                      for a, w in zip(after, phrase)) for phrase in self.adversary_after):
                return True
        if not self.adversary_before:
            return False
        words = _WORDS.findall(doc.folded, max(0, m.start - 30), m.start)
        while words and words[-1] in self.clauses.skip_before:
            words.pop()
        return bool(words) and words[-1] in self.adversary_before

    @staticmethod
    def _compound_parties(doc: Doc, mentions: list[ActorMention], trig: Match) -> list:
        """zh/ja: two or more parties written as one compound right before the alliance term, at most 8
        characters of its modifiers between and no punctuation ("美韩联合军演", "韓日軍事情報協定", "中俄联合军事演习"):
        the compound's members are the parties, not the party that speaks of it."""
        before = sorted((m for m in mentions if m.end <= trig.start and trig.start - m.end <= 12), key=lambda m: m.start)
        if len(before) < 2:
            return []
        last = before[-1]
        gap = doc.folded[last.end:trig.start]
        if len(gap) > 8 or any(not c.isalnum() for c in gap):
            return []
        run = [last]
        for m in reversed(before[:-1]):
            if m.end != run[0].start:
                break
            run.insert(0, m)
        parties = _distinct([m.actor for m in run])
        return parties if len(parties) >= 2 else []

    @staticmethod
    def _adjective_parties(doc: Doc, mentions: list[ActorMention], trig: Match) -> list:
        """ar: two or more nationality adjectives in a row after the alliance noun, at most 25 characters of its
        modifiers between and no punctuation ("المناورات السنوية الأمريكية الكورية الجنوبية المشتركة"): the
        adjectives are the parties, not the party that speaks of them."""
        after = sorted((m for m in mentions if m.start >= trig.end and m.start - trig.end <= 25), key=lambda m: m.start)
        if len(after) < 2 or after[0].how != "demonym":
            return []
        gap = doc.folded[trig.end:after[0].start]
        if any(not (c.isalnum() or c.isspace()) for c in gap):
            return []
        run = [after[0]]
        for m in after[1:]:
            if m.how != "demonym" or doc.folded[run[-1].end:m.start].strip():
                break
            run.append(m)
        parties = _distinct([m.actor for m in run])
        return parties if len(parties) >= 2 else []

    def _in_compound(self, folded: str, start: int) -> bool:
        """The trigger follows "PREFIX-" in one word ("anti-ship")."""
        if start < 2 or folded[start - 1] != "-":
            return False
        i = start - 1
        while i > 0 and folded[i - 1].isalnum():
            i -= 1
        return folded[i:start - 1] in self.compound_prefixes

    @staticmethod
    def _near(group: TriggerGroup, trig: Match, m: Match) -> bool:
        return m.end > trig.start - group.window and m.start < trig.end + group.window and not (
            m.start >= trig.start and m.end <= trig.end
        )

    def _object_party(self, doc: Doc, trig: Match, sent: Sentence) -> int:
        """A named party right after the trigger, at most a determiner between: its object or
        addressee ("warned Washington over …", "figyelmeztette Lengyelországot"); the end of its word, else 0."""
        for m in doc.mentions_in(trig.end, min(sent.end, trig.end + 40)):
            gap = _WORDS.findall(doc.folded, trig.end, m.start)
            if len(gap) <= 1 and (not gap or gap[0] in self.clauses.skip_before) and not any(
                    c in doc.text[trig.end:m.start] for c in ",;:."):
                return word_end(doc.folded, m.end)
            return 0
        return 0

    def _giver_party(self, doc: Doc, trig: Match, sent: Sentence, group: TriggerGroup) -> bool:
        """A named party after one of the group's `giver_prepositions`, within its window after the trigger."""
        return bool(group.giver_prepositions) and any(
            actor_key(m.actor) and self._after_word(doc, m, group.giver_prepositions)
            for m in doc.mentions_in(trig.end, min(sent.end, trig.end + group.window)))

    def _qualifies(self, group: TriggerGroup, trig: Match, classes: list[Match], quoted_party: bool,
                   object_party: int = 0, giver: bool = False, part: tuple[int, int] | None = None,
                   passive_from: int | None = None) -> bool:
        if part is None:
            near = {m.value for m in classes if self._near(group, trig, m)}
        else:
            # a `comma_excludes` class counts in the trigger's comma part, however far, and nowhere else: "sanctions
            # on firms responsible for supplying the drones" undoes the supply, "Despite Western sanctions, Iran
            # supplied Russia with drones" only frames it
            near = {m.value for m in classes if (part[0] <= m.start and m.end <= part[1] and m.value in group.comma_excludes)
                    or (m.value not in group.comma_excludes and self._near(group, trig, m))}
        if passive_from is not None:
            # a passive deployment verb's subject is what was moved, however long its apposition: "3,000 soldiers, most of
            # them from the 82nd Airborne Division at Fort Bragg, have been ordered to Poland"
            near.update(m.value for m in classes if m.value in _FORCE_CLASSES and passive_from <= m.start and m.end <= trig.start)
        if group.requires_after:
            # "warned that X would respond": the content follows the trigger; a threat word before it ("an EU military
            # force, warning that Brexit will sap …") is no part of what was warned
            near -= {name for name in group.requires_after
                     if not any(m.value == name and m.start >= trig.end and self._near(group, trig, m) for m in classes)}
        if group.excludes_before:
            # a standing presence told before its end: "the 9,000 British troops in Iraq should not be withdrawn", "Italy,
            # which has 3,000 soldiers in Iraq, will begin a pullout" (a withdrawal before it governs it: "the withdrawal
            # of the troops in Iraq"); a supply told before the sanctions it breaks ("shipped shells to Russia in breach of
            # sanctions"; "sanctioned firms that shipped drones" undoes it). A `comma_excludes` name keeps its comma part
            counts = (lambda m: part[0] <= m.start and m.end <= part[1]) if part is not None else None  # noqa: E731
            near -= {name for name in group.excludes_before
                     if not any(m.value == name and m.end <= trig.start and (
                         counts(m) if counts is not None and name in group.comma_excludes else self._near(group, trig, m))
                         for m in classes)}
        if object_party:
            near.add("object_party")  # built-in class: a party right after the trigger
            # that party is the one warned: own citizens named farther on are the victims, not the addressee ("попередив
            # Путіна про наслідки ударів по мирних жителях"); not those the party names ("varovalo české občany")
            near.difference_update(name for name in group.excludes_unless_object if not any(
                m.value == name and trig.end <= m.start <= object_party + 1 for m in classes))
        if giver:
            near.add("giver")  # built-in class: a party after one of the group's giver_prepositions
        if quoted_party:
            near.add("actor")
        if group.excludes and near.intersection(group.excludes):
            return False
        if group.requires_all and not near.issuperset(group.requires_all):
            return False
        return not group.requires or bool(near.intersection(group.requires))

    # -- building the event ------------------------------------------------------------------
    def _event(self, doc: Doc, sent: Sentence, matches: list[Match], classes: list[Match], trig: Match,
               group: TriggerGroup, statement, after: int | None = None, later: dict | None = None):
        """The event of one trigger; `after`: the end of an earlier trigger of the type in the sentence."""
        text = doc.text
        clause = None
        if after is not None:
            later = {} if later is None else later
            whole, clause = self._later_clause(doc, sent, trig, statement, after, later)
            if statement is not None and statement.cue is not None and statement.cue.end <= after and clause is not whole:
                # "Россия предупредила Польшу, а Белоруссия пригрозила Литве": a clause with a subject of its own after
                # the earlier act is no part of what was said there (the earlier addressee is not this one's)
                statement, clause = None, None
        if self.clauses.misread_inversion(doc, statement, trig.start, trig.end):
            statement = None  # "China's defence ministry, in a statement, warned Manila": no one quoted, Manila is warned
        speaker = doc.statement_speakers.get(statement.id) if statement else None
        if speaker is not None and not actor_key(speaker.actor) and statement.speaker is not None:
            # an office named with its seat ("Die Regierung in Moskau kündigte … an"): the capital speaks for it (roles.seat)
            speaker = self.clauses.seat(doc, speaker.end, statement.speaker.end) or speaker
        if speaker is None and statement is not None and statement.speaker is not None \
                and statement.content.start >= statement.speaker.end:
            # the speaker phrase cut inside a compound that goes on with its place ("قالت **وزارة الخارجية** في بكين إن …"):
            # the compound's party speaks
            sp = statement.speaker
            speaker = next((m for m in doc.mentions_in(sp.start, min(statement.content.start, sp.end + 40))
                            if m.start < sp.end < m.end and actor_key(m.actor)), None)
        if statement is not None and speaker is None and statement.cue is not None and self.clauses.impersonal_endings:
            # an impersonal cue said where ("У російському посольстві в Лондоні заявили, що …"): that office speaks
            cue = statement.cue
            speaker = self.clauses.impersonal_seat(doc, self.clauses.clause(doc, sent, cue.start, cue.end, statement),
                                                   cue.start, cue.end)
        if statement is not None and group.type == "warning":
            # the warning verb is the cue of a statement of its own inside what was said ("the Polish president said
            # China had warned Japan of consequences"): its speaker warns, the one who reports it does not
            inner = next((doc.statement_speakers.get(s.id) for s in doc.statements if s is not statement
                          and s.cue is not None and s.cue.start <= trig.start < s.cue.end
                          and not self.clauses.misread_inversion(doc, s, trig.start, trig.end)), None)
            if inner is not None and statement.content.start <= inner.start and inner.end <= trig.start:
                speaker = inner  # (named there: not a pronoun's antecedent, "Er warnte …, sagte Gentiloni")
        mentions = [m for m in doc.mentions_in(sent.start, sent.end) if actor_key(m.actor)]
        in_sentence = mentions
        if statement and statement.speaker:
            # the speaker is the source, not a participant inside the content
            mentions = [m for m in mentions if not (statement.speaker.start <= m.start < statement.speaker.end)]

        extra: dict = {}
        force = None
        if group.type == "deployment":
            force = self._force(doc, classes, trig)
            if force:
                extra["force"] = Span(text=text[force[0]:force[1]], start=force[0], end=force[1])
            elif group.subject_is_location:  # a hosted base: its owner deploys ("Djibouti abrite une base militaire française")
                force = self._force(doc, classes, trig, ("base",))
        elif group.directed:
            force = self._force(doc, classes, trig, ("force", "arms"))
        if clause is None:  # no earlier trigger, or the statement dropped: its clause without it
            clause = self.clauses.clause(doc, sent, trig.start, trig.end, statement)
            if after is not None:
                clause = self._second_clause(doc, clause, after, trig)
        unnamed_set = self.clauses.unnamed_relative(doc, clause)
        if unnamed_set >= 0:
            # "troops from countries who joined NATO": the relative clause's subject is the unnamed set it hangs on;
            # no party named before the relative takes part in its act
            mentions = [m for m in mentions if m.start > unnamed_set]
            in_sentence = [m for m in in_sentence if m.start > unnamed_set]
            speaker = None
        reacted = self._reacted(doc, classes, clause, trig) if group.type in ("deployment", "warning") else None
        undergoes = group.type == "warning" and (self._reacted(doc, classes, clause, trig, "undergo") is not None
                                                 or self._passive(doc, trig) and not self._agent_after(doc, trig, clause)
                                                 or self._bracket_patient(doc, clause, trig))
        roles = self._roles(doc, clause, group, trig, mentions, speaker, force, statement, reacted, undergoes, classes)
        if roles is None:
            return None
        source, target, location = roles
        if group.type == "warning" and "diplomat" in group.requires and source is not None:
            # a nationality on the envoy names whose envoy is summoned or expelled ("den iranischen Botschafter
            # einbestellt", "l'ambassadeur iranien a été convoqué", "El embajador iraní fue convocado"): that party is
            # warned; it summons no one unless it is also named apart from the envoy
            key = actor_key(source)
            on_envoy = [m for m in mentions if actor_key(m.actor) == key and m.how in ("demonym", "role") and any(
                c.value == "diplomat" and (0 <= c.start - m.end <= 2 or 0 <= m.start - c.end <= 2
                                           or m.how == "role" and m.start <= c.start and c.end <= m.end) for c in classes)]
            # (with another party warned, the envoys are the source's own, called back from there: "recalled
            # American envoys from Belarus")
            # (a party after the trigger is the one whose act is protested: "um gegen das Vorgehen iranischer
            # Sicherheitskräfte zu protestieren")
            if on_envoy and all(m in on_envoy for m in mentions if actor_key(m.actor) == key and m.start < trig.start) \
                    and (target is None or actor_key(target) == key):
                target, source = source, None
        if group.needs_location and location is None:
            return None  # "the mission has 14,000 troops": no place, no deployment
        if group.foreign_owner and (source is None or location is None or not self._own_place(doc, trig, location)
                                    or location.code == actor_key(source) and not self._at_border(doc, trig, clause)):
            # "government forces in Syria", "Russian troops in Russia": no owner or no foreign place; forces
            # near a border stand at home ("Russian troops near the Ukrainian border")
            return None
        if group.type == "deployment" and self.deployment_needs_party and source is None and location is None \
                and not group.home_location and not group.echo:
            # whose forces and where both unsaid ("transfer people across regiments", "one of its largest
            # deployments"): nothing an analyst can use; alerts and mobilisation name no place by nature
            return None
        if group.type == "deployment" and location is None and not group.home_location and unnamed_set < 0:
            # no place in the clause: the country the text was just speaking of ("France has 1,000
            # soldiers on the ground", after a sentence on Syria); the mention says where it was read
            warner = self._warner(doc, statement, speaker, source, trig) or self._warned_by(doc, sent, trig, source)
            # (the party that warned the source about this act is not where it happens: "warnte Japan, keine
            # Kriegsschiffe in die Taiwanstraße zu schicken" puts nothing in China)
            location = self._anaphoric_place(doc, trig, clause, actor_key(source), warner=warner)
        if group.directed:
            # giver → receiver: "sold French warships to Athens", "the US sent military aid to Kyiv"
            receiver = None
            if location is not None and location.mention is not None:
                receiver = next((m.actor for m in mentions if m.start == location.mention.start), None)
            receiver = receiver or target
            location, target = None, receiver
            extra["partners"] = _distinct([source, receiver])
            if not extra["partners"] and not group.echo:
                return None  # an alliance needs a named party (EVENTS.md): "the allies pledged more arms"
        elif group.type == "alliance":
            # the parties nearest the trigger: "Japan … its alliance with Washington"
            # speakers count too: "Japan and the Philippines agreed to deepen military ties";
            # a place outside the trigger's clause is where someone spoke, no party ("said in Riga that …")
            parties = [m for m in in_sentence if (clause.start <= m.start and m.end <= clause.end
                       or self.clauses.slot(doc, m) != PLACE) and not self._adversary(doc, m)]
            # (a country marked as a place before the trigger is where, a partner only after the others: "in Polen
            # ukrainische Soldaten ausbilden", "were in Crimea and assisted Russia"; after it too where a nationality
            # names the people trained ("bildet in Deutschland ukrainische Piloten aus"); else a place word after it
            # may mark the receiver: "la livraison d'armes à l'Arménie")
            # (a party inside a relative clause opened after the trigger describes a noun: "in partnership with NATO,
            # the alliance that includes the United States" has no US partner)
            parties = [m for m in parties if m.start < trig.end or not self.clauses.relative_between(doc, trig.end, m.start)]
            asked = self._asked(doc, statement, trig) if roles[0] is None else None
            if asked is not None and speaker is not None and actor_key(speaker.actor) != actor_key(asked.actor):
                # what was said to a party opens with the act, its subject left out ("warned Helsinki against joining
                # NATO", "حذرت روسيا فنلندا من الانضمام"): the one warned or urged joins, the speaker takes no part
                parties = [m for m in parties if actor_key(m.actor) != actor_key(speaker.actor)]
                source = asked.actor
            trained = any(m.how == "demonym" and any(c.value == "trainees" and (0 <= c.start - m.end <= 2 or 0 <= m.start - c.end <= 2)
                                                     for c in classes) for m in parties)
            nearest = sorted(parties, key=lambda m: (m.actor.kind == "country" and (trained or m.end <= trig.start)
                                                     and self.clauses.slot(doc, m) == PLACE,
                                                     abs((m.start if m.start >= trig.end else m.end) - trig.start)))
            partners = _distinct([source] + [m.actor for m in sorted(nearest[:2], key=lambda m: m.start)]
                                 + [m.actor for m in nearest[2:]])
            pair = self._compound_parties(doc, in_sentence, trig) if self.continua else (
                self._adjective_parties(doc, in_sentence, trig) if self.adjective_parties_after else [])
            if pair:
                partners = pair  # zh/ja "美韩联合军演", "日韓軍事情報協定": the compound names the parties, not the critic
            extra["partners"] = partners
            if not partners and not group.echo:
                return None  # an alliance needs at least one named party (EVENTS.md); an echo may take its act's
            source = partners[0] if partners else None
            target = partners[1] if len(partners) > 1 else None
            giver = self._giver_to_receiver(doc, clause, trig, in_sentence, roles[0]) if not group.directed else None
            if giver is not None:
                # a noun of giving as the object of a verb of receiving ("Armenien erhielt Waffenlieferungen von Russland",
                # "fegyverszállítmányokat kapott Oroszországtól"): the giver marked as the origin gives, the subject receives
                source, target = giver.actor, roles[0]
                partners = _distinct([source, target] + partners)
            if len(partners) == 1 and unnamed_set >= 0:
                source, target = None, source  # "countries who joined NATO": the unnamed set joins the party named
            elif len(partners) == 1 and roles[0] is None and any(
                    actor_key(m.actor) == actor_key(source) and self.clauses.slot(doc, m) == OBJECT for m in parties):
                # a lone party marked as the one given to receives ("entregas de armas a Ucrania", "поставки оружия
                # Украине", "Ukrajnának garanciákra van szüksége"): the giver is unnamed; a place may be the giver ("training in Germany")
                source, target = None, source
            blocs = [p for p in partners if p.kind == "organisation" and not p.country]  # not an armed group of a state
            states = [p for p in partners if p.kind != "organisation"]
            giver = source is not None and source.kind == "organisation" and not source.country and bool(
                _GIVING_CLASSES.intersection(group.requires + group.requires_all))
            if blocs and states and not giver:
                # a state and a bloc: the state joins, exercises with or belongs to the bloc
                # ("Finland joined NATO", "both NATO members", "drills with NATO"); a bloc that is the subject or
                # agent of giving arms or training gives ("Die EU will der Ukraine Munition liefern",
                # "die Ausbildung ukrainischer Soldaten durch die Nato")
                source, target = states[0], blocs[0]
            elif group.bloc_joined and len(partners) == 1 and blocs and not giver and not any(
                    actor_key(m.actor) == actor_key(blocs[0]) and m.start < trig.start for m in parties):
                source, target = None, blocs[0]  # "нет перспективы стать членами НАТО": who joins is unnamed
        if statement is None and group.type == "warning" and actor_key(source):
            # the source speaks in this sentence ("Bahrain said in a statement recalling its envoy …"):
            # the warning was made by that statement
            statement = next((st for st in doc.statements_by_sentence.get(sent.index, ())
                              if st.sentence == sent.index and actor_key(st.speaker_actor) == actor_key(source)), None)
        modality = group.modality or self.modality(trig, matches, sent.start, sent.end,
                                                   group.modalities or MODALITY_KINDS.get(group.type, MODALITY_ORDER),
                                                   (clause.start, clause.end, clause.soft_start, clause.soft_end),
                                                   _comma_part_start(text, sent.start, trig.start) if group.type == "warning" else None,
                                                   reported=statement is not None and statement.cue is not None
                                                   and statement.cue.end <= trig.start,
                                                   nominal=group.nominal and group.type != "warning", folded=doc.folded,
                                                   standing=group.standing,
                                                   relative=clause.start if clause.relative_at >= 0 or unnamed_set >= 0 else None)
        evidence = Span(text=text[sent.start:sent.end], start=sent.start, end=sent.end)
        confidence = group.confidence + 0.1 * (source is not None) + 0.1 * (target is not None or location is not None)
        confidence += 0.05 * (statement is not None)
        digest = hashlib.sha256(
            f"{doc.article_id}|{group.type}|{sent.start}|{sent.end}|{evidence.text}|{self.version}".encode()
        ).hexdigest()[:32]
        model = EVENT_MODELS[group.type]
        return model(
            id=f"ev-{digest}",
            article_id=doc.article_id,
            language=self.language,
            source=source,
            target=target,
            location=location,
            modality=modality,
            trigger=Span(text=text[trig.start:trig.end], start=trig.start, end=trig.end),
            evidence=evidence,
            statement_id=statement.id if statement else None,
            cameo=group.cameo,
            plover=group.plover,
            confidence=round(min(confidence, 0.99), 2),
            extractor_version=self.version,
            **extra,
        )

    def _force(self, doc: Doc, classes: list[Match], trig: Match, names: tuple[str, ...] = ("force",)) -> tuple[int, int] | None:
        forces = [m for m in classes if m.value in names]
        if not forces:
            return None
        best = min(forces, key=lambda m: abs(m.start - trig.start))
        return self._with_modifiers(doc.text, best.start), best.end

    def _with_modifiers(self, text: str, start: int) -> int:
        """Take in numbers and compound modifiers: "3,000 troops", "medium- and intermediate-range missiles"."""
        kept = start
        for _ in range(4):
            j = start
            while j > 0 and start - j < 3 and text[j - 1].isspace():
                j -= 1
            if j == start:
                break
            i = j
            while i > 0 and j - i < 30 and (text[i - 1].isalnum() or text[i - 1] in "-,."):
                i -= 1
            word = text[i:j]
            if not word or not (word[0].isdigit() or "-" in word or word.lower() in self.force_joiners):
                break
            start = i
            if word.lower() not in self.force_joiners:
                kept = start  # a joiner counts only with a modifier before it ("medium- and …")
        return kept

    def _reacted(self, doc: Doc, classes: list[Match], clause: Clause, trig: Match, name: str = "reaction") -> int | None:
        """Where a `reaction` word shortly before the trigger in its clause ends ("summoned the envoy
        to **protest** a naval patrol", "will **respond to** any deployment", "**accused** Russia of
        deploying"): the act is someone else's. None when there is none."""
        for m in classes:
            if m.value != name or not (clause.start <= m.start and (m.end <= trig.start or name != "reaction" and m.start == trig.start)):
                continue
            gap = _WORDS.findall(doc.folded, m.end, trig.start)
            if len(gap) <= self.reaction_max_words and not self.coordinators.intersection(gap) \
                    and not any(c in doc.text[m.end:trig.start] for c in COMMAS):
                return m.end
        return None

    def _bracket_patient(self, doc: Doc, clause: Clause, trig: Match) -> bool:
        """de "Polen wurde vor einem Angriff gewarnt": a passive with its auxiliary apart (roles.bracket_auxiliaries) and
        no agent before the verb: the clause subject is warned, it does not warn."""
        cr = self.clauses
        if not cr.bracket_passive(doc, clause) or self._agent_after(doc, trig, clause):
            return False
        agents = [m for m in doc.mentions_in(clause.start, trig.start) if actor_key(m.actor) and cr.slot(doc, m) == AGENT]
        return cr.bracket_agent(doc, clause, trig.start, agents) is None

    def _reacted_warning(self, doc: Doc, trig: Match, reacted: int) -> int | None:
        """A reaction word answers a warning only when at most two words stand between it and the warning ("reagovala
        na ultimátum", "condemned the threats"): "vowed to respond to any attack with a crushing response" is a threat."""
        return reacted if len(_WORDS.findall(doc.folded, reacted, trig.start)) <= 2 else None

    def _beside(self, doc: Doc, location: Location) -> bool:
        """A place named as the other side of a border: a border noun before or after it ("the
        border with China", "the Ukrainian border", "Ukraine's border"). A place after a proximity
        preposition alone is where the forces are ("Chinese bombers flew near Taiwan": TWN)."""
        if location.mention is None or not self.border_nouns:
            return False
        start, end = location.mention.start, location.mention.end
        before = [w for w in _WORDS.findall(doc.folded, max(0, start - 40), start)]
        while before and before[-1] in self.clauses.skip_before:
            before.pop()
        after = _WORDS.findall(doc.folded, end, min(len(doc.folded), end + 20))[:2]
        if after and after[0] == "s":
            after = after[1:]  # "Ukraine's border"
        return bool(self.border_nouns.intersection(before[-3:])) or bool(after and after[0] in self.border_nouns)

    def _anaphoric_place(self, doc: Doc, trig: Match, clause: Clause, src_key, classes=None, warner=None) -> Location | None:
        """The place a place anaphor ("there", "the country", "its territory") after the trigger in
        its clause stands for ("the SAS had been in the country"), or, without `classes`, the place of
        a clause that names none: the latest country named before the trigger, in its sentence or the
        two before, other than the source (and other than `warner`, the party that warned the source against
        the act: "Moscow warned Warsaw against deploying missiles" puts nothing in Russia)."""
        if classes is not None and not any(m.value == PLACE_ANAPHOR and trig.start <= m.start and m.end <= clause.end
                                           for m in classes):
            return None
        sent = doc.sentence_at(trig.start)
        if sent is None:
            return None
        first = doc.sentences[max(0, sent.index - 2)]
        for m in reversed(doc.mentions_in(first.start, trig.start)):
            if actor_key(m.actor) and actor_key(m.actor) not in (src_key, warner) and m.actor.kind == "country":
                return _mention_location(doc, m)
        return None

    def _on_forces(self, doc: Doc, owner: ActorMention, force: tuple[int, int]) -> bool:
        """The owner stands on the forces: only numbers, `quantity_words`, a possessive "'s" or a
        possessive pronoun between ("the 2,000 French soldiers", "Russia's warships"; not "Iran envelops our forces")."""
        if owner.end > force[0]:
            return True  # the mention holds the force word: "the Russian military"
        words = _WORDS.findall(doc.folded, owner.end, force[0])
        if any(w in self.possessive_owners for w in words):
            return True  # "Russia moved its warships": the pronoun points back at the party before it
        return all(w.isdigit() or w in self.quantity_words or w == "s" for w in words)

    def _pronoun_owner(self, doc: Doc, force: tuple[int, int], mentions: list[ActorMention]) -> ActorMention | None:
        """"Russia said its forces in Kaliningrad …": a possessive pronoun right before the forces
        (numbers and modifiers between) stands for the latest party named before it in the sentence."""
        words = _WORDS.findall(doc.folded, max(0, force[0] - 40), force[0])
        while words and (words[-1].isdigit() or words[-1] in self.quantity_words) and words[-1] not in self.possessive_owners:
            words.pop()
        if not words or words[-1] not in self.possessive_owners:
            return None
        sent = doc.sentence_at(force[0])
        start = sent.start if sent else 0
        return next((m for m in reversed(mentions) if start <= m.start and m.end <= force[0]
                     and actor_key(m.actor)), None)

    def _possessor(self, doc: Doc, trig: Match, mentions: list[ActorMention]) -> ActorMention | None:
        """The party whose possessive stands right before a noun trigger, a bloc name between
        ("Sweden's accession", "Finland's NATO membership", hu "Finnország csatlakozása"), or — where
        the genitive follows its noun (`events.genitive_owner`) — the party right after it
        ("вступление Финляндии в НАТО", "vstup Finska do NATO")."""
        end = trig.start
        bloc = None  # "der Nato-Einsatz", "the UN mission": the bloc before the noun, when no possessor precedes it
        for m in reversed([m for m in mentions if m.end <= trig.start and trig.start - m.end <= 30]):
            gap = "".join(c for c in doc.text[m.end:end] if c not in '"“”«»„').strip()  # 's "red line"
            if gap in ("", "-") and m.actor.kind == "organisation":
                end = m.start
                bloc = bloc or m
                continue  # "NATO" in "Finland's NATO membership": look further back
            if not gap and (m.how == "demonym" or m.actor.kind == "country" and not self.genitive_owner) \
                    and not (self.genitive_owner and self.clauses.dative(doc, m)):  # cs "dalo Švédsku ultimátum"
                # (where the genitive follows its noun a name before it is a dative: "предъявила Украине ультиматум")
                return m  # "the Russian ultimatum", "the Turkish accession", hu "Svédország tagsága"
            if gap in ("'s", "’s", "'", "’"):
                return m
            break
        if self.genitive_owner:
            # (a closing quote may stand between: cs 'odmítla "ultimátum" Ruska', ru "«ультиматум» России")
            after = next((m for m in mentions if 0 <= m.start - trig.end <= 3
                          and not doc.text[trig.end:m.start].strip(" \"'»”“’")), None)
            if after is not None and after.actor.kind != "organisation" and not self.clauses.dative(doc, after):
                return after  # (a dative after it is the addressee: "погрозу Литві", "ultimátum Kyjevu")
        # "the accession of Sweden", "les menaces russes", "threats from Pyongyang" (roles.genitive_before)
        return self.clauses.party_after_noun(doc, trig.end, mentions) or bloc

    def _backer(self, doc: Doc, m: ActorMention) -> bool:
        """The mention is joined by a hyphen to a backing word ("Iran-backed")."""
        if doc.folded[m.end:m.end + 1] != "-":
            return False
        word = _NEXT_WORD.match(" " + doc.folded[m.end + 1:m.end + 20])
        return bool(word) and word.group(1) in self.backer_suffixes

    def _at_border(self, doc: Doc, trig: Match, clause: Clause) -> bool:
        """The trigger ends with a proximity preposition or a border noun follows it: "troops near …"."""
        last = _WORDS.findall(doc.folded, trig.start, trig.end)
        return bool(last and last[-1] in self.proximity_preps) or self._border_after(doc, trig, clause)

    def _own_place(self, doc: Doc, trig: Match, location: Location) -> bool:
        """The place is the object of the forces' own preposition, within 40 characters ("troops in the
        south of Iraq", "forces stationed in Syria"; not "peacekeepers in a firefight in the Golan")."""
        if location.mention is None or not 0 <= location.mention.start - trig.end <= 40:
            return False
        gap = trig.end
        for owner in doc.mentions_in(trig.end, location.mention.start):
            # the owner's adjective after the forces (fr/es "troupes américaines en Syrie"): no word between; owners
            # joined by a `roles.party_joiners` word count as one ("قوات الحلف الاطلسي والولايات المتحدة في افغانستان")
            between = doc.folded[gap:owner.start].strip()
            if not between or gap > trig.end and between in self.party_joiners:
                gap = owner.end
        words = _WORDS.findall(doc.folded, gap, location.mention.start)
        if words and words[0] in self.location_preps and _WORDS.findall(doc.folded, trig.start, trig.end)[-1] not in self.location_preps:
            words = words[1:]
        return not self.location_preps.intersection(words)

    def _quantity_then_force(self, doc: Doc, classes: list[Match], trig: Match) -> bool:
        """The forces follow the trigger with only numbers and `events.quantity_words` between
        ("has about 2,500 troops", "has tens of thousands of soldiers", "still has a garrison")."""
        nxt = min((m for m in classes if m.value in ("force", "force_noun") and m.start >= trig.end), key=lambda m: m.start, default=None)
        if nxt is None or nxt.start - trig.end > 60:
            return False
        return all(w.isdigit() or w in self.quantity_words for w in _WORDS.findall(doc.folded, trig.end, nxt.start))

    def _border_after(self, doc: Doc, trig: Match, clause: Clause, force=None) -> bool:
        """A border noun shortly after the trigger, or after the forces that follow it, with no place
        named: "massing along the northern border", "have thousands of troops along their border"."""
        start = force[1] if force and force[1] > trig.end else trig.end
        words = _WORDS.findall(doc.folded, start, min(clause.end, start + 50))[:6]
        return bool(self.border_nouns.intersection(words))

    def _giver_to_receiver(self, doc: Doc, clause: Clause, trig: Match, mentions: list[ActorMention],
                           receiver: Actor | None) -> ActorMention | None:
        """With a verb of receiving in the trigger's comma part (roles.receives) and the clause subject `receiver`: the
        party there marked as an origin or agent ("von Russland", "Oroszországtól", "от России") or by a genitive word
        after the trigger ("des livraisons d'armes de la Russie"), which gives; else None."""
        if not actor_key(receiver) or not self.clauses.receives(doc, clause, trig.start, trig.end):
            return None
        lo, hi = max(clause.start, clause.soft_start), min(clause.end, clause.soft_end)
        for m in mentions:
            if not (lo <= m.start and m.end <= hi) or actor_key(m.actor) == actor_key(receiver):
                continue
            if self.clauses.slot(doc, m) in (ORIGIN, AGENT) or m.start >= trig.end and self.clauses.genitive_marked(doc, m):
                return m
        return None

    @staticmethod
    def _warned_by(doc: Doc, sent: Sentence, trig: Match, source: Actor | None):
        """The source of a warning before the trigger in its sentence whose target is the act's source, else None
        (the sentence's events are the latest in `doc.events`: read from the end, no further back than the sentence)."""
        if not actor_key(source):
            return None
        for w in reversed(doc.events):
            if w.evidence.start < sent.start:
                return None
            if w.type == "warning" and w.trigger.end <= trig.start and actor_key(w.target) == actor_key(source):
                return actor_key(w.source)
        return None

    def _warner(self, doc: Doc, statement, speaker: ActorMention | None, source: Actor | None, trig: Match):
        """The speaker's party when the source is the addressee of the statement that holds the act, and the act
        stands behind an `events.warned_against` word ("Moscow warned Warsaw against deploying missiles": the warned
        party acts, and not where the warner is); else None. (An accuser may be the place: "Iran accused Britain of
        sending special forces into its territory".)"""
        if statement is None or statement.addressee is None or speaker is None or not actor_key(source) \
                or statement.cue is None or not self.warned_against or not statement.cue.end <= trig.start \
                or not self.warned_against.intersection(_WORDS.findall(doc.folded, statement.cue.end, trig.start)):
            return None
        if not any(actor_key(m.actor) == actor_key(source)
                   for m in doc.mentions_in(statement.addressee.start, statement.addressee.end)):
            return None
        return actor_key(speaker.actor)

    @staticmethod
    def _content_addressee(doc: Doc, statement, clause: Clause) -> ActorMention | None:
        """The addressee of the statement when the clause was opened inside what was said to it."""
        if statement is None or statement.addressee is None or statement.content is None \
                or clause.start <= statement.content.start:
            return None
        return next((m for m in doc.mentions_in(statement.addressee.start, statement.addressee.end)
                     if actor_key(m.actor)), None)

    def _asked(self, doc: Doc, statement, trig: Match) -> ActorMention | None:
        """The addressee of an asking cue whose content is the trigger's infinitive ("instó a Alemania a
        desplegar", "urged Germany to send"): what was said opens with the trigger, infinitive markers
        (`roles.infinitive_markers`) at most before it; the one asked does the act."""
        if statement is None or statement.addressee is None or statement.content is None \
                or not statement.content.start <= trig.start <= statement.content.end:
            return None
        if any(w.lower() not in self.infinitive_markers and w.lower() not in self.negation_words
               for w in _WORDS.findall(doc.text[statement.content.start:trig.start])) \
                and not self.clauses.requested(doc, trig.end):  # ja "ドイツに対し、…配備するよう求めた"
            return None
        return next((m for m in doc.mentions_in(statement.addressee.start, statement.addressee.end)
                     if actor_key(m.actor)), None)

    def _agent_after(self, doc: Doc, trig: Match, clause: Clause) -> bool:
        """A passive agent ("by Poland") after the trigger in its clause."""
        return any(self.clauses.slot(doc, m) == AGENT for m in doc.mentions_in(trig.end, clause.end) if actor_key(m.actor))

    def _passive(self, doc: Doc, trig: Match) -> bool:
        words = _WORDS.findall(doc.folded, max(0, trig.start - 30), trig.start)
        return bool(words) and words[-1] in self.passive_auxiliaries

    def _roles(self, doc: Doc, clause: Clause, group: TriggerGroup, trig: Match, mentions: list[ActorMention],
               speaker: ActorMention | None, force: tuple[int, int] | None, statement, reacted: int | None = None,
               undergoes: bool = False, doc_classes: tuple = ()):
        """Source, target and location from the clause that holds the trigger (roles.py): the
        subject slot of the trigger's verb is the source (also inside reported speech), the
        object slot or the addressee is who is warned, a marked place is where, never who."""
        cr = self.clauses
        if self.backer_suffixes:
            # "Iran-backed militias moved …": the backer neither owns nor moves the forces, nor is it the place
            # ("US-led forces" are the leader's: "led" is no backing word)
            mentions = [m for m in mentions if not self._backer(doc, m)]
        slots = {(m.start, m.end): cr.slot(doc, m) for m in mentions}
        parsed = self.parsed.slots(doc, trig.start, trig.end, mentions)
        if group.type == "warning":
            # one warns a party, never a place: an addressee the grammar marks by its word ("advirtió **a** Finlandia que
            # no …") stays the addressee where the parse reads that word as a destination preposition
            parsed = {k: v for k, v in parsed.items() if not (v == PLACE and slots.get(k) == OBJECT)}
        slots.update(parsed)
        if self.continua and group.type == "deployment":  # ja "に" marks where forces go, and whom one warns
            for m in mentions:
                if self._marked_place(doc, m, trig) and slots[(m.start, m.end)] not in (AGENT, ORIGIN):  # "米国による" is no "に"
                    slots[(m.start, m.end)] = PLACE
        # a mention left out of `mentions` (the speaker) may still come back as a pronoun's antecedent ("Estonia said it
        # was ready to host more NATO troops"): its slot is read where it stands
        slot = lambda m: slots[(m.start, m.end)] if (m.start, m.end) in slots else cr.slot(doc, m)  # noqa: E731
        in_clause = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
        before = [m for m in mentions if m.end <= trig.start and slot(m) not in (PLACE, ADJUNCT)]
        after = [m for m in mentions if m.start >= trig.end and slot(m) != PLACE]
        # a nationality adjective on the forces owns them, it is no subject ("ha amerikai rakétákat telepít")
        adjectives = {(m.start, m.end) for m in in_clause if force and m.end <= force[0]
                      and (m.how == "demonym" or doc.text[m.start:m.start + 1].islower()) and not doc.text[m.end:force[0]].strip()}
        # a subject noun phrase that names no party (roles.unnamed_subject: "Das Ministerium schickt Litauen …", "dass
        # der Minister Polen drohte"): the parties after it are objects, never the source
        named_after = cr.unnamed_subject(doc, max(clause.start, clause.soft_start), trig.start)
        objects = {(m.start, m.end) for m in in_clause if 0 <= named_after <= m.start and m.end <= trig.start
                   and slot(m) != AGENT}  # "Die Kampfjets wurden in Polen von Deutschland stationiert": the agent acts
        subject, weak, pronoun = self._subject(doc, clause, trig, [m for m in in_clause if (m.start, m.end) not in adjectives
                                                                   and (m.start, m.end) not in objects], slot)
        if subject is None and named_after >= 0:
            subject = cr.seat(doc, named_after, trig.start)  # "Das Außenministerium in Peking drohte …": Beijing's
        owner = None
        participle = group.directed and self.participle_after_arms and force is not None and 0 <= trig.start - force[1] <= 1
        if participle:
            # "any F-16 jets delivered to Ukraine": a participle on the arms; neither the clause subject nor the
            # speaker gives, only an agent ("delivered by Germany") or an origin ("from Germany") names the giver
            subject = subject if subject is not None and slots.get((subject.start, subject.end)) == AGENT else None
            weak = pronoun = speaker = None
            before = []
        moves = group.type == "deployment" or group.directed  # forces or arms go from a source to a place
        if moves and force:
            # the owner stands in the forces' comma part ("Россия аннексировала Крым, ввела войска": not Crimea)
            owners = [m for m in mentions if m.end <= force[0] and force[0] - m.end <= self.owner_window
                      and slot(m) != PLACE and not (slot(m) == OBJECT and m.how != "demonym")  # "对乌克兰的军事援助": the receiver
                      and not self._after_location_prep(doc, m) and "," not in doc.text[m.end:force[0]]
                      or m.start <= force[0] < m.end  # a mention that holds the force word: "the Russian military", zh "美军"
                      or m.how == "demonym" and force[0] < m.start and m.end <= force[1]]  # in the term: "base américaine"
            if self.owner_after_force:
                owners += [m for m in mentions if m.how == "demonym" and 0 <= m.start - force[1] <= self.owner_after_force]
            if self.genitive_owner:
                owners += [m for m in mentions if 0 <= m.start - force[1] <= 1 and slot(m) == FREE]
            owner = owners[-1] if owners else None
            if owner is None:  # "des soldats de l'Otan", "tropas de la OTAN" (roles.genitive_before)
                owner = self.clauses.party_after_noun(doc, force[1], mentions, genitive_only=True)
            if owner is not None and owner.how == "capital" and subject is not None \
                    and actor_key(subject.actor) not in (None, actor_key(owner.actor)) \
                    and not owner.end <= trig.start < force[0] \
                    and force[1] <= trig.start:  # verb-final ("…の兵力を増強"); "help Kyiv bolster its defences": Kyiv acts
                # a city or region before the forces is where they stand when another party is the
                # subject ("ロシアはクリミアの兵力を増強した": Crimea's forces are Russia's, in Crimea)
                slots[(owner.start, owner.end)] = PLACE
                owner = None
            if owner is None and self.possessive_owners:
                near = [m for m in mentions if slot(m) not in (PLACE, AGENT)] + ([speaker] if speaker is not None else [])
                owner = self._pronoun_owner(doc, force, sorted(near, key=lambda m: m.start))
        if group.foreign_owner and (owner is None or not actor_key(owner.actor) or not self._on_forces(doc, owner, force)):
            return None  # "forces in Syria" with no owner on them names no one's deployment
        speaking = speaker is not None and actor_key(speaker.actor) is not None
        conditioned = speaker if speaking and cr.in_condition(doc, speaker, trig.start) else None
        if conditioned is not None:
            speaking = False  # ja "日本が…介入すれば…と警告した": the condition's subject, read as the speaker, is warned
        # a noun trigger: flagged so, or read as one (roles.noun_trigger: "l'adhésion de", "the threats")
        nominal = group.nominal or self.clauses.noun_trigger(doc, trig.start, trig.end) or (
            # a term written as the tail of a hyphenated compound (de "-beitritt*": "der Nato-Beitritt Schwedens") is its
            # head noun: its genitive after it is the party, the bloc before it what is joined
            doc.text[trig.start] == "-" and trig.start > 0 and doc.text[trig.start - 1].isalnum())

        source: Actor | None = None
        recalled = self._recalled_from(doc, trig, in_clause, slot) if group.type == "warning" and not undergoes else None
        # a warning received from someone ("ultimátumot kapott Moszkvától"): no envoy called back from there (roles helper)
        received = cr.received_from(doc, clause, trig.start, trig.end, in_clause, slot) if group.type == "warning" else None
        recalled = None if received is not None else recalled
        if reacted is not None and group.type == "warning":
            reacted = self._reacted_warning(doc, trig, reacted)
        if reacted is not None and group.type != "warning":
            # "China summoned the envoy to protest a naval patrol": the clause subject protests; the
            # party between the reaction and the trigger ("accused Russia of deploying"), a passive
            # agent or the forces' owner acts, and with none named there is no deployment
            doer = next((m for m in in_clause if reacted <= m.start and m.end <= trig.start and slot(m) != PLACE), None) \
                or next((m for m in in_clause if m.start >= trig.end and slot(m) == AGENT), None) or owner
            if doer is None or not actor_key(doer.actor):
                return None
            subject, weak, pronoun, speaking = doer, None, None, False
        if moves:
            if group.subject_is_location or group.foreign_owner:
                order = [owner]  # "Belarus hosts Russian missiles": the subject is the place
                if owner is not None and owner in (subject, weak) and not self._on_forces(doc, owner, force):
                    order = []  # "Ukraine received Western weapons": the host owns nothing it was given
            elif nominal:
                # "the arrival of German troops": the forces' owner; "le déploiement de la Russie", "der Nato-Einsatz"
                # (a verbal noun asked of someone: "ドイツに対し…配備するよう求めた" — the one asked)
                # (no possessor where words run together: "ドイツに送り" holds no "Germany's")
                order = [owner, self._asked(doc, statement, trig),
                         None if self.continua else self._possessor(doc, trig, mentions), subject, weak]
            else:
                order = [subject, owner, weak]
                addressee = self._content_addressee(doc, statement, clause) or self._asked(doc, statement, trig)
                if subject is None and pronoun is None and addressee is not None and not self._passive(doc, trig):
                    # a subject left out in what was said to a party ("warned Poland that if [it]
                    # deploys American missiles …"): the warned party acts, not the weapons' maker
                    order = [addressee, owner, weak]
            if pronoun == "first" and speaking:
                order.insert(0, speaker)
            # a subject left out of a clause opened inside what was said ("警告美国，如果继续…部署"):
            # the warned party acts, not the speaker
            order.append(self._content_addressee(doc, statement, clause))
            order.append(speaker if speaking else None)
            # the giver named apart: "from the United States"; for a receiving verb also "by Britain" ("was given tanks by Britain")
            # (and "de X" after it: "a reçu des chars de l'Allemagne", "ha recibido misiles de Estados Unidos")
            origin = next((m for m in in_clause if slot(m) == ORIGIN or group.subject_is_location and (
                slot(m) == AGENT or slot(m) == FREE and m.start >= trig.end and cr.genitive_marked(doc, m)
                or m.start >= trig.end and self._after_word(doc, m, group.giver_prepositions))),
                          None) if group.directed else None
            if origin is not None:
                order.insert(0, origin)  # "Ukraine received arms from the United States": the giver
        elif group.type == "alliance":
            # "Sweden and Finland applied for membership": the clause subject first; a nominal trigger's
            # possessor before it ("Hungary ratified Sweden's accession") is the party that joins
            order = [self._possessor(doc, trig, mentions) if nominal else None, subject]
        elif undergoes:
            # "Russia would pay a heavy price", "the decision will have consequences": the clause
            # subject undergoes what is threatened, it is the warned party and never the source
            # ("ultimátumot kap Moszkvától", "will get an answer from NATO": the origin made it)
            order = [received, speaker if speaking else None]
            passive = self._passive(doc, trig)
            if passive or any(c.value == "undergo" and c.start <= trig.start < c.end for c in doc_classes):
                # "the Russian ambassador was summoned to the ministry in Prague": where it was done acts;
                # an undergo phrase that holds the trigger is a passive or impersonal summons (ru "посла
                # вызвали в МИД России"): the office it names acts, never a bare place ("will pay a price in …")
                order.append(next((m for m in in_clause if m.start >= trig.end and slot(m) == PLACE
                                   and (passive or m.how == "role")), None))
            before = []  # no other fallback: an unresolved speaker leaves the source unknown
        else:
            # a warning made by speaking: the speaker warns, whoever the clause names; a noun trigger's
            # possessor made it ("the administration's red line", "Russia's ultimatum")
            order = [speaker if speaking else None, subject, weak]
            seat = cr.office_seat(doc, clause, trig.start) if subject is None and weak is None else None
            # (a subject of its own: named before the verb, unmarked or marked as subject where words run together,
            # not a pronoun's antecedent, not a passive agent: "ze strany EU")
            own = seat or (subject if subject is not None and pronoun is None and subject.end <= trig.start
                           and not cr.in_condition(doc, subject, trig.start)  # ja "イスラエルが攻撃したら報復する": warned
                           and not cr.genitive_marked(doc, subject)  # "the expansion of NATO threatens": no head noun
                           and not self.continua  # (ja: a topic inside what was said is no agent of its later verb)
                           and slot(subject) in (FREE, SUBJECT) and not any(
                c.value in _UNDERGOING and subject.start <= c.start < trig.end for c in doc_classes) else None)
            if own is subject and own is not None and (
                    # a named state or bloc that opens what was said ("… said China had warned Japan"), not passive, with a
                    # party after it that it warns: not "… said the US is playing with fire" (an idiom: the US is warned),
                    # "… said Minsk would be held accountable", "vowed to hold Washington accountable", "že na rozšíření NATO"
                    own.how not in ("country", "capital", "organisation") or statement is None
                    or self.passive_auxiliaries.intersection(_WORDS.findall(doc.folded, own.end, trig.end))
                    or not any(m.start >= own.end and actor_key(m.actor) not in (None, actor_key(own.actor)) for m in in_clause)
                    or any(w not in cr.skip_before and w not in cr.openers
                           for w in _WORDS.findall(doc.folded, max(statement.content.start, clause.start), own.start))):
                own = None
            if speaking and own is not None and statement is not None and statement.content is not None \
                    and statement.content.start <= own.start and trig.end <= statement.content.end:
                # the warning verb has a subject of its own inside what was said ("the Polish president said China had
                # warned Japan", "Officials in Tokyo said the ministry in Beijing had warned Japan"): it warns, the one
                # who reports it does not ("… said Russia would face consequences": Russia undergoes, the speaker warns)
                order.insert(0, own)
            if reacted is None:  # a warning received from someone: "ultimátumot kapott Moszkvától"
                order.insert(0, received)
            if nominal:
                order.insert(0, self._possessor(doc, trig, mentions))
            elif subject is None and weak is None:
                order.append(cr.impersonal_seat(doc, clause, trig.start, trig.end))  # "В Кремле пригрозили Польше"
                order.append(seat)
            if recalled is not None:
                order.append(recalled[1])  # "odvolají americké ředitele misí ze Salvadoru": their own envoys
            if reacted is not None:
                # "Ukrajina reagovala na ultimátum Ruska", "Lithuania condemned the threats": the subject and the speaker
                # answer the warning, they did not make it; a party between ("accused Russia of threatening") or the
                # noun's owner did; the one who answers is warned (ranked below)
                doer = next((m for m in in_clause if reacted <= m.start and m.end <= trig.start and slot(m) != PLACE), None)
                order = [doer, self._possessor(doc, trig, mentions)]
                answering = [m for m in (subject, weak) if m is not None and m is not doer]
                before = [m for m in before if m not in answering]
        receiver, unnamed = None, False
        if group.type == "deployment" and force is not None and owner is None and cr.unnamed_owner(doc, force):
            # "foreign forces are in Syria illegally, the minister said" (roles.unnamed_owners): whose forces is unsaid;
            # neither the speaker nor a party named in the clause owns them, only the verb's own subject sends them
            order, unnamed = [subject], True
        if group.directed and not group.subject_is_location:  # a verb of receiving: its subject (the host) receives
            # the receiver as addressee: a dative-marked party ("Kijevnek", "Китаю"), else the first
            # party after the giving verb in its comma part ("передаст Украине", "надання танків
            # Україні"; a nationality adjective there owns the arms: "американские танки"); it
            # never gives: with no other party the giver is unknown ("союзники передали Украине")
            # a nationality adjective on the arms owns them ("sold French warships"); on the people
            # trained (class `trainees`) it names the receiver ("will train Ukrainian pilots")
            receiver = next((m for m in in_clause if slot(m) == OBJECT), None) or next(
                (m for m in after if m.end <= clause.soft_end and slot(m) == FREE and m is not subject
                 and (m.how != "demonym" or any(c.value == "trainees" and (0 <= c.start - m.end <= 2 or 0 <= m.start - c.end <= 2)
                                              for c in doc_classes))), None)
            related = cr.related_party(doc, clause, trig.start, trig.end, in_clause)
            if related is not False:
                # "Ukraine's partners will send", "яке надають західні партнери": the givers are unnamed, the
                # party they belong to receives (roles.relation_nouns)
                # (with none named, the party named last before them: "Kyiv hopes the partners will provide jets")
                receiver = receiver or related or (before[-1] if before else None)
                order, before, unnamed = [], [], True
            if receiver is not None:
                order = [m for m in order if m is None or actor_key(m.actor) != actor_key(receiver.actor)]
                before = [m for m in before if actor_key(m.actor) != actor_key(receiver.actor)]
        for cand in order:
            if cand is not None and actor_key(cand.actor):
                source = cand.actor
                break
        if group.type == "alliance" and not moves:
            return source, None, None  # the partners are read in _event
        if source is None and not unnamed and not [m for m in before if clause.start <= m.start] and self.subject_after_trigger \
                and named_after < 0:
            first = next((m for m in after if m.end <= clause.end and slot(m) != OBJECT), None)
            if first is not None and first.how != "demonym" and cr.unnamed_subject_after(doc, trig.end, clause.end):
                first = None  # "حذر المسؤول بولندا": the subject names no party, Poland is the object (an adjective still owns)
            source = first.actor if first else None
        if source is None and not unnamed and not nominal and not (group.directed and group.subject_is_location):
            late = cr.subject_after_verb(doc, clause, trig.start, trig.end, in_clause, slot)  # "Polsku pohrozilo Rusko"
            source = late.actor if late is not None else None
        # a party marked as the object by a word is never the fallback source (ja "台湾を威嚇する…": Taiwan is
        # threatened); an object ending alone is often a genitive ("Jednotky Íránu", "МЗС Польщі") and stays
        unmarked = [m for m in before if (slot(m) != OBJECT or cr.ending_object(doc, m)) and (m.start, m.end) not in objects
                    and not (group.type == "warning" and cr.in_condition(doc, m, trig.start))]  # ja "日本が…すれば": warned
        if source is None and not unnamed:
            # a subject marked as such after the trigger in its clause: ja "「…報復する」と中国外務省は警告した" (the one
            # who says the quoted threat), a subject the parse finds after its verb
            later = next((m for m in after if m.end <= clause.end and slot(m) == SUBJECT), None)
            source = later.actor if later is not None else None
        if source is None and unmarked and not (group.directed and group.subject_is_location):
            # (a receiver with no giver named: "Ukraine received Western weapons" has no known giver)
            # nothing in the clause: the nearest party before (deployments) or the sentence subject
            source = (unmarked[-1] if moves else unmarked[0]).actor
        if source is None and group.type == "warning" and not unnamed and not speaking:
            # a subject left out (roles.zero_subject): "ロシアのラブロフ外相は声明を発表した。…と警告した"
            dropped = cr.dropped_subject(doc, trig.start)
            source = dropped.actor if dropped is not None else None
        src_key = actor_key(source)

        location = None
        target = None
        if moves:
            host = subject or weak
            if group.subject_is_location and host is not None and slot(host) == AGENT:
                # "Ukraine was given tanks by Britain": the agent gives, the party before the verb receives
                host = next((m for m in in_clause if m.end <= trig.start and slot(m) == FREE), None)
            if host is None and group.subject_is_location and self.subject_after_trigger:
                # verb-initial hosts: "تستضيف بولندا قوات أمريكية" (the first party after the verb)
                host = next((m for m in after if m.end <= clause.end and slot(m) == FREE and m.how != "demonym"), None)
            if group.subject_is_location and host is not None and actor_key(host.actor) != src_key:
                location = _mention_location(doc, host)
            places = [m for m in in_clause if slot(m) == PLACE and actor_key(m.actor) != src_key]
            if self.continua and not places:
                # a city or region of the source's own country marked as where ("日本は沖縄に配備", "在冲绳部署")
                places = [m for m in in_clause if slot(m) == PLACE and m.how == "capital" and self._marked_place(doc, m, trig)]
            if location is None and self.continua and places:
                # `events.act_place_postpositions` (ja "で") mark where another act happens ("米議会で…韓国への再配備を求める"):
                # a destination (に/へ) goes first
                places = [m for m in places if not doc.folded.startswith(self.act_place_post, m.end)] or places
                location = _mention_location(doc, places[0])
            if location is None:
                location = self._location(doc, trig, force, [m for m in mentions if m.start >= trig.end and slot(m) != AGENT], src_key)
            if location is None and places:
                location = _mention_location(doc, places[0])
            if location is None and not group.directed:
                # no marked place: the first other country named after the trigger in its sentence
                # ("on standby to evacuate citizens from Ivory Coast")
                later = next((m for m in after if actor_key(m.actor) != src_key and m.actor.kind == "country" and m.how != "demonym"
                              and m.end <= clause.end and not self._after_not_place(doc, m)), None)
                location = _mention_location(doc, later) if later else None
            if group.directed and location is None and host is not None and actor_key(host.actor) != src_key:
                target = host.actor  # the giver came "from" elsewhere: the subject receives
            if group.directed and location is None and target is None and receiver is not None:
                target = receiver.actor
            if group.directed and receiver is not None and location is not None and location.mention is not None \
                    and receiver.end <= location.mention.start and actor_key(receiver.actor) != src_key:
                target, location = receiver.actor, None  # "train Ukrainian pilots in Latvia": where is not who
            if location is not None and not group.directed and not group.needs_location and location.mention is not None and any(
                    m.start == location.mention.start and m.actor.kind == "organisation" and not m.actor.country
                    for m in mentions):
                # a bloc is no place ("im Rahmen des UN-Einsatzes", "sent frigates to the NATO mission"): where is still
                # unsaid (a group that needs a place keeps it: "has 600 soldiers in the NATO mission" stays an event)
                location = None
                later = next((m for m in after if actor_key(m.actor) != src_key and m.actor.kind == "country"
                              and m.end <= clause.end), None)
                location = _mention_location(doc, later) if later else None
            if location is None and not group.directed:
                location = self._anaphoric_place(doc, trig, clause, src_key, doc_classes)
                if location is not None and src_key in countries() and self._warner(doc, statement, speaker, source, trig):
                    # "warned Poland against deploying missiles on its territory": the warned party acts on its own soil
                    location = _home(src_key, location.mention)
            if not group.directed and src_key in countries():
                if location is not None and location.code and location.code != src_key and self._beside(doc, location):
                    # "massed troops near the Ukrainian border": the forces stand at home, aimed at the neighbour
                    neighbour = next((m for m in mentions if m.start == location.mention.start), None)
                    if target is None and neighbour is not None and neighbour.actor.kind == "country":
                        target = neighbour.actor
                    location = _home(src_key, location.mention)
                elif location is None and (group.home_location or self._border_after(doc, trig, clause, force)):
                    location = _home(src_key, Span(text=doc.text[trig.start:trig.end],
                                                   start=trig.start, end=trig.end))  # "put its army on alert"
            return source, target, location

        def other(m):
            return actor_key(m.actor) != src_key

        ranked = [conditioned] if conditioned is not None and other(conditioned) else []
        if recalled is not None and other(recalled[0]):
            ranked.append(recalled[0])  # the envoys are called back from there: it is warned
        if reacted is not None and group.type == "warning":
            ranked += [m for m in (subject, weak) if m is not None and other(m)]  # "Ukraine rejected Russia's ultimatum"
        ranked += [m for m in (subject, weak) if undergoes and m is not None and other(m)]
        ranked += [m for m in in_clause if slot(m) == OBJECT and other(m)]
        if statement is not None and statement.addressee is not None:
            ranked += [m for m in doc.mentions_in(statement.addressee.start, statement.addressee.end)
                       if other(m) and cr.slot(doc, m) != PLACE]  # "said in Vilnius" is where, not whom
        ranked += [m for m in in_clause if m.start >= trig.end and slot(m) in (FREE, OBJECT) and other(m)]
        # a subject-marked party of a clause before the trigger's (ja "中国が台湾に侵攻すれば制裁を科す"): whose act brings
        # the consequence; then an addressee marked there ("ポーランドに…配備されれば対抗措置"); before unmarked parties.
        # Not in the trigger's own clause: "米国と欧州連合は…警告した" is one subject
        ranked += [m for m in reversed(before) if slot(m) == SUBJECT and other(m) and m is not subject and m.end <= clause.start]
        ranked += [m for m in before if slot(m) == OBJECT and other(m) and m.end <= clause.start]  # the first: the main verb's addressee
        ranked += [m for m in (subject, weak) if m is not None and other(m)]  # the speaker warns; "Russia would face consequences": Russia is warned
        ranked += [m for m in after if other(m)] + [m for m in reversed(before) if other(m) and m is not subject]
        ranked += [m for m in mentions if slot(m) == PLACE and m.start >= trig.end and other(m)]
        ranked += [m for m in reversed(mentions) if slot(m) == PLACE and m.end <= trig.start and other(m)]
        if nominal and speaker is not None and actor_key(speaker.actor) and other(speaker):
            ranked.append(speaker)  # "Ukraine rejected Moscow's ultimatum": the possessor warns the one who reacts
        if ranked:
            target = ranked[0].actor
        elif speaker is not None:
            target = self._addressee(doc, speaker, src_key)
        return source, target, location

    def _subject(self, doc: Doc, clause, trig: Match, in_clause: list[ActorMention], slot):
        """The subject slot of the trigger's clause, as (strong, weak, pronoun): a passive agent
        ("by Russia"), a mention the language marks as subject, else the first (`subject_last`:
        the last) unmarked party before the verb in its comma part (strong), or, likewise the
        first (the last), before that part in the clause (weak: "силы НАТО, сосредоточенные …"
        lets the forces' owner speak first); a subject pronoun
        there gives "third" (its antecedent is the strong subject) or "first" (the speaker)."""
        if self.clauses.agent_after:
            # postpositional agents stand before their verb or verbal noun ("米国によるポーランドへの派遣"); one
            # after the trigger belongs to a later one ("ロシア軍が支援するシリア軍による攻撃")
            agent = next((m for m in reversed(in_clause) if m.end <= trig.start and slot(m) == AGENT), None)
        else:
            agents_before = [m for m in in_clause if m.end <= trig.start and slot(m) == AGENT]
            agent = next((m for m in in_clause if m.start >= trig.end and slot(m) == AGENT), None) or \
                self.clauses.bracket_agent(doc, clause, trig.start, agents_before) or \
                self.clauses.agent_before_noun(doc, clause, trig.start, agents_before)  # "menacée par Moscou de représailles"
        if agent is None and self._passive(doc, trig):
            # a bare instrumental after a passive verb is its agent (uk "були направлені Францією")
            agent = next((m for m in in_clause if m.start >= trig.end and slot(m) == ORIGIN
                          and self.clauses.instrumental(doc, m)), None)
        if agent is not None:
            return agent, None, None
        controlled = self.clauses.controller(doc, trig.start, trig.end)
        if controlled is not None and not any(m.end <= trig.start and m.start >= clause.start and slot(m) in (FREE, SUBJECT)
                                              and m.start > controlled.end for m in in_clause):
            # de "forderte Deutschland auf, Panzer zu liefern", "warnte Japan, keine Schiffe zu schicken": the party asked
            # or warned does the act of the infinitive clause (roles.control_verbs)
            return controlled, None, None
        if self.clauses.requested(doc, trig.end):
            # "ドイツに対し…配備するよう求めた": the party asked deploys, not the one asking
            asked = [m for m in in_clause if m.end <= trig.start and slot(m) == OBJECT]
            if asked:
                return asked[-1], None, None
        marked = [m for m in in_clause if slot(m) == SUBJECT and m.end <= trig.start]
        if marked:
            return marked[-1], None, None
        if not any(m.start < trig.start < m.end for m in in_clause) \
                and (head := self.clauses.relative_head(doc, trig.end)) is not None:
            # ja "台湾を威嚇する中国": the party the verb modifies acts ("ロシア軍が支援するシリア軍": not when
            # a party inside the trigger's words is its subject)
            return head, None, None
        if self.infinitive_markers:
            # "prompted NATO to order the deployment", "urged Germany to send tanks": the party
            # right before the infinitive marker is the subject of the trigger's verb
            # (the one asked may be marked as the object: es "instó **a Alemania** a desplegar")
            for m in reversed([m for m in in_clause if m.end <= trig.start and slot(m) in (FREE, OBJECT)]):
                gap = _WORDS.findall(doc.text[m.end:trig.start].lower())
                if gap and gap[0] in self.infinitive_markers and len(gap) <= 2:
                    return m, None, None
                if not gap and slot(m) == OBJECT and self.clauses.infinitive(doc, trig.start, trig.end):
                    return m, None, None  # an unmarked infinitive right after the one asked: "pidió a Japón enviar"
                break
        free = [m for m in in_clause if m.end <= trig.start and slot(m) == FREE]
        soft = [m for m in free if m.start >= clause.soft_start]
        pick = -1 if self.clauses.subject_last else 0
        if soft:
            return soft[pick], None, None
        if clause.relative_at >= 0:
            # "Germany, which leads the group, will send …", "Poland, which sent troops": the party
            # the relative clause hangs on
            sent = doc.sentence_at(clause.relative_at)
            head = [m for m in doc.mentions_in(sent.start if sent else 0, clause.relative_at)
                    if actor_key(m.actor) and self.clauses.slot(doc, m) in (FREE, SUBJECT)]
            if head and not _WORDS.search(doc.text, head[-1].end, clause.relative_at):
                return head[-1], None, None  # the party stands right before the relative ("countries who joined": none)
            if self.clauses.object_relative(doc, clause.relative_at):
                # an object relative with its subject after the verb (roles.object_relatives): "танки, которые
                # поставила Германия", "území, které tehdy okupovalo Rusko"
                later = next((m for m in in_clause if m.start >= trig.end and m.end <= clause.soft_end
                              and slot(m) == FREE and not doc.text[m.start:m.start + 1].islower()), None)
                if later is not None:  # (a lower-case nationality adjective there owns something: "российские")
                    return later, None, None
        # no party in the trigger's comma part: a coordinated verb shares the clause subject, the
        # first party in subject-first languages ("Russia seized Crimea, invaded Ukraine": not Crimea)
        weak = free[pick] if free else None
        pron = self.clauses.pronoun_before(doc, max(clause.soft_start, clause.start), trig.start)
        if pron == "third":
            # "… if it deployed …": the latest party before the clause, in its sentence or the one before
            sent = doc.sentence_at(clause.start)
            prev = (doc.sentence_at(sent.start - 1) or sent) if sent is not None and sent.start > 0 else sent
            earlier = doc.mentions_in(prev.start, clause.start) if prev else []
            earlier = [m for m in earlier if actor_key(m.actor) and self.clauses.slot(doc, m) not in (PLACE, AGENT)]
            return (earlier[-1] if earlier else None), weak, pron
        return None, weak, pron

    @staticmethod
    def _recalled_from(doc: Doc, trig: Match, in_clause: list[ActorMention], slot):
        """A warning whose first party after the trigger is marked as an origin, only nationality adjectives between
        ("recalled the American ambassador from Belarus", "odvolají americké ředitele misí ze Salvadoru", "отозвала
        посла из Литвы"): envoys called back from there, which is warned; the adjective names the source's own
        people, not whom it warns. (origin, adjective or None), or None (roles helper)."""
        adjective = None
        for m in in_clause:
            if m.start < trig.end or not actor_key(m.actor):
                continue
            if slot(m) == ORIGIN:
                return m, adjective
            if m.how not in ("demonym", "role"):  # (a role: "americké velvyslance", the US ambassador)
                return None
            adjective = adjective or m
        return None

    def _marked_place(self, doc: Doc, m: ActorMention, trig: Match) -> bool:
        """A mention near the trigger that a location preposition precedes or a postposition follows."""
        if not (trig.start - 20 <= m.start and m.end <= trig.end + 14):
            return False
        folded = doc.folded
        return any(folded.startswith(p, m.start - len(p), m.start) for p in self.location_preps) or any(
            folded.startswith(p, m.end) for p in self.location_post)

    @staticmethod
    def _addressee(doc: Doc, speaker: ActorMention, src_key) -> Actor | None:
        """For a quoted threat with no party inside: the party named after the speaker's cue."""
        sent = doc.sentence_at(speaker.start)
        if sent is None:
            return None
        for m in doc.mentions_in(speaker.end, sent.end):
            if actor_key(m.actor) and actor_key(m.actor) != src_key:
                return m.actor
        return None

    def _after_not_place(self, doc: Doc, m: ActorMention) -> bool:
        """A party right after `events.place_not_after` ("от Москвы"): a reference point, not the place."""
        if not self.place_not_after:
            return False
        words = re.findall(r"\w+", doc.folded[max(0, m.start - 16):m.start])
        return bool(words) and words[-1] in self.place_not_after

    def _after_location_prep(self, doc: Doc, m: ActorMention) -> bool:
        """'v Bělorusku jaderné zbraně': a party right after a location preposition is a place, not the owner."""
        words = re.findall(r"\w+", doc.folded[max(0, m.start - 16):m.start])
        return bool(words) and words[-1] in self.location_preps

    def _location_between(self, doc: Doc, start: int, end: int, src_key) -> Location | None:
        """The object of the first location preposition in text[start:end]."""
        for word in re.finditer(r"\w+", doc.folded[start:end]):
            if word.group() not in self.location_preps:
                continue
            obj = start + word.end()
            for m in doc.mentions_in(obj, end):
                if m.start <= obj + 12 and actor_key(m.actor) != src_key:
                    return _mention_location(doc, m)
            return self._unknown_place(doc, obj, end)
        return None

    def _unknown_place(self, doc: Doc, obj: int, end: int) -> Location | None:
        """A capitalised name that no actor alias knows, starting at most 12 characters after a
        preposition's object position ``obj`` ("the Nansei Islands"; past `place_adjectives` such as
        "eastern": "the eastern Mediterranean"), with its `place_nouns` head ("Калининградскую
        область"). Off for languages that capitalise every noun (German)."""
        if not self.unknown_places_by_capital:
            return None
        if self.place_adjectives:
            for w in _WORDS.finditer(doc.folded, obj, min(end, obj + 40)):
                if w.group() in self.place_adjectives:
                    obj = w.end()  # the name is measured from after the adjective
                elif w.group() not in self.clauses.skip_before:
                    break
        place = _CAPITALISED_PLACE.search(doc.text, obj, end)
        if not place or place.start() - obj > 12:
            return None
        if any(m.start == place.start() for m in doc.mentions_in(place.start(), place.end() + 40)):
            return None  # a known party: "in the southern sector of Iraq" is read from its own preposition
        if self.not_places and doc.folded[place.start():place.end()].split()[0] in self.not_places:
            return None
        start, stop = place.start(), place.end()
        if self.place_nouns or self.place_noun_stems:
            head = _NEXT_WORD.match(doc.folded, stop)
            if head and (head.group(1) in self.place_nouns or head.group(1).startswith(self.place_noun_stems)):
                stop = head.end()
        name = doc.text[start:stop]
        own = re.sub(r"['’]s?$", "", doc.folded[start:stop])  # "Georgia's breakaway regions"
        return Location(name=name, code=self.excluded_countries.get(own), mention=Span(text=name, start=start, end=stop))

    def _placed_in_country(self, doc: Doc, place: Location, after: list[ActorMention], sent) -> Location:
        """An unknown place followed by its country ("the Tapa military base in Estonia", "Diego Garcia,
        a British territory" is not one): a country named right after a location preposition or a
        comma within 40 characters gives the place its code."""
        end = place.mention.end
        stop = min(end + 40, sent.end if sent else end + 40)
        for m in after:
            if m.start < end or m.start > stop or m.actor.kind != "country" or m.how == "demonym":
                continue
            words = _WORDS.findall(doc.folded, end, m.start)
            if (words and words[-1] in self.location_preps) or doc.text[end:m.start].strip() == ",":
                return Location(name=place.name, code=actor_key(m.actor), mention=place.mention)
            break
        return place

    def _location(self, doc: Doc, trig: Match, force, after: list[ActorMention], src_key) -> Location | None:
        """Where forces go: the object of the first location preposition after the trigger
        ("to Japan's Nansei Islands", "in Asia"), else a party named right after it."""
        if self.location_before_trigger and force and force[1] <= trig.start:
            # verb-final clauses: "Raketen in Kaliningrad stationieren" — between forces and verb
            found = self._location_between(doc, force[1], trig.start, src_key)
            if found:
                return found
        anchor = max(trig.end, force[1] if force else 0)
        last = re.search(r"(\w+)$", doc.folded[trig.start:trig.end])
        if anchor == trig.end and last and last.group(1) in self.location_preps:
            anchor = trig.start + last.start(1)  # the trigger ends with the preposition: "flew over", "based in"
        sent = doc.sentence_at(anchor)
        limit = min(sent.end if sent else anchor, anchor + 60)
        for word in re.finditer(r"\w+", doc.folded[anchor:limit]):
            if word.group() not in self.location_preps:
                continue
            obj = anchor + word.end()
            base = obj
            for m in after:
                # the place itself, or its nationality adjective on a place noun ("à la frontière
                # ukrainienne", "on Polish soil", "near the Ukrainian border"); the source's own
                # country too when named apart ("Russia moved missiles into Kaliningrad")
                reach = 30 if m.how == "demonym" else 12
                if m.start < base or m.start > base + reach or "," in doc.text[obj:m.start]:
                    continue
                if self._after_not_place(doc, m):
                    continue
                if m.actor.kind == "organisation" and not m.actor.country:
                    break  # "to the UN mission in Mali", "the EU's operation off Somalia": a bloc is no place (EVENTS.md)
                if doc.text[m.end:m.end + 1] == "-":
                    base = m.end  # a compound modifier ("Russian-occupied Crimea", "US-led"), not the place
                    continue
                return _mention_location(doc, m)
            # a name may run past the window, never into the next sentence ("… у 2023 році. Однак …")
            place = self._unknown_place(doc, obj, min(limit + 30, obj + 12 + 60, sent.end if sent else limit + 30))
            if place:
                return self._placed_in_country(doc, place, after, sent)
            # the object is a common noun: a later preposition may name the place ("in a number of
            # areas in Mosul"), not past a comma ("…, in a bid to …")
            if "," in doc.text[obj:min(limit, obj + 40)]:
                break
        if force and trig.end < force[0]:
            # "rozmístilo v Bělorusku jaderné zbraně": the place stands between the verb and the forces
            found = self._location_between(doc, trig.end, force[0], src_key)
            if found:
                return found
        for m in after:
            # a nationality adjective right after the forces is their owner ("missiles américains"), not where
            if anchor <= m.start <= anchor + 20 and actor_key(m.actor) != src_key and m.how != "demonym":
                if self._after_not_place(doc, m):
                    continue
                return _mention_location(doc, m)
        if force and force[1] <= trig.start and anchor == trig.end and sent is not None:
            # the forces named before their verb, a place name as its object: "a US carrier entered the Red
            # Sea", "Chinese warships patrolled the South China Sea" (only determiners between)
            words = _WORDS.findall(doc.folded, anchor, min(sent.end, anchor + 20))
            while words and words[0] in self.clauses.skip_before:
                words.pop(0)
            named = next((m for m in doc.mentions_in(anchor, min(sent.end, anchor + 30)) if actor_key(m.actor)
                          and words and doc.folded.startswith(words[0], m.start)), None)
            if named is not None:  # "entered Estonian airspace": the country's own (not the source's)
                return _mention_location(doc, named) if actor_key(named.actor) != src_key else None
            place = self._unknown_place(doc, anchor, min(sent.end, anchor + 60))
            if place and all(w in self.clauses.skip_before for w in _WORDS.findall(doc.folded, anchor, place.mention.start)):
                return self._placed_in_country(doc, place, after, sent)
        return None


def _mention_location(doc: Doc, m: ActorMention) -> Location:
    """An actor mention as the place forces go to: named as the text names it when that is a
    place of its own ("Kaliningrad", code RUS), by the country for an adjective or a compound."""
    text = doc.text[m.start:m.end]
    own_name = m.how in ("country", "capital") and text[:1].isupper() and not any(c in text for c in "'’")
    return Location(name=text if own_name and m.actor.kind == "country" else m.actor.name, code=actor_key(m.actor),
                    mention=Span(text=text, start=m.start, end=m.end))


def _home(code: str, mention: Span) -> Location:
    """The source's own country as the place its forces stand."""
    return Location(name=countries().get(code, code), code=code, mention=mention)


def _comma_part(text: str, sent: Sentence, trig: Match) -> tuple[int, int]:
    """The stretch between the commas (any script's) around the trigger, inside its sentence."""
    ends = [i for i in (text.find(c, trig.end, sent.end) for c in COMMAS) if i >= 0]
    return _comma_part_start(text, sent.start, trig.start), min(ends, default=sent.end)


def _comma_part_start(text: str, start: int, end: int) -> int:
    """Where the comma part that ends at `end` begins (any script's comma): a warning is its own
    speech act, so a denial in an earlier part is another one ("否认派兵，并表示将报复")."""
    return max([start] + [text.rfind(c, start, end) + 1 for c in COMMAS])


def _distinct(actors: list[Actor | None]) -> list[Actor]:
    seen, out = set(), []
    for actor in actors:
        key = actor_key(actor)
        if actor is None or key is None or key in seen:
            continue
        seen.add(key)
        out.append(actor)
    return out
