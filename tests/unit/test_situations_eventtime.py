"""The day an act happened by its evidence sentence (streams/situations/eventtime.py), and what
coreference does with it: reports that date their acts to different days are different acts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from streams.situations import background, eventtime
from streams.situations.mentions import Mention, from_event, years_in
from tests.unit.test_situations import run, warning

NOW = 1_750_000_000.0  # Sunday 2025-06-15 12:26 UTC
DAY = 86_400.0


def day(d: date) -> int:
    return (d - date(1970, 1, 1)).days


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ministry issued its warning on Tuesday."),
    ("de", "Das Ministerium warnte am Dienstag die Nachbarn."),
    ("fr", "Le ministère a lancé mardi un avertissement."),
    ("es", "El ministerio advirtió el martes a sus vecinos."),
    ("ru", "Министерство во вторник предупредило соседей."),
    ("uk", "Міністерство у вівторок попередило сусідів."),
    ("cs", "Ministerstvo v úterý varovalo sousedy."),
    ("hu", "Kedd este figyelmeztette a minisztérium a szomszédokat."),
    ("ar", "حذرت الوزارة يوم الثلاثاء الجيران."),
    ("zh", "外交部星期二警告邻国。"),
    ("ja", "外務省は火曜日に隣国に警告した。"),
])
def test_a_weekday_is_the_latest_such_day_before_the_event_time(lang, text):
    assert eventtime.weekdays_in(text, lang) == [1]
    assert eventtime.act_day(text, lang, (), NOW) == day(date(2025, 6, 10))  # the Tuesday before Sunday 15 June


def test_the_weekday_of_the_event_time_itself_is_that_day():
    assert eventtime.act_day("It warned on Sunday.", "en", (), NOW) == day(date(2025, 6, 15))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "On 3 March 2022 the ministry issued a warning.", date(2022, 3, 3)),
    ("en", "On March 3 the ministry issued a warning.", date(2025, 3, 3)),  # no year: the nearest 3 March
    ("de", "Am 12. Juni warnte das Ministerium.", date(2025, 6, 12)),
    ("zh", "外交部2019年11月8日发出警告。", date(2019, 11, 8)),
    ("ja", "外務省は2019年11月8日に警告した。", date(2019, 11, 8)),
])
def test_a_day_and_month_in_the_year_the_sentence_names(lang, text, expected):
    assert eventtime.act_day(text, lang, years_in(text), NOW) == day(expected)


def test_no_day_several_days_or_no_language_date_nothing():
    assert eventtime.act_day("The ministry issued a warning.", "en", (), NOW) is None
    assert eventtime.act_day("It warned on Monday and again on Thursday.", "en", (), NOW) is None
    assert eventtime.act_day("On Tuesday, 10 June, it warned.", "en", (), NOW) == day(date(2025, 6, 10))  # one day, twice
    assert eventtime.act_day("On Tuesday it warned.", "xx", (), NOW) is None
    assert eventtime.act_day("On Tuesday it warned.", "und", (), NOW) is None


def test_the_event_record_carries_the_day():
    body = {"id": "e9", "type": "warning", "source": {"code": "RUS"}, "target": {"code": "JPN"},
            "modality": "asserted", "cameo": "138", "article_id": "a9", "language": "en",
            "evidence": {"text": "Russia warned Japan on Friday over the exercises."}}
    m = from_event(body, {"ce_time": "2025-06-15T12:00:00Z"})
    assert m.act_day == day(date(2025, 6, 13))
    assert from_event({**body, "evidence": {"text": "Russia warned Japan."}}, {"ce_time": "2025-06-15T12:00:00Z"}).act_day is None


def test_reports_dating_their_acts_to_different_days_are_different_acts():
    tuesday, thursday = day(date(2025, 6, 10)), day(date(2025, 6, 12))
    first = warning(event_id="t1", article_id="a1", time=NOW - 5 * DAY, act_day=tuesday,
                    evidence="Russia warned Japan on Tuesday.")
    follow_up = warning(event_id="t2", article_id="a2", outlet="wire-b", time=NOW - 4 * DAY, act_day=tuesday,
                        evidence="Russia's warning to Japan on Tuesday drew a reply.")
    undated = warning(event_id="u1", article_id="a3", outlet="wire-c", time=NOW - 4 * DAY,
                      evidence="Russia warned Japan.")
    second = warning(event_id="h1", article_id="a4", outlet="wire-d", time=NOW - 3 * DAY, act_day=thursday,
                     evidence="Russia warned Japan again on Thursday.")
    situations, counted, _ = run([first, follow_up, undated, second])
    assert len(situations) == 2
    assert counted["t1"] == counted["t2"] == counted["u1"] != counted["h1"]
    # without the days, the reports within a day of the first are one act; the one two days after
    # it names no day and shares no sentence or number, so it opens its own (coref.CORROBORATE_AFTER)
    _, plain, _ = run([dataclasses.replace(m, act_day=None) for m in (first, follow_up, undated, second)])
    assert plain["t1"] == plain["t2"] == plain["u1"] != plain["h1"]


def test_a_day_apart_is_still_one_act():
    a = warning(event_id="d1", time=NOW, act_day=day(date(2025, 6, 14)))
    b = warning(event_id="d2", article_id="a2", outlet="wire-b", time=NOW, act_day=day(date(2025, 6, 15)))
    _, counted, _ = run([a, b])
    assert counted["d1"] == counted["d2"]


# --- a month named with its year ('in September 2015'): the act's own month -----------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow sent its jets to the region in September 2015."),
    ("de", "Moskau schickte im September 2015 Kampfjets in die Region."),
    ("fr", "Moscou a envoyé ses avions dans la région en septembre 2015."),
    ("es", "Moscú envió sus aviones a la región en septiembre de 2015."),
    ("ru", "Москва направила свои самолёты в регион в сентябре 2015 года."),
    ("uk", "Москва направила свої літаки в регіон у вересні 2015 року."),
    ("cs", "Moskva poslala svá letadla do regionu v září 2015."),
    ("hu", "Moszkva 2015 szeptemberében küldte repülőit a térségbe."),
    ("ar", "أرسلت موسكو طائراتها إلى المنطقة في سبتمبر 2015."),
    ("zh", "莫斯科于2015年9月向该地区派出战机。"),
    ("ja", "モスクワは2015年9月に同地域へ戦闘機を派遣した。"),
])
def test_a_month_with_its_year_dates_the_act_to_that_month(lang, text):
    months = background.months_in(text, lang)
    assert months == [(2015, 9)]
    assert eventtime.act_month(months) == 2015 * 12 + 8
    assert eventtime.month_days(2015 * 12 + 8) == (day(date(2015, 9, 1)), day(date(2015, 9, 30)))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Войска перебросили в мае 2014 года.", [(2014, 5)]),        # another case than CLDR's two
    ("cs", "Vojáci dorazili v březnu 2015 a odešli v září 2016.", [(2015, 3), (2016, 9)]),
    ("en", "Troops arrived in 2015 and left in March.", []),           # a year and a month apart
    ("en", "Troops arrived in March.", []),                            # a month without its year
    ("en", "In May 2000 troops arrived.", []),                         # a round hundred is a count
])
def test_months_in_reads_each_month_next_to_its_year(lang, text, expected):
    assert background.months_in(text, lang) == expected
    assert eventtime.act_month(background.months_in(text, lang)) == (
        expected[0][0] * 12 + expected[0][1] - 1 if len(expected) == 1 else None)


def test_a_month_that_ended_more_than_a_week_ago_is_a_past_act():
    march_2016 = 1_458_000_000.0  # 2016-03-15
    text = "Moscow sent its jets to the region in September 2015."
    # the year alone (2015 in a 2016 article) is recent enough to be news; the month is not
    assert not background.past_years((2015,), march_2016)
    assert background.is_background(text, "en", (2015,), march_2016, "deployment")
    assert not background.is_background("Moscow sent its jets to the region in March 2016.", "en", (2016,),
                                        march_2016, "deployment")
    assert not background.past_months([(2016, 3)], march_2016)  # this month
    assert not background.past_months([(2016, 2)], march_2016 - 10 * DAY)  # ended 5 days before
    assert background.past_months([(2016, 2)], march_2016)  # ended 15 days before


def test_reports_dating_their_acts_to_different_months_are_different_acts():
    sept, march = 2015 * 12 + 8, 2016 * 12 + 2
    dispatch = warning(event_id="m1", time=NOW, act_month=sept)
    other = warning(event_id="m2", article_id="a2", outlet="wire-b", time=NOW, act_month=march)
    within = warning(event_id="m3", article_id="a3", outlet="wire-c", time=NOW, act_day=day(date(2015, 9, 20)))
    edge = warning(event_id="m4", article_id="a4", outlet="wire-d", time=NOW, act_day=day(date(2015, 10, 1)))
    outside = warning(event_id="m5", article_id="a5", outlet="wire-e", time=NOW, act_day=day(date(2015, 10, 5)))
    situations, counted, _ = run([dispatch, other, within, edge, outside])
    assert counted, "no mention was counted"
    assert counted["m1"] == counted["m3"] == counted["m4"]  # a day of the month, or a day past its end
    assert counted["m2"] != counted["m1"] and counted["m5"] not in (counted["m1"], counted["m2"])
    assert len(situations) == 3


def test_periods_apart_compares_days_and_months():
    sept = eventtime.month_days(2015 * 12 + 8)
    assert eventtime.periods_apart([sept], [(sept[1] + 2, sept[1] + 2)])
    assert not eventtime.periods_apart([sept], [(sept[1] + 1, sept[1] + 1)])  # SLACK_DAYS
    assert not eventtime.periods_apart([sept], [])  # one side undated: nothing to compare
    assert eventtime.periods(None, None) == []
    assert eventtime.periods(5, 2015 * 12 + 8) == [(5, 5), sept]


def test_the_event_record_carries_the_month():
    body = {"id": "e8", "type": "deployment", "source": {"code": "RUS"}, "location": {"code": "SYR"},
            "modality": "asserted", "cameo": "154", "article_id": "a8", "language": "ru",
            "evidence": {"text": "Россия направила самолёты в Сирию в сентябре 2015 года."}}
    m = from_event(body, {"ce_time": "2016-03-15T12:00:00Z"})
    assert m.act_month == 2015 * 12 + 8 and m.background
    assert Mention.from_json(m.to_json()) == m
    old = {k: v for k, v in m.to_json().items() if k != "act_month"}  # a mention written before the field
    assert Mention.from_json(old).act_month is None
