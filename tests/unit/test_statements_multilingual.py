"""Statements in every language (issue 11): cues, addressees, speaker spans, role-only speakers,
quotation marks and the link from events to statements.

Every sentence here was written for this test. Each test first asserts that the statement exists,
then checks its spans.
"""

import pytest

from schemas import UNKNOWN_ACTOR, Article
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


def assert_statement(text: str, lang: str, cue: str, speaker: str, content: str):
    """The statement at `cue` exists and has exactly this speaker and this content."""
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker, (text, st.speaker)
    assert st.content is not None and st.content.text == content, (text, st.content)
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
     "à ce stade aucune troupe ne serait envoyée"),
    ("fr", "Le président déclara que la frontière resterait fermée.", "déclara", "Le président",
     "la frontière resterait fermée"),
    ("es", "Los soldados seguirán en la frontera, han explicado los mandos del ejército.", "han explicado",
     "los mandos del ejército", "Los soldados seguirán en la frontera"),
    ("zh", "這對邊境的居民來說是一場災難，巴拉特（Barratt）說道。", "說道", "巴拉特（Barratt）", "這對邊境的居民來說是一場災難"),
    ("zh", "但有军事专家警告说，这些导弹可能会被部署到边境。", "警告说", "有军事专家", "这些导弹可能会被部署到边境"),
])
def test_inverted_clitic_verb_forms_and_scripts(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("No vamos a aceptar ninguna amenaza, dijo.", "dijo", None, "No vamos a aceptar ninguna amenaza"),  # no one named before
    # an office held by one person is taken up as a named person is ("El ministro … Añadió")
    ("El ministro habló con la prensa. Añadió que las tropas seguirán en la frontera.", "Añadió", "ministro",
     "las tropas seguirán en la frontera"),
])
def test_pro_drop_verb_alone_reports(text, cue, speaker, content):
    st = statement(text, "es", cue)
    assert (st.speaker.text if st.speaker else None) == speaker
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
    assert st.speaker_actor.code == UNKNOWN_ACTOR and "country not named" in st.speaker_actor.name


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
    assert_statement(text, lang, cue, speaker, content)


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
    assert_statement(text, lang, cue, speaker, content)


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
    # (an indirect question after "asked" reports since round 12: tests/unit/test_statements_round12_en.py)


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


@pytest.mark.parametrize("text, cue, speaker", [
    # "das" + noun is an article: the subject stands before the verb, the addressee after it
    ("Das chinesische Außenministerium warnte Australien am Dienstag vor ernsten Folgen, falls Canberra Kriegsschiffe entsendet.",
     "warnte", "Das chinesische Außenministerium"),
    ("Das estnische Verteidigungsministerium hat am Abend mitgeteilt, dass zusätzliche Einheiten an der Grenze bleiben.",
     "mitgeteilt", "Das estnische Verteidigungsministerium"),
    # alone before the verb "das" is anaphoric: the subject follows the verb
    ("Die Armee verlegt eine Brigade. Das sagte der Generalstabschef am Mittwoch.", "sagte", "der Generalstabschef"),
])
def test_german_das_is_an_article_before_a_noun_and_anaphoric_alone(text, cue, speaker):
    st = statement(text, "de", cue)
    assert st.speaker is not None and st.speaker.text == speaker


def test_german_warning_with_article_subject_keeps_its_direction():
    text = "Das chinesische Außenministerium warnte Australien am Dienstag vor ernsten Folgen, falls Canberra Kriegsschiffe entsendet."
    result = default_engine().extract(Article(id="de-das", text=text, lang="de"))
    warnings = [e for e in result.events if e.type == "warning"]
    assert warnings, "the warning must be found"
    assert warnings[0].source.code == "CHN" and warnings[0].target.code == "AUS"


# -- statements-ml round: general constructions per language (sentences written for this test) --

@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    # de: every person and tense of the reporting verbs, and the participle after an auxiliary
    ("de", "Viele Ökonomen befürchten, dass die Inflation weiter steigt.", "befürchten",
     "Viele Ökonomen", "dass die Inflation weiter steigt"),
    ("de", "Die Anwohner bezweifeln aber, dass die Straße rechtzeitig fertig wird.", "bezweifeln",
     "Die Anwohner", "dass die Straße rechtzeitig fertig wird"),
    ("de", "Im Rahmen des Abkommens hat die Regierung zugesagt, die Zölle bis 2030 zu senken.", "zugesagt",
     "die Regierung", "die Zölle bis 2030 zu senken"),
    # a newspaper as subject, also under its quoted name
    ("de", "Die Zeitung hatte gestern berichtet, die Firma wolle 300 Stellen streichen.", "berichtet",
     "Die Zeitung", "die Firma wolle 300 Stellen streichen"),
    # "Wie X mitteilte, …" opening the sentence and "…, so urteilte X" closing it
    ("de", "Wie ein Sprecher der Feuerwehr mitteilte, wurde bei dem Brand niemand verletzt.", "mitteilte",
     "ein Sprecher der Feuerwehr", "wurde bei dem Brand niemand verletzt"),
    ("de", "Die Mannschaft habe hervorragend gekämpft, so urteilte die Trainerin.", "urteilte",
     "die Trainerin", "Die Mannschaft habe hervorragend gekämpft"),
    # the one quoted is the speaker of "zitiert"
    ("de", "Die Agentur zitierte den Minister mit den Worten, man werde nicht nachgeben.", "zitierte",
     "den Minister", "man werde nicht nachgeben"),
    # es: a time adjunct before the subject is no part of the speaker
    ("es", "Este lunes la Casa Blanca dijo que enviará más ayuda a Ucrania.", "dijo",
     "la Casa Blanca", "enviará más ayuda a Ucrania"),
    # cs: an adverb between the speaker and the cue
    ("cs", "Mluvčí Kremlu nyní tvrdí, že jednání budou pokračovat.", "tvrdí",
     "Mluvčí Kremlu", "jednání budou pokračovat"),
    ("cs", "Ministryně doufá, že se dohoda podaří do konce roku.", "doufá",
     "Ministryně", "se dohoda podaří do konce roku"),
    # hu: a place adjunct after a postposed speaker ends it
    ("hu", "„Jó munkát végeztünk” – írta Kovács Péter az X közösségi portálon, miután hazatért.", "írta",
     "Kovács Péter", "Jó munkát végeztünk"),
    ("hu", "„Nem adjuk fel” – mondta a szóvivő a sajtótájékoztatón.", "mondta", "a szóvivő", "Nem adjuk fel"),
    # ar: the addressee after a verb-initial speaker is no part of him
    ("ar", "وقال الوزير للصحفيين إن بلاده لن تتراجع عن قرارها.", "وقال", "الوزير", "إن بلاده لن تتراجع عن قرارها"),
    # uk/ru: a gerund clause after the speaker is an adjunct, not an apposition
    ("uk", "Міністр, маючи на увазі нові санкції, сказав, що тиск зростатиме.", "сказав",
     "Міністр", "що тиск зростатиме"),
    ("ru", "Министр, ссылаясь на данные разведки, заявил, что угроза сохраняется.", "заявил",
     "Министр", "угроза сохраняется"),
])
def test_general_constructions(lang, text, cue, speaker, content):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text.strip("„“\"") == speaker
    assert st.content is not None and st.content.text.strip("„“”\"") == content


