"""The dependency parse (streams/engine/parse.py) and the roles read off it (roles.ParseRoles).

Sentences written for this test (French and Spanish: the languages with roles.parse). The role cases are constructions where the parse reads the clause
and word order alone does not: passives with the agent last, subjects of infinitives ("urged X to"),
fronted phrases, coordinated verbs, long reported speech.
"""

import pytest

from streams.engine import parse, roles
from streams.engine.pipeline import default_engine
from tests.unit.engine_helpers import LanguageProbe, assert_event, code

pytest.importorskip("ufal.udpipe")

FR = LanguageProbe("fr")
ES = LanguageProbe("es")
needs_fr = pytest.mark.skipif(not parse.available("fr"), reason="no French model in streams/engine/models")
needs_es = pytest.mark.skipif(not parse.available("es"), reason="no Spanish model in streams/engine/models")


@needs_fr
def test_tokens_carry_article_offsets_and_one_root():
    text = "Une première phrase. L'armée polonaise a envoyé 300 soldats en Lettonie lundi."
    start = text.index("L'armée")
    parse.parse("fr", text, 0, start)  # the shared tokenizer starts afresh for every sentence
    p = parse.parse("fr", text, start, len(text))
    assert p is not None and len(p.tokens) >= 10
    for tok in p.tokens:
        assert text[tok.start:tok.end] == tok.form
        assert -1 <= tok.head < len(p.tokens)
    assert sum(t.head == -1 for t in p.tokens) == 1
    verb = p.span_head(text.index("envoyé"), text.index("envoyé") + 6)
    subj = p.dependent(verb, ("nsubj",))
    assert subj is not None and p.tokens[subj].form == "armée"


@needs_fr
def test_a_line_break_inside_the_sentence_keeps_one_parse():
    text = "La Suède enverra\ndes soldats en Lettonie."
    p = parse.parse("fr", text, 0, len(text))
    assert p is not None and sum(t.head == -1 for t in p.tokens) == 1
    assert [t.form for t in p.tokens][:3] == ["La", "Suède", "enverra"] and p.tokens[-1].form == "."


def test_model_loads_once_per_language():
    assert parse._model("fr") is parse._model("fr")


def test_a_language_without_a_model_parses_nothing_and_still_extracts(monkeypatch):
    monkeypatch.setitem(parse._models, "fr", None)
    text = "Des avions de combat seront stationnés en Slovaquie par les Pays-Bas."
    assert parse.parse("fr", text, 0, len(text)) is None
    assert_event(FR, text, "deployment", "NLD", "SVK")  # the grammar's passive agent


@needs_fr
def test_parse_off_leaves_the_grammar():
    text = "Après des semaines de discussions avec la Finlande, la Suède enverra des soldats en Lettonie."
    roles.set_parsing(False)
    try:
        grammar = FR.first_event(text, "deployment")
    finally:
        roles.set_parsing(True)
    parsed = FR.first_event(text, "deployment")
    # word order alone takes the country in the fronted phrase; the parse takes the clause subject
    assert code(grammar.source) == "FIN" and code(parsed.source) == "SWE"


# -- helpers for statements (issue 11): the speaker is the cue verb's subject ----------------------
@needs_fr
def test_subject_of_the_cue_verb_ends_at_the_noun_phrase():
    text = "Le ministre letton de la Défense a déclaré vendredi à Riga que la Suède enverrait un bataillon en Estonie."
    cue = (text.index("déclaré"), text.index("déclaré") + 7)
    span = parse.subject_of("fr", text, (0, len(text)), cue)
    assert span is not None and text[span[0]:span[1]] == "Le ministre letton de la Défense"
    content = parse.clausal_complement("fr", text, (0, len(text)), cue)
    assert content is not None and text[content[0]:content[1]] == "que la Suède enverrait un bataillon en Estonie"


def test_subject_of_without_a_model_is_none(monkeypatch):
    monkeypatch.setitem(parse._models, "fr", None)
    text = "Le ministre a déclaré que la Suède enverrait un bataillon."
    assert parse.subject_of("fr", text, (0, len(text)), (13, 21)) is None


