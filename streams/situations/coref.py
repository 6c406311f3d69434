"""Cross-article, cross-language event coreference: which situation does a mention belong to.

Pure functions over JSON-able dicts (the Faust tables store them as they are). One *act entry*
per act key (see :mod:`.mentions`) holds the key's open situations and its watermark (newest
event time seen). A mention joins the compatible open situation whose first event is nearest in
time, else opens a new one whose id is derived from the mention's event id.

Compatible (:func:`compatible`): same type (the key), same direction (source; alliances: same
partner set, and with a single known partner only the very same sentence), no conflicting known target or location
(:func:`places_fit`: a deployment at home toward a target and one at that target are one
build-up), same polarity of modality
(a denial or a negation is not the same act as its assertion), CAMEO codes that fit every code
the situation holds (:func:`cameo_fits`: the same root, and an unspecified '130' fits any '13x',
since one warning is '130' in one language's wording and '138' in another's, but '138' and '139'
are two acts), deployments that both give a force
number give the same number, evidence that dates the act to a year (digits) names a year the
situation has, evidence that dates the act to a day (:mod:`.eventtime`: "on 3 March", "on Tuesday")
names a day within a day of one the situation's reports name (and a month named with its year,
"in September 2015", one the situation's days or months fit), a report with an unknown side (no source, or no target and no place) joins only
on the same force number or the very same sentence (a syndicated copy; otherwise 'Russia deployed
troops' in two articles would merge any two Russian deployments), and event time within ``horizon`` seconds of the situation's first event, more than
``CORROBORATE_AFTER`` (a day) after it only with corroboration or the act's day named
(anchored at the first event, so a steady drumbeat of warnings opens a new situation every
horizon instead of one that never ends). A *background* mention (:mod:`.background`: the evidence
cites a past act or a standing state) joins no new act, and no new act joins a situation of
background mentions: only :func:`corroborated` ones meet (the same sentence, or a shared number), and
background in another language or from the same article within the day (:func:`translated_context`).

Order: the result depends only on the order of mentions within a key's partition, which the
intermediate topic fixes; replaying that topic rebuilds identical ids, versions and counts.
Idempotence (an event id counted once) is the caller's job: the agent keeps event id ->
situation id in a table, because at-least-once delivery repeats records.

Late mentions (older than ``horizon`` behind the key's watermark) are still placed by event time,
but only into situations still held; situations whose first event is more than 2 x horizon
behind the watermark are dropped from the entry (closed: no on-time mention can join them), so a
late mention never silently reopens one; it opens a new situation instead and is counted.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from streams.situations.eventtime import periods, periods_apart
from streams.situations.goldstein import goldstein
from streams.situations.mentions import Mention, acting_groups, one_party_apart, one_sided, speaks_for

# strength of a report: the situation keeps the strongest seen
MODALITY_RANK = {"hypothetical": 1, "conditional": 2, "planned": 3, "asserted": 4, "negated": 1, "denied": 2}
NEGATIVE = frozenset({"negated", "denied"})
HASH_CHARS = 16  # article-id hashes kept for the distinct count (64 bits: collisions negligible)
MAX_EVIDENCE_HASHES = 50  # sentences remembered per situation, to recognise a syndicated copy
MAX_NUMBERS = 50  # evidence numbers remembered per situation (the largest), to recognise a translation
MAX_INDEX_KEYS = 500  # act keys an index entry (mentions.index_key) lists, the newest kept
MAX_ACT_DAYS = 20  # days the situation's reports date the act to (.eventtime), the latest kept
# Beyond a day of the situation's first report, the codes alone no longer make one act: a later
# report joins only as a copy or translation (corroborated) or when it dates the act to one of the
# situation's days. Reports of one act mostly come within the day; two acts of one dyad a day or
# two apart are common in a war (BENCHMARKS.md section 6, coref_rules.py).
CORROBORATE_AFTER = 24 * 3600.0


def situation_id(first_event_id: str) -> str:
    return "sit-" + hashlib.sha256(first_event_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def new_entry() -> dict:
    return {"watermark": None, "situations": []}


def compatible(state: dict, m: Mention, horizon: float) -> bool:
    if state["type"] != m.type:
        return False
    if abs(m.time - state["first_seen"]) > horizon:
        return False
    if (m.modality in NEGATIVE) != (state["modality"] in NEGATIVE):
        return False
    if not all(cameo_fits(m.cameo, code) for code in state.get("cameos") or (state["cameo"],)):
        return False  # e.g. 06 material cooperation vs 03 intent to cooperate; 138 force vs 139 ultimatum
    if m.years and state.get("years") and not set(m.years) & set(state["years"]):
        return False
    if periods_apart(periods(m.act_day, m.act_month), dated_periods(state)):
        return False  # the two reports date their acts to different days or months ("on Tuesday", "in May 2015")
    if (m.background or state.get("background")) and not (corroborated(state, m) or translated_context(state, m)):
        return False  # background context is no new act: it meets only its own copies and translations
    if abs(m.time - state["first_seen"]) > CORROBORATE_AFTER and not (
            corroborated(state, m) or names_its_day(state, m)):
        return False  # a day or more after the first report: codes alone are not one act
    if m.type == "alliance":
        if any((m.modality == "asserted") != (seen == "asserted") for seen in modalities(state)) \
                and not corroborated(state, m):
            return False  # a pact made and one proposed, promised or conditional are two acts (unless a copy)
        mine = set(m.partners) | {c for c in (m.source, m.target) if c}
        theirs = set(state["partners"]) | {c for c in (state["source"], state["target"]) if c}
        if mine != theirs and not (one_party_apart(mine, theirs)
                                   and abs(m.time - state["first_seen"]) <= CORROBORATE_AFTER):
            return False  # one party more or less (mentions.related_keys) only within the day
        # one known partner: nothing tells two agreements apart but the very sentence (syndication)
        return len(mine) >= 2 or evidence_hash(m.evidence) in state.get("evidence_hashes", ())
    if m.source != state["source"]:
        # a group's act reported as a member's (or the reverse, see mentions.related_keys): only
        # with the other side known alike, and not beyond the day (not even on a named day)
        if not (speaks_for(m.source, state["source"]) and (m.target or m.location)
                and (m.target or m.location) == (state["target"] or state["location"])
                and abs(m.time - state["first_seen"]) <= CORROBORATE_AFTER):
            return False
    if state["target"] and m.target and state["target"] != m.target:
        return False
    if not places_fit(state, m):
        return False
    if m.force and state["force"] and not set(m.force) & set(state["force"]):
        return False
    if one_sided(m) and not (m.force and set(m.force) & set(state["force"])) \
            and evidence_hash(m.evidence) not in state.get("evidence_hashes", ()):
        return False  # an unknown side joins only on the same force number or the same sentence (syndication)
    return True


def modalities(state: dict) -> list[str]:
    """The modalities of the situation's reports (states written before round 10 keep only the
    strongest)."""
    return state.get("modalities") or [state["modality"]]


def cameo_fits(a: str, b: str) -> bool:
    """Two CAMEO codes may name one act. The codes are a tree (root: the first two digits): an
    unspecified code (third digit 0, '130' threaten, not specified) fits every code under its root,
    since one language's wording of an act gives '130' where another's gives '138'; two codes on
    different branches ('138' threaten with military force vs '139' ultimatum, '152' raise alert
    vs '154' mobilise) name different acts, and different roots never fit. An unknown code fits."""
    if not a or not b:
        return True
    a, b = _cameo_branch(a), _cameo_branch(b)
    return a.startswith(b) or b.startswith(a)


def _cameo_branch(code: str) -> str:
    return code[:2] if code[2:] in ("", "0") else code


def places_fit(state: dict, m: Mention) -> bool:
    """The two reports place the act alike: the same place, one place unknown, or one build-up
    worded two ways. A deployment placed at home (its location is its source) toward a target, and
    one placed at that target, are one build-up: forces massed "near Ukraine" stand on Russian soil
    in one wording (RUS -> UKR in RUS) and "at Ukraine" in another (RUS in UKR)."""
    ours, theirs = state["location"], m.location
    if not ours or not theirs or ours == theirs:
        return True
    if m.type != "deployment":
        return False
    return (theirs == m.source and m.target == ours) or (ours == state["source"] and state["target"] == theirs)


def translated_context(state: dict, m: Mention) -> bool:
    """A past act cited as context, within a day of the situation's first report, in a language the
    situation does not hold yet (a translation of an article citing the same past act: a copy in
    the same language shares the sentence, see corroborated, a translation cannot and often shares
    no digits) or by an article the situation holds (an article names the act it cites in several
    sentences). Both sides must be background: a cited past act never joins a new act, nor the
    reverse."""
    return m.background and bool(state.get("background")) \
        and abs(m.time - state["first_seen"]) <= CORROBORATE_AFTER \
        and (m.language not in state["languages"] or _hash(m.article_id) in state["article_hashes"])


def corroborated(state: dict, m: Mention) -> bool:
    """Beyond the codes, the two reports share the very sentence (a syndicated copy) or a number
    written in digits (a translation of it: '2 000 troops', '2,000 人')."""
    return evidence_hash(m.evidence) in state.get("evidence_hashes", ()) \
        or bool(set(m.numbers) & set(state.get("numbers") or ()))


def dated_periods(state: dict) -> list[tuple[int, int]]:
    """The days and months (as periods of days) the situation's reports date their act to."""
    return [*((d, d) for d in state.get("act_days") or ()),
            *(p for month in state.get("act_months") or () for p in periods(None, month))]


