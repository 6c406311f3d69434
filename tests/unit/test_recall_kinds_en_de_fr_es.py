"""Round 12 recall (en, de, fr, es): the kinds of forces EVENTS.md counts, each named in the `force` class, and
constructions that told a deployment with no trigger; own sentences, each with a negative that must stay silent."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, assert_event

EN = LanguageProbe("en")
DE = LanguageProbe("de")
FR = LanguageProbe("fr")
ES = LanguageProbe("es")


@pytest.mark.parametrize("text, source, place", [
    ("Moscow has moved several ICBMs closer to the Chinese frontier, officials in Kazakhstan said.", "RUS", None),
    ("North Korea will deploy new ICBMs to its eastern coast.", "PRK", None),
])
def test_en_icbm_acronym_is_a_force(text, source, place):
    ev = assert_event(EN, text, "deployment", source)
    assert "ICBM" in ev.force.text


@pytest.mark.parametrize("text, source, place", [
    ("Derzeit sind 300 georgische Armeeangehörige in Afghanistan stationiert.", "GEO", "AFG"),
    ("Polen hat Militärangehörige an die Grenze zu Belarus verlegt.", "POL", "POL"),
    ("Russland hat an der Grenze zu Finnland mehrere Armeeeinheiten zusammengezogen.", "RUS", "RUS"),
    ("Die Türkei entsendet Marineeinheiten in die Ägäis vor Griechenland.", "TUR", "GRC"),
    ("China verlegte Eliteeinheiten nach Tibet an die Grenze zu Indien.", "CHN", "CHN"),
    ("Die USA haben Luftabwehrbatterien nach Saudi-Arabien verlegt.", "USA", "SAU"),
    ("Washington schickt Nationalgardisten nach Polen.", "USA", "POL"),
    ("Belarus stationiert schwere Waffen an der Grenze zu Litauen.", "BLR", "BLR"),
    ("Russland hat Militärtechnik und Truppenverbände nach Transnistrien verlegt.", "RUS", None),
])
def test_de_members_units_and_materiel_are_forces(text, source, place):
    ev = assert_event(DE, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "Die Regierung lobte die Armeeangehörigen für ihre Hilfe beim Hochwasser.",  # no verb of moving, no place
    "Die Militärtechnik der Sowjetunion galt als robust.",
])
def test_de_unit_words_alone_are_no_deployment(text):
    assert DE.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place, modality", [
    ("Seit Montag sind französische Soldaten in Mali vor Ort.", "FRA", "MLI", "asserted"),
    ("Amerikanische Soldaten sind nicht in Syrien vor Ort.", "USA", "SYR", "negated"),
    ("Ungefähr 100 kanadische Soldaten treffen in Lettland ein.", "CAN", "LVA", "asserted"),
    ("Die ersten britischen Soldaten trafen am Montag in Estland ein.", "GBR", "EST", "asserted"),
])
def test_de_on_the_spot_and_split_arrival(text, source, place, modality):
    assert_event(DE, text, "deployment", source, place, modality)


@pytest.mark.parametrize("text", [
    "Ein Reporter der ARD war in Kiew vor Ort.",
    "Die Feuerwehr war mit 40 Einsatzkräften in Dresden vor Ort.",
    "Die Minister trafen in Brüssel ein.",
    "Deutsche Soldaten treffen in Litauen auf polnische Kameraden.",  # meeting, no arrival particle
])
def test_de_on_the_spot_and_arrival_without_forces_or_particle(text):
    assert DE.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("La France a déployé sa marine au large de la Libye.", "FRA", "LBY"),
    ("Washington envoie des gardes nationaux en Pologne.", "USA", "POL"),
    ("Paris enverra 200 instructeurs au Niger l'an prochain.", "FRA", "NER"),
    ("Israël a déployé des intercepteurs supplémentaires près de la frontière libanaise.", "ISR", None),
])
def test_fr_navy_guardsmen_trainers_interceptors_are_forces(text, source, place):
    ev = assert_event(FR, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "Les instructeurs de ski de Chamonix ont manifesté lundi.",
    "Sa marine marchande est la plus grande d'Europe.",
])
def test_fr_new_force_words_alone_are_no_deployment(text):
    assert FR.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("Estados Unidos envía guardias nacionales a Polonia.", "USA", "POL"),
    ("España enviará 200 instructores a Mauritania el próximo año.", "ESP", "MRT"),
    ("Israel desplegó interceptores adicionales en la frontera con el Líbano.", "ISR", None),
    ("Francia desplegó una escuadrilla en Rumanía.", "FRA", "ROU"),
])
def test_es_guardsmen_trainers_interceptors_squadrons_are_forces(text, source, place):
    ev = assert_event(ES, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "Los instructores de la autoescuela pidieron mejores salarios.",
])
def test_es_new_force_words_alone_are_no_deployment(text):
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, giver, receiver", [
    ("España enviará misiles de largo alcance a Ucrania.", "ESP", "UKR"),
    ("Francia ha enviado misiles de crucero a Ucrania.", "FRA", "UKR"),
    ("Italia envió artillería y radares a Ucrania.", "ITA", "UKR"),
])
def test_es_missiles_sent_to_a_state_are_a_supply(text, giver, receiver):
    assert_event(ES, text, "alliance", giver, receiver)
    assert ES.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("Estados Unidos envió baterías Patriot a Polonia.", "USA", "POL"),
    ("Rusia enviará misiles nucleares a Bielorrusia.", "RUS", "BLR"),
    ("Rusia trasladó misiles a Kaliningrado.", "RUS", "RUS"),
])
def test_es_batteries_and_nuclear_missiles_sent_stay_deployments(text, source, place):
    assert_event(ES, text, "deployment", source, place)
    assert ES.events(text, "alliance") == []


@pytest.mark.parametrize("text, source, target", [
    ("Irán juró venganza contra Israel tras el asesinato de su general.", "IRN", "ISR"),
    ("Pyongyang prometió una respuesta despiadada a Corea del Sur.", "PRK", "KOR"),
    ("Washington avisó a Pekín de que habrá consecuencias si entrega armas a Moscú.", "USA", "CHN"),
    ("Japón protestó ante China por la entrada de buques en sus aguas.", "JPN", "CHN"),
    ("Moscú considerará objetivos legítimos los aviones F-16 que lleguen a Ucrania.", "RUS", None),
    ("El Kremlin advirtió que Rusia utilizará todos los medios a su disposición contra la OTAN.", "RUS", None),
])
def test_es_revenge_merciless_answer_consequences_protest_and_fair_game(text, source, target):
    assert_event(ES, text, "warning", source, target)


@pytest.mark.parametrize("text", [
    "Los camioneros protestaron ante el Congreso por el precio del diésel.",
    "El cartel juró venganza contra la policía.",
    "El entrenador dijo que habrá consecuencias para los jugadores indisciplinados.",
    "El equipo jugó sin piedad contra Bolivia.",
])
def test_es_the_same_words_without_a_state_are_no_warning(text):
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source, target", [
    ("Teheran schwört Rache an Israel für den Angriff auf seine Botschaft.", "IRN", "ISR"),
    ("Washington ließ Peking wissen, es werde Konsequenzen geben.", "USA", None),
    ("Japan protestierte bei China gegen das Eindringen von Schiffen in seine Gewässer.", "JPN", "CHN"),
    ("Moskau werde westliche Ausbilder in der Ukraine als legitime Ziele betrachten.", "RUS", None),
])
def test_de_revenge_all_means_consequences_protest_and_fair_game(text, source, target):
    assert_event(DE, text, "warning", source, target)


@pytest.mark.parametrize("text", [
    "Die Anwohner protestierten bei der Stadtverwaltung gegen den Lärm.",
    "Der Täter schwor Rache an seiner früheren Freundin.",
    "Der Trainer sagte, es werde Konsequenzen geben, wenn die Spieler weiter zu spät kommen.",
    "Die Regierung werde alle verfügbaren Mittel einsetzen, um den Brotpreis zu senken.",
])
def test_de_the_same_words_without_a_state_are_no_warning(text):
    assert DE.events(text, "warning") == []


@pytest.mark.parametrize("text, source, target", [
    ("L'Iran a promis de venger la mort de son général.", "IRN", None),
    ("Téhéran jure vengeance contre Israël après la frappe.", "IRN", "ISR"),
    ("Pyongyang promet une riposte impitoyable à la Corée du Sud.", "PRK", "KOR"),
    ("Moscou considérera comme des cibles légitimes les instructeurs occidentaux en Ukraine.", "RUS", None),
    ("Le Japon a protesté auprès de la Chine contre l'entrée de navires dans ses eaux.", "JPN", "CHN"),
    ("La Chine proteste auprès du Japon contre la visite du sanctuaire.", "CHN", "JPN"),
    ("L'Inde a convoqué l'envoyé du Pakistan à New Delhi.", "IND", "PAK"),
])
def test_fr_revenge_merciless_answer_fair_game_protest_and_envoy(text, source, target):
    assert_event(FR, text, "warning", source, target)


@pytest.mark.parametrize("text", [
    "Les riverains ont protesté auprès de la mairie contre le bruit.",
    "Le meurtrier a juré vengeance contre son ancien associé.",
    "La Pologne a envoyé des médecins et convoqué une réunion.",
])
def test_fr_the_same_words_without_a_state_are_no_warning(text):
    assert FR.events(text, "warning") == []


@pytest.mark.parametrize("text, seller, buyer", [
    ("India buys Russian S-400 missiles despite American objections.", "RUS", "IND"),
    ("Poland has ordered American Abrams tanks.", "USA", "POL"),
    ("Greece will purchase French Rafale jets next year.", "FRA", "GRC"),
    ("Serbia acquired Chinese air defence systems in 2022.", "CHN", "SRB"),
])
def test_en_arms_bought_by_their_nationality_are_a_supply(text, seller, buyer):
    assert_event(EN, text, "alliance", seller, buyer)


@pytest.mark.parametrize("text", [
    "The airline ordered 50 French Airbus planes.",  # planes, no arms
    "The army bought Russian fuel.",
    "The Israeli military mobilized troops for a possible order to move against Syria.",  # "order" as a noun
])
def test_en_nationality_purchases_without_arms_are_no_alliance(text):
    assert EN.events(text, "alliance") == []


@pytest.mark.parametrize("text, seller, buyer", [
    ("Polen hat amerikanische Abrams-Panzer bestellt.", "USA", "POL"),
    ("Die Schweiz bestellte amerikanische F-35-Kampfjets.", "USA", "CHE"),
])
def test_de_arms_ordered_by_their_nationality_are_a_supply(text, seller, buyer):
    assert_event(DE, text, "alliance", seller, buyer)


@pytest.mark.parametrize("text", [
    "Polen bestellte den russischen Botschafter ein, nachdem russische Raketen den Luftraum verletzt hatten.",
    "Die Firma bestellte deutsche Maschinen.",
])
def test_de_summons_and_civil_orders_are_no_arms_supply(text):
    assert DE.events(text, "alliance") == []


@pytest.mark.parametrize("text, source, place", [
    ("Unos 300 marines estadounidenses ya están sobre el terreno en Noruega.", "USA", "NOR"),
    ("Buques de guerra chinos violaron otra vez las aguas territoriales de Japón.", "CHN", "JPN"),
    ("Cazas rusos han violado en varias ocasiones el espacio aéreo de Finlandia.", "RUS", "FIN"),
])
def test_es_on_the_ground_and_airspace_violated_with_words_between(text, source, place):
    assert_event(ES, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "Los manifestantes violaron el espacio de la embajada.",
    "La empresa violó las aguas territoriales con un pesquero.",
])
def test_es_violations_without_forces_are_no_deployment(text):
    assert ES.events(text, "deployment") == []


def test_es_an_alert_ordered_to_troops_is_no_warning():
    text = "El Pentágono puso en alerta a 8.500 soldados."
    assert_event(ES, text, "deployment", "USA")
    assert ES.events(text, "warning") == []


@pytest.mark.parametrize("text, source, place", [
    ("Environ 300 marines américains sont déjà sur le terrain en Norvège.", "USA", "NOR"),
    ("Des navires de guerre chinois ont pénétré dans les eaux territoriales du Japon.", "CHN", "JPN"),
])
def test_fr_marines_on_the_ground_and_territorial_waters_entered(text, source, place):
    assert_event(FR, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "Des pêcheurs chinois ont pénétré dans les eaux territoriales japonaises.",
    "Les marais salants de Guérande attirent les touristes.",
])
def test_fr_fishermen_in_waters_are_no_deployment(text):
    assert FR.events(text, "deployment") == []


@pytest.mark.parametrize("text, kind, source, target", [
    ("Turkey threatened the PKK with a new offensive in northern Iraq.", "warning", "TUR", "PKK"),
    ("Ankara vowed to retaliate against the Kurdistan Workers' Party.", "warning", "TUR", "PKK"),
    ("Rwanda is supplying weapons to the M23 rebels, UN experts say.", "alliance", "RWA", "M23"),
])
def test_en_pkk_and_m23_are_parties_as_in_de_fr_es(text, kind, source, target):
    assert_event(EN, text, kind, source, target)


@pytest.mark.parametrize("text, source, place", [
    ("Die Türkei hat Panzer an der syrischen Grenze postiert.", "TUR", "TUR"),
    ("Die Nato hält 300.000 Soldaten in hoher Bereitschaft.", "NATO", None),
    ("Israel zieht 360.000 Reservisten zum Dienst ein.", "ISR", "ISR"),
    ("Russland zog im Herbst 300.000 Reservisten ein.", "RUS", "RUS"),
])
def test_de_posted_high_readiness_and_reservists_called_up(text, source, place):
    ev = assert_event(DE, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "Die Polizei zieht Führerscheine ein.",
    "Die Mannschaft zog ins Finale ein.",
    "Die Gefahr für Anschläge ist hoch, die Polizei ist in hoher Bereitschaft.",
    "Der Wachmann war am Eingang postiert.",
])
def test_de_the_same_verbs_without_forces_are_no_deployment(text):
    assert DE.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("Russia held large-scale drills in Belarus last week.", "RUS", "BLR"),
    ("China launched drills around Taiwan on Monday.", "CHN", "TWN"),
    ("The US has surged troops to Jordan.", "USA", "JOR"),
])
def test_en_a_state_drilling_in_a_named_place_and_surged_forces(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "The company held fire drills in Germany.",
    "The party held exercises in Texas to train its volunteers.",
    "The drills held in Belarus worried Poland.",
    "Support for NATO surged in Finland.",
])
def test_en_civil_drills_participles_and_other_surges_are_no_deployment(text):
    assert EN.events(text, "deployment") == []


@pytest.mark.parametrize("probe, text, source, place", [
    (FR, "La Russie a organisé de vastes exercices en Biélorussie.", "RUS", "BLR"),
    (FR, "La Chine a lancé des manœuvres autour de Taïwan.", "CHN", "TWN"),
    (ES, "Rusia realizó amplios ejercicios en Bielorrusia.", "RUS", "BLR"),
    (ES, "China lanzó maniobras alrededor de Taiwán.", "CHN", "TWN"),
])
def test_fr_es_a_state_drilling_in_a_named_place(probe, text, source, place):
    assert_event(probe, text, "deployment", source, place)


@pytest.mark.parametrize("probe, text", [
    (FR, "La France a organisé des exercices d'évacuation à Paris."),
    (FR, "Le gouvernement français a lancé des manœuvres politiques à Paris."),
    (ES, "México realizó un simulacro de evacuación y ejercicios en Ciudad de México."),
    (ES, "El Gobierno de España realizó maniobras políticas en Madrid."),
])
def test_fr_es_civil_and_political_drills_are_no_deployment(probe, text):
    assert probe.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("China startete Manöver rund um Taiwan.", "CHN", "TWN"),
    ("Russland führt ein großes Manöver in Belarus durch.", "RUS", "BLR"),
    ("Russland begann Übungen in Belarus.", "RUS", "BLR"),
])
def test_de_a_state_drilling_in_a_named_place(text, source, place):
    assert_event(DE, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "Die Feuerwehr hielt Übungen in Dresden ab.",
    "Die SPD startete ein Ablenkungsmanöver in Berlin.",
    "Die Schüler in Polen führten Übungen durch.",
])
def test_de_civil_and_political_drills_are_no_deployment(text):
    assert DE.events(text, "deployment") == []


@pytest.mark.parametrize("text, source, place", [
    ("Der Minister besuchte georgische Armeeangehörige in Afghanistan.", "GEO", "AFG"),
    ("An der Grenze zu Polen wurden russische Truppen zusammen gezogen.", "RUS", None),
])
def test_de_members_abroad_and_massing_written_apart(text, source, place):
    ev = assert_event(DE, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


def test_de_members_in_their_own_country_are_no_presence_abroad():
    assert DE.events("Georgische Armeeangehörige in Georgien protestierten.", "deployment") == []


@pytest.mark.parametrize("text, giver, receiver", [
    ("Alemania entrena a pilotos ucranianos en aviones F-16.", "DEU", "UKR"),
    ("Rusia y Bielorrusia firmaron un tratado de seguridad en Minsk.", "RUS", "BLR"),
])
def test_es_pilots_trained_and_security_treaty_are_alliances(text, giver, receiver):
    assert_event(ES, text, "alliance", giver, receiver)


@pytest.mark.parametrize("text", [
    "El Real Madrid entrena a jugadores brasileños.",
    "El club entrena a pilotos de Fórmula 1 en España.",
])
def test_es_sports_training_is_no_alliance(text):
    assert ES.events(text, "alliance") == []


@pytest.mark.parametrize("text, first, second", [
    ("La Russie et la Biélorussie ont signé un traité de sécurité.", "RUS", "BLR"),
    ("La Russie et la Corée du Nord ont signé une alliance stratégique.", "RUS", "PRK"),
    ("L'Argentine a acquis des F-16 auprès du Danemark.", "DNK", "ARG"),
])
def test_fr_security_treaty_strategic_alliance_and_seller_after_aupres(text, first, second):
    assert_event(FR, text, "alliance", first, second)


def test_fr_a_car_makers_alliance_is_no_alliance():
    assert FR.events("Renault et Nissan ont renforcé leur alliance stratégique.", "alliance") == []


@pytest.mark.parametrize("text, first, second", [
    ("Russland und Belarus unterzeichneten einen Sicherheitsvertrag.", "RUS", "BLR"),
    ("Russland und Nordkorea schlossen eine strategische Allianz.", "RUS", "PRK"),
    ("Marokko erhielt türkische Drohnen.", "TUR", "MAR"),
])
def test_de_security_treaty_strategic_alliance_and_arms_received_by_nationality(text, first, second):
    assert_event(DE, text, "alliance", first, second)


@pytest.mark.parametrize("text", [
    "Polen erhielt den ersten Bericht der amerikanischen Regierung.",
    "Der Autobauer schloss eine strategische Allianz mit Renault.",
])
def test_de_reports_received_and_company_alliances_are_no_alliance(text):
    assert DE.events(text, "alliance") == []


def test_es_aircraft_sent_into_an_air_defence_zone_are_a_deployment_not_a_supply():
    text = "China envió 30 aviones de guerra a la zona de defensa aérea de Taiwán."
    assert_event(ES, text, "deployment", "CHN", "TWN")
    assert ES.events(text, "alliance") == []
    assert_event(ES, "Alemania envió sistemas de defensa aérea a Ucrania.", "alliance", "DEU", "UKR")


def test_fr_aircraft_sent_into_an_air_defence_zone_are_a_deployment_not_a_supply():
    text = "La Chine a envoyé 30 avions de guerre dans la zone de défense aérienne de Taïwan."
    assert_event(FR, text, "deployment", "CHN", "TWN")
    assert FR.events(text, "alliance") == []
    assert_event(FR, "L'Allemagne a envoyé des systèmes de défense aérienne à l'Ukraine.", "alliance", "DEU", "UKR")
