"""An event record (body + CloudEvents headers) reduced to what coreference and signals need.

The act key decides the partition of the intermediate ``situations.mentions`` topic, so every
event that may belong to one act meets in one table partition: ``<type>:<A>|<B>`` with the two
actor codes sorted (an unordered dyad), where the second actor is the target, else the location
(``deploy troops to Romania`` has no target but means the same dyad as ``... deploy to ROU``), and
alliances use their partners. Direction is checked inside the partition (coref.compatible), so
RUS->JPN and JPN->RUS share a partition but never a situation. Events with no actor code at all
have no key: they cannot be told apart and are not grouped.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from streams.situations.background import dates_in, is_background, months_in
from streams.situations.eventtime import act_day, act_month

UNKNOWN = "?"
FUTURE_SLACK = 3600.0  # seconds an event time may lie after its record's timestamp
_DIGITS = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")


def _code(actor) -> str | None:
    return (actor or {}).get("code") or None


def outlet_of(source: str | None, url: str | None) -> str | None:
    """An article's outlet: its ``source`` field, else the host of its URL (without 'www.')."""
    if source and source.strip():
        return source.strip().lower()
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        host = host.lower().removeprefix("www.")
        return host or None
    return None


def force_numbers(text: str | None) -> tuple[int, ...]:
    """Numbers written with digits in a span ('2,000 troops' -> (2000,)). In a force span: two
    deployments that both give a number must give the same one; in the evidence: a number two
    reports share corroborates them (coref.corroborated). Words ('two brigades') are not compared."""
    if not text:
        return ()
    out = []
    for match in _DIGITS.findall(text):
        digits = re.sub(r"\D", "", match)
        if digits:
            out.append(int(digits))
    return tuple(sorted(set(out)))


_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def years_in(text: str | None) -> tuple[int, ...]:
    """Years written in digits in the evidence sentence ('in September 2015' -> (2015,)): two reports
    that date the act to different years are different acts, in any language."""
    return tuple(sorted({int(y) for y in _YEAR.findall(text or "")}))


@dataclass(frozen=True)
class Mention:
    event_id: str
    type: str
    source: str | None
    target: str | None
    location: str | None
    partners: tuple[str, ...]
    modality: str
    confidence: float
    cameo: str
    article_id: str
    language: str
    outlet: str
    time: float  # event time, seconds since the epoch
    evidence: str
    force: tuple[int, ...] = field(default=())
    years: tuple[int, ...] = field(default=())
    numbers: tuple[int, ...] = field(default=())  # every number written in digits in the evidence
    background: bool = False  # the evidence refers to a past act or a standing state (.background)
    act_day: int | None = None  # the day the evidence dates its act to (.eventtime), days since the epoch
    act_month: int | None = None  # the month named with its year (.eventtime.act_month): year * 12 + month - 1

    @property
    def dyad(self) -> str:
        """Directed dyad 'SRC->TGT' like the events' message key (target else location)."""
        return f"{self.source or UNKNOWN}->{self.target or self.location or UNKNOWN}"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, doc: dict) -> "Mention":
        doc = dict(doc)
        doc["partners"] = tuple(doc.get("partners") or ())
        doc["force"] = tuple(doc.get("force") or ())
        doc["years"] = tuple(doc.get("years") or ())
        doc["numbers"] = tuple(doc.get("numbers") or ())
        return cls(**doc)


def parse_time(value: str | None) -> float | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def from_event(body: dict, headers: dict[str, str], record_time: float | None = None) -> Mention:
    """Mention of an events-topic record. Event time: ``ce_time`` (the article's published_at, else
    its record time), else ``record_time``. Outlet: ``ce_outlet``, else the article id's prefix."""
    when = parse_time(headers.get("ce_time"))
    if when is None:
        when = record_time or 0.0
    elif record_time:  # a far-future published_at (untrusted input) must not move the act's clock
        when = min(when, record_time + FUTURE_SLACK)
    partners = sorted({p["code"] for p in body.get("partners") or () if p.get("code")})
    force = body.get("force") or {}
    evidence = (body.get("evidence") or {}).get("text", "")
    language = body.get("language") or "und"
    years = years_in(evidence)
    dates = dates_in(evidence, language)  # read once: both the background rule and the act's day use them
    months = months_in(evidence, language)
    return Mention(
        event_id=body["id"],
        type=body["type"],
        source=_code(body.get("source")),
        target=_code(body.get("target")),
        location=_code(body.get("location")),
        partners=tuple(partners),
        modality=body.get("modality") or "asserted",
        confidence=float(body.get("confidence") or 0.0),
        cameo=str(body.get("cameo") or ""),
        article_id=body.get("article_id") or "",
        language=language,
        outlet=headers.get("ce_outlet") or UNKNOWN,
        time=float(when),
        evidence=evidence,
        force=force_numbers(force.get("text")),
        years=years,
        numbers=force_numbers(evidence),
        background=is_background(evidence, language, years, float(when), body["type"], dates, months),
        act_day=act_day(evidence, language, years, float(when), dates),
        act_month=act_month(months),
    )


def one_sided(m: Mention) -> bool:
    """An act with an unknown side ('RUS deployed troops', no target or place): such reports cannot
    be told apart by their codes, so they join a situation only on further evidence (coref)."""
    if m.type == "alliance":
        return len(set(m.partners) | {c for c in (m.source, m.target) if c}) < 2
    return not m.source or not (m.target or m.location)


