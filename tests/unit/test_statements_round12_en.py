"""English statements, round 12: cue classes (attitudes reported but no speech act), relative-pronoun speakers,
indirect questions.

Every sentence here was written for this test. Each test first asserts that the statement exists,
then checks its spans.
"""

import pytest

from schemas import Article
from streams.engine import default_engine


def extract(text: str):
    return default_engine().extract(Article(id="t", text=text, lang="en"))


def statements(text: str, cue: str):
    found = [s for s in extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, text
    return found


# intention + infinitive: every person, tense and the negated form report an intention, not speech
INTENTIONS = [
    ("The senator wants to cut income taxes for small firms.", "wants", "The senator", "to cut income taxes for small firms"),
    ("Our party planned to hold a vote next week.", "planned", "Our party", "to hold a vote next week"),
    ("The governors had decided to close the schools on Friday.", "had decided", "The governors", "to close the schools on Friday"),
    ("I want to see the figures before the vote.", "want", "I", "to see the figures before the vote"),
    ("The union had planned to strike in March.", "had planned", "The union", "to strike in March"),
    ("The company does not intend to sell its shares.", "does not intend", "The company", "to sell its shares"),
    ("The mayors sought to reopen the harbour.", "sought", "The mayors", "to reopen the harbour"),
]


@pytest.mark.parametrize("text, cue, speaker, content", INTENTIONS)
def test_intention_with_infinitive_is_a_statement_of_its_class(text, cue, speaker, content):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content.text == content, st.content
    assert st.cue_class == "intention"


@pytest.mark.parametrize("text", ["They want lower tax rates.", "The plan to build a bridge was dropped.",
                                  "The council planned a new road.", "The guide is a good start for anyone wanting to travel.",
                                  "The city has the best plan to fight floods.", "They made plans to build a dam.",
                                  "The minister did not unveil plans to pay for it."])
def test_intention_without_infinitive_reports_nothing(text):
    assert not [s for s in extract(text).statements if s.cue_class == "intention"], text


def test_speech_cues_keep_the_speech_class():
    st = statements("The minister said the talks had failed.", "said")[0]
    assert st.cue_class == "speech"


def test_an_intention_drives_no_event_statement():
    # the deployment is still read, with its subject as source, but no speech act holds it
    result = extract("Poland wants to send more troops to Lithuania next year.")
    intention = [s for s in result.statements if s.cue_class == "intention"]
    assert intention, result.statements
    deployments = [e for e in result.events if e.type == "deployment"]
    assert deployments, result.events
    assert deployments[0].statement_id is None
    assert deployments[0].source is not None and deployments[0].source.code == "POL", deployments[0].source


def test_an_intention_inside_speech_is_part_of_that_speech():
    # no statement of its own; the speech statement holds the deployment
    result = extract("The minister said Russia wants to deploy troops to Belarus.")
    speech = [s for s in result.statements if s.cue is not None and s.cue.text == "said"]
    assert speech, result.statements
    assert not [s for s in result.statements if s.cue_class == "intention"], result.statements
    deployments = [e for e in result.events if e.type == "deployment"]
    assert deployments, result.events
    assert deployments[0].statement_id == speech[0].id


def test_an_intention_before_a_postposed_speech_cue_is_part_of_it():
    result = extract("He wants to see a phased withdrawal of the troops, the envoy said in London.")
    speech = [s for s in result.statements if s.cue is not None and s.cue.text == "said"]
    assert speech and speech[0].content.text.startswith("He wants"), result.statements
    assert not [s for s in result.statements if s.cue_class == "intention"], result.statements


# a relative pronoun speaks for its clause, also with skip words between it and the cue
RELATIVES = [
    ("The ruling came from the appeals court, which argued that the law was void.", "argued", "which"),
    ("Farmers turned to the regional council which reported that yields had fallen.", "reported", "which"),
    ("The plan angered unions, who have argued that it cuts wages.", "have argued", "who"),
    ("The audit was led by two lawyers who also noted that the accounts were late.", "also noted", "who"),
]


@pytest.mark.parametrize("text, cue, speaker", RELATIVES)
def test_relative_pronoun_speaks(text, cue, speaker):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content.text.startswith("that "), st.content


# indirect questions after asking, wondering, showing verbs; with or without the one asked
QUESTIONS = [
    ("Senators also asked whether the contract had been signed.", "also asked", "Senators", "whether the contract had been signed"),
    ("A reporter asked the mayor why the road was closed.", "asked", "A reporter", "why the road was closed"),
    ("She wondered how the council would pay for it.", "wondered", "She", "how the council would pay for it"),
    ("The survey shows what voters fear most.", "shows", "The survey", "what voters fear most"),
    ("He asked if he could leave early.", "asked", "He", "if he could leave early"),
    ("The opposition questioned whether the budget was legal.", "questioned", "The opposition", "whether the budget was legal"),
]


@pytest.mark.parametrize("text, cue, speaker, content", QUESTIONS)
def test_indirect_question_is_what_was_said(text, cue, speaker, content):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content.text == content, st.content


@pytest.mark.parametrize("text", ["The agency revealed the way in which it tracked the hackers.",
                                  "They asked about the budget in which the cuts were hidden."])
def test_relative_clause_after_an_object_is_no_question(text):
    assert not [s for s in extract(text).statements if s.content.text.startswith(("which", "in which"))], text


def test_closing_mark_typed_at_a_paragraph_start_opens_a_dash_attributed_quotation():
    text = ("The debate ended late on Tuesday.\n\n”The moderator lost control twice. Nobody answered the question "
            "about rents.” ― Maria Lopez\n\n“It was a fair fight.” ― Tom Reed")
    found = {s.speaker.text: s for s in extract(text).statements if s.speaker is not None}
    assert "Maria Lopez" in found and "Tom Reed" in found, found
    assert found["Maria Lopez"].content.text.startswith("”The moderator"), found["Maria Lopez"].content


def test_closing_mark_inside_a_line_still_closes():
    from streams.engine.quotes import pair_quotes
    text = "He said “no” and left.\n” and then"
    assert pair_quotes(text) == [(8, 11)]


# a determiner phrase opening the clause is a whole first conjunct of the speaker
CONJUNCTS = [
    ("The Labour campaign and the unions said the cuts were unfair.", "said", "The Labour campaign and the unions"),
    ("The former foreign minister and her aides have argued that the treaty failed.", "have argued",
     "The former foreign minister and her aides"),
    ("The city council and BBC reported that the bridge had closed.", "reported", "The city council and BBC"),
]


@pytest.mark.parametrize("text, cue, speaker", CONJUNCTS)
def test_determiner_phrase_and_second_conjunct_speak_together(text, cue, speaker):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker


def test_a_clause_with_a_past_verb_before_and_is_no_conjunct():
    st = statements("The army shelled the town and police said ten people died.", "said")[0]
    assert st.speaker is not None and st.speaker.text == "police", st.speaker


# a participle that names or describes a noun reports nothing; the reporting verb still does
@pytest.mark.parametrize("text", ["The programme, called Bridge-2, lets students study abroad.",
                                  "The mine stood near a creek called Silver Run.",
                                  "After a hastily called meeting, the board closed the plant.",
                                  "The ship, named Aurora, left the port at dawn."])
def test_naming_participle_is_no_report(text):
    assert not [s for s in extract(text).statements if s.cue is not None and s.cue.text in ("called", "named")], text


NAMING_VERBS = [
    ("The senator called the deal a disaster.", "called", "The senator", "the deal a disaster"),
    ("The senator, speaking on Monday, called the deal a disaster.", "called", "The senator", "the deal a disaster"),
    ("Few voters would have described Mr. Smith as a reformer.", "would have described", "Few voters", "Mr. Smith as a reformer"),
]


@pytest.mark.parametrize("text, cue, speaker, content", NAMING_VERBS)
def test_naming_verb_with_object_still_reports(text, cue, speaker, content):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.content.text == content, st.content


# the participle cue's speaker is the main clause's subject after an opening adjunct of any length
OPENING_ADJUNCTS = [
    ("During a rally in Ohio on Monday night, the senator attacked the plan, saying it would cost jobs.", "saying", "the senator"),
    ("Chastened by the poor polls of the last month, the governor revised his plan, promising to cut fees.", "promising",
     "the governor"),
    ("After a long meeting with the unions in the capital, Smith defended the cuts, arguing that they were needed.",
     "arguing", "Smith"),
]


@pytest.mark.parametrize("text, cue, speaker", OPENING_ADJUNCTS)
def test_participle_speaker_after_a_long_opening_adjunct(text, cue, speaker):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker


# evidence: what a finding or a document shows is a statement of that class; an act inside it is the subject's own
EVIDENCE = [
    ("The inspectors found that the reactor was safe.", "found", "The inspectors"),
    ("The new survey shows that most voters back the plan.", "shows", "The new survey"),
    ("The polls had shown that the race was close.", "had shown", "The polls"),
]


@pytest.mark.parametrize("text, cue, speaker", EVIDENCE)
def test_evidence_cues_have_their_class(text, cue, speaker):
    st = statements(text, cue)[0]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    assert st.cue_class == "evidence"


def test_an_act_inside_evidence_keeps_its_subject_as_source():
    result = extract("Satellite images show that Russia has deployed troops to Belarus.")
    assert [s for s in result.statements if s.cue_class == "evidence"], result.statements
    deployments = [e for e in result.events if e.type == "deployment"]
    assert deployments, result.events
    assert deployments[0].source is not None and deployments[0].source.code == "RUS", deployments[0].source
    assert deployments[0].statement_id is None


def test_indirect_question_after_the_one_asked_and_an_adverb():
    st = statements("I asked him later whether he understood why people might vote for the mayor.", "asked")[0]
    assert st.speaker is not None and st.speaker.text == "I", st.speaker
    assert st.content.text == "whether he understood why people might vote for the mayor", st.content
