"""Roles from the clause, modality by event type, and language per sentence (issue 13).

English sentences written for this test; one construction per case, in several persons and tenses.
"""

import pytest

from schemas import Article
from streams.engine import default_engine
from tests.unit.engine_helpers import LanguageProbe, assert_event, code, events_of

EN = LanguageProbe("en")


# -- the subject of the deployment verb deploys, also inside reported speech ----------------------
@pytest.mark.parametrize("text, source, place", [
    ("The Latvian prime minister said that Sweden will send a battalion to Estonia.", "SWE", "EST"),
    ("The Lithuanian foreign minister said Germany had deployed a brigade to Lithuania.", "DEU", "LTU"),
    ("France's president told reporters that Spain is sending 500 soldiers to Latvia.", "ESP", "LVA"),
    ("Moscow warned that Romania would pay a price if it stationed American bombers on its soil.", "ROU", None),
    ("Drones were deployed to Belarus by Russia last week.", "RUS", "BLR"),
    ("NATO members agreed to deploy a brigade to Romania.", "NATO", "ROU"),
    ("Germany, which leads the battlegroup, will send 500 more troops to Lithuania.", "DEU", "LTU"),
    ("Poland, which sent 200 soldiers to Latvia last year, is a close ally.", "POL", "LVA"),
    ("We will send two more battalions to Estonia, the British defence secretary said.", "GBR", "EST"),
])
def test_deployment_source_is_the_subject_of_its_clause(text, source, place):
    assert_event(EN, text, "deployment", source, place)


def test_nominal_trigger_takes_the_owner_of_the_forces():
    # the clause subject (Lithuania) welcomes; the troops' owner deploys
    assert_event(EN, "Lithuania welcomed the arrival of German troops in Vilnius.", "deployment", "DEU", "LTU")


def test_host_makes_the_subject_the_place():
    assert_event(EN, "Belarus hosts Russian tactical nuclear weapons.", "deployment", "RUS", "BLR")


# -- warnings: the speaker warns, the addressee / object is warned, not where one spoke -----------
@pytest.mark.parametrize("text, source, target", [
    ("Seoul warned Tokyo against interfering in the fishing dispute.", "KOR", "JPN"),
    ("Beijing has warned Manila not to provoke its coast guard again.", "CHN", "PHL"),
    ("The Russian defence minister warned Berlin that the Kremlin would retaliate against new sanctions.", "RUS", "DEU"),
    ("The NATO secretary general said in Riga that Moscow would face consequences for any attack.", "NATO", "RUS"),
    ("Tehran warns Israel of a crushing response if it strikes Iranian soil.", "IRN", "ISR"),
    ("Tehran warned Washington and London that the sanctions could trigger a regional war.", "IRN", "USA"),
    ("Pyongyang warned Seoul not to resume the loudspeaker broadcasts.", "PRK", "KOR"),
    ("Beijing warned Washington over its arms sales to Taipei.", "CHN", "USA"),
])
def test_warning_roles_come_from_the_clause(text, source, target):
    ev = assert_event(EN, text, "warning", source, target)
    assert ev.statement_id is not None  # a warning made by speaking points at its statement


def test_pronoun_speaker_of_a_warning_is_the_source():
    text = ("The British foreign secretary spoke to reporters on Monday. "
            "She warned Iran that Britain would retaliate against any attack on its ships.")
    ev = EN.first_event(text, "warning")
    assert code(ev.source) == "GBR" and code(ev.target) == "IRN"
    assert ev.statement_id is not None


# -- modality: an issued threat is asserted; planned forms; denial --------------------------------
@pytest.mark.parametrize("text", [
    "Russia warned it would retaliate if Finland hosted American bases.",
    "Iran will respond decisively to any aggression, the foreign ministry said.",
    "We will never allow foreign bombers to be based near our coast, the Chinese defence ministry said.",
])
def test_issued_threat_is_asserted(text):
    ev = EN.first_event(text, "warning")
    assert ev.modality == "asserted"


@pytest.mark.parametrize("text, modality", [
    ("The Pentagon plans to deploy two more destroyers to Spain.", "planned"),
    ("Canada will send 300 additional troops to Latvia.", "planned"),
    ("Beijing denied reports that China intends to station warships in Cambodia.", "denied"),
    ("Germany refused to send peacekeepers to Mali.", "negated"),
])
def test_deployment_modality(text, modality):
    assert EN.first_event(text, "deployment").modality == modality


# -- definitions: what is and what is not each type (EVENTS.md) -----------------------------------
@pytest.mark.parametrize("text, kind, source", [
    ("A German-led brigade has been based in Lithuania since 2024.", "deployment", "DEU"),
    ("Turkish troops remain in northern Cyprus.", "deployment", "TUR"),
    ("Both governments placed their armies on high alert after the clash.", "deployment", None),
    ("Beijing has strengthened its forces in Tibet.", "deployment", "CHN"),
    ("American marines arrived in Norway for a winter exercise.", "deployment", "USA"),
    ("The United States sent military aid to Ukraine last year.", "alliance", "USA"),
    ("Japan and Australia signed a defence pact on Friday.", "alliance", "JPN"),
    ("Finland joined NATO in 2023.", "alliance", "FIN"),
    ("Pakistan summoned the Indian ambassador to protest the border shooting.", "warning", "PAK"),
    ("Kuwait recalled its ambassador from Baghdad after the border incident.", "warning", "KWT"),
    ("Washington said all options remain on the table if Tehran resumes enrichment.", "warning", "USA"),
    ("Japan and India held naval drills together in the Arabian Sea.", "alliance", "JPN"),
    ("Chinese destroyers patrolled the waters near the disputed islands.", "deployment", "CHN"),
])
def test_definition_positive(text, kind, source):
    ev = EN.first_event(text, kind)
    if source is not None:
        assert code(ev.source) == source, (text, code(ev.source))


@pytest.mark.parametrize("text, kind", [
    ("Soldiers may be deployed to help fill sandbags along the flooded river.", "deployment"),
    ("The company will deploy the new software update to all servers next week.", "deployment"),
    ("Police placed the suspect under arrest on Tuesday.", "deployment"),
    ("Containers of household waste were sent to Malaysia on a cargo vessel.", "deployment"),
    ("The ecology movement gathered thousands of supporters in Berlin.", "deployment"),
    ("Higher gas prices pose a threat to Asian manufacturers.", "warning"),
    ("Forecasters warned of a severe storm on the coast.", "warning"),
    ("Russia is the biggest threat to European security, the minister said.", "warning"),
    ("The United States suspended military aid to the junta.", "alliance"),
    ("The government provided $40 million in humanitarian aid to Yemen.", "alliance"),
    ("Talks resumed in Vienna on reviving the nuclear deal with Iran.", "alliance"),
    ("The army held its annual military drills in the north.", "alliance"),
    ("Economists caution against reading too much into one month of data.", "warning"),
    ("Officials warned that the old bridge may close for repairs.", "warning"),
    ("The ministry warned residents of heavy snow.", "warning"),
])
def test_definition_negative(text, kind):
    result = EN.extract(text)
    assert not [e for e in events_of(result, kind) if e.modality not in ("negated", "denied")], text


# -- language: short Spanish is Spanish; a mixed article is read per sentence ---------------------
ENGINE = default_engine()


