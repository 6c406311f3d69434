"""Statements in every language (issue 11): cues, addressees, speaker spans, role-only speakers,
quotation marks and the link from events to statements.

Every sentence here was written for this test. Each test first asserts that the statement exists,
then checks its spans.
"""

import pytest

from schemas import Article
from streams.engine import default_engine


def extract(text: str, lang: str):
    return default_engine().extract(Article(id="t", text=text, lang=lang))


def statement(text: str, lang: str, cue: str):
    found = [s for s in extract(text, lang).statements if s.cue is not None and s.cue.text == cue]
    assert found, (cue, [(s.cue and s.cue.text, s.speaker and s.speaker.text) for s in extract(text, lang).statements])
    st = found[0]
    for span in (st.speaker, st.cue, st.content, st.addressee):
        if span is not None:
            assert text[span.start:span.end] == span.text
    return st


# warning, threat and accusation verbs with an addressee are reporting cues in every language
ADDRESSEES = [
    ("en", "China warned Japan against deploying missiles near its coast.", "warned",
     "China", "Japan", "deploying missiles near its coast"),
    ("en", "Moscow accused the alliance of preparing an attack on its western border.", "accused",
     "Moscow", "the alliance", "preparing an attack on its western border"),
    ("en", "The defence minister urged Poland to withdraw its troops from the border.", "urged",
     "The defence minister", "Poland", "withdraw its troops from the border"),
    ("hu", "Az orosz külügyminiszter figyelmeztette Ukrajnát, hogy a támadásoknak súlyos következményei lesznek.",
     "figyelmeztette", "Az orosz külügyminiszter", "Ukrajnát", "hogy a támadásoknak súlyos következményei lesznek"),
    ("de", "Am Montag warnte Russland Polen vor einer Stationierung amerikanischer Raketen.", "warnte",
     "Russland", "Polen", "einer Stationierung amerikanischer Raketen"),
    ("ru", "Министр предупредил Европу о последствиях поставок оружия.", "предупредил",
     "Министр", "Европу", "последствиях поставок оружия"),
    ("uk", "Міністр попередив Росію про наслідки нападу на Україну.", "попередив",
     "Міністр", "Росію", "наслідки нападу на Україну"),
    ("cs", "Ministr obrany varoval Rusko před útokem na pobaltské státy.", "varoval",
     "Ministr obrany", "Rusko", "útokem na pobaltské státy"),
    ("ar", "حذرت إيران الولايات المتحدة من أي هجوم على منشآتها النووية.", "حذرت",
     "إيران", "الولايات المتحدة", "أي هجوم على منشآتها النووية"),
    ("zh", "外交部发言人警告美国，如果继续出售武器，中方将采取坚决措施。", "警告",
     "外交部发言人", "美国", "如果继续出售武器，中方将采取坚决措施"),
]


@pytest.mark.parametrize("lang, text, cue, speaker, addressee, content", ADDRESSEES)
def test_warning_verb_with_addressee_reports(lang, text, cue, speaker, addressee, content):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.addressee is not None and st.addressee.text == addressee
    assert st.content.text == content


def test_time_and_place_adjuncts_are_no_part_of_the_speaker():
    text = "Orbán Viktor miniszterelnök pénteken a Kossuth rádióban azt mondta, hogy az ország nem küld fegyvert."
    st = statement(text, "hu", "azt mondta")
    assert st.speaker.text == "Orbán Viktor miniszterelnök"
    st = statement("Ранее глава МИД Сергей Лавров заявил, что переговоры продолжатся.", "ru", "заявил")
    assert st.speaker.text == "глава МИД Сергей Лавров"


def test_an_adjunct_after_the_cue_is_no_addressee():
    st = statement("The ministry said on Monday that the exercise had ended.", "en", "said")
    assert st.addressee is None
    assert st.content.text == "that the exercise had ended"


def test_a_prepositional_opener_puts_the_german_speaker_after_the_cue():
    text = "Entgegen früheren Äußerungen verkündete der Kandidat der Partei, dass er die Grenze öffnen werde."
    st = statement(text, "de", "verkündete")
    assert st.speaker.text == "der Kandidat der Partei"