def names_its_day(state: dict, m: Mention) -> bool:
    """The report dates its act to a day the situation's reports name (within the slack)."""
    days = [(d, d) for d in state.get("act_days") or ()]
    return m.act_day is not None and bool(days) and not periods_apart(periods(m.act_day, None), days)


def evidence_hash(text: str) -> str:
    return _hash(" ".join(text.split()).casefold())


def open_situation(m: Mention, key: str) -> dict:
    return {
        "id": situation_id(m.event_id),
        "version": 0,
        "type": m.type,
        "act_key": key,
        "source": m.source,
        "target": m.target,
        "location": m.location,
        "partners": sorted(set(m.partners) | {c for c in (m.source, m.target) if c}) if m.type == "alliance" else [],
        "modality": m.modality,
        "modalities": [m.modality],
        "cameo": m.cameo,
        "cameos": [],
        "first_seen": m.time,
        "last_seen": m.time,
        "mentions": 0,
        "article_hashes": [],
        "outlet_names": [],
        "languages": [],
        "event_ids": [],
        "article_ids": [],
        "evidence": None,
        "force": list(m.force),
        "years": list(m.years),
        "act_days": [],
        "act_months": [],
        "numbers": list(m.numbers),
        "background": m.background,
        "late_mentions": 0,
        "evidence_hashes": [],
    }