@pytest.mark.parametrize("text", [
    "Portugal enviará 300 soldados a Rumania.",
    "Italia enviará dos fragatas a Chipre.",
])
def test_short_spanish_is_spanish(text):
    result = ENGINE.extract(Article(id="t", text=text))
    assert result.language.code == "es"
    (ev,) = events_of(result, "deployment")
    assert ev.language == "es" and ev.location is not None


def test_mixed_article_extracts_every_language():
    text = ("Russia warned Poland that it would respond to any new deployment. "
            "Az Egyesült Államok ezer katonát telepít Romániába. "
            "Deutschland wird 5000 Soldaten nach Litauen verlegen.")
    result = ENGINE.extract(Article(id="mixed", text=text))
    assert result.language.status == "mixed"
    langs = {e.language for e in result.events}
    assert {"en", "hu", "de"} <= langs, [(e.language, e.type, e.trigger.text) for e in result.events]
    for ev in result.events:
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text  # offsets point into the article


# -- directed alliances: the giver is the source, also when it is named after "from" ------------
@pytest.mark.parametrize("text, giver, receiver", [
    ("The United States sent military aid to Ukraine last year.", "USA", "UKR"),
    ("Poland will supply tanks to Ukraine.", "POL", "UKR"),
    ("Ukraine received military aid from the United States.", "USA", "UKR"),
    ("Macron announced the sale of three French warships to Athens.", "FRA", "GRC"),
])
def test_arms_and_aid_go_from_giver_to_receiver(text, giver, receiver):
    assert_event(EN, text, "alliance", giver, receiver)


def test_sea_named_after_a_country_is_no_country():
    ev = EN.first_event("Two British frigates sailed into the South China Sea on Monday.", "deployment")
    assert code(ev.source) == "GBR"
    assert ev.location is None or ev.location.code != "CHN"


def test_nationality_adjective_on_a_place_noun_is_the_place():
    assert_event(EN, "Moscow has stationed troops in the northern Belarusian town of Grodno.", "deployment", "RUS", "BLR")


@pytest.mark.parametrize("text, source, place", [
    # forces at a border or near a neighbour stand on their own side (EVENTS.md: where the forces are)
    ("Moscow has stationed troops at the northern Belarusian frontier.", "RUS", "RUS"),
    ("India keeps thousands of soldiers along its border with China.", "IND", "IND"),
    ("Azerbaijan is massing troops at its border with Armenia.", "AZE", "AZE"),
    # "near X" without a border names where the forces are (issue 13 round 4)
    ("Azerbaijan is massing troops near Armenia.", "AZE", "ARM"),
    ("Greece moved two battalions to the Turkish border.", "GRC", "GRC"),
    # a named place beyond the border stays the place
    ("Turkey sent troops into Syria near the border.", "TUR", "SYR"),
])
def test_forces_at_a_border_stand_on_their_own_side(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text, source", [
    ("Taiwan put its air force on high alert.", "TWN"),
    ("The Polish army has been placed on combat alert.", "POL"),
    ("Pakistan mobilised its reserves after the border clash.", "PAK"),
])
def test_alerts_with_no_place_stay_at_home(text, source):
    assert_event(EN, text, "deployment", source, source)


@pytest.mark.parametrize("text, kind, source, other", [
    ("The United States will send more weapons to Ukraine.", "alliance", "USA", "UKR"),
    ("Comply with the resolution or face consequences, Washington told Pyongyang.", "warning", "USA", "PRK"),
])
def test_more_definitions(text, kind, source, other):
    assert_event(EN, text, kind, source, other)


def test_weekday_is_no_place_and_arms_sent_are_no_deployment():
    ev = EN.first_event("Russian bombers flew over the Baltic Sea on Tuesday.", "deployment")
    assert ev.location is not None and ev.location.name == "Baltic Sea"
    assert not EN.events("The United States will send more weapons to Ukraine.", "deployment")


def test_condition_belongs_to_its_clause():
    ev = EN.first_event("If Russia attacks, NATO will deploy more troops to Estonia.", "deployment")
    assert ev.modality == "conditional"
    ev = EN.first_event("NATO will deploy more troops to Estonia if Russia attacks.", "deployment")
    assert ev.modality == "conditional"
    text = "Poland has deployed 10,000 soldiers to the Belarusian border, and the talks will fail if Minsk refuses."
    ev = EN.first_event(text, "deployment")
    assert ev.modality == "asserted"



# -- one case per clause of EVENTS.md: deadlines, red lines, ultimatums, protests; forces of every kind,
# -- readiness, exercises; membership, basing, training, over-flight, cooperation agreements
@pytest.mark.parametrize("kind, text, source", [
    ("warning", "The United States gave Iran a 30-day deadline to return to talks or face new sanctions.", "USA"),
    ("warning", "Beijing said any arms sale to Taipei would cross a red line and it would respond.", "CHN"),
    ("warning", "Russia issued an ultimatum to Kyiv to withdraw its forces within 48 hours.", "RUS"),
    ("warning", "Lithuania lodged a formal protest with Moscow over the airspace violation.", "LTU"),
    ("deployment", "Turkey deployed air defence systems along its Syrian border.", "TUR"),
    ("deployment", "Iran sent military advisers to Syria.", "IRN"),
    ("deployment", "China has placed its forces in the Eastern Theater on combat readiness.", "CHN"),
    ("deployment", "Russian troops will arrive in Belarus for joint exercises next month.", "RUS"),
    ("deployment", "Japan dispatched drones to monitor the disputed islands.", "JPN"),
    ("alliance", "Sweden and Finland applied to join NATO.", "SWE"),
    ("alliance", "The United States and the Philippines signed an agreement giving US forces access to four more bases.", "USA"),
    ("alliance", "Australia will train Ukrainian soldiers in Britain.", "AUS"),
    ("alliance", "Hungary granted overflight rights to American military aircraft.", "HUN"),
    ("deployment", "Russia maintains about 1,500 soldiers in Transnistria.", "RUS"),
    ("alliance", "Washington approved a $2 billion arms package for Taiwan.", "USA"),
    ("alliance", "Denmark and Norway agreed to deepen defence cooperation.", "DNK"),
])
def test_events_md_positive(kind, text, source):
    ev = EN.first_event(text, kind)
    assert code(ev.source) == source, (text, code(ev.source))


# -- and its "not" cases: health and economic warnings, condemnation, warnings to one's own people,
# -- withdrawals, shelling, buying or producing weapons, a base as a place; trade, energy, sanctions,
# -- sympathy, party coalitions, peace plans without a security clause
@pytest.mark.parametrize("kind, text", [
    ("warning", "The health ministry warned of a severe flu season."),
    ("warning", "Economists warned of a recession next year."),
    ("warning", "The European Union condemned the attack on the embassy."),
    ("warning", "The government warned its citizens against travel to the region."),
    ("warning", "Police warned drivers to avoid the motorway after the crash."),
    ("deployment", "Russia withdrew its troops from the border area."),
    ("deployment", "Israeli artillery shelled the area overnight."),
    ("deployment", "India will buy 26 fighter jets from France."),
    ("deployment", "The drone factory produced 500 drones last month."),
    ("deployment", "The protest took place outside the air base."),
    ("deployment", "The company kept its fleet of delivery trucks in the depot."),
    ("deployment", "North Korea fired two ballistic missiles into the sea on Sunday."),
    ("alliance", "China and Brazil signed a trade agreement on soybeans."),
    ("alliance", "Germany and Qatar signed an energy agreement on gas supplies."),
    ("alliance", "The EU imposed new sanctions on Russia."),
    ("alliance", "France expressed its support for Armenia's sovereignty."),
    ("alliance", "The Social Democrats formed a coalition with the Greens."),
    ("alliance", "The peace plan calls for a ceasefire and elections."),
])
def test_events_md_negative(kind, text):
    result = EN.extract(text)
    assert not [e for e in events_of(result, kind) if e.modality not in ("negated", "denied")], text


