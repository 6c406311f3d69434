"""English model data (streams/engine/lang/en): events, modality, statements, and silence on
ordinary news. All sentences were written for this test."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code

EN = LanguageProbe("en")


# -- modality ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, modality", [
    ("Russia might deploy Iskander missiles to Kaliningrad next year.", "hypothetical"),
    ("Belarus would be forced to station additional troops on its western border if Poland expanded its exercises.",
     "conditional"),
    ("The United States plans to deploy a second aircraft carrier to the eastern Mediterranean.", "planned"),
    ("Beijing denied plans to deploy fighter jets to the disputed islands.", "denied"),
    ("India did not deploy additional troops to the border, the army said.", "negated"),
    ("Turkey deployed two frigates to the Aegean on Tuesday.", "asserted"),
    ("Latvia called for the deployment of NATO troops on its territory.", "hypothetical"),
    ("France is considering sending troops to Ukraine.", "planned"),
    ("Japan ruled out sending warships to the strait.", "negated"),
    ("NATO should send more troops to the Baltic states, the report said.", "hypothetical"),
])
def test_deployment_modality(text, modality):
    assert EN.only_event(text, "deployment").modality == modality


@pytest.mark.parametrize("text", [
    "Minsk rejected claims that Russian troops had entered Belarus.",
    "Moscow dismissed as baseless reports that its jets had violated Finnish airspace.",
])
def test_rejected_claims_are_denied(text):
    assert EN.only_event(text, "deployment").modality == "denied"


def test_declining_to_threaten_is_negated():
    assert EN.only_event("The president declined to threaten Moscow with sanctions.", "warning").modality == "negated"


def test_would_be_forced_to_is_not_asserted():
    ev = EN.only_event("Moscow would be forced to move troops closer to the border if the drills went ahead.", "deployment")
    assert ev.modality in ("conditional", "hypothetical")
    assert code(ev.source) == "RUS"


# -- deployments ---------------------------------------------------------------------------------
def test_deployment_roles():
    ev = EN.only_event("Russia might deploy Iskander missiles to Kaliningrad next year.", "deployment")
    assert code(ev.source) == "RUS"
    assert ev.force is not None and "missiles" in ev.force.text
    assert ev.location is not None and ev.location.name == "Kaliningrad"


def test_alert_and_mobilisation():
    assert code(EN.only_event("The Kremlin put its strategic forces on high alert.", "deployment").source) == "RUS"
    ev = EN.only_event("Armenia mobilised its reservists after clashes on the frontier.", "deployment")
    assert code(ev.source) == "ARM"


# -- warnings ------------------------------------------------------------------------------------
def test_warning_with_addressee():
    ev = EN.only_event("Iran warned Israel that it would respond decisively to any attack on its nuclear sites.", "warning")
    assert code(ev.source) == "IRN" and code(ev.target) == "ISR"


def test_threat_verb():
    ev = EN.only_event("Pyongyang threatened to retaliate against Seoul over the leaflet campaign.", "warning")
    assert code(ev.source) == "PRK" and code(ev.target) == "KOR"


def test_conditional_warning_in_a_statement():
    text = ("The Chinese foreign ministry spokesperson said Beijing would take necessary measures "
            "if Washington continued arms sales to Taiwan.")
    ev = EN.only_event(text, "warning")
    assert code(ev.source) == "CHN" and code(ev.target) == "USA"
    assert ev.modality == "asserted"  # an issued conditional threat is asserted (EVENTS.md)
    assert ev.statement_id is not None


def test_summoning_an_ambassador_is_a_warning():
    ev = EN.only_event("Poland summoned the Russian ambassador after a drone crashed near Lublin.", "warning")
    assert code(ev.source) == "POL" and code(ev.target) == "RUS"


def test_announced_offensive_is_a_threat():
    ev = EN.only_event("Ankara said it will launch a military operation against the militants within days.", "warning")
    assert code(ev.source) == "TUR"


# -- alliances -----------------------------------------------------------------------------------
def test_alliance_partners_include_the_speakers():
    ev = EN.only_event("Japan and the Philippines agreed to strengthen military ties and hold joint exercises.", "alliance")
    assert {code(p) for p in ev.partners} == {"JPN", "PHL"}


def test_joint_exercises():
    ev = EN.only_event("India and France held joint naval exercises in the Arabian Sea.", "alliance")
    assert {code(p) for p in ev.partners} == {"IND", "FRA"}


# -- statements ----------------------------------------------------------------------------------
def test_statement_spans():
    text = "Maria Lind, a spokeswoman for the Swedish navy, said the submarine had left the harbour."
    [st] = EN.extract(text).statements
    assert st.speaker.text == "Maria Lind, a spokeswoman for the Swedish navy"
    assert st.cue.text == "said"
    assert st.content.text == "the submarine had left the harbour"


def test_inverted_quote_with_apposition():
    text = '"We will defend every metre of our coast," said Kai Berg, commander of the coastal fleet.'
    [st] = EN.extract(text).statements
    assert st.kind == "direct"
    assert st.speaker.text == "Kai Berg, commander of the coastal fleet"
    assert "We will defend every metre of our coast" in st.content.text


def test_according_to():
    text = "The frigate entered the strait on Sunday, according to the Greek defence ministry."
    [st] = EN.extract(text).statements
    assert st.kind == "according_to"
    assert st.speaker.text == "the Greek defence ministry"
    assert st.content.text == "The frigate entered the strait on Sunday"


# -- precision: ordinary news must stay quiet -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The striker threatened to leave the club after the cup final.",
    "The storm threatened coastal towns on Sunday night.",
    "The coach sent his best players onto the field in the second half.",
    "The company moved its headquarters to Dublin last spring.",
    "Police were deployed to the stadium before the derby.",
    "The opposition parties formed an electoral alliance before the vote.",
    "The rebels attacked an army base in the north and killed four soldiers.",
    "Anti-riot police took up positions near the parliament building.",
    "The bank faces the threat of insolvency after a year of losses.",
    "The new rail line is expected to open next year, the mayor said.",
    "A local man was threatened with a knife outside a bar in Leeds.",
    "The government withdrew its troops from the border town and sent them home.",
    "The village held its annual music festival at the weekend.",
])
def test_no_event_on_ordinary_news(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


def test_cue_inside_a_country_name_is_no_statement():
    assert EN.extract("The United States and Japan signed a trade deal.").statements == []


@pytest.mark.parametrize("text, type_, source", [
    ("Moscow vowed to respond to the expansion of the alliance's bases in the north.", "warning", "RUS"),
    ("Putin ordered troops into the eastern region on Monday.", "deployment", "RUS"),
    ("Russia is building up forces near the Estonian border.", "deployment", "RUS"),
    ("Israel called up 300,000 reservists after the attack.", "deployment", "ISR"),
    ("Serbia put its army on the highest level of combat readiness.", "deployment", "SRB"),
])
def test_more_triggers(text, type_, source):
    ev = EN.only_event(text, type_)
    assert code(ev.source) == source


@pytest.mark.parametrize("text", [
    "The ministry will respond to the questions from journalists next week.",
    "The judge ordered the army to pay compensation to the family.",
    "The Syrian army and allied fighters carried out strikes in retaliation for the attack.",
])
def test_more_negatives(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


# -- deployment precision (PLOVER MOBILIZE): phrases that name the forces themselves, armed
# mobilisation only, and forces sent to strike or arrest are an attack / coercion -------------------
@pytest.mark.parametrize("text, source", [
    ("Turkey has increased its forces along the Syrian border.", "TUR"),
    ("Azerbaijan boosted troop numbers near the frontier this week.", "AZE"),
    ("India is massing troops in the eastern sector.", "IND"),
    ("Serbia mobilised the army after the clashes in the north.", "SRB"),
    ("Ukraine ordered a general mobilisation of all men aged 18 to 60.", "UKR"),
])
def test_force_increase_and_armed_mobilisation(text, source):
    assert code(EN.only_event(text, "deployment").source) == source


@pytest.mark.parametrize("text", [
    "Trade unions mobilised thousands of workers against the pension reform.",
    "The ministry will mobilise funds for the new hospitals.",
    "Campaigners urged students to mobilize ahead of the referendum.",
    "Israel sent fighter jets to bomb a weapons depot near Damascus last night.",
    "The governor sent troops to arrest the leaders of the uprising.",
])
def test_no_deployment_for_civil_mobilisation_or_strikes(text):
    assert EN.events(text, "deployment") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


# -- EVENTS.md clause by clause (issue 13): our own sentences, several persons, tenses and orders --
from tests.unit.engine_helpers import assert_event  # noqa: E402


@pytest.mark.parametrize("text, source, place", [
    # standing presence
    ("A Dutch-led battalion has been stationed in Lithuania since 2019.", "NLD", "LTU"),
    ("Some 30,000 American soldiers are based in Germany.", "USA", "DEU"),
    ("Turkish troops remain in northern Iraq.", "TUR", "IRQ"),
    ("Russian forces are still present in Moldova's breakaway region.", "RUS", "MDA"),
    ("The United States has about 900 troops in Syria.", "USA", "SYR"),
    ("France still has a few hundred soldiers in Chad.", "FRA", None),
    ("Britain keeps a garrison on the Falkland Islands.", "GBR", "FLK"),
    # moves, every tense
    ("Germany will deploy a brigade to Lithuania by 2027.", "DEU", "LTU"),
    ("Italy is sending two frigates to the Red Sea.", "ITA", None),
    ("Canada sent 200 soldiers to Latvia last year.", "CAN", "LVA"),
    ("Beijing flew 30 warplanes into Taiwan's air defence zone.", "CHN", "TWN"),
    ("Russian troops crossed into Ukraine in February.", "RUS", "UKR"),
    ("Two American destroyers entered the Black Sea on Saturday.", "USA", None),
    # reinforcement
    ("Finland is reinforcing its eastern border with extra troops.", "FIN", "FIN"),
    ("Israel bolstered its forces along the northern frontier.", "ISR", None),
])
def test_deployment_clauses(text, source, place):
    ev = assert_event(EN, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text, source", [
    ("Taiwan put its armed forces on high alert after the launch.", "TWN"),
    ("The Greek navy has been placed on full alert.", "GRC"),
    ("Seoul raised the alert level of its frontline units.", "KOR"),
])
def test_alerts_are_deployments_at_home(text, source):
    ev = assert_event(EN, text, "deployment", source)
    assert ev.location is None or ev.location.code == source


@pytest.mark.parametrize("text", [
    "The mission has 14,000 troops.",  # no place: a possession verb alone is no deployment
    "Government troops have captured the town from the rebels.",  # "have" is an auxiliary
    "Soldiers have filled sandbags along the river banks.",
    "The hospital has sent its doctors to the flooded villages.",
    "Thousands of students have marched in Warsaw.",
])
def test_no_deployment_from_have_or_relief(text):
    assert EN.events(text, "deployment") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text, source, target", [
    ("Beijing warned Manila against provoking a confrontation in the South China Sea.", "CHN", "PHL"),
    ("Moscow has warned Helsinki not to host American bases.", "RUS", "FIN"),
    ("Pyongyang warned Washington and Seoul that the drills could spark a nuclear war.", "PRK", "USA"),
    ("Tehran warns Israel it will face a crushing response.", "IRN", "ISR"),
    ("Turkey gave Sweden a one-week deadline to act or face the end of the talks.", "TUR", "SWE"),
    ("Washington issued an ultimatum to Caracas.", "USA", "VEN"),
    ("Ankara threatened Athens with military action over the islands.", "TUR", "GRC"),
    ("The EU threatened Hungary with sanctions if it blocked the aid.", "EU", "HUN"),
    ("Kyiv warned Budapest that it would respond to the ban.", "UKR", "HUN"),
])
def test_warning_clauses(text, source, target):
    assert_event(EN, text, "warning", source, target, "asserted")


@pytest.mark.parametrize("text, source", [
    ("Russia will respond to the deployment of missiles in Germany, Lavrov said.", "RUS"),
    ("India said any attack on its territory would be met with a strong response.", "IND"),
    ("Erdogan said Turkey would not allow a terror corridor on its southern border.", "TUR"),
    ("Beijing vowed to retaliate if Manila continued the patrols.", "CHN"),
])
def test_promised_responses_are_warnings(text, source):
    assert_event(EN, text, "warning", source, modality="asserted")


@pytest.mark.parametrize("text", [
    "The central bank warned of a recession next year.",
    "Health officials warned of a new flu wave this winter.",
    "The embassy warned its citizens to leave the country.",
    "Russia is a threat to Europe, the minister said.",
    "Rising energy prices pose a threat to the European economy.",
    "Police warned drivers to avoid the motorway.",
    "The UN condemned the attack on the convoy.",
])
def test_no_warning(text):
    assert EN.events(text, "warning") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine and Britain signed a security agreement on Friday.", "UKR", "GBR"),
    ("Finland joined NATO in 2023.", "FIN", "NATO"),
    ("The United States will send $2 billion in military aid to Taiwan.", "USA", "TWN"),
    ("Germany delivered Leopard tanks to Ukraine.", "DEU", "UKR"),
    ("France sold 24 Rafale jets to India.", "FRA", "IND"),
    ("Ukraine received Patriot systems from Germany.", "DEU", "UKR"),
    ("Russian and Chinese warships held joint drills in the Sea of Japan.", "RUS", "CHN"),
    ("Japan and the Philippines signed a reciprocal access agreement.", "JPN", "PHL"),
])
def test_alliance_clauses(text, source, target):
    assert_event(EN, text, "alliance", source, target)


@pytest.mark.parametrize("text", [
    "The two parties formed a coalition government.",
    "The countries signed a trade agreement.",
    "Ukraine will buy more drones.",  # buying with no giver named is no supply between states
    "The allies pledged more weapons at the meeting.",  # no named party: no alliance
])
def test_no_alliance(text):
    assert EN.events(text, "alliance") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


# -- modality: refusals and denials are never asserted deployments --------------------------------
@pytest.mark.parametrize("text, modality", [
    ("The Kremlin denied reports that Russia plans to send troops to Belarus.", "denied"),
    ("Spain refused to send peacekeepers to the region.", "negated"),
    ("The US will not send ground troops to Ukraine, the president said.", "negated"),
])
def test_refusal_and_denial(text, modality):
    assert EN.first_event(text, "deployment").modality == modality


def test_a_warning_not_to_allow_a_deployment_is_asserted():
    ev = EN.first_event('"We will not allow the stationing of foreign missiles on our borders," the Belarusian minister said.', "warning")
    assert ev.modality == "asserted"


# -- roles from the clause (issue 13 "Roles") ------------------------------------------------------
def test_addressee_of_warned_is_the_target_not_a_later_country():
    ev = EN.first_event("Lavrov warned Washington that Moscow would answer any deployment of missiles in Japan.", "warning")
    assert code(ev.source) == "RUS" and code(ev.target) == "USA"


def test_answered_deployment_is_not_the_speakers():
    # the deployment belongs to no named party: none, not Russia's
    assert EN.events("Lavrov warned Washington that Moscow would answer any deployment of missiles in Japan.", "deployment") == []


def test_conditional_deployment_subject_is_the_pronoun_antecedent():
    text = "The foreign minister warned Romania would face consequences if it deployed American missiles."
    assert_event(EN, text, "deployment", "ROU", modality="conditional")


def test_subject_of_reported_deployment_not_the_speakers_country():
    assert_event(EN, "The defence minister of Ukraine said that Poland would send troops to its border.", "deployment", "POL")


def test_destination_is_the_place_not_the_source():
    assert_event(EN, "Portugal will send 300 soldiers to Romania.", "deployment", "PRT", "ROU")


def test_where_the_speaker_spoke_is_no_party():
    ev = EN.first_event("The secretary general said in Riga that Sweden had joined NATO.", "alliance")
    assert code(ev.source) == "SWE" and code(ev.target) == "NATO"
    # "the alliance" naming NATO is no act of alignment
    assert EN.events("Stoltenberg said in Riga that the alliance would defend every inch of its territory.", "alliance") == []
    ev = EN.first_event("Speaking in Tallinn, the Polish prime minister warned Moscow against any provocation.", "warning")
    assert code(ev.source) == "POL" and code(ev.target) == "RUS"


def test_pronoun_speaker_resolves_to_the_earlier_person():
    text = "Macron spoke to reporters in Paris. He warned Russia that France would respond to any attack on its allies."
    assert_event(EN, text, "warning", "FRA", "RUS")


@pytest.mark.parametrize("text, source", [
    ("China summoned the ambassador to protest a naval patrol.", None),  # no patroller named: no deployment
    ("Japan protested the deployment of Russian missiles on the Kuril Islands.", "RUS"),
    ("Ukraine accused Belarus of massing troops on the border.", "BLR"),
])
def test_a_protested_deployment_belongs_to_its_owner(text, source):
    found = EN.events(text, "deployment")
    if source is None:
        assert found == [], [(code(e.source), e.trigger.text) for e in found]
    else:
        assert found, text
        assert code(found[0].source) == source


def test_an_alliance_needs_a_named_party():
    assert EN.events("The allies pledged more weapons for the front at the meeting.", "alliance") == []


@pytest.mark.parametrize("text, source, target", [
    ("Poland will face serious consequences, the Belarusian defence minister said.", "BLR", "POL"),
    ("Tehran will pay a heavy price for the attack, Israel's defence minister said.", "ISR", "IRN"),
    ("The Russian embassy said Britain's decision to send jets will have grave consequences.", "RUS", "GBR"),
])
def test_the_party_that_would_pay_is_warned(text, source, target):
    assert_event(EN, text, "warning", source, target, "asserted")


def test_an_unresolved_speaker_leaves_the_threatening_party_unknown():
    ev = EN.first_event("The president said he told the Kremlin that Russia would pay a terrible price if it invaded Ukraine.", "warning")
    assert ev.source is None and code(ev.target) == "RUS"


@pytest.mark.parametrize("text, source", [
    ("Moscow said it was ready to use force to protect its citizens abroad.", "RUS"),
    ("Washington has not ruled out military action against Iran.", "USA"),
    ("Israel gave Hezbollah until Sunday to pull back or face an offensive.", "ISR"),
    ("Beijing said Washington was playing with fire over Taiwan.", "CHN"),
    ("The EU said Minsk would be held accountable for the incident.", "EU"),
    ("Russia's foreign ministry said the deployment would not go unanswered.", "RUS"),
    ("London said it would impose new sanctions on Moscow if it attacked Ukraine.", "GBR"),
])
def test_more_warning_constructions(text, source):
    assert_event(EN, text, "warning", source, modality="asserted")


@pytest.mark.parametrize("text", [
    "The speaker demanded that the prime minister appear before the chamber or face a no-confidence vote.",
    "The UK imposed new sanctions on Russian banks on Tuesday.",  # an act, not a threat
])
def test_domestic_or_executed_consequences_are_no_warning(text):
    assert EN.events(text, "warning") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text, source, place", [
    ("The United States invaded Iraq in 2003. Washington still has about 2,500 troops there.", "USA", "IRQ"),
    ("Mali has been unstable for years. France had more than 4,000 soldiers in the country.", "FRA", "MLI"),
    ("Iran accused Britain of sending special forces into its territory.", "GBR", "IRN"),
])
def test_a_place_anaphor_takes_the_country_named_before(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text, source, place", [
    ("The attacks prompted NATO at its summit to order the deployment of four battalions to Estonia.", "NATO", "EST"),
    ("Kurdish fighters have reinforced their troops in several districts of northern Iraq in Kirkuk.", None, None),
    ("Russia strengthened its forces in Crimea.", "RUS", "UKR"),
])
def test_subject_of_an_infinitive_and_a_later_place(text, source, place):
    found = EN.events(text, "deployment")
    assert found, text
    if source is not None:
        assert code(found[0].source) == source
    if place is not None:
        assert found[0].location is not None and found[0].location.code == place


@pytest.mark.parametrize("text", [
    "If the treaty were to enter into force, the armed forces would have to adapt.",
    "The candidate says he will expand the nation's armed forces.",  # growth, not a move
])
def test_no_deployment_for_laws_or_growth(text):
    assert EN.events(text, "deployment") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


def test_a_request_is_not_an_asserted_deployment():
    ev = EN.first_event("The allies urged Norway to send more troops to the Arctic.", "deployment")
    assert ev.modality == "hypothetical"


@pytest.mark.parametrize("text, source, target", [
    ("Moscow and Beijing forged a military alliance against the West.", "RUS", "CHN"),
    ("Pyongyang signed a defence alliance with Moscow.", "PRK", "RUS"),
])
def test_alliance_noun_with_a_link(text, source, target):
    assert_event(EN, text, "alliance", source, target)


@pytest.mark.parametrize("text", [
    "Only five members spend more than the alliance's recommended two percent on defence.",
    "Officials discussed alliance policy at the summit in Madrid.",
    "Most states have passed the deadline to change the names on their ballots.",
    "The IMF warned that the vote could depress growth in Britain for years.",
    "The candidate vowed to punish those who violate classification rules.",
    "Analysts describe the missile programme as a threat to the region.",
])
def test_words_of_alliance_and_threat_in_ordinary_news(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text", [
    "The reform should make it easier to transfer soldiers across regiments and deploy them more flexibly.",
    "Within a month it became one of the largest deployments of cyber personnel so far.",
])
def test_a_deployment_needs_an_owner_or_a_place(text):
    assert EN.events(text, "deployment") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


def test_an_alert_needs_no_place():
    assert EN.events("The king mobilised the troops for a campaign.", "deployment")


@pytest.mark.parametrize("text, source", [
    ("The IDF sent two brigades to the Lebanese border.", "ISR"),
    ("The Royal Navy dispatched a destroyer to the Baltic.", "GBR"),
    ("Revolutionary Guards units were deployed to the Iraqi frontier.", "IRN"),
])
def test_armed_forces_act_for_their_country(text, source):
    assert code(EN.first_event(text, "deployment").source) == source


@pytest.mark.parametrize("text, source, target", [
    ("NATO held joint exercises with Finland in the Baltic.", "FIN", "NATO"),
    ("Sweden and Finland applied to join NATO.", "SWE", "NATO"),
])
def test_a_state_and_a_bloc_the_state_is_the_source(text, source, target):
    assert_event(EN, text, "alliance", source, target)


@pytest.mark.parametrize("text", [
    "The ecology movement gained support among young voters.",
    "The rebel movement seized two towns in the north.",
    "The suspect was placed under arrest after the raid.",
    "Tonnes of plastic waste were sent to Malaysia last year.",
    "Air strikes hit militant targets stationed in northern Syria.",
    "Soldiers may be deployed to help fill sandbags if the river keeps rising.",
    "Higher gas prices pose a threat to the German economy.",
    "Thousands of police officers were deployed across London for the marathon.",
])
def test_issue_13_precision_cases(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


def test_a_formal_letter_of_protest_is_a_warning():
    assert_event(EN, "Turkey sent a letter of protest to Greece over the flights.", "warning", "TUR", "GRC")


@pytest.mark.parametrize("text", [
    "Russia moved to block the resolution at the Security Council, the military analyst said.",
    "The decision was based on advice from military commanders in Washington.",
    "Iran's army chief said the missiles are ready to hit any target.",
    "Russian troops transferred the prisoners to Donetsk.",
    "The US military has been operating in a more contested environment, the general said.",
])
def test_force_words_that_name_no_forces(text):
    assert EN.events(text, "deployment") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


def test_operating_with_a_place_is_presence():
    assert_event(EN, "Hundreds of Russian mercenaries are operating in Mali.", "deployment", "RUS", "MLI")


@pytest.mark.parametrize("text", [
    "The senator warned that the bill would raise taxes for millions.",
    "The company threatened to sue the newspaper.",
    "The president threatened to veto the bill.",
    "The minister said the government would respond to the report next week.",
    "Apple and Google formed a partnership to develop new chips.",
    "China and Brazil signed a trade agreement and pledged closer ties.",
    "The EU will provide 50 million euros in humanitarian aid to Gaza.",
])
def test_domestic_commercial_and_civil_news_stays_quiet(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text", [
    "NATO allies met in Brussels to discuss the budget.",
    "EU member states disagreed on the migration plan.",
])
def test_allies_and_members_as_descriptors_are_no_alliance(text):
    assert EN.events(text, "alliance") == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text, giver, receiver", [
    ("Germany gave Ukraine two Patriot batteries.", "DEU", "UKR"),
    ("The US shipped artillery shells to Israel.", "USA", "ISR"),
    ("France announced new military support for Ukraine.", "FRA", "UKR"),
    ("Pyongyang has supplied Moscow with artillery shells.", "PRK", "RUS"),
    ("Egypt received the first Rafale jets from France.", "FRA", "EGY"),
])
def test_arms_and_military_support_in_every_phrasing(text, giver, receiver):
    assert_event(EN, text, "alliance", giver, receiver)


@pytest.mark.parametrize("text, giver, receiver", [
    ("Canada will train Ukrainian soldiers in Latvia.", "CAN", "UKR"),
    ("Norway will train Ukrainian pilots.", "NOR", "UKR"),
    ("Macron announced the sale of three French warships to Athens.", "FRA", "GRC"),
])
def test_people_trained_are_the_receiver_not_where_they_train(text, giver, receiver):
    assert_event(EN, text, "alliance", giver, receiver)


@pytest.mark.parametrize("text, source", [
    ("Tehran reserves the right to respond to the attack, the foreign ministry said.", "IRN"),
    ("Washington will pursue all means to deter Iran from arming Russia.", "USA"),
    ("Seoul warned of grave consequences if Pyongyang launched another missile.", "KOR"),
])
def test_reserved_rights_and_all_means_are_warnings(text, source):
    assert_event(EN, text, "warning", source, modality="asserted")


def test_all_means_of_a_company_is_no_warning():
    assert EN.events("The company will use all means to recover the debt.") == []


@pytest.mark.parametrize("text, source, place", [
    ("The Black Watch was on the front line in Afghanistan.", "GBR", "AFG"),
    ("The Royal Marines have also been in Norway since January.", "GBR", "NOR"),
])
def test_named_units_are_forces(text, source, place):
    assert_event(EN, text, "deployment", source, place)


def test_combat_alone_is_no_deployment():
    assert EN.events("The boxer is fighting in Las Vegas on Saturday.") == []


def test_allies_agreeing_to_deploy_is_a_planned_deployment():
    assert_event(EN, "NATO allies agreed to send a battlegroup to Romania.", "deployment", "NATO", "ROU", "planned")


# -- round 3 (core-en): EVENTS.md clause by clause, more phrasings --------------------------------
@pytest.mark.parametrize("text, source, place, modality", [
    # moving and sending in other verbs, every tense
    ("India rushed two more divisions to the Chinese frontier last week.", "IND", "IND", "asserted"),
    ("Ottawa is airlifting 400 soldiers to Latvia.", "CAN", "LVA", "asserted"),
    ("Moscow has shifted several battalions to Belarus.", "RUS", "BLR", "asserted"),
    ("Berlin announced it would station a tank brigade in Lithuania.", "DEU", "LTU", "planned"),
    ("About 3,000 US Marines are heading to Japan for the rotation.", "USA", "JPN", None),
    ("Two hundred Dutch troops will fly out to Cyprus next month.", "NLD", "CYP", "planned"),
    # offered or committed forces with their number
    ("Rome has pledged 1,500 soldiers to the mission in Niger.", "ITA", None, None),
    ("Oslo will contribute two frigates to the maritime force in the Red Sea.", "NOR", None, "planned"),
    # growth of a standing presence, self-named forces
    ("Warsaw increased its military presence along the Belarusian border.", "POL", "POL", "asserted"),
    ("London doubled the number of troops it keeps in Estonia.", "GBR", "EST", "asserted"),
    ("The American troop build-up in Romania continued.", "USA", "ROU", "asserted"),
    # standing presence named as owned forces in a foreign place
    ("The 2,000 French soldiers in Mali guard the airport.", "FRA", "MLI", None),
    ("Russia's warships in Cuba were repainted.", "RUS", "CUB", None),
    # leading a force in a place, craft spotted off a coast, a base with its country
    ("Germany leads the multinational battlegroup in Lithuania.", "DEU", "LTU", "asserted"),
    ("Chinese warships were spotted off the coast of Vietnam.", "CHN", "VNM", "asserted"),
    ("British soldiers will be stationed at the Tapa base in Estonia.", "GBR", "EST", "planned"),
])
def test_deployment_phrasings(text, source, place, modality):
    assert_event(EN, text, "deployment", source, place, modality)  # checks the location code when place is given


@pytest.mark.parametrize("text", [
    "Government forces in Yemen retook the port.",            # no owner on the forces
    "Polish troops in Poland held a parade.",                  # their own country
    "Moroccan peacekeepers in a clash with rebels were hurt.", # the place is no object of their 'in'
    "Canadian trainers will train Ukrainian soldiers in Britain.",  # trainees, not a deployment
    "Japan deployed anti-ship missiles on Yonaguni.",          # 'anti-ship' is no shipping (alliance)
    "Riot police were deployed to break up the rally in Paris.",
])
def test_not_owned_foreign_forces_or_no_deployment(text):
    types = [e.type for e in EN.events(text)]
    if text.startswith("Japan"):
        assert types == ["deployment"]
    else:
        assert "deployment" not in types, (text, types)


def test_planes_and_planners_are_no_plan():
    ev = EN.only_event("A team of Italian military planners was sent to Jordan.", "deployment")
    assert ev.modality == "asserted"
    ev = EN.only_event("Moscow sent six planes to Venezuela.", "deployment")
    assert ev.modality == "asserted" and code(ev.source) == "RUS"


@pytest.mark.parametrize("text, source, target", [
    ("Seoul said North Korea would face the end of its regime if it ever used nuclear arms.", "KOR", "PRK"),
    ("Jerusalem told Hezbollah it would strike Beirut unless the rocket fire stopped.", "ISR", "LBN"),
    ("Moscow said any Western instructors in Ukraine would be legitimate targets.", "RUS", None),
])
def test_conditional_threats_and_declared_targets(text, source, target):
    assert_event(EN, text, "warning", source, target, "asserted")


def test_officials_warning_citizens_not_to_travel_is_no_warning():
    assert "warning" not in [e.type for e in EN.events("The foreign office warned citizens not to travel to Haiti.")]


@pytest.mark.parametrize("text, first, second", [
    ("Turkey's parliament ratified Sweden's accession to NATO.", "SWE", "NATO"),
    ("Russia and China flew joint bomber patrols over the East China Sea.", "RUS", "CHN"),
    ("Seoul will export 48 howitzers to Warsaw.", "KOR", "POL"),
    ("Chisinau is seeking closer cooperation with NATO.", "MDA", "NATO"),
])
def test_alliance_phrasings(text, first, second):
    assert_event(EN, text, "alliance", first, second)


@pytest.mark.parametrize("text, modality", [
    ("The Storting approved the deployment of 200 soldiers to Lithuania.", "planned"),   # approval: planned
    ("The government authorised sending a frigate to the Baltic.", "planned"),
    ("Canberra said it would send a surveillance plane to the Gulf.", "planned"),         # reported future
    ("Vilnius asked Berlin to station more troops in Lithuania.", "hypothetical"),        # a request
    ("Any deployment of Turkish troops to Libya would be illegal, Cairo said.", "hypothetical"),
])
def test_deployment_modality_of_approvals_reports_and_requests(text, modality):
    assert EN.first_event(text, "deployment").modality == modality


def test_possessive_pronoun_on_the_forces_names_their_owner():
    assert_event(EN, "Turkey's defence ministry said its soldiers in Libya were safe.", "deployment", "TUR", "LBY")
    # the owner's own country is no deployment place
    assert "deployment" not in [e.type for e in EN.events("Russia said its forces in Kaliningrad were ready.")]


@pytest.mark.parametrize("text", [
    "Please find the redlined contract attached.",                         # an edited draft
    "Take the red line two stops and change at Central.",                  # a metro line
    "The charity mobilised hundreds of volunteers after the earthquake in Turkey.",
    "Sergeants leading platoons of the local militia that are on the border stayed loyal.",
    "A war with Iran would engulf our troops in Kuwait.",                  # the owner is not on the forces
])
def test_ordinary_text_with_event_words_is_no_event(text):
    assert EN.events(text) == [], [(e.type, e.trigger.text) for e in EN.events(text)]


@pytest.mark.parametrize("text, source, target", [
    ("Beijing said it would not sit idly by if Manila provoked it again.", "CHN", None),
    ("The Kremlin said sending long-range missiles to Kyiv would be considered an act of war.", "RUS", None),
    ("Minsk said any strike on its territory would be treated as an attack on Russia.", "BLR", None),
    ("Pyongyang said the manoeuvres by Seoul could trigger a nuclear war.", "PRK", None),
    ("Washington said it would impose 40% tariffs on Mexican steel.", "USA", "MEX"),
    ("Tokyo said it would defend the Senkakus if Beijing attacked them.", "JPN", None),
    ("Tehran has vowed to hold Washington accountable.", "IRN", "USA"),
])
def test_threat_phrasings(text, source, target):
    assert_event(EN, text, "warning", source, target, "asserted")


def test_arms_named_with_a_participle_have_no_giver_in_the_subject():
    # the warner targets the arms; it gives none ("delivered" is a participle on the jets)
    text = "Moscow warned that it would target any F-16 jets delivered to Kyiv."
    assert_event(EN, text, "warning", "RUS")
    assert all(code(e.source) != "RUS" for e in EN.events(text, "alliance"))


@pytest.mark.parametrize("text, first, second", [
    ("Sweden and Norway took part in the naval exercises off Scotland.", "SWE", "NOR"),
    ("Lithuania hosted the NATO exercises in June.", "LTU", "NATO"),
])
def test_exercises_held_with_others(text, first, second):
    assert_event(EN, text, "alliance", first, second)


def test_school_measures_are_no_threat():
    assert EN.events("The ministry will take steps to improve school meals.") == []


def test_a_reported_would_is_an_announcement():
    # in what was said after its cue, "would" reports a future: planned; outside reported speech it stays hypothetical
    assert EN.first_event("The Estonian minister said Finland would send a battalion to the border.", "deployment").modality == "planned"
    assert EN.first_event("Finland would send a battalion to the border in a crisis.", "deployment").modality == "hypothetical"
    assert EN.first_event("The minister said Finland would send a battalion if Russia attacked.", "deployment").modality == "conditional"


@pytest.mark.parametrize("text, source, target", [
    ("The Iranian ambassador was summoned to the foreign ministry in Berlin.", "DEU", "IRN"),
    ("Belarus's envoy was summoned by Lithuania over the balloons.", "LTU", "BLR"),
    ("Moscow promised a response to the expulsion of its diplomats from Oslo.", "RUS", None),
])
def test_passive_summons_and_promised_responses(text, source, target):
    assert_event(EN, text, "warning", source, target, "asserted")


def test_a_missile_fired_as_a_show_of_force_is_no_deployment():
    assert "deployment" not in [e.type for e in EN.events("Pyongyang fired a missile in a show of force against Seoul.")]


@pytest.mark.parametrize("text, modality", [
    ("The stationing of Russian missiles in Belarus would threaten Warsaw.", "hypothetical"),
    ("The deployment of Spanish troops to Latvia will start in March.", "planned"),
    ("The deployment of Danish troops to Mali never took place.", "negated"),
    ("The arrival of Czech troops in Slovakia, which might worry Budapest, was celebrated.", "asserted"),
])
def test_a_noun_trigger_takes_the_mood_of_its_verb(text, modality):
    assert EN.first_event(text, "deployment").modality == modality


def test_a_noun_trigger_ignores_the_mood_of_a_coordinated_clause():
    text = "The ministers condemned Russia's naval build-up near Finland and they called on Moscow to stop."
    assert EN.first_event(text, "deployment").modality == "asserted"


@pytest.mark.parametrize("text, source, target", [
    ("Damascus crossed Washington's \"red line\" by using chemical weapons.", "USA", "SYR"),
    ("Kyiv rejected Moscow's ultimatum on Monday.", "RUS", "UKR"),
])
def test_a_red_line_or_ultimatum_belongs_to_its_possessor(text, source, target):
    assert_event(EN, text, "warning", source, target)


def test_a_red_line_is_not_negated_by_the_relative_clause_after_it():
    ev = EN.first_event("For Beijing, foreign warships in the strait are a red line it will not allow to be crossed.", "warning")
    assert ev.modality == "asserted"


def test_the_month_may_is_no_modal():
    ev = EN.first_event("Two thousand Polish soldiers were deployed to Lithuania in May 2024.", "deployment")
    assert ev.modality == "asserted"
    assert EN.first_event("Poland may deploy soldiers to Lithuania.", "deployment").modality == "hypothetical"


def test_owned_forces_at_a_border_stand_at_home():
    assert_event(EN, "There are some 50,000 Belarusian troops near the Polish border.", "deployment", "BLR", "BLR")
    assert EN.events("Polish troops near the town of Lublin held a parade.", "deployment") == []


def test_forces_kept_along_a_border_stand_at_home():
    assert_event(EN, "Pakistan has tens of thousands of soldiers along its eastern border.", "deployment", "PAK", "PAK")


@pytest.mark.parametrize("text, first, modality", [
    ("Nobody can veto Moldova's NATO hopes, the minister said.", "MDA", "hypothetical"),
    ("Budapest lifted its objections to Finland's NATO bid.", "FIN", None),
])
def test_nato_hopes_and_bids_belong_to_their_possessor(text, first, modality):
    assert_event(EN, text, "alliance", first, "NATO", modality)


@pytest.mark.parametrize("text, first, second", [
    ("Canada trained 1,500 Latvian recruits last year.", "CAN", "LVA"),          # a number's comma ends no comma part
    ("London will give Kyiv another £300m in military aid.", "GBR", "UKR"),
    ("Moscow and Pyongyang agreed to cooperate militarily.", "RUS", "PRK"),
])
def test_more_alliance_phrasings(text, first, second):
    assert_event(EN, text, "alliance", first, second)


def test_bolstering_air_defences_reinforces_no_border():
    assert "deployment" not in [e.type for e in EN.events("Washington will help Kyiv bolster its air defences.")]


def test_a_backer_owns_no_forces():
    ev = EN.first_event("Iran-backed militias have moved fighters into eastern Syria.", "deployment")
    assert code(ev.source) != "IRN" and ev.location is not None and ev.location.code == "SYR"
    assert_event(EN, "US-led coalition troops moved into Mosul.", "deployment", "USA")


@pytest.mark.parametrize("text, source, place, target", [
    # "near X" names where the forces are
    ("Chinese bombers flew near Taiwan on Monday.", "CHN", "TWN", None),
    ("Two Russian corvettes sailed near Norway.", "RUS", "NOR", None),
    # a border phrase is the home side, aimed at the neighbour
    ("Belarus stationed troops at its border with Lithuania.", "BLR", "BLR", "LTU"),
    ("Russia has moved artillery near the Finnish border.", "RUS", "RUS", "FIN"),
])
def test_near_a_place_and_at_a_border(text, source, place, target):
    ev = assert_event(EN, text, "deployment", source)
    assert ev.location is not None and ev.location.code == place, (text, ev.location)
    assert (ev.target.code if ev.target else None) == target, (text, ev.target)


@pytest.mark.parametrize("text, giver, receiver", [
    ("Ukraine was given tanks by Britain.", "GBR", "UKR"),
    ("Israel is the largest recipient of US military aid.", "USA", "ISR"),
    ("Taiwan has received American fighter jets.", "USA", "TWN"),
    ("Kyiv gets new air defence systems from Germany.", "DEU", "UKR"),
    ("Germany's military aid to Ukraine has reached 10 billion euros.", "DEU", "UKR"),
    ("Armenia will receive howitzers from France next year.", "FRA", "ARM"),
])
def test_receiving_is_reversed(text, giver, receiver):
    assert_event(EN, text, "alliance", giver, receiver)


def test_a_receiver_with_no_giver_named_gives_nothing():
    ev = assert_event(EN, "Ukraine had received Western weapons.", "alliance", None)
    assert ev.target is not None and ev.target.code == "UKR", ev


@pytest.mark.parametrize("text, source, place", [
    # a state's own forces exercising: a show of force, at home unless a place is named
    ("The Russian navy has begun exercises in the Baltic Sea.", "RUS", None),
    ("China will hold live-fire drills near Taiwan next week.", "CHN", "TWN"),
    ("Iran staged military drills on Monday.", "IRN", "IRN"),
    # readiness raised or jets scrambled
    ("Seoul has raised the readiness of its frontline units.", "KOR", "KOR"),
    ("Poland scrambled fighter jets overnight.", "POL", "POL"),
    # forces serving in a place; the place as the object of the verb
    ("Irish peacekeepers are serving in Lebanon.", "IRL", "LBN"),
    ("A Chinese aircraft carrier entered the Philippine Sea on Friday.", "CHN", None),
    ("Russian fighter jets entered Finnish airspace.", "RUS", "FIN"),
    ("The destroyer HMS Diamond sailed to the eastern Mediterranean.", "GBR", None),
    ("Germany will keep its Patriot batteries in Slovakia.", "DEU", "SVK"),
])
def test_round4_deployment_concepts(text, source, place):
    ev = assert_event(EN, text, "deployment", source)
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "The team held training drills on Tuesday ahead of the final.",
    "Emergency services conducted an earthquake drill in Osaka.",
    "Investors scrambled to sell shares after the announcement.",
    "The central bank raised its readiness to intervene in currency markets.",
])
def test_round4_no_deployment(text):
    assert EN.events(text, "deployment") == [], text


@pytest.mark.parametrize("text, source, target", [
    ("Norway became NATO's newest member in 1949.", "NOR", "NATO"),
    ("Bahrain joined the US-led coalition against Islamic State.", "BHR", "USA"),
    ("Djibouti hosts a large French military base.", "DJI", "FRA"),
    ("The EU will fund ammunition for Ukraine.", "EU", "UKR"),
])
def test_round4_alliance_concepts(text, source, target):
    assert_event(EN, text, "alliance", source, target)


def test_basing_rights_are_an_alliance():
    ev = EN.first_event("Greece agreed to let the United States use its bases.", "alliance")
    assert {p.code for p in ev.partners} == {"GRC", "USA"}, ev.partners


@pytest.mark.parametrize("text", [
    "The city hosts the annual film festival.",
    "The foundation will fund scholarships for students.",
])
def test_round4_no_alliance(text):
    assert EN.events(text, "alliance") == [], text


@pytest.mark.parametrize("text, source, target", [
    ("The Pentagon said all options remain on the table regarding North Korea.", "USA", "PRK"),
    ("Moscow gave Chisinau until Monday to withdraw the decree.", "RUS", "MDA"),
    ("Lithuania expelled two Belarusian diplomats and warned of further measures.", "LTU", "BLR"),
])
def test_round4_warning_concepts(text, source, target):
    assert_event(EN, text, "warning", source, target)


@pytest.mark.parametrize("text", [
    "The union said all options were on the table in the pay dispute.",
    "The coach gave the players until Friday to return to training.",
    "Analysts say the missiles could threaten regional stability.",
])
def test_round4_no_warning(text):
    assert EN.events(text, "warning") == [], text


@pytest.mark.parametrize("text, source", [
    ("A Russian naval flotilla was sighted off the coast of Ireland.", "RUS"),
    ("Two Chinese bombers were intercepted near Okinawa.", "CHN"),
])
def test_round4_craft_seen_on_missions(text, source):
    assert_event(EN, text, "deployment", source)


def test_round4_drones_in_an_attack_are_no_deployment():
    assert EN.events("Iranian drones were intercepted over Haifa during a missile attack.", "deployment") == []


def test_a_capital_after_the_verb_is_no_place_of_the_forces():
    # "the aid Kyiv received from Washington included …": Washington gives, it is not where the missiles stand
    assert_event(EN, "The aid Kyiv received from Washington included Patriot missiles.", "alliance", "USA", "UKR")


# -- EVENTS.md clauses, general forms (round 5): presence, readiness, bases, membership, passives ---
@pytest.mark.parametrize("text, kind, source, other", [
    # standing presence: counted stationing, service abroad, a base of one's own abroad
    ("Germany stations about 5,000 troops in Lithuania under its brigade plan.", "deployment", "DEU", "LTU"),
    ("Polish peacekeepers have served in Kosovo since 1999.", "deployment", "POL", "XKX"),
    ("Russia keeps a military base in Tajikistan with 7,000 soldiers.", "deployment", "RUS", "TJK"),
    ("Turkey has set up military bases in northern Iraq.", "deployment", "TUR", "IRQ"),
    ("Mr Smith was asked whether British soldiers had been inside Iran.", "deployment", "GBR", "IRN"),
    # country names kept out of the actor aliases (people's names, US states) are places after a preposition
    ("Hundreds of Italian soldiers were deployed to Niger.", "deployment", "ITA", "NER"),
    ("French forces have been present in Chad for decades.", "deployment", "FRA", "TCD"),
    # readiness at home; gathering; ordered somewhere; joining a force where it stands
    ("Serbia placed its army on the highest level of combat readiness.", "deployment", "SRB", "SRB"),
    ("More than 100,000 Russian troops have gathered near Ukraine's borders.", "deployment", "RUS", None),
    ("China has put 10,000 troops along the border.", "deployment", "CHN", None),
    ("The Royal Navy's newest frigate will join the US-led task force in the Gulf.", "deployment", "GBR", None),
    # operations abroad; a bloc named as the mission is no place; motion verbs with their place
    ("The Dutch navy is taking part in the EU's anti-piracy operation off Somalia.", "deployment", "NLD", "SOM"),
    ("Belgium is one of the troop contributors to the UN mission in Mali.", "deployment", "BEL", "MLI"),
    ("British troops returned to Iraq in 2014.", "deployment", "GBR", "IRQ"),
    ("A Chinese spy ship was spotted off the coast of Australia.", "deployment", "CHN", "AUS"),
    # ranked contingents, places known by their older or regional names, leading a division abroad
    ("South Korea has the third largest contingent in Iraq.", "deployment", "KOR", "IRQ"),
    ("Ministers agreed to extend the deployment of British troops in Bosnia.", "deployment", "GBR", "BIH"),
    ("Nigerian troops are expected to arrive in Darfur next week.", "deployment", "NGA", "SDN"),
    ("Poland, which leads a multinational division in Iraq, will cut its troops.", "deployment", "POL", "IRQ"),
    ("Hundreds of British troops flew to Kosovo on Friday.", "deployment", "GBR", "XKX"),
    # drones and aircraft on missions, intrusions into another state's airspace
    ("Turkish drones are operating over northern Iraq.", "deployment", "TUR", "IRQ"),
    ("Russian military aircraft violated Estonian airspace on Friday.", "deployment", "RUS", "EST"),
    ("A Russian fighter jet intruded into Finnish airspace.", "deployment", "RUS", "FIN"),
    ("US reconnaissance planes conducted surveillance flights near the Korean coast.", "deployment", "USA", None),
    # the bare noun in a military text
    ("The Royal Navy frigate HMS Kent returned from a six-month deployment to the Gulf.", "deployment", "GBR", None),
    # membership of a bloc, basing access
    ("Oman permits US aircraft to use its air bases.", "alliance", "OMN", "USA"),
    ("Kazakhstan is a member of the CSTO.", "alliance", "KAZ", "CSTO"),
    ("The Philippines granted the US access to four more military bases.", "alliance", "PHL", "USA"),
    ("Turkey ratified Sweden's bid to join NATO.", "alliance", "SWE", "NATO"),
    # arming a named party; aid given as financing
    ("China has been arming Russia, Washington claims.", "alliance", "CHN", "RUS"),
    ("Washington will provide Taipei with $500 million in military financing.", "alliance", "USA", None),
    # arms arriving as a supply are an alliance; forces arriving are a deployment
    ("The first Abrams tanks promised by Washington arrived in Ukraine.", "alliance", "USA", "UKR"),
    ("US troops arrived in Poland on Tuesday.", "deployment", "USA", "POL"),
    # nominal threats with their party; annihilation promised
    ("Iranian threats against Israel have grown louder.", "warning", "IRN", "ISR"),
    ("The Kremlin issued a veiled threat to the Baltic states.", "warning", "RUS", None),
    ("Pyongyang said it would turn Seoul into a sea of fire.", "warning", "PRK", "KOR"),
    ("Turkish troops will replace the Dutch contingent in Kabul.", "deployment", "TUR", "AFG"),
    # forces moving into or digging in at a place; a demonym of a smaller state owns its forces
    ("Turkish troops advanced into northern Syria.", "deployment", "TUR", "SYR"),
    ("Israeli forces pushed deeper into Gaza.", "deployment", "ISR", "PSE"),
    ("Azerbaijani troops are dug in along the border with Armenia.", "deployment", "AZE", None),
    ("A Russian submarine surfaced off the coast of Ireland.", "deployment", "RUS", "IRL"),
    ("Eritrean troops remain in the Tigray region.", "deployment", "ERI", None),
    # a word inside a compound is no weather or heat news
    ("About 350 Royal Marines will be flown out to Norway for cold-weather training.", "deployment", "GBR", "NOR"),
    ("Ukraine will receive heat-seeking missiles from Germany.", "alliance", "DEU", "UKR"),
    ("In an update on Tuesday, the Pentagon said it had sent 2,000 troops to Jordan.", "deployment", "USA", "JOR"),
    ("Russia deployed warships to the Baltic in a clear message to NATO.", "deployment", "RUS", None),
    ("The UN deployed peacekeepers to protect civilians in South Sudan.", "deployment", "UN", "SSD"),
    ("The US sent troops to aid the Kurds in Syria amid growth in tensions.", "deployment", "USA", "SYR"),
    # a refusal promised under a condition (a city named like a stem word is no stock market)
    ("Ankara said it would block the bids unless Stockholm cracked down on Kurdish groups.", "warning", "TUR", "SWE"),
    ("The EU said it was ready to impose further sanctions on Belarus.", "warning", "EU", "BLR"),
    ("Beijing will take all necessary measures against any country that arms the separatists.", "warning", "CHN", None),
    ("Beijing has said it will take all necessary measures to defend its sovereignty.", "warning", "CHN", None),
    # a warning in the passive: the agent warns, the subject is warned
    ("Serbia was warned by the EU that its accession talks could be frozen.", "warning", "EU", "SRB"),
])
def test_round5_clauses(text, kind, source, other):
    from tests.unit.engine_helpers import assert_event
    assert_event(EN, text, kind, source, other)


@pytest.mark.parametrize("text, kind", [
    ("Taiwan felt threatened by China's growing navy.", "warning"),
    ("Jordan sent the ball into the net in the final minute.", "deployment"),
    ("The club has a base in Manchester and 300 members.", "deployment"),
    ("Troops were ordered to shoot at protesters.", "deployment"),
    ("Soldiers went to the polls on Sunday.", "deployment"),
    ("Washington wants to move 12,000 troops out of South Korea.", "deployment"),
    ("The airline's flights entered Turkish airspace after the storm.", "deployment"),
    ("The ministry said necessary measures would be taken to protect the country's airspace.", "warning"),
    ("The health authorities will take all necessary measures to contain the outbreak.", "warning"),
    ("The senator said no executives had been held accountable for the losses.", "warning"),
    ("The president warned that the new museum would not be a cure for the country's divisions.", "warning"),
    ("The immediate response from many readers was anger at the companies.", "warning"),
    ("There is little point for Mexico to respond now to the tariff threats.", "warning"),
    ("The government will need a strategy in place before the summit.", "deployment"),
    ("The bloc has struggled with mobilizing members quickly during crises.", "deployment"),
    ("The budget will permit the financing of more submarines and ships.", "alliance"),
    ("The police are arming officers with tasers.", "alliance"),
    ("Climate change is a threat against future generations.", "warning"),
    ("The army replaced its ageing tanks with new ones.", "deployment"),
    ("The city allowed the bus company to use the depot.", "alliance"),
    ("Forecasters warned of extreme heat across Spain.", "warning"),
    ("The company will deploy the update to its servers next week.", "deployment"),
    ("The president sent a clear message to Moscow on Friday.", "deployment"),
    ("Troops were sent to evacuate civilians from the flooded town.", "deployment"),
    ("The Security Council approved the deployment of an observer team to monitor the truce.", "deployment"),
    ("The operator expects the deployment of its 5G network to finish next year.", "deployment"),
])
def test_round5_not_events(text, kind):
    assert not EN.events(text, kind), text


# -- round 6: arms sent to a state are a supply; movement and presence without a deployment verb -------
@pytest.mark.parametrize("text, giver, receiver", [
    ("Norway will send eight Leopard tanks to Ukraine.", "NOR", "UKR"),
    ("Tehran has been shipping attack drones to Russia since the summer.", "IRN", "RUS"),
    ("Slovakia handed over its MiG-29 fighters to Kyiv.", "SVK", "UKR"),
    ("Moscow delivered S-300 systems to Iran in 2016.", "RUS", "IRN"),
    ("The Pentagon rushed artillery shells to Israel.", "USA", "ISR"),
])
def test_round6_arms_sent_to_a_state_are_a_supply(text, giver, receiver):
    ev = EN.only_event(text, "alliance")
    assert code(ev.source) == giver and code(ev.target) == receiver, (text, code(ev.source), code(ev.target))
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text, source", [
    ("Russia sent troops and tanks to the border with Ukraine.", "RUS"),  # people go with the arms
    ("The United States sent two destroyers to the Black Sea.", "USA"),  # ships move themselves
    ("Moscow will send tactical nuclear weapons to Belarus.", "RUS"),  # kept under its own command
    ("China sent fighter jets into Taiwan's air defence zone.", "CHN"),
])
def test_round6_forces_sent_stay_deployments(text, source):
    assert code(EN.only_event(text, "deployment").source) == source, text
    assert not EN.events(text, "alliance"), text


@pytest.mark.parametrize("text, source, place", [
    ("Iranian drones have been seen over the Strait of Hormuz.", "IRN", None),
    ("Turkish troops crossed the border into northern Syria overnight.", "TUR", None),
    ("A Spanish frigate will join the NATO carrier strike group in the Adriatic.", "ESP", None),
    ("Hundreds of Russian soldiers were spotted near the Finnish border.", "RUS", "RUS"),
    ("The French aircraft carrier is now in the eastern Mediterranean.", "FRA", None),
    ("Two British warships called at the port of Beirut.", "GBR", "LBN"),
    ("Some 200 US soldiers will stay on in Niger until September.", "USA", "NER"),
])
def test_round6_movement_and_presence(text, source, place):
    ev = EN.first_event(text, "deployment")
    assert code(ev.source) == source, (text, code(ev.source))
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text, kind", [
    ("The company shipped 2,000 cars to Germany last month.", "alliance"),
    ("Police seized rifles smuggled into Britain from Spain.", "alliance"),
    ("Thousands of migrants crossed the border into Poland.", "deployment"),
    ("Two police officers were spotted near the embassy.", "deployment"),
    ("The minister was seen in Paris on Tuesday.", "deployment"),
    ("The army chief is currently in Washington for talks.", "deployment"),
    ("A cargo ship docked at the port of Odesa to load grain.", "deployment"),
    ("Fans poured into the stadium in Madrid.", "deployment"),
])
def test_round6_not_events(text, kind):
    assert not EN.events(text, kind), text


# -- echoes: weak words that tell again an act the article reports (echo = true) -------------------------
@pytest.mark.parametrize("text, kind, source, other", [
    ("Spain sent 150 soldiers to Latvia in March. Latvia hosted the latest deployment.", "deployment", "ESP", "LVA"),
    ("Italy sent 200 troops to Lebanon last year. The rotation ends in June.", "deployment", "ITA", "LBN"),
    ("Japan pledged radar systems to the Philippines. Tokyo said the package would include spare parts.", "alliance", "JPN", None),
    ("Russia warned Sweden of countermeasures if it joined NATO. The Kremlin said the response would be military.",
     "warning", "RUS", None),
])
def test_echo_tells_an_act_again(text, kind, source, other):
    found = EN.events(text, kind)
    assert len(found) == 2, (text, [(e.type, e.trigger.text) for e in found])
    second = found[1]
    assert code(second.source) == source, (text, code(second.source))
    if other is not None:
        assert second.location is not None and second.location.code == other, (text, second.location)


@pytest.mark.parametrize("text, kind", [
    ("Croatia hosted the deployment of the new software.", "deployment"),  # no deployment in the article
    ("The weather service warned of storms. The threat is serious.", "warning"),
    ("The two firms signed a supply deal on Monday.", "alliance"),
    # a weak word with a source of its own that did no act of the type tells no new act
    ("Spain sent 150 soldiers to Latvia in March. France said its mission in Mali would end.", "deployment"),
])
def test_echo_alone_or_with_another_source_is_nothing(text, kind):
    found = EN.events(text, kind)
    assert all(e.trigger.text.lower() not in ("deployment", "threat", "deal", "mission") for e in found), \
        (text, [(e.trigger.text, code(e.source)) for e in found])


@pytest.mark.parametrize("text, source, target", [
    ("Estonia went ahead with the exercise despite threats from Moscow.", "RUS", "EST"),
    ("Manila ignored renewed warnings from Beijing over the shoal.", "CHN", "PHL"),
])
def test_threats_from_a_party_are_its_warning(text, source, target):
    ev = EN.only_event(text, "warning")
    assert code(ev.source) == source and code(ev.target) == target, (text, code(ev.source), code(ev.target))


def test_security_threats_from_a_state_are_an_assessment():
    assert not EN.events("Finland faces growing security threats from Russia.", "warning")


def test_an_alert_keeps_its_home_when_a_second_act_follows():
    found = EN.events("Armenia put its army on alert while Azerbaijan mobilised reservists.", "deployment")
    assert [code(e.source) for e in found] == ["ARM", "AZE"], [(e.trigger.text, code(e.source)) for e in found]
    assert found[0].location is not None and found[0].location.code == "ARM", found[0].location
    assert found[1].location is not None and found[1].location.code == "AZE", found[1].location


@pytest.mark.parametrize("text", [
    "The Kremlin threatened Kyiv with a military response.",
    "Beijing warned Taipei of countermeasures.",
])
def test_the_warned_party_is_no_subject_of_a_second_act(text):
    # the threatened response names no second act of the warned party (no clause opens between)
    ev = EN.only_event(text, "warning")
    assert code(ev.target) in ("UKR", "TWN"), (text, code(ev.target))


def test_putting_a_party_on_notice_is_a_warning():
    ev = EN.only_event("Ankara put Athens on notice that it would respond to any drilling.", "warning")
    assert code(ev.source) == "TUR" and code(ev.target) == "GRC", (code(ev.source), code(ev.target))
    assert not EN.events("The company put its suppliers on notice about late deliveries.", "warning")


@pytest.mark.parametrize("text, source, place", [
    ("A company of 150 Estonian soldiers will leave for Latvia in May.", "EST", "LVA"),
    ("The first 400 Kenyan troops are due to land in Haiti.", "KEN", "HTI"),
    ("Armenian and Azerbaijani troops faced off along the border.", "ARM", None),
])
def test_round6_leaving_landing_facing_off(text, source, place):
    ev = EN.first_event(text, "deployment")
    assert code(ev.source) == source, (text, code(ev.source))
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text", [
    "The last Estonian soldiers will leave Mali in May.",
    "The national team will leave for Madrid on Friday.",
    "The president landed in Kyiv on a surprise visit.",
])
def test_round6_leaving_and_landing_without_forces(text):
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text, giver, receiver", [
    ("Norway is helping Lithuania defend its power grid against cyberattacks.", "NOR", "LTU"),
    ("Turkish drone operators assisted Azerbaijan in the offensive.", "TUR", "AZE"),
    ("Cuba helped Angola fight the insurgents in the 1980s.", "CUB", "AGO"),
])
def test_round6_helping_a_state_defend_or_fight_is_military_cooperation(text, giver, receiver):
    ev = EN.only_event(text, "alliance")
    assert code(ev.source) == giver and code(ev.target) == receiver, (text, code(ev.source), code(ev.target))


@pytest.mark.parametrize("text", [
    "Japan helped Indonesia fight the floods.",
    "The bank helped Greece with its debt.",
    "France helped Senegal fight corruption.",
])
def test_round6_other_help_is_no_alliance(text):
    assert not EN.events(text, "alliance"), text


@pytest.mark.parametrize("text, giver, receiver", [
    ("Tehran armed Hezbollah with rockets for years.", "IRN", "LBN"),
    ("Paris will equip Ukraine with more air defence systems.", "FRA", "UKR"),
])
def test_round6_arming_a_party_with_weapons_is_a_supply(text, giver, receiver):
    ev = EN.only_event(text, "alliance")
    assert code(ev.source) == giver and code(ev.target) == receiver, (text, code(ev.source), code(ev.target))


@pytest.mark.parametrize("text", [
    "Heavily armed Russian soldiers seized the airport with rifles drawn.",
    "The police equipped officers with body cameras.",
])
def test_round6_armed_people_are_no_supply(text):
    assert not EN.events(text, "alliance"), text


# -- round 7 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, giver, receiver", [
    ("Despite the sanctions, Belarus has sold Iran dozens of armoured vehicles.", "BLR", "IRN"),
    ("Tehran, already under an arms embargo, delivered more drones to Russia last month.", "IRN", "RUS"),
])
def test_round7_sanctions_in_another_comma_part_leave_the_supply(text, giver, receiver):
    ev = EN.first_event(text, "alliance")
    assert code(ev.source) == giver and code(ev.target) == receiver, (text, code(ev.source), code(ev.target))


@pytest.mark.parametrize("text", [
    "The EU has banned the export of weapons to Sudan.",
    "London will prohibit arms deliveries to Myanmar.",
    "Washington sanctioned two firms that shipped drone engines to Iran.",
])
def test_round7_banned_or_sanctioned_supplies_are_no_alliance(text):
    assert not EN.events(text, "alliance"), text


@pytest.mark.parametrize("text, source, place", [
    ("The Royal Navy has sent 300 sailors to Bahrain.", "GBR", "BHR"),
    ("Canada deployed airmen and two transport planes to Romania.", "CAN", "ROU"),
    ("The Pentagon will send 500 more service members to Jordan.", "USA", "JOR"),
    ("Israel is moving infantry and armour towards Lebanon.", "ISR", "LBN"),
    ("Washington will keep a carrier in the Persian Gulf until the spring.", "USA", None),
])
def test_round7_more_deployable_forces(text, source, place):
    ev = EN.first_event(text, "deployment")
    assert code(ev.source) == source, (text, code(ev.source))
    if place is not None:
        assert ev.location is not None and ev.location.code == place, (text, ev.location)


@pytest.mark.parametrize("text, source", [
    ("Chinese warplanes conducted combat patrols around Taiwan on Friday.", "CHN"),
    ("A Russian destroyer carried out a transit of the Bosphorus.", "RUS"),
    ("Two American bombers staged a show of force over the Korean peninsula.", "USA"),
])
def test_round7_missions_carried_out_by_forces(text, source):
    assert code(EN.first_event(text, "deployment").source) == source, text


def test_round7_money_for_military_aid_moves_no_forces():
    text = "Berlin will send Ukraine another 500 million euros in military aid."
    assert code(EN.first_event(text, "alliance").source) == "DEU", text  # the giver
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text, source", [
    ("Tokyo warned that it would respond firmly to any incursion into its waters.", "JPN"),
    ("Moscow has warned that deliveries of long-range missiles would mean war with NATO.", "RUS"),
    ("Ankara cautioned that it would take military action if the attacks continued.", "TUR"),
])
def test_round7_what_was_warned_follows_that(text, source):
    assert code(EN.first_event(text, "warning").source) == source, text


@pytest.mark.parametrize("text", [
    "Rights groups in Egypt warned that the government was handing more power to the military.",
    "European officials, planning a joint military force, warned that Britain's exit would weaken the bloc.",
    "Experts in Seoul warned that North Korea was close to fitting a nuclear warhead on a missile.",
    "French generals warned that the army was short of troops and ammunition.",
])
def test_round7_a_warning_about_the_military_is_no_threat(text):
    assert not EN.events(text, "warning"), text


@pytest.mark.parametrize("text", [
    "State troopers will remain in the city through the weekend.",
])
def test_round7_state_troopers_are_police(text):
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text", [
    "Analysts say Iran's new drones have the range to threaten Israel.",
    "It is unclear whether Pyongyang has the capability to threaten Guam.",
])
def test_round7_a_capability_to_threaten_is_no_threat(text):
    assert not EN.events(text, "warning"), text


@pytest.mark.parametrize("text, source", [
    ("Algeria said it could sever diplomatic relations with Morocco over the incident.", "DZA"),
    ("Mali gave the French ambassador 72 hours to leave the country.", "MLI"),
    ("Beijing will take resolute measures against any Philippine provocation.", "CHN"),
    ("Pyongyang said it was prepared to use nuclear weapons against South Korea.", "PRK"),
    ("Burkina Faso threatened to expel the French envoy.", "BFA"),
])
def test_round7_announced_consequences_are_warnings(text, source):
    assert code(EN.first_event(text, "warning").source) == source, text


@pytest.mark.parametrize("text", [
    "The city council will take firm action against looters.",
    "The central bank will take decisive steps to bring down inflation.",
    "Applicants were given three weeks to respond to the survey.",
    "The brand said it would cut ties with the influencer.",
    "The army will use force to clear the demonstrators from the square.",
])
def test_round7_domestic_or_commercial_consequences_are_no_warning(text):
    assert not EN.events(text, "warning"), text


def test_round7_laying_down_arms_is_no_supply():
    assert not EN.events("Colombia gave the rebels a week to lay down their arms.", "alliance")


@pytest.mark.parametrize("text, source, place", [
    ("Some 2,000 Spanish soldiers, many of them veterans of earlier missions in Lebanon and Afghanistan, will be flown to Latvia.", "ESP", "LVA"),
    ("Several hundred British paratroopers have been ordered to Cyprus.", "GBR", "CYP"),
])
def test_round7_a_passive_deployment_moves_its_subject(text, source, place):
    ev = EN.first_event(text, "deployment")
    assert code(ev.source) == source and ev.location is not None and ev.location.code == place, (text, code(ev.source), ev.location)


@pytest.mark.parametrize("text", [
    "The conscripts were ordered to hand over their rifles.",
    "The units were ordered to return to their barracks near Minsk.",
])
def test_round7_orders_that_move_no_forces_abroad(text):
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text, giver, buyer", [
    ("Romania placed an order for 54 Abrams tanks from the United States.", "USA", "ROU"),
    ("Indonesia signed a contract for 42 Rafale fighters from France.", "FRA", "IDN"),
    ("Algeria has procured Su-57 jets from Russia.", "RUS", "DZA"),
])
def test_round7_ordering_arms_from_a_state(text, giver, buyer):
    ev = EN.first_event(text, "alliance")
    assert code(ev.source) == giver and code(ev.target) == buyer, (text, code(ev.source), code(ev.target))
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text", [
    "The blockade has had severe consequences for Qatar's airlines.",
    "Turkey carried out retaliatory strikes on Syria after the bombing.",
    "Ukrainian civilians have paid a heavy price for the Russian invasion.",
])
def test_round7_consequences_that_followed_are_no_threat(text):
    assert not EN.events(text, "warning"), text


@pytest.mark.parametrize("text", [
    "The retired sergeant, who was stationed in Cyprus in the 1980s, opened a cafe in Leeds.",
    "His grandfather served in the army in Burma during the war.",
    "The military aircraft carrying the prime minister landed in Canberra.",
])
def test_round7_a_person_or_a_career_is_no_deployment(text):
    assert not EN.events(text, "deployment"), text


def test_round7_government_coalition_partners_are_no_alliance():
    assert not EN.events("Spain's coalition partners fell out over the cabinet reshuffle.", "alliance")


@pytest.mark.parametrize("text, kind", [
    ("France sent SCALP missiles to Ukraine, which has fired them at targets in occupied Crimea.", "alliance"),
    ("Russia sent drones to strike targets across Ukraine.", None),
])
def test_round7_what_the_receiver_strikes_leaves_the_supply(text, kind):
    found = EN.events(text, "alliance")
    assert bool(found) == (kind == "alliance"), (text, found)


def test_round7_a_possibility_is_hypothetical():
    ev = EN.first_event("Ministers discussed the possibility of sending a British force to Moldova.", "deployment")
    assert ev.modality == "hypothetical", ev.modality


@pytest.mark.parametrize("text, source", [
    ("Iran warned it would sink any warship that entered its waters.", "IRN"),
    ("Moscow cautioned it was ready to respond to any British strike.", "RUS"),
    ("Forecasters warned it would be the wettest winter in decades.", None),
])
def test_round7_warned_without_that(text, source):
    found = EN.events(text, "warning")
    assert bool(found) == (source is not None), (text, found)
    if found:
        assert code(found[0].source) == source, (text, code(found[0].source))


# -- round 9: standing presence in news about withdrawal, presence phrasings, orders, nominal increases ------------
@pytest.mark.parametrize("text, source, place", [
    ("Mr Jones said the 4,000 Belgian troops in Mali should not be withdrawn before the vote.", "BEL", "MLI"),
    ("Italy, which has 2,500 soldiers in Lebanon, will begin a gradual pullout in the spring.", "ITA", "LBN"),
    ("The Netherlands, whose marines are on operations in southern Afghanistan, will pull them out next year.", "NLD", "AFG"),
    ("Greek soldiers on duty in Cyprus were put through a readiness check.", "GRC", "CYP"),
    ("The battalion has just finished a six-month tour of duty in Kosovo with Czech units.", "CZE", "XKX"),
    ("Canadian troops fighting in Afghanistan will receive new helicopters.", "CAN", "AFG"),
    ("Washington ordered two destroyers into the eastern Mediterranean near Syria.", "USA", "SYR"),
    ("The Kremlin has ordered 2,000 paratroopers to Belarus for the drills.", "RUS", "BLR"),
])
def test_round9_presence_and_orders_are_deployments(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "Parliament debated the withdrawal of the 4,000 Dutch troops in Afghanistan.",
    "Denmark will withdraw its 500 soldiers serving in Iraq by August.",
    "The general ordered his troops to open the roads to aid convoys.",
])
def test_round9_withdrawing_the_forces_there_is_no_deployment(text):
    assert not EN.events(text, "deployment"), text


def test_round9_a_troop_increase_is_a_deployment():
    ev = EN.first_event("The American troop increase in Iraq will cost billions of dollars.", "deployment")
    assert code(ev.source) == "USA" and ev.location is not None and ev.location.code == "IRQ"


@pytest.mark.parametrize("text, source, target", [
    ("North Korea faces tougher sanctions unless it stops its missile tests, the US said.", "USA", "PRK"),
    ("Belarus risks further sanctions if it keeps the border closed, EU ministers said.", "EU", "BLR"),
])
def test_round9_facing_a_penalty_on_a_condition_is_a_warning(text, source, target):
    assert_event(EN, text, "warning", source, target)


@pytest.mark.parametrize("text", [
    "Japan faces higher inflation if the yen weakens further, analysts said.",
    "Italy risks a recession if energy prices keep rising, the central bank said.",
])
def test_round9_facing_hardship_is_no_warning(text):
    assert not EN.events(text, "warning"), text


@pytest.mark.parametrize("text, source, place", [
    ("The Luftwaffe flew dozens of missions over Kosovo that spring.", "DEU", "XKX"),
    ("The Royal Air Force carried out reconnaissance flights over Libya on Sunday.", "GBR", "LBY"),
    ("The Coldstream Guards will fly out to Afghanistan in March.", "GBR", "AFG"),
    ("Some 400 paras were sent to Sierra Leone to secure the airport.", None, "SLE"),
])
def test_round9_air_arms_and_named_units_deploy(text, source, place):
    ev = EN.first_event(text, "deployment")
    assert ev.location is not None and ev.location.code == place, (text, ev.location)
    assert source is None or code(ev.source) == source, (text, code(ev.source))


def test_round9_missions_flown_in_a_past_war_by_pilots_are_no_deployment():
    assert not EN.events("The drones are named after the Japanese fighter pilots who flew suicide missions in the last war.",
                         "deployment")


@pytest.mark.parametrize("text, giver, receiver", [
    ("Belarus has shipped artillery shells to Russia in breach of European sanctions.", "BLR", "RUS"),
    ("Iran keeps sending drones to the Houthis despite a United Nations arms embargo.", "IRN", "YEM"),
])
def test_round9_sanctions_after_a_supply_leave_it(text, giver, receiver):
    assert_event(EN, text, "alliance", giver, receiver)


@pytest.mark.parametrize("text", [
    "Britain sanctioned three firms that shipped drones from Iran to Russia.",
    "The embargo on arms sales to Myanmar will stay in place.",
])
def test_round9_sanctions_before_a_supply_undo_it(text):
    assert not EN.events(text, "alliance"), text


@pytest.mark.parametrize("text, source, place", [
    ("The 3,000 Dutch troops in Afghanistan should not be brought home before the summer, the minister said.", "NLD", "AFG"),
    ("Nobody expects the 600 Estonian soldiers in Mali to come home soon.", "EST", "MLI"),
    ("The French troops in Chad would be withdrawn if the junta asked.", "FRA", "TCD"),
])
def test_round9_what_forces_standing_somewhere_do_next_leaves_their_presence_asserted(text, source, place):
    ev = assert_event(EN, text, "deployment", source, place)
    assert ev.modality == "asserted", (text, ev.modality)


def test_round9_no_forces_there_stays_negated():
    assert EN.first_event("There are no Turkish troops in Libya, the ministry said.", "deployment").modality == "negated"


@pytest.mark.parametrize("text, source, place", [
    ("Belgium launched a military operation in Somalia to protect its ships.", "BEL", "SOM"),
    ("Norwegian special forces carried out a mission inside Afghanistan last spring.", "NOR", "AFG"),
])
def test_round9_an_operation_forces_carry_out_somewhere_is_a_deployment(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "Police carried out an operation in Manchester against drug gangs.",
    "The company launched operations in Poland with 300 staff.",
])
def test_round9_operations_of_police_or_firms_are_no_deployment(text):
    assert not EN.events(text, "deployment"), text


@pytest.mark.parametrize("text, source, target", [
    ("South Korea protested to Japan over the textbook and the disputed islets.", "KOR", "JPN"),
    ("Vietnam has made representations to China over the survey ship.", "VNM", "CHN"),
])
def test_round9_a_protest_made_to_a_state_is_a_warning(text, source, target):
    assert_event(EN, text, "warning", source, target)


def test_round9_students_protesting_to_a_university_is_no_warning():
    assert not EN.events("Students protested to the university over the new fees.", "warning")


def test_round9_repercussions_announced_are_a_warning():
    ev = EN.first_event("Ankara said that any such move by Greece would have serious repercussions.", "warning")
    assert code(ev.source) == "TUR"


@pytest.mark.parametrize("text", [
    "Australian troops in the First World War landed at Gallipoli in Turkey.",
    "The army veteran was stationed in Germany in the 1980s.",
])
def test_round9_forces_in_past_wars_are_no_deployment(text):
    assert not EN.events(text, "deployment"), text


def test_round9_a_deployment_measured_since_a_past_war_stays():
    assert_event(EN, "It is the largest deployment of Canadian troops to Latvia since the Second World War.", "deployment",
                 "CAN", "LVA")


@pytest.mark.parametrize("text, source, place", [
    ("India has set up a new naval base in Mauritius.", "IND", "MUS"),
    ("Norway joined the UN mission in Lebanon with 200 soldiers.", "NOR", "LBN"),
])
def test_round9_a_base_set_up_or_a_mission_joined_is_a_deployment(text, source, place):
    assert_event(EN, text, "deployment", source, place)


def test_round9_a_building_near_a_base_is_no_deployment():
    assert not EN.events("The missile destroyed a building near the air base in Syria.", "deployment")


@pytest.mark.parametrize("text", [
    "Beijing says the alliance's eastward enlargement threatens its security.",
    "Seoul said the North's missile programme threatens the whole region.",
])
def test_round9_a_development_that_threatens_is_no_warning(text):
    assert not EN.events(text, "warning"), text


@pytest.mark.parametrize("text, source, place", [
    ("About 300 Dutch troops are involved in the NATO mission in Lithuania.", "NLD", "LTU"),
    ("Some 150 Irish soldiers are assigned to the UN peacekeeping mission in Lebanon.", "IRL", "LBN"),
])
def test_round9_forces_involved_in_a_mission_somewhere_deploy(text, source, place):
    assert_event(EN, text, "deployment", source, place)


def test_round9_a_firm_involved_in_operations_is_no_deployment():
    assert not EN.events("The company is involved in operations in Nigeria with 300 staff.", "deployment")


# -- recalling one's own envoys: every number of envoys -------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Lithuania recalled its ambassadors from Minsk on Monday.", "LTU", "BLR"),
    ("The Netherlands recalls its envoys from Tehran after the executions.", "NLD", "IRN"),
    ("Seoul recalled its top diplomats from Pyongyang.", "KOR", "PRK"),
])
def test_recalling_several_envoys_is_a_warning(text, source, target):
    ev = EN.only_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)


def test_a_recalled_role_is_no_recall_of_envoys():
    assert not EN.events("The museum recalled its ambassadorial role in the 1990s.")


# -- scare quotes inside a multi-word term (language.toml scare_quotes) --------------------------------
@pytest.mark.parametrize("text, source, target", [
    ('Washington has given Tehran a "deadline" to halt enrichment.', "USA", "IRN"),
    ("The Kremlin said London would pay a 'heavy price' for the strikes.", "RUS", "GBR"),
    ('Beijing said it would take "retaliatory measures" against Lithuania.', "CHN", "LTU"),
    ("Tehran said any Israeli attack would be “met with a crushing response”.", "IRN", "ISR"),
])
def test_scare_quotes_do_not_break_a_term(text, source, target):
    ev = EN.only_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)
    assert any(q in ev.trigger.text for q in "\"'“”")  # found across the mark


@pytest.mark.parametrize("text", [
    "The officers' \"frank\" talks on the budget ended without a deal.",
    'She said the soldiers\' "morale" was high after the parade.',
])
def test_quotes_at_word_edges_make_no_event(text):
    assert not EN.events(text)


# -- a market, weather or health word in another comma part does not undo a warning -----------------
@pytest.mark.parametrize("text, source, target", [
    ("The US warned China of serious consequences if it armed Russia, as investors worried about the markets.", "USA", "CHN"),
    ("Beijing warned Taipei against declaring independence, while economists warned of a recession.", "CHN", "TWN"),
    ("Moscow threatened to retaliate against Oslo, hours before a storm hit the coast.", "RUS", "NOR"),
])
def test_a_non_political_word_in_another_comma_part_keeps_the_warning(text, source, target):
    ev = EN.first_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "Forecasters warned of severe weather and flooding in the north.",
    "The central bank warned of a recession, saying that markets would face consequences.",
])
def test_a_non_political_warning_in_its_own_comma_part_stays_none(text):
    assert not EN.events(text, "warning")


# -- double negation: "cannot be left without consequences", "did not rule out" --------------------
@pytest.mark.parametrize("text, source", [
    ("Paris said Pyongyang's missile launch cannot be left without consequences.", "FRA"),
    ("The minister said the shelling must not go unpunished and warned Moscow of new sanctions.", None),
    ("Ankara said the raid would not remain unanswered.", "TUR"),
])
def test_a_negated_absence_of_consequences_is_an_asserted_warning(text, source):
    ev = EN.first_event(text, "warning")
    assert ev.modality == "asserted"
    if source:
        assert code(ev.source) == source


@pytest.mark.parametrize("text, kind", [
    ("Spain has not ruled out sending frigates to the Red Sea.", "deployment"),
    ("The chancellor did not rule out supplying long-range missiles to Kyiv.", "alliance"),
])
def test_not_ruling_out_is_hypothetical(text, kind):
    assert EN.first_event(text, kind).modality == "hypothetical"


def test_no_choice_but_to_send_is_no_negation():
    assert EN.first_event("Canada says it has no choice but to send more troops to Latvia.", "deployment").modality != "negated"


# -- words that merely look negative; exclusions in another comma part; questions ---------------------
@pytest.mark.parametrize("text, kind", [
    ("Moscow has not only sent troops to Belarus but also moved warplanes there.", "deployment"),
    ("It is no secret that Iran supplies drones to Russia.", "alliance"),
    ("There is no doubt that Russia stationed Iskander missiles in Kaliningrad.", "deployment"),
    ("No fewer than 2,000 Dutch soldiers arrived in Lithuania on Monday.", "deployment"),
])
def test_look_alike_negations_keep_the_event_asserted(text, kind):
    assert EN.first_event(text, kind).modality == "asserted"


def test_a_report_in_another_comma_part_keeps_the_warning():
    ev = EN.first_event("Moscow dismissed the reports about the summit, while warning Tallinn of a harsh response.",
                        "warning")
    assert code(ev.source) == "RUS"


@pytest.mark.parametrize("text", [
    "If the sanctions go ahead, how strongly should Brazil retaliate?",
    "Would Beijing really impose sanctions on Canberra over the submarine deal?",
])
def test_a_question_issues_no_threat(text):
    assert not EN.events(text, "warning")


# -- epidemics are relief; joining a coalition's campaign is an alliance ---------------------------
@pytest.mark.parametrize("text", [
    "Washington will send 2,000 soldiers to Sierra Leone to help contain the Ebola epidemic.",
    "The army sent medics and a field hospital to Lombardy during the coronavirus crisis.",
])
def test_troops_sent_against_an_epidemic_are_no_deployment(text):
    assert not EN.events(text, "deployment")


@pytest.mark.parametrize("text, source", [
    ("Belgium joined the US-led air campaign against Islamic State in 2014.", "BEL"),
    ("Norwegian jets will take part in the coalition's air strikes against the militants.", "NOR"),
    ("Bahrain said it would join the US-led maritime mission in the Red Sea.", "BHR"),
])
def test_joining_a_coalition_operation_is_an_alliance(text, source):
    assert code(EN.first_event(text, "alliance").source) == source


@pytest.mark.parametrize("text", [
    "The Liberals joined the ruling coalition after the election.",
    "Three parties took part in the coalition talks in Berlin.",
])
def test_a_party_coalition_is_no_coalition_operation(text):
    assert not EN.events(text, "alliance")


# -- Northern Ireland is part of the United Kingdom -------------------------------------------------
def test_northern_ireland_is_the_united_kingdom():
    ev = EN.first_event("Britain sent 500 more soldiers to Northern Ireland after the riots in Belfast.", "deployment")
    assert ev.location is not None and ev.location.code == "GBR"
    assert code(EN.first_event("Ireland sent 300 peacekeepers to Lebanon.", "deployment").source) == "IRL"


# -- rankings and qualities of forces are no act; US regions named after countries -------------------
@pytest.mark.parametrize("text", [
    "Turkey has the second-largest army in Nato.",
    "China now has the biggest navy in the world.",
    "Many of the conscripts are poorly trained and badly equipped, the report says.",
])
def test_force_rankings_and_qualities_make_no_event(text):
    assert not EN.events(text), text


def test_a_presence_with_a_ranking_of_its_contingent_stays():
    ev = EN.first_event("Britain has the largest contingent of troops in Estonia.", "deployment")
    assert (code(ev.source), ev.location.code if ev.location else None) == ("GBR", "EST")


def test_new_mexico_is_in_the_united_states():
    ev = EN.first_event("The Pentagon sent 1,500 troops to New Mexico to guard the border.", "deployment")
    assert ev.location is not None and ev.location.code == "USA"


# -- a punitive act promised under a condition, or against any move ------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Washington will suspend military aid to Cairo unless the generals hand over power.", "USA", "EGY"),
    ("Ankara said it would close its airspace to Israel if the strikes on Gaza continued.", "TUR", "ISR"),
    ("Beijing said it would crush any attempt at independence by Taiwan.", "CHN", "TWN"),
])
def test_a_conditional_punitive_act_is_a_warning(text, source, target):
    ev = EN.first_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "Germany will cut taxes if the economy slows, the finance minister said.",
    "The company said it would close its factories in China if demand fell.",
    "The French government would ban the march if violence broke out.",
    "Labour would scrap the tax if it won the election, Mr Brown said.",
])
def test_a_conditional_domestic_measure_is_no_warning(text):
    assert not EN.events(text, "warning")


# -- a threat received in the passive; a deadline's demand is no supply ---------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Hungary has been threatened with sanctions by the European Union.", "EU", "HUN"),
    ("Minsk was threatened with new sanctions by Lithuania over the migrants.", "LTU", "BLR"),
])
def test_a_passive_threat_with_its_penalty_is_a_warning(text, source, target):
    ev = EN.first_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)


def test_a_victim_threatened_with_a_knife_is_no_warning():
    assert not EN.events("A British tourist was threatened with a knife in Spain.", "warning")


@pytest.mark.parametrize("text", [
    "Washington gave Damascus 48 hours to hand over the chemical weapons.",
    "The UN set Baghdad a deadline to hand over all its missiles.",
])
def test_a_deadline_to_hand_over_arms_is_no_supply(text):
    assert not EN.events(text, "alliance")
    assert EN.events(text, "warning")


# -- soldiers at home on civil tasks; ships coming home; service abbreviations -------------------------
@pytest.mark.parametrize("text", [
    "Soldiers from the regiment were deployed to help clear snow in Cumbria.",
    "The frigate arrived in Plymouth bringing 180 sailors home for Christmas.",
])
def test_civil_tasks_and_homecomings_are_no_deployment(text):
    assert not EN.events(text, "deployment")


@pytest.mark.parametrize("text, source", [
    ("Pilots from RNAS Yeovilton will leave for a six-month deployment to Estonia.", "GBR"),
    ("Two RAAF surveillance planes were sent to the Philippines.", "AUS"),
])
def test_service_abbreviations_name_their_country(text, source):
    assert code(EN.first_event(text, "deployment").source) == source


# -- forecasts, attitudes and calamities are no threats ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Western intelligence officials warned that Russia could invade Georgia within days.",
    "Analysts warned that China may attack Taiwan before 2030.",
    "The minister warned against complacency as Iran enriched more uranium.",
    "Aid groups warned of a humanitarian catastrophe in Sudan if the siege of El Fasher continued.",
])
def test_forecasts_attitudes_and_calamities_are_no_warning(text):
    assert not EN.events(text, "warning")


@pytest.mark.parametrize("text, source", [
    ("Tehran warned that it could strike American bases if it was attacked.", "IRN"),
    ("Moscow warned that it might use nuclear weapons if its territory was attacked.", "RUS"),
])
def test_a_threat_of_ones_own_strike_stays_a_warning(text, source):
    assert code(EN.first_event(text, "warning").source) == source


# -- reinforcement phrasal verbs --------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, place", [
    ("Washington is beefing up its forces in Kuwait.", "USA", "KWT"),
    ("Beijing ramped up its troop numbers in Tibet after the protests.", "CHN", "CHN"),
])
def test_reinforcement_phrasal_verbs(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@pytest.mark.parametrize("text", [
    "The EU stepped up its aid to Ukraine.",
    "The firm ramped up production of shells in Poland.",
])
def test_stepping_up_aid_or_output_is_no_deployment(text):
    assert not EN.events(text, "deployment")


# -- a plan of the main clause does not reach a relative clause's act --------------------------------------
@pytest.mark.parametrize("text, source, place", [
    ("Britain, whose troops were sent to Estonia in 2017, will double the force next year.", "GBR", "EST"),
    ("Canada, whose soldiers are stationed in Latvia, plans to buy new tanks.", "CAN", "LVA"),
])
def test_a_relative_clause_deployment_keeps_its_own_modality(text, source, place):
    assert_event(EN, text, "deployment", source, place, modality="asserted")


def test_a_plan_after_the_trigger_in_its_comma_part_still_counts():
    assert EN.first_event("The deployment of two Dutch frigates to the Gulf is planned for May.", "deployment").modality == "planned"


# -- a pact about warships or jets is military ---------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Canberra will buy nuclear-powered submarines under the Aukus pact.", "AUS"),
    ("India and France signed a deal for 26 Rafale fighter jets.", "IND"),
])
def test_a_pact_on_warships_or_jets_is_an_alliance(text, source):
    assert code(EN.first_event(text, "alliance").source) == source


def test_a_trade_pact_is_no_alliance():
    assert not EN.events("China and Brazil signed a trade pact on soybeans and iron ore.", "alliance")


# -- leaders and ministers of past news act for their country ------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("President Obama ordered 1,500 more troops to Iraq.", "USA"),
    ("Mr Blair said British troops would stay in Basra until the job was done.", "GBR"),
    ("Geoff Hoon told MPs that 650 soldiers would be sent to Iraq.", "GBR"),
    ("Assad threatened to retaliate against Israel.", "SYR"),
])
def test_past_leaders_and_ministers_are_their_country(text, source):
    ev = EN.first_event(text, "warning" if "threatened" in text else "deployment")
    assert code(ev.source) == source


@pytest.mark.parametrize("text", [
    "The threat of global warming inspired the president to sign the accord with China.",
    "The president called the launch a grave threat to regional and international stability.",
])
def test_threats_to_climate_or_stability_are_no_warning(text):
    assert not EN.events(text, "warning")


@pytest.mark.parametrize("text, source", [
    ("Ban Ki-moon warned Pyongyang of serious consequences if it tested another bomb.", "UN"),
    ("Anders Fogh Rasmussen said Nato would send 4,000 more troops to Afghanistan.", "NATO"),
])
def test_heads_of_organisations_act_for_them(text, source):
    ev = EN.first_event(text, "warning" if "warned" in text else "deployment")
    assert code(ev.source) == source


@pytest.mark.parametrize("text, place", [
    ("Britain sent 300 soldiers to Nairobi to train Kenyan forces.", "KEN"),
    ("The US moved 200 marines to Tripoli to guard its embassy.", "LBY"),
])
def test_more_capitals_name_their_country(text, place):
    ev = EN.first_event(text, "deployment")
    assert ev.location is not None and ev.location.code == place


@pytest.mark.parametrize("text, source, target", [
    ("Jerusalem said it would act militarily if Tehran enriched uranium to weapons grade.", "ISR", "IRN"),
    ("New Delhi said it would strike back if Islamabad attacked again.", "IND", "PAK"),
])
def test_a_conditional_use_of_force_is_a_warning(text, source, target):
    ev = EN.first_event(text, "warning")
    assert (code(ev.source), code(ev.target)) == (source, target)


def test_police_using_force_is_no_warning():
    assert not EN.events("The police said they would use force if the protesters did not leave the square.", "warning")


# -- a relative clause on an unnamed set of parties (roles.unnamed_relative) --------------------------------------
@pytest.mark.parametrize("text", [
    "The United States would have to pull its troops out of countries who joined NATO after 2000.",
    "Moscow wants Washington to withdraw from the states that joined NATO in 2004.",
])
def test_unnamed_set_joins_not_the_main_subject(text):
    ev = EN.first_event(text, "alliance")
    assert code(ev.source) is None and code(ev.target) == "NATO"
    assert ev.modality == "asserted"  # the main clause's "would" is not the joining's


def test_relative_on_unnamed_set_keeps_main_parties_out_of_deployment():
    ev = EN.only_event("Britain criticised the nations that have sent troops to Syria.", "deployment")
    assert code(ev.source) is None and ev.location is not None and ev.location.code == "SYR"
    ev = EN.only_event("Moscow would target the countries that host American missiles.", "deployment")
    assert ev.location is None  # the hosts are unnamed, not Russia


def test_named_head_of_relative_still_acts():
    ev = EN.first_event("Poland, which joined NATO in 1999, will host the summit.", "alliance")
    assert code(ev.source) == "POL" and code(ev.target) == "NATO"
    ev = EN.first_event("Russia will punish Poland, which has deployed missiles.", "deployment")
    assert ev.modality == "asserted"  # "will" belongs to the main clause


def test_dotted_and_headline_abbreviations_name_parties():
    ev = EN.first_event("The E.U. signed a defence pact with Japan.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"EU", "JPN"}
    ev = EN.first_event("World leaders denounce N. Korea test; Obama vows consequences.", "warning")
    assert code(ev.target) == "PRK"
    ev = EN.first_event("S. Korea and the U.S. began joint drills on Monday.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"KOR", "USA"}


def test_a_bloc_is_no_place_of_a_deployment():
    ev = EN.first_event("The Netherlands sent two frigates to the NATO mission.", "deployment")
    assert code(ev.source) == "NLD" and ev.location is None


def test_a_relative_clause_on_a_partner_names_no_partner():
    ev = EN.first_event("Resources could be better spent in partnership with NATO, the military alliance that includes the "
                        "United States.", "alliance")
    assert "USA" not in {code(ev.source), code(ev.target)}
    ev = EN.first_event("Japan signed a defence pact with Australia that worries China.", "alliance")
    assert {code(ev.source), code(ev.target)} == {"JPN", "AUS"}


@pytest.mark.parametrize("text", [
    "Moscow vowed to deploy more troops to the border.",
    "Turkey promised to send troops to Qatar.",
    "China is determined to station jets on the islands.",
    "The regime's determination to deploy warheads on missiles worries Seoul.",
    "Britain has pledged to send two warships to the Gulf.",
])
def test_vowed_or_promised_deployment_is_planned(text):
    assert EN.first_event(text, "deployment").modality == "planned"


def test_a_vowed_threat_stays_asserted():
    assert EN.first_event("Iran vowed to retaliate against Israel.", "warning").modality == "asserted"
