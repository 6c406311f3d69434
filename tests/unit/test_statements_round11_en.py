"""English statements, round 11 (issue 11): a quotation before a speaker and cue followed by a long adjunct.

Every sentence here was written for this test. Each test first asserts that the statement exists,
then checks its spans.
"""

import pytest

from schemas import Article
from streams.engine import default_engine


def statements(text: str, cue: str):
    found = [s for s in default_engine().extract(Article(id="t", text=text, lang="en")).statements
             if s.cue is not None and s.cue.text == cue]
    assert found, text
    return found


# '"…," X said ON A NOUN that/which …': the relative clause describes the adjunct's noun; the quotation is what was said
RELATIVE_AFTER_ADJUNCT = [
    ('"We are in a critical situation," the chancellor said on a boat that sailed down the Rhine.', "said",
     "the chancellor", '"We are in a critical situation,"'),
    ('"The talks will go on," the envoys told lawmakers in a session which lasted until midnight.', "told",
     "the envoys", '"The talks will go on,"'),
    ("“Nobody will leave,” she has said at rallies that drew thousands of voters.", "has said",
     "she", "“Nobody will leave,”"),
]


@pytest.mark.parametrize("text, cue, speaker, content", RELATIVE_AFTER_ADJUNCT)
def test_relative_clause_on_the_adjunct_noun_after_a_quotation(text, cue, speaker, content):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content is not None and st.content.text == content, st.content


# '"…," X said IN PLACE, STATE, "…"': the quotation resumes after a long adjunct with a place and its state
RESUMED = [
    ('"We are ready," the governor said during a rally in Kinston, N.C., "but the money is not there."', "said",
     "the governor", '"We are ready,"', '"but the money is not there."'),
    ('"The border stays closed," the ministers told reporters at a briefing in Vienna, "and the army stays."', "told",
     "the ministers", '"The border stays closed,"', '"and the army stays."'),
]


@pytest.mark.parametrize("text, cue, speaker, first, second", RESUMED)
def test_quotation_resumed_after_a_long_adjunct(text, cue, speaker, first, second):
    found = statements(text, cue)
    contents = {s.content.text for s in found if s.content is not None}
    assert first in contents and second in contents, contents
    assert all(s.speaker is not None and s.speaker.text == speaker for s in found), [s.speaker for s in found]


def test_that_clause_after_an_adjunct_without_a_quotation_is_still_what_was_said():
    st = statements("The minister said in a speech that the troops would stay.", "said")[0]
    assert st.content is not None and st.content.text == "that the troops would stay", st.content


# 'SUBJECT PAST-VERB …, PARTICIPLE …': the subject of the main clause speaks, not the subject and its verb
PARTICIPLE_SUBJECT = [
    ("The senator spoke at a rally in Dayton, promising to cut taxes.", "promising", "The senator"),
    ("The new governor met with farmers on Monday, saying that taxes would fall.", "saying", "The new governor"),
    ("The envoys went to Geneva, warning that the talks could fail.", "warning", "The envoys"),
    ("The top official of the region visited Ohio last week, adding that the plant would stay open.", "adding",
     "The top official of the region"),
]


@pytest.mark.parametrize("text, cue, speaker", PARTICIPLE_SUBJECT)
def test_participle_speaker_ends_before_the_main_verb(text, cue, speaker):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker


# a reporting noun with its possessor: a bare plural may open the that-clause; in subject or opening-adjunct position
# what was said ends at the main clause; the possessor (with its "'s", as the tests of round 2) is the speaker, without
# an opening preposition
NOMINAL = [
    ("Contrary to her claim that voters would learn nothing, the files were released.", "claim", "her",
     "that voters would learn nothing"),
    ("His warning that troops would cross the border was ignored.", "warning", "His",
     "that troops would cross the border"),
    ("Despite the ministry's assurance that the ships would leave, the blockade went on.", "assurance", "the ministry's",
     "that the ships would leave"),
    ("Their claim that farmers were losing money is false.", "claim", "Their", "that farmers were losing money"),
]


@pytest.mark.parametrize("text, cue, speaker, content", NOMINAL)
def test_reporting_noun_with_possessor(text, cue, speaker, content):
    found = [s for s in default_engine().extract(Article(id="t", text=text, lang="en")).statements
             if s.cue is not None and s.cue.text.endswith(cue)]
    assert found, text
    st = found[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content is not None and st.content.text == content, st.content


def test_a_lone_opening_adjunct_is_not_what_was_said():
    text = "Despite the ministry's assurance that the ships would leave, the blockade continued."
    for st in default_engine().extract(Article(id="t", text=text, lang="en")).statements:
        assert not st.content.text.startswith("Despite"), st.content


def test_relative_clause_after_a_reporting_noun_is_no_report():
    text = "The claim that was made last week is false."
    assert not default_engine().extract(Article(id="t", text=text, lang="en")).statements


@pytest.mark.parametrize("text", [
    "The minister, who said that the plant was unsafe, went to court.",
    "The minister, who said that the plant was unsafe, appealed the ruling.",
])
def test_relative_speaker_content_ends_before_the_main_clause_past_verb(text):
    st = statements(text, "said")[0]
    assert st.content is not None and st.content.text == "that the plant was unsafe", st.content


# a participle cue opening the sentence reports up to its comma; the subject of the main clause speaks
OPENING_PARTICIPLE = [
    ("Citing safety concerns, the ministry closed the airport.", "Citing", "the ministry", "safety concerns"),
    ("Claiming the count was rigged, the opposition walked out.", "Claiming", "the opposition", "the count was rigged"),
    ("Saying that the talks had stalled, Mr. Lee left Vienna.", "Saying", "Mr. Lee", "that the talks had stalled"),
    ("Warning of further strikes, NATO sent two more ships.", "Warning", "NATO", "of further strikes"),
]


@pytest.mark.parametrize("text, cue, speaker, content", OPENING_PARTICIPLE)
def test_opening_participle_cue(text, cue, speaker, content):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content is not None and st.content.text == content, st.content


def test_opening_participle_phrase_is_not_the_content_of_the_main_verb():
    text = "Citing a rumour, the senator repeatedly accused the minister of lying."
    statements(text, "Citing")
    for st in default_engine().extract(Article(id="t", text=text, lang="en")).statements:
        assert st.cue.text == "Citing" or not st.content.text.startswith("Citing"), st.content


def test_opening_participle_without_a_main_clause_reports_nothing():
    assert not default_engine().extract(Article(id="t", text="Citing sources.", lang="en")).statements


@pytest.mark.parametrize("text, speaker", [
    ('"We love the region," he said, but "the money is not there."', "he"),
    ('"We love the region," the governor said on Monday, and "we will come back."', "the governor"),
])
def test_quotation_before_the_speaker_goes_on_after_a_coordinator(text, speaker):
    st = statements(text, "said")[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content is not None and st.content.text == '"We love the region,"', st.content