def add(state: dict, m: Mention, keep: int, late: bool = False) -> dict:
    """A new state with ``m`` counted (the input is not changed)."""
    s = {**state}
    s["version"] = state["version"] + 1
    s["mentions"] = state["mentions"] + 1
    s["first_seen"] = min(state["first_seen"], m.time)
    s["last_seen"] = max(state["last_seen"], m.time)
    if MODALITY_RANK.get(m.modality, 0) > MODALITY_RANK.get(state["modality"], 0):
        s["modality"] = m.modality
    if m.modality not in modalities(state):
        s["modalities"] = sorted({*modalities(state), m.modality})
    for attr in ("target", "location"):
        if not s[attr] and getattr(m, attr):
            s[attr] = getattr(m, attr)
    if not s["force"] and m.force:
        s["force"] = list(m.force)
    if m.cameo and m.cameo not in (state.get("cameos") or ()):
        s["cameos"] = sorted({*(state.get("cameos") or ()), m.cameo})
    if m.act_day is not None and m.act_day not in (state.get("act_days") or ()):
        s["act_days"] = sorted({*(state.get("act_days") or ()), m.act_day})[-MAX_ACT_DAYS:]
    if m.act_month is not None and m.act_month not in (state.get("act_months") or ()):
        s["act_months"] = sorted({*(state.get("act_months") or ()), m.act_month})[-MAX_ACT_DAYS:]
    if m.years and not set(m.years) <= set(state.get("years") or ()):
        s["years"] = sorted(set(state.get("years") or ()) | set(m.years))
    if m.numbers and not set(m.numbers) <= set(state.get("numbers") or ()):
        s["numbers"] = sorted(set(state.get("numbers") or ()) | set(m.numbers))[-MAX_NUMBERS:]
    s["background"] = bool(state.get("background")) and m.background
    h = _hash(m.article_id)
    if h not in state["article_hashes"]:
        s["article_hashes"] = sorted([*state["article_hashes"], h])
        s["article_ids"] = [*state["article_ids"], m.article_id][-keep:]
    if m.outlet not in state["outlet_names"]:
        s["outlet_names"] = sorted([*state["outlet_names"], m.outlet])
    if m.language not in state["languages"]:
        s["languages"] = sorted([*state["languages"], m.language])
    s["event_ids"] = [*state["event_ids"], m.event_id][-keep:]
    h_ev = evidence_hash(m.evidence)
    if h_ev not in state.get("evidence_hashes", ()):
        s["evidence_hashes"] = [*state.get("evidence_hashes", ()), h_ev][-MAX_EVIDENCE_HASHES:]
    best = state["evidence"]
    if best is None or m.confidence > best["confidence"]:
        s["evidence"] = {
            "event_id": m.event_id, "article_id": m.article_id, "language": m.language,
            "text": m.evidence, "confidence": m.confidence,
        }
    if late:
        s["late_mentions"] = state["late_mentions"] + 1
    return s


def assign(entry: dict, m: Mention, key: str, horizon: float, keep: int = 20) -> tuple[dict, dict, bool, bool]:
    """Place ``m`` in the act entry of ``key``. Returns (new entry, the changed situation,
    opened: a new situation, late: older than the horizon behind the watermark)."""
    new_entry, _changed, updated, opened, late = assign_across(entry, {}, m, key, horizon, keep)
    return new_entry, updated, opened, late