@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("fr", "« Nous ne reculerons pas », dit-il devant la presse.", "dit", "il", "« Nous ne reculerons pas »"),
    ("fr", "La situation reste tendue, affirme-t-elle.", "affirme", "elle", "La situation reste tendue"),
    ("fr", "Le ministre a dit qu’à ce stade aucune troupe ne serait envoyée.", "a dit", "Le ministre",
     "qu’à ce stade aucune troupe ne serait envoyée"),
    ("fr", "Le président déclara que la frontière resterait fermée.", "déclara", "Le président",
     "que la frontière resterait fermée"),
    ("es", "Los soldados seguirán en la frontera, han explicado los mandos del ejército.", "han explicado",
     "los mandos del ejército", "Los soldados seguirán en la frontera"),
    ("zh", "這對邊境的居民來說是一場災難，巴拉特（Barratt）說道。", "說道", "巴拉特（Barratt）", "這對邊境的居民來說是一場災難"),
    ("zh", "但有军事专家警告说，这些导弹可能会被部署到边境。", "警告说", "有军事专家", "这些导弹可能会被部署到边境"),
])
def test_inverted_clitic_verb_forms_and_scripts(lang, text, cue, speaker, content):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content.text == content


@pytest.mark.parametrize("text, cue, content", [
    ("No vamos a aceptar ninguna amenaza, dijo.", "dijo", "No vamos a aceptar ninguna amenaza"),
    ("El ministro habló con la prensa. Añadió que las tropas seguirán en la frontera.", "Añadió",
     "que las tropas seguirán en la frontera"),
])
def test_pro_drop_verb_alone_reports(text, cue, content):
    st = statement(text, "es", cue)
    assert st.speaker is None  # no person named before
    assert st.content.text == content


def test_pro_drop_takes_the_latest_speaking_person_as_speaker_actor():
    text = ("El ministro ruso de Exteriores, Serguéi Lavrov, dijo que las tropas no se retirarán. "
            "No vamos a aceptar ninguna amenaza, añadió.")
    st = statement(text, "es", "añadió")
    # the speaker span is the antecedent's mention in the sentence before
    assert st.speaker is not None and "Lavrov" in st.speaker.text and st.speaker.end < st.content.start
    assert st.speaker_actor is not None and st.speaker_actor.country == "RUS"


def test_pro_drop_needs_the_language_switch():
    assert not [s for s in extract("We will not accept any threat, added.", "en").statements if s.speaker is None]


@pytest.mark.parametrize("text, content", [
    ('"We will not back down," the minister said.', '"We will not back down,"'),
    ('The minister said: "We will not back down."', '"We will not back down."'),
])
def test_ascii_quotation_marks_both_in(text, content):
    st = statement(text, "en", "said")
    assert st.content.text == content


def test_role_only_speaker_takes_the_dateline_country():
    st = statement("MOSCOW (Reuters) - The defence ministry said on Monday that its forces had repelled an attack.",
                   "en", "said")
    assert st.speaker_actor is not None and st.speaker_actor.country == "RUS"


def test_role_only_speaker_takes_the_country_named_with_that_role_before():
    text = ("Israel's army moved two brigades north on Sunday. Residents left the area. "
            "The army said it had struck targets across the border.")
    st = statement(text, "en", "said")
    assert st.speaker.text == "The army"
    assert st.speaker_actor is not None and st.speaker_actor.country == "ISR"


def test_role_only_speaker_without_country_stays_unknown_with_a_reason():
    st = statement("Der Verteidigungsminister sagte, die Truppen blieben an der Grenze.", "de", "sagte")
    assert st.speaker_actor is not None and st.speaker_actor.country is None
    assert st.speaker_actor.code == "UNK" and "country not named" in st.speaker_actor.name


def test_role_only_speaker_in_czech_takes_the_dateline_capital():
    text = "Praha – Ministryně obrany řekla, že armáda pošle na východ další vojáky."
    st = statement(text, "cs", "řekla")
    assert st.speaker_actor is not None and st.speaker_actor.country == "CZE"