def test_summons_announced_for_later_is_planned():
    ev = EN.first_event("Poland will summon the Russian ambassador on Monday over the drone incursion.", "warning")
    assert code(ev.source) == "POL" and ev.modality == "planned"


def test_foreign_paragraph_in_a_long_article_is_read_in_its_language():
    english = ("The ministry published its annual report on the national budget on Monday, "
               "and officials answered questions from reporters for two hours. ") * 3
    hungarian = "Az Egyesült Államok ezer katonát telepít Romániába a következő hónapban, közölte a minisztérium szóvivője."
    text = "\n\n".join([english] * 3 + [hungarian] + [english] * 3)
    result = ENGINE.extract(Article(id="block", text=text))
    assert result.language.status == "mixed" and result.language.code == "en"
    (ev,) = [e for e in result.events if e.type == "deployment"]
    assert ev.language == "hu" and code(ev.source) == "USA"
    assert ev.location is not None and ev.location.code == "ROU"


def test_sentences_glued_by_a_scrape_are_split():
    from streams.engine.sentences import split_sentences

    text = "The talks ended without a deal.Officials left Geneva on Friday. The U.S.Army and e.g.Nato stay."
    pieces = [text[s.start:s.end] for s in split_sentences(text, frozenset({"e.g"}))]
    assert pieces[:2] == ["The talks ended without a deal.", "Officials left Geneva on Friday."]
    assert "The U.S.Army and e.g.Nato stay." in pieces


@pytest.mark.parametrize("text, source, place", [
    ("Iran has deployed military advisers in Russian-occupied Crimea.", "IRN", "UKR"),
    ("Russia has moved Iskander missiles into Kaliningrad.", "RUS", "RUS"),
])
def test_place_after_compound_modifier_and_own_territory(text, source, place):
    assert_event(EN, text, "deployment", source, place)


def test_supported_paragraph_in_an_unsupported_article_is_extracted():
    portuguese = "O governo anunciou hoje novas medidas para a economia do país, disse o ministro em Brasília. " * 4
    english = ("The United States will deploy two more destroyers to Spain next year, the Pentagon said "
               "in a statement on Monday. The ships will be based in Rota.")
    result = ENGINE.extract(Article(id="pt-en", text="\n\n".join([portuguese, english, portuguese])))
    assert result.language.status == "mixed" and result.language.code == "pt"
    deployments = [e for e in result.events if e.type == "deployment"]
    assert deployments and deployments[0].language == "en" and code(deployments[0].source) == "USA"


def test_deployment_with_no_marked_place_takes_the_country_named_after_it():
    ev = EN.first_event("French troops are on standby to evacuate citizens from Sudan.", "deployment")
    assert code(ev.source) == "FRA" and ev.location is not None and ev.location.code == "SDN"


def test_a_deployment_with_no_place_takes_the_country_spoken_of():
    text = "The war in Syria entered its tenth year. France sent 1,000 more soldiers last week."
    assert_event(EN, text, "deployment", "FRA", "SYR")


def test_the_context_place_is_never_the_source():
    ev = EN.first_event("Germany held talks on Monday. Berlin said it will send 500 more troops.", "deployment")
    assert code(ev.source) == "DEU" and (ev.location is None or ev.location.code != "DEU")


# -- who did what to whom, in several languages (issue 13 item 2): one construction per case ---------
@pytest.mark.parametrize("lang, text, kind, source, other", [
    # a noun trigger's genitive, agent or origin after it made the act
    ("en", "Hungary finally approved the accession of Sweden to NATO.", "alliance", "SWE", "NATO"),
    ("en", "The threats of North Korea worry the government in Tokyo.", "warning", "PRK", None),
    ("en", "Turkey approved Sweden's entry into NATO.", "alliance", "SWE", "NATO"),
    ("de", "Die Türkei hat dem Beitritt von Schweden zur Nato zugestimmt.", "alliance", "SWE", "NATO"),
    ("fr", "La Turquie a approuvé l'entrée de la Suède dans l'Otan.", "alliance", "SWE", "NATO"),
    ("es", "Turquía aprobó la entrada de Suecia en la OTAN.", "alliance", "SWE", "NATO"),
    ("de", "Ungarn hat dem Beitritt Schwedens zur Nato zugestimmt.", "alliance", "SWE", "NATO"),
    ("de", "Die Drohungen Nordkoreas beunruhigen Japan.", "warning", "PRK", None),
    ("de", "Japan ist über die Drohungen aus Pjöngjang beunruhigt.", "warning", "PRK", None),
    ("de", "Die Drohungen der Russen beunruhigen Polen.", "warning", "RUS", "POL"),
    ("de", "Die Entsendung von Truppen der Nato nach Rumänien verärgert Moskau.", "deployment", "NATO", "ROU"),
    ("fr", "La Hongrie a ratifié l'adhésion de la Suède à l'Otan.", "alliance", "SWE", "NATO"),
    ("fr", "Les menaces de la Corée du Nord inquiètent le Japon.", "warning", "PRK", None),
    # fr "menace(s)" needs what or whom it threatens (a bare "les menaces russes" is also an assessment)
    ("fr", "Les menaces russes contre la Pologne inquiètent Varsovie.", "warning", "RUS", "POL"),
    ("es", "Hungría aprobó la adhesión de Suecia a la OTAN.", "alliance", "SWE", "NATO"),
    ("es", "Las amenazas de Corea del Norte preocupan a Japón.", "warning", "PRK", "JPN"),
    ("es", "Las amenazas norcoreanas contra Seúl se multiplican.", "warning", "PRK", "KOR"),
    ("es", "Japón denunció las amenazas por parte de Corea del Norte.", "warning", "PRK", None),
    # the forces' genitive owns them
    ("fr", "Le déploiement de soldats de l'Otan en Roumanie irrite Moscou.", "deployment", "NATO", "ROU"),
    ("es", "El despliegue de tropas de la OTAN en Rumanía irrita a Moscú.", "deployment", "NATO", "ROU"),
])
def test_a_noun_triggers_genitive_made_the_act(lang, text, kind, source, other):
    assert_event(LanguageProbe(lang), text, kind, source, other)


@pytest.mark.parametrize("lang, text", [
    ("en", "Poland urged Germany to deploy Patriot batteries in Poland."),
    ("fr", "La Pologne a exhorté l'Allemagne à déployer des batteries Patriot en Pologne."),
    ("fr", "La Pologne a demandé à l'Allemagne de déployer des batteries Patriot en Pologne."),
    ("es", "Polonia instó a Alemania a desplegar baterías Patriot en Polonia."),
    ("es", "Polonia pidió a Alemania desplegar baterías Patriot en Polonia."),
    ("ru", "Польша призвала Германию разместить батареи Patriot в Польше."),
])
def test_the_party_urged_deploys(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", "DEU", "POL")


@pytest.mark.parametrize("lang, text", [
    ("en", "Poland hosts thousands of US troops."),
    ("de", "Polen beherbergt Tausende amerikanische Soldaten."),
    ("fr", "La Pologne accueille des milliers de soldats américains."),
    ("es", "Polonia acoge a miles de soldados estadounidenses."),
])
def test_the_host_is_the_place_of_anothers_forces(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", "USA", "POL")


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia gave Ukraine an ultimatum."),
    ("de", "Russland stellte der Ukraine ein Ultimatum."),
    ("fr", "La Russie a lancé un ultimatum à l'Ukraine."),
    ("es", "Rusia dio un ultimátum a Ucrania."),
    ("ru", "Россия предъявила Украине ультиматум."),
])
def test_an_ultimatum_goes_from_giver_to_addressee(lang, text):
    assert_event(LanguageProbe(lang), text, "warning", "RUS", "UKR")


