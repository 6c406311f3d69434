"""Background context vs a new act (streams/situations/background.py) and what coreference does with
it: a sentence that cites a past act or a standing state joins no new act and fires no alert."""

from __future__ import annotations

import dataclasses

import pytest

from streams.situations import background
from streams.situations.mentions import from_event
from tests.unit.test_situation_alerts import rules  # noqa: F401  (fixture)
from tests.unit.test_situations import run, warning

NOW = 1_750_000_000.0  # 2025-06-15 12:26 UTC
DAY = 86_400.0


@pytest.mark.parametrize(("years", "expected"), [
    ((2015,), True), ((2023,), True), ((2024,), False), ((2025,), False), ((2027,), False),
    ((2014, 2025), False), ((), False), ((2000,), False),
])
def test_years_more_than_a_year_before_the_event_time_are_background(years, expected):
    assert background.past_years(years, NOW) is expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On 24 February the army crossed the border."),
    ("en", "On February 24 the army crossed the border."),
    ("de", "Am 24. Februar überschritt die Armee die Grenze."),
    ("fr", "Le 24 février, l'armée a franchi la frontière."),
    ("es", "El 24 de febrero el ejército cruzó la frontera."),
    ("ru", "24 февраля армия пересекла границу."),
    ("uk", "24 лютого армія перетнула кордон."),
    ("cs", "Dne 24. února armáda překročila hranici."),
    ("hu", "A hadsereg február 24-én lépte át a határt."),
    ("ar", "عبر الجيش الحدود في 24 فبراير."),
    ("zh", "2月24日军队越过边境。"),
    ("ja", "2月24日に軍が国境を越えた。"),
])
def test_a_day_and_month_in_any_language_dates_the_act(lang, text):
    assert background.dates_in(text, lang) == [(2, 24)]
    assert background.past_dates([(2, 24)], NOW)  # four months before the June event time
    assert not background.past_dates([(6, 13)], NOW)  # two days before: still news
    assert not background.past_dates([(6, 30)], NOW)  # ahead: a date announced for later
    assert not background.past_dates([(2, 24)], NOW - 110 * DAY)  # seen from late February


# one sentence citing a past act or a standing state, one reporting a new act, per language
CUES = {
    "en": ("Troops have been deployed in the region since the war began.",
           "The ministry said it will deploy troops to the region next week."),
    "de": ("Die Truppen sind seit dem Krieg in der Region stationiert.",
           "Das Ministerium kündigte an, Truppen in die Region zu verlegen."),
    "fr": ("Les troupes sont stationnées dans la région depuis la guerre.",
           "Le ministère a annoncé l'envoi de troupes dans la région."),
    "es": ("Las tropas siguen desplegadas en la región desde hace años.",
           "El ministerio anunció el envío de tropas a la región."),
    "ru": ("Войска по-прежнему находятся в регионе с начала войны.",
           "Министерство объявило о переброске войск в регион."),
    "uk": ("Війська досі перебувають у регіоні з початку війни.",
           "Міністерство оголосило про перекидання військ до регіону."),
    "cs": ("Vojáci v regionu zůstávají od začátku války.",
           "Ministerstvo oznámilo vyslání vojáků do regionu."),
    "hu": ("A csapatok a háború óta továbbra is a térségben vannak.",
           "A minisztérium bejelentette, hogy csapatokat küld a térségbe."),
    "ar": ("لا تزال القوات في المنطقة منذ الحرب.",
           "أعلنت الوزارة إرسال قوات إلى المنطقة."),
    "zh": ("自战争以来，部队仍驻守在该地区。",
           "国防部宣布向该地区派遣部队。"),
    "ja": ("戦争以来、部隊は依然としてその地域に駐留している。",
           "国防省は部隊をその地域に派遣すると発表した。"),
}


@pytest.mark.parametrize("lang", sorted(CUES))
def test_background_cues_of_every_language(lang):
    cited, new = CUES[lang]
    assert background.cue_matcher(lang) is not None
    assert background.cues(cited, lang), cited
    assert background.cues(new, lang) == [], new
    assert background.is_background(cited, lang, (), NOW)
    assert not background.is_background(new, lang, (), NOW)


def test_an_unknown_language_has_no_cues_and_no_dates():
    assert background.cues("Troops have been there since 2014.", "xx") == []
    assert background.dates_in("24 February", "und") == []
    assert background.is_background("In 2015 troops arrived.", "und", (2015,), NOW)  # years need no language


def test_the_event_record_carries_the_flag():
    body = {"id": "e9", "type": "deployment", "source": {"code": "USA"}, "location": {"code": "SYR"},
            "modality": "asserted", "cameo": "154", "article_id": "a9", "language": "en",
            "evidence": {"text": "The United States has kept 900 troops stationed in Syria since 2015."}}
    m = from_event(body, {"ce_time": "2025-06-15T12:00:00Z"})
    assert m.background and m.numbers == (900, 2015) and m.years == (2015,)
    fresh = from_event({**body, "evidence": {"text": "The United States will send 900 troops to Syria."}},
                       {"ce_time": "2025-06-15T12:00:00Z"})
    assert not fresh.background and fresh.numbers == (900,)


def test_background_joins_no_new_act_only_its_own_copies():
    act = warning(event_id="n1", article_id="a1", evidence="Russia warned Japan on Monday.")
    cited = warning(event_id="b1", article_id="a2", outlet="wire-b", background=True,
                    evidence="Russia has warned Japan for years.")
    copy = dataclasses.replace(cited, event_id="b2", article_id="a3", outlet="wire-c")
    situations, counted, _ = run([act, cited, copy])
    assert len(situations) == 2
    assert counted["n1"] != counted["b1"] and counted["b1"] == counted["b2"]
    assert situations[counted["b1"]].background and not situations[counted["n1"]].background
    assert situations[counted["b1"]].articles == 2


