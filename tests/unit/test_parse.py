"""The dependency parse (streams/engine/parse.py) and the roles read off it (roles.ParseRoles).

Sentences written for this test. The role cases are constructions where the parse reads the clause
and word order alone does not: passives with the agent last, subjects of infinitives ("urged X to"),
fronted phrases, coordinated verbs, long reported speech.
"""

import pytest

from streams.engine import parse, roles
from tests.unit.engine_helpers import LanguageProbe, assert_event, code

pytest.importorskip("ufal.udpipe")

EN = LanguageProbe("en")
needs_en = pytest.mark.skipif(not parse.available("en"), reason="no English model in streams/engine/models")


@needs_en
def test_tokens_carry_article_offsets_and_one_root():
    text = "A first sentence. Poland's army sent 300 soldiers to Latvia on Monday."
    start = text.index("Poland")
    parse.parse("en", text, 0, start)  # the shared tokenizer starts afresh for every sentence
    p = parse.parse("en", text, start, len(text))
    assert p is not None and len(p.tokens) >= 10
    for tok in p.tokens:
        assert text[tok.start:tok.end] == tok.form
        assert -1 <= tok.head < len(p.tokens)
    assert sum(t.head == -1 for t in p.tokens) == 1
    verb = p.span_head(text.index("sent"), text.index("sent") + 4)
    subj = p.dependent(verb, ("nsubj",))
    assert subj is not None and p.tokens[subj].form == "army"


@needs_en
def test_a_line_break_inside_the_sentence_keeps_one_parse():
    text = "Germany will send\ntanks to Lithuania."
    p = parse.parse("en", text, 0, len(text))
    assert p is not None and sum(t.head == -1 for t in p.tokens) == 1
    assert [t.form for t in p.tokens][:4] == ["Germany", "will", "send", "tanks"]


def test_model_loads_once_per_language():
    assert parse._model("en") is parse._model("en")


def test_a_language_without_a_model_parses_nothing_and_still_extracts(monkeypatch):
    monkeypatch.setitem(parse._models, "en", None)
    text = "Two hundred marines were sent to Norway by the United States."
    assert parse.parse("en", text, 0, len(text)) is None
    assert_event(EN, text, "deployment", "USA", "NOR")  # the grammar's passive agent


# -- roles where the parse reads the clause --------------------------------------------------------
@needs_en
@pytest.mark.parametrize("text, source, place", [
    # the infinitive's subject is the object of the asking verb, not its subject
    ("The Polish prime minister called on France to station troops in Poland.", "FRA", "POL"),
    ("The Baltic ministers are pressing Germany to deploy a second brigade to Lithuania.", "DEU", "LTU"),
    # a coordinated verb shares its first conjunct's subject, not the party of the first object
    ("Turkey condemned the Greek exercises and deployed drones to Cyprus.", "TUR", "CYP"),
])
def test_parse_reads_the_deployer(text, source, place):
    assert_event(EN, text, "deployment", source, place)


@needs_en
def test_parse_off_leaves_the_grammar():
    roles.set_parsing(False)
    try:
        ev = EN.first_event("Two hundred marines were sent to Norway by the United States.", "deployment")
    finally:
        roles.set_parsing(True)
    assert code(ev.source) == "USA"


# -- helpers for statements (issue 11): the speaker is the cue verb's subject ----------------------
@needs_en
def test_subject_of_the_cue_verb_ends_at_the_noun_phrase():
    text = "The Latvian defence minister said on Friday in Riga that Sweden would send a battalion."
    cue = (text.index("said"), text.index("said") + 4)
    span = parse.subject_of("en", text, (0, len(text)), cue)
    assert span is not None and text[span[0]:span[1]] == "The Latvian defence minister"
    content = parse.clausal_complement("en", text, (0, len(text)), cue)
    assert content is not None and text[content[0]:content[1]].endswith("would send a battalion")
    assert "Sweden" in text[content[0]:content[1]] and "Friday" not in text[content[0]:content[1]]


def test_subject_of_without_a_model_is_none(monkeypatch):
    monkeypatch.setitem(parse._models, "en", None)
    text = "The minister said that Sweden would send a battalion."
    assert parse.subject_of("en", text, (0, len(text)), (13, 17)) is None


# -- French (roles.parse = true) -------------------------------------------------------------------
FR = LanguageProbe("fr")
needs_fr = pytest.mark.skipif(not parse.available("fr"), reason="no French model in streams/engine/models")


@needs_fr
@pytest.mark.parametrize("text, source, place", [
    # a fronted phrase naming another party: the verb's subject deploys, not the first party
    ("Malgré les critiques de la Chine, le Japon a déployé des missiles à Okinawa.", "JPN", "JPN"),
    ("Après des semaines de discussions avec la Finlande, la Suède enverra des soldats en Lettonie.", "SWE", "LVA"),
    ("Après une rencontre avec le Japon, les États-Unis enverront des navires aux Philippines.", "USA", "PHL"),
    # the party asked to act is the infinitive's subject
    ("Le président ukrainien a demandé à l'Allemagne d'envoyer des chars en Ukraine.", "DEU", "UKR"),
    ("Le Premier ministre estonien a exhorté la France à déployer davantage de soldats en Estonie.", "FRA", "EST"),
    # passive agent, reported speech, coordinated verbs: the parse agrees with the grammar
    ("Des avions de combat seront stationnés en Slovaquie par les Pays-Bas.", "NLD", "SVK"),
    ("Lors d'une visite en Grèce, le ministre a affirmé que l'Italie enverrait une frégate à Chypre.", "ITA", "CYP"),
    ("La Turquie a condamné les exercices grecs et a déployé des drones à Chypre.", "TUR", "CYP"),
])
def test_fr_parse_reads_the_deployer(text, source, place):
    assert_event(FR, text, "deployment", source, place)


@needs_fr
def test_fr_a_place_with_its_preposition_is_no_subject():
    # the model may label "À Minsk" a subject; a nominal with a preposition never is one
    assert_event(FR, "À Vilnius, le ministre russe a averti que la Russie riposterait à tout renforcement de l'Otan.",
                 "warning", "RUS", "NATO")


@needs_fr
def test_fr_multiword_tokens_share_their_span():
    text = "La Suède enverra des soldats au Mali."
    p = parse.parse("fr", text, 0, len(text))
    assert p is not None
    au = [t for t in p.tokens if text[t.start:t.end] == "au"]
    assert len(au) == 2 and {t.form.lower() for t in au} == {"à", "le"}
