"""Arabic: verb-initial statements, clitics and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, events_of

AR = LanguageProbe("ar", hint=False)


def test_verb_initial_statement_with_clitic_cue():
    text = "وقال المتحدث باسم وزارة الدفاع التركية إن أنقرة سترد بحزم على أي اعتداء على حدودها."
    (st,) = AR.extract(text).statements
    assert st.cue.text == "وقال"  # the cue span covers its whole word, clitic و included (as the news gold marks it)
    assert st.speaker.text == "المتحدث باسم وزارة الدفاع التركية"
    assert st.speaker_actor.country == "TUR"
    assert st.content.text == "أنقرة سترد بحزم على أي اعتداء على حدودها"
    (w,) = AR.events(text, "warning")
    assert w.source.country == "TUR"


def test_opening_phrase_and_adjunct_before_complementizer():
    text = "من جهته، أكد وزير الخارجية المصري في مؤتمر صحفي أن بلاده لن تسمح بتهديد أمنها المائي."
    (st,) = AR.extract(text).statements
    assert st.speaker.text == "وزير الخارجية المصري"
    assert st.speaker_actor.country == "EGY"
    assert st.content.text.startswith("بلاده لن تسمح")


def test_subject_verb_order():
    text = "وزير الدفاع البريطاني قال إن لندن ستنشر مزيدا من القوات في إستونيا."
    (st,) = AR.extract(text).statements
    assert st.speaker_actor.country == "GBR"
    (d,) = AR.events(text, "deployment")
    assert d.location is not None and d.location.code == "EST"


def test_according_to_before_the_source():
    text = "وبحسب وزارة الدفاع، أرسل الجيش تعزيزات عسكرية إلى المنطقة الحدودية."
    st = next(s for s in AR.extract(text).statements if s.kind == "according_to")
    assert st.speaker.text == "وزارة الدفاع"
    assert AR.events(text, "deployment")


def test_forces_owner_is_the_adjective_after_them():
    (d,) = AR.events("أعلنت موسكو نشر الصواريخ الأمريكية في ألمانيا تهديدا مباشرا لأمنها.", "deployment")
    assert d.source.country == "USA"


def test_summoning_ambassador_source_after_the_verb():
    (w,) = AR.events("استدعت وزارة الخارجية الكويتية السفير العراقي احتجاجا على التصريحات.", "warning")
    assert w.source.country == "KWT"
    assert w.target.country == "IRQ"


def test_clitic_and_contracted_article_on_country_names():
    result = AR.extract("وقدمت واشنطن دعما عسكريا للصين وبالصين وللولايات المتحدة في إطار تحالف عسكري جديد.")
    (a,) = events_of(result, "alliance")
    assert a.source is not None


def test_joint_exercise():
    (a,) = AR.events("وتجري القوات البحرية الإيرانية والروسية مناورات مشتركة في خليج عمان الأسبوع المقبل.", "alliance")
    assert {a.source.country, a.target.country} == {"IRN", "RUS"}


def test_denied_deployment():
    (d,) = AR.events("ونفى الكرملين وجود أي خطط لنشر قوات روسية في مولدوفا.", "deployment")
    assert d.modality == "denied"


def test_will_not_allow_is_not_negated():
    (w,) = AR.events("وقال الرئيس الإيراني إن طهران لن تسمح لأي دولة بتهديد أمنها القومي.", "warning")
    assert w.modality != "negated"


@pytest.mark.parametrize("text", [
    "انتشرت قوات الأمن في الشوارع بعد أن تظاهر آلاف المحتجين أمام البرلمان.",   # policing a protest
    "نشرت الصحيفة تقريرا مطولا عن أزمة الكهرباء في المدينة.",                   # نشر = publish
    "أصيب ثلاثة أشخاص في حادث سير على الطريق الدولي.",                           # traffic accident
    "قتل جنديان في هجوم استهدف قوات التحالف قرب العاصمة.",                       # coalition as a name
    "وقع البلدان اتفاقية لتعزيز التعاون التجاري والسياحي.",                     # trade cooperation
])
def test_conflict_and_ordinary_news_has_no_event(text):
    assert AR.extract(text).events == []


# --- precision pass: the future prefix س makes a plan; Sea of Japan ---------------------------------

def test_future_prefix_is_planned():
    [ev] = events_of(AR.extract("قالت وزارة الدفاع الروسية إن روسيا ستنشر صواريخ في بيلاروسيا."), "deployment")
    assert ev.modality == "planned" and ev.source.country == "RUS" and ev.location.code == "BLR"
    [ev] = events_of(AR.extract("وأعلنت واشنطن أنها سترسل قوات إضافية إلى بولندا."), "deployment")
    assert ev.modality == "planned"
    [ev] = events_of(AR.extract("نشرت روسيا صواريخ في بيلاروسيا."), "deployment")
    assert ev.modality == "asserted"


def test_sea_name_is_no_party():
    r = AR.extract("أرسلت الولايات المتحدة سفنا حربية إلى بحر الصين الجنوبي.")
    assert all(e.source is None or e.source.country != "CHN" for e in r.events)
    assert all(e.location is None or e.location.code != "CHN" for e in r.events)
