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
])
def test_deployment_modality(text, modality):
    assert EN.only_event(text, "deployment").modality == modality


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
