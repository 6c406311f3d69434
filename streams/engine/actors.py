"""Actor resolution: countries, organisations, government bodies and officials.

Country names come from CLDR (Babel) for every language, with ISO 3166 alpha-3 codes from
pycountry; each language folder adds what CLDR lacks (short names, demonyms, capitals used as
metonyms, organisations, roles, officials' names). Adjacent mentions joined only by a
possessive or "of" ("Russia's Foreign Ministry spokeswoman Maria Zakharova") are merged into
one compound mention whose actor is the most specific part, completed by the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable

import pycountry

from schemas import UNKNOWN_ACTOR, Actor
from streams.engine.doc import ActorMention, Doc, build, span_fields
from streams.engine.lexicon import LanguageData, Match, Matcher, actor_registry, longest_leftmost
from streams.engine.text import fold

ACTOR = "actor"
_PLACE = ("country", "capital", "demonym")  # the ways a mention names a country
# how a mention names its actor, most specific last
_SPECIFICITY = {"demonym": 0, "capital": 1, "country": 2, "organisation": 3, "role": 4, "person": 5}
# Latin Extended-A alternates upper and lower case (Ř ř, Š š): only its capitals start a name
_UPPER_EXT_A = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_FIRST_NAMES = re.compile(r"(?<!\s)\s++(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]++\s++){1,2}".replace("Ā-ſ", _UPPER_EXT_A))
_CAPITALISED_NAME = re.compile(r"(?<!\s)\s*+((?<![\w'’.-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’.-]++(?:\s++[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][\w'’-]++){0,2})".replace("Ā-ſ", _UPPER_EXT_A))


@cache
def countries() -> dict[str, str]:
    """alpha-3 → common English name."""
    out = {}
    for c in pycountry.countries:
        out[c.alpha_3] = getattr(c, "common_name", None) or c.name
    return out


@cache
def _alpha2_to_3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@cache
def cldr_country_names(code: str) -> dict[str, str]:
    """Localized country name → alpha-3, from CLDR via Babel."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(code).territories
    except (UnknownLocaleError, ValueError):
        return {}
    a3 = _alpha2_to_3()
    return {name: a3[key] for key, name in territories.items() if key in a3}


@dataclass(frozen=True, slots=True)
class AliasTarget:
    how: str        # country, capital, demonym, organisation, role, person
    ref: str        # alpha-3, organisation id, role name or person id


def add_actor_terms(matcher: Matcher, data: LanguageData, neutral: LanguageData | None) -> None:
    """Put every actor alias of the language (and the neutral ones) into the matcher."""
    inflect = data.get("inflection.names_take_suffixes", False)
    strip_final = data.get("inflection.strip_final", "")
    skip = set(data.actors.get("cldr_exclude", []))
    # fixed endings a place name may take without becoming a stem (de genitive "Russlands")
    suffixes = tuple(data.get("inflection.name_suffixes", []))
    for name, a3 in cldr_country_names(data.code).items():
        term = name.lower()
        if term in skip:
            continue
        matcher.add(term + ("*" if inflect else ""), ACTOR, AliasTarget("country", a3))
        for suffix in suffixes:
            matcher.add(term + suffix, ACTOR, AliasTarget("country", a3))
        if inflect and term[-1] in strip_final and len(term) >= 6:
            matcher.add(term[:-1] + "*", ACTOR, AliasTarget("country", a3))
    for source in (data, neutral):
        if source is None:
            continue
        for how in ("country", "capital", "demonym", "organisation", "role", "person"):
            for alias, ref in source.actors.get(how, {}).items():
                matcher.add(alias, ACTOR, AliasTarget(how, ref))
                if source is data and how in ("country", "capital") and not alias.endswith("*"):
                    for suffix in suffixes:
                        matcher.add(alias + suffix, ACTOR, AliasTarget(how, ref))
        # case-sensitive aliases, for acronyms that are common words in lower case ("US", "UN")
        for alias, ref in source.actors.get("exact", {}).items():
            how, _, code = ref.partition(":") if ":" in ref else ("country", "", ref)
            matcher.add(alias, ACTOR, AliasTarget(how, code), case_sensitive=True)
        # compounds naming several parties in a row, equal parts each ("中俄", "日米韓")
        for alias, refs in source.actors.get("parties", {}).items():
            matcher.add(alias, ACTOR, AliasTarget("parties", ",".join(refs)))
        # words that contain an alias without naming the actor ("シリアル" holds "シリア")
        for word in source.actors.get("not_actor", []):
            matcher.add(word, ACTOR, AliasTarget("none", ""))


