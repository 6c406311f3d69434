"""Arabic: verb-initial statements, clitics and events from our own example sentences."""

import pytest

from schemas import Article
from streams.engine import default_engine

ENGINE = default_engine()


def extract(text: str):
    result = ENGINE.extract(Article(id="ar", text=text))
    assert result.language.code == "ar"
    return result


def events(text: str, kind: str):
    return [e for e in extract(text).events if e.type == kind]


def test_verb_initial_statement_with_clitic_cue():
    text = "وقال المتحدث باسم وزارة الدفاع التركية إن أنقرة سترد بحزم على أي اعتداء على حدودها."
    (st,) = extract(text).statements
    assert st.cue.text == "قال"  # the clitic و is not part of the cue
    assert st.speaker.text == "المتحدث باسم وزارة الدفاع التركية"
    assert st.speaker_actor.country == "TUR"
    assert st.content.text == "أنقرة سترد بحزم على أي اعتداء على حدودها"
    (w,) = events(text, "warning")
    assert w.source.country == "TUR"


def test_opening_phrase_and_adjunct_before_complementizer():
    text = "من جهته، أكد وزير الخارجية المصري في مؤتمر صحفي أن بلاده لن تسمح بتهديد أمنها المائي."
    (st,) = extract(text).statements
    assert st.speaker.text == "وزير الخارجية المصري"
    assert st.speaker_actor.country == "EGY"
    assert st.content.text.startswith("بلاده لن تسمح")


def test_subject_verb_order():
    text = "وزير الدفاع البريطاني قال إن لندن ستنشر مزيدا من القوات في إستونيا."
    (st,) = extract(text).statements
    assert st.speaker_actor.country == "GBR"
    (d,) = events(text, "deployment")
    assert d.location is not None and d.location.code == "EST"


def test_according_to_before_the_source():
    text = "وبحسب وزارة الدفاع، أرسل الجيش تعزيزات عسكرية إلى المنطقة الحدودية."
    st = next(s for s in extract(text).statements if s.kind == "according_to")
    assert st.speaker.text == "وزارة الدفاع"
    assert events(text, "deployment")


def test_forces_owner_is_the_adjective_after_them():
    (d,) = events("أعلنت موسكو نشر الصواريخ الأمريكية في ألمانيا تهديدا مباشرا لأمنها.", "deployment")
    assert d.source.country == "USA"


def test_summoning_ambassador_source_after_the_verb():
    (w,) = events("استدعت وزارة الخارجية الكويتية السفير العراقي احتجاجا على التصريحات.", "warning")
    assert w.source.country == "KWT"
    assert w.target.country == "IRQ"


def test_clitic_and_contracted_article_on_country_names():
    result = extract("وقدمت واشنطن دعما عسكريا للصين وبالصين وللولايات المتحدة في إطار تحالف عسكري جديد.")
    (a,) = [e for e in result.events if e.type == "alliance"]
    assert a.source is not None


def test_joint_exercise():
    (a,) = events("وتجري القوات البحرية الإيرانية والروسية مناورات مشتركة في خليج عمان الأسبوع المقبل.", "alliance")
    assert {a.source.country, a.target.country} == {"IRN", "RUS"}


def test_denied_deployment():
    (d,) = events("ونفى الكرملين وجود أي خطط لنشر قوات روسية في مولدوفا.", "deployment")
    assert d.modality == "denied"


def test_will_not_allow_is_not_negated():
    (w,) = events("وقال الرئيس الإيراني إن طهران لن تسمح لأي دولة بتهديد أمنها القومي.", "warning")
    assert w.modality != "negated"


@pytest.mark.parametrize("text", [
    "انتشرت قوات الأمن في الشوارع بعد أن تظاهر آلاف المحتجين أمام البرلمان.",   # policing a protest
    "نشرت الصحيفة تقريرا مطولا عن أزمة الكهرباء في المدينة.",                   # نشر = publish
    "أصيب ثلاثة أشخاص في حادث سير على الطريق الدولي.",                           # traffic accident
    "قتل جنديان في هجوم استهدف قوات التحالف قرب العاصمة.",                       # coalition as a name
    "وقع البلدان اتفاقية لتعزيز التعاون التجاري والسياحي.",                     # trade cooperation
])
def test_conflict_and_ordinary_news_has_no_event(text):
    assert extract(text).events == []