def act_key(m: Mention) -> str | None:
    """'<type>:<A>|<B>' (sorted codes), or None when no actor is known (see module docstring)."""
    if m.type == "alliance":
        codes = set(m.partners) | {c for c in (m.source, m.target) if c}
        if not codes:
            return None
        parts = sorted(codes)
        if len(parts) == 1:
            parts.append(UNKNOWN)
        return f"{m.type}:{'|'.join(parts)}"
    other = m.target or m.location
    if not m.source and not other:
        return None
    a, b = sorted([m.source or UNKNOWN, other or UNKNOWN])
    return f"{m.type}:{a}|{b}"


ACTING_GROUPS_FILE = Path(__file__).resolve().parent / "data" / "acting_groups.toml"


@lru_cache(maxsize=1)
def acting_groups() -> dict[str, frozenset[str]]:
    """Group code -> member codes of the groups that act as one speaker (data/acting_groups.toml;
    members from streams/alerting/groups.toml)."""
    from streams.alerting.groups import load_groups

    names = tomllib.loads(ACTING_GROUPS_FILE.read_text())["groups"]
    groups = load_groups()
    return {name: groups[name].members for name in names}


@lru_cache(maxsize=1)
def _bloc() -> tuple[frozenset[str], str]:
    """The codes of the acting groups and their members, and the one partition name they share."""
    groups = acting_groups()
    codes = frozenset(groups) | frozenset(c for members in groups.values() for c in members)
    return codes, "+".join(sorted(groups))


def speaks_for(a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` may be the source of one act: the same code, or an acting group and one of its
    members (either way round: the group's statement reported as a member minister's)."""
    if not a or not b:
        return False
    if a == b:
        return True
    groups = acting_groups()
    return b in groups.get(a, ()) or a in groups.get(b, ())


MULTILATERAL = 3  # parties of an alliance from which one party more or less may be the engine's reading
MULTILATERAL_KEY = f"alliance:{MULTILATERAL}+"  # their partition key, and the key of their index entry


def parties(m: Mention) -> frozenset[str]:
    """An alliance's parties: its partners with its source and target."""
    return frozenset(m.partners) | {c for c in (m.source, m.target) if c}


def key_parties(key: str) -> frozenset[str]:
    return frozenset(c for c in key.partition(":")[2].split("|") if c != UNKNOWN)


def one_party_apart(a, b) -> bool:
    """Two alliances' party sets that agree on at least MULTILATERAL parties and differ by one party
    that only one of them names: the engine counts a party one wording names (the adversary of the
    pact's condition, one more signatory in a list) and another's does not."""
    small, big = (set(a), set(b)) if len(a) < len(b) else (set(b), set(a))
    return len(small) >= MULTILATERAL and small < big and len(big) == len(small) + 1


def partition_key(key: str) -> str:
    """The mentions-topic key of an act key: the act key with every code of an acting group or of its
    members replaced by the groups' common name, so that a member's act (``warning:DEU|RUS``) and
    its group's (``warning:G7|RUS``) meet in one partition (the stage joins them only on
    coref.compatible's conditions). Alliances of MULTILATERAL or more parties share one partition
    (MULTILATERAL_KEY: a party set and the same set with one party more meet there); the others keep
    their act key."""
    kind, _, codes = key.partition(":")
    if kind == "alliance":
        return MULTILATERAL_KEY if len(key_parties(key)) >= MULTILATERAL else key
    bloc, name = _bloc()
    return f"{kind}:{'|'.join(name if c in bloc else c for c in codes.split('|'))}"


def index_key(m: Mention) -> str | None:
    """The key of the entry that lists the act keys seen in the mention's partition, for the
    related keys that cannot be named from the mention alone (a party set with one party more):
    MULTILATERAL_KEY for an alliance of MULTILATERAL or more parties, else None."""
    return MULTILATERAL_KEY if m.type == "alliance" and len(parties(m)) >= MULTILATERAL else None


def related_keys(m: Mention, index: dict | None = None) -> list[str]:
    """Act keys whose situations a mention may join besides its own (all in its partition, see
    partition_key). An alliance of MULTILATERAL or more parties: the keys of the index entry
    (coref.indexed) one party apart. Another type: its source replaced by an acting group it
    belongs to, or by a member of the acting group it is; none for a report with an unknown side,
    or when the other side is itself in the bloc (a group's act toward its own member is no
    member's act)."""
    if m.type == "alliance":
        mine = parties(m)
        if len(mine) < MULTILATERAL or not index:
            return []
        return [k for k in sorted(index.get("keys") or ()) if one_party_apart(mine, key_parties(k))]
    if one_sided(m):
        return []
    other = m.target or m.location
    bloc, _ = _bloc()
    if other in bloc:
        return []
    groups = acting_groups()
    alternates = [g for g, members in groups.items() if m.source in members]
    alternates += sorted(groups.get(m.source, ()))
    out = []
    for code in alternates:
        a, b = sorted([code, other])
        out.append(f"{m.type}:{a}|{b}")
    return out


def from_records(records, record_time: float | None = None) -> list[Mention]:
    """Mentions of the event records an article produced (streams.records.OutRecord), in order:
    what the rekey agent would read back from the events topics (``record_time``: their Kafka
    timestamp, seconds)."""
    import orjson

    from streams import envelope

    out = []
    for record in records:
        if record.kind in ("warning", "deployment", "alliance"):
            out.append(from_event(orjson.loads(record.value), envelope.headers_dict(record.headers), record_time))
    return out
