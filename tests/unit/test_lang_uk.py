"""Ukrainian: statements and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, events_of

UK = LanguageProbe("uk", hint=False)


def test_preposed_statement_with_complementizer():
    text = "Міністр закордонних справ України Андрій Сибіга заявив, що Київ не визнає результатів так званих виборів."
    (st,) = UK.extract(text).statements
    assert st.speaker.text == "Міністр закордонних справ України Андрій Сибіга"
    assert st.cue.text == "заявив"
    assert st.content.text == "що Київ не визнає результатів так званих виборів"
    assert code(st.speaker_actor) == "UKR"


def test_conditional_warning_in_quoted_statement():
    text = "«Якщо НАТО розмістить війська в Україні, Росія буде змушена відповісти», — заявив Медведєв."
    result = UK.extract(text)
    (st,) = result.statements
    assert st.kind == "direct" and st.speaker.text == "Медведєв" and st.cue.text == "заявив"
    assert code(st.speaker_actor) == "RUS"
    (warning,) = events_of(result, "warning")
    assert warning.modality == "asserted" and code(warning.source) == "RUS"
    (deployment,) = events_of(result, "deployment")
    assert deployment.modality == "conditional"
    assert code(deployment.source) == "NATO"
    assert deployment.location is not None and deployment.location.code == "UKR"


def test_summoned_ambassador_is_a_warning():
    (ev,) = UK.events("МЗС України викликало посла Угорщини через заяви угорського прем'єра.", "warning")
    assert code(ev.source) == "UKR" and code(ev.target) == "HUN"
    assert ev.plover == "ACCUSE"


def test_deployment_with_force_and_location():
    (ev,) = UK.events("Росія перекинула додаткові війська та ракетні комплекси до Білорусі.", "deployment")
    assert code(ev.source) == "RUS"
    assert ev.force is not None and "війська" in ev.force.text
    assert ev.location is not None and ev.location.code == "BLR"


def test_joint_exercises_are_an_alliance():
    (ev,) = UK.events("Польща та Литва провели спільні військові навчання біля кордону з Білоруссю.", "alliance")
    assert {code(p) for p in ev.partners} >= {"POL", "LTU"}


def test_security_agreement_is_an_alliance():
    (ev,) = UK.events("Україна та Японія підписали безпекову угоду на десять років.", "alliance")
    assert {code(p) for p in ev.partners} == {"UKR", "JPN"}


def test_postposed_speaker():
    text = "Росія розмістила ядерну зброю в Білорусі, повідомив президент Зеленський."
    result = UK.extract(text)
    (st,) = result.statements
    assert st.speaker.text == "президент Зеленський" and st.cue.text == "повідомив"
    assert st.content.text == "Росія розмістила ядерну зброю в Білорусі"
    (ev,) = events_of(result, "deployment")
    assert code(ev.source) == "RUS" and ev.location.code == "BLR"


def test_according_to_marker():
    text = "За словами речника МЗС, Київ готовий до нового раунду переговорів."
    (st,) = UK.extract(text).statements
    assert st.kind == "according_to" and st.cue.text == "За словами"
    assert st.speaker.text == "речника МЗС"
    assert st.content.text == "Київ готовий до нового раунду переговорів"


@pytest.mark.parametrize("text, modality", [
    ("Міноборони Білорусі заперечує розміщення російських військ біля кордону.", "denied"),
    ("Росія може перекинути нові підрозділи на південь України.", "hypothetical"),
    ("Нідерланди планують направити в Литву ще одну роту військових.", "planned"),
])
def test_deployment_modality(text, modality):
    (ev,) = UK.events(text, "deployment")
    assert ev.modality == modality


def test_red_line_is_a_warning():
    assert UK.events("Кремль назвав червоною лінією передачу Україні далекобійних ракет.", "warning")


@pytest.mark.parametrize("text", [
    "Футбольна збірна України прибула до Мюнхена на матч.",
    "Уряд направив гуманітарну допомогу до Херсона.",
    "Компанія відправила листи всім своїм клієнтам.",
    "Сильні дощі загрожують урожаю на заході країни.",
    "Коаліційний уряд ухвалив новий бюджет на наступний рік.",
    "Співробітники музею розповідають про історію міста.",
])
def test_ordinary_news_yields_no_event(text):
    assert not UK.extract(text).events


# --- precision pass: place names with their noun, perfective future ---------------------------------

def test_region_keeps_its_noun_and_perfective_future_is_planned():
    [ev] = events_of(UK.extract("Росія перекинула війська до Бєлгородської області."), "deployment")
    assert code(ev.source) == "RUS" and ev.location.mention.text == "Бєлгородської області"
    [ev] = events_of(UK.extract("Росія розмістить ракети в Білорусі, заявив міністр."), "deployment")
    assert ev.modality == "planned" and ev.location.code == "BLR"


def test_sea_of_japan_is_not_japan():
    [ev] = events_of(UK.extract("Китай направив військові кораблі в Японське море."), "deployment")
    assert code(ev.source) == "CHN" and (ev.location is None or ev.location.code != "JPN")