@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    # ja: more verbs after the quotative と, and an adjunct between と and the verb
    ("ja", "佐藤首相は来月訪米すると言った。", "言った", "佐藤首相", "来月訪米する"),
    ("ja", "首相は「協力をお願いしたい」と付け加えた。", "付け加えた", "首相", "協力をお願いしたい"),
    ("ja", "政府は国民の安全を最優先にすると約束した。", "約束した", "政府", "国民の安全を最優先にする"),
    ("ja", "田中外相は「対話を続ける」と記者団に語った。", "記者団に語った", "田中外相", "対話を続ける"),
    # zh: "不过" between the clause before and the speaker
    ("zh", "会谈没有达成协议，不过他承认双方的分歧正在缩小。", "承认", "他", "双方的分歧正在缩小"),
])
def test_verb_final_and_continua_cues(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("lang, text, cue, speaker, content_start", [
    # the name and its apposition open the sentence: they speak, the addressee follows the cue
    ("de", "Die frühere Ministerin, Anna Berger (SPD), warnte die Regierung vor einem „gefährlichen Kurs“.", "warnte",
     "Die frühere Ministerin, Anna Berger (SPD)", "einem"),
    ("fr", "Le président du Sénat, Jean Martin, a appelé une nouvelle fois les grévistes à reprendre le travail.", "a appelé",
     "Le président du Sénat, Jean Martin", "reprendre"),
])
def test_opening_name_with_apposition_is_the_speaker(lang, text, cue, speaker, content_start):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content is not None and st.content.text.startswith(content_start)


@pytest.mark.parametrize("lang, text, cue, speaker", [
    # the attribution inside what was said: the whole sentence (or the quotation's first part) is reported
    ("es", "La situación, dijo el ministro, sigue siendo grave.", "dijo", "el ministro"),
    ("fr", "La situation, a dit le ministre, reste grave.", "a dit", "le ministre"),
    ("ru", "«Это был трудный год, — сказал министр, — но мы справились».", "сказал", "министр"),
    ("uk", "«Це був важкий рік, — сказав міністр, — але ми впоралися».", "сказав", "міністр"),
])
def test_parenthetical_attribution(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content is not None and st.content.start in (0, 1)  # from the sentence's (or quotation's) start


def test_french_participle_after_the_speaker_reports_too():
    text = "« Nous sommes prêts », a déclaré le ministre, ajoutant que les renforts arrivent."
    st = statement(text, "fr", "ajoutant")
    assert st.speaker is not None and st.speaker.text == "le ministre"
    assert st.content is not None and st.content.text == "les renforts arrivent"


@pytest.mark.parametrize("lang, text", [
    # de: a separable verb without its particle, a possessive that looks like Konjunktiv I,
    # "nach" + a noun that merely contains a source noun
    ("de", "Wenn das häufig genug vorkommt, führt das zu Chaos am Wahltag."),
    ("de", "Nachdem ich die Diskussionen entdeckt hatte, wurde meine Liste sehr lang."),
    ("de", "Er scheint die ganze Zeit nach Antworten zu suchen."),
    # es: folded accents make nouns look like past tense cues ("reclamo", "anuncio")
    ("es", "El anuncio del gobierno sobre su reclamo llegó tarde."),
])
def test_no_statement(lang, text):
    assert not extract(text, lang).statements


@pytest.mark.parametrize("lang, text, cue, content", [
    # the subject left out: the cue still reports its quotation or clause
    ("ja", "外相は国連総会で演説した。「外国軍は直ちに撤退しなければならない」と述べた。", "述べた",
     "外国軍は直ちに撤退しなければならない"),
    ("zh", "外交部长在大会上发表讲话，并表示外国军队必须立即撤出。", "表示", "外国军队必须立即撤出"),
])
def test_pro_drop_in_verb_final_and_continua(lang, text, cue, content):
    st = statement(text, lang, cue)
    assert st.content is not None and st.content.text == content


def test_chinese_hearsay_without_source_reports_nothing():
    assert not extract("据说，这是一个政治过程。", "zh").statements


def test_german_quotation_then_reported_speech_keeps_the_speaker():
    text = ("„Wir befürchten das Schlimmste“, sagte er gegenüber dem Sender. "
            "„Es gibt jetzt viele Polizisten in der Stadt.“ Er erwarte Festnahmen in den nächsten Tagen.")
    found = extract(text, "de").statements
    assert len(found) == 3, [(s.cue and s.cue.text, s.content.text) for s in found]
    assert [s.content.text for s in found][2] == "Er erwarte Festnahmen in den nächsten Tagen"
    assert all(s.speaker is not None and s.speaker.text == "er" for s in found)


def test_demnach_after_a_named_source_without_statement():
    text = "Das Gericht veröffentlichte am Montag sein Urteil. Demnach muss die Firma eine hohe Strafe zahlen."
    found = [s for s in extract(text, "de").statements if s.cue is not None and s.cue.text == "Demnach"]
    assert found
    assert found[0].content.text == "muss die Firma eine hohe Strafe zahlen"


def test_german_wonach_names_the_source_before_it():
    text = "Es gibt Hinweise der Polizei, wonach der Täter ins Ausland geflohen ist."
    found = [s for s in extract(text, "de").statements if s.kind == "according_to"]
    assert found
    assert found[0].content.text == "der Täter ins Ausland geflohen ist"
    assert found[0].speaker is not None and "Polizei" in found[0].speaker.text


def test_spanish_time_adjunct_between_inverted_cue_and_speaker():
    st = statement("Estados Unidos enviará más ayuda a Ucrania, dijo este lunes la Casa Blanca.", "es", "dijo")
    assert st.speaker is not None and st.speaker.text == "la Casa Blanca"
    assert st.content.text == "Estados Unidos enviará más ayuda a Ucrania"


def test_french_time_adjunct_between_inverted_cue_and_speaker():
    st = statement("La situation reste grave, a déclaré lundi le ministre de la Défense.", "fr", "a déclaré")
    assert st.speaker is not None and st.speaker.text == "le ministre de la Défense"


def test_russian_gerund_clause_after_an_inverted_speaker():
    text = "«Таких планов никогда не было», — заявил глава Белого дома, отвечая на вопрос журналиста о войсках."
    st = statement(text, "ru", "заявил")
    assert st.speaker is not None and st.speaker.text == "глава Белого дома"


def test_czech_time_adjunct_between_inverted_cue_and_speaker():
    st = statement("„Situace je vážná,“ řekl v pondělí ministr obrany.", "cs", "řekl")
    assert st.speaker is not None and st.speaker.text == "ministr obrany"


@pytest.mark.parametrize("text, cue", [
    ("„Wir bleiben hier“, hat der Firmenchef gesagt.", "gesagt"),
    ("„Das ist eine echte Chance“, wird der Firmenchef zitiert.", "zitiert"),
])
def test_german_inverted_auxiliary_after_the_quotation(text, cue):
    st = statement(text, "de", cue)
    assert st.speaker is not None and st.speaker.text == "der Firmenchef"


def test_german_passive_report_verb_after_comma_names_no_speaker():
    assert not extract("Die Zahl der Unfälle ist gestiegen, wurde die Statistik bestätigt.", "de").statements


@pytest.mark.parametrize("lang, text, speaker, content", [
    ("es", "El gobierno desmintió la información del diario El País, según la cual el ministro dimitirá.",
     "la información del diario El País", "el ministro dimitirá"),
    ("fr", "Le ministère a démenti l'information du journal Le Monde, selon laquelle le ministre va démissionner.",
     "l'information du journal Le Monde", "le ministre va démissionner"),
    ("ru", "Министерство опровергло сообщение газеты, согласно которому министр уйдет в отставку.",
     "сообщение газеты", "министр уйдет в отставку"),
])
def test_relative_according_marker_names_the_source_before_it(lang, text, speaker, content):
    found = [s for s in extract(text, lang).statements if s.kind == "according_to"]
    assert found
    assert found[0].speaker is not None and found[0].speaker.text == speaker
    assert found[0].content.text == content


# a party in brackets between the speaker and the cue: the statement is found, the party is no speaker
# (hu puts the title after the bracket, which then belongs to the speaker)
BRACKETED_PARTY = [
    ("es", "La senadora Lucía Vega (PP) aseguró que el presupuesto se votará en abril.", "aseguró",
     "La senadora Lucía Vega", "el presupuesto se votará en abril"),
    ("ru", "Сенатор Олег Смирнов (КПРФ) заявил, что бюджет примут в апреле.", "заявил",
     "Сенатор Олег Смирнов", "бюджет примут в апреле"),
    ("uk", "Депутатка Олена Коваль (Батьківщина) заявила, що бюджет ухвалять у квітні.", "заявила",
     "Депутатка Олена Коваль", "що бюджет ухвалять у квітні"),
    ("cs", "Senátorka Petra Malá (STAN) uvedla, že rozpočet bude schválen v dubnu.", "uvedla",
     "Senátorka Petra Malá", "rozpočet bude schválen v dubnu"),
    ("hu", "Szabó Éva (Jobbik) képviselő azt mondta, hogy a költségvetést áprilisban szavazzák meg.", "azt mondta",
     "Szabó Éva (Jobbik) képviselő", "hogy a költségvetést áprilisban szavazzák meg"),
]


@pytest.mark.parametrize("lang,text,cue,speaker,content", BRACKETED_PARTY)
def test_bracketed_party_between_speaker_and_cue(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


# "X did something and said that …": the subject of the first verb speaks, not the words before the coordinator
COORDINATED = [
    ("es", "El gobernador recorrió los barrios inundados y dijo que la ayuda llegará mañana.", "dijo",
     "El gobernador", "la ayuda llegará mañana"),
    ("ru", "Губернатор осмотрел затопленные кварталы и сообщил, что помощь прибудет завтра.", "сообщил",
     "Губернатор", "помощь прибудет завтра"),
    ("uk", "Губернатор оглянув затоплені квартали і повідомив, що допомога прибуде завтра.", "повідомив",
     "Губернатор", "що допомога прибуде завтра"),
    ("cs", "Hejtman si prohlédl zaplavené čtvrti a řekl, že pomoc dorazí zítra.", "řekl",
     "Hejtman", "pomoc dorazí zítra"),
    ("hu", "A kormányzó bejárta az elárasztott negyedeket, és közölte, hogy a segítség holnap érkezik.", "közölte",
     "A kormányzó", "hogy a segítség holnap érkezik"),
]


@pytest.mark.parametrize("lang,text,cue,speaker,content", COORDINATED)
def test_coordinated_cue_takes_the_clause_subject(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


def test_coordinated_cue_after_a_verb_first_clause_has_no_speaker_span():
    # cs: the clause opens with its verb, the subject is left out; the capitalised verb is no speaker
    text = "Navštívila v pátek zaplavené obce a uvedla, že škody jsou obrovské."
    st = statement(text, "cs", "uvedla")
    assert st.speaker is None
    assert st.content is not None and st.content.text == "škody jsou obrovské"


# "Об этом заявил X." — an anaphor opening the sentence: the sentence before is what was said
ANAPHORIC = [
    ("ru", "Маневры флота завершатся в субботу. Об этом заявил представитель штаба округа.", "заявил",
     "представитель штаба округа", "Маневры флота завершатся в субботу"),
    ("ru", "Маневры флота завершатся в субботу. Об этом сообщили в пресс-службе флота.", "сообщили",
     "пресс-службе флота", "Маневры флота завершатся в субботу"),
    ("uk", "Навчання флоту завершаться в суботу. Про це повідомив речник командування.", "повідомив",
     "речник командування", "Навчання флоту завершаться в суботу"),
    ("hu", "A flotta hadgyakorlata szombaton ér véget. Erről a parancsnokság szóvivője tájékoztatott.", "tájékoztatott",
     "a parancsnokság szóvivője", "A flotta hadgyakorlata szombaton ér véget"),
    ("es", "Las maniobras de la flota terminarán el sábado. Así lo afirmó el portavoz del mando naval.", "afirmó",
     "el portavoz del mando naval", "Las maniobras de la flota terminarán el sábado"),
]


@pytest.mark.parametrize("lang,text,cue,speaker,content", ANAPHORIC)
def test_anaphoric_opener_reports_the_sentence_before(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


def test_anaphoric_opener_with_a_report_before_takes_its_content():
    text = "Министр заявил, что учения продлятся две недели. Об этом он сказал в интервью газете."
    st = statement(text, "ru", "сказал")
    assert st.speaker is not None and st.speaker.text == "он"
    assert st.content is not None and st.content.text == "учения продлятся две недели"


def test_anaphoric_word_as_determiner_is_no_report():
    # "Это решение поддержал парламент": "это" is a determiner here; nothing was said
    text = "Правительство одобрило новый план обороны. Это решение поддержал парламент."
    assert not [s for s in extract(text, "ru").statements if s.cue is not None and s.cue.text == "поддержал"]


# a quotation opening the next sentence goes on with the speaker of a postposed direct statement
CONTINUED = [
    ("es", "«Estamos listos para cualquier escenario», dijo el almirante. «Nadie cruzará esta línea.»", "dijo",
     "el almirante", "«Nadie cruzará esta línea.»"),
    ("ru", "«Мы готовы к любому развитию событий», — сказал адмирал. «Никто не пересечет эту линию».", "сказал",
     "адмирал", "«Никто не пересечет эту линию»"),
    ("cs", "„Jsme připraveni na jakýkoli vývoj,“ řekl admirál. „Tuto linii nikdo nepřekročí.“", "řekl",
     "admirál", "„Tuto linii nikdo nepřekročí.“"),
    ("hu", "„Minden fejleményre felkészültünk” – mondta az admirális. „Ezt a vonalat senki sem lépi át.”", "mondta",
     "az admirális", "„Ezt a vonalat senki sem lépi át.”"),
]


@pytest.mark.parametrize("lang,text,cue,speaker,last", CONTINUED)
def test_quotation_in_the_next_sentence_continues_the_statement(lang, text, cue, speaker, last):
    found = [s for s in extract(text, lang).statements if s.cue is not None and s.cue.text == cue]
    assert len(found) >= 2, [(s.cue and s.cue.text, s.content and s.content.text) for s in found]
    assert all(s.speaker is not None and s.speaker.text == speaker for s in found)
    assert any(s.content is not None and s.content.text == last for s in found)


def test_spanish_gerund_reports_with_the_main_subject():
    text = "El canciller cerró la reunión con sus homólogos, añadiendo que las sanciones seguirán vigentes."
    st = statement(text, "es", "añadiendo")
    assert st.speaker is not None and st.speaker.text == "El canciller"
    assert st.content is not None and st.content.text == "las sanciones seguirán vigentes"


def test_arabic_circumstantial_participle_reports_with_the_speaker():
    text = "وقال وزير الدفاع إن التدريبات ستنتهي يوم الخميس، مضيفا أن القوات ستعود إلى ثكناتها."
    st = statement(text, "ar", "مضيفا")
    assert st.speaker is not None and st.speaker.text == "وزير الدفاع"
    assert st.content is not None and "القوات ستعود إلى ثكناتها" in st.content.text


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("es", "Las conversaciones seguirán la próxima semana, como explicó la portavoz del ministerio.", "explicó",
     "la portavoz del ministerio", "Las conversaciones seguirán la próxima semana"),
    ("hu", "A tárgyalások jövő héten folytatódnak, ahogy a minisztérium szóvivője közölte.", "közölte",
     "a minisztérium szóvivője", "A tárgyalások jövő héten folytatódnak"),
])
def test_trailing_as_clause_names_the_source(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("text,reports", [
    ("Nach Angaben der Feuerwehr brannte das Lager vollständig aus.", True),
    ("Nach ersten Untersuchungen war ein Kurzschluss die Ursache.", True),
    ("Nach der Auszählung der Stimmen lag die Partei knapp vorn.", False),
    ("Nach Abschluss der Ermittlungen wurde das Verfahren eingestellt.", False),
    ("Nach der Veröffentlichung des Berichts trat der Minister zurück.", False),
])
def test_german_nach_reports_only_with_a_source_noun_at_its_head(text, reports):
    found = [s for s in extract(text, "de").statements if s.cue is not None and s.cue.text.lower() == "nach"]
    assert bool(found) == reports, [(s.speaker and s.speaker.text) for s in found]


# Japanese: "「…」と、SPEAKER は VERB" (a bare verb after the speaker) and the object of a speech act
JAPANESE = [
    ("「制裁は厳しく続けなければならない」と、国務長官は述べた。", "述べた", "国務長官", "制裁は厳しく続けなければならない"),
    ("「交渉の扉は開いている」と外務大臣は記者団に語った。", "語った", "外務大臣", "交渉の扉は開いている"),
    ("大統領は自国軍の関与を否定した。", "否定した", "大統領", "自国軍の関与"),
    ("外相は合意には明確な期限があることを強調した。", "強調した", "外相", "合意には明確な期限がある"),
]


@pytest.mark.parametrize("text,cue,speaker,content", JAPANESE)
def test_japanese_postposed_speaker_and_speech_act_objects(text, cue, speaker, content):
    assert_statement(text, "ja", cue, speaker, content)


@pytest.mark.parametrize("text", ["両国は経済協力について話し合いを続けた。", "市長は昨日、記者会見で説明した。"])
def test_japanese_bare_verb_without_quotative_reports_nothing(text):
    assert not extract(text, "ja").statements


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("A rádiónak nyilatkozva Tóth Anna biztonságpolitikai szakértő elmondta, hogy a fegyverek nyoma gyakran eltűnik.",
     "elmondta", "Tóth Anna biztonságpolitikai szakértő", "hogy a fegyverek nyoma gyakran eltűnik"),
    ("A vezérkar beszámolt arról, hogy a gyakorlat véget ért.", "beszámolt", "A vezérkar", "hogy a gyakorlat véget ért"),
    ("A kormányszóvivő hozzáfűzte: a csapatok hétfőn indulnak.", "hozzáfűzte", "A kormányszóvivő", "a csapatok hétfőn indulnak"),
])
def test_hungarian_reporting_verbs_and_participle_adjuncts(text, cue, speaker, content):
    assert_statement(text, "hu", cue, speaker, content)


def test_hungarian_report_about_a_programme_without_clause_is_no_statement():
    assert not extract("A műsor beszámolt a fesztivál programjáról.", "hu").statements


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("Ein Festakt zum Jubiläum sei nicht geplant, hieß es aus dem Rathaus.", "hieß es",
     "dem Rathaus", "Ein Festakt zum Jubiläum sei nicht geplant"),
    ("In dem Schreiben heißt es, man werde alle Möglichkeiten prüfen.", "heißt es",
     "dem Schreiben", "man werde alle Möglichkeiten prüfen"),
    ("Wie aus Verhandlungskreisen verlautete, ist eine Einigung nahe.", "verlautete",
     "Verhandlungskreisen", "ist eine Einigung nahe"),
])
def test_german_impersonal_cues_with_their_source(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


def test_german_impersonal_cue_without_source_has_no_speaker_span():
    st = statement("Die Gespräche seien ohne Ergebnis geblieben, hieß es.", "de", "hieß es")
    assert st.speaker is None
    assert st.content is not None and st.content.text == "Die Gespräche seien ohne Ergebnis geblieben"


def test_german_anaphor_takes_the_sentence_before_and_a_determiner_does_not():
    text = "Die Fähre bleibt bis Freitag im Hafen. Das bestätigte eine Sprecherin der Reederei am Abend."
    st = statement(text, "de", "bestätigte")
    assert st.speaker is not None and st.speaker.text == "eine Sprecherin der Reederei"
    assert st.content is not None and st.content.text == "Die Fähre bleibt bis Freitag im Hafen"
    text = "Die Fähre bleibt bis Freitag im Hafen. Das Unternehmen bestätigte den Bericht."
    st = statement(text, "de", "bestätigte")
    assert st.speaker is not None and st.speaker.text == "Das Unternehmen"
    assert st.content is not None and st.content.text == "den Bericht"


def test_russian_determiner_eto_is_no_anaphor_before_a_noun():
    text = "Министр подал в отставку. Это ведомство заявило, что замены пока нет."
    st = statement(text, "ru", "заявило")
    # (with or without the determiner: the parse reads the whole subject, the grammar its noun)
    assert st.speaker is not None and st.speaker.text in ("ведомство", "Это ведомство")
    assert st.content is not None and st.content.text == "замены пока нет"


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("Laut Jana Roth, einer Sprecherin der Feuerwehr, wurde niemand verletzt.", "Laut",
     "Jana Roth, einer Sprecherin der Feuerwehr", "wurde niemand verletzt"),
    ("Am Dienstag sagte Jana Roth, Sprecherin der Feuerwehr, die Lage sei unter Kontrolle.", "sagte",
     "Jana Roth, Sprecherin der Feuerwehr", "die Lage sei unter Kontrolle"),
    ("Am Dienstag sagte Jana Roth, die Lage sei unter Kontrolle, und niemand sei verletzt.", "sagte",
     "Jana Roth", "die Lage sei unter Kontrolle, und niemand sei verletzt"),
])
def test_german_apposition_after_a_forward_speaker(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


@pytest.mark.parametrize("text,cue,speaker", [
    ("Der Verband hofft, dass die Regierung einlenkt.", "hofft", "Der Verband"),
    ("Die Richter waren der Ansicht, das Gesetz verstoße gegen die Verfassung.", "waren der Ansicht", "Die Richter"),
    ("Die Kommission hatte den Standpunkt vertreten, sie sei nicht zuständig.", "den Standpunkt vertreten", "Die Kommission"),
])
def test_german_opinions_and_hopes_report(text, cue, speaker):
    st = statement(text, "de", cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("text", ["Die Fans hoffen auf einen Sieg.", "Die Firma erwartet einen Gewinn von zehn Millionen Euro."])
def test_german_hope_or_expectation_of_a_thing_is_no_statement(text):
    assert not extract(text, "de").statements


@pytest.mark.parametrize("text", ["市民団体は核兵器の廃絶を訴えるポスターを駅に貼った。", "店主を非難する声がネット上で広がった。"])
def test_japanese_object_cue_before_a_noun_is_a_relative_clause(text):
    assert not extract(text, "ja").statements


@pytest.mark.parametrize("text,cue,speaker", [
    ("A cég ugyan jelezte, hogy tőkeemelést tervez.", "jelezte", "A cég"),
    ("A szóvivő később közölte, hogy a hidat lezárták.", "közölte", "A szóvivő"),
])
def test_hungarian_adverb_between_speaker_and_cue_is_no_part_of_the_speaker(text, cue, speaker):
    st = statement(text, "hu", cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("El ministro recibió al embajador Hugo Pérez, quien consideró que las sanciones fracasarán.", "consideró",
     "embajador Hugo Pérez", "las sanciones fracasarán"),
    ("Los misiles fueron retirados, dijo un funcionario de Defensa que pidió el anonimato.", "dijo",
     "un funcionario de Defensa", "Los misiles fueron retirados"),
    ("La embajada expresó su total rechazo a la visita.", "expresó", "La embajada", "su total rechazo a la visita"),
    ("Ayer dijo el ministro que la situación es grave.", "dijo", "el ministro", "la situación es grave"),
])
def test_spanish_relative_antecedent_object_and_verb_first(text, cue, speaker, content):
    assert_statement(text, "es", cue, speaker, content)


@pytest.mark.parametrize("text", ["El texto que aprobó el Congreso entra en vigor mañana.", "Anunció el Gobierno un nuevo plan de vivienda."])
def test_spanish_relative_or_verb_first_without_report_is_no_statement(text):
    assert extract(text, "es").statements == []


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("fr", "Le conseiller à la sécurité nationale, Paul Martin, a confirmé que les canaux restaient ouverts.", "a confirmé",
     "Le conseiller à la sécurité nationale, Paul Martin", "les canaux restaient ouverts"),
    ("fr", "Mais la porte-parole, Anne Roux, a signalé lundi que rien ne changerait.", "a signalé",
     "la porte-parole, Anne Roux", "rien ne changerait"),
    ("fr", "S'exprimant à Genève, M. Martin a affirmé qu'il fallait maintenir le contact.", "a affirmé",
     "M. Martin", "il fallait maintenir le contact"),
    ("fr", "« Nous avons vécu un an avec les rebelles », témoigne un habitant du village.", "témoigne",
     "un habitant du village", "« Nous avons vécu un an avec les rebelles »"),
    ("es", "El embajador ante la ONU, Luis Vega, dijo que la resolución es injusta.", "dijo",
     "El embajador ante la ONU, Luis Vega", "la resolución es injusta"),
])
def test_titles_with_prepositions_and_a_participle_adjunct_before_the_speaker(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


# 'SPEAKER: "QUOTE"' opening a sentence without a cue: the phrase before the colon speaks
COLON_QUOTES = [
    ("de", "Die Verteidigungsministerin: „Wir schicken keine Bodentruppen.“", "Die Verteidigungsministerin",
     "„Wir schicken keine Bodentruppen.“"),
    ("fr", "Le porte-parole de l'armée : « Nos soldats restent sur place. »", "Le porte-parole de l'armée",
     "« Nos soldats restent sur place. »"),
    ("es", "El portavoz del Gobierno: «No habrá más envíos de armas».", "El portavoz del Gobierno",
     "«No habrá más envíos de armas»"),
    ("ru", "Сергей Шойгу: «Учения пройдут по плану».", "Сергей Шойгу", "«Учения пройдут по плану»"),
    ("uk", "Олексій Резніков: «Ми отримаємо нові системи ППО».", "Олексій Резніков", "«Ми отримаємо нові системи ППО»"),
    ("cs", "Petr Pavel: „Armáda je připravena bránit zemi.“", "Petr Pavel", "„Armáda je připravena bránit zemi.“"),
    ("hu", "Szijjártó Péter: „Magyarország nem küld fegyvert.”", "Szijjártó Péter", "„Magyarország nem küld fegyvert.”"),
]


@pytest.mark.parametrize("lang,text,speaker,content", COLON_QUOTES)
def test_colon_attribution_reports_the_quotation(lang, text, speaker, content):
    assert_statement(text, lang, ":", speaker, content)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вывод очевиден: «Нужно договариваться»."),
    ("uk", "Причина проста: «Грошей немає»."),
    ("cs", "Situace je jasná: „Peníze chybí.“"),
    ("hu", "A helyzet egyszerű: „Nincs elég pénz.”"),
])
def test_a_clause_before_the_colon_is_no_speaker(lang, text):
    assert not [s for s in extract(text, lang).statements if s.cue is not None and s.cue.text == ":"]


