"""The day of an act by its evidence sentence's own words, read relative to the event time (the
article's publication, else its record time).

A report often says when its act happened: "on 3 March", "on 3 March 2022", "2022年3月3日",
"on Tuesday", "امس الاثنين". Two reports of one type and dyad that date their acts to different
days are different acts (:func:`streams.situations.coref.compatible`) whatever their publication
times: a follow-up published the next day about Tuesday's warning still names Tuesday, a report of
a second warning on Thursday names Thursday.

A bounded extraction, not a date parser:

- a day and a month (CLDR month names of the language, :func:`.background.dates_in`), in the year
  the sentence names when it names exactly one, else the occurrence nearest the event time;
- a weekday (CLDR wide names of the language, matched like the language's other terms): the
  latest such day at or before the event time's day. News reports what was said or done, so a
  weekday is read backwards even in "will meet on Thursday" (then the day is wrong, but every
  report published the same day reads it alike).

A month named with its year ("in September 2015", "v březnu 2015", "2015年9月") dates the act
to that month (:func:`act_month`): a coarser period, compared with days and other months by
:func:`periods_apart`. A sentence that names several different days dates no single act (None). Not read: relative
words ("yesterday", "last week", "вчера") and weekday forms CLDR does not list (the Russian
accusative "в среду", the Hungarian "hétfőn"): such sentences stay undated and are compared by
their event time alone, as before. A weekday inside a name ("the Sunday Times", "the Good Friday
Agreement") is read as a date too: it can split two reports of one act, never merge two acts.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import cache

from babel.dates import get_day_names

from streams.engine.lexicon import Matcher, load_language, longest_leftmost
from streams.engine.text import fold
from streams.situations.background import dates_in, month_end, nearest_occurrence

DAY = 86_400
SLACK_DAYS = 1  # acts dated this many days apart may still be one (time zones, an act over midnight)


def day_number(moment: datetime) -> int:
    """Days since the epoch (UTC) of ``moment``."""
    return int(moment.timestamp() // DAY)


@cache
def weekday_matcher(language: str) -> Matcher | None:
    """The weekday names of a language (value: Monday 0 .. Sunday 6); None: no language data."""
    if not language or not language.isalpha():
        return None
    try:
        data = load_language(language)
        names = {}
        for context in ("format", "stand-alone"):
            for weekday, name in get_day_names("wide", context, locale=language).items():
                names[name] = weekday
    except Exception:  # not a language of the engine, or not a locale CLDR knows
        return None
    if not data.config and not data.events:
        return None
    matcher = Matcher.for_language(data)
    for name, weekday in names.items():
        matcher.add(name, "weekday", weekday)
    return matcher.build()


def weekdays_in(evidence: str, language: str) -> list[int]:
    """The weekdays (Monday 0 .. Sunday 6) named in ``evidence``."""
    matcher = weekday_matcher(language)
    if matcher is None or not evidence:
        return []
    return [m.value for m in longest_leftmost(matcher.find(fold(evidence, matcher.fold_accents)))]


def act_day(evidence: str, language: str, years: tuple[int, ...], event_time: float,
            dates: list[tuple[int, int]] | None = None) -> int | None:
    """The day (:func:`day_number`) the evidence dates its act to, or None (no date, or several).
    ``years``: the years the sentence names (mentions.years_in); ``dates``: its :func:`dates_in`
    when the caller has it already (mentions.from_event)."""
    now = datetime.fromtimestamp(event_time, timezone.utc)
    today = day_number(now)
    named_years = {y for y in years if y % 100}  # a round hundred is a count, not a year (background)
    days = set()
    for month, day in dates_in(evidence, language) if dates is None else dates:
        moment = None
        if len(named_years) == 1:
            try:
                moment = datetime(next(iter(named_years)), month, day, 12, tzinfo=timezone.utc)
            except ValueError:
                moment = None
        if moment is None:
            moment = nearest_occurrence(month, day, now)
        if moment is not None:
            days.add(day_number(moment))
    for weekday in weekdays_in(evidence, language):
        days.add(today - (now.weekday() - weekday) % 7)
    return days.pop() if len(days) == 1 else None


def act_month(months: list[tuple[int, int]]) -> int | None:
    """The month (year * 12 + month - 1) the evidence dates its act to by a month and its year
    ('in September 2015', :func:`.background.months_in`), or None (none named, or several)."""
    found = {year * 12 + month - 1 for year, month in months}
    return found.pop() if len(found) == 1 else None


def month_days(month: int) -> tuple[int, int]:
    """The first and last day (:func:`day_number`) of a month (year * 12 + month - 1)."""
    year, index = divmod(month, 12)
    return day_number(datetime(year, index + 1, 1, tzinfo=timezone.utc)), day_number(month_end(year, index + 1))


def periods_apart(ours: list[tuple[int, int]], theirs: list[tuple[int, int]]) -> bool:
    """Two reports date their acts to periods (first, last day: a day, or a month named with its
    year) that lie more than SLACK_DAYS apart, every one of ours from every one of theirs (both
    sides dated): 'in September 2015' and 'on 15 March 2016' are two acts, 'in March 2016' and
    'on 15 March' may be one."""
    return bool(ours) and bool(theirs) and all(
        a_first - b_last > SLACK_DAYS or b_first - a_last > SLACK_DAYS
        for a_first, a_last in ours for b_first, b_last in theirs)


def periods(day: int | None, month: int | None) -> list[tuple[int, int]]:
    """The periods a report dates its act to: its day, its month, neither or both."""
    return ([(day, day)] if day is not None else []) + ([month_days(month)] if month is not None else [])
