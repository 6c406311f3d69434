"""Round 12, German statements: split cues (Statement.cue_parts), according-after nouns, speaker ends.

Own sentences only; every test first asserts that the statement it checks exists."""

import pytest

from tests.unit.engine_helpers import LanguageProbe

DE = LanguageProbe("de")


def _one(text, cue):
    sts = [s for s in DE.extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert sts, (text, [(s.speaker and s.speaker.text, s.cue and s.cue.text) for s in DE.extract(text).statements])
    return sts[0]


@pytest.mark.parametrize("text,cue,parts", [
    # separable particle of the cue verb, every person and tense
    ("Die Stadtverwaltung teilte am Dienstag mit, dass die Brücke gesperrt bleibt.", "teilte", ["mit"]),
    ("Am Dienstag teilten die Stadtwerke mit, der Strom sei wieder da.", "teilten", ["mit"]),
    ("Der Verein gab gestern bekannt, dass der Trainer bleibt.", "gab", ["bekannt"]),
    ("Die Gewerkschaft kündigte für Freitag einen Warnstreik an, um höhere Löhne durchzusetzen.", "kündigte", ["an"]),
    ("Die Opposition wirft der Regierung vor, die Zahlen geschönt zu haben.", "wirft", ["vor"]),
    # optional particles (the verb reports without them too)
    ("Die Bürgermeisterin forderte die Anwohner auf, die Fenster geschlossen zu halten.", "forderte", ["auf"]),
    ("Der Trainer bezeichnete die Niederlage als verdient, weil die Gäste besser waren.", "bezeichnete", ["als"]),
    # the finite auxiliary of a participle cue, before it or right after it
    ("Die Schulleiterin hatte am Montag erklärt, der Unterricht falle aus.", "erklärt", ["hatte"]),
    ("Der Konzern hat angekündigt, dass er 300 Stellen streichen wird.", "angekündigt", ["hat"]),
    ("Der Vorstand wird in der Zeitung mit den Worten zitiert, man sei zufrieden.", "zitiert", ["wird"]),
    ("Die Kosten steigen, wie der Kämmerer bereits im Mai betont hatte.", "betont", ["wie", "hatte"]),
    # the conjunction opening an as-clause
    ("Wie die Feuerwehr mitteilte, wurde niemand verletzt.", "mitteilte", ["Wie"]),
    ("Die Straße bleibt gesperrt, wie ein Sprecher der Polizei berichtete.", "berichtete", ["wie"]),
])
def test_split_cue_parts(text, cue, parts):
    st = _one(text, cue)
    assert [p.text for p in st.cue_parts] == parts


@pytest.mark.parametrize("text,cue", [
    ("Der Minister sagte, die Verhandlungen würden fortgesetzt.", "sagte"),
    ("Die Polizei war vor Ort und erklärte, es bestehe keine Gefahr.", "erklärte"),
    ("Die Sprecherin erklärte, dass die Firma keine Stellen abbaut.", "erklärte"),
])
def test_no_cue_parts(text, cue):
    assert _one(text, cue).cue_parts == []


def test_according_to_markers_take_no_parts():
    text = "Die Brücke ist nach Angaben der Stadt seit Montag gesperrt."
    st = _one(text, "nach")
    assert st.speaker.text == "Angaben der Stadt"
    assert st.cue_parts == []


@pytest.mark.parametrize("text,speaker", [
    ("Seiner Meinung nach ist die Reform gescheitert.", "Seiner Meinung"),
    ("Ihrer Ansicht nach hätte der Rat früher handeln müssen.", "Ihrer Ansicht"),
    ("Dem Vernehmen nach verlässt der Kapitän den Verein im Sommer.", "Dem Vernehmen"),
    ("Nach Einschätzung der Ärzte ist der Patient außer Lebensgefahr.", "Einschätzung der Ärzte"),
])
def test_according_after_noun_belongs_to_the_source(text, speaker):
    sts = DE.extract(text).statements
    assert sts, text
    assert sts[0].speaker.text == speaker
    assert sts[0].cue.text.lower() == "nach"


@pytest.mark.parametrize("text,cue,speaker", [
    ("Nach Angaben des Statistischen Bundesamtes (Destatis) stiegen die Preise um zwei Prozent.", "Nach",
     "Angaben des Statistischen Bundesamtes (Destatis)"),
    ("Die Preise stiegen, sagte die Sprecherin des Bundesamtes (Destatis) am Montag.", "sagte",
     "die Sprecherin des Bundesamtes (Destatis)"),
])
def test_short_form_in_parentheses_stays_with_the_speaker(text, cue, speaker):
    st = _one(text, cue)
    assert st.speaker.text == speaker
    assert "Destatis" not in st.content.text


@pytest.mark.parametrize("text,cue,speaker", [
    ("Hierzu sagte der Bürgermeister, man werde die Straße erneuern.", "sagte", "der Bürgermeister"),
    ("Dabei betonte die Kanzlerin, dass Europa zusammenstehen müsse.", "betonte", "die Kanzlerin"),
    ("In der „Süddeutschen Zeitung“ schreibt der Minister, die Reform sei nötig.", "schreibt", "der Minister"),
    ("Gegenüber der Nachrichtenagentur „Reuters“ sagte die Sprecherin, man prüfe den Fall.", "sagte", "die Sprecherin"),
    ("Im Interview mit dem „Spiegel“ hatte die Ministerin erklärt, sie wolle kandidieren.", "erklärt", "die Ministerin"),
    ("Um 18:30 Uhr meldete die Feuerwehr, der Brand sei gelöscht.", "meldete", "die Feuerwehr"),
    ("Laut bildblog.de war die Meldung falsch.", "Laut", "bildblog.de"),
    ("Die Meldung war falsch, berichtete tagesschau.de am Abend.", "berichtete", "tagesschau.de"),
])
def test_speaker_after_an_opening_adjunct(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


def test_weak_cue_reports_a_clause_in_reported_speech_form():
    st = _one("Die Feuerwehr meldete, der Brand sei gelöscht.", "meldete")
    assert st.speaker.text == "Die Feuerwehr"
    assert st.content.text == "der Brand sei gelöscht"


@pytest.mark.parametrize("text", [
    "Das Spiel zeigte, wie stark die Mannschaft ist.",
    "Die Firma meldete Insolvenz an, die Löhne seien nicht mehr bezahlt worden.",
])
def test_weak_cue_without_reported_speech_reports_nothing(text):
    assert DE.extract(text).statements == []


@pytest.mark.parametrize("text,cue", [
    ("Dabei griff sie auch den Bürgermeister direkt an: „Wer so plant, hat die Stadt nicht verstanden.“", "griff"),
    ("Am Montag kritisierten sie die Pläne scharf: „Das ist ein Skandal.“", "kritisierten"),
])
def test_inverted_pronoun_subject_before_a_colon_quotation(text, cue):
    st = _one(text, cue)
    assert st.speaker.text == "sie"
    assert st.content.text.startswith("„")


@pytest.mark.parametrize("text", [
    "Am Ende blieb es dabei: „Keine Chance für die Gäste.“",
    "Danach ging es schnell: „Wir hatten keine Zeit.“",
])
def test_impersonal_clause_before_a_colon_quotation_names_no_speaker(text):
    assert all(s.speaker is None or s.speaker.text != "es" for s in DE.extract(text).statements)


@pytest.mark.parametrize("text,cue,speaker", [
    ("Ein Augenzeuge erzählte der Zeitung, die Polizisten hätten sofort geschossen.", "erzählte", "Ein Augenzeuge"),
    ("Die Forscher fanden heraus, dass die Tiere nachts wandern.", "fanden heraus", "Die Forscher"),
    ("Wie aus dem Bericht des Ministeriums hervorgeht, wurden zwölf Menschen verletzt.", "hervorgeht",
     "dem Bericht des Ministeriums"),
])
def test_more_reporting_forms(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


@pytest.mark.parametrize("text,cue,speaker", [
    ("Die Saison sei gelaufen, so Peter Maier, Vorsitzender des Vereins.", "so", "Peter Maier, Vorsitzender des Vereins"),
    ("Die Saison sei gelaufen, so Peter Maier, der Vorsitzende des Vereins.", "so",
     "Peter Maier, der Vorsitzende des Vereins"),
    ("Die Preise stiegen laut Anna Berg, Sprecherin des Amtes.", "laut", "Anna Berg, Sprecherin des Amtes"),
])
def test_apposition_closing_the_sentence_joins_the_according_source(text, cue, speaker):
    sts = [s for s in DE.extract(text).statements if s.cue and s.cue.text == cue]
    assert len(sts) == 1, sts
    assert sts[0].speaker.text == speaker


def test_clause_after_the_according_source_is_no_apposition():
    st = _one("Die Saison sei gelaufen, laut Peter Maier, und die Fans seien enttäuscht.", "laut")
    assert st.speaker.text == "Peter Maier"


@pytest.mark.parametrize("text,cue", [
    ("Dem Bürgermeister wurde vorgeworfen, Gelder veruntreut zu haben.", "vorgeworfen"),
    ("Zudem wird die Stadt aufgefordert, die Brücke zu sanieren.", "aufgefordert"),
    ("Den Angeklagten wird zur Last gelegt und vorgeworfen, Akten vernichtet zu haben.", "vorgeworfen"),
    ("Im Bericht wurde bestätigt, dass die Werte zu hoch waren.", "bestätigt"),
])
def test_verb_second_passive_names_no_speaker(text, cue):
    st = _one(text, cue)
    assert st.speaker is None


@pytest.mark.parametrize("text,cue,speaker", [
    ("Der Minister wird am Montag erklären, dass die Reform kommt.", "erklären", "Der Minister"),
    ("Ein Anwohner wird in der Zeitung mit den Worten zitiert, die Nacht sei furchtbar gewesen.", "zitiert", "Ein Anwohner"),
    ("Die Ministerin hat erklärt, dass die Reform kommt.", "erklärt", "Die Ministerin"),
])
def test_future_perfect_and_quoting_keep_their_subject(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


@pytest.mark.parametrize("text", [
    "Wenn es regnet, so gebe es keine Möglichkeit zu spielen.",
    "Hätte ich gewusst, wie schwer es ist, so einen Text zu schreiben, hätte ich abgelehnt.",
    "Der Bau dauert acht Jahre, so lange müssen die Anwohner warten.",
])
def test_so_without_a_nominative_source_reports_nothing(text):
    assert [s for s in DE.extract(text).statements if s.cue and s.cue.text == "so"] == []


@pytest.mark.parametrize("text,speaker", [
    ("Die Reform sei überfällig, so der Minister.", "der Minister"),
    ("Die Reform sei überfällig, so Anna Berg.", "Anna Berg"),
    ("Die Reform sei überfällig, so ein Sprecher der Regierung.", "ein Sprecher der Regierung"),
])
def test_so_with_its_source(text, speaker):
    assert _one(text, "so").speaker.text == speaker


@pytest.mark.parametrize("text,cue,speaker", [
    ("Eine wachsende Zahl von Menschen fürchtet laut Karl den sozialen Abstieg.", "laut", "Karl"),
    ("Es gibt laut Bericht eine hohe Dunkelziffer.", "laut", "Bericht"),
    ("Nach Angaben aus den Ministerien sind die Kosten gestiegen.", "Nach", "Angaben aus den Ministerien"),
    ("Der Fall wird nach Angaben der Staatsanwaltschaft „ganz besonders sorgfältig“ geprüft.", "nach",
     "Angaben der Staatsanwaltschaft"),
    ("Laut „icelandreview.com“ ist der Vulkan wieder aktiv.", "Laut", "icelandreview.com"),
    ("Nach Angaben des Statistischen Bundesamtes (Destatis) sandten Migranten mehr Geld in ihre Heimat.", "Nach",
     "Angaben des Statistischen Bundesamtes (Destatis)"),
    ("Die Lage sei ernst, so letztere.", "so", "letztere"),
    ("Der Präsident sei, so Anna Berg, schuld daran, dass die Wahl verloren ging.", "so", "Anna Berg"),
    ("Laut Anna Berg, ehemalige Sprecherin der Polizei, ist die Lage ruhig.", "Laut",
     "Anna Berg, ehemalige Sprecherin der Polizei"),
])
def test_according_source_ends_at_its_noun_phrase(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


@pytest.mark.parametrize("text,cue,content", [
    ("Den Vorschlag lehnte er ab, weil er zu teuer sei.", "lehnte", None),
    ("Ihr gegenüber hat er angegeben, er sei wütend gewesen.", "angegeben", "er sei wütend gewesen"),
    ("Der Politik schlug er vor, sich an Modellen aus Skandinavien zu orientieren.", "schlug",
     "sich an Modellen aus Skandinavien zu orientieren"),
    ("Den Journalisten sagte ich, dass wir weitermachen.", "sagte", "dass wir weitermachen"),
])
def test_inverted_nominative_pronoun_is_the_speaker(text, cue, content):
    st = _one(text, cue)
    assert st.speaker.text in ("er", "ich")
    if content:
        assert st.content.text == content


def test_ambiguous_pronoun_after_the_cue_stays_an_object():
    st = _one("Die Polizei forderte sie auf, das Haus zu verlassen.", "forderte")
    assert st.speaker.text == "Die Polizei"


@pytest.mark.parametrize("text,cue,speaker", [
    ("Unter den Passagieren befanden sich Berichten zufolge etwa 75 Schulkinder.", "zufolge", "Berichten"),
    ("Berichten zufolge produziert die Firma vor allem Kunststoff.", "zufolge", "Berichten"),
    ("Das Fleisch sollte den Berichten zufolge in der Ukraine verarbeitet werden.", "zufolge", "den Berichten"),
    ("Die Wahl hat Sarkozy dem „Figaro“ zufolge gewonnen.", "zufolge", "dem „Figaro“"),
    ("Den Behörden in Nairobi zufolge starben zwölf Menschen.", "zufolge", "Den Behörden in Nairobi"),
    ("Nach einem Plan der Regierung müssen alle Länder Konzepte vorlegen.", "Nach", "einem Plan der Regierung"),
])
def test_according_sources_with_capitalised_nouns(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


@pytest.mark.parametrize("text", ["Alles verlief nach Plan.", "Die Operation verlief nach Wunsch der Ärzte."])
def test_nach_plan_is_no_source(text):
    assert DE.extract(text).statements == []


@pytest.mark.parametrize("text,cue,speaker", [
    ("Unmissverständlich sagt das Gericht in der Begründung, dass es nicht überzeugt sei.", "sagt", "das Gericht"),
    ("Erstmals erklärte die Regierung, sie werde verhandeln.", "erklärte", "die Regierung"),
    ("Bezeichnenderweise schrieb die Zeitung, der Minister habe gelogen.", "schrieb", "die Zeitung"),
    ("Fröhlich sagte, die Saison sei gelaufen.", "sagte", "Fröhlich"),
])
def test_adverb_alone_in_first_position(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Er warnte vor den ihrer Meinung nach wachsenden Gefahren.", "ihrer Meinung"),
    ("Nordkorea besitze seiner Meinung nach vier Atomwaffen.", "seiner Meinung"),
    ("Das Abkommen, das seiner Meinung nach zu einem Kartell führe, sei gescheitert.", "seiner Meinung"),
    ("Den zuständigen Behörden zufolge starben zwölf Menschen.", "Den zuständigen Behörden"),
])
def test_postposed_source_opens_at_its_own_determiner(text, speaker):
    sts = [s for s in DE.extract(text).statements if s.cue and s.cue.text in ("nach", "zufolge")]
    assert sts, text
    assert sts[0].speaker.text == speaker


def test_weak_cue_before_a_relative_clause_reports_nothing():
    text = ("Die Analyse zeigt eine direkte Verbindung zwischen der Zahl der Zigaretten, die im Laufe "
            "des Lebens geraucht wurden, und der Zahl der Mutationen.")
    assert DE.extract(text).statements == []


@pytest.mark.parametrize("text,cue,part", [
    ("Am Montag stellte Peter Maier, Präsident des Alpenvereins (DAV), fest, dass die Hütten voll seien.", "stellte", "fest"),
    ("Am Montag teilte Anna Berg, die Sprecherin der Polizei, mit, dass niemand verletzt wurde.", "teilte", "mit"),
])
def test_particle_after_an_inverted_speaker_with_apposition(text, cue, part):
    st = _one(text, cue)
    assert [p.text for p in st.cue_parts] == [part]
    assert st.content.text == text.split(", ", 2)[-1].split(", ", 1)[-1].rstrip(".")


def test_adjective_bekannte_is_no_cue():
    assert DE.extract("Die Laudatio hielt die bekannte Feministin Anna Berg.").statements == []


@pytest.mark.parametrize("text,cue,speaker", [
    ("Anwesend war auch der frühere Minister, der der Regierung vorwarf, die Bürger zu belügen.", "vorwarf", "der"),
    ("Anwesend war auch der frühere Minister, der alle Bürger aufforderte, wählen zu gehen.", "aufforderte", "der"),
    ("Anwesend war auch die Ministerin, die ihren Kollegen vorwarf, zu spät zu handeln.", "vorwarf", "die"),
])
def test_relative_pronoun_alone_speaks_in_its_clause(text, cue, speaker):
    assert _one(text, cue).speaker.text == speaker


def test_apposition_after_a_comma_keeps_its_noun():
    st = _one("Maier, der Leiter der Behörde, sagte, die Wahl sei gefälscht.", "sagte")
    assert st.speaker.text == "Maier, der Leiter der Behörde"


@pytest.mark.parametrize("text,cue,part", [
    ("Die Polizei geht nach ersten Ermittlungen davon aus, dass der Brand gelegt wurde.", "geht", "davon aus"),
    ("Der Arzt wies die Patienten darauf hin, dass die Praxis geschlossen bleibt.", "wies", "darauf hin"),
    ("Die Gewerkschaft forderte ihre Mitglieder dazu auf, am Freitag zu streiken.", "forderte", "dazu auf"),
])
def test_pronominal_adverb_joins_the_particle_part(text, cue, part):
    assert [p.text for p in _one(text, cue).cue_parts] == [part]
