"""Spanish: statements and events on our own example sentences (accents optional)."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, first_event_of

ES = LanguageProbe("es")


def test_preposed_statement_with_conditional_warning():
    text = ("El portavoz del Kremlin, Dmitri Peskov, advirtió que Rusia tomará represalias "
            "si Japón despliega misiles de medio alcance en su territorio.")
    r = ES.extract(text)
    [st] = r.statements
    assert st.cue.text == "advirtió"
    assert st.speaker.text == "El portavoz del Kremlin, Dmitri Peskov"
    assert st.content.text.endswith("en su territorio")
    assert st.speaker_actor.country == "RUS"
    w = first_event_of(r, "warning")
    assert w and code(w.source) == "RUS" and code(w.target) == "JPN" and w.modality == "asserted"  # issued conditional threat (EVENTS.md)


def test_postposed_direct_quote():
    text = '"No vamos a tolerar ninguna provocación en nuestras fronteras", dijo el ministro ruso de Defensa.'
    r = ES.extract(text)
    [st] = r.statements
    assert st.kind == "direct" and st.cue.text == "dijo"
    assert st.content.text.startswith('"No vamos a tolerar')
    assert st.speaker.text == "el ministro ruso de Defensa"
    assert st.speaker_actor.country == "RUS"


def test_according_to_and_planned_deployment():
    r = ES.extract("Según el Pentágono, Estados Unidos enviará 2.000 soldados a Rumanía el próximo mes.")
    [st] = r.statements
    assert st.kind == "according_to" and st.speaker.text == "el Pentágono"
    assert st.content.text.startswith("Estados Unidos enviará")
    d = first_event_of(r, "deployment")
    assert d and code(d.source) == "USA" and d.location.code == "ROU" and d.modality == "planned"
    assert "soldados" in d.force.text


@pytest.mark.parametrize("text, modality", [
    ("Alemania no enviará tropas a Ucrania, afirmó el canciller.", "negated"),
    ("El Gobierno japonés negó que tenga planes de desplegar misiles de medio alcance.", "denied"),
    ("Rusia podría desplegar armas nucleares en Bielorrusia, según fuentes diplomáticas.", "hypothetical"),
])
def test_deployment_modality(text, modality):
    d = first_event_of(ES.extract(text), "deployment")
    assert d is not None and d.modality == modality


def test_accents_are_optional():
    # the same threat, written with and without accents
    for text in ("El ELN amenazó a los habitantes de la vereda a través de un panfleto.",
                 "El ELN amenazo a los habitantes de la vereda a traves de un panfleto."):
        w = first_event_of(ES.extract(text), "warning")
        assert w and code(w.source) == "COL" and w.source.code == "ELN"


def test_death_threat_by_unnamed_group():
    w = first_event_of(ES.extract("Hombres armados amenazaron de muerte a un concejal del municipio."), "warning")
    assert w and w.cameo == "130" and w.modality == "asserted"


def test_summoning_the_ambassador_is_a_warning():
    r = ES.extract("La cancillería china convocó al embajador japonés para protestar por la visita a Taiwán.")
    w = first_event_of(r, "warning")
    assert w and w.plover == "ACCUSE" and code(w.source) == "CHN" and code(w.target) == "JPN"


def test_alliance_and_joint_exercises():
    r = ES.extract("China y Rusia realizan ejercicios navales conjuntos en el mar de la China Oriental.")
    a = first_event_of(r, "alliance")
    assert a and {code(p) for p in a.partners} >= {"CHN", "RUS"}
    r = ES.extract("Japón y Estados Unidos reforzaron su alianza militar durante la cumbre de Tokio.")
    assert first_event_of(r, "alliance") and not first_event_of(r, "deployment")


@pytest.mark.parametrize("text", [
    "El Real Madrid amenaza el liderato tras ganar al Sevilla por tres goles a uno.",
    "La sequía amenaza las cosechas de trigo en el sur del país.",
    "El Gobierno enviará un mensaje de condolencia a las familias de los soldados fallecidos.",
    "Los campesinos se movilizaron hacia la capital para exigir tierras.",
    "El conductor se movilizaba en su camioneta cuando fue detenido por soldados del batallón.",
    "El partido firmó una alianza electoral con los verdes para las elecciones municipales.",
    "El banco central advirtió que la inflación seguirá alta durante el verano.",
])
def test_no_event(text):
    assert ES.extract(text).events == []


# --- precision pass: "sí" (yes) is no conditional "si" under accent folding -------------------------

def test_si_yes_is_not_a_condition():
    ev = ES.first_event("Sí, Rusia desplegará misiles en Kaliningrado, dijo el ministro.", "deployment")
    assert ev.modality == "planned" and code(ev.source) == "RUS"
    ev = ES.first_event("El portavoz contestó que sí, que Rusia enviará tropas a Bielorrusia.", "deployment")
    assert ev.modality == "planned"


def test_si_if_stays_conditional():
    ev = ES.first_event("Si Rusia ataca, la OTAN desplegará tropas en Polonia.", "deployment")
    assert ev.modality == "conditional"
    ev = ES.first_event("si Irán cierra el estrecho, Estados Unidos enviará buques de guerra.", "deployment")
    assert ev.modality == "conditional"


def test_sea_of_japan_is_no_party():
    ev = ES.first_event("China envió buques de guerra al mar de Japón.", "deployment")
    assert code(ev.source) == "CHN" and (ev.location is None or ev.location.code != "JPN")