# urging and warning a party to do something, with the infinitive and the party in every language's form
URGED = [
    ("ru", "Премьер-министр призвал союзников ускорить поставки снарядов.", "призвал", "Премьер-министр",
     "союзников", "ускорить поставки снарядов"),
    ("ru", "Министры призывают Брюссель отменить пошлины.", "призывают", "Министры", "Брюссель", "отменить пошлины"),
    ("uk", "Прем'єр-міністр закликав партнерів пришвидшити постачання снарядів.", "закликав", "Прем'єр-міністр",
     "партнерів", "пришвидшити постачання снарядів"),
    ("es", "La ministra instó a los aliados a acelerar el envío de munición.", "instó", "La ministra",
     "a los aliados", "acelerar el envío de munición"),
    ("ru", "Пекин предостерёг Вашингтон от новых поставок оружия Тайваню.", "предостерёг", "Пекин",
     "Вашингтон", "новых поставок оружия Тайваню"),
    ("uk", "Міністр застеріг Москву від нових атак на енергетику.", "застеріг", "Міністр", "Москву",
     "нових атак на енергетику"),
    ("ar", "دعا الوزير حلف الناتو إلى تعزيز الدفاعات الجوية.", "دعا", "الوزير", "حلف الناتو", "تعزيز الدفاعات الجوية"),
]