def assign_across(entry: dict, related: dict[str, dict], m: Mention, key: str, horizon: float,
                  keep: int = 20) -> tuple[dict, dict[str, dict], dict, bool, bool]:
    """Place ``m`` in the act entry of ``key`` or in a situation of a related key's entry
    (mentions.related_keys: its group's act, or a member's; same partition). Returns (the new
    entry of ``key``, the related entries changed (key -> new entry), the changed situation,
    opened, late). A new situation always opens under ``key``; the related entries are only read
    and, when one of their situations is joined, that situation is updated in place."""
    watermark = entry["watermark"]
    late = watermark is not None and m.time < watermark - horizon
    watermark = m.time if watermark is None else max(watermark, m.time)
    held = [s for s in entry["situations"] if s["first_seen"] >= watermark - 2 * horizon]
    candidates = [(key, s) for s in held if compatible(s, m, horizon)]
    for other, other_entry in sorted(related.items()):
        if other != key and other_entry:
            candidates += [(other, s) for s in other_entry["situations"]
                           if s["first_seen"] >= watermark - 2 * horizon and compatible(s, m, horizon)]
    opened = not candidates
    changed: dict[str, dict] = {}
    if candidates:
        # the mention's own key first (the very codes), then among related keys' situations the one
        # asserted alike (a conditional pact's report with the conditional pact, not with an
        # asserted one one party apart), then the nearest in time
        where, chosen = min(candidates, key=lambda c: (
            c[0] != key, c[0] != key and (m.modality == "asserted") != (c[1]["modality"] == "asserted"),
            abs(m.time - c[1]["first_seen"]), c[1]["id"]))
    else:
        where, chosen = key, open_situation(m, key)
    updated = add(chosen, m, keep, late=late)
    moved = where != key and m.type != "alliance" and m.source in acting_groups() \
        and updated["source"] != m.source
    if moved:
        # a group's report joins a member's: the act is the group's, and it moves to the group's
        # key, where the other members' reports look for it (mentions.related_keys)
        updated = {**updated, "source": m.source, "act_key": key}
    if where != key:
        other_entry = related[where]
        changed[where] = {**other_entry, "situations": [
            updated if s["id"] == updated["id"] else s for s in other_entry["situations"]
            if not (moved and s["id"] == updated["id"])]}
    situations = [updated if s["id"] == updated["id"] else s for s in held]
    if opened or moved:
        situations.append(updated)
    return {"watermark": watermark, "situations": situations}, changed, updated, opened, late


def indexed(index: dict | None, key: str, when: float, horizon: float, partition: int | None = None) -> dict:
    """The index entry (mentions.index_key) with ``key`` seen at event time ``when``: act keys whose
    newest report is more than 2 x horizon behind the index's watermark are dropped, as their
    situations are (assign). The entry has the shape of an act entry without situations, so the
    sweep and the view treat it like one."""
    index = index or {"watermark": None, "situations": [], "keys": {}}
    watermark = when if index["watermark"] is None else max(index["watermark"], when)
    keys = {k: t for k, t in index["keys"].items() if t >= watermark - 2 * horizon}
    keys[key] = max(when, keys.get(key, when))
    if len(keys) > MAX_INDEX_KEYS:  # a flood of distinct party sets: the newest are kept
        keys = dict(sorted(keys.items(), key=lambda kv: (kv[1], kv[0]))[-MAX_INDEX_KEYS:])
    out = {"watermark": watermark, "situations": [], "keys": keys}
    if partition is not None:
        out["p"] = partition
    return out


def _iso(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, timezone.utc)


def to_record(state: dict, keep_outlets: int = 50):
    """The :class:`schemas.situations.Situation` of a state."""
    from schemas.situations import Situation, SituationEvidence

    return Situation(
        id=state["id"],
        version=state["version"],
        type=state["type"],
        act_key=state["act_key"],
        source=state["source"],
        target=state["target"],
        location=state["location"],
        partners=state["partners"],
        modality=state["modality"],
        cameo=state["cameo"],
        goldstein=goldstein(state["cameo"]),
        first_seen=_iso(state["first_seen"]),
        last_seen=_iso(state["last_seen"]),
        duration=state["last_seen"] - state["first_seen"],
        mentions=state["mentions"],
        articles=len(state["article_hashes"]),
        outlets=len(state["outlet_names"]),
        outlet_names=state["outlet_names"][:keep_outlets],
        languages=state["languages"],
        event_ids=state["event_ids"],
        article_ids=state["article_ids"],
        evidence=SituationEvidence(**state["evidence"]),
        late_mentions=state["late_mentions"],
        background=bool(state.get("background")),
    )