@pytest.mark.parametrize("lang, text", [
    ("en", "Troops were sent to Mali by France."),
    ("fr", "Des soldats ont été envoyés au Mali par la France."),
    ("es", "Las tropas fueron enviadas a Malí por Francia."),
    ("de", "Soldaten wurden von Frankreich nach Mali geschickt."),
    ("ru", "Войска были направлены Францией в Мали."),
])
def test_a_passive_agent_deploys(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", "FRA", "MLI")


@pytest.mark.parametrize("lang, text", [
    ("en", "The Ukrainian defence minister said that Poland will send troops to Lithuania."),
    ("de", "Der ukrainische Verteidigungsminister sagte, Polen werde Truppen nach Litauen schicken."),
    ("fr", "Le ministre ukrainien de la Défense a déclaré que la Pologne enverra des troupes en Lituanie."),
    ("es", "El ministro de Defensa ucraniano dijo que Polonia enviará tropas a Lituania."),
    ("ru", "Министр обороны Украины заявил, что Польша направит войска в Литву."),
])
def test_the_subject_deploys_not_the_speakers_country(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", "POL", "LTU")


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia has massed troops near the border with Ukraine."),
    ("fr", "La Russie a massé des troupes près de la frontière ukrainienne."),
    ("es", "Rusia concentró tropas cerca de la frontera con Ucrania."),
    ("de", "Russland hat Truppen nahe der Grenze zur Ukraine zusammengezogen."),
])
def test_forces_near_a_neighbour_stand_at_home(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", "RUS", "RUS")


@pytest.mark.parametrize("lang, text", [
    ("en", "France and Germany sent troops to Lithuania."),
    ("de", "Frankreich und Deutschland schickten Truppen nach Litauen."),
    ("fr", "La France et l'Allemagne ont envoyé des troupes en Lituanie."),
    ("es", "Francia y Alemania enviaron tropas a Lituania."),
    ("ru", "Франция и Германия направили войска в Литву."),
])
def test_coordinated_subjects_act_each(lang, text):
    found = LanguageProbe(lang).events(text, "deployment")
    assert found, text
    assert sorted(code(e.source) for e in found) == ["DEU", "FRA"], text
    assert all(e.location is not None and e.location.code == "LTU" for e in found), text


@pytest.mark.parametrize("lang, text", [
    ("en", "Ukraine received tanks from Germany."),
    ("es", "Ucrania recibió tanques de Alemania."),
    ("de", "Die Ukraine erhielt Panzer aus Deutschland."),
    ("ru", "Украина получила танки от Германии."),
])
def test_the_receiver_is_the_target_and_the_giver_the_source(lang, text):
    assert_event(LanguageProbe(lang), text, "alliance", "DEU", "UKR")


def test_the_giver_after_a_determiner_chain_gives():
    # "des chars de l'Allemagne": two determiners between the arms and their giver
    assert_event(LanguageProbe("fr"), "L'Ukraine a reçu des chars de l'Allemagne.", "alliance", "DEU", "UKR")


@pytest.mark.parametrize("lang, text", [
    ("es", "Las entregas de armas a Ucrania se retrasaron."),
    ("ru", "Поставки оружия Украине задерживаются."),
    ("hu", "Ukrajnának erős biztonsági garanciákra van szüksége."),
])
def test_a_lone_receiver_is_the_target_and_the_giver_unknown(lang, text):
    ev = LanguageProbe(lang).first_event(text, "alliance")
    assert ev.source is None and code(ev.target) == "UKR", (text, code(ev.source), code(ev.target))


@pytest.mark.parametrize("lang, text, givers", [
    ("fr", "L'Ukraine a reçu des chars des États-Unis et du Royaume-Uni.", ["GBR", "USA"]),
    ("es", "Ucrania recibió tanques de Alemania y Polonia.", ["DEU", "POL"]),
    ("de", "Die Ukraine erhielt Panzer aus Deutschland und Polen.", ["DEU", "POL"]),
    ("ru", "Украина получила танки от Германии и Польши.", ["DEU", "POL"]),
    # a receiver marked as such after coordinated givers, a bloc among them: each gives
    ("hu", "Az Egyesült Államok, a NATO és az Európai Unió biztonsági garanciákat nyújtanának Ukrajnának.", ["EU", "NATO", "USA"]),
])
def test_coordinated_givers_give_each(lang, text, givers):
    found = LanguageProbe(lang).events(text, "alliance")
    assert found, text
    assert sorted(code(e.source) for e in found) == givers, (text, [code(e.source) for e in found])
    assert all(code(e.target) == "UKR" for e in found), (text, [code(e.target) for e in found])


# -- the same constructions where no parser runs: the clause grammar (case endings, particles, word order) --
@pytest.mark.parametrize("lang, text, kind, source, other", [
    ("cs", "Ukrajinský ministr obrany uvedl, že Polsko pošle vojáky do Litvy.", "deployment", "POL", "LTU"),
    ("uk", "Міністр оборони України заявив, що Польща направить війська до Литви.", "deployment", "POL", "LTU"),
    ("hu", "Az ukrán védelmi miniszter azt mondta, hogy Lengyelország katonákat küld Litvániába.", "deployment", "POL", "LTU"),
    ("ar", "قال وزير الدفاع الأوكراني إن بولندا سترسل قوات إلى ليتوانيا.", "deployment", "POL", "LTU"),
    ("zh", "乌克兰国防部长表示，波兰将向立陶宛派遣军队。", "deployment", "POL", "LTU"),
    ("ja", "ウクライナの国防相は、ポーランドがリトアニアに部隊を派遣すると述べた。", "deployment", "POL", "LTU"),
    ("cs", "Rusko dalo Ukrajině ultimátum.", "warning", "RUS", "UKR"),
    ("uk", "Росія висунула Україні ультиматум.", "warning", "RUS", "UKR"),
    ("hu", "Oroszország ultimátumot adott Ukrajnának.", "warning", "RUS", "UKR"),
    ("zh", "俄罗斯向乌克兰发出最后通牒。", "warning", "RUS", "UKR"),
    ("ja", "ロシアはウクライナに最後通告を突きつけた。", "warning", "RUS", "UKR"),
    ("cs", "Maďarsko schválilo vstup Švédska do NATO.", "alliance", "SWE", "NATO"),
    ("uk", "Угорщина схвалила вступ Швеції до НАТО.", "alliance", "SWE", "NATO"),
    ("hu", "Magyarország jóváhagyta Svédország NATO-csatlakozását.", "alliance", "SWE", "NATO"),
    ("ar", "وافقت المجر على انضمام السويد إلى حلف الناتو.", "alliance", "SWE", "NATO"),
    ("ar", "أثارت التهديدات الإيرانية قلق دول الخليج.", "warning", "IRN", None),
    ("ja", "ハンガリーはスウェーデンのNATO加盟を承認した。", "alliance", "SWE", "NATO"),
    # a bare instrumental after a passive verb is its agent
    ("uk", "Війська були направлені Францією до Малі.", "deployment", "FRA", "MLI"),
    ("ar", "تستضيف بولندا آلاف الجنود الأمريكيين.", "deployment", "USA", "POL"),
    # the party asked does the act: "X に対し … するよう求めた", "закликала Німеччину розмістити"
    ("ja", "ポーランドはドイツに対し、ポーランドにパトリオットを配備するよう求めた。", "deployment", "DEU", "POL"),
    ("uk", "Польща закликала Німеччину розмістити батареї Patriot у Польщі.", "deployment", "DEU", "POL"),
    ("zh", "波兰敦促德国在波兰部署爱国者导弹。", "deployment", "DEU", "POL"),
    ("hu", "Ukrajna harckocsikat kapott Németországtól.", "alliance", "DEU", "UKR"),
    ("uk", "Україна отримала танки від Німеччини.", "alliance", "DEU", "UKR"),
    ("ja", "ウクライナはドイツから戦車を受け取った。", "alliance", "DEU", "UKR"),
])
def test_roles_by_the_clause_grammar(lang, text, kind, source, other):
    assert_event(LanguageProbe(lang), text, kind, source, other)


@pytest.mark.parametrize("lang, text", [
    ("cs", "Francie a Německo vyslaly vojáky do Litvy."),
    ("uk", "Франція та Німеччина направили війська до Литви."),
    ("hu", "Franciaország és Németország katonákat küldött Litvániába."),
    ("ar", "أرسلت فرنسا وألمانيا قوات إلى ليتوانيا."),
    ("zh", "法国和德国向立陶宛派遣了军队。"),
    ("ja", "フランスとドイツはリトアニアに部隊を派遣した。"),
])
def test_coordinated_subjects_act_each_by_the_grammar(lang, text):
    found = LanguageProbe(lang).events(text, "deployment")
    assert found, text
    assert sorted(code(e.source) for e in found) == ["DEU", "FRA"], text
    assert all(e.location is not None and e.location.code == "LTU" for e in found), text


@pytest.mark.parametrize("lang, text, kind, source, other", [
    # an impersonal plural with a nationality on the weapons: their owner deploys, where they stand is the place
    ("uk", "У Білорусі розмістили російську ядерну зброю.", "deployment", "RUS", "BLR"),
    ("ru", "В Белоруссии разместили российское ядерное оружие.", "deployment", "RUS", "BLR"),
    ("cs", "V Bělorusku byly rozmístěny ruské jaderné zbraně.", "deployment", "RUS", "BLR"),
    ("hu", "Fehéroroszországban orosz nukleáris fegyvereket telepítettek.", "deployment", "RUS", "BLR"),
    # the place fronted before the verb, the speaker after the clause
    ("uk", "Німеччина відправить до Литви бригаду, повідомив міністр оборони.", "deployment", "DEU", "LTU"),
    ("ru", "Германия отправит в Литву бригаду, сообщил министр обороны.", "deployment", "DEU", "LTU"),
    ("cs", "Německo vyšle do Litvy brigádu, oznámil ministr obrany.", "deployment", "DEU", "LTU"),
    ("hu", "Németország dandárt küld Litvániába, közölte a védelmi miniszter.", "deployment", "DEU", "LTU"),
    # a threat with a condition: the one threatening is the source, not the party of the condition
    ("uk", "Лавров пригрозив Заходу відповіддю, якщо НАТО розмістить ракети в Польщі.", "warning", "RUS", None),
    ("ru", "Лавров пригрозил Западу ответом, если НАТО разместит ракеты в Польше.", "warning", "RUS", None),
    ("cs", "Lavrov pohrozil Západu odvetou, pokud NATO rozmístí rakety v Polsku.", "warning", "RUS", None),
])
def test_roles_with_fronted_places_and_impersonal_verbs(lang, text, kind, source, other):
    assert_event(LanguageProbe(lang), text, kind, source, other)


# -- clause mechanisms of issue 13 round 6 (own sentences, several languages) -------------------------
@pytest.mark.parametrize("lang, text, kind, source, other", [
    # a subordinate clause put first ends at its comma: the main clause's subject acts (roles._fronted_end)
    ("de", "Falls die Nato ihre Truppen im Baltikum verstärkt, wird Russland Raketen nach Belarus verlegen.",
     "deployment", "RUS", "BLR"),
    ("de", "Wenn Polen amerikanische Raketen aufnimmt, wird Russland seine Truppen nach Belarus verlegen.",
     "deployment", "RUS", "BLR"),
    ("fr", "Si la Pologne accueille des missiles américains, la Russie déploiera des troupes en Biélorussie.",
     "deployment", "RUS", "BLR"),
    # a nationality adjective between a preposition and its place shares its mark
    ("de", "Im syrischen Latakia hat Russland Kampfflugzeuge stationiert.", "deployment", "RUS", "SYR"),
    ("ru", "В сирийской Латакии Россия разместила истребители.", "deployment", "RUS", "SYR"),
    # after a verb of receiving, the party marked by the genitive gives (roles.genitive_marked)
    ("fr", "L'Ukraine a reçu des chars de l'Allemagne.", "alliance", "DEU", "UKR"),
    ("es", "Ucrania ha recibido misiles de Estados Unidos.", "alliance", "USA", "UKR"),
    # an object relative with its subject after the verb (roles.object_relatives)
    ("ru", "Танки, которые поставила Германия, уже воюют на фронте.", "alliance", "DEU", None),
    ("uk", "Танки, які передала Німеччина, вже воюють на фронті.", "alliance", "DEU", None),
    ("cs", "Tanky, které dodalo Německo, už bojují na frontě.", "alliance", "DEU", None),
    # not the object: the party the relative clause hangs on does the main clause's act
    ("ru", "Германия, которая поддерживает Израиль, направила фрегат в Красное море.", "deployment", "DEU", None),
    ("cs", "Německo, které podporuje Izrael, vyslalo fregatu do Rudého moře.", "deployment", "DEU", None),
    # a relative clause before its noun (ja roles.attributive_endings); the を-marked party is threatened
    ("ja", "台湾を威嚇する中国に対し、米国は懸念を表明した。", "warning", "CHN", "TWN"),
    ("ja", "日本を警告した北朝鮮は、報復を示唆した。", "warning", "PRK", "JPN"),
    # hu: a possessed noun of place after the party makes it where (roles.place_after)
    ("hu", "Lengyelország területén amerikai csapatok állomásoznak.", "deployment", "USA", "POL"),
    ("hu", "Litvánia fővárosában német katonák állomásoznak.", "deployment", "DEU", "LTU"),
    # zh 为 marks the one given to
    ("zh", "美国为乌克兰提供武器。", "alliance", "USA", "UKR"),
    ("zh", "德国将为波兰提供军事援助。", "alliance", "DEU", "POL"),
])
def test_clause_mechanisms_across_languages(lang, text, kind, source, other):
    found = LanguageProbe(lang).events(text, kind)
    assert found, text
    # (a sentence may report a second act: "Si la Pologne accueille des missiles américains" is the US's)
    read = [(code(e.source), (e.location.code if e.location else None) if kind == "deployment" else code(e.target))
            for e in found]
    assert any(s == source and (other is None or o == other) for s, o in read), (text, read)


@pytest.mark.parametrize("lang, text, pair", [
    # exercises of coordinated parties are one joint exercise, an alliance between them (EVENTS.md)
    ("ru", "Россия и Белоруссия проводят военные учения у границ Польши.", ["BLR", "RUS"]),
    ("ru", "Россия и Китай проведут военно-морские учения в Балтийском море.", ["CHN", "RUS"]),
    ("uk", "Збройні сили України та Польщі провели навчання.", ["POL", "UKR"]),
    ("cs", "Polsko a Litva pořádají vojenské cvičení.", ["LTU", "POL"]),
    ("hu", "Magyarország és Szerbia közös hadgyakorlatot tartott.", ["HUN", "SRB"]),
    ("de", "Russland und Belarus halten Militärmanöver ab.", ["BLR", "RUS"]),
    ("fr", "La France et l'Inde ont mené des exercices militaires conjoints.", ["FRA", "IND"]),
    ("es", "Rusia y Bielorrusia realizan maniobras militares.", ["BLR", "RUS"]),
    ("zh", "中国和俄罗斯举行了联合军事演习。", ["CHN", "RUS"]),
    ("ja", "日本とフィリピンは共同訓練を実施した。", ["JPN", "PHL"]),
])
def test_joint_exercise_of_coordinated_parties_is_one_alliance(lang, text, pair):
    found = LanguageProbe(lang).events(text, "alliance")
    assert found, text
    assert len(found) == 1, (text, [(code(e.source), code(e.target)) for e in found])
    assert sorted([code(found[0].source), code(found[0].target)]) == pair, text
    assert not LanguageProbe(lang).events(text, "deployment"), text


@pytest.mark.parametrize("lang, text", [
    # a pair word makes the coordinated parties one relation, not one act each (roles.pair_words)
    ("ru", "Учения между Россией и Белоруссией с участием войск НАТО начнутся в сентябре."),
    ("de", "Ein Verteidigungsabkommen zwischen Frankreich und Griechenland wurde unterzeichnet."),
    ("fr", "Un accord de défense entre la France et la Grèce a été signé."),
    ("es", "Se firmó un pacto de defensa entre Francia y Grecia."),
    ("zh", "美国和日本之间的军事同盟得到加强。"),
    ("ja", "日本とフィリピンの間で防衛協定が署名された。"),
])
def test_pair_words_keep_one_relation(lang, text):
    found = LanguageProbe(lang).events(text, "alliance")
    assert found, text
    assert len(found) == 1, (text, [(code(e.source), code(e.target)) for e in found])


@pytest.mark.parametrize("lang, text, source", [
    # a relation noun as the giver names no one; the party it belongs to receives (roles.relation_nouns)
    ("en", "Ukraine's Western partners will send more tanks to Kyiv.", None),
    ("fr", "Les alliés de l'Ukraine livreront de nouveaux chars.", None),
    ("ru", "Союзники Украины передадут ей новые танки.", None),
    ("ru", "Украина получила оружие, которое передали западные партнеры.", None),
    ("uk", "Партнери України передадуть нові танки.", None),
    ("cs", "Spojenci Ukrajiny dodají další tanky.", None),
    ("hu", "Ukrajna szövetségesei újabb harckocsikat szállítanak.", None),
    ("zh", "乌克兰的盟友将提供更多坦克。", None),
    # not when a named party stands beside them, nor for a bloc's allies (its members)
    ("en", "Germany and its partners will send more tanks to Ukraine.", "DEU"),
    ("en", "NATO allies will send more air defence systems to Ukraine.", "NATO"),
])
def test_relation_noun_names_no_giver(lang, text, source):
    found = LanguageProbe(lang).events(text, "alliance")
    assert found, text
    assert code(found[0].source) == source, (text, code(found[0].source))
    assert code(found[0].target) == "UKR", (text, code(found[0].target))


# -- round 7: the seller after a word of both kinds (ru "у": from a seller, at a place) -------------
@pytest.mark.parametrize("text, giver, receiver", [
    ("Польша закупит у США танки Abrams.", "USA", "POL"),
    ("Египет купил у Франции истребители Rafale.", "FRA", "EGY"),
    ("Индия приобрела у России зенитные ракетные комплексы.", "RUS", "IND"),
    ("Венгрия получила у Швеции новые истребители.", "SWE", "HUN"),
])
def test_ru_u_right_before_the_party_is_the_seller(text, giver, receiver):
    assert_event(LanguageProbe("ru"), text, "alliance", giver, receiver)


@pytest.mark.parametrize("text, source, place", [
    ("Россия разместила войска у границ Украины.", "RUS", "UKR"),
    ("Китай развернул военные корабли у Тайваня.", "CHN", "TWN"),
])
def test_ru_u_past_a_place_noun_or_by_a_deployment_stays_a_place(text, source, place):
    assert_event(LanguageProbe("ru"), text, "deployment", source, place)


# -- de: a subject noun phrase that names no party leaves the parties after it as objects ------------
@pytest.mark.parametrize("text, source, target", [
    ("Der Außenminister drohte Polen mit Konsequenzen.", None, "POL"),
    ("Die Regierungssprecherin hat Litauen vor harten Gegenmaßnahmen gewarnt.", None, "LTU"),
    ("Ein Sprecher des Außenministeriums warnt Estland vor Vergeltung.", None, "EST"),
    ("Das Ministerium teilte mit, dass der Minister Lettland mit Sanktionen gedroht habe.", None, "LVA"),
    ("Das Außenministerium in Peking drohte Japan mit Gegenmaßnahmen.", "CHN", "JPN"),
    ("Die Sprecherin des Ministeriums in Moskau warnte Finnland vor Konsequenzen.", "RUS", "FIN"),
    # the phrase names a party: it is the subject
    ("Der russische Präsident drohte Polen mit Vergeltung.", "RUS", "POL"),
    ("Ein Sprecher des Kremls drohte Litauen mit Konsequenzen.", "RUS", "LTU"),
    ("Am Montag drohte Russland Estland mit Gegenmaßnahmen.", "RUS", "EST"),
])
def test_de_unnamed_subject_is_no_party(text, source, target):
    assert_event(LanguageProbe("de"), text, "warning", source, target)


# -- ja: a condition's subject is warned; a warning with no subject was made by the sentence before's party --
@pytest.mark.parametrize("text, source, target", [
    ("中国外務省の報道官は記者会見を開いた。日本が台湾問題に介入すれば対抗措置を取ると警告した。", "CHN", "JPN"),
    ("ロシアの外相は声明を発表した。フィンランドが軍事同盟に加わるなら報復すると警告した。", "RUS", "FIN"),
    # the threatener is named in its own sentence: it stays
    ("北朝鮮は、米国が軍事演習を続ければ強力な対抗措置を取ると警告した。", "PRK", "USA"),
    ("イランは、イスラエルが攻撃したら報復すると威嚇した。", "IRN", "ISR"),
])
def test_ja_condition_subject_is_warned_and_the_left_out_subject_is_the_one_before(text, source, target):
    assert_event(LanguageProbe("ja"), text, "warning", source, target)


# -- ar: a definite noun right after the verb that names no party is its subject ---------------------------
@pytest.mark.parametrize("text, source, target", [
    ("حذر المسؤول الكبير بولندا من عواقب.", None, "POL"),
    ("هدد البيان إستونيا بالرد.", None, "EST"),
    # the subject names its party: it warns
    ("هدد الرئيس الروسي بولندا بالانتقام.", "RUS", "POL"),
    ("حذرت الولايات المتحدة روسيا من عواقب.", "USA", "RUS"),
])
def test_ar_unnamed_subject_after_the_verb(text, source, target):
    assert_event(LanguageProbe("ar"), text, "warning", source, target)


# -- a warning answered: the one who reacts is warned, the noun's owner (or a party between) warns -----------
@pytest.mark.parametrize("lang, text, source, target", [
    ("ru", "Украина отреагировала на ультиматум России.", "RUS", "UKR"),
    ("ru", "Польша раскритиковала ультиматум Москвы.", "RUS", "POL"),
    ("uk", "Україна відреагувала на ультиматум Росії.", "RUS", "UKR"),
    ("cs", "Litva kritizovala ultimátum Moskvy.", "RUS", "LTU"),
    ("de", "Litauen verurteilte die Drohungen aus Minsk.", "BLR", "LTU"),
    ("es", "Lituania condenó las amenazas de Bielorrusia.", "BLR", "LTU"),
    ("en", "Kyiv rejected the ultimatum of Russia.", "RUS", "UKR"),
])
def test_a_warning_answered_is_the_owners(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


def test_a_reaction_far_before_a_threat_does_not_answer_it():
    # "respond to any attack with a crushing response" is the threat itself: Iran issues it
    assert_event(EN, "Iran vowed to respond to any attack with a crushing response.", "warning", "IRN")


# -- forces said to be foreign belong to no one named: not the speaker's, not a party of the clause ------------
@pytest.mark.parametrize("lang, text", [
    ("en", "The Syrian foreign minister said foreign forces were illegally deployed in Syria."),
    ("de", "Der syrische Außenminister sagte, ausländische Truppen seien illegal in Syrien stationiert."),
    ("fr", "Le ministre syrien a déclaré que des forces étrangères étaient déployées illégalement en Syrie."),
    ("es", "El ministro sirio dijo que fuerzas extranjeras están desplegadas ilegalmente en Siria."),
    ("ru", "Сирийский министр заявил, что иностранные войска незаконно размещены в Сирии."),
    ("uk", "Сирійський міністр заявив, що іноземні війська незаконно розміщені в Сирії."),
    ("cs", "Syrský ministr uvedl, že zahraniční vojska jsou v Sýrii rozmístěna nelegálně."),
    ("hu", "A szíriai külügyminiszter szerint a külföldi csapatok illegálisan állomásoznak Szíriában."),
    ("ja", "シリアの外相は、外国軍がシリアに不法に駐留していると述べた。"),
    ("zh", "叙利亚外长表示，外国军队非法驻扎在叙利亚境内。"),
    ("ar", "قال وزير الخارجية السوري إن القوات الأجنبية منتشرة بشكل غير قانوني في سوريا."),
])
def test_foreign_forces_have_no_named_owner(lang, text):
    assert_event(LanguageProbe(lang), text, "deployment", None, "SYR")


# -- ru/uk impersonal plural: the office or capital named as where it was said warns --------------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("ru", "В Кремле пригрозили Польше ответными мерами.", "RUS", "POL"),
    ("ru", "В МИД России предупредили Финляндию о последствиях.", "RUS", "FIN"),
    ("ru", "В Пекине пригрозили Японии контрмерами.", "CHN", "JPN"),
    ("uk", "У Кремлі пригрозили Польщі відповіддю.", "RUS", "POL"),
    # a named subject stays the warner
    ("ru", "Белоруссия пригрозила Литве ответными мерами.", "BLR", "LTU"),
])
def test_impersonal_plural_speaks_for_the_office_named_as_place(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- de: the passive auxiliary apart from its participle; the agent before the verb acts ----------------------
@pytest.mark.parametrize("text, kind, source, other", [
    ("Polen wurde von Russland vor Konsequenzen gewarnt.", "warning", "RUS", "POL"),
    ("Litauen ist von Belarus mit Vergeltung bedroht worden.", "warning", "BLR", "LTU"),
    ("Die Ukraine wurde von den USA mit Waffen beliefert.", "alliance", "USA", "UKR"),
    ("Weitere Truppen wurden von Deutschland nach Litauen verlegt.", "deployment", "DEU", "LTU"),
])
def test_de_agent_before_the_participle_acts(text, kind, source, other):
    assert_event(LanguageProbe("de"), text, kind, source, other)


@pytest.mark.parametrize("text, target", [
    ("Polen wurde vor Konsequenzen gewarnt.", "POL"),
    ("Polen wurde vor einem Angriff von Belarus gewarnt.", "POL"),
    ("Der Botschafter Polens wurde in Moskau einbestellt.", "POL"),
])
def test_de_passive_subject_with_no_agent_is_warned(text, target):
    assert_event(LanguageProbe("de"), text, "warning", None, target)


# -- a warning noun: the genitive after it made it, a dative after it is whom it is addressed to --------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("uk", "Кремль повторив погрозу Литві.", "RUS", "LTU"),
    ("uk", "Москва надіслала ультиматум Києву.", "RUS", "UKR"),
    ("uk", "Погрози Росії Литві посилюються.", "RUS", "LTU"),
    ("uk", "Україна відкинула ультиматум Росії.", "RUS", "UKR"),
    ("ru", "Москва направила ультиматум Киеву.", "RUS", "UKR"),
    ("ru", "Ультиматум Вашингтона Тегерану истекает в пятницу.", "USA", "IRN"),
    ("ru", "Украина отвергла ультиматум России.", "RUS", "UKR"),
    ("cs", "Moskva adresovala ultimátum Kyjevu.", "RUS", "UKR"),
    ("cs", "Ultimátum Washingtonu Íránu vyprší v pátek.", "USA", "IRN"),
    ("cs", "Ukrajina odmítla ultimátum Ruska.", "RUS", "UKR"),
    # the dative put before the noun is no possessor either
    ("ru", "Россия предъявила Украине ультиматум.", "RUS", "UKR"),
    ("uk", "Росія висунула Україні ультиматум.", "RUS", "UKR"),
])
def test_a_dative_after_a_warning_noun_is_warned(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ультиматум России возмутил Запад."),
    ("cs", "Ultimátum Ruska pobouřilo Západ."),
])
def test_the_genitive_after_an_ultimatum_gave_it(lang, text):
    assert_event(LanguageProbe(lang), text, "warning", "RUS")


