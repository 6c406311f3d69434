"""Spanish: statements and events on our own example sentences (accents optional)."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, first_event_of, assert_event

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


# --- ../shared/EVENTS.md, clause by clause (issue 13): our own sentences, roles asserted -------------

@pytest.mark.parametrize("text, source, target", [
    ("Corea del Norte amenazó a Estados Unidos con un ataque nuclear.", "PRK", "USA"),  # threat
    ("El canciller iraní advirtió a Israel que un ataque tendría graves consecuencias.", "IRN", "ISR"),  # "advirtió a X que"
    ("China advirtió a Washington que la venta de armas a Taiwán cruza una línea roja.", "CHN", "USA"),
    ("Turquía dio un ultimátum a Suecia.", "TUR", "SWE"),  # ultimatum
    ("Polonia convocó al embajador de Rusia.", "POL", "RUS"),  # summoning an ambassador
    ("Rusia no se quedará de brazos cruzados ante la expansión de la OTAN.", "RUS", "NATO"),
])
def test_warning_clauses(text, source, target):
    w = first_event_of(ES.extract(text), "warning")
    assert w is not None
    assert (code(w.source), code(w.target)) == (source, target)
    assert w.modality == "asserted"


@pytest.mark.parametrize("text", [
    "La agencia meteorológica advirtió de fuertes lluvias en el norte.",  # weather
    "El ministro de Sanidad advirtió a la población sobre la gripe.",  # own citizens, health
    "Rusia es una amenaza para Europa.",  # threat assessment
    "Francia condenó el ataque.",  # condemnation without consequence
    "Los sindicatos amenazan con una huelga general si el Gobierno no retira la reforma.",  # announced strike
])
def test_not_a_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source, location, modality", [
    ("España enviará 500 soldados a Letonia el próximo mes.", "ESP", "LVA", "planned"),  # the subject sends
    ("Estados Unidos va a desplegar misiles en Alemania.", "USA", "DEU", "planned"),  # ir a + infinitive
    ("Unos mil soldados británicos están desplegados en Estonia desde 2017.", "GBR", "EST", "asserted"),  # presence
    ("Las tropas rusas permanecen en Ucrania.", "RUS", "UKR", "asserted"),  # presence
    ("El Reino Unido reforzó sus tropas en Estonia.", "GBR", "EST", "asserted"),  # reinforcement
    ("Unos 3.000 soldados estadounidenses llegaron a Noruega para unas maniobras.", "USA", "NOR", "asserted"),
    ("El Kremlin negó que haya soldados rusos desplegados en Venezuela.", "RUS", "VEN", "denied"),
])
def test_deployment_clauses(text, source, location, modality):
    d = first_event_of(ES.extract(text), "deployment")
    assert d is not None
    assert code(d.source) == source
    assert d.location is not None and d.location.code == location
    assert d.modality == modality


def test_reported_deployment_keeps_the_subject_as_source():
    d = first_event_of(ES.extract("El ministro de Defensa dijo que España enviará 500 soldados a Letonia."), "deployment")
    assert d is not None and code(d.source) == "ESP" and d.location.code == "LVA"


def test_alert_is_a_deployment():
    d = first_event_of(ES.extract("China puso a sus fuerzas armadas en alerta máxima."), "deployment")
    assert d is not None and code(d.source) == "CHN"


@pytest.mark.parametrize("text", [
    "Francia retira sus tropas de Malí.",  # withdrawal
    "El ejército bombardeó posiciones rebeldes.",  # strikes alone
    "Soldados ayudaron a los damnificados por las inundaciones en Valencia.",  # relief
    "La policía desplegó 200 agentes en el centro de la ciudad.",  # police
])
def test_not_a_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, target", [
    ("Japón y Australia firmaron un acuerdo de defensa.", "JPN", "AUS"),  # defence pact
    ("Finlandia ingresó en la OTAN en 2023.", "FIN", "NATO"),  # membership
    ("Estados Unidos y Corea del Sur iniciaron ejercicios militares conjuntos.", "USA", "KOR"),  # exercises
    ("Alemania suministrará tanques a Ucrania.", "DEU", "UKR"),  # arms supply: the giver is the source
    ("Estados Unidos anunció un nuevo paquete de ayuda militar a Ucrania.", "USA", "UKR"),  # military aid
])
def test_alliance_clauses(text, source, target):
    a = first_event_of(ES.extract(text), "alliance")
    assert a is not None
    assert (code(a.source), code(a.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "España y Francia firmaron un acuerdo comercial.",  # trade
    "Los socialistas y los verdes formaron una coalición electoral.",  # party coalition
    "La Unión Europea aprobó nuevas sanciones contra Rusia.",  # sanctions
])
def test_not_an_alliance(text):
    assert ES.events(text, "alliance") == []


@pytest.mark.parametrize("text, source, target", [
    ("Lituania expulsó al embajador de Rusia.", "LTU", "RUS"),  # expelling an envoy: a protest
    ("Colombia llamó a consultas a su embajador en Caracas.", "COL", "VEN"),  # recalling one's own envoy
    ("La UE estudia nuevas sanciones contra Rusia en caso de una escalada.", "EU", "RUS"),  # sanctions held out
])
def test_more_warning_clauses(text, source, target):
    w = first_event_of(ES.extract(text), "warning")
    assert w is not None
    assert (code(w.source), code(w.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "La Unión Europea aprobó nuevas sanciones contra Rusia.",  # sanctions imposed
    "Los economistas advierten de una subida de los tipos de interés.",  # a danger, no party
])
def test_more_non_warnings(text):
    assert ES.events(text, "warning") == []


def test_host_country_is_the_location_of_foreign_forces():
    d = first_event_of(ES.extract("Catar alberga una base militar estadounidense con 10.000 soldados."), "deployment")
    assert d is not None and code(d.source) == "USA" and d.location is not None and d.location.code == "QAT"


def test_arms_supply_goes_to_the_receiver():
    a = first_event_of(ES.extract("Estados Unidos suministrará en las próximas semanas a Irak diez drones."), "alliance")
    assert a is not None and (code(a.source), code(a.target), a.modality) == ("USA", "IRQ", "planned")


def test_planned_accession_and_suspended_exercise():
    joining = first_event_of(ES.extract("Ucrania quiere ingresar en la OTAN."), "alliance")
    assert joining is not None and (code(joining.source), code(joining.target), joining.modality) == ("UKR", "NATO", "planned")
    halted = first_event_of(ES.extract("Estados Unidos suspendió los ejercicios militares conjuntos con Corea del Sur."), "alliance")
    assert halted is not None and halted.modality == "negated"


def test_threat_to_resign_is_domestic_recourse_not_a_warning():
    assert ES.events("El ministro amenazó con dimitir si el Gobierno no aprueba el presupuesto.", "warning") == []


def test_will_not_hesitate_threatens_only_with_force_named():
    w = first_event_of(ES.extract("Corea del Norte no dudará en usar armas nucleares contra Estados Unidos."), "warning")
    assert w is not None and (code(w.source), code(w.target), w.modality) == ("PRK", "USA", "asserted")
    assert ES.events("El presidente no dudará en cambiar el Gobierno.", "warning") == []


def test_we_will_not_allow_is_an_asserted_warning():
    text = '"No permitiremos el despliegue de misiles estadounidenses en Polonia", dijo el canciller ruso.'
    w = first_event_of(ES.extract(text), "warning")
    assert w is not None and (code(w.source), w.modality) == ("RUS", "asserted")
    d = first_event_of(ES.extract(text), "deployment")
    assert d is not None and code(d.source) == "USA" and d.location.code == "POL"


def test_sending_weapons_is_an_arms_supply_not_a_deployment():
    text = "Estados Unidos envió armas a Ucrania."
    a = first_event_of(ES.extract(text), "alliance")
    assert a is not None and (code(a.source), code(a.target)) == ("USA", "UKR")
    assert ES.events(text, "deployment") == []


# --- second pass (generalisation, issue 13): our own probes per EVENTS.md clause in phrasings the tests
# above do not use: other verbs and synonyms, perfect tenses, passives, nominal forms, inversion,
# "according to", headline style. Each asserts that the event exists before its roles and modality.

@pytest.mark.parametrize("text, kind, source, other, modality", [
    ('Las tropas estadounidenses se desplegarán en Polonia a partir de marzo.', 'deployment', 'USA', 'POL', 'planned'),
    ('El Ejército ruso ha desplegado nuevos sistemas de misiles en Bielorrusia.', 'deployment', 'RUS', 'BLR', 'asserted'),
    ('Washington enviará dos destructores al Mediterráneo oriental.', 'deployment', 'USA', None, None),
    ('Según el Pentágono, Estados Unidos ha enviado 2.000 marines a Jordania.', 'deployment', 'USA', 'JOR', 'asserted'),
    ('Francia anunció el envío de tropas a Rumanía.', 'deployment', 'FRA', 'ROU', None),
    ('Los misiles fueron desplegados en Kaliningrado por Rusia.', 'deployment', 'RUS', 'RUS', 'asserted'),
    ('Turquía desplegó tanques en la frontera con Siria.', 'deployment', 'TUR', 'TUR', None),  # own side of the border
    ('Japón no enviará tropas a Ucrania, aseguró el primer ministro.', 'deployment', 'JPN', 'UKR', 'negated'),
    ('Irán amenaza a Israel con una respuesta contundente.', 'warning', 'IRN', 'ISR', 'asserted'),
    ('Pekín ha advertido a Tokio de que habrá consecuencias si interfiere en Taiwán.', 'warning', 'CHN', 'JPN', 'asserted'),
    ('Moscú advierte a Finlandia contra su ingreso en la OTAN.', 'warning', 'RUS', 'FIN', 'asserted'),
    ('Corea del Norte amenazó con represalias a Corea del Sur por las maniobras.', 'warning', 'PRK', 'KOR', 'asserted'),
    ('Rusia ha amenazado a Moldavia con cortar el suministro de gas si se acerca a la OTAN.', 'warning', 'RUS', 'MDA', 'asserted'),
    ('El Gobierno de Argelia convocó al embajador de Francia para protestar.', 'warning', 'DZA', 'FRA', 'asserted'),
    ('Alemania suministrará tanques Leopard a Ucrania.', 'alliance', 'DEU', 'UKR', None),
    ('Suecia y Finlandia firmaron un acuerdo de defensa con Estados Unidos.', 'alliance', 'SWE', None, None),
    ('Marruecos y Estados Unidos realizan ejercicios militares conjuntos.', 'alliance', 'MAR', 'USA', None),
    ('Suecia se ha unido a la OTAN.', 'alliance', 'SWE', 'NATO', None),
    ('El presidente ruso dijo que enviará más tropas a la frontera con Finlandia.', 'deployment', 'RUS', 'RUS', 'planned'),  # own side
    ('Según fuentes militares, el Ejército israelí ha movilizado a 300.000 reservistas.', 'deployment', 'ISR', None, 'asserted'),
    ('Las fuerzas armadas chinas pusieron en alerta máxima a sus unidades en la costa.', 'deployment', 'CHN', None, None),
    ('Son ya 4.000 los soldados que Alemania ha enviado a Lituania.', 'deployment', 'DEU', 'LTU', None),
    ('Los marines estadounidenses que están desplegados en Australia participarán en maniobras.', 'deployment', 'USA', 'AUS', None),
    ('Gran Bretaña mantiene un contingente de 900 militares en Estonia.', 'deployment', 'GBR', 'EST', 'asserted'),
    ('Rusia reforzará su contingente militar en Tayikistán.', 'deployment', 'RUS', 'TJK', 'planned'),
    ('El Kremlin niega que tropas rusas estén en Mali.', 'deployment', 'RUS', 'MLI', 'denied'),
    ('Italia se negó a enviar tropas a Libia.', 'deployment', 'ITA', 'LBY', 'negated'),
    ('EEUU despliega bombarderos B-52 en Guam.', 'deployment', 'USA', None, None),
    ('El ministro de Exteriores chino advirtió que Pekín tomará medidas si Manila continúa.', 'warning', 'CHN', 'PHL', 'asserted'),
    ('Venezuela amenaza con romper relaciones con Colombia.', 'warning', 'VEN', 'COL', 'asserted'),
    ('Trump advirtió a Irán de que pagará un alto precio.', 'warning', 'USA', 'IRN', 'asserted'),
    ('Rusia y China firmarán un pacto militar.', 'alliance', 'RUS', 'CHN', None),
    ('Estados Unidos ha aprobado una venta de armas a Taiwán por valor de 300 millones.', 'alliance', 'USA', 'TWN', None),
    ('Francia entrenará a soldados ucranianos.', 'alliance', 'FRA', 'UKR', None),
])
def test_second_pass_probes(text, kind, source, other, modality):
    assert_event(ES, text, kind, source, other, modality)


# weak verbs of presence and arrival ("remain", "arrived", "landed") and ambiguous force words (planes,
# drones, units, "Marine" Le Pen, associations) make no event in ordinary news; nor relief, weather,
# sport, trade or party coalitions
@pytest.mark.parametrize("text", [
    'El Real Madrid envió a tres jugadores a la selección.',
    'El Gobierno desplegó 500 policías en Barcelona para la manifestación.',
    'Los expertos advierten de una recesión en Europa.',
    'Estados Unidos retiró sus tropas de Afganistán.',
    'El ejército bombardeó posiciones rebeldes en el norte.',
    'España y Marruecos firmaron un acuerdo comercial.',
    'La empresa desplegó una nueva versión de su software.',
    'Los bomberos fueron enviados a la zona del incendio.',
    'La ONU advirtió de una hambruna en Sudán.',
    'El Barcelona amenaza el liderato del Madrid.',
    'El Gobierno firmó un acuerdo energético con Argelia.',
    'El partido formó una coalición con los socialistas.',
    'Los aviones llegaron a Madrid con retraso por la niebla.',
    'El Gobierno mantiene su apoyo a los agricultores de Aragón.',
    'Los drones llegan a la agricultura española.',
    'Los médicos están en primera línea contra la epidemia.',
    'La Armada Invencible fue derrotada en 1588.',
    'El equipo mantiene su ventaja en la tabla tras vencer al Betis.',
    'Los barcos de pesca permanecen en el puerto de Vigo.',
    'La llegada de turistas a Canarias aumentó un 10 por ciento.',
])
def test_second_pass_no_event(text):
    assert ES.extract(text).events == []


def test_roman_numeral_and_common_nouns_name_no_actor():
    # "siglo XI" is no Xi Jinping; "la asunción del cargo" no Paraguay; the capitalised names still are
    w = ES.first_event("En el siglo XI, el rey amenazó a los nobles con represalias.", "warning")
    assert w.source is None
    assert_event(ES, "Xi amenazó a Taiwán con represalias.", "warning", "CHN", "TWN")
    assert_event(ES, "Asunción convocó al embajador de Argentina.", "warning", "PRY", "ARG")
    assert ES.extract("La asunción del nuevo presidente fue en Lima el domingo.").events == []


def test_future_passive_is_planned():
    assert_event(ES, "Según el ministerio, 1.200 soldados serán enviados a Rumanía.", "deployment", None, "ROU", "planned")


def test_presence_of_forces_named_by_nationality():
    assert_event(ES, "Las fuerzas turcas permanecen en el norte de Siria.", "deployment", "TUR", "SYR")
    assert ES.extract("Las fuerzas políticas permanecen divididas.").events == []


# --- third pass (issue 13, lang-B): one test per clause of ../shared/EVENTS.md with our own sentences in
# constructions the passes above leave out: clitics ("le advirtió"), "warned not to", every tense, increase
# verbs for reinforcement, "not ruling out", arms sent with words between, refusals. Each asserts the event.

@pytest.mark.parametrize("text, source, target", [
    ("El ministro de Exteriores chino le advirtió a Japón que no interfiera en Taiwán.", "CHN", "JPN"),
    ("Moscú ha advertido a Finlandia que su ingreso en la OTAN tendrá consecuencias.", "RUS", "FIN"),
    ("Corea del Norte alertó a Seúl de que las maniobras podrían desencadenar un conflicto nuclear.", "PRK", "KOR"),
    ("Turquía amenaza a Suecia con bloquear su adhesión a la OTAN.", "TUR", "SWE"),
    ("Teherán advirtió a Washington de que cualquier ataque tendrá una respuesta contundente.", "IRN", "USA"),
    ("China advierte a Estados Unidos contra la venta de armas a Taiwán.", "CHN", "USA"),
    ("Argelia llamó a consultas a su embajador en París en protesta por la decisión francesa.", "DZA", "FRA"),
    ("Pekín dio a Taipéi un ultimátum de 48 horas.", "CHN", "TWN"),
])
def test_third_pass_warning(text, source, target):
    assert_event(ES, text, "warning", source, target, "asserted")


def test_third_pass_issued_conditional_threat_and_will_not_allow_are_asserted():
    assert_event(ES, "Washington amenazó a Caracas con nuevas sanciones si no libera a los presos.", "warning", "USA", "VEN", "asserted")
    assert_event(ES, "Rusia no permitirá el despliegue de tropas de la OTAN en Ucrania, advirtió Peskov.", "warning", "RUS", None, "asserted")


@pytest.mark.parametrize("text", [
    "La Agencia de Meteorología advirtió de fuertes lluvias en el norte del país.",  # weather
    "El FMI advirtió de una recesión en Europa.",  # economy, no party
    "El ministro de Economía advirtió de que la inflación seguirá subiendo.",
    "Rusia es una amenaza para la seguridad de Europa, dijo el ministro.",  # threat assessment
    "La policía advirtió a los conductores del riesgo de hielo en las carreteras.",  # police, own citizens
    "Francia condenó el ataque contra la embajada.",  # condemnation without consequence
])
def test_third_pass_not_a_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source, location, modality", [
    ("España enviará 500 soldados a Letonia.", "ESP", "LVA", "planned"),  # reported or not, the subject sends
    ("El ministro de Defensa dijo el martes que España enviará 500 soldados a Letonia antes de fin de año.", "ESP", "LVA", "planned"),
    ("Alemania va a desplegar una brigada en Lituania.", "DEU", "LTU", "planned"),
    ("Turquía ha desplegado drones armados en el norte de Chipre.", "TUR", "CYP", "asserted"),
    ("Reino Unido mantiene un batallón en Estonia desde 2017.", "GBR", "EST", "asserted"),  # standing presence
    ("Las tropas rusas siguen en Transnistria.", "RUS", "MDA", "asserted"),
    ("Rusia reforzó sus tropas en Crimea.", "RUS", "UKR", "asserted"),  # reinforcement
    ("Canadá ha aumentado su contingente en Letonia.", "CAN", "LVA", "asserted"),
    ("Miles de soldados estadounidenses llegaron a Noruega para unas maniobras.", "USA", "NOR", "asserted"),  # arriving for an exercise
    ("Si Estados Unidos despliega misiles en Japón, China responderá.", "USA", "JPN", "conditional"),
    ("Polonia podría enviar soldados a Ucrania.", "POL", "UKR", "hypothetical"),
    ("Polonia no descarta que podría enviar tropas a Ucrania en el futuro.", "POL", "UKR", "hypothetical"),
    ("Italia se negó a enviar tropas a Ucrania.", "ITA", "UKR", "negated"),  # refusal
    ("El Kremlin negó que Rusia planee enviar tropas a Venezuela.", "RUS", "VEN", "denied"),  # denial
])
def test_third_pass_deployment(text, source, location, modality):
    assert_event(ES, text, "deployment", source, location, modality)


def test_third_pass_alert_and_destination_never_the_source():
    assert_event(ES, "Corea del Norte puso a su ejército en máxima alerta.", "deployment", "PRK")
    # no sender named: the destination is where, never who ("leton*" once read "Letonia" as a nationality)
    ev = assert_event(ES, "El Gobierno anunció el envío de tropas a Letonia.", "deployment", None, "LVA")
    assert ev.source is None


@pytest.mark.parametrize("text", [
    "Rusia retiró sus tropas de Jersón.",  # withdrawal
    "El ejército envió soldados para ayudar a los afectados por las inundaciones.",  # relief
    "La empresa desplegó una nueva versión de su software.",  # software
    "Estados Unidos bombardeó posiciones de milicias en Siria.",  # strikes alone
    "Corea del Sur compró 40 aviones de combate F-35.",  # buying weapons
    "La petrolera envió un cargamento de crudo a China.",
])
def test_third_pass_not_a_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, target", [
    ("Estados Unidos enviará más armas a Ucrania.", "USA", "UKR"),  # arms with words between verb and arms
    ("Alemania suministrará tanques Leopard a Ucrania.", "DEU", "UKR"),
    ("Irán suministra drones a Rusia.", "IRN", "RUS"),
    ("El Reino Unido aprobó un nuevo paquete de ayuda militar para Ucrania.", "GBR", "UKR"),  # military aid
    ("Estados Unidos entrena a soldados ucranianos en Alemania.", "USA", "UKR"),  # training
    ("Francia y la India realizaron ejercicios militares conjuntos en el océano Índico.", "FRA", "IND"),  # exercises
    ("Finlandia ingresó en la OTAN en abril.", "FIN", "NATO"),  # membership
    ("Rusia y Corea del Norte firmaron un pacto de defensa mutua.", "RUS", "PRK"),  # defence pact
])
def test_third_pass_alliance(text, source, target):
    assert_event(ES, text, "alliance", source, target)


@pytest.mark.parametrize("text", [
    "España y Marruecos firmaron un acuerdo comercial.",  # trade
    "El partido socialista formó una coalición con los verdes.",  # party coalition
    "La UE impuso nuevas sanciones a Rusia.",  # sanctions
    "Brasil expresó su apoyo a Argentina.",  # diplomatic support
])
def test_third_pass_not_an_alliance(text):
    assert ES.events(text, "alliance") == []


def test_third_pass_short_spanish_sentence_is_spanish_without_a_hint():
    probe = LanguageProbe("es", hint=False)
    assert_event(probe, "Francia enviará 500 soldados a Letonia.", "deployment", "FRA", "LVA", "planned")


def test_third_pass_border_alert_and_apposition_subject():
    assert_event(ES, "Rusia concentró unos 100.000 soldados en la frontera con Ucrania.", "deployment", "RUS", "RUS")
    assert_event(ES, "Corea del Norte puso a su ejército en máxima alerta.", "deployment", "PRK", "PRK")
    assert_event(ES, "El presidente francés, Emmanuel Macron, anunció el despliegue de tropas francesas en Rumanía.", "deployment", "FRA", "ROU", "planned")


@pytest.mark.parametrize("text, kind, source, other", [
    ("Dos bombarderos rusos violaron el espacio aéreo de Japón.", "deployment", "RUS", "JPN"),  # airspace
    ("Estados Unidos tiene unos 2.500 soldados en Irak.", "deployment", "USA", "IRQ"),  # presence by possession
    ("Las tropas rusas invadieron Ucrania en febrero de 2022.", "deployment", "RUS", "UKR"),  # entering
    ("Un convoy militar ruso se dirigía a Ucrania.", "deployment", "RUS", "UKR"),  # on the way
    ("Turquía compró sistemas antimisiles rusos S-400.", "alliance", "RUS", "TUR"),  # purchase from a state
    ("China y Rusia realizaron patrullas aéreas conjuntas sobre el mar de Japón.", "alliance", "CHN", "RUS"),
    ("Estados Unidos lanzó una dura advertencia a Irán.", "warning", "USA", "IRN"),  # the noun, addressed
    ("El jefe de la diplomacia europea advirtió a Rusia de nuevas sanciones.", "warning", "EU", "RUS"),
])
def test_third_pass_more_constructions(text, kind, source, other):
    assert_event(ES, text, kind, source, other)


@pytest.mark.parametrize("text", [
    "Los buques mercantes navegan por el estrecho de Ormuz.",
    "El avión de pasajeros sobrevoló la ciudad antes de aterrizar.",
    "Los soldados entraron en el cuartel tras la ceremonia.",
    "El ministro se dirigía a Madrid para la reunión.",
    "Corea del Sur compró 40 aviones de combate F-35.",  # a purchase with no seller named
    "El Kremlin advirtió a la Alianza Atlántica contra la expansión hacia el este.",  # names NATO: no alliance
])
def test_third_pass_more_no_events(text):
    events = ES.extract(text).events
    assert all(e.type == "warning" for e in events), [(e.type, e.trigger.text) for e in events]


def test_third_pass_arms_control_treaty_is_no_alliance():
    assert ES.events("Rusia suspendió su participación en el tratado New START sobre armas nucleares.", "alliance") == []


@pytest.mark.parametrize("text, source, target", [
    ("Tropas estadounidenses y filipinas participan en las maniobras Balikatan.", "USA", "PHL"),
    ("La India y Francia llevan a cabo un ejercicio aéreo conjunto.", "IND", "FRA"),
])
def test_third_pass_exercises_named_alone(text, source, target):
    assert_event(ES, text, "alliance", source, target)


@pytest.mark.parametrize("text", [
    "Los alumnos hicieron ejercicios de matemáticas.",
    "El Gobierno realizó maniobras políticas para aprobar la ley.",
])
def test_third_pass_manoeuvres_that_are_no_drills(text):
    assert ES.events(text, "alliance") == []


def test_third_pass_summons_announced_for_later_is_planned():
    assert_event(ES, "España convocará al embajador argentino para pedir explicaciones.", "warning", "ESP", "ARG", "planned")
    assert_event(ES, "España convocó al embajador argentino para pedir explicaciones.", "warning", "ESP", "ARG", "asserted")
    # a past summons reported with "anunció" stays asserted
    assert ES.first_event("Exteriores convocó al embajador ruso, anunció el ministerio.", "warning").modality == "asserted"


@pytest.mark.parametrize("text, source, target", [
    ("En Minsk, Lavrov advirtió que Rusia responderá a cualquier expansión de la OTAN.", "RUS", "NATO"),
    ("Rutte advirtió en Vilna que la OTAN responderá con firmeza a cualquier ataque ruso.", "NATO", "RUS"),
])
def test_third_pass_where_the_speaker_spoke_is_not_the_target(text, source, target):
    assert_event(ES, text, "warning", source, target, "asserted")


@pytest.mark.parametrize("text, source", [
    ("Maduro advirtió a Guyana de graves consecuencias.", "VEN"),
    ("Borrell advirtió a Rusia de nuevas sanciones.", "EU"),
])
def test_third_pass_officials_named_alone(text, source):
    assert_event(ES, text, "warning", source)


def test_third_pass_accused_act_is_alleged():
    assert_event(ES, "La ONU acusa a Ruanda de apoyar militarmente al M23.", "alliance", "RWA", None, "hypothetical")
    # protesting another party's deployment: the deployment is the other party's
    assert_event(ES, "Kiev protestó por el despliegue de tropas rusas en Bielorrusia.", "deployment", "RUS", "BLR")


def test_third_pass_a_force_word_inside_another_noun_names_no_forces():
    assert ES.events("Un analista militar fue enviado a Kiev para informar sobre la guerra.", "deployment") == []


@pytest.mark.parametrize("text, source", [
    ("La FANB desplegó 5.000 efectivos militares en la frontera con Colombia.", "VEN"),
    ("El Comando Sur envió un buque de guerra al Caribe.", "USA"),
])
def test_third_pass_armed_forces_named_by_their_institution(text, source):
    assert_event(ES, text, "deployment", source)


# --- issue 13, fourth pass: general forms of each clause of EVENTS.md (our own sentences) ----------

@pytest.mark.parametrize("text, source, location", [
    ("Según Washington, armas estadounidenses de largo alcance serán estacionadas en Alemania desde 2027.", "USA", "DEU"),
    ("Italia mandará más cascos azules al Líbano.", "ITA", "LBN"),
    ("Un batallón español tomó posiciones en Eslovaquia.", "ESP", "SVK"),
    ("El ejército turco entró con blindados en el norte de Siria.", "TUR", "SYR"),
    ("Rusia movió miles de hombres hacia Kursk.", "RUS", "RUS"),
])
def test_fourth_pass_deployment_forms(text, source, location):
    assert_event(ES, text, "deployment", source, location)


def test_fourth_pass_troops_contributed_to_a_mission():
    assert_event(ES, "España aporta 600 militares a la misión de la OTAN en Letonia.", "deployment", "ESP", "LVA")


@pytest.mark.parametrize("text, source, location", [
    ("China comenzó el lunes unos ejercicios militares alrededor de Taiwán.", "CHN", "TWN"),
    ("Corea del Norte realizó nuevas maniobras militares.", "PRK", "PRK"),  # held at home
])
def test_fourth_pass_one_army_exercises_are_a_show_of_force_not_an_alliance(text, source, location):
    assert_event(ES, text, "deployment", source, location)
    assert ES.events(text, "alliance") == []


def test_fourth_pass_exercises_of_two_parties_stay_an_alliance():
    ev = ES.first_event("Japón y Filipinas realizan ejercicios navales en el mar de China Meridional.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"JPN", "PHL"}


@pytest.mark.parametrize("text", [
    "La empresa desplegó una nueva versión de su aplicación.",
    "El ministro apostó por el diálogo con la oposición.",
    "Miles de hombres y mujeres marcharon por el centro de Madrid.",
])
def test_fourth_pass_no_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, target", [
    ("Pekín prometió una respuesta contundente a cualquier provocación de Taiwán.", "CHN", "TWN"),
    ("Teherán responderá con firmeza a cualquier agresión de Estados Unidos, afirmó el canciller iraní.", "IRN", "USA"),
])
def test_fourth_pass_firm_answers_are_warnings(text, source, target):
    assert_event(ES, text, "warning", source, target, "asserted")


def test_fourth_pass_reserving_the_right_to_respond_is_a_warning():
    assert_event(ES, "Rusia se reserva el derecho a responder a la ampliación de la OTAN.", "warning", "RUS")


@pytest.mark.parametrize("text, pair", [
    ("Soldados españoles y lituanos se entrenan juntos en Lituania.", {"ESP", "LTU"}),
    ("España y Portugal acordaron una cooperación más estrecha en materia de defensa.", {"ESP", "PRT"}),
    ("Rusia y Corea del Norte firmaron un tratado de asistencia mutua.", {"RUS", "PRK"}),
    ("Suecia se convirtió en miembro de pleno derecho de la OTAN.", {"SWE", "NATO"}),
])
def test_fourth_pass_alliance_forms(text, pair):
    ev = ES.first_event(text, "alliance")
    assert {code(ev.source), code(ev.target)} == pair


def test_fourth_pass_support_with_munitions_is_military_aid():
    assert_event(ES, "Washington apoya a Israel con municiones y sistemas de defensa aérea.", "alliance", "USA", "ISR")


@pytest.mark.parametrize("text, source, location", [
    ("Unos 400 militares italianos se encuentran actualmente en Rumanía.", "ITA", "ROU"),
    ("Fragatas rusas hicieron escala en Tartus.", "RUS", "SYR"),
    ("Canadá lidera el grupo de combate de la OTAN en Letonia.", "CAN", "LVA"),
    ("Los Guardianes de la Revolución están presentes en Irak.", "IRN", "IRQ"),
    ("Francia cuenta todavía con 1.500 soldados en Yibuti.", "FRA", "DJI"),
])
def test_fourth_pass_presence_port_calls_and_battlegroups(text, source, location):
    assert_event(ES, text, "deployment", source, location)


def test_fourth_pass_a_presence_reinforced():
    assert_event(ES, "La OTAN reforzó de nuevo su presencia en Polonia.", "deployment", "NATO", "POL")


def test_fourth_pass_capital_names_its_government():
    assert_event(ES, "Madrid convocó al embajador ruso tras la violación del espacio aéreo.", "warning", "ESP", "RUS")


def test_fourth_pass_football_club_is_no_actor():
    result = ES.extract("El Real Madrid anunció que el equipo viajará a Roma el martes.")
    assert result.statements, "the club's announcement is a statement"
    assert code(result.statements[0].speaker_actor) != "ESP"


def test_fourth_pass_basing_agreement_and_training_pilots_are_alliances():
    ev = ES.first_event("Washington y Varsovia firmaron un acuerdo sobre el estacionamiento de soldados estadounidenses.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"USA", "POL"}
    assert_event(ES, "Bélgica formará a pilotos ucranianos.", "alliance", "BEL", "UKR")


@pytest.mark.parametrize("text, source, target", [
    ("Chile presentó una nota de protesta ante Bolivia por las maniobras en la frontera.", "CHL", "BOL"),
    ("China anunció medidas recíprocas contra las sanciones de la Unión Europea.", "CHN", "EU"),
])
def test_fourth_pass_protest_notes_and_reciprocal_measures_are_warnings(text, source, target):
    assert_event(ES, text, "warning", source, target, "asserted")


def test_fourth_pass_every_means_against_nothing_hostile_is_no_warning():
    assert ES.events("El Gobierno usará todos los medios a su alcance para bajar el precio del pan.", "warning") == []


@pytest.mark.parametrize("text, source", [
    ("Washington aprobó un nuevo paquete de armas para Taiwán.", "USA"),
    ("España enviará a Ucrania un nuevo lote de material militar.", "ESP"),
    ("India firmó un contrato con Francia para la compra de cazas.", "IND"),
    ("El Parlamento aprobó por fin la entrada de Suecia en la OTAN.", "SWE"),
])
def test_fourth_pass_arms_packages_sending_purchases_and_entry_are_alliances(text, source):
    assert_event(ES, text, "alliance", source)


def test_fourth_pass_demanded_guarantees_are_no_alliance():
    assert ES.events("Rusia exige garantías de seguridad a la OTAN.", "alliance") == []


def test_fourth_pass_reporting_conditional_is_hypothetical():
    assert_event(ES, "Según la inteligencia ucraniana, Rusia habría trasladado tropas a Bielorrusia.", "deployment",
                 "RUS", "BLR", "hypothetical")


def test_fourth_pass_possessive_on_the_forces_names_their_owner():
    assert_event(ES, "El Ministerio de Defensa ruso dijo que sus tropas desplegadas en Siria están a salvo.",
                 "deployment", "RUS", "SYR")


@pytest.mark.parametrize("text, source", [
    ("Berlín pone a disposición de Kiev más sistemas Patriot.", "DEU"),
    ("Estados Unidos arma a las milicias kurdas en Siria.", "USA"),
])
def test_fourth_pass_arms_at_disposal_and_arming_militias(text, source):
    assert_event(ES, text, "alliance", source)


@pytest.mark.parametrize("text", [
    "Kiev pidió a sus aliados que envíen más tropas a la frontera con Bielorrusia.",
    "Si Rusia desplegara misiles en Cuba, Washington respondería.",
    "Miles de soldados rusos fueron concentrados en la frontera con Ucrania.",
])
def test_fourth_pass_subjunctive_and_participle_forms(text):
    assert ES.events(text, "deployment")


@pytest.mark.parametrize("text", [
    "Miles de personas se concentraron frente al Congreso.",
    "El Gobierno concentrará sus esfuerzos en la economía.",
])
def test_fourth_pass_gatherings_and_efforts_are_no_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("verb", ["advertiría", "previno", "avisó"])
def test_fourth_pass_warning_verb_forms(verb):
    assert_event(ES, f"Rusia {verb} a Polonia contra cualquier provocación militar.", "warning", "RUS", "POL")


@pytest.mark.parametrize("verb", ["entregaría", "cederá", "transferirá", "facilitó", "dona"])
def test_fourth_pass_supply_verb_forms(verb):
    assert_event(ES, f"Alemania {verb} tanques a Ucrania.", "alliance", "DEU", "UKR")


@pytest.mark.parametrize("verb", ["entró en", "entrará en", "se incorpora a"])
def test_fourth_pass_joining_verb_forms(verb):
    assert_event(ES, f"Suecia {verb} la OTAN.", "alliance", "SWE", "NATO")


@pytest.mark.parametrize("text, source", [
    ("Rusia realiza maniobras con 100.000 soldados cerca de la frontera finlandesa.", "RUS"),
    ("Soldados polacos vigilan la frontera con Bielorrusia.", "POL"),
])
def test_fourth_pass_one_army_manoeuvres_and_border_watch(text, source):
    assert_event(ES, text, "deployment", source)


def test_fourth_pass_homework_exercises_are_nothing():
    assert ES.extract("Los alumnos hacen ejercicios de matemáticas.").events == []


def test_fourth_pass_a_company_threatening_layoffs_is_no_warning():
    assert ES.events("La empresa amenazó con despedir a 300 trabajadores.", "warning") == []


@pytest.mark.parametrize("text", [
    "Rusia concentró 100.000 soldados cerca de Ucrania.",
    "Rusia concentró 100.000 soldados en las inmediaciones de Ucrania.",
])
def test_fourth_pass_forces_near_a_neighbour_are_placed_there(text):
    # "near X" names where the forces are (core-en, issue 13 round 4); only a border phrase is the home side
    assert_event(ES, text, "deployment", "RUS", "UKR")


def test_fourth_pass_soldiers_among_the_victims_are_no_presence():
    assert ES.events("Dos militares españoles se encuentran entre las víctimas en Malí.", "deployment") == []


def test_fourth_pass_economic_cooperation_is_no_alliance():
    assert ES.events("China y Brasil acordaron reforzar su cooperación económica.", "alliance") == []
    ev = ES.first_event("Rusia e Irán acordaron reforzar su cooperación militar.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"RUS", "IRN"}


# --- Concept table (issue 13): our own sentences, one or more per clause of ../shared/EVENTS.md, in varied
# person, tense, voice and word order; assert_event first asserts the event exists, then its roles and modality.
# A row marked xfail is a known defect of a shared mechanism (named in its reason), strict: it fails once fixed.


@pytest.mark.parametrize("text, source, location, modality", [
    ('España despliega 300 soldados en Letonia.', 'ESP', 'LVA', 'asserted'),
    ('Estados Unidos envió refuerzos a Polonia.', 'USA', 'POL', 'asserted'),
    ('El Reino Unido ha enviado dos fragatas al mar Báltico.', 'GBR', None, 'asserted'),
    ('Madrid enviará aviones de combate a Estonia el próximo mes.', 'ESP', 'EST', 'planned'),
    ('Tanques británicos fueron trasladados a Estonia.', 'GBR', 'EST', 'asserted'),
    ('Turquía, miembro de la OTAN, desplegó drones en Libia.', 'TUR', 'LBY', 'asserted'),
    ('Polonia envía soldados a su frontera con Bielorrusia.', 'POL', 'POL', 'asserted'),
    ('Canadá va a desplegar un batallón en Letonia.', 'CAN', 'LVA', 'planned'),
    ('El ministro anunció que Italia enviaría 200 militares a Letonia.', 'ITA', 'LVA', 'planned'),
    ('Rusia trasladó misiles Iskander a Kaliningrado.', 'RUS', 'RUS', 'asserted'),
    ('Desde 2017 hay soldados españoles estacionados en Letonia.', 'ESP', 'LVA', 'asserted'),
    ('Unos 2.500 soldados estadounidenses permanecen en Irak.', 'USA', 'IRQ', 'asserted'),
    ('Francia tiene una base militar en Yibuti.', 'FRA', 'DJI', 'asserted'),
    ('España mantiene un contingente de 500 soldados en Eslovaquia.', 'ESP', 'SVK', 'asserted'),
    ('La presencia de tropas estadounidenses en Siria preocupa a Damasco.', 'USA', 'SYR', 'asserted'),
    ('El despliegue de soldados franceses en Malí duró nueve años.', 'FRA', 'MLI', None),
    ('China puso a sus fuerzas armadas en alerta máxima.', 'CHN', 'CHN', 'asserted'),
    ('Japón ha puesto en alerta su defensa antiaérea.', 'JPN', 'JPN', 'asserted'),
    ('La OTAN refuerza su presencia en Rumanía.', 'NATO', 'ROU', 'asserted'),
    ('Rusia reforzó sus tropas en Crimea.', 'RUS', 'UKR', 'asserted'),
    ('Rusia concentró decenas de miles de soldados en la frontera ucraniana.', 'RUS', 'RUS', 'asserted'),
    ('Soldados estadounidenses llegaron a Noruega para unas maniobras.', 'USA', 'NOR', 'asserted'),
    ('Buques de guerra chinos navegaron frente a las costas de Taiwán.', 'CHN', None, 'asserted'),
    ('Aviones espía estadounidenses sobrevolaron el mar Negro.', 'USA', None, 'asserted'),
    ('Turquía envió asesores militares a Libia.', 'TUR', 'LBY', 'asserted'),
    ('Uruguay aporta cascos azules a la misión de la ONU en el Líbano.', 'URY', 'LBN', 'asserted'),
    ('España no enviará tropas terrestres a Ucrania.', 'ESP', 'UKR', 'negated'),
    ('Hungría se negó a enviar soldados a Ucrania.', 'HUN', 'UKR', 'negated'),
    ('El Kremlin negó la presencia de soldados rusos en Siria.', 'RUS', 'SYR', 'denied'),
    ('Desplegaremos tropas en Rumanía, dijo el ministro británico de Defensa.', 'GBR', 'ROU', 'planned'),
    ('Alemania instó a Francia a desplegar más soldados en Lituania.', 'FRA', 'LTU', None),
    ('Polonia pidió a Alemania que enviara soldados a Ucrania.', 'DEU', 'UKR', None),
    ('Francia intervino militarmente en Malí en 2013.', 'FRA', 'MLI', 'asserted'),
    ('La intervención militar francesa en Malí comenzó en enero de 2013.', 'FRA', 'MLI', 'asserted'),
    ('Los soldados estadounidenses destacados en Irak serán relevados.', 'USA', 'IRQ', None),
    ('Rusia movilizó a 300.000 reservistas.', 'RUS', 'RUS', 'asserted'),
    ('Estados Unidos movilizó dos buques de guerra hacia la península coreana.', 'USA', None, 'asserted'),
    ('Unos 300 efectivos españoles participan en la misión de la OTAN en Letonia.', 'ESP', 'LVA', 'asserted'),
    ('Las tropas estadounidenses con base en Alemania realizarán maniobras.', 'USA', 'DEU', None),
    ('El Reino Unido estableció una base militar en Chipre.', 'GBR', 'CYP', 'asserted'),
    ('India aporta 800 cascos azules a la misión de la ONU en Sudán del Sur.', 'IND', 'SSD', 'asserted'),
    ('Irán envía miembros de la Guardia Revolucionaria a Siria.', 'IRN', 'SYR', 'asserted'),
    ('Dinamarca también desplegó aviones de combate en Islandia.', 'DNK', 'ISL', 'asserted'),
    ('Ucrania acusa a Rusia de concentrar tropas en la frontera.', 'RUS', 'RUS', None),  # the accused acts
    ('Unos 1.500 militares franceses están desplegados en Malí.', 'FRA', 'MLI', 'asserted'),
    ('Rusia desplegó sistemas S-400 en Bielorrusia, según Minsk.', 'RUS', 'BLR', 'asserted'),
    ('Los bombarderos rusos fueron interceptados cerca de las costas de Alaska.', 'RUS', None, 'asserted'),
    ('Marruecos movilizó a su ejército en la frontera con Argelia.', 'MAR', 'MAR', 'asserted'),
    ('Venezuela desplegó 25.000 efectivos en la frontera con Colombia.', 'VEN', 'VEN', 'asserted'),
])
def test_concept_deployment(text, source, location, modality):
    assert_event(ES, text, "deployment", source, location, modality)


@pytest.mark.parametrize("text", [
    'Rusia retira sus tropas de Siria.',
    'Militares llenaron sacos de arena en Valencia durante las inundaciones.',
    'La nueva aplicación se desplegará en todos los ayuntamientos.',
    'La empresa envió 500 paquetes a Polonia.',
    'El ejército bombardeó posiciones rebeldes en el este.',
    'Indra fabricará más radares militares.',
    'La Guardia Civil desplegó agentes en torno al estadio.',
])
def test_concept_not_a_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, target, modality", [
    ('Rusia advirtió a la OTAN contra el despliegue de misiles en Polonia.', 'RUS', 'NATO', 'asserted'),
    ('China advirtió a Japón que no interfiera en la cuestión de Taiwán.', 'CHN', 'JPN', 'asserted'),
    ('El Kremlin amenazó con represalias si Finlandia ingresa en la OTAN.', 'RUS', 'FIN', 'asserted'),
    ('Irán amenaza a Israel con represalias.', 'IRN', 'ISR', 'asserted'),
    ('Turquía dio un ultimátum a Suecia.', 'TUR', 'SWE', 'asserted'),
    ('Washington dio un plazo a Teherán; de lo contrario, impondrá nuevas sanciones.', 'USA', 'IRN', 'asserted'),
    ('Moscú responderá al despliegue de misiles estadounidenses, dijo Lavrov.', 'RUS', 'USA', 'asserted'),
    ('Polonia convocó al embajador de Rusia.', 'POL', 'RUS', 'asserted'),
    ('La Cancillería argentina convocó al embajador chino.', 'ARG', 'CHN', 'asserted'),
    ('Corea del Norte advirtió a Corea del Sur que responderá a cualquier provocación.', 'PRK', 'KOR', 'asserted'),
    ('Pekín advierte a Estados Unidos de que Taiwán es una línea roja.', 'CHN', 'USA', 'asserted'),
    ('España convocará al embajador de Argelia.', 'ESP', 'DZA', 'planned'),
    ('Estados Unidos advirtió a Irán que pagaría un alto precio.', 'USA', 'IRN', 'asserted'),
    ('Israel advirtió que responderá con fuerza a cualquier ataque desde el Líbano.', 'ISR', None, 'asserted'),
    ('Estados Unidos amenazó a Venezuela con nuevas sanciones.', 'USA', 'VEN', 'asserted'),
    ('China dio un ultimátum a Filipinas para retirar su buque.', 'CHN', 'PHL', 'asserted'),
    ('Marruecos llamó a consultas a su embajadora en Madrid.', 'MAR', 'ESP', 'asserted'),
    ('El Gobierno español convocó al encargado de negocios de Israel.', 'ESP', 'ISR', 'asserted'),
])
def test_concept_warning(text, source, target, modality):
    assert_event(ES, text, "warning", source, target, modality)


@pytest.mark.parametrize("text", [
    'La Aemet advierte de tormentas fuertes en el sur.',
    'Los economistas advierten de una recesión en España.',
    'El Gobierno advirtió a sus ciudadanos que no viajen a Siria.',
    'Rusia es una amenaza para Europa, opinó el ministro.',
    'España condenó el ataque contra el buque.',
    'La policía advierte de los carteristas en el metro.',
    'El presidente convocó a los embajadores de la Unión Europea a una reunión en Madrid.',
    'La oposición amenazó con abandonar el Parlamento si no se aprueba la ley.',
    'El sindicato advirtió que convocará una huelga si el Gobierno no cede.',
    'El FMI advirtió que la economía argentina podría entrar en recesión.',
])
def test_concept_not_a_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source, target, modality", [
    ('Alemania entrega nuevos sistemas de defensa antiaérea a Ucrania.', 'DEU', 'UKR', None),
    ('Estados Unidos vendió armas a Taiwán por mil millones de dólares.', 'USA', 'TWN', None),
    ('Francia prometió ayuda militar a Armenia.', 'FRA', 'ARM', None),
    ('Ucrania recibió armas de Francia.', 'FRA', 'UKR', None),
    ('Suecia se unió a la OTAN.', 'SWE', 'NATO', None),
    ('Finlandia solicitó su adhesión a la OTAN.', 'FIN', 'NATO', None),
    ('Hungría ratificó la adhesión de Suecia a la OTAN.', 'SWE', 'NATO', None),
    ('Soldados estadounidenses y filipinos realizan ejercicios conjuntos.', 'USA', 'PHL', None),
    ('Polonia y Estados Unidos firmaron un acuerdo sobre bases militares.', 'POL', 'USA', None),
    ('Japón y Australia sellaron un pacto de defensa.', 'JPN', 'AUS', None),
    ('El Reino Unido entrena a soldados ucranianos.', 'GBR', 'UKR', None),
    ('España y la India reforzaron su cooperación militar.', 'ESP', 'IND', None),
    ('La ayuda militar estadounidense a Israel aumentará.', 'USA', 'ISR', None),
    ('Grecia compra aviones Rafale a Francia.', 'FRA', 'GRC', None),  # giver_prepositions on the buying group
    ('El suministro de armas españolas a Ucrania se reanudó.', 'ESP', 'UKR', None),
    ('Estados Unidos podrá usar cuatro bases militares más en Filipinas.', 'USA', 'PHL', None),
    ('Washington y Manila acordaron el acceso a nuevas bases militares.', 'USA', 'PHL', None),
])
def test_concept_alliance(text, source, target, modality):
    assert_event(ES, text, "alliance", source, target, modality)


@pytest.mark.parametrize("text", [
    'Francia y Alemania firmaron un acuerdo comercial.',
    'La UE aprobó nuevas sanciones contra Rusia.',
    'Los socialistas y los verdes forman una coalición.',
    'España expresó su apoyo diplomático a Ucrania.',
    'Noruega suministra gas a Alemania.',
])
def test_concept_not_a_alliance(text):
    assert ES.events(text, "alliance") == []


@pytest.mark.parametrize("text", [
    "Alemania instó a Francia a desplegar más soldados en Lituania.",
    "Polonia pidió a Alemania que enviara soldados a Ucrania.",
    "Lituania exigió a la OTAN que reforzara su presencia en el Báltico.",
])
def test_requested_deployment_is_not_asserted(text):
    ev = ES.first_event(text, "deployment")  # fails when the deployment is missing
    assert ev.modality == "hypothetical", (text, ev.modality)


@pytest.mark.parametrize("text, source, target, modality", [
    ("Ucrania ha recibido tanques del Reino Unido.", "GBR", "UKR", "asserted"),
    ("Ucrania recibió armas procedentes de Polonia.", "POL", "UKR", "asserted"),
    ("Taiwán recibirá misiles estadounidenses.", "USA", "TWN", "planned"),
])
def test_receiving_arms_goes_from_the_giver(text, source, target, modality):
    assert_event(ES, text, "alliance", source, target, modality)


def test_a_visit_received_is_no_alliance():
    assert ES.events("Ucrania recibió la visita del presidente francés.", "alliance") == []


def test_an_act_warned_against_is_hypothetical():
    ev = ES.first_event("Rusia advirtió contra cualquier despliegue de tropas de la OTAN en Ucrania.", "deployment")
    assert ev.modality == "hypothetical"


@pytest.mark.parametrize("text, source, location, modality", [
    ("Dos buques de guerra rusos atracaron en el puerto de La Habana.", "RUS", "CUB", "asserted"),
    ("La Armada rusa realizó patrullajes en el Caribe.", "RUS", None, "asserted"),
    ("El Pentágono ordenó el envío de un grupo de ataque a Oriente Medio.", "USA", None, None),
    ("Estados Unidos mantiene unos 900 militares en Siria.", "USA", "SYR", "asserted"),
    ("El Gobierno colombiano envió 2.000 uniformados a la frontera con Venezuela.", "COL", "COL", "asserted"),
])
def test_ships_patrols_and_strike_groups(text, source, location, modality):
    assert_event(ES, text, "deployment", source, location, modality)


@pytest.mark.parametrize("text", [
    "La policía intensificó los patrullajes en el centro de Madrid.",
    "El ferry atracó en el puerto de Ceuta.",
])
def test_police_patrols_and_ferries_are_no_deployment(text):
    assert ES.events(text, "deployment") == []


def test_a_threatened_deployment_is_hypothetical():
    assert_event(ES, "Turquía amenazó con enviar tropas a Siria.", "warning", "TUR", "SYR")
    assert_event(ES, "Turquía amenazó con enviar tropas a Siria.", "deployment", "TUR", "SYR", "hypothetical")


@pytest.mark.parametrize("text", [
    "El presidente advirtió que no permitirá más corrupción en su gobierno.",
    "La OTAN advierte de que Rusia es la mayor amenaza para la seguridad europea.",
    "El Gobierno amenazó con multas a las empresas que incumplan la ley.",
])
def test_domestic_threats_and_threat_assessments_are_no_warning(text):
    assert ES.events(text, "warning") == []


def test_a_threat_assessment_beside_a_promised_response_is_still_a_warning():
    assert_event(ES, "Rusia advirtió a la OTAN que cualquier despliegue en Finlandia será una amenaza y responderá.",
                 "warning", "RUS", "NATO")


# --- round 5: a table of our own sentences per clause of EVENTS.md (persons, tenses, passives, nominal
# forms, word orders), written before the lexicons were extended; other = target (warning, alliance) or location

@pytest.mark.parametrize("text, source, other, modality", [
    ("Rusia amenazó a Polonia con represalias si se instalan misiles estadounidenses en su territorio.", "RUS", "POL", None),
    ("Corea del Norte amenaza a Corea del Sur con un ataque nuclear.", "PRK", "KOR", None),
    ("Pekín advirtió a Washington de que tomará contramedidas.", "CHN", "USA", None),
    ("Irán advirtió a Israel contra cualquier ataque a sus instalaciones nucleares.", "IRN", "ISR", None),
    ("Estados Unidos ha advertido a Rusia de que pagará un alto precio.", "USA", "RUS", None),
    ("Francia amenazaba a Rusia con nuevas sanciones.", "FRA", "RUS", None),
    ("Turquía dio un ultimátum a Suecia.", "TUR", "SWE", None),
    ("China trazó una línea roja a Estados Unidos sobre Taiwán.", "CHN", "USA", None),
    ("Polonia convocó al encargado de negocios bielorruso para protestar por la violación de su espacio aéreo.", "POL", "BLR", None),
    ("Moscú prometió una respuesta si la OTAN despliega tropas en Finlandia.", "RUS", None, None),
    ("Rusia no se quedará de brazos cruzados, advirtió Lavrov.", "RUS", None, None),
    ("Washington amenaza a Teherán con graves consecuencias.", "USA", "IRN", None),
    ("El Kremlin amenazó con responder militarmente contra Ucrania.", "RUS", "UKR", None),
    ("Irán responderá con contundencia a cualquier agresión estadounidense, advirtió el ministro.", "IRN", "USA", None),
    ("Las amenazas de Estados Unidos contra Rusia aumentan.", "USA", "RUS", None),
    ("Pyongyang amenazó con atacar bases estadounidenses en Guam.", "PRK", "USA", None),
    ("Moscú advirtió que cualquier envío de armas será un objetivo legítimo.", "RUS", None, None),
    ("Washington advirtió a Moscú de consecuencias catastróficas si usa armas nucleares.", "USA", "RUS", None),
    ("Pekín denunció una provocación y prometió tomar represalias.", "CHN", None, None),
    ("Irán amenazó con cerrar el estrecho de Ormuz.", "IRN", None, None),
    ("Rusia advirtió a Finlandia de que adoptará medidas de represalia.", "RUS", "FIN", None),
    ("Argentina convocó al embajador británico en protesta por las maniobras militares.", "ARG", "GBR", None),
    ("Venezuela lanzó un ultimátum a Guyana.", "VEN", "GUY", None),
    ("Estados Unidos amenaza con endurecer las sanciones contra Cuba.", "USA", "CUB", None),
    ("Seúl advirtió a Pyongyang que responderá con firmeza a cualquier provocación.", "KOR", "PRK", None),
    ("Corea del Norte amenazó con una guerra total.", "PRK", None, None),
    ("El Kremlin advirtió que tomará medidas si Kiev sigue atacando.", "RUS", "UKR", None),
    ("Las amenazas de Corea del Norte preocupan a Japón.", "PRK", None, None),
    ("París no descarta una intervención militar contra el régimen.", "FRA", None, None),
    ("Washington dijo que todas las opciones están sobre la mesa frente a Irán.", "USA", "IRN", None),
    ("Ankara defenderá su frontera por todos los medios, advirtió Erdogan.", "TUR", None, None),
    ("Teherán juró vengarse de Estados Unidos.", "IRN", "USA", None),
    ("Moscú tomará medidas de represalia.", "RUS", None, None),
    ("Estados Unidos amenazó a Venezuela con nuevas sanciones.", "USA", "VEN", None),
    ("Washington endurecerá las sanciones contra Cuba si no libera a los presos políticos.", "USA", "CUB", None),
])
def test_round5_warnings(text, source, other, modality):
    assert_event(ES, text, "warning", source, other, modality)

@pytest.mark.parametrize("text", [
    "La Aemet activó la alerta naranja por tormentas en diez provincias.",
    "Los economistas advierten de una recesión en Europa.",
    "La policía advirtió a los conductores del hielo en las carreteras.",
    "Rusia es una amenaza para la seguridad de Europa, según el ministro.",
    "Madrid condenó enérgicamente el ataque.",
    "Rusia se siente amenazada por la ampliación de la OTAN.",
    "El grupo Wagner ha cometido abusos que amenazan la paz y la seguridad de la República Centroafricana.",
    "El lince ibérico es una especie amenazada.",
])
def test_round5_no_warning(text):
    assert ES.events(text, "warning") == []

@pytest.mark.parametrize("text, source, other, modality", [
    ("Estados Unidos despliega 3.000 soldados adicionales en Polonia.", "USA", "POL", "asserted"),
    ("Alemania ha estacionado una brigada acorazada en Lituania.", "DEU", "LTU", "asserted"),
    ("Reino Unido envió aviones de combate a Estonia.", "GBR", "EST", "asserted"),
    ("Rusia mandó miles de soldados a Bielorrusia.", "RUS", "BLR", "asserted"),
    ("Estados Unidos desplegará misiles de crucero en Alemania a partir de 2026.", "USA", "DEU", "planned"),
    ("España refuerza su contingente en Letonia.", "ESP", "LVA", "asserted"),
    ("España enviará una compañía de 300 militares a Letonia el próximo año.", "ESP", "LVA", "planned"),
    ("Aviones de combate adicionales fueron desplegados en Japón por Estados Unidos.", "USA", "JPN", "asserted"),
    ("El despliegue de tropas rusas en Ucrania preocupa a la OTAN.", "RUS", "UKR", "asserted"),
    ("El estacionamiento de misiles estadounidenses en Alemania genera polémica.", "USA", "DEU", "asserted"),
    ("Unos 35.000 soldados estadounidenses están estacionados en Alemania.", "USA", "DEU", "asserted"),
    ("China puso a sus fuerzas armadas en alerta.", "CHN", "CHN", "asserted"),
    ("Corea del Norte puso a su ejército en máxima alerta.", "PRK", None, "asserted"),
    ("La Armada estadounidense envió un portaaviones al mar de China Meridional.", "USA", None, "asserted"),
    ("La presencia militar rusa en Siria se mantiene.", "RUS", "SYR", "asserted"),
    ("España ha reforzado su presencia militar en el Mediterráneo oriental.", "ESP", None, "asserted"),
    ("Londres anunció que enviaría soldados a Polonia.", "GBR", "POL", "planned"),
    ("Buques de guerra chinos patrullaron cerca de Taiwán.", "CHN", "TWN", "asserted"),
    ("Rusia no enviará tropas a la frontera con Finlandia.", "RUS", None, "negated"),
    ("Alemania se niega a enviar tropas terrestres a Ucrania.", "DEU", "UKR", "negated"),
    ("Israel movilizó a decenas de miles de reservistas.", "ISR", None, "asserted"),
    ("Refuerzos rusos llegaron a Bielorrusia para unas maniobras.", "RUS", "BLR", "asserted"),
    ("Tropas turcas entraron en el norte de Irak.", "TUR", "IRQ", "asserted"),
    ("Bombarderos rusos sobrevolaron el mar Báltico.", "RUS", None, "asserted"),
    ("Unos 2.500 militares estadounidenses permanecen en Irak.", "USA", "IRQ", "asserted"),
    ("El Pentágono ordenó el despliegue de 2.000 marines en Oriente Medio.", "USA", None, "asserted"),
    ("El Pentágono enviará 1.500 soldados más a la frontera con México.", "USA", None, None),
    ("Dos bombarderos rusos aterrizaron en Caracas.", "RUS", "VEN", None),
    ("Las tropas estadounidenses permanecerán en Irak.", "USA", "IRQ", None),
    ("Rusia trasladó tropas a la frontera.", "RUS", None, None),
    ("Colombia envió militares a la zona fronteriza.", "COL", None, None),
    ("Un destructor estadounidense navegó por el estrecho de Taiwán.", "USA", None, None),
    ("Estados Unidos planea desplegar más tropas en Polonia.", "USA", "POL", "planned"),
    ("El Pentágono dijo que enviaría 2.000 soldados a Polonia.", "USA", "POL", "planned"),
    ("Rusia podría desplegar armas nucleares en Bielorrusia.", "RUS", "BLR", "hypothetical"),
    ("Si la OTAN se expande, Rusia desplegará misiles en Bielorrusia.", "RUS", "BLR", "conditional"),
    ("Alemania descartó enviar tropas a Ucrania.", "DEU", "UKR", "negated"),
    ("El Kremlin negó que haya tropas rusas en Ucrania.", "RUS", "UKR", "denied"),
    ("Washington anunció que desplegará una brigada en Polonia el próximo mes.", "USA", "POL", "planned"),
    ("Buques de guerra rusos navegan frente a las costas de Siria.", "RUS", "SYR", None),
    ("Rusia envió tropas al este de Ucrania.", "RUS", "UKR", None),
    ("Estados Unidos desplegó buques de guerra en aguas del mar de China Meridional.", "USA", None, None),
    ("Aviones de combate rusos realizaron vuelos sobre Siria.", "RUS", "SYR", None),
    ("La presencia de tropas estadounidenses en Polonia será reforzada.", "USA", "POL", None),
    ("El contingente español en Letonia cuenta con 600 militares.", "ESP", "LVA", None),
    ("Washington instó a Alemania a desplegar más tropas en Lituania.", "DEU", None, None),
    ("Japón envió buques mientras Estados Unidos movilizaba tropas.", "JPN", None, None),
    ("Las tropas estadounidenses en Irak fueron atacadas con cohetes.", "USA", "IRQ", None),
    ("Los militares españoles en Letonia celebraron la Navidad.", "ESP", "LVA", None),
    ("En la base de Ramstein están estacionados soldados estadounidenses.", "USA", "DEU", None),
])
def test_round5_deployments(text, source, other, modality):
    assert_event(ES, text, "deployment", source, other, modality)

@pytest.mark.parametrize("text", [
    "El ejército español se retira de Afganistán.",
    "Los soldados llenaron sacos de arena en las zonas inundadas.",
    "El despliegue de la red 5G avanza en todo el país.",
    "Navantia fabrica más fragatas para la exportación.",
    "Las fuerzas políticas en España debaten el presupuesto.",
])
def test_round5_no_deployment(text):
    assert ES.events(text, "deployment") == []

@pytest.mark.parametrize("text, source, other, modality", [
    ("Finlandia se unió a la OTAN.", "FIN", "NATO", None),
    ("Suecia se convirtió en miembro de la OTAN en marzo.", "SWE", "NATO", None),
    ("La adhesión de Suecia a la OTAN fue aprobada por el parlamento húngaro.", "SWE", "NATO", None),
    ("Alemania entrega nuevos sistemas de defensa antiaérea a Ucrania.", "DEU", "UKR", None),
    ("Estados Unidos anunció nuevos envíos de armas a Ucrania.", "USA", "UKR", None),
    ("La ayuda militar estadounidense a Ucrania asciende a miles de millones.", "USA", "UKR", None),
    ("Estados Unidos y Corea del Sur iniciaron maniobras conjuntas.", "USA", "KOR", None),
    ("Rusia y China realizan ejercicios navales conjuntos en el mar de Japón.", "RUS", "CHN", None),
    ("Francia e India firmaron un acuerdo de defensa.", "FRA", "IND", None),
    ("Reino Unido entrena a soldados ucranianos.", "GBR", "UKR", None),
    ("Francia vendió fragatas a Grecia.", "FRA", "GRC", None),
    ("Washington aprobó una venta de armas a Taiwán.", "USA", "TWN", None),
    ("Irán habría suministrado drones a Rusia.", "IRN", "RUS", None),
    ("El suministro de armas de Estados Unidos a Ucrania continúa.", "USA", "UKR", None),
    ("Cuba envió armamento a Corea del Norte.", "CUB", "PRK", None),
    ("Estados Unidos proporcionó a los rebeldes sirios equipamiento militar.", "USA", None, None),
    ("Washington aprobó la venta de bombas de precisión a Israel.", "USA", "ISR", None),
    ("España ingresó en la OTAN en 1982.", "ESP", "NATO", None),
    ("China y Pakistán celebraron ejercicios militares conjuntos.", "CHN", "PAK", None),
    ("Turquía compró el sistema antimisiles ruso S-400.", "RUS", "TUR", None),
    ("Estados Unidos entregará nuevos tanques a Ucrania.", "USA", "UKR", "planned"),
    ("Ucrania aspira a ingresar en la OTAN.", "UKR", "NATO", "planned"),
    ("España entrena a militares ucranianos en Toledo.", "ESP", None, None),
    ("Rusia entregó helicópteros de combate a Malí.", "RUS", "MLI", None),
    ("Washington aprobó un nuevo paquete de ayuda militar de 400 millones de dólares para Kiev.", "USA", "UKR", None),
    ("Madrid y París firmaron un acuerdo de defensa.", "ESP", "FRA", None),
    ("Rusia y Bielorrusia organizan ejercicios militares conjuntos.", "RUS", "BLR", None),
    ("Suecia se incorporó oficialmente a la Alianza Atlántica.", "SWE", "NATO", None),
    ("La adhesión de Finlandia a la OTAN se completó en abril.", "FIN", "NATO", None),
    ("El suministro de armas estadounidenses a Ucrania continúa.", "USA", "UKR", None),
    ("La adhesión de Suecia a la OTAN se completó en marzo.", "SWE", "NATO", None),
])
def test_round5_alliances(text, source, other, modality):
    assert_event(ES, text, "alliance", source, other, modality)

@pytest.mark.parametrize("text", [
    "La UE y Japón firmaron un acuerdo de libre comercio.",
    "El PSOE y Sumar formaron una coalición de gobierno.",
    "La UE adoptó nuevas sanciones contra Rusia.",
])
def test_round5_no_alliance(text):
    assert ES.events(text, "alliance") == []



def test_the_adversary_of_a_coalition_is_no_partner():
    # events.adversary_before: the party after "gegen / contre / contra" is fought, not allied with (as en "against")
    ev = ES.first_event('Francia participa en la coalición internacional contra el Estado Islámico.', "alliance")
    assert code(ev.source) == "FRA"
    assert code(ev.target) != "ISIS"


# --- round 6: concept inventory (our own sentences, written before the lexicon changes) -------------

@pytest.mark.parametrize("text, source, other", [
    # the forces as a clitic object of a forces-only verb
    ("Los misiles Iskander llegaron en marzo. Rusia los ha desplegado en Kaliningrado.", "RUS", "RUS"),
    # a host of foreign forces is their place, in every tense
    ("Polonia acogerá tropas estadounidenses de forma permanente.", "USA", "POL"),
    ("Moscú despachó paracaidistas a Kazajistán.", "RUS", "KAZ"),
    ("La armada china patrulla el estrecho de Taiwán.", "CHN", None),
])
def test_round6_deployments(text, source, other):
    assert_event(ES, text, "deployment", source, other)


@pytest.mark.parametrize("text, source", [
    ("Turquía ha dado un plazo de 72 horas a las milicias kurdas.", "TUR"),
    ("Estados Unidos fijó un plazo a Irán para responder.", "USA"),
])
def test_round6_deadlines_are_warnings(text, source):
    assert_event(ES, text, "warning", source)


@pytest.mark.parametrize("text", [
    # combat by itself is no standing presence
    "Las tropas rusas atacaron Járkov durante la noche.",
    # drills of nobody named
    "Un soldado murió en un accidente durante unas maniobras militares.",
])
def test_round6_no_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, kind, source", [
    ("Moscú tomará medidas recíprocas contra la UE.", "warning", "RUS"),
    ("Pyongyang blandió la amenaza de un ataque nuclear contra Seúl.", "warning", "PRK"),
    ("Rusia arma a los separatistas del Donbás.", "alliance", "RUS"),
    ("Los primeros F-16 fueron entregados a Ucrania por Dinamarca.", "alliance", "DNK"),
    ("Las fuerzas estadounidenses e iraquíes llevan a cabo operaciones conjuntas contra el EI.", "alliance", "USA"),
    ("China hizo despegar cazas sobre el estrecho de Taiwán.", "deployment", "CHN"),
    ("Venezuela militarizó la frontera con Colombia.", "deployment", "VEN"),
])
def test_round6_concepts(text, kind, source):
    assert_event(ES, text, kind, source)


@pytest.mark.parametrize("text, kind", [
    ("La policía y la Guardia Civil realizaron operaciones conjuntas contra el narcotráfico.", "alliance"),
    ("Los vehículos fueron entregados a los compradores en marzo.", "alliance"),
    ("El cártel amenazó a los periodistas locales.", "warning"),
    ("Los manifestantes amenazaron con bloquear las carreteras.", "warning"),
])
def test_round6_not_events(text, kind):
    assert ES.events(text, kind) == []


@pytest.mark.parametrize("text", [
    # the noun "amenaza(s)" as a threat assessment, with nothing threatened (EVENTS.md: not a warning); the strict
    # rule that read these right lost a held-back warning (news es held-back .539 -> .493) and was left out
    "Irak enfrenta amenazas crecientes de las milicias.",
    "Las amenazas a la seguridad nacional de Estados Unidos han cambiado.",
    "El informe analiza las amenazas cibernéticas de Rusia y China.",
])
@pytest.mark.xfail(reason="threat assessments by the bare noun still read as warnings (see es events.toml)", strict=True)
def test_round6_threat_assessment_is_no_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source", [
    ("Moscú amenaza a Kiev con represalias.", "RUS"),
    ("Las amenazas de Corea del Norte contra Corea del Sur se multiplican.", "PRK"),
    ("Ankara amenaza a Atenas con la guerra.", "TUR"),
])
def test_round6_threats_with_a_consequence_or_an_aim(text, source):
    assert_event(ES, text, "warning", source)


def test_round6_buying_from_a_seller_after_a():
    assert_event(ES, "Venezuela adquirió aviones Sujói a Rusia.", "alliance", "RUS", "VEN")
    assert ES.events("Alemania compra gas a Noruega.", "alliance") == []


# --- round 7: concept inventory (our own sentences, written before the lexicon changes) -------------

@pytest.mark.parametrize("text, source, target", [
    # a threat issued as a noun with its verb
    ("Turquía lanzó una amenaza a Suecia: no aprobará su adhesión si no extradita a los militantes kurdos.", "TUR", "SWE"),
    # not ruled out / ready to use force, in other persons and verbs than "no descarta"
    ("El Gobierno israelí no excluye una intervención militar en el Líbano.", "ISR", "LBN"),
    ("El presidente ruso dijo que está dispuesto a usar armas nucleares si la OTAN interviene.", "RUS", "NATO"),
    # an assessment elsewhere in the sentence does not hide the verb of threatening
    ("El Kremlin amenazó a los países bálticos, a los que acusó de ser una amenaza para Rusia.", "RUS", None),
    ("Irán advirtió a Estados Unidos de que cualquier agresión, que considera una amenaza para la región, "
     "tendrá un alto precio.", "IRN", "USA"),
    # the options on the table with words between (the speaker is not resolved: no source asked)
    ("Según el ministro, todas las opciones, incluida la militar, están sobre la mesa frente a Irán.", None, "IRN"),
])
def test_round7_warning_concepts(text, source, target):
    ev = ES.first_event(text, "warning")  # fails when the warning is missing
    assert code(ev.source) == source
    if target is not None:
        assert code(ev.target) == target


@pytest.mark.parametrize("text", [
    "Rusia es una amenaza para la seguridad de Europa, dijo el ministro.",
    "El ministro advirtió de que el terrorismo es una amenaza para la región.",
    "Rusia considera que las armas nucleares estadounidenses en Europa desestabilizan la región.",
    "El gobierno estudia una operación militar de rescate de ciudadanos en Sudán.",
    "El precio del petróleo subirá, advirtió el ministro de Energía.",
])
def test_round7_no_warning(text):
    assert ES.events(text, "warning") == []


def test_round7_escorting_warships_are_deployed():
    assert_event(ES, "Dos fragatas españolas escoltan a los petroleros en el golfo Pérsico.", "deployment", "ESP")
    assert ES.events("La policía escoltó al presidente hasta el aeropuerto.", "deployment") == []


@pytest.mark.parametrize("text, kind, source, other", [
    # weapons, missiles and drones sent to another state are a supply (EVENTS.md), read instead of a deployment; tanks
    # go both ways (to Ukraine a supply, to Latvia a forward presence) and are left out
    ("Alemania envía municiones y misiles antitanque a Ucrania.", "alliance", "DEU", "UKR"),
    ("España ha enviado misiles antiaéreos a Ucrania.", "alliance", "ESP", "UKR"),
    ("Irán envía drones Shahed a Rusia.", "alliance", "IRN", "RUS"),
    # people, nuclear arms under the sender's command, or tanks sent to a border stay deployments
    ("España envía soldados y tanques a Letonia.", "deployment", "ESP", "LVA"),
    ("Rusia trasladó armas nucleares a Bielorrusia.", "deployment", "RUS", "BLR"),
    ("Rusia envía tanques a la frontera ucraniana.", "deployment", "RUS", None),
])
def test_round7_supply_or_deployment(text, kind, source, other):
    assert_event(ES, text, kind, source, other)
    other_kind = "deployment" if kind == "alliance" else "alliance"
    assert ES.events(text, other_kind) == []  # the same words read once


def test_round7_arms_sent_back_are_no_supply():
    assert ES.events("Las armas viejas serán enviadas de vuelta a Cuba tras su reparación en Panamá.", "alliance") == []


def test_round7_arms_control_and_political_support_are_no_alliance():
    text = ("Estados Unidos vendió aviones F-16 a Taiwán. Los analistas critican lo impreciso del acuerdo de "
            "desnuclearización con Corea del Norte. El presidente recibió apoyo político en el Congreso.")
    found = ES.events(text, "alliance")
    assert found, text  # the sale is told
    assert [e.trigger.text for e in found] == ["vendió"]  # the deal and the support echo nothing


def test_round7_what_is_received_follows_the_verb():
    assert ES.events("Los militares españoles en Letonia recibieron la visita de la ministra de Defensa.", "alliance") == []
    assert_event(ES, "Ucrania recibió misiles Patriot de Alemania.", "alliance", "DEU", "UKR")
    assert_event(ES, "Los tanques recibidos de Alemania ya están en el frente ucraniano.", "alliance", "DEU")


def test_round7_summoning_a_woman_ambassador():
    assert_event(ES, "El Gobierno español citó a la embajadora de Israel para pedir explicaciones.", "warning", "ESP", "ISR")
    assert ES.events("El juez citó a la testigo para el lunes.", "warning") == []


def test_round7_armour_advancing_on_a_place():
    assert_event(ES, "Columnas de blindados rusos avanzan hacia Kiev.", "deployment", "RUS", "UKR")
    assert ES.events("Las negociaciones avanzan hacia un acuerdo, según Madrid.", "deployment") == []


@pytest.mark.parametrize("text, source, receiver, modality", [
    # tanks sent to a state are an arms supply (EVENTS.md: alliance)
    ("España envía tanques a Ucrania.", "ESP", "UKR", "asserted"),
    ("Alemania enviará carros de combate Leopard a Ucrania.", "DEU", "UKR", "planned"),
    ("El Gobierno polaco ha enviado tanques a Ucrania.", "POL", "UKR", "asserted"),
])
def test_round9_tanks_sent_to_a_state_are_a_supply(text, source, receiver, modality):
    assert_event(ES, text, "alliance", source, receiver, modality)
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, location", [
    ("Estados Unidos envía soldados y tanques a Polonia.", "USA", "POL"),
    ("Rusia envió tanques a la frontera con Ucrania.", "RUS", "RUS"),
    # tanks moved (trasladar) are forces moved, no supply
    ("Tanques británicos fueron trasladados a Estonia.", "GBR", "EST"),
])
def test_round9_tanks_with_their_forces_stay_a_deployment(text, source, location):
    assert_event(ES, text, "deployment", source, location)


@pytest.mark.parametrize("text, modality", [
    # a threatened act has not happened; a threat answered does not make the answer hypothetical
    ("La amenaza de Rusia de desplegar misiles en Bielorrusia preocupa a Polonia.", "hypothetical"),
    ("Las amenazas de China de enviar buques de guerra cerca de Taiwán inquietan a Japón.", "hypothetical"),
    ("Ante la amenaza de Rusia, Polonia desplegó tropas en la frontera con Bielorrusia.", "asserted"),
])
def test_round9_threat_noun_modality(text, modality):
    ev = ES.first_event(text, "deployment")
    assert ev.modality == modality, (text, ev.modality)


@pytest.mark.parametrize("text, source, location", [
    # a standing presence told in a sentence about its end or its framework stays a deployment
    ("Los 2.500 soldados estadounidenses que siguen en Irak se retirarán el próximo año.", "USA", "IRQ"),
    ("Los militares españoles desplegados en Malí en el marco de la cooperación militar son 300.", "ESP", "MLI"),
])
def test_round9_presence_told_beside_its_end_or_framework(text, source, location):
    assert_event(ES, text, "deployment", source, location)


@pytest.mark.parametrize("text", [
    "La retirada de las tropas estacionadas en Irak ha concluido.",
    "España refuerza su cooperación con Marruecos.",
])
def test_round9_withdrawal_and_cooperation_move_nothing(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, target", [
    # the party's own attack held open by its infinitive, every option held open
    ("Israel no descarta atacar las instalaciones nucleares de Irán.", "ISR", "IRN"),
    ("Washington no descarta ninguna opción contra Venezuela.", "USA", "VEN"),
    ("Corea del Norte está dispuesta a atacar a Estados Unidos, dijo el portavoz.", "PRK", "USA"),
    # an endangered good or a feeling of threat in another comma part does not undo the warning
    ("El ministro advirtió a Irán, cuyo programa nuclear amenaza la estabilidad regional, de que habrá consecuencias.",
     None, "IRN"),
    ("Corea del Norte, que se siente amenazada por las maniobras, amenazó con un ataque nuclear.", "PRK", None),
])
def test_round9_warnings_held_open_and_framed(text, source, target):
    ev = assert_event(ES, text, "warning", source, target)
    assert ev.modality == "asserted"


@pytest.mark.parametrize("text", [
    "Rusia no descarta un ataque ucraniano contra Crimea.",
    "Los delincuentes estaban dispuestos a atacar a la policía.",
    "Las acciones de Rusia amenazan la paz en Europa, dijo el ministro.",
])
def test_round9_not_a_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source", [
    # the force a state keeps somewhere named as a whole
    ("Estados Unidos reforzó su dispositivo militar en el Caribe.", "USA"),
    ("España desplegará un dispositivo naval en el mar Rojo.", "ESP"),
])
def test_round9_military_dispositivo(text, source):
    assert_event(ES, text, "deployment", source)
    assert ES.events("La policía reforzó el dispositivo de seguridad en el estadio.", "deployment") == []


# ambassadors of named countries summoned together are a protest; ambassadors convened to a briefing are a meeting
def test_round10_plural_summons_of_named_countries():
    found = ES.events("El Ministerio de Exteriores convocó a los embajadores de Rusia y Bielorrusia.", "warning")
    assert found
    assert {code(e.target) for e in found} == {"RUS", "BLR"}


@pytest.mark.parametrize("text", [
    "El ministro convocó a los embajadores.",
    "El canciller convocó a los embajadores de la Unión Europea a una reunión informativa.",
    "El Gobierno convocó a los embajadores de los países del G7 para presentarles su plan.",
])
def test_round10_ambassadors_convened_to_a_meeting_are_no_warning(text):
    assert not ES.events(text, "warning")


# a capability, a ranking of dangers and a footballer's threat are no events; real presence and threats stay
@pytest.mark.parametrize("text, kind", [
    ("Kim Jong-un dijo que sus misiles pueden alcanzar Estados Unidos.", "deployment"),
    ("El Pentágono considera a China la principal amenaza.", "warning"),
    ("Para Polonia, Rusia es la mayor amenaza para la paz en Europa.", "warning"),
    ("Japón considera a China como la mayor amenaza estratégica.", "warning"),  # was xfail in round 6
    ("El jugador amenazó con dejar el club.", "warning"),
])
def test_round10_no_event(text, kind):
    assert not ES.events(text, kind)


@pytest.mark.parametrize("text, kind, source, other", [
    ("Las tropas estadounidenses en Irak se quedarán.", "deployment", "USA", "IRQ"),
    ("Rusia amenazó a Ucrania con represalias.", "warning", "RUS", "UKR"),
])
def test_round10_events_kept(text, kind, source, other):
    assert_event(ES, text, kind, source, other)


@pytest.mark.parametrize("text", [
    "Estados Unidos advirtió a sus connacionales que no viajen a Siria.",
    "El Gobierno advirtió a los españoles que no viajen a Irán.",
])
def test_round10_own_nationals_warned_is_no_warning(text):
    assert not ES.events(text, "warning")


# the reporting conditional of an ongoing act or an intention is hypothetical; the indicative states a plan
@pytest.mark.parametrize("text, kind, modality", [
    ("Rusia estaría desplegando tropas en la frontera con Ucrania.", "deployment", "hypothetical"),
    ("Turquía buscaría comprar aviones F-16 a Estados Unidos.", "alliance", "hypothetical"),
    ("Turquía busca comprar aviones F-16 a Estados Unidos.", "alliance", "planned"),
])
def test_round10_reporting_conditional_is_hypothetical(text, kind, modality):
    assert ES.first_event(text, kind).modality == modality


def test_round10_endangering_a_place_is_no_warning():
    assert not ES.events("Los rebeldes amenazan la ciudad de Alepo.", "warning")
    assert not ES.events("La plaga amenazaba las cosechas de la región.", "warning")
    assert_event(ES, "Rusia amenazó a Ucrania con represalias.", "warning", "RUS", "UKR")


@pytest.mark.parametrize("text, source, target", [
    ("Hamás anunció que atacará ciudades más lejanas si Israel no detiene sus bombardeos.", "PSE", "ISR"),
    ("Corea del Norte atacará a Estados Unidos si se realizan las maniobras.", "PRK", "USA"),
    ("Irán destruirá Israel si ataca sus instalaciones nucleares.", "IRN", "ISR"),
])
def test_round10_conditional_attack_is_a_threat(text, source, target):
    assert_event(ES, text, "warning", source, target, "asserted")


@pytest.mark.parametrize("text", [
    "Según los analistas, China invadiría Taiwán si tuviera la capacidad.",
    "El huracán golpeará la costa si no cambia de rumbo.",
    "El Real Madrid atacará más si recupera a sus delanteros.",
])
def test_round10_prediction_is_no_threat(text):
    assert not ES.events(text, "warning")


# forces intervening or placed somewhere without "militarmente"; India's nationals by their demonym
@pytest.mark.parametrize("text, source, place", [
    ("Las tropas francesas intervinieron en Malí en enero de 2013.", "FRA", "MLI"),
    ("Estados Unidos situó un portaaviones frente a las costas de Corea del Norte.", "USA", "PRK"),
    ("Los cascos azules indios están desplegados en Sudán del Sur.", "IND", "SSD"),
])
def test_round10_intervened_placed_and_indian_forces(text, source, place):
    assert_event(ES, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "La policía intervino en Madrid para disolver la manifestación.",
    "El presidente intervino en la cumbre de Bruselas.",
    "El ministro sitúa a España entre los líderes de Europa.",
    "El Banco Central intervino en el mercado cambiario de Argentina.",
])
def test_round10_intervening_without_forces_is_no_deployment(text):
    assert not ES.events(text, "deployment")


def test_relative_on_unnamed_set_of_parties():
    # roles.unnamed_relative: "los países que se unieron": the unnamed countries join, not the main clause's subject
    ev = ES.first_event("Washington tendría que sacar sus soldados de los países que se unieron a la OTAN en 2004.", "alliance")
    assert code(ev.source) is None and code(ev.target) == "NATO"
    ev = ES.first_event("Rusia amenaza a los Estados que acogen misiles estadounidenses.", "deployment")
    assert ev.location is None
    ev = ES.first_event("Polonia, que se unió a la OTAN en 1999, acogerá la cumbre.", "alliance")
    assert code(ev.source) == "POL"


def test_the_nationality_on_a_summoned_envoy_is_warned():
    ev = ES.first_event("El embajador iraní fue convocado al ministerio el lunes.", "warning")
    assert code(ev.source) is None and code(ev.target) == "IRN"
    ev = ES.first_event("Madrid convocó al embajador ruso.", "warning")
    assert code(ev.source) == "ESP" and code(ev.target) == "RUS"


def test_resolve_to_deploy_is_planned():
    assert ES.first_event("Francia está decidida a enviar buques al Golfo.", "deployment").modality == "planned"