@pytest.mark.parametrize("lang,text,cue,speaker,addressee,content", URGED)
def test_urged_party_is_the_addressee_and_its_task_the_content(lang, text, cue, speaker, addressee, content):
    st = assert_statement(text, lang, cue, speaker, content)
    assert st.addressee is not None and st.addressee.text == addressee


def test_arabic_genitive_after_the_speaker_stays_in_it():
    st = assert_statement("دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار فورا.", "ar", "دعا",
                          "الأمين العام للأمم المتحدة", "وقف إطلاق النار فورا")
    assert st.addressee is None
    st = assert_statement("حذر وزير خارجية إيران من أي هجوم على المنشآت النووية.", "ar", "حذر",
                          "وزير خارجية إيران", "أي هجوم على المنشآت النووية")
    assert st.addressee is None


@pytest.mark.parametrize("lang,text", [
    ("ru", "Такой шаг требует времени и денег."),
    ("ru", "Эти учения угрожают безопасности всего региона."),
    ("uk", "Ця реформа вимагає часу."),
])
def test_requiring_and_endangering_are_no_reports(lang, text):
    assert extract(text, lang).statements == []


@pytest.mark.parametrize("text,speaker,content", [
    ("El presidente del Gobierno afirmó el martes en Bruselas que Europa debe rearmarse.", "El presidente del Gobierno",
     "Europa debe rearmarse"),
    ("La portavoz aseguró la semana pasada que no habrá cambios en la misión.", "La portavoz",
     "no habrá cambios en la misión"),
])
def test_spanish_time_adjunct_after_the_cue_is_no_object(text, speaker, content):
    cue = "afirmó" if "afirmó" in text else "aseguró"
    st = assert_statement(text, "es", cue, speaker, content)
    assert st.addressee is None


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("Nach Müllers Angaben wurden drei Soldaten verletzt.", "Nach", "Müllers Angaben", "wurden drei Soldaten verletzt"),
    ("Nach den Worten der Ministerin bleibt die Brigade in Litauen.", "Nach den Worten", "der Ministerin",
     "bleibt die Brigade in Litauen"),
    ("Die Opposition verweist auf Umfragen, nach denen die Mehrheit gegen den Einsatz ist.", "nach denen", "Umfragen",
     "die Mehrheit gegen den Einsatz ist"),
    ("Laut dem Magazin „Der Spiegel“ wird die Brigade verstärkt.", "Laut", "dem Magazin „Der Spiegel“",
     "wird die Brigade verstärkt"),
])
def test_german_according_to_forms(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


def test_german_demnach_inside_the_sentence_reports_it():
    text = "Das Ministerium legte am Montag einen Bericht vor. Die Brigade soll demnach bis 2027 einsatzbereit sein."
    st = statement(text, "de", "demnach")
    assert st.content.text == "Die Brigade soll demnach bis 2027 einsatzbereit sein"
    assert not [s for s in extract("Der Zug kam zu spät. Er hat demnach den Anschluss verpasst.", "de").statements
                if s.cue is not None and s.cue.text == "demnach"]


def test_quoted_name_in_a_speaker_keeps_its_closing_mark():
    assert_statement("Повстанцы «Талибана» утверждают, что взрыв был случайным.", "ru", "утверждают",
                     "Повстанцы «Талибана»", "взрыв был случайным")


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("外務省は北朝鮮に対し、ミサイル発射を直ちに中止するよう求めた。", "求めた", "外務省", "ミサイル発射を直ちに中止する"),
    ("首相は国民に冷静に行動するように呼びかけた。", "呼びかけた", "首相", "国民に冷静に行動する"),
])
def test_japanese_requests_with_you_ni(text, cue, speaker, content):
    assert_statement(text, "ja", cue, speaker, content)


@pytest.mark.parametrize("text,cue,addressee,content", [
    ("外務省は北朝鮮に対し、ミサイル発射を直ちに中止するよう求めた。", "求めた", "北朝鮮", "ミサイル発射を直ちに中止する"),
    ("ロシアは日本に対して、対抗措置を取ると警告した。", "警告した", "日本", "対抗措置を取る"),
    ("官房長官は火曜日の記者会見で、政府として対応を検討していると述べた。", "述べた", None, "政府として対応を検討している"),
    # a clause with its own subject is what was said, commas and all
    ("首相は、問題は深刻で、対応が必要だと述べた。", "述べた", None, "問題は深刻で、対応が必要だ"),
])
def test_japanese_addressee_and_occasion_open_no_content(text, cue, addressee, content):
    st = statement(text, "ja", cue)
    assert (st.addressee.text if st.addressee else None) == addressee
    assert st.content.text == content


