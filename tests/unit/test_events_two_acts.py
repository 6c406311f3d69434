"""Two acts of one type in one sentence, each with its own subject, are two events (EVENTS.md: an
event is one real-world act). One actor's acts told together, or one act told twice, stay one.
All sentences were written for this test."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, code

EN = LanguageProbe("en")


@pytest.mark.parametrize("text, kind, sources", [
    ("Japan sent ships to the area while the United States mobilised troops.", "deployment", ["JPN", "USA"]),
    ("Russia warned Poland, and Belarus threatened Lithuania.", "warning", ["RUS", "BLR"]),
    ("China sent warships to the strait, and Japan deployed jets to Okinawa.", "deployment", ["CHN", "JPN"]),
    ("Germany sent tanks to Lithuania; France deployed jets to Estonia.", "deployment", ["DEU", "FRA"]),
    ("Russia moved troops to the border and Ukraine put its army on high alert.", "deployment", ["RUS", "UKR"]),
    ("Russia sent troops to Belarus and Poland deployed tanks to Lithuania.", "deployment", ["RUS", "POL"]),
])
def test_two_subjects_two_acts(text, kind, sources):
    found = EN.events(text, kind)
    assert found, f"no {kind} event in: {text}"
    assert [code(e.source) for e in found] == sources, (text, found)
    assert len({e.id for e in found}) == len(found), "each act has its own id"


def test_the_later_subject_is_no_place_of_the_earlier_act():
    found = EN.events("China sent warships to the strait, and Japan deployed jets to Okinawa.", "deployment")
    assert len(found) == 2, found
    assert found[0].location is None or found[0].location.code != "JPN", found[0]
    assert found[1].location is not None and found[1].location.code == "JPN", found[1]


def test_the_earlier_object_does_not_join_the_later_subject():
    found = EN.events("Russia warned Poland, and Belarus threatened Lithuania.", "warning")
    assert [(code(e.source), code(e.target)) for e in found] == [("RUS", "POL"), ("BLR", "LTU")], found


@pytest.mark.parametrize("text, kind", [
    ("Russia moved troops to Belarus and deployed missiles there.", "deployment"),
    ("Britain sent troops to Estonia, where they were deployed at Tapa.", "deployment"),
    ("Iran warned Israel that it would retaliate and threatened to strike its bases.", "warning"),
    ("Military cooperation between Greece and Egypt deepened with joint naval drills.", "alliance"),
])
def test_one_subject_one_event(text, kind):
    found = EN.events(text, kind)
    assert len(found) == 1, (text, found)


@pytest.mark.parametrize("text, partners", [
    ("Japan and the Philippines held naval exercises in the South China Sea.", {"JPN", "PHL"}),
    ("US and South Korean forces launched their annual exercises.", {"USA", "KOR"}),
])
def test_exercises_of_coordinated_parties_are_one_joint_exercise(text, partners):
    found = EN.events(text, "alliance")
    assert len(found) == 1, (text, found)
    assert {code(p) for p in found[0].partners} == partners
    assert not EN.events(text, "deployment"), text


def test_one_party_exercising_alone_stays_a_deployment():
    ev = EN.only_event("China held military drills around Taiwan.", "deployment")
    assert code(ev.source) == "CHN"


def test_separate_exercises_stay_apart():
    found = EN.events("Russia and China held separate naval exercises on Monday.", "deployment")
    assert [code(e.source) for e in found] == ["RUS", "CHN"], found
