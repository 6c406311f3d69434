"""Background context vs a new act: does an event's evidence sentence report something happening
now, or refer to an act of the past or a standing state ("since 2014", "continues to", "has been
stationed", "years ago", "in 2015")?

News articles cite long-running acts (an invasion, an alliance membership, arms supplies) as
context for the news of the day. Coded like a new act, each such sentence would join every other
mention of the same long-running act between the same two actors and fire alerts as if it had just
happened. GDELT faces the same problem and flags the events of an article's lead paragraph as
"root events"; here the sentence itself says so. A mention is *background* when:

- its evidence names years (digits, any language) and the latest of them lies more than a year
  before the event time (the article's publication, else its record time): "in 2015" in a 2025
  article; a future year ("by 2027") or the current one is not background; or
- its evidence names a day of a month (month names from CLDR, so every language Babel knows:
  "24 February", "24 лютого", "2月24日") whose nearest occurrence lies more than
  ``RECENT_DAYS`` before the event time: "on 24 February" in a June article; or
- its evidence names a month with its year ("in September 2015", "2015年9月") that ended more
  than ``RECENT_DAYS`` before the event time: the year alone allows "last December", the month
  places the act; or
- its evidence holds a background cue of its language: the data in
  ``streams/engine/lang/<code>/background.toml`` (matched like every other term: folded text, word
  boundaries, ``*`` stems), four groups that mean the same thing: ``since`` (since, for years,
  ago), ``ongoing`` (continues, still, to this day), ``past`` (last year, at the time, in the
  past) and ``standing`` (stationed, occupation, the members of an alliance; for deployments
  and alliances only: "warned the US over its troops stationed there" is a new warning).
  A ``not`` list holds phrases that contain a cue but date nothing: a superlative or a first
  ("the biggest since the Cold War", "for the first time since 1996") measures a new act. "Earlier" is not a cue: in news it mostly means earlier the same day; nor is "presence": it is
  as often the object of a new act ("agreed to keep a presence") as a standing state.

What the stage does with it: see :mod:`.coref` (a background mention joins only its syndicated
copies and reports that share a number with it, and a situation of background mentions alone
fires no alert).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import cache

from babel.dates import get_month_names

from streams.engine.lexicon import Matcher, load_language, longest_leftmost, read_language_file
from streams.engine.text import fold

GROUPS = ("since", "ongoing", "past", "standing")
NOT = "not"  # phrases holding a cue that place nothing in the past: "the first time since", "以来最大"
# a standing state (stationed, occupation, members) is the act itself only for these types:
# "warned the US over its troops stationed there" is a new warning about a standing deployment
GROUP_TYPES = {"standing": frozenset({"deployment", "alliance"})}
RECENT_YEARS = 1  # a year this far before the event's own still dates a recent act ("last December")
RECENT_DAYS = 7  # a dated act this far before the event time is still news (a weekly's report)


def year_of(ts: float) -> int:
    return datetime.fromtimestamp(ts, timezone.utc).year


def past_years(years: tuple[int, ...], event_time: float) -> bool:
    """The evidence's years all lie more than RECENT_YEARS before the event time's year. A round
    hundred (1900, 2000) is no date: it is far more often a count ('2000 troops', '2000名军人')."""
    years = tuple(y for y in years if y % 100)
    return bool(years) and max(years) < year_of(event_time) - RECENT_YEARS


@cache
def _date_pattern(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """Day and month name in either order ('24 February', 'February 24', '24. února', '2月24日')."""
    if language == "und":
        return None
    try:
        names = {}
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale=language).items():
                    if width == "wide" or any(c.isdigit() for c in name):  # zh '2月'; 'Feb' is too short to trust
                        names[fold(name)] = month
    except Exception:  # not a locale CLDR knows: no dates
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    day = r"(?<!\d)(?P<{}>[0-3]?\d)(?!\d)"
    # a month name starts a word; in a language written without spaces ('2015年4月27日') only a
    # digit may not stand before it
    before = r"(?<!\d)" if read_language_file(language, "language.toml").get("scriptio_continua") else r"(?<!\w)"
    pattern = re.compile(rf"{day.format('d1')}\.?\s*(?:de\s+)?(?P<m1>{alternatives})|"
                         rf"{before}(?P<m2>{alternatives})\s*{day.format('d2')}")
    return pattern, names


def dates_in(evidence: str, language: str) -> list[tuple[int, int]]:
    """(month, day) of each day-and-month date written in ``evidence``."""
    found = _date_pattern(language) if language and language.isalpha() else None
    if found is None or not evidence:
        return []
    pattern, names = found
    out = []
    for m in pattern.finditer(fold(evidence)):
        month, day = names[m.group("m1") or m.group("m2")], int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            out.append((month, day))
    return out


def nearest_occurrence(month: int, day: int, now: datetime) -> datetime | None:
    """Noon of the (month, day) nearest to ``now``: last, this or next year (None: no such day)."""
    nearest = None
    for year in (now.year - 1, now.year, now.year + 1):
        try:
            moment = datetime(year, month, day, 12, tzinfo=timezone.utc)
        except ValueError:  # 30 February
            continue
        if nearest is None or abs(moment - now) < abs(nearest - now):
            nearest = moment
    return nearest


MONTH_SUFFIX = 4  # letters an inflected month may add to the stem its CLDR forms share ('сентябр|е', 'květ|nu')


@cache
def _month_year_pattern(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """A month name next to a year in digits, either order: 'September 2015', 'в сентябре 2015 года',
    'v březnu 2015', '2015 szeptemberében', '2015年9月'. A month is matched by the stem its CLDR
    forms share (the genitive 'сентября' and the nominative 'сентябрь' give 'сентябр'), so the
    other cases of the month ('в сентябре') are read too."""
    if language == "und":
        return None
    try:
        wide = {context: get_month_names("wide", context, locale=language) for context in ("format", "stand-alone")}
        short = get_month_names("abbreviated", "format", locale=language)
    except Exception:  # not a locale CLDR knows
        return None
    continua = read_language_file(language, "language.toml").get("scriptio_continua")
    stems = {}
    for month, name in wide["format"].items():
        stem = fold(name)
        other = fold(wide["stand-alone"].get(month, name))
        if other[:1] == stem[:1]:  # CLDR fills a missing context from another script: ignore it
            while not other.startswith(stem):
                stem = stem[:-1]
        if len(stem) >= 2:
            stems[stem] = month
        if continua and any(c.isdigit() for c in short.get(month, "")):  # '9月'
            stems[fold(short[month])] = month
    alternatives = "|".join(re.escape(n) for n in sorted(stems, key=len, reverse=True))
    year = r"(?<!\d)(?P<{}>(?:19|20)\d\d)(?!\d)"
    pattern = re.compile(rf"(?<!\w)(?P<m1>{alternatives})\w{{0,{MONTH_SUFFIX}}}\.?,?\s+(?:(?:of|de)\s+)?{year.format('y1')}|"
                         rf"{year.format('y2')}\s*(?:年|\.)?\s*(?P<m2>{alternatives})")
    return pattern, stems


def months_in(evidence: str, language: str) -> list[tuple[int, int]]:
    """(year, month) of each month named with its year in ``evidence`` ('in September 2015')."""
    found = _month_year_pattern(language) if language and language.isalpha() else None
    if found is None or not evidence:
        return []
    pattern, stems = found
    out = []
    for m in pattern.finditer(fold(evidence)):
        year = int(m.group("y1") or m.group("y2"))
        if year % 100:  # a round hundred is a count ('in May 2000 troops'), as in past_years
            out.append((year, stems[m.group("m1") or m.group("m2")]))
    return out


def month_end(year: int, month: int) -> datetime:
    """The last moment of a month."""
    following = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=timezone.utc)
    return following - timedelta(seconds=1)


def past_months(months: list[tuple[int, int]], event_time: float) -> bool:
    """Some month named with its year ended more than RECENT_DAYS before the event time: 'in
    September 2015' in a March 2016 article is a past act, though its year is within RECENT_YEARS."""
    now = datetime.fromtimestamp(event_time, timezone.utc)
    return any(now - month_end(year, month) > timedelta(days=RECENT_DAYS) for year, month in months)