@pytest.mark.parametrize("text,cue,speaker", [
    ("Die Provinzregierung in Helmand teilte mit, dass drei Zivilisten getötet wurden.", "teilte mit",
     "Die Provinzregierung in Helmand"),
    ("Der Befehlshaber der Truppen im Irak, General John Smith, sagte, die Lage sei stabil.", "sagte",
     "Der Befehlshaber der Truppen im Irak, General John Smith"),
    ("Das Ministerium in Berlin hat am Montag in Brüssel erklärt, die Lage sei ernst.", "erklärt", "Das Ministerium in Berlin"),
    # an adverbial before the verb, a subject after the auxiliary, a relative clause: as before
    ("Am Montag hat das Ministerium erklärt, die Lage sei ernst.", "erklärt", "das Ministerium"),
    ("Die Regierung hat der Zeitung gesagt, die Lage sei ernst.", "gesagt", "Die Regierung"),
])
def test_german_prefield_is_the_speaker(text, cue, speaker):
    st = statement(text, "de", cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("ar", "وقال جيف ديفيز، المتحدث باسم البنتاغون، إن القوات أقرب إلى الأهداف.", "وقال",
     "جيف ديفيز، المتحدث باسم البنتاغون", "إن القوات أقرب إلى الأهداف"),
    ("ar", "أكد محمد الناصر، رئيس مجلس النواب (البرلمان)، أن السلطات أبدت استعدادا لمراجعة القرار.", "أكد",
     "محمد الناصر، رئيس مجلس النواب (البرلمان)", "أن السلطات أبدت استعدادا لمراجعة القرار"),
    ("es", "Señaló el portavoz, Juan Pérez, que la misión seguirá.", "Señaló", "el portavoz, Juan Pérez", "la misión seguirá"),
    # an adjunct between commas is no apposition
    ("ar", "وقال الوزير، في مؤتمر صحفي، إن القوات ستبقى في المنطقة.", "وقال", "الوزير", "إن القوات ستبقى في المنطقة"),
    ("es", "Dijo el ministro, en una entrevista, que la misión seguirá.", "Dijo", "el ministro", "la misión seguirá"),
])
def test_verb_initial_speaker_keeps_its_apposition(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("lang,text,cue,speaker", [
    ("hu", "A NATO főtitkára kedden Brüsszelben kijelentette, hogy a szövetség megerősíti a keleti szárnyat.",
     "kijelentette", "A NATO főtitkára"),
    ("hu", "Szijjártó Péter külügyminiszter csütörtökön Budapesten az újságíróknak azt mondta, hogy a kormány nem változtat.",
     "azt mondta", "Szijjártó Péter külügyminiszter"),
    ("es", "El ministro de Defensa declaró este jueves a los periodistas en Madrid que España enviará refuerzos.",
     "declaró", "El ministro de Defensa"),
    ("ru", "Министр иностранных дел Сергей Лавров в четверг журналистам заявил, что Москва готова к диалогу.",
     "заявил", "Министр иностранных дел Сергей Лавров"),
    ("uk", "Міністр закордонних справ Дмитро Кулеба в четвер журналістам заявив, що Київ готовий до діалогу.",
     "заявив", "Міністр закордонних справ Дмитро Кулеба"),
    ("cs", "Ministr zahraničí Jan Lipavský ve čtvrtek novinářům řekl, že Česko pošle další pomoc.", "řekl",
     "Ministr zahraničí Jan Lipavský"),
])
def test_time_place_and_listeners_around_the_cue_stay_out_of_the_speaker(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("ru", "Прекратить огонь призвал генеральный секретарь ООН.", "призвал", "генеральный секретарь ООН", "Прекратить огонь"),
    ("uk", "Посилити санкції закликав Зеленський.", "закликав", "Зеленський", "Посилити санкції"),
])
def test_slavic_infinitive_first_then_cue_then_speaker(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("text,speaker,content", [
    ("Aus dem Bericht geht hervor, dass die Truppen bis zum Sommer bleiben.", "dem Bericht",
     "dass die Truppen bis zum Sommer bleiben"),
    ("Aus einem Schreiben des Ministeriums ging hervor, die Brigade werde verlegt.", "einem Schreiben des Ministeriums",
     "die Brigade werde verlegt"),
])
def test_german_aus_x_geht_hervor_names_the_source(text, speaker, content):
    cue = "geht hervor" if "geht hervor" in text else "ging hervor"
    assert_statement(text, "de", cue, speaker, content)
    assert not extract("Die Gruppe ging aus einer Bewegung der Bauern hervor.", "de").statements


@pytest.mark.parametrize("second", [
    "Die wichtigsten Dämme befänden sich nahe der Belastungsgrenze.",
    "Es gäbe derzeit keine Alternative zur Evakuierung.",
    "Die Lage bedeute eine Gefahr für die ganze Region.",
])
def test_german_konjunktiv_sentence_continues_the_speaker(second):
    text = "Die Regierung warnte am Montag vor neuen Überschwemmungen. " + second
    found = [s for s in extract(text, "de").statements if s.content.text == second.rstrip(".")]
    assert found, [(s.cue and s.cue.text, s.content.text) for s in extract(text, "de").statements]
    assert found[0].speaker is not None and found[0].speaker.text == "Die Regierung"
    # the indicative is the reporter's own sentence
    plain = "Die Regierung warnte am Montag vor neuen Überschwemmungen. Die Dämme liegen am Fluss."
    assert not [s for s in extract(plain, "de").statements if s.content.text.startswith("Die Dämme")]


def test_french_acronym_in_brackets_after_the_speaker():
    text = "L'armée malienne (FAMa) a annoncé mardi que ses soldats avaient repris la ville."
    st = statement(text, "fr", "a annoncé")
    # the grammar skips the acronym, the parse keeps it with its name (as "Sen. Jane Doe (D-Ore.)"): both name the army
    assert st.speaker is not None and st.speaker.text in ("L'armée malienne", "L'armée malienne (FAMa)")
    assert st.content.text == "ses soldats avaient repris la ville"


def test_chinese_second_cue_after_bing_ends_the_first_content_and_shares_its_speaker():
    text = "外交部发言人表示，中方坚决反对，并敦促美方立即停止挑衅。"
    first = assert_statement(text, "zh", "表示", "外交部发言人", "中方坚决反对")
    second = assert_statement(text, "zh", "敦促", "外交部发言人", "美方立即停止挑衅")
    assert first.content.end < second.cue.start
    # "并" inside what was said is no second report
    assert_statement("他说，我们并不反对合作。", "zh", "说", "他", "我们并不反对合作")


def test_german_parenthetical_attribution_and_french_conviction():
    st = statement("Die Lage, sagte der Minister, sei ernster als erwartet.", "de", "sagte")
    assert st.speaker is not None and st.speaker.text == "der Minister"
    assert "sei ernster als erwartet" in st.content.text  # what follows the attribution was said too
    assert_statement("Le directeur de l'agence, Paul Martin, est convaincu que l'énergie éolienne va progresser.", "fr",
                     "est convaincu", "Le directeur de l'agence, Paul Martin", "l'énergie éolienne va progresser")


def test_french_temoigner_de_shows_and_reports_nothing():
    assert not extract("Aux Pays-Bas, on témoigne d’une approche prudente envers les drones.", "fr").statements
    assert not extract("Cette décision témoigne de la volonté du gouvernement.", "fr").statements
    assert_statement("Un habitant témoigne que les soldats sont partis.", "fr", "témoigne", "Un habitant",
                     "les soldats sont partis")


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("ru", "Министр выступил в парламенте, призвав депутатов поддержать закон.", "призвав", "Министр", "поддержать закон"),
    ("uk", "Міністр виступив у парламенті, закликавши депутатів підтримати закон.", "закликавши", "Міністр", "підтримати закон"),
    ("fr", "Les syndicats ont manifesté, argumentant que la réforme était injuste.", "argumentant", "Les syndicats",
     "la réforme était injuste"),
])
def test_gerund_of_urging_or_arguing_reports_for_the_clause_subject(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("lang,text,cue,addressee,content", [
    ("ru", "Оппозиция обвинила правительство в том, что реформа провалилась.", "обвинила", "правительство",
     "реформа провалилась"),
    ("uk", "Опозиція звинуватила уряд у тому, що реформа провалилася.", "звинуватила", "уряд", "що реформа провалилася"),
    ("cs", "Opozice obvinila vládu z toho, že reforma selhala.", "obvinila", "vládu", "reforma selhala"),
])
def test_correlative_after_the_addressee_stands_for_the_clause(lang, text, cue, addressee, content):
    st = statement(text, lang, cue)
    assert st.addressee is not None and st.addressee.text == addressee
    assert st.content.text == content


# -- round 5: speaker spans end at the noun phrase; coordinated speakers; threats with addressees ---------

@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    # de: a relative clause after the speaker (its last word a lower-case verb) is no part of it
    ("de", "Die Ärztin Eva Lindner, die seit Jahren in Mali arbeitet, sagte, die Versorgung sei schlecht.", "sagte",
     "Die Ärztin Eva Lindner", "die Versorgung sei schlecht"),
    ("de", "Die Versorgung sei schlecht, erklärte Eva Lindner, die seit Jahren in Mali arbeitet.", "erklärte",
     "Eva Lindner", "Die Versorgung sei schlecht"),
    ("de", "Am Freitag sagte Jonas Beck, dessen Verband die Klage eingereicht hat, das Urteil sei falsch.", "sagte",
     "Jonas Beck", "das Urteil sei falsch"),
    # ... an apposition with the same words ends in a noun and stays
    ("de", "Jonas Beck, der Vorsitzende des Verbands, erklärte, das Urteil sei falsch.", "erklärte",
     "Jonas Beck, der Vorsitzende des Verbands", "das Urteil sei falsch"),
    # hu: a relative clause, a listener in the dative, an object in the accusative are no part of the speaker
    ("hu", "„Az egyeztetések folytatódnak” – mondta Kovács Anna, aki a tárgyalásokat vezeti.", "mondta",
     "Kovács Anna", "„Az egyeztetések folytatódnak”"),
    ("hu", "A szóvivő az Indexnek azt mondta, hogy a határidő nem változik.", "azt mondta",
     "A szóvivő", "hogy a határidő nem változik"),
    ("hu", "Az ellenzéki párt Oroszországot hibáztatta a drágulásért.", "hibáztatta", "Az ellenzéki párt", "a drágulásért"),
    ("hu", "A szakszervezet a NATO-t vádolta azzal, hogy eszkalálja a helyzetet.", "vádolta", "A szakszervezet",
     "hogy eszkalálja a helyzetet"),
])
def test_speaker_ends_before_relative_clauses_listeners_and_objects(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


def test_hungarian_object_opening_the_clause_names_no_speaker():
    # the subject is left out: rather no speaker span than the article of the object
    for st in extract("A lakosokat arra kérte, hogy maradjanak otthon.", "hu").statements:
        assert st.speaker is None or st.speaker.text != "A"


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    # de: the particle of a separable cue after the apposition of an inverted speaker
    ("de", "Am Mittwoch gab Lea Vogt, die Sprecherin der Stadt, bekannt, dass die Brücke gesperrt bleibt.", "gab",
     "Lea Vogt, die Sprecherin der Stadt", "dass die Brücke gesperrt bleibt"),
    # de: a quoted newspaper among the listeners
    ("de", "Ein Sprecher der Bahn sagte der „Rheinischen Post“, die Strecke werde im Mai eröffnet.", "sagte",
     "Ein Sprecher der Bahn", "die Strecke werde im Mai eröffnet"),
    # de: an apposition with a prepositional phrase after an according-to source, and the source's place
    ("de", "Laut Tom Kuhn, Dozent an der Hochschule Bremen, ist das Verfahren veraltet.", "Laut",
     "Tom Kuhn, Dozent an der Hochschule Bremen", "ist das Verfahren veraltet"),
    ("de", "Nach Angaben der Feuerwehr in Dresden wurde niemand verletzt.", "Nach",
     "Angaben der Feuerwehr in Dresden", "wurde niemand verletzt"),
    # de: the adjunct after a postposed speaker's apposition is no part of it
    ("de", "„Wir bleiben“, schrieb die Chefin der Firma, Ida Brandt, im Netzwerk LinkedIn.", "schrieb",
     "die Chefin der Firma, Ida Brandt", "„Wir bleiben“"),
])
def test_german_speaker_phrases(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


def test_german_place_after_an_inverted_speaker_is_where_he_spoke():
    st = statement("Am Montag sagte der Bürgermeister in Leipzig, die Schulen blieben offen.", "de", "sagte")
    assert st.speaker is not None and st.speaker.text == "der Bürgermeister"


@pytest.mark.parametrize("lang,text,cue,addressee,content", [
    ("de", "Die Regierung drohte den Streikenden mit Entlassungen.", "drohte", "den Streikenden", "Entlassungen"),
    ("ar", "هددت تركيا اليونان بالرد على أي استفزاز في بحر إيجه.", "هددت", "اليونان", "بالرد على أي استفزاز في بحر إيجه"),
    ("zh", "朝鲜威胁韩国，如果继续演习，将作出强硬回应。", "威胁", "韩国", "如果继续演习，将作出强硬回应"),
])
def test_threat_with_addressee_reports_what_was_threatened(lang, text, cue, addressee, content):
    st = statement(text, lang, cue)
    assert st.addressee is not None and st.addressee.text == addressee
    assert st.content.text == content


def test_one_word_is_enough_after_a_warning_preposition():
    st = statement("Der Bischof warnte vor Gewalt.", "de", "warnte")
    assert st.content.text == "Gewalt"


def test_a_threat_noun_reports_nothing_in_chinese():
    assert not extract("这种做法对地区安全构成威胁。", "zh").statements
    assert not extract("恐怖主义威胁欧洲的安全。", "zh").statements


@pytest.mark.parametrize("lang,text,cue,speaker", [
    ("zh", "法国和德国表示，将继续支持谈判。", "表示", "法国和德国"),
    ("zh", "英国与澳大利亚发表声明称，双方将加强合作。", "发表声明称", "英国与澳大利亚"),
    ("ja", "英国とフランスは、交渉を続けると表明した。", "表明した", "英国とフランス"),
])
def test_coordinated_named_speakers_speak_together(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker


def test_summoning_an_envoy_ends_the_chinese_speaker_and_the_subject_speaks_for_a_later_cue():
    st = statement("外交部长召见英国驻华大使时表示，英方必须停止干涉。", "zh", "表示")
    assert st.speaker is not None and st.speaker.text == "外交部长"
    st = statement("国防部召见韩国武官，并表示将采取必要措施。", "zh", "表示")
    assert st.speaker is not None and st.speaker.text == "国防部"


def test_demnach_reports_its_sentence_with_the_speaker_before():
    text = ("Der Ausbau sei abgeschlossen, teilte die Stadtverwaltung mit. "
            "Demnach hätten die Arbeiter drei Monate gebraucht.")
    st = statement(text, "de", "Demnach")
    assert st.speaker is not None and st.speaker.text == "die Stadtverwaltung"
    assert st.content.text == "hätten die Arbeiter drei Monate gebraucht"


@pytest.mark.parametrize("lang,text,cue,content", [
    # fr, es, ru, cs: what was said starts after its complementizer (the news annotations of these languages)
    ("fr", "La préfète a annoncé qu'aucune école ne fermerait.", "a annoncé", "aucune école ne fermerait"),
    ("es", "La alcaldesa anunció que ninguna escuela cerrará.", "anunció", "ninguna escuela cerrará"),
    ("ru", "Мэр сообщил, что ни одна школа не закроется.", "сообщил", "ни одна школа не закроется"),
    ("cs", "Starostka oznámila, že žádná škola nezavře.", "oznámila", "žádná škola nezavře"),
    # uk and de keep it
    ("uk", "Мер повідомив, що жодна школа не закриється.", "повідомив", "що жодна школа не закриється"),
    ("de", "Die Bürgermeisterin teilte mit, dass keine Schule schließt.", "teilte mit", "dass keine Schule schließt"),
])
def test_complementizer_in_what_was_said_by_language(lang, text, cue, content):
    st = statement(text, lang, cue)
    assert st.content.text == content


def test_spanish_according_to_source_ends_before_the_next_determiner():
    assert_statement("Según los técnicos municipales la obra terminará en junio.", "es", "Según",
                     "los técnicos municipales", "la obra terminará en junio")
    assert_statement("Según la directora de la escuela, la obra terminará en junio.", "es", "Según",
                     "la directora de la escuela", "la obra terminará en junio")
    st = statement("“No habrá recortes”, afirmó el viernes la consejera de Sanidad.", "es", "afirmó")
    assert st.speaker is not None and st.speaker.text == "la consejera de Sanidad"


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("Der Termin wurde verschoben, und es heißt nun, dass die Sitzung im Juni stattfindet.", "es heißt", None,
     "dass die Sitzung im Juni stattfindet"),
    ("Die Fans skandierten: „Wir wollen den Titel!“", "skandierten", "Die Fans", "„Wir wollen den Titel!“"),
    ("Eine Zuschauerin rief: „Hört endlich auf!“", "rief", "Eine Zuschauerin", "„Hört endlich auf!“"),
])
def test_german_impersonal_reports_and_shouts(text, cue, speaker, content):
    st = statement(text, "de", cue)
    assert (st.speaker.text if st.speaker and speaker else speaker) == speaker
    assert st.content.text == content


