"""Arms sent to or arriving at a state that the sentence reads as a supply are that supply, not a deployment
(EVENTS.md: arms supplies are an alliance), whichever group read the supply; forces sent there stay deployments.
Our own sentences, several languages (events.py `_supplied_arms`)."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code, events_of

SUPPLIED = [
    # a participle on the arms reads the supply, the verb of arrival or sending names no deployment
    ("hu", "Az átadott harckocsik megérkeztek Ukrajnába.", "UKR"),
    ("hu", "A megígért vadászgépeket Ukrajnába küldték.", "UKR"),
    ("hu", "A leszállított légvédelmi rendszerek tegnap érkeztek meg Ukrajnába.", "UKR"),
    # a dative receiver: the sending verb is read by a supply group and by a deployment group on the same words
    ("hu", "Németország vadászgépeket küldött Ukrajnának.", "UKR"),
    ("fr", "Les chars promis par la France sont arrivés en Ukraine.", "UKR"),
    ("es", "Los tanques prometidos por Alemania llegaron a Ucrania.", "UKR"),
    ("de", "Die von Deutschland zugesagten Leopard-Panzer sind in der Ukraine eingetroffen.", "UKR"),
    ("de", "Die zugesagten Panzer sind in der Ukraine eingetroffen.", "UKR"),
]


@pytest.mark.parametrize("lang,text,receiver", SUPPLIED)
def test_supplied_arms_are_no_deployment(lang, text, receiver):
    r = LanguageProbe(lang).extract(text)
    supplies = events_of(r, "alliance")
    assert supplies, text
    assert any(code(e.target) == receiver for e in supplies)
    assert not [e for e in events_of(r, "deployment") if e.location and e.location.code == receiver], text


FORCES = [
    # forces sent to the same state as a supply in the sentence stay a deployment
    ("en", "Britain supplied Ukraine with missiles and sent troops to Ukraine to train its soldiers.", "GBR", "UKR"),
    ("en", "Germany delivered tanks to Lithuania and deployed a brigade to Lithuania.", "DEU", "LTU"),
    ("es", "España entregó misiles a Ucrania y envió soldados a Ucrania.", "ESP", "UKR"),
    ("de", "Deutschland lieferte Raketen an die Ukraine und schickte Soldaten in die Ukraine.", "DEU", "UKR"),
    ("ar", "أرسلت تركيا قوات إلى ليبيا وزودت ليبيا بالأسلحة.", "TUR", "LBY"),
    ("hu", "Németország katonákat és harckocsikat küldött Litvániába.", "DEU", "LTU"),
    ("hu", "Németország katonákat küldött Litvániába.", "DEU", "LTU"),
    ("de", "Deutsche Soldaten sind in Litauen eingetroffen.", "DEU", "LTU"),
]


@pytest.mark.parametrize("lang,text,source,place", FORCES)
def test_forces_beside_a_supply_still_deploy(lang, text, source, place):
    found = LanguageProbe(lang).events(text, "deployment")
    assert found, text
    assert any(code(e.source) == source and e.location and e.location.code == place for e in found)


@pytest.mark.parametrize("text", [
    "Németország katonákat és harckocsikat küldött Litvániába.",
    "Az Egyesült Államok hadihajókat küldött a Fekete-tengerre.",
])
def test_hu_troops_and_warships_sent_are_no_supply(text):
    r = LanguageProbe("hu").extract(text)
    assert events_of(r, "deployment"), text
    assert not events_of(r, "alliance"), text


def test_hu_supply_in_one_comma_part_and_troops_in_another():
    r = LanguageProbe("hu").extract("Lengyelország lőszert küldött Ukrajnának, Németország pedig katonákat küldött Litvániába.")
    supplies = events_of(r, "alliance")
    assert supplies
    assert code(supplies[0].source) == "POL" and code(supplies[0].target) == "UKR"