def test_a_warning_read_from_a_warning_statement_points_at_it():
    result = extract("China warned Japan that it would respond to any deployment of missiles.", "en")
    warnings = [e for e in result.events if e.type == "warning"]
    assert warnings and result.statements
    ids = {s.id for s in result.statements}
    assert warnings[0].statement_id in ids


def test_pronoun_and_sentence_initial_cue():
    st = statement("The city sent a letter on Thursday. It says the campaign broke federal law.", "en", "says")
    assert st.speaker.text == "It"
    st = statement("Said the general: “The line will hold.”", "en", "Said")
    assert st.speaker.text == "the general"


@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("es", "Rusia acusó a Polonia de preparar una provocación en la frontera.", "acusó", "Rusia",
     "preparar una provocación en la frontera"),
    ("de", "Polen droht mit einem Veto gegen den Haushalt.", "droht", "Polen", "einem Veto gegen den Haushalt"),
    ("cs", "Polsko pohrozilo zastavením plateb do společného rozpočtu.", "pohrozilo", "Polsko",
     "zastavením plateb do společného rozpočtu"),
    ("es", "Toda escalada significará un mar de llamas, advirtió en un comunicado el mando del ejército.", "advirtió",
     "el mando del ejército", "Toda escalada significará un mar de llamas"),
])
def test_threats_report_what_they_threaten(lang, text, cue, speaker, content):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content.text == content


def test_a_threat_event_points_at_its_statement():
    result = extract("En respuesta, Corea del Norte amenazó con lanzar ataques de misiles contra Corea del Sur.", "es")
    warnings = [e for e in result.events if e.type == "warning"]
    assert warnings and result.statements
    assert warnings[0].statement_id == result.statements[0].id


@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("de", "Der Minister sah keinen Grund zur Sorge, wie er in einem Schreiben an das Parlament mitteilte.", "mitteilte",
     "er", "Der Minister sah keinen Grund zur Sorge"),
    ("en", "The border would stay closed until spring, as the interior minister said on Friday.", "said",
     "the interior minister", "The border would stay closed until spring"),
])
def test_trailing_as_clause_names_the_source(lang, text, cue, speaker, content):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content.text == content


def test_demnach_reports_with_the_speaker_before():
    text = ("Die Staatsanwaltschaft teilte am Montag mit, die Ermittlungen seien abgeschlossen. "
            "Demnach hat der Fahrer den Unfall allein verursacht.")
    found = [s for s in extract(text, "de").statements if s.cue is not None and s.cue.text == "Demnach"]
    assert found
    assert found[0].speaker.text == "Die Staatsanwaltschaft"
    assert found[0].content.text == "hat der Fahrer den Unfall allein verursacht"
    # without a statement before, "Demnach" reports nothing
    assert not [s for s in extract("Der Zug kam zu spät. Demnach hat der Fahrer den Anschluss verpasst.", "de").statements
                if s.cue is not None and s.cue.text == "Demnach"]


def test_weak_cue_reports_a_clause_without_that_but_not_an_object():
    st = statement("A scan has shown the tumour in her left lung is growing.", "en", "has shown")
    assert st.content.text == "the tumour in her left lung is growing"
    assert not extract("The photo clearly shows the narrow bar above the keyboard.", "en").statements


def test_a_cue_inside_a_free_relative_clause_reports_nothing():
    assert not extract("То, что она говорит и что она делает, невероятно.", "ru").statements


@pytest.mark.parametrize("lang, text, cue, speaker", [
    ("es", "Es un desastre para los pacientes, dijo Mailis en una entrevista el jueves con la radio local.", "dijo", "Mailis"),
    ("ru", "«Это катастрофа для пациентов», — сказал Майлис в интервью местному радио в четверг утром.", "сказал", "Майлис"),
    ("es", "De acuerdo con Le Figaro, el gobierno podría liberar hasta 40 millones de euros.", "de acuerdo con", "Le Figaro"),
])
def test_long_adjuncts_and_article_names(lang, text, cue, speaker):
    found = [s for s in extract(text, lang).statements if s.cue is not None and s.cue.text.lower() == cue]
    assert found, [(s.cue and s.cue.text) for s in extract(text, lang).statements]
    assert found[0].speaker is not None and found[0].speaker.text == speaker