def test_japanese_time_of_the_saying_is_no_part_of_what_was_said():
    assert_statement("防衛省は３日、演習を延期すると発表した。", "ja", "発表した", "防衛省", "演習を延期する")


def test_czech_according_to_a_role_noun_or_a_pronoun():
    # "podle ministr*": the cue is "Podle", the role noun opens the speaker
    assert_statement("Podle ministra dopravy Jiřího Dvořáka bude most opraven do léta.", "cs", "Podle",
                     "ministra dopravy Jiřího Dvořáka", "bude most opraven do léta")
    # "podle ní": the pronoun is the source
    assert_statement("Podle ní bude most opraven do léta.", "cs", "Podle ní", "ní", "bude most opraven do léta")


def test_german_rejection_with_the_particle_closing_the_clause():
    assert_statement("Die Reederei wies die Kritik als unbegründet zurück.", "de", "wies", "Die Reederei",
                     "die Kritik als unbegründet")
    assert not extract("Der Förster wies den Wanderern den Weg.", "de").statements


@pytest.mark.parametrize("lang,text,cue,content", [
    ("ru", "Мэр открыл мост. Ранее сообщалось, что ремонт затянется.", "сообщалось", "ремонт затянется"),
    ("uk", "Мер відкрив міст. Раніше повідомлялося, що ремонт затягнеться.", "повідомлялося", "що ремонт затягнеться"),
])
def test_impersonal_report_names_no_speaker(lang, text, cue, content):
    st = statement(text, lang, cue)
    assert st.speaker is None
    assert st.content.text == content


@pytest.mark.parametrize("text, speaker, content", [
    ("Die Stadtverwaltung äußerte Bedenken gegen den Plan. Für das neue Stadion gebe es keinen Platz.",
     "Die Stadtverwaltung", "Für das neue Stadion gebe es keinen Platz"),
    ("Der Anwalt begründete seinen Antrag mit der Gesundheit seines Mandanten. Dieser könne nicht reisen.",
     "Der Anwalt", "Dieser könne nicht reisen"),
    ("Die zuständige Richterin wertete die Tat als Mord. Der Angeklagte habe heimtückisch gehandelt.",
     "Die zuständige Richterin", "Der Angeklagte habe heimtückisch gehandelt"),
])
def test_german_reported_speech_after_a_role_noun_subject(text, speaker, content):
    found = [s for s in extract(text, "de").statements if s.content is not None and s.content.text == content]
    assert found, [(s.speaker and s.speaker.text, s.content and s.content.text) for s in extract(text, "de").statements]
    assert found[0].speaker is not None and found[0].speaker.text == speaker


def test_german_reported_speech_after_a_thing_is_no_statement():
    text = "Die Veranstaltung dauerte drei Stunden. Sie sei ein Erfolg gewesen."
    assert extract(text, "de").statements == []


@pytest.mark.parametrize("text, cue, content", [
    ("Es wird befürchtet, dass die Preise weiter steigen.", "wird befürchtet", "dass die Preise weiter steigen"),
    ("Am Montag wurde bekannt, dass der Trainer den Verein verlässt.", "wurde bekannt",
     "dass der Trainer den Verein verlässt"),
    ("Zunächst war vermutet worden, dass ein Blitz das Feuer ausgelöst habe.", "war vermutet worden",
     "dass ein Blitz das Feuer ausgelöst habe"),
])
def test_german_passive_reports_name_no_speaker(text, cue, content):
    st = statement(text, "de", cue)
    assert st.speaker is None
    assert st.content is not None and st.content.text == content


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Die Ministerin griff die Opposition scharf an: „Sie haben keinen Plan für das Land.“",
     "Die Ministerin", "griff", "„Sie haben keinen Plan für das Land.“"),
    ("Der Trainer zog nach dem Spiel Bilanz: „Wir sind mit der Leistung zufrieden.“",
     "Der Trainer", "zog", "„Wir sind mit der Leistung zufrieden.“"),
])
def test_german_clause_then_colon_and_quotation_reports_the_subject(text, speaker, cue, content):
    assert_statement(text, "de", cue, speaker, content)


def test_german_clause_before_a_colon_without_a_speaking_subject_reports_nothing():
    assert extract("Die Regel ist einfach: „Wer zuerst kommt, mahlt zuerst.“", "de").statements == []


@pytest.mark.parametrize("text, cue, speaker, content", [
    # verb-initial Arabic: the complementizer opens what was said, as after a preposed speaker
    ("قال المتحدث باسم الجيش إن القوات سيطرت على المدينة.", "قال", "المتحدث باسم الجيش",
     "إن القوات سيطرت على المدينة"),
    # a participle cue after a comma starts the speaker's second report
    ("وقال الرئيس إن الجيش مستعد للدفاع عن الحدود، مضيفا أن الحوار ما زال ممكنا.", "وقال", "الرئيس",
     "إن الجيش مستعد للدفاع عن الحدود"),
    ("Dijo el ministro que las tropas se quedarán, añadiendo que las conversaciones seguirán.", "Dijo",
     "el ministro", "las tropas se quedarán"),
])
def test_verb_initial_content_keeps_its_complementizer_and_ends_at_a_second_report(text, cue, speaker, content):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "es"
    assert_statement(text, lang, cue, speaker, content)
    if "،" in text or ", " in text:
        second = [s for s in extract(text, lang).statements if s.cue is not None and s.cue.text != cue]
        assert second and second[0].speaker is not None and second[0].speaker.text == speaker