def past_dates(dates: list[tuple[int, int]], event_time: float) -> bool:
    """Some date's nearest occurrence (last, this or next year) lies more than RECENT_DAYS before
    the event time: '24 February' in a June article; '24 June' in a June 15 article is ahead."""
    now = datetime.fromtimestamp(event_time, timezone.utc)
    for month, day in dates:
        nearest = nearest_occurrence(month, day, now)
        if nearest is not None and now - nearest > timedelta(days=RECENT_DAYS):
            return True
    return False


@cache
def cue_matcher(language: str) -> Matcher | None:
    """The background cues of a language (None: the language has none)."""
    if not language or not language.isalpha():
        return None
    data = read_language_file(language, "background.toml").get("background", {})
    if not any(data.get(group) for group in GROUPS):
        return None
    matcher = Matcher.for_language(load_language(language))
    for group in (*GROUPS, NOT):
        for term in data.get(group, []):
            matcher.add(term, "background", group)
    return matcher.build()


def cues(evidence: str, language: str, event_type: str | None = None) -> list[str]:
    """The background cue groups found in ``evidence`` (in order, repeats kept); with an event type,
    only the groups that apply to it (GROUP_TYPES)."""
    matcher = cue_matcher(language)
    if matcher is None or not evidence:
        return []
    # the longer match hides the cue it holds: "the biggest since" is no "since"
    found = [m.value for m in longest_leftmost(matcher.find(fold(evidence, matcher.fold_accents))) if m.value != NOT]
    if event_type is None:
        return found
    return [g for g in found if g not in GROUP_TYPES or event_type in GROUP_TYPES[g]]


def is_background(evidence: str, language: str, years: tuple[int, ...], event_time: float,
                  event_type: str | None = None, dates: list[tuple[int, int]] | None = None,
                  months: list[tuple[int, int]] | None = None) -> bool:
    """``dates``, ``months``: :func:`dates_in` and :func:`months_in` of the evidence when the caller
    has them already (mentions.from_event)."""
    if dates is None:
        dates = dates_in(evidence, language)
    if months is None:
        months = months_in(evidence, language)
    return past_years(years, event_time) or past_dates(dates, event_time) \
        or past_months(months, event_time) or bool(cues(evidence, language, event_type))