# -- a bloc that gives arms or trains is the giver, the state the receiver (not a state joining a bloc) --------
@pytest.mark.parametrize("lang, text, giver, receiver", [
    ("de", "Die EU will der Ukraine weitere Munition liefern.", "EU", "UKR"),
    ("de", "Die EU soll der Ukraine mehr Munition liefern.", "EU", "UKR"),
    ("de", "Die Ausbildung ukrainischer Soldaten durch die Nato geht weiter.", "NATO", "UKR"),
    ("en", "The EU will supply Ukraine with more ammunition.", "EU", "UKR"),
    ("fr", "L'UE va livrer davantage de munitions à l'Ukraine.", "EU", "UKR"),
    ("ru", "Евросоюз поставит Украине боеприпасы.", "EU", "UKR"),
    # a state still joins the bloc
    ("de", "Finnland ist der Nato beigetreten.", "FIN", "NATO"),
    ("en", "Finland joined NATO in April.", "FIN", "NATO"),
])
def test_a_bloc_that_gives_is_the_source(lang, text, giver, receiver):
    assert_event(LanguageProbe(lang), text, "alliance", giver, receiver)


# -- round 9: a warning to coordinated parties is one act per party; a preposition before the first governs them all --
@pytest.mark.parametrize("lang, text, source, targets", [
    ("en", "Russia summoned the ambassadors of Germany, France and Italy.", "RUS", ["DEU", "FRA", "ITA"]),
    ("en", "North Korea warned South Korea, Japan and the United States against further drills.", "PRK", ["JPN", "KOR", "USA"]),
    ("de", "China warnte die USA und Japan vor einer Einmischung.", "CHN", ["JPN", "USA"]),
    ("de", "Nordkorea drohte Südkorea und Japan mit Vergeltung.", "PRK", ["JPN", "KOR"]),
    ("fr", "La Chine a mis en garde les États-Unis et le Japon contre toute ingérence.", "CHN", ["JPN", "USA"]),
    ("es", "Corea del Norte amenazó a Corea del Sur y Japón con represalias.", "PRK", ["JPN", "KOR"]),
    ("ru", "МИД России вызвал послов Германии, Франции и Италии.", "RUS", ["DEU", "FRA", "ITA"]),
    ("uk", "Україна відкликала своїх послів з Росії та Білорусі.", "UKR", ["BLR", "RUS"]),
    ("cs", "Rusko pohrozilo Litvě a Lotyšsku odvetou.", "RUS", ["LTU", "LVA"]),
    ("hu", "Oroszország bekérette Németország, Franciaország és Olaszország nagykövetét.", "RUS", ["DEU", "FRA", "ITA"]),
    ("zh", "中国召回了驻立陶宛、拉脱维亚和爱沙尼亚的大使。", "CHN", ["EST", "LTU", "LVA"]),
    ("ja", "ロシアはドイツ、フランス、イタリアの大使を呼び出した。", "RUS", ["DEU", "FRA", "ITA"]),
    ("ja", "中国は米国と日本に対して警告した。", "CHN", ["JPN", "USA"]),
    ("ar", "استدعت روسيا سفراء ألمانيا وفرنسا وإيطاليا.", "RUS", ["DEU", "FRA", "ITA"]),
])
def test_a_warning_to_coordinated_parties_is_one_act_each(lang, text, source, targets):
    found = LanguageProbe(lang).events(text, "warning")
    assert found, text
    assert sorted(code(e.target) for e in found) == targets, (text, [(code(e.source), code(e.target)) for e in found])
    assert all(code(e.source) == source for e in found), (text, [code(e.source) for e in found])