@pytest.mark.parametrize("lang, text, cue, speaker", [
    # a quantity and its partitive phrase speak together
    ("ru", "Один из депутатов заявил, что закон будет принят осенью.", "заявил", "Один из депутатов"),
    ("cs", "Jeden ze zástupců firmy řekl, že továrna bude zavřena.", "řekl", "Jeden ze zástupců firmy"),
    ("uk", "Один з депутатів заявив, що закон ухвалять восени.", "заявив", "Один з депутатів"),
    # a clause-opening adjunct runs over its modifiers to its noun; the speaker follows
    ("ru", "В своей речи министр обороны заявил, что войска останутся на границе.", "заявил", "министр обороны"),
    ("ru", "О такой угрозе генерал недавно сказал, что она реальна.", "сказал", "генерал"),
    ("uk", "У своїй промові міністр заявив, що війська залишаться.", "заявив", "міністр"),
    ("cs", "Ve svém projevu ministr obrany řekl, že vojáci zůstanou.", "řekl", "ministr obrany"),
    # a pronoun that heads the adjunct itself
    ("ru", "При этом глава банка уверен, что это невозможно.", "уверен", "глава банка"),
])
def test_slavic_speaker_after_adjuncts_and_with_partitives(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("lang, text, cue, speaker", [
    # a capitalised place joins the speaker phrase ("en" + place)
    ("es", "La embajada de Chile en Lima expresó su preocupación por la nueva ley.", "expresó",
     "La embajada de Chile en Lima"),
    ("fr", "L'ambassade de France en Russie a déclaré que les visas seront suspendus.", "a déclaré",
     "L'ambassade de France en Russie"),
    # a time after "en" does not
    ("es", "El ministro en enero dijo que la economía crecerá.", "dijo", "El ministro"),
])
def test_place_after_en_belongs_to_the_speaker(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    # "as X says, …" with any common reporting verb; the speaker follows the verb
    ("cs", "Jak upozorňuje analytik Jan Novák, vláda nemá dost peněz na obranu.", "Jak upozorňuje",
     "analytik Jan Novák", "vláda nemá dost peněz na obranu"),
    ("cs", "Jak uvedl deník Právo, podíl firmy činí čtvrtinu trhu.", "Jak uvedl", "deník Právo",
     "podíl firmy činí čtvrtinu trhu"),
    ("ru", "Как отмечает экономист Иван Петров, инфляция продолжает расти.", "Как отмечает",
     "экономист Иван Петров", "инфляция продолжает расти"),
    ("uk", "Як зазначає економіст Іван Петренко, інфляція продовжує зростати.", "Як зазначає",
     "економіст Іван Петренко", "інфляція продовжує зростати"),
])
def test_as_clause_with_a_reporting_verb_and_its_speaker(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


def test_czech_as_clause_without_a_speaker_reports_for_the_latest_person():
    text = "Ministr Jan Novák navštívil továrnu. Jak prozradil, z peněz by chtěl postavit novou školu."
    st = statement(text, "cs", "Jak prozradil")
    assert st.speaker is None or st.speaker.text == "Ministr Jan Novák"
    assert st.content is not None and st.content.text == "z peněz by chtěl postavit novou školu"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Anna und Peter Berg teilten mit, dass sie nach Hamburg umziehen.", "teilten", "Anna und Peter Berg"),
    ("Die Polizei und die Feuerwehr erklärten, der Brand sei gelöscht.", "erklärten", "Die Polizei und die Feuerwehr"),
])
def test_german_coordinated_speakers_speak_together(text, cue, speaker):
    st = statement(text, "de", cue)
    assert st.speaker is not None and st.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("外務省の報道官である田中一郎氏は「対話を続ける」と述べた。", "述べた", "外務省の報道官である田中一郎氏"),
    ("昨日、会見を開いた外務省の報道官である田中氏は協議を続けると語った。", "語った", "外務省の報道官である田中氏"),
])
def test_japanese_apposition_joined_by_the_copula_belongs_to_the_speaker(text, cue, speaker):
    st = statement(text, "ja", cue)
    assert st.speaker is not None and st.speaker.text == speaker


def test_french_long_addressee_before_the_complementizer():
    text = "Il a annoncé à la chaîne de télévision américaine CNN que les troupes resteraient."
    st = statement(text, "fr", "a annoncé")
    assert st.speaker is not None and st.speaker.text == "Il"
    assert st.content is not None and st.content.text == "les troupes resteraient"


@pytest.mark.parametrize("lang, text, cue, speaker", [
    ("uk", "Речник Повітряних сил Юрій Ігнат в коментарі для CNN заявив, що потрібні літаки.", "заявив",
     "Речник Повітряних сил Юрій Ігнат"),
    ("ru", "Министр обороны Сергей Иванов в интервью для BBC заявил, что войска останутся.", "заявил",
     "Министр обороны Сергей Иванов"),
])
def test_slavic_adjunct_with_dlya_is_no_part_of_the_speaker(lang, text, cue, speaker):
    st = statement(text, lang, cue)
    assert st.speaker is not None and st.speaker.text == speaker


def test_german_reported_speech_goes_on_after_one_narrator_sentence():
    text = ("Die Polizei sprach von einer ruhigen Nacht. Zwei Autos brannten in der Innenstadt. "
            "In einem Depot seien aber drei Busse zerstört worden.")
    found = [s for s in extract(text, "de").statements if s.content is not None and s.content.text.startswith("In einem Depot")]
    assert found and found[0].speaker is not None and found[0].speaker.text == "Die Polizei"


def test_german_indicative_after_a_narrator_sentence_reports_nothing():
    text = "Der Minister sagte, die Lage sei ernst. Das Wetter war schön. Die Sonne schien."
    assert [s.content.text for s in extract(text, "de").statements] == ["die Lage sei ernst"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("وجدد الوزير تأكيد أن بلاده تدعم الحل السياسي.", "وجدد", "الوزير", "أن بلاده تدعم الحل السياسي"),
    ("قال رئيس هيئة دعم الصادرات إن الأرقام مشجعة.", "قال", "رئيس هيئة دعم الصادرات", "إن الأرقام مشجعة"),
])
def test_arabic_speaker_ends_before_a_speech_act_noun(text, cue, speaker, content):
    assert_statement(text, "ar", cue, speaker, content)


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("声明说，乌克兰没有派遣人员。", "说", "声明", "乌克兰没有派遣人员"),
    ("公报称，双方同意加强合作。", "称", "公报", "双方同意加强合作"),
    # not after its subject: the statement is the object of the act
    ("外交部发表声明说，中方坚决反对。", "发表声明说", "外交部", "中方坚决反对"),
])
def test_chinese_document_noun_opening_the_clause_speaks(text, cue, speaker, content):
    assert_statement(text, "zh", cue, speaker, content)


# de: a source in mid-clause without commas ("nach Angaben X", "X zufolge", "seiner Meinung nach"): both sides
# of the clause were said; one content spans the clause (an event in it keeps the whole clause)
MID_CLAUSE_SOURCES = [
    ("In der Nacht wurden dem Militär zufolge zwei Soldaten getötet.", "zufolge", "dem Militär",
     "In der Nacht wurden dem Militär zufolge zwei Soldaten getötet"),
    ("Dabei wurden nach Angaben der Feuerwehr mehrere Häuser beschädigt.", "nach", "Angaben der Feuerwehr",
     "Dabei wurden nach Angaben der Feuerwehr mehrere Häuser beschädigt"),
    ("Dem Ministerium zufolge bleiben die Grenzen offen.", "zufolge", "Dem Ministerium", "bleiben die Grenzen offen"),
]


@pytest.mark.parametrize("text, cue, speaker, content", MID_CLAUSE_SOURCES)
def test_german_source_in_mid_clause_reports_both_sides(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


# two reports joined after a comma: the first content stops at the comma, the second speaker drops the conjunction;
# a report nested in a content (no clause mark before it) stays inside it
COORDINATED_REPORTS = [
    ("ru", "Министр сказал, что войска останутся, а президент предупредил, что переговоры могут провалиться.",
     "сказал", "Министр", "войска останутся", "предупредил", "президент"),
    ("uk", "Міністр заявив, що війська залишаться, але президент попередив, що переговори можуть провалитися.",
     "заявив", "Міністр", "що війська залишаться", "попередив", "президент"),
    ("es", "El ministro dijo que las tropas se quedarán, y el presidente advirtió que las negociaciones podrían fracasar.",
     "dijo", "El ministro", "las tropas se quedarán", "advirtió", "el presidente"),
    ("de", "Der Minister sagte, die Truppen würden bleiben, aber der Präsident warnte, die Gespräche könnten scheitern.",
     "sagte", "Der Minister", "die Truppen würden bleiben", "warnte", "der Präsident"),
    ("fr", "Le ministre a dit que les troupes resteraient, mais le président a averti que les négociations pourraient échouer.",
     "a dit", "Le ministre", "les troupes resteraient", "a averti", "le président"),
    ("en", "The minister said the troops would stay, while the president warned that the talks could fail.",
     "said", "The minister", "the troops would stay", "warned", "the president"),
]


@pytest.mark.parametrize("lang, text, cue1, speaker1, content1, cue2, speaker2", COORDINATED_REPORTS)
def test_coordinated_reports_keep_apart(lang, text, cue1, speaker1, content1, cue2, speaker2):
    assert_statement(text, lang, cue1, speaker1, content1)
    second = statement(text, lang, cue2)
    assert second.speaker is not None and second.speaker.text == speaker2


def test_nested_report_stays_in_the_content():
    text = "She said that the general warned that the talks could fail."
    outer = assert_statement(text, "en", "said", "She", "that the general warned that the talks could fail")
    assert statement(text, "en", "warned").content.start > outer.content.start


# zh with a space before the cue's punctuation (machine-spaced text): the same cue
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("国防部发言人说 ， 部队将留在边境。", "说", "国防部发言人", "部队将留在边境"),
    ("英国媒体报道称 ： 美国海军将继续在太平洋部署。", "报道称", "英国媒体", "美国海军将继续在太平洋部署"),
])
def test_chinese_cue_with_spaced_punctuation(text, cue, speaker, content):
    assert_statement(text, "zh", cue, speaker, content)


# ja: a clause telling what the speaker did ("…したが、", "…しており、") is no part of what was said; a party
# as topic after it speaks what follows; a clause with its own subject was said too
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("大統領は首相の努力を賞賛したが、多くの課題が残っていると述べた。", "述べた", "大統領", "多くの課題が残っている"),
    ("報道官は関与を否定しており、制裁に対して報復すると述べた。", "述べた", "報道官", "制裁に対して報復する"),
    ("英国側は期限を１２月１０日としており、フランス側は打開されない場合には法的措置を取ると警告した。", "警告した",
     "フランス側", "打開されない場合には法的措置を取る"),
    ("外相は、軍が撤退しており、状況は改善していると述べた。", "述べた", "外相", "軍が撤退しており、状況は改善している"),
    ("外相は「交渉を続けたが、成果はなかった」と述べた。", "述べた", "外相", "交渉を続けたが、成果はなかった"),
])
def test_japanese_narrated_clause_before_what_was_said(text, cue, speaker, content):
    assert_statement(text, "ja", cue, speaker, content)


# zh: openers and a subject pronoun in a row after a comma ("，同时他还称"): the first content ends at the comma,
# the pronoun speaks the second cue
@pytest.mark.parametrize("text", [
    "外交部发言人说，日本的做法是错误的，同时他还称中方将采取必要措施。",
    "国防部长表示，部队将留在边境，同时她也表示谈判仍在继续。",
])
def test_chinese_second_report_after_openers_and_pronoun(text):
    found = extract(text, "zh").statements
    assert len(found) == 2, [(s.cue and s.cue.text, s.content.text) for s in found]
    first, second = sorted(found, key=lambda s: s.content.start)
    assert "，" not in first.content.text
    assert second.speaker is not None and second.speaker.text in ("他", "她")


