"""Czech: statements and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, events_of

CS = LanguageProbe("cs", hint=False)


def test_preposed_statement_with_name_after_role():
    # "řekl" starts with a lower-case Latin Extended-A letter: it is no part of the name
    text = "Ministr zahraničí Jan Novák řekl, že vláda podpoří další sankce proti Rusku."
    (st,) = CS.extract(text).statements
    assert st.speaker.text == "Ministr zahraničí Jan Novák"
    assert st.cue.text == "řekl"
    assert st.content.text == "že vláda podpoří další sankce proti Rusku"


def test_postposed_speaker_and_deployment_place_before_forces():
    text = "Rusko rozmístilo v Bělorusku jaderné zbraně, uvedl ukrajinský prezident."
    result = CS.extract(text)
    (st,) = result.statements
    assert st.speaker.text == "ukrajinský prezident" and st.cue.text == "uvedl"
    assert st.content.text == "Rusko rozmístilo v Bělorusku jaderné zbraně"
    (ev,) = events_of(result, "deployment")
    assert code(ev.source) == "RUS"
    assert ev.location is not None and ev.location.code == "BLR"


def test_adjunct_between_speaker_and_cue():
    text = "Premiér ve svém projevu v parlamentu prohlásil, že armáda dostane více peněz."
    (st,) = CS.extract(text).statements
    assert st.speaker.text == "Premiér"


def test_summoned_ambassador_is_a_warning():
    (ev,) = CS.events("Ministerstvo zahraničí ČR předvolalo ruského velvyslance kvůli útoku na Kyjev.", "warning")
    assert code(ev.source) == "CZE" and code(ev.target) == "RUS"


def test_conditional_deployment_inside_statement():
    text = "Pokud NATO rozmístí vojska na Ukrajině, Rusko bude nuceno odpovědět, varoval Medveděv."
    result = CS.extract(text)
    (st,) = result.statements
    assert st.speaker.text == "Medveděv" and code(st.speaker_actor) == "RUS"
    (ev,) = events_of(result, "deployment")
    assert ev.modality == "conditional" and code(ev.source) == "NATO"


def test_joint_exercise_is_an_alliance():
    (ev,) = CS.events("Polsko a Litva zahájily společné vojenské cvičení u hranic s Běloruskem.", "alliance")
    assert code(ev.source) == "POL" and code(ev.target) == "LTU"


@pytest.mark.parametrize("text", [
    "Sparta porazila Slavii a vede ligu, řekl trenér po zápase.",
    "Firma poslala dopisy všem svým zákazníkům.",
    "Podle jízdního řádu odjíždí vlak v osm hodin.",
])
def test_ordinary_news_yields_no_event(text):
    assert not CS.extract(text).events


# --- precision pass: place names with their noun, perfective future, seas ---------------------------

def test_region_keeps_its_noun_and_perfective_future_is_planned():
    [ev] = events_of(CS.extract("Rusko rozmístí rakety v Kaliningradské oblasti, uvedl ministr obrany."), "deployment")
    assert code(ev.source) == "RUS" and ev.modality == "planned"
    assert ev.location.mention.text == "Kaliningradské oblasti"
    [ev] = events_of(CS.extract("Rusko rozmístilo rakety v Bělorusku."), "deployment")
    assert ev.modality == "asserted" and ev.location.code == "BLR"


def test_sea_of_japan_is_not_japan():
    [ev] = events_of(CS.extract("Čína vyslala válečné lodě do Japonského moře."), "deployment")
    assert code(ev.source) == "CHN" and ev.location.code is None and ev.location.mention.text == "Japonského moře"