def test_a_translation_of_a_background_sentence_joins_on_a_shared_number():
    cited = warning(event_id="b1", background=True, numbers=(2000,), language="cs",
                    evidence="Rusko tam má od roku 2014 přes 2 000 vojáků.")
    translated = warning(event_id="b2", article_id="a2", background=True, numbers=(2000,), language="en",
                         evidence="Russia has had over 2,000 troops there for years.")
    other = warning(event_id="b3", article_id="a3", background=True, numbers=(300,), language="en",
                    evidence="Russia has had 300 advisers there for years.")
    _, counted, _ = run([cited, translated, other])
    assert counted["b1"] == counted["b2"] != counted["b3"]


def test_a_background_situation_fires_no_alert(rules):  # noqa: F811
    cited = [warning(event_id=f"b{i}", article_id=f"a{i}", outlet=f"wire-{i}", background=True,
                     evidence="Russia has warned Japan for years.") for i in range(4)]
    situations, _, alerts = run(cited, rules)
    assert len(situations) == 1 and next(iter(situations.values())).mentions == 4
    assert not [a for a in alerts if a.rule_id == "rus-warns-jpn"]
    _, _, fired = run([dataclasses.replace(m, background=False) for m in cited], rules)
    assert [a for a in fired if a.rule_id == "rus-warns-jpn"]


def test_a_standing_state_is_background_only_for_deployments_and_alliances():
    text = "China warned the US over the troops that are stationed in the region."
    assert background.cues(text, "en") == ["standing"]
    assert not background.is_background(text, "en", (), NOW, "warning")  # a new warning about a standing deployment
    assert background.is_background(text, "en", (), NOW, "deployment")
    assert background.is_background("China has warned the US for years.", "en", (), NOW, "warning")


def test_run_and_the_cli_mark_a_background_situation():
    from streams.situations.cli import format_situation

    cited = warning(background=True, evidence="Russia has warned Japan for years.")
    situations, _, _ = run([cited])
    assert situations
    doc = next(iter(situations.values())).model_dump(mode="json")
    assert doc["background"] is True and " background " in format_situation(doc)
    assert " background " not in format_situation({**doc, "background": False})


@pytest.mark.parametrize(("lang", "first", "cited"), [
    ("en", "It is the first time since the war that troops were sent.", "Troops have been there since the war."),
    ("fr", "C'est la première fois depuis la guerre que des troupes sont envoyées.", "Les troupes sont là depuis la guerre."),
    ("hu", "A háború óta először küldtek csapatokat.", "A háború óta ott vannak a csapatok."),
    ("ar", "أرسلت قوات لأول مرة منذ الحرب.", "القوات هناك منذ الحرب."),
    ("zh", "这是战争以来首次派遣部队。", "战争以来部队一直在那里。"),
    ("ja", "戦争以来初めて部隊を派遣した。", "戦争以来、部隊はそこにいる。"),
])
def test_a_first_or_a_superlative_since_dates_nothing(lang, first, cited):
    assert background.cues(first, lang) == []
    assert background.cues(cited, lang)


def test_background_mentions_leave_the_dyad_signal_alone():
    """A spike score fed by past acts cited as context would alert on history: only news counts."""
    from streams.situations import core
    from tests.unit.test_situations import CONFIG

    news = warning(event_id="n1", evidence="Russia warned Japan on Monday.")
    step = core.step(news, "k", None, None, CONFIG)
    assert step.signal is not None and step.signal.count_1h == 1
    cited = warning(event_id="b1", article_id="a2", background=True, evidence="Russia has warned Japan for years.")
    after = core.step(cited, "k", step.entry, step.signal_state, CONFIG)
    assert after.situation is not None  # the mention still joins a situation of its own
    assert after.signal is None and after.signal_state == step.signal_state
    again = core.step(dataclasses.replace(cited, event_id="n2", background=False), "k", step.entry, step.signal_state, CONFIG)
    assert again.signal is not None and again.signal.count_1h == 2


CITED = dict(type="deployment", source="PAK", target=None, location="IND", cameo="154", background=True)


@pytest.mark.parametrize(("then", "joins"), [
    (dict(language="ja", evidence="A translated sentence on the same past occupation."), True),
    (dict(language="ja", evidence="The translation, 20 hours later.", time=NOW + 20 * 3600), True),
    # the same language: a copy would share the sentence
    (dict(language="cs", evidence="Another Czech sentence citing the dyad's past."), False),
    # ... unless the sentence is the same article's: it names the act it cites again
    (dict(language="cs", article_id="a1", evidence="The same article cites the occupation again."), True),
    (dict(language="ja", evidence="The next day's article.", time=NOW + 30 * 3600), False),  # beyond the day
    (dict(language="ja", evidence="A new occupation reported today.", background=False), False),  # a new act
])
def test_a_translation_of_a_background_sentence_joins_within_the_day(then, joins):
    cited = warning(event_id="k1", language="cs", time=NOW, numbers=(21,), evidence="Czech sentence: 21 years ago.",
                    **CITED)
    other = warning(**{**dict(event_id="k2", article_id="a2", outlet="wire-b", time=NOW, **CITED), **then})
    situations, counted, _ = run([cited, other])
    assert situations and (counted["k1"] == counted["k2"]) is joins
    if joins:
        assert next(iter(situations.values())).languages == sorted({"cs", other.language})
