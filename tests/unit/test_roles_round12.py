"""Round 12, who did what to whom: own sentences for clause patterns the roles got wrong (each test first
asserts that the events exist)."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, assert_event, code

EN, DE, ES, AR = (LanguageProbe(c) for c in ("en", "de", "es", "ar"))


@pytest.mark.parametrize("text, source, target", [
    # es personal "a" marks whom one warns; the parse's reading of "a" as a destination does not make it a place
    ("El Kremlin advirtió a Finlandia que no se una a la OTAN.", "RUS", "FIN"),
    ("Rusia advirtió a Polonia que no despliegue misiles estadounidenses en su territorio.", "RUS", "POL"),
    ("China advirtió a Japón que no envíe buques de guerra al estrecho de Taiwán.", "CHN", "JPN"),
    ("Pekín advertirá a Filipinas que no permita el despliegue de tropas estadounidenses.", "CHN", "PHL"),
    ("Moscú ha advertido a Suecia de que su ingreso en la OTAN tendrá consecuencias.", "RUS", "SWE"),
])
def test_es_warned_party_after_personal_a(text, source, target):
    assert_event(ES, text, "warning", source, target)


def test_es_addressee_of_a_warning_acts_in_what_it_was_told_not_to_do():
    # "que no envíe": the subject left out of what was said to Japan is Japan, not the warner
    ev = ES.first_event("China advirtió a Japón que no envíe buques de guerra al estrecho de Taiwán.", "deployment")
    assert code(ev.source) == "JPN", code(ev.source)


@pytest.mark.parametrize("text", [
    "China warnte Japan nicht vor einer Entsendung von Kriegsschiffen.",
    "Russland warnte Japan nicht vor Konsequenzen.",
    "Russland hat Japan nicht vor Konsequenzen gewarnt.",
    "Die Regierung in Moskau warnt Polen nicht vor einer Antwort.",
])
def test_de_negated_warning_in_the_addressee_phrase(text):
    ev = DE.first_event(text, "warning")
    assert ev.modality == "negated", (text, ev.modality)


@pytest.mark.parametrize("text", [
    "Russland warnte Japan, sich nicht einzumischen.",
    "Moskau warnte den Westen davor, nicht zu reagieren, wenn Russland angegriffen werde.",
])
def test_de_negation_in_what_was_warned_keeps_the_warning(text):
    assert DE.first_event(text, "warning").modality == "asserted", text


@pytest.mark.parametrize("text, place", [
    ("Russia warned Poland against deploying missiles on its territory.", "POL"),  # its own: the warned party's
    ("Moscow warned Warsaw against deploying American missiles.", None),
    ("The Kremlin warned Helsinki against stationing troops on its soil.", "FIN"),
])
def test_en_the_warner_is_not_where_the_warned_party_deploys(text, place):
    ev = EN.first_event(text, "deployment")
    assert ev.modality == "hypothetical", ev.modality
    assert (ev.location.code if ev.location else None) == place, (text, ev.location)


def test_en_an_accuser_may_be_the_place():
    # no warned_against word: the possessive still points at the accuser's own territory
    assert_event(EN, "Iran accused Britain of sending special forces into its territory.", "deployment", "GBR", "IRN")


@pytest.mark.parametrize("text, kind, source, other", [
    ("حذرت روسيا فنلندا من الانضمام إلى حلف الناتو.", "alliance", "FIN", "NATO"),
    ("حذر الكرملين السويد من الانضمام إلى حلف شمال الأطلسي.", "alliance", "SWE", "NATO"),
    ("حذرت روسيا بولندا من نشر صواريخ أمريكية على أراضيها.", "deployment", "USA", "POL"),
    ("وحذرت الصين اليابان من إرسال سفن حربية إلى مضيق تايوان.", "deployment", "JPN", None),
    ("حذرت موسكو واشنطن من تزويد أوكرانيا بصواريخ بعيدة المدى.", "alliance", "USA", "UKR"),
])
def test_ar_act_warned_against_is_hypothetical(text, kind, source, other):
    assert AR.first_event(text, "warning").modality == "asserted"  # the warning exists, issued
    assert_event(AR, text, kind, source, other, modality="hypothetical")


def test_ar_warned_that_is_no_act_warned_against():
    # "حذر من أن …" is "warned that …": what follows is reported, it keeps its modality
    text = "حذرت روسيا من أن الولايات المتحدة أرسلت قوات إلى بولندا."
    assert_event(AR, text, "deployment", "USA", "POL", modality="asserted")


HU, FR, RU = (LanguageProbe(c) for c in ("hu", "fr", "ru"))


@pytest.mark.parametrize("probe, text, giver, receiver", [
    # a noun of giving as the object of a verb of receiving: the origin gives, the subject receives
    (DE, "Armenien erhielt Waffenlieferungen aus Russland.", "RUS", "ARM"),
    (DE, "Die Ukraine hat Militärhilfe von den USA erhalten.", "USA", "UKR"),
    (DE, "Serbien bekommt Rüstungslieferungen von China.", "CHN", "SRB"),
    (HU, "Örményország fegyverszállítmányokat kapott Oroszországtól.", "RUS", "ARM"),
    (HU, "Ukrajna katonai segítséget kapna az Egyesült Államoktól.", "USA", "UKR"),
    (HU, "Szerbia katonai támogatást kap Kínától.", "CHN", "SRB"),
    (FR, "L'Arménie a reçu des livraisons d'armes de la Russie.", "RUS", "ARM"),
    (RU, "Армения получила поставки оружия от России.", "RUS", "ARM"),
])
def test_giving_noun_received_from_its_giver(probe, text, giver, receiver):
    assert_event(probe, text, "alliance", giver, receiver)


@pytest.mark.parametrize("probe, text, giver, receiver", [
    # no verb of receiving: the subject gives
    (DE, "Russland kündigte Waffenlieferungen an Armenien an.", "RUS", "ARM"),
    (HU, "Oroszország fegyverszállítmányokat küldött Örményországnak.", "RUS", "ARM"),
])
def test_giving_noun_without_receiving_keeps_the_subject_as_giver(probe, text, giver, receiver):
    assert_event(probe, text, "alliance", giver, receiver)


@pytest.mark.parametrize("text, kind, source, other", [
    # German commas close no comma part: a party in a fronted adjunct phrase is no subject, the subject follows the verb
    ("Nach Gesprächen mit Japan schickten die USA zwei Zerstörer in die Philippinen.", "deployment", "USA", "PHL"),
    ("Nach einem Treffen mit Polen hat Deutschland weitere Soldaten nach Litauen verlegt.", "deployment", "DEU", "LTU"),
    ("Nach Gesprächen mit China drohte Russland den USA mit Vergeltung.", "warning", "RUS", "USA"),
    ("Trotz der Proteste gegenüber Peking schickt Australien eine Fregatte ins Südchinesische Meer.", "deployment", "AUS", None),
])
def test_de_party_in_a_fronted_adjunct_is_no_subject(text, kind, source, other):
    assert_event(DE, text, kind, source, other)


def test_de_party_after_mit_still_makes_the_threat_specific():
    # "mit" after a warning verb names the consequence; the addressee stays the one warned
    assert_event(DE, "Russland drohte Polen mit Gegenmaßnahmen.", "warning", "RUS", "POL")


RU, UK, CS = (LanguageProbe(c) for c in ("ru", "uk", "cs"))


@pytest.mark.parametrize("probe, text", [
    # a capital after a place preposition, then a person: two phrases, the person is not that city's official
    (RU, "Во время визита в Варшаву Лавров пригрозил Польше ответными мерами."),
    (UK, "Під час візиту до Варшави Лавров пригрозив Польщі заходами у відповідь."),
    (RU, "Находясь в Варшаве Лавров пригрозил Польше ответными мерами."),
])
def test_person_after_a_marked_place_is_not_its_official(probe, text):
    assert_event(probe, text, "warning", "RUS", "POL")


def test_place_genitive_before_a_person_still_names_the_official():
    # "России Сергей Лавров": no preposition before the country, one compound (Russia's minister)
    assert_event(RU, "Министр иностранных дел России Сергей Лавров пригрозил Польше ответными мерами.", "warning", "RUS", "POL")


@pytest.mark.parametrize("text, kind, source, other", [
    # verb-initial: the speaker phrase ends at the office, its place after it stays in one compound mention; that
    # compound's party speaks for what was said
    ("قالت وزارة الخارجية في بكين إن الحكومة سترد على أي استفزاز من اليابان.", "warning", "CHN", "JPN"),
    ("أعلنت وزارة الدفاع في موسكو أن الجيش سيرسل قوات إضافية إلى بيلاروسيا.", "deployment", "RUS", "BLR"),
    ("قالت وزارة الخارجية في الكويت إنها استدعت سفيرها في طهران احتجاجا على التصريحات.", "warning", "KWT", "IRN"),
])
def test_ar_office_with_its_seat_speaks(text, kind, source, other):
    assert_event(AR, text, kind, source, other)


@pytest.mark.parametrize("probe, text, source, target", [
    # a named state that opens the trigger's own clause inside what was said makes the threat, also where that clause
    # is subordinate ("…, wenn die USA …") and the trigger a noun object ("Sanktionen androhen"); the speaker reports it
    (DE, "Der Wirtschaftsverband der deutschen Industrie erklärte, es sei inakzeptabel, wenn die USA deutschen Firmen "
         "Sanktionen androhen.", "USA", "DEU"),
    (DE, "Ein Sprecher des polnischen Außenministeriums sagte, es sei bedauerlich, dass Russland Litauen Sanktionen "
         "androhe.", "RUS", "LTU"),
])
def test_named_state_in_a_subordinate_reported_clause_threatens(probe, text, source, target):
    assert_event(probe, text, "warning", source, target)


@pytest.mark.parametrize("text, kind, source, other", [
    # object control: the party asked, urged, warned or accused does the act of the zu-infinitive clause
    ("Selenskyj forderte Deutschland auf, mehr Panzer zu liefern.", "alliance", "DEU", "UKR"),
    ("Kiew drängte Berlin, Kampfjets zu liefern.", "alliance", "DEU", "UKR"),
    ("Polen bat die USA, weitere Soldaten nach Polen zu entsenden.", "deployment", "USA", "POL"),
    ("Die Balten haben die Nato gebeten, mehr Soldaten nach Litauen zu verlegen.", "deployment", "NATO", "LTU"),
    ("Litauen hat Deutschland aufgefordert, eine Brigade dauerhaft in Litauen zu stationieren.", "deployment", "DEU", "LTU"),
    ("Die Ukraine wirft Russland vor, Truppen an der Grenze zusammenzuziehen.", "deployment", "RUS", None),
])
def test_de_object_of_a_control_verb_does_the_act(text, kind, source, other):
    assert_event(DE, text, kind, source, other)


@pytest.mark.parametrize("text, kind, source, other", [
    # subject control (threaten, promise, announce) and no object: the subject acts
    ("Deutschland versprach der Ukraine, Panzer zu liefern.", "alliance", "DEU", "UKR"),
    ("Frankreich hat angekündigt, Soldaten nach Rumänien zu schicken.", "deployment", "FRA", "ROU"),
    ("Polen forderte am Montag, Nato-Truppen dauerhaft in Polen zu stationieren.", "deployment", "NATO", "POL"),
])
def test_de_subject_control_keeps_the_subject(text, kind, source, other):
    assert_event(DE, text, kind, source, other)


@pytest.mark.parametrize("text, kind, source, other", [
    # hu: a party inside a phrase closed by an adjunct postposition ("… során", "… után", "… miatt") is no subject
    ("Varsói látogatása során Lavrov megtorlással fenyegette Lengyelországot.", "warning", "RUS", "POL"),
    ("Oroszország bejelentése után Finnország csapatokat küldött a határra.", "deployment", "FIN", None),
    ("Kína miatt az Egyesült Államok két rombolót küldött a Fülöp-szigetekre.", "deployment", "USA", None),
])
def test_hu_party_in_a_postpositional_adjunct_is_no_subject(text, kind, source, other):
    assert_event(HU, text, kind, source, other)


@pytest.mark.parametrize("probe, text", [
    # what the warned party is told not to do has not happened: hypothetical, not its refusal
    (EN, "China warned Japan not to send warships to the Taiwan Strait."),
    (ES, "China advirtió a Japón que no envíe buques de guerra al estrecho de Taiwán."),
    (DE, "China warnte Japan, keine Kriegsschiffe in die Taiwanstraße zu schicken."),
    (RU, "Китай предупредил Японию не отправлять военные корабли в Тайваньский пролив."),
])
def test_act_the_warned_party_is_told_not_to_do_is_hypothetical(probe, text):
    assert probe.first_event(text, "warning").modality == "asserted"
    assert_event(probe, text, "deployment", "JPN", modality="hypothetical")


@pytest.mark.parametrize("probe, text", [
    # the warner's own act, negated: a refusal stays negated
    (EN, "Russia warned that it would not send troops to Serbia."),
    (RU, "Россия предупредила, что не будет направлять войска в Сербию."),
])
def test_warners_own_negated_act_stays_negated(probe, text):
    assert_event(probe, text, "deployment", "RUS", "SRB", modality="negated")


def test_de_warner_is_no_fallback_place_of_what_it_warned_against():
    ev = DE.first_event("China warnte Japan, keine Kriegsschiffe in die Taiwanstraße zu schicken.", "deployment")
    assert code(ev.source) == "JPN", code(ev.source)
    assert ev.location is None or ev.location.code != "CHN", ev.location