# -- envoys recalled from a place: that place is warned; a nationality on the envoys is the source's own people --------
@pytest.mark.parametrize("lang, text, source, targets", [
    ("cs", "Ministerstvo rozhodlo, že odvolá americké velvyslance z Běloruska a Ruska.", "USA", ["BLR", "RUS"]),
    ("cs", "Úřad oznámil, že odvolal polského velvyslance z Moskvy.", "POL", ["RUS"]),
    ("ru", "Министерство решило отозвать американских послов из Белоруссии и России.", "USA", ["BLR", "RUS"]),
    ("uk", "Міністерство вирішило відкликати американських послів з Білорусі та Росії.", "USA", ["BLR", "RUS"]),
    ("ru", "Литва отозвала посла из России.", "LTU", ["RUS"]),
    # an origin after another party is no envoy's post: the party addressed is warned
    ("en", "China warned Japan against buying weapons from the United States.", "CHN", ["JPN"]),
    ("ru", "Китай предупредил Японию о закупках оружия у США.", "CHN", ["JPN"]),
])
def test_envoys_recalled_from_a_place_warn_it(lang, text, source, targets):
    found = LanguageProbe(lang).events(text, "warning")
    assert found, text
    assert sorted(code(e.target) for e in found) == targets, (text, [(code(e.source), code(e.target)) for e in found])
    assert all(code(e.source) == source for e in found), (text, [code(e.source) for e in found])