# cs/ru/uk: a relative clause after the speaker's comma is no part of the speaker
@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("cs", "Ministr Novák, který je také místopředsedou vlády, řekl, že vláda nepadne.", "řekl", "Ministr Novák",
     "vláda nepadne"),
    ("ru", "Министр Новак, который также является вице-премьером, заявил, что правительство не падет.", "заявил",
     "Министр Новак", "правительство не падет"),
    ("uk", "Міністр Новак, який також є віцепрем'єром, заявив, що уряд не впаде.", "заявив", "Міністр Новак",
     "що уряд не впаде"),
])
def test_relative_clause_after_the_speaker(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


@pytest.mark.parametrize("lang, text, cue", [
    ("de", "„Wir stehen an der Seite der Ukraine“, betonte der Kanzler.", "betonte"),
    ("en", '"We will not abandon Ukraine," the defence minister said.', "said"),
])
def test_role_only_speaker_takes_no_country_from_what_it_says(lang, text, cue):
    st = statement(text, lang, cue)
    assert st.speaker_actor is not None and st.speaker_actor.code == UNKNOWN_ACTOR, st.speaker_actor


# ru/uk: a threat or call verb with its infinitive right after it ("пригрозил закрыть"); de: a particle between
# the inverted cue and its speaker ("drohte auch der Minister")
@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("ru", "Москва пригрозила закрыть границы.", "пригрозила", "Москва", "закрыть границы"),
    ("ru", "Генсек призвал прекратить огонь.", "призвал", "Генсек", "прекратить огонь"),
    ("uk", "Генсек закликав припинити вогонь.", "закликав", "Генсек", "припинити вогонь"),
    ("de", "Am Montag sagte auch der Außenminister, die Grenzen blieben offen.", "sagte", "der Außenminister",
     "die Grenzen blieben offen"),
    ("de", "Unterdessen drohte nun der Innenminister, die Grenzen zu schließen.", "drohte", "der Innenminister",
     "die Grenzen zu schließen"),
])
def test_infinitive_right_after_the_cue_and_particles_before_the_speaker(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


# what was said ends before the speaker's next act in a gerund clause ("…, condemning …") and, in a
# verb-initial report, before an according-to phrase that reports the whole clause ("…، حسب …")
@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("fr", "Le ministère a annoncé que onze personnes avaient été tuées, condamnant les attaques contre les civils.",
     "a annoncé", "Le ministère", "onze personnes avaient été tuées"),
    ("fr", "Le porte-parole a affirmé que les soldats quitteraient la ville, démentant les informations de la presse.",
     "a affirmé", "Le porte-parole", "les soldats quitteraient la ville"),
    ("es", "La portavoz afirmó que las tropas saldrán de la ciudad, desmintiendo las informaciones de la prensa.",
     "afirmó", "La portavoz", "las tropas saldrán de la ciudad"),
    ("es", "El ministerio anunció que once personas murieron, condenando los ataques contra civiles.",
     "anunció", "El ministerio", "once personas murieron"),
    ("ru", "Министерство сообщило, что погибли одиннадцать человек, осудив нападения на мирных жителей.",
     "сообщило", "Министерство", "погибли одиннадцать человек"),
    ("uk", "Міністерство повідомило, що загинули одинадцять людей, засудивши напади на цивільних.",
     "повідомило", "Міністерство", "що загинули одинадцять людей"),
    ("ar", "وأعلنت الوزارة أن 11 شخصا قتلوا، مدينا الهجمات على المدنيين.", "وأعلنت", "الوزارة", "أن 11 شخصا قتلوا"),
    ("ar", "وقال المتحدث إن القوات انسحبت من المدينة، نافيا تقارير وسائل الإعلام.", "وقال", "المتحدث",
     "إن القوات انسحبت من المدينة"),
    ("ar", "وقال الوزير إن القوات ستبقى في المنطقة، بحسب بيان رسمي.", "وقال", "الوزير", "إن القوات ستبقى في المنطقة"),
    ("ar", "أكدت الوزارة أن الجنود عادوا إلى قواعدهم، حسب وكالة الأنباء الرسمية.", "أكدت", "الوزارة",
     "أن الجنود عادوا إلى قواعدهم"),
])
def test_content_ends_before_the_speakers_next_act_or_a_source_of_the_whole(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


# de, read backwards from the cue: a place or domain after the head noun stays in the speaker, and an object
# after the auxiliary leaves the phrase before it the subject
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Den Behörden in Nairobi zufolge wurden zwölf Menschen verletzt.", "zufolge", "Den Behörden in Nairobi",
     "wurden zwölf Menschen verletzt"),
    ("Ein Analyst bei der Deutschen Bank sagte, die Zinsen würden steigen.", "sagte", "Ein Analyst bei der Deutschen Bank",
     "die Zinsen würden steigen"),
    ("Der Beauftragte für Datenschutz erklärte, das Gesetz sei verfassungswidrig.", "erklärte",
     "Der Beauftragte für Datenschutz", "das Gesetz sei verfassungswidrig"),
    ("Die Behörden im Kongo teilten mit, die Rebellen hätten die Stadt verlassen.", "teilten", "Die Behörden im Kongo",
     "die Rebellen hätten die Stadt verlassen"),
    ("Ein Gericht in Hamburg hatte den Konzern aufgefordert, die Daten zu löschen.", "aufgefordert",
     "Ein Gericht in Hamburg", "die Daten zu löschen"),
    ("Die Regierung hat den Bürgern versichert, die Renten seien sicher.", "versichert", "Die Regierung",
     "die Renten seien sicher"),
    ("Am Montag hat der Minister erklärt, die Gespräche seien gescheitert.", "erklärt", "der Minister",
     "die Gespräche seien gescheitert"),
    ("Die Lage sei ernst, sagte der Minister in Berlin.", "sagte", "der Minister", "Die Lage sei ernst"),
])
def test_german_speaker_keeps_its_place_and_is_no_object(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


# a quoted name ending the subject closes no content: the cue after it reports forwards ('Der „Spiegel“ berichtete am
# Sonntag, …'), also with an adjunct between the cue and the comma
@pytest.mark.parametrize("lang, text, cue, speaker, content", [
    ("de", "Der „Spiegel“ berichtete am Sonntag, der Minister trete zurück.", "berichtete", "Der „Spiegel“",
     "der Minister trete zurück"),
    ("de", "Das Magazin „Der Spiegel“ schrieb am Montag, die Regierung plane neue Steuern.", "schrieb",
     "Das Magazin „Der Spiegel“", "die Regierung plane neue Steuern"),
    ("ru", "Газета «Коммерсантъ» сообщила во вторник, что министр уходит в отставку.", "сообщила", "Газета «Коммерсантъ»",
     "министр уходит в отставку"),
])
def test_quoted_name_in_the_subject_closes_no_content(lang, text, cue, speaker, content):
    assert_statement(text, lang, cue, speaker, content)


# fr: after a person's name "à" opens the one spoken to, after a role it stays ("le représentant … à l'ONU"); the
# reflexive "se dire" with an attribute reports what the speaker said of himself
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("\"La situation est grave\", a déclaré Marie Dupont à l'AFP.", "a déclaré", "Marie Dupont", "\"La situation est grave\""),
    ("\"La situation est grave\", explique M. Dupont à la BBC.", "explique", "M. Dupont", "\"La situation est grave\""),
    ("\"La situation est grave\", a déclaré le représentant de la France à l'ONU.", "a déclaré",
     "le représentant de la France à l'ONU", "\"La situation est grave\""),
    ("Le ministre s'est dit très confiant quant à un accord.", "s'est dit", "Le ministre", "très confiant quant à un accord"),
    ("Les dirigeants se sont dits prêts à négocier avec les rebelles.", "se sont dits", "Les dirigeants",
     "prêts à négocier avec les rebelles"),
    ("La présidente se dit favorable à un référendum.", "se dit", "La présidente", "favorable à un référendum"),
])
def test_french_listener_after_a_name_and_reflexive_se_dire(text, cue, speaker, content):
    assert_statement(text, "fr", cue, speaker, content)


def test_french_se_dire_without_a_speaker_reports_nothing():
    assert extract("Ce qui se dit dans les couloirs du ministère reste secret.", "fr").statements == []


# de separable reporting verbs: ruling out, hinting, setting out, stating for the record; the particle must close the
# clause ("schlossen die Grenze aus Sicherheitsgründen" closes a border), and "hielt … fest" with an object detains
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Die Polizei schloss einen Anschlag als Ursache aus.", "schloss", "Die Polizei", "einen Anschlag als Ursache"),
    ("Der Minister deutete an, dass die Steuern steigen könnten.", "deutete", "Der Minister",
     "dass die Steuern steigen könnten"),
    ("Der Minister deutete einen Kompromiss an.", "deutete", "Der Minister", "einen Kompromiss"),
    ("Die Kanzlerin legte dar, warum die Reform nötig sei.", "legte", "Die Kanzlerin", "warum die Reform nötig sei"),
    ("Das Gericht hielt fest, dass die Klage unbegründet sei.", "hielt", "Das Gericht", "dass die Klage unbegründet sei"),
])
def test_german_separable_reporting_verbs(text, cue, speaker, content):
    assert_statement(text, "de", cue, speaker, content)


@pytest.mark.parametrize("text", [
    "Die Polizei hielt den Verdächtigen fest.",
    "Die Behörden schlossen die Grenze aus Sicherheitsgründen.",
    "Er legte das Buch auf den Tisch.",
    "Der Minister hielt eine Rede vor dem Parlament.",
])
def test_german_separable_verbs_without_their_reporting_particle_report_nothing(text):
    assert extract(text, "de").statements == []


# de "…, sagte aber, …": a comma right after the cue and its adverb opens what was said; the phrase after that comma is
# no speaker of an inverted cue (the adjunct before an inverted speaker never runs over a clause mark)
@pytest.mark.parametrize("text, cue, wrong", [
    ("Der Abgeordnete wollte sich noch nicht festlegen, sagte aber, die Partei müsse sich erneuern.", "sagte", "die Partei"),
    ("Die Ministerin lehnte einen Rücktritt ab, betonte aber, sie nehme die Kritik ernst.", "betonte", "die Kritik"),
])
def test_german_phrase_after_a_comma_is_no_inverted_speaker(text, cue, wrong):
    sts = extract(text, "de").statements
    assert all(not (s.cue and s.cue.text == cue and s.speaker and s.speaker.text == wrong) for s in sts), sts


def test_inverted_speaker_after_an_adjunct_without_commas():
    assert_statement("\"La situación es grave\", advirtió en un comunicado el comando del ejército.", "es", "advirtió",
                     "el comando del ejército", "\"La situación es grave\"")
