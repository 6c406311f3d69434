"""Russian: statements and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, events_of

RU = LanguageProbe("ru", hint=False)


def test_preposed_statement_with_conditional_warning_and_deployment():
    text = ("Министр иностранных дел России Сергей Лавров заявил, что Москва будет вынуждена принять "
            "ответные меры, если Вашингтон разместит ракеты средней дальности в Японии.")
    result = RU.extract(text)
    (st,) = result.statements
    assert st.speaker.text == "Министр иностранных дел России Сергей Лавров"
    assert st.cue.text == "заявил"
    assert st.content.text.startswith("что Москва будет вынуждена")
    assert st.content.text.endswith("в Японии")
    assert code(st.speaker_actor) == "RUS"
    (warning,) = events_of(result, "warning")
    assert warning.modality == "asserted"  # an issued conditional threat is asserted (EVENTS.md)
    assert code(warning.source) == "RUS" and code(warning.target) == "USA"
    (deployment,) = events_of(result, "deployment")
    assert deployment.modality == "conditional"
    assert code(deployment.source) == "USA"
    assert deployment.location is not None and deployment.location.code == "JPN"
    assert deployment.force is not None and "ракеты" in deployment.force.text


def test_summoned_ambassador_is_a_warning():
    (ev,) = RU.events("В понедельник МИД Польши вызвал посла России в связи с нарушением воздушного пространства.", "warning")
    assert code(ev.source) == "POL" and code(ev.target) == "RUS"
    assert ev.plover == "ACCUSE"


def test_summons_verb_that_means_caused_is_no_warning():
    assert not RU.events("Выступление посла вызвало возмущение у депутатов парламента.", "warning")


def test_deployment_with_force_and_location():
    (ev,) = RU.events("Минобороны России перебросило дополнительные ракетные комплексы в Калининградскую область.", "deployment")
    assert code(ev.source) == "RUS"
    assert ev.force is not None and ev.force.text.startswith("ракетн")
    assert ev.location is not None and ev.location.name.startswith("Калининградск")
    assert ev.modality == "asserted"


def test_joint_exercises_are_an_alliance():
    (ev,) = RU.events("Китай и Россия провели совместные военно-морские учения в Японском море.", "alliance")
    assert code(ev.source) == "CHN" and code(ev.target) == "RUS"
    assert ev.cameo == "062"


def test_inverted_quotation_with_dash():
    text = "«Мы не допустим появления иностранных войск у наших границ», — заявил Песков."
    result = RU.extract(text)
    (st,) = result.statements
    assert st.kind == "direct"
    assert st.speaker.text == "Песков" and st.cue.text == "заявил"
    assert st.content.text == "«Мы не допустим появления иностранных войск у наших границ»"
    assert code(st.speaker_actor) == "RUS"
    (ev,) = events_of(result, "warning")
    assert code(ev.source) == "RUS"


def test_according_to_marker():
    text = "По словам Захаровой, Москва ответит на любые провокации Лондона."
    (st,) = RU.extract(text).statements
    assert st.kind == "according_to"
    assert st.cue.text == "По словам" and st.speaker.text == "Захаровой"
    assert st.content.text == "Москва ответит на любые провокации Лондона"


def test_adjunct_between_speaker_and_cue():
    text = "Президент Франции Эмманюэль Макрон в интервью газете Le Monde сказал, что Европа должна укреплять оборону."
    (st,) = RU.extract(text).statements
    assert st.speaker.text == "Президент Франции Эмманюэль Макрон"
    assert st.content.text.startswith("что Европа")


def test_postposed_speaker_after_content():
    text = "Россия не будет размещать ракеты на Кубе, сказал замминистра иностранных дел Сергей Рябков."
    result = RU.extract(text)
    (st,) = result.statements
    assert st.speaker.text == "замминистра иностранных дел Сергей Рябков"
    assert st.content.text == "Россия не будет размещать ракеты на Кубе"
    (ev,) = events_of(result, "deployment")
    assert ev.modality == "negated"
    assert ev.location is not None and ev.location.code == "CUB"


@pytest.mark.parametrize("text, modality", [
    ("Пресс-секретарь Кремля Дмитрий Песков опроверг сообщения о переброске войск к границе с Финляндией.", "denied"),
    ("США могут разместить ракеты средней дальности в Германии.", "hypothetical"),
    ("Пентагон планирует направить в Польшу еще две тысячи военнослужащих.", "planned"),
])
def test_deployment_modality(text, modality):
    (ev,) = RU.events(text, "deployment")
    assert ev.modality == modality


def test_ultimatum_and_red_lines():
    assert RU.events("Кремль предъявил Киеву ультиматум и назвал красной линией вступление Украины в НАТО.", "warning")


def test_mobilisation_is_a_deployment():
    (ev,) = RU.events("Президент объявил частичную мобилизацию резервистов.", "deployment")
    assert ev.plover == "MOBILIZE"


def test_topic_without_complementizer_is_not_a_statement():
    # "говорит о …" names a topic, not reported content
    assert not RU.extract("Эксперт часто говорит о проблемах пенсионной системы и налогах.").statements


@pytest.mark.parametrize("text", [
    "Сборная России по хоккею отправилась на турнир в Швецию.",
    "Ракетка номер один мира выиграла турнир в Мадриде.",
    "Советский Союз и Евросоюз упоминаются в учебнике истории.",
    "Компания отправила письмо в министерство обороны.",
    "Правительство направило гуманитарную помощь пострадавшим от наводнения.",
    "Сильный ураган угрожает прибрежным районам Флориды.",
    "Финансовые маневры правительства помогли сократить дефицит бюджета.",
    "Общественная мобилизация перед выборами оказалась неожиданно высокой.",
])
def test_ordinary_news_yields_no_event(text):
    assert not RU.extract(text).events


# --- precision pass: place names with their noun, seas, perfective future, force joiners ------------

def test_region_keeps_its_noun_and_perfective_future_is_planned():
    [ev] = events_of(RU.extract("Россия разместит ракеты в Калининградскую область, заявил министр обороны."), "deployment")
    assert code(ev.source) == "RUS" and ev.modality == "planned"
    assert ev.location.mention.text == "Калининградскую область"
    [ev] = events_of(RU.extract("Россия разместила ракеты в Калининградской области."), "deployment")
    assert ev.modality == "asserted" and ev.location.mention.text == "Калининградской области"


def test_sea_of_japan_is_not_japan():
    [ev] = events_of(RU.extract("Китай направил военные корабли в Японское море."), "deployment")
    assert code(ev.source) == "CHN" and ev.location.code is None and ev.location.mention.text == "Японское море"
    r = RU.extract("Российские корабли провели совместные учения в Японском море.")
    assert all(code(e.target) != "JPN" and code(e.source) != "JPN" for e in r.events)


def test_force_joiner_alone_is_no_modifier():
    [ev] = events_of(RU.extract("Вертолеты, артиллерия и танки Китая направлены к границе с Вьетнамом."), "deployment")
    assert not ev.force.text.startswith("и ")


def test_civil_nuclear_treaty_is_no_alliance():
    assert not events_of(RU.extract(
        "Индия и Россия подписали договор о сотрудничестве в области мирного использования ядерной энергии."), "alliance")
    assert events_of(RU.extract("Россия и Китай подписали договор о военном сотрудничестве."), "alliance")
