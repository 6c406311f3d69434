"""A coordinated source is one act per party (EVENTS.md: an event is one real-world act).

Our own sentences: every conjunct gets its own event with the same evidence and place; an alliance
splits only when the parties share a partner named after them; "between X and Y" is one pair.
"""

import pytest

from tests.unit.engine_helpers import LanguageProbe

EN = LanguageProbe("en")


def _sources(text: str, kind: str) -> list[str]:
    found = EN.events(text, kind)
    assert found, f"no {kind} event in: {text}"
    return [e.source.code for e in found if e.source is not None]


@pytest.mark.parametrize("text, kind, sources, place", [
    ("Belgium, Norway and the Czech Republic keep soldiers in Lithuania.", "deployment", ["BEL", "NOR", "CZE"], "LTU"),
    ("Spain and Italy will send frigates to Cyprus next month.", "deployment", ["ESP", "ITA"], "CYP"),
    ("Poland as well as Romania moved air defence units to the border with Ukraine.", "deployment", ["POL", "ROU"], None),
    ("Canadian and German troops arrived in Latvia for the drills.", "deployment", ["CAN", "DEU"], "LVA"),
    ("China and Russia warned the United States against sending warships to the strait.", "warning", ["CHN", "RUS"], None),
])
def test_one_event_per_coordinated_party(text, kind, sources, place):
    found = EN.events(text, kind)
    assert [e.source.code for e in found if e.source is not None] == sources, (text, found)
    assert len({e.id for e in found}) == len(found), "each party's event has its own id"
    assert len({(e.evidence.start, e.evidence.end) for e in found}) == 1, "one evidence for all"
    if place is not None:
        assert all(e.location is not None and e.location.code == place for e in found), (text, found)


def test_forces_on_alert_stay_at_each_home():
    found = EN.events("Vietnam and the Philippines put their navies on high alert.", "deployment")
    assert [e.source.code for e in found] == ["VNM", "PHL"], found
    assert [e.location.code for e in found] == ["VNM", "PHL"], found


def test_givers_of_arms_are_each_a_source():
    found = EN.events("Ukraine received artillery shells from Denmark and the Netherlands.", "alliance")
    assert [(e.source.code, e.target.code) for e in found] == [("DNK", "UKR"), ("NLD", "UKR")], found


def test_alliance_splits_only_with_a_shared_partner():
    found = EN.events("Austria and Ireland have applied to join NATO.", "alliance")
    assert [(e.source.code, e.target.code) for e in found] == [("AUT", "NATO"), ("IRL", "NATO")], found
    pact = EN.events("Armenia and France signed a defence cooperation agreement.", "alliance")
    assert len(pact) == 1 and {p.code for p in pact[0].partners} == {"ARM", "FRA"}, pact


def test_a_pair_after_between_is_one_relation():
    found = EN.events("Military cooperation between Greece and Egypt deepened with joint naval drills.", "alliance")
    assert len(found) == 1, found


def test_ids_are_deterministic():
    text = "Sweden and Denmark sent troops to Estonia."
    first, second = EN.events(text, "deployment"), EN.events(text, "deployment")
    assert len(first) == 2 and [e.id for e in first] == [e.id for e in second]


@pytest.mark.parametrize("lang, text, sources", [
    ("de", "Lettland und Litauen schicken Soldaten nach Polen.", ["LVA", "LTU"]),
    ("fr", "La Belgique et l'Italie enverront des frégates en Grèce.", ["BEL", "ITA"]),
    ("es", "Noruega y Dinamarca desplegaron tropas en Estonia.", ["NOR", "DNK"]),
    ("ru", "Польша и Румыния направили войска в Эстонию.", ["POL", "ROU"]),
    ("zh", "法国和德国向立陶宛派遣了军队。", ["FRA", "DEU"]),
    ("hu", "Csehország és Szlovákia katonákat küldött Lengyelországba.", ["CZE", "SVK"]),
])
def test_every_language_splits_its_coordinated_subject(lang, text, sources):
    found = LanguageProbe(lang).events(text, "deployment")
    assert [e.source.code for e in found if e.source is not None] == sources, (text, found)