def test_spanish_cue_with_a_plain_object_reports_nothing():
    assert not extract("Sus canciones destacan la fuerza de un cambio.", "es").statements
    st = statement("El ministro criticó la decisión del gobierno.", "es", "criticó")
    assert st.content.text == "la decisión del gobierno"


def test_chinese_for_x_and_so_called_are_no_reports():
    assert not extract("对他们来说，这是一个好消息。", "zh").statements
    assert not extract("这种所谓的名称并不重要。", "zh").statements
    st = statement("发言人称，美国将继续在该地区部署军队。", "zh", "称")
    assert st.speaker.text == "发言人"
    found = [s for s in extract("根据国防部（MOD）的消息，部队已经撤离边境。", "zh").statements if s.kind == "according_to"]
    assert found and found[0].speaker.text == "国防部（MOD）"


def test_german_passive_and_subordinate_clauses_report_nothing():
    assert not extract("Dies war den Abgeordneten nach der Sitzung mitgeteilt worden.", "de").statements
    assert not extract("Die Geschichte hat etwas Seltsames an sich, das sie nur spannender macht.", "de").statements
    assert not extract("Jede Karte erzählt ihre eigene Geschichte, nicht alle beruhen auf Tatsachen.", "de").statements
    st = statement("„Wir bleiben an der Grenze“, sagte der Minister am Montag.", "de", "sagte")
    assert st.speaker.text == "der Minister"


def test_english_nouns_and_subordinate_clauses_after_cues_report_nothing():
    assert not extract("It is unclear how many rules the agency follows.", "en").statements
    assert not extract("The latest web posting is from last year.", "en").statements
    assert not extract("I asked her afterwards if she understood why people might vote for him.", "en").statements


def test_role_then_name_apposition_before_a_postposed_cue():
    st = statement("“We will hold the line,” his deputy, Maria Lopez, reported.", "en", "reported")
    assert st.speaker.text == "his deputy, Maria Lopez"


def test_relative_clause_after_an_inverted_speaker_with_adjunct():
    st = statement('"The border stays closed," says Dietrich from the ministry in Berlin, where the talks took place.',
                   "en", "says")
    assert st.speaker.text.startswith("Dietrich")



def test_french_compound_cue_after_a_quotation_and_free_relatives():
    st = statement("« La série d’arrestations continue », a fustigé le député.", "fr", "fustigé")
    assert st.speaker.text == "le député"
    assert not extract("Ce qu'elle dit et ce qu'elle fait, réellement, c'est incroyable.", "fr").statements


def test_a_comma_closing_a_relative_clause_makes_no_inverted_report():
    text = "Либерал-демократы, которые представляли этот округ до 2010 года, надеются вернуть свои позиции."
    assert not extract(text, "ru").statements


@pytest.mark.parametrize("text", ["這些預測與市場的比例一致。", "希拉里向來以鷹派傾向著稱。", "我不會輕易地稱之為野獸。"])
def test_chinese_nouns_holding_a_cue_report_nothing(text):
    assert not extract(text, "zh").statements


def test_pronoun_after_an_adjunct_and_relative_clause_after_an_apposition():
    st = statement("In an interview with the state network he said the talks had failed.", "en", "said")
    assert st.speaker.text == "he"
    text = "Jane Roe, president of the union, which represents teachers, said the strike would go on."
    st = statement(text, "en", "said")
    assert st.speaker.text == "Jane Roe, president of the union"


def test_hungarian_source_of_szerint_opens_at_its_determiner():
    text = "A lakosság nagy része egy tavaszi felmérés szerint támogatja a sorkatonaság visszaállítását."
    found = [s for s in extract(text, "hu").statements if s.kind == "according_to"]
    assert found
    assert found[0].speaker.text == "egy tavaszi felmérés"