# -- French (roles.parse = true) -------------------------------------------------------------------
@needs_fr
@pytest.mark.parametrize("text, source, place", [
    # a fronted phrase naming another party: the verb's subject deploys, not the first party
    ("Malgré les critiques de la Chine, le Japon a déployé des missiles à Okinawa.", "JPN", "JPN"),
    ("Après des semaines de discussions avec la Finlande, la Suède enverra des soldats en Lettonie.", "SWE", "LVA"),
    ("Après une rencontre avec le Japon, les États-Unis enverront des navires aux Philippines.", "USA", "PHL"),
    # the party asked to act is the infinitive's subject
    ("Le président lituanien a demandé à l'Allemagne d'envoyer des soldats en Lituanie.", "DEU", "LTU"),
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


# -- Spanish (roles.parse = true) ------------------------------------------------------------------
@needs_es
@pytest.mark.parametrize("text, source, place", [
    ("El presidente lituano pidió a Alemania enviar soldados a Lituania.", "DEU", "LTU"),  # the party asked
    ("Dos fragatas fueron enviadas a Grecia por España.", "ESP", "GRC"),
    ("Tras una reunión con Japón, Estados Unidos enviará buques a Filipinas.", "USA", "PHL"),
    ("Mientras Turquía derribaba un avión ruso, Moscú desplegó misiles en Siria.", "RUS", "SYR"),
])
def test_es_parse_reads_the_deployer(text, source, place):
    assert_event(ES, text, "deployment", source, place)


@needs_es
def test_es_a_person_after_the_personal_a_is_no_place():
    # "al embajador japonés" is an oblique with "a", as a destination would be: it is whom one summons
    assert_event(ES, "La cancillería china convocó al embajador japonés para protestar por la visita a Taiwán.",
                 "warning", "CHN", "JPN")


# -- Russian (slovnet news models from the natasha wheel; roles.parse = true) ----------------------
RU = LanguageProbe("ru")
needs_ru = pytest.mark.skipif(not parse.available("ru"), reason="natasha/slovnet not installed")


@needs_ru
def test_ru_tokens_carry_article_offsets_features_and_one_root():
    text = "Первая фраза. Литовские власти заявили, что Германия направит бригаду в Литву."
    start = text.index("Литовские")
    p = parse.parse("ru", text, start, len(text))
    assert p is not None and len(p.tokens) >= 10
    for tok in p.tokens:
        assert text[tok.start:tok.end] == tok.form
    assert sum(t.head == -1 for t in p.tokens) == 1
    verb = p.span_head(text.index("направит"), text.index("направит") + 8)
    subj = p.dependent(verb, ("nsubj",))
    assert subj is not None and p.tokens[subj].form == "Германия" and "Case=Nom" in p.tokens[subj].feats


@needs_ru
@pytest.mark.parametrize("text, kind, source, other", [
    # a passive with its agent in the bare instrumental
    ("Войска были переброшены Россией в Белоруссию.", "deployment", "RUS", "BLR"),
    ("Зенитные комплексы будут размещены Германией в Литве.", "deployment", "DEU", "LTU"),
    # a fronted phrase that names another party
    ("После переговоров с Китаем Россия разместила ракеты в Белоруссии.", "deployment", "RUS", "BLR"),
    ("Несмотря на протесты Турции, Греция направила фрегаты на Кипр.", "deployment", "GRC", "CYP"),
    # the party asked to act is the infinitive's subject
    # (tanks sent to a state are a supply since round 7: an alliance, giver and receiver)
    ("Зеленский призвал Германию отправить танки на Украину.", "alliance", "DEU", "UKR"),
    ("Зеленский призвал Германию отправить войска на Украину.", "deployment", "DEU", "UKR"),
    # reported speech: the reported verb's subject acts, not the speaker
    ("Песков сказал, что Германия отправит танки на Украину.", "alliance", "DEU", "UKR"),
    ("Песков сказал, что Германия отправит войска на Украину.", "deployment", "DEU", "UKR"),
    ("Министр обороны Литвы заявил, что Польша направит войска в Литву.", "deployment", "POL", "LTU"),
    # object-first order
    ("В Сирию Турция перебросила дополнительные войска.", "deployment", "TUR", "SYR"),
])
def test_ru_parse_reads_the_clause(text, kind, source, other):
    assert_event(RU, text, kind, source, other)


@needs_ru
def test_ru_parse_beats_the_grammar_on_a_passive_agent():
    text = "Танки были переброшены Польшей в Литву."
    roles.set_parsing(False)
    try:
        grammar = RU.first_event(text, "deployment")
    finally:
        roles.set_parsing(True)
    parsed = RU.first_event(text, "deployment")
    assert code(parsed.source) == "POL" and code(grammar.source) != "POL"


@needs_ru
def test_ru_coordinated_subjects_come_back_as_conjuncts():
    # the parse marks the first conjunct the subject and the others its partners, as the grammar does:
    # one event per conjunct (events.py)
    evs = RU.events("Франция и Германия направили войска в Эстонию.", "deployment")
    assert evs, "no deployment"
    assert {code(e.source) for e in evs} == {"FRA", "DEU"} and all(e.location and e.location.code == "EST" for e in evs)


# -- statements (issue 11): the cue verb's subject speaks ------------------------------------------
def _speakers(probe: LanguageProbe, text: str, parsing: bool) -> list[str | None]:
    roles.set_parsing(parsing)
    try:
        found = probe.extract(text).statements
    finally:
        roles.set_parsing(True)
    assert found, f"no statement in: {text}"
    return [s.speaker.text if s.speaker else None for s in found]


@pytest.mark.parametrize("probe, text, speaker", [
    # the parse completes a phrase the rules cut short (an acronym in brackets, an apposition)
    pytest.param(FR, "L'armée malienne (FAMa) a annoncé mardi que ses unités avaient repris la ville.",
                 "L'armée malienne (FAMa)", marks=needs_fr),
    pytest.param(FR, "La porte-parole du ministère letton de la Défense, Anna Berzina, a refusé de commenter, "
                     "déclarant que les exercices se poursuivraient.",
                 "La porte-parole du ministère letton de la Défense, Anna Berzina", marks=needs_fr),
    # (a subject after the verb behind a time adjunct, "…, сообщил во вторник высокопоставленный сотрудник …", is read
    # by the rules since round 10: tests/unit/test_statements_round10.py)
    # object-first: the one addressed never speaks
    pytest.param(RU, "Польшу предупредила Россия о последствиях размещения ракет.", "Россия", marks=needs_ru),
])
def test_the_speaker_is_the_subject_of_the_cue_verb(probe, text, speaker, monkeypatch):
    # roles.parse_speakers is off in every language's data (a parse per sentence with a cue is too slow
    # for its gain: BENCHMARKS.md 1c); the mechanism stays, switched on here as the setting would
    extractor = default_engine().profile(probe.lang).statements
    assert extractor.parse_model is None, "parse_speakers is on again: update this test's comment"
    monkeypatch.setattr(extractor, "parse_model", probe.lang)
    assert speaker in _speakers(probe, text, True)
    assert speaker not in _speakers(probe, text, False)  # the rules alone miss it


@needs_fr
def test_spanish_speakers_stay_the_rules():
    # es parses roles but not speakers (roles.parse_speakers off: no gain on the news, a parse per cue)
    text = "El portavoz del ministerio de Defensa peruano (MINDEF) dijo el lunes que las tropas volverían."
    assert _speakers(ES, text, True) == _speakers(ES, text, False)


@needs_fr
def test_a_fronted_phrase_the_model_hangs_on_the_subject_does_not_join_the_speaker():
    # small models attach "Le mois dernier, M. X" as one phrase: the rules' "M. Durand" stands
    text = "Le mois dernier, M. Durand a indiqué que rien ne changerait."
    assert _speakers(FR, text, True) == _speakers(FR, text, False)
    assert not any(s and s.startswith("Le mois") for s in _speakers(FR, text, True))


# -- coordinated subjects: one event per conjunct, the parse checks the grammar's chain -------------
@pytest.mark.parametrize("probe, text, sources, place", [
    # a party in a fronted phrase before the conjuncts is none of them
    pytest.param(FR, "Après des semaines de discussions avec la Finlande, la Suède et la Norvège enverront des soldats "
                     "en Lettonie.", {"SWE", "NOR"}, "LVA", marks=needs_fr),
    pytest.param(ES, "Tras una reunión con Japón, Estados Unidos y Australia enviarán buques a Filipinas.",
                 {"USA", "AUS"}, "PHL", marks=needs_es),
    pytest.param(RU, "После переговоров с Китаем Россия и Белоруссия разместили войска в Калининграде.",
                 {"RUS", "BLR"}, None, marks=needs_ru),
    # plain coordination, an elided article after the joining word
    pytest.param(FR, "La France et l'Allemagne ont envoyé des soldats en Estonie.", {"FRA", "DEU"}, "EST", marks=needs_fr),
    pytest.param(ES, "España y Portugal enviaron tropas a Letonia.", {"ESP", "PRT"}, "LVA", marks=needs_es),
])
def test_coordinated_subjects_give_one_event_per_conjunct(probe, text, sources, place):
    evs = probe.events(text, "deployment")
    assert evs, f"no deployment in: {text}"
    assert {code(e.source) for e in evs} == sources
    if place is not None:
        assert all(e.location is not None and e.location.code == place for e in evs)


@needs_fr
def test_a_coordination_the_parse_misses_stays_the_grammars():
    # the small model hangs "le Rwanda" on the verb; the grammar's "l'Ouganda et le Rwanda" stands
    evs = FR.events("L'ONU accuse l'Ouganda et le Rwanda de soutenir le M23.", "alliance")
    assert evs, "no alliance"
    assert {code(e.source) for e in evs} == {"UGA", "RWA"}