def _actor_for(target: AliasTarget, mention: dict[str, Any]) -> Actor:
    """The actor an alias names; `mention` holds the fields of its Span (doc.span_fields): one validation."""
    registry = actor_registry()
    if target.how in _PLACE:
        fields = {"name": countries().get(target.ref, target.ref), "code": target.ref, "kind": "country",
                  "country": target.ref, "mention": mention}
    elif target.how == "organisation":
        info = registry.get("organisation", {}).get(target.ref, {})
        fields = {"name": info.get("name", target.ref), "code": target.ref, "kind": "organisation",
                  "country": info.get("country"), "mention": mention}
    elif target.how == "person":
        info = registry.get("person", {}).get(target.ref, {})
        country = info.get("country")
        fields = {"name": info.get("name", target.ref), "code": country or target.ref, "kind": "person",
                  "country": country, "role": info.get("role"), "mention": mention}
    else:
        # a role: a government body or office; "state_department@USA" fixes its country
        role, _, country = target.ref.partition("@")
        fields = {"name": role.replace("_", " "), "code": country or UNKNOWN_ACTOR, "kind": "government", "role": role,
                  "country": country or None, "mention": mention}
    return build(Actor, fields)


class ActorResolver:
    """Finds actor mentions in a document from the language's matches."""

    def __init__(self, data: LanguageData) -> None:
        self.connectors = tuple(data.get("actors.connectors", ["'s", "'", "-", "of", "of the"]))
        self.name_after_role = data.get("actors.name_after_role", True)
        # adjectives of nationality close a noun phrase (ar "وزارة الخارجية الأردنية | السفير الإيراني"):
        # after a place part only a person's name joins the compound
        self.place_ends_compound = bool(data.get("actors.place_ends_compound", False))
        # connectors that say where, not whose (ar "في"): after an organisation the place they introduce is a second
        # party, where the organisation acts ("قوات الناتو في افغانستان" is NATO's, in Afghanistan; not Afghan)
        self.place_connectors = frozenset(data.get("actors.place_connectors", []))
        # an official's unknown name between a country and its role joins them (ja "英国のスナク首相": the
        # British prime minister, not Japan's, whose country the bare role 首相 defaults to)
        gap = data.get("actors.name_between_place_and_role")
        self.name_between = re.compile(gap) if gap else None
        # the whole-word names of countries and capitals (no stems): a word that is one of them names the place, not the
        # nationality whose stem it shares (cs "Polsku", "Rusko" under "polsk*", "rusk*"; ru "Россию" under "российск*" would not)
        accents = bool(data.get("fold_accents", False))
        # a place after one of these is where or whence ("во время визита **в** Варшаву Лавров …"): the person after it
        # is no official of that place (roles.place_before, roles.origin_before; one-word prepositions)
        self.place_prepositions = frozenset(fold(w, accents) for key in ("roles.place_before", "roles.origin_before")
                                            for w in data.get(key, []) if " " not in w)
        self.names = frozenset(fold(a, accents) for how in ("country", "capital")
                               for a in data.actors.get(how, {}) if not a.endswith("*") and not a.startswith("*")) \
            | frozenset(fold(n, accents) for n in cldr_country_names(data.code) if n.lower() not in data.actors.get("cldr_exclude", []))

    def __call__(self, doc: Doc) -> None:
        # on the same span a lower-case word is the nationality adjective, not the country whose
        # stem it shares (ru "российских" under CLDR "росси*", cs "švédských" under "švédsk*"); so is a
        # capitalised one opening its sentence ("Российские войска …", "Китайские корабли …")
        text = doc.text
        names, folded = self.names, doc.folded

        def adjective(m) -> bool:
            if m.value.how != "demonym":
                return False
            if folded[m.start:m.end] in names:
                return False  # cs "Polsku" (the dative of Polsko), not "polsk*" (Polish)
            if text[m.start:m.start + 1].islower():
                return True
            before = text[max(0, m.start - 12):m.start].rstrip(" \t\"'«„“”—–-")
            return (not before and m.start <= 12) or (before[-1:] in (".", "!", "?", ":", "\n"))
        def rank(m) -> int:
            # on one span: a nationality adjective first, then a place's whole-word name over a demonym stem
            if adjective(m):
                return 0
            return 2 if m.value.how == "demonym" and folded[m.start:m.end] in names else 1
        found = sorted((m for m in doc.matches if m.kind == ACTOR), key=lambda m: (m.start, -m.end, rank(m)))
        raw = _split_parties(longest_leftmost(found))
        doc.mentions = list(self._merge(doc, raw))
        doc.index_mentions()

    def _joinable(self, gap: str, prev: Match, nxt: Match) -> bool:
        if "\n" in gap or (prev.value.how in _PLACE and nxt.value.how in _PLACE):
            return False  # "U.S.-China", "Japan Russia": two parties, not one compound
        if self.place_ends_compound and prev.value.how in _PLACE and nxt.value.how != "person":
            return False
        if prev.value.how in _PLACE and nxt.value.how == "organisation" and gap.strip():
            return False  # "Sollte die Ukraine der Nato beitreten", "Ukraine's NATO bid": two parties
        if prev.value.how == "organisation" and nxt.value.how in _PLACE and gap.strip().lower() in self.place_connectors:
            return False  # ar "الناتو في افغانستان": the bloc, then where it is
        if prev.value.how == "organisation" and nxt.value.how in ("country", "capital") and gap and not gap.strip():
            return False  # verb-second "drohte die EU Russland", "hat die Nato Polen … zugesagt": subject, then object
        if self.name_between and prev.value.how in _PLACE and nxt.value.how == "role" and self.name_between.fullmatch(gap):
            return True
        if nxt.value.how == "person" and _FIRST_NAMES.fullmatch(gap):
            return True  # "spokeswoman Maria Zakharova": first names between a role and a known surname
        gap = gap.strip().lower().replace("’", "'")
        return gap == "" or gap in self.connectors

    @staticmethod
    def _bloc_compound(text: str, prev: Match, nxt: Match, after: Match | None) -> bool:
        """A country before an organisation written as the first part of a hyphenated compound is two
        parties: the country owns the compound's head noun, the organisation names its partner
        (hu "Svédország NATO-tagsága", "Finnország NATO-csatlakozása"; de "Schwedens Nato-Beitritt").
        A head that is itself a role stays one actor of the country ("Magyarország ENSZ-nagykövete")."""
        if not (prev.value.how in _PLACE and nxt.value.how == "organisation"):
            return False
        hyphen = nxt.end if text[nxt.end:nxt.end + 1] == "-" else nxt.end - 1 if text[nxt.end - 1:nxt.end] == "-" else -1
        return hyphen >= 0 and not (after is not None and after.start <= hyphen + 1)

    def _person_then_party(self, text: str, prev: Match, nxt: Match, after: Match | None) -> bool:
        """A country or capital named right after a person is a second party (ar, verb first: "حذر بايدن روسيا" Biden
        warned Russia), unless a role follows it that the place qualifies (ja "バイデン米大統領" Biden, US president)."""
        if not (prev.value.how == "person" and nxt.value.how in ("country", "capital")):
            return False
        return not (after is not None and after.value.how == "role" and after.start - nxt.end <= 30
                    and self._joinable(text[nxt.end:after.start], nxt, after))

    def _marked_place_then_person(self, doc: Doc, group: list[Match], nxt: Match) -> bool:
        """A lone country or capital after a place or origin preposition, then a person's name: two phrases ("во время
        визита в Варшаву Лавров пригрозил", "під час візиту до Варшави Лавров"): the person is not that place's."""
        if len(group) != 1 or nxt.value.how != "person" or group[0].value.how not in ("country", "capital"):
            return False
        if not self.place_prepositions:
            return False
        words = re.findall(r"\w+", doc.folded[max(0, group[0].start - 20):group[0].start])
        return bool(words) and words[-1] in self.place_prepositions

    def _merge(self, doc: Doc, matches: list[Match]) -> Iterable[ActorMention]:
        group: list[Match] = []
        for i, m in enumerate(matches):
            after = matches[i + 1] if i + 1 < len(matches) else None
            if group and not (m.start - group[-1].end <= 30 and self._joinable(doc.text[group[-1].end:m.start], group[-1], m)
                              and not self._bloc_compound(doc.text, group[-1], m, after)
                              and not self._person_then_party(doc.text, group[-1], m, after)
                              and not self._marked_place_then_person(doc, group, m)):
                yield self._compound(doc, group)
                group = []
            group.append(m)
        if group:
            yield self._compound(doc, group)

    def _compound(self, doc: Doc, group: list[Match]) -> ActorMention:
        start, end = group[0].start, group[-1].end
        parts: list[AliasTarget] = [m.value for m in group]
        head = max(parts, key=lambda t: _SPECIFICITY[t.how])
        country = next((p.ref for p in reversed(parts) if p.how in _PLACE), None)
        role = next((p.ref for p in reversed(parts) if p.how == "role"), None)
        person_name = None
        if head.how == "role" and self.name_after_role and not any(p.how == "person" for p in parts):
            # "Deputy Foreign Minister Sergei Ryabkov": a capitalised name right after a role
            m = _CAPITALISED_NAME.match(doc.text, end, min(len(doc.text), end + 60))
            if m and m.group(1) and doc.sentence_at(m.start(1)) == doc.sentence_at(start):
                person_name = m.group(1).rstrip(".")
                end = m.start(1) + len(person_name)
        actor = _actor_for(head, span_fields(doc.text, start, end))
        if person_name:
            actor = actor.model_copy(update={"kind": "person", "name": person_name})
        if country and (actor.country is None or head.how == "role" and "@" in head.ref):
            # a named country beats the role's default one (ja 外務省 is Japan's, ロシア外務省 Russia's)
            actor = actor.model_copy(update={"country": country, "code": country})
        if role and actor.role is None:
            actor = actor.model_copy(update={"role": role})
        if actor.kind == "government" and actor.country:
            actor = actor.model_copy(update={"name": f"{countries().get(actor.country, actor.country)} {actor.name}"})
        return ActorMention(start, end, actor, head.how)


def _split_parties(matches: list[Match]) -> list[Match]:
    """Drop `not_actor` words; cut a `parties` compound into one country mention per part."""
    out = []
    for m in matches:
        if m.value.how == "none":
            continue
        if m.value.how != "parties":
            out.append(m)
            continue
        refs = m.value.ref.split(",")
        size = (m.end - m.start) // len(refs)
        for i, ref in enumerate(refs):
            end = m.end if i == len(refs) - 1 else m.start + (i + 1) * size
            out.append(Match(m.start + i * size, end, ACTOR, AliasTarget("country", ref)))
    return out


def actor_key(actor: Any) -> str | None:
    """The code an actor is counted under (country or organisation), None when unknown."""
    if actor is None:
        return None
    return actor.country or (actor.code if actor.code != UNKNOWN_ACTOR else None)
