"""Japanese: verb-final statements and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe

JA = LanguageProbe("ja", hint=False)


def test_topic_speaker_quote_and_verb_final_cue():
    text = "ロシア外務省のザハロワ報道官は２日、「日本が米国のミサイル配備を認めれば、対抗措置を取る」と警告した。"
    (st,) = JA.extract(text).statements
    assert st.speaker.text == "ロシア外務省のザハロワ報道官"
    assert st.speaker_actor.country == "RUS"
    assert st.cue.text.startswith("と警告")
    assert st.kind == "direct"
    assert st.content.text == "日本が米国のミサイル配備を認めれば、対抗措置を取る"
    (w,) = JA.events(text, "warning")
    assert w.source.country == "RUS" and w.modality == "asserted"  # issued conditional threat (EVENTS.md)
    (d,) = JA.events(text, "deployment")
    assert d.modality == "conditional"


def test_speaker_marker_in_quote_or_after_de_is_skipped():
    text = "会見では、防衛相が「南西諸島の守りは重要だ」と強調した。"
    (st,) = JA.extract(text).statements
    assert st.speaker.text == "防衛相"


def test_according_to_after_the_source():
    text = "共同通信によると、政府は来年度に護衛艦を追加で派遣する方針を固めた。"
    st = next(s for s in JA.extract(text).statements if s.kind == "according_to")
    assert st.speaker.text == "共同通信"
    assert st.cue.text == "によると"
    assert st.content.text.startswith("政府は来年度")
    (d,) = JA.events(text, "deployment")
    assert d.modality == "planned"


def test_us_forces_compound_and_place_before_verb():
    (d,) = JA.events("米軍は最新鋭の戦闘機を韓国に配備した。", "deployment")
    assert d.source.country == "USA"
    assert d.location is not None and d.location.code == "KOR"
    assert d.modality == "asserted"


def test_negated_deployment_follows_the_verb():
    (d,) = JA.events("政府は自衛隊を中東に派遣しない方針だ。", "deployment")
    assert d.modality == "negated"


def test_joint_exercise_parties_from_abbreviations():
    (a,) = JA.events("日米韓の3カ国は来週、日本海で共同訓練を実施する予定だ。", "alliance")
    assert {a.source.country, a.target.country} <= {"JPN", "USA", "KOR"}
    assert a.modality == "planned"


def test_summoned_ambassador():
    (w,) = JA.events("外務省は中国の駐日大使を呼び、厳重に抗議した。", "warning")
    assert w.target.country == "CHN"


@pytest.mark.parametrize("text", [
    "新米の収穫が今年も始まり、農家は忙しい日々を送っている。",       # 米 = rice
    "地震で被災した地域に自治体が救援物資を輸送した。",               # relief goods
    "人気タレントの熱愛報道がネット上で話題になっている。",           # gossip
    "タイムセールでシリアルが半額になった。",                         # タイ, シリア inside words
    "核拡散防止条約の再検討会議が国連本部で開かれた。",               # arms control treaty
])
def test_ordinary_news_has_no_event(text):
    assert JA.extract(text).events == []


def test_rice_is_not_the_united_states():
    result = JA.extract("新米の価格が上がり、米農家の収入が増えた。")
    assert all(s.speaker_actor is None or s.speaker_actor.country != "USA" for s in result.statements)


# --- precision pass: headlines ending in 〜へ are planned; Sea of Japan ------------------------------

def test_headline_he_is_planned():
    ev = [e for e in JA.extract("米軍、沖縄に新型ミサイル部隊配備へ").events if e.type == "deployment"]
    assert ev and ev[0].modality == "planned" and ev[0].source.country == "USA"
    ev = [e for e in JA.extract("日米、防衛協力強化へ").events if e.type == "alliance"]
    assert ev and ev[0].modality == "planned"
    ev = [e for e in JA.extract("政府は自衛隊を南スーダンへ派遣した。").events if e.type == "deployment"]
    assert ev and ev[0].modality == "asserted"


def test_sea_of_japan_is_not_japan():
    r = JA.extract("ロシア海軍の艦艇が日本海で演習を行った。")
    assert all(e.source is None or e.source.country != "JPN" for e in r.events)
    assert all(e.target is None or e.target.country != "JPN" for e in r.events)


def test_named_threat_or_retaliation_is_no_warning():
    assert not [e for e in JA.extract("中国人が尖閣諸島に上陸した報復として、日本人が上陸した。").events if e.type == "warning"]
    assert not [e for e in JA.extract("政府は北朝鮮の脅威に備えて防衛力を強化する。").events if e.type == "warning"]
    ev = [e for e in JA.extract("北朝鮮は韓国に対し報復すると警告した。").events if e.type == "warning"]
    assert ev and ev[0].source.country == "PRK" and ev[0].target.country == "KOR"
