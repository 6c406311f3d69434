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


# -- a warning received: the origin made it, the receiver is warned ---------------------------------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("hu", "Lengyelország ultimátumot kapott Moszkvától.", "RUS", "POL"),
    ("hu", "Litvánia figyelmeztetést kapott Oroszországtól.", "RUS", "LTU"),
    ("hu", "Lengyelország fenyegetéseket kap Oroszországtól.", "RUS", "POL"),
    ("de", "Litauen erhielt ein Ultimatum aus Moskau.", "RUS", "LTU"),
    ("de", "Litauen hat Drohungen aus Moskau erhalten.", "RUS", "LTU"),
    ("fr", "La Lituanie a reçu un ultimatum de Moscou.", "RUS", "LTU"),
    ("es", "Lituania recibió un ultimátum de Moscú.", "RUS", "LTU"),
    ("cs", "Litva obdržela ultimátum z Moskvy.", "RUS", "LTU"),
])
def test_warning_received_from_its_maker(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


@pytest.mark.parametrize("lang, text, source, target", [
    # no verb of receiving: an envoy called back from a country, which is warned (events._recalled_from)
    ("cs", "Česko odvolalo svého velvyslance z Běloruska.", "CZE", "BLR"),
    ("en", "Poland recalled its ambassador from Belarus.", "POL", "BLR"),
])
def test_recall_from_is_not_a_received_warning(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)


# -- a marker that is both agent and genitive (de "von") after a place word or a place noun: where, not who ----------
@pytest.mark.parametrize("text, source, place", [
    ("Russland verlegt Kriegsschiffe in den Hafen von Tartus.", "RUS", "SYR"),
    ("Russland hat Kampfjets auf den Stützpunkt von Hmeimim verlegt.", "RUS", "SYR"),
    ("Die USA verlegen Soldaten in die Nähe von Kaliningrad.", "USA", "RUS"),
    # a party before "von" leaves it the passive agent, also after a subject that names no party
    ("Die Kampfjets wurden in Polen von Deutschland stationiert.", "DEU", "POL"),
])
def test_de_von_after_a_place_is_a_place(text, source, place):
    assert_event(LanguageProbe("de"), text, "deployment", source, place)


# -- an office named with its seat speaks for its government -------------------------------------------------------
@pytest.mark.parametrize("text, source, place", [
    ("Die Regierung in Moskau kündigte die Verlegung von Truppen nach Belarus an.", "RUS", "BLR"),
    ("Das Verteidigungsministerium in Paris kündigte die Entsendung von Soldaten nach Rumänien an.", "FRA", "ROU"),
])
def test_de_seat_of_the_speaking_office(text, source, place):
    assert_event(LanguageProbe("de"), text, "deployment", source, place)


# -- a country marked as a place is where an alliance act happens, a partner only after the others ------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("de", "Die EU will in Polen ukrainische Soldaten ausbilden.", "EU", "UKR"),
    ("de", "Großbritannien bildet in Deutschland ukrainische Piloten aus.", "GBR", "UKR"),
    ("en", "Britain will train Ukrainian pilots in Poland.", "GBR", "UKR"),
    ("de", "Deutschland bildet ukrainische Soldaten aus.", "DEU", "UKR"),
])
def test_place_is_no_alliance_partner_before_the_others(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "alliance", source, target)


# -- a host of a foreign base: the base's owner deploys, the host is where ------------------------------------------
@pytest.mark.parametrize("lang, text, source, place", [
    ("fr", "Djibouti abrite une base militaire française.", "FRA", "DJI"),
    ("fr", "Le Niger abritait des bases américaines.", "USA", "NER"),
    ("es", "Yibuti alberga una base militar francesa.", "FRA", "DJI"),
    ("de", "Katar beherbergt einen amerikanischen Stützpunkt.", "USA", "QAT"),
])
def test_hosted_base_is_its_owners_deployment(lang, text, source, place):
    assert_event(LanguageProbe(lang), text, "deployment", source, place)


# -- an impersonal cue said in an office: that office speaks (ru, uk "-ли") ----------------------------------------
@pytest.mark.parametrize("lang, text, source, target", [
    ("uk", "У російському посольстві в Лондоні заявили, що Британія зіткнеться з наслідками.", "RUS", "GBR"),
    ("uk", "У посольстві Росії в Лондоні заявили, що Британія зіткнеться з наслідками.", "RUS", "GBR"),
    ("ru", "В российском посольстве в Лондоне заявили, что Британия столкнется с последствиями.", "RUS", "GBR"),
    ("uk", "У російському посольстві в Берліні пригрозили Німеччині відповіддю.", "RUS", "DEU"),  # the verb itself
])
def test_impersonal_cue_in_an_office(lang, text, source, target):
    assert_event(LanguageProbe(lang), text, "warning", source, target)