# -- the seat of an office named after it speaks for its government; a fronted place does not ------------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "The foreign ministry in Beijing warned Tokyo against interference.", "CHN", "JPN"),
    ("en", "The defence ministry in Moscow has warned Finland of countermeasures.", "RUS", "FIN"),
    ("ru", "Министерство в Пекине предупредило Токио о последствиях.", "CHN", "JPN"),
    ("uk", "Міністерство в Москві попередило Фінляндію про наслідки.", "RUS", "FIN"),
    ("cs", "Ministerstvo v Pekingu varovalo Tokio před důsledky.", "CHN", "JPN"),
    ("en", "Officials in Tokyo said the ministry in Beijing had warned Japan.", "CHN", "JPN"),
    ("en", "In Beijing, officials warned Tokyo against interference.", None, "JPN"),
])
def test_the_office_seat_warns(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- a warning with its own subject inside what was said is that subject's; an undergoing subject is warned ---------
@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "The Polish president said China had warned Japan of consequences.", "CHN", "JPN"),
    ("en", "Zelensky said Russia threatened Ukraine with new strikes.", "RUS", "UKR"),
    ("de", "Der polnische Präsident sagte, China habe Japan vor Konsequenzen gewarnt.", "CHN", "JPN"),
    ("fr", "Le président polonais a déclaré que la Chine avait menacé le Japon de représailles.", "CHN", "JPN"),
    ("es", "El presidente polaco dijo que China había amenazado a Japón con represalias.", "CHN", "JPN"),
    ("ru", "Президент Польши заявил, что Китай пригрозил Японии ответными мерами.", "CHN", "JPN"),
    ("ru", "Глава британской дипломатии заявила, что Россия подвергнется серьезным последствиям.", "GBR", "RUS"),
    ("en", "Lavrov said Moscow would retaliate against any attack.", "RUS", None),
])
def test_a_reported_warning_is_its_own_subjects(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- "NP, adjunct or relative clause, warned COUNTRY": no inverted quotation, the country is warned --------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "China's defence ministry, in a statement released late on Monday, warned Manila against provocations.", "CHN", "PHL"),
    ("en", "The Russian embassy in London, in a statement on Sunday, warned Britain of consequences.", "RUS", "GBR"),
    ("de", "Der Kreml, der die Erweiterung des Bündnisses ablehnt, drohte Finnland mit Gegenmaßnahmen.", "RUS", "FIN"),
    ("es", "El Ministerio de Defensa chino, en un comunicado difundido el lunes, advirtió a Manila contra nuevas provocaciones.", "CHN", "PHL"),
    # an inverted quotation stays one: its speaker warns
    ("en", "Russia will respond to any attack, warned Lavrov.", "RUS", None),
    ("de", "Russland werde auf jeden Angriff antworten, warnte Lawrow.", "RUS", None),
])
def test_a_subject_set_off_by_commas_is_no_quotation(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- a passive agent right before a noun trigger made it: the passive subject is warned ----------------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "La Lituanie a été menacée par Moscou de représailles.", "RUS", "LTU"),
    ("fr", "La Lettonie est menacée par Minsk de contre-mesures.", "BLR", "LVA"),
    ("en", "Lithuania has been threatened by Moscow with countermeasures.", "RUS", "LTU"),
    ("es", "Polonia fue amenazada por Rusia con sanciones.", "RUS", "POL"),
])
def test_a_passive_agent_before_a_noun_trigger_warns(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- verb-second: a bloc right before a country are two parties, the subject and the one warned ----------------------
@pytest.mark.parametrize("text, source, target", [
    ("Am Freitag drohte die EU Russland mit Sanktionen.", "EU", "RUS"),
    ("Mit Gegenmaßnahmen drohte die Nato Belarus am Montag.", "NATO", "BLR"),
])
def test_de_bloc_then_country_after_the_verb_are_two_parties(text, source, target):
    assert_event(LanguageProbe("de"), text, "warning", source, target)
