"""Roles read from case and word order (roles helper, round 10).

Sentences written for this test, one construction per case, in several persons, tenses and orders.
"""

import pytest

from tests.unit.engine_helpers import LanguageProbe, assert_event

CS, UK, HU = LanguageProbe("cs"), LanguageProbe("uk"), LanguageProbe("hu")
PROBES = {"cs": CS, "uk": UK, "hu": HU}


# -- a country's whole-word name is the country, not the nationality adjective sharing its stem -------------------
@pytest.mark.parametrize("text, source, target", [
    ("Rusko zopakovalo hrozbu Polsku.", "RUS", "POL"),           # dative after the noun: the addressee
    ("Rusko poslalo ultimátum Polsku.", "RUS", "POL"),
    ("Bělorusko adresovalo nové hrozby Polsku.", "BLR", "POL"),
    ("Rusko pohrozilo Polsku odvetou.", "RUS", "POL"),            # unchanged SVO
])
def test_cs_dative_name_is_no_possessor(text, source, target):
    assert_event(CS, text, "warning", source, target)


# -- free word order: the subject after its verb when an object or an adverb opens the clause ------------------
@pytest.mark.parametrize("lang, text, kind, source, other", [
    ("cs", "Včera pohrozilo Rusko Polsku odvetou.", "warning", "RUS", "POL"),
    ("cs", "Nové tanky Ukrajině dodá Německo.", "alliance", "DEU", "UKR"),
    ("cs", "Moderní stíhačky Ukrajině dodalo Nizozemsko.", "alliance", "NLD", "UKR"),
    ("uk", "Вчора пригрозила Росія Польщі відповіддю.", "warning", "RUS", "POL"),
    ("uk", "Нові ракети Польщі передасть Франція.", "alliance", "FRA", "POL"),
    ("uk", "Сучасні танки Україні передала Німеччина.", "alliance", "DEU", "UKR"),
    ("hu", "Lengyelországot fenyegette Oroszország.", "warning", "RUS", "POL"),
    # subject first: as before
    ("uk", "Німеччина передасть Україні нові танки.", "alliance", "DEU", "UKR"),
    ("cs", "Německo dodá Ukrajině nové tanky.", "alliance", "DEU", "UKR"),
])
def test_subject_after_its_verb(lang, text, kind, source, other):
    assert_event(PROBES[lang], text, kind, source, other)


def test_party_after_a_preposition_is_no_late_subject():
    # "для Росії" follows the trigger: a party under a preposition never is the verb's subject
    ev = UK.first_event("Уряд заявив, що вторгнення матиме серйозні наслідки для Росії.", "warning")
    assert (ev.source.country if ev.source else None) != "RUS"
