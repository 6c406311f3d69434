"""Chinese (simplified and traditional): statements and events from our own example sentences."""

import pytest

from tests.unit.engine_helpers import LanguageProbe

ZH = LanguageProbe("zh", hint=False)


def test_speaker_with_date_and_adjunct_before_cue():
    text = "国防部新闻发言人张晓刚20日在例行记者会上表示，任何挑衅行为都将遭到坚决回击。"
    (st,) = ZH.extract(text).statements
    assert st.speaker.text == "国防部新闻发言人张晓刚"
    assert st.cue.text == "表示"
    assert st.content.text == "任何挑衅行为都将遭到坚决回击"
    assert text[st.content.start:st.content.end] == st.content.text


def test_according_to_source_with_closing_word():
    text = "据塔斯社报道，俄罗斯将于下月在远东地区举行大规模军事演习。"
    st = next(s for s in ZH.extract(text).statements if s.kind == "according_to")
    assert st.speaker.text == "塔斯社"
    assert st.cue.text == "据"
    assert st.content.text.startswith("俄罗斯将于下月")


def test_data_is_not_according_to():
    # 数据 holds 据 but opens no attribution
    assert not [s for s in ZH.extract("统计数据显示，今年一季度出口增长百分之五。").statements if s.kind == "according_to"]


def test_postposed_quote_then_speaker():
    text = "“我们不会接受这样的安排，”王毅说。"
    (st,) = ZH.extract(text).statements
    assert st.speaker.text == "王毅" and st.kind == "direct"
    assert st.speaker_actor is not None and st.speaker_actor.country == "CHN"
    assert st.content.text == "我们不会接受这样的安排"


def test_conditional_warning_inside_statement_takes_speaker_as_source():
    text = "俄罗斯外交部发言人扎哈罗娃警告称，如果美国在日本部署中程导弹，俄方将采取对等反制措施。"
    st = ZH.extract(text).statements[0]
    assert st.speaker_actor.country == "RUS"
    (warning,) = ZH.events(text, "warning")
    assert warning.source.country == "RUS"
    assert warning.modality == "asserted"  # an issued conditional threat is asserted (EVENTS.md)
    (dep,) = ZH.events(text, "deployment")
    assert dep.source.country == "USA"
    assert dep.location is not None and dep.location.code == "JPN"
    assert dep.modality == "conditional"


def test_deployment_owner_and_place_before_verb():
    (dep,) = ZH.events("俄军计划在白俄罗斯境内部署新型导弹系统。", "deployment")
    assert dep.source.country == "RUS"
    assert dep.location.code == "BLR"
    assert dep.modality == "planned"
    assert dep.force is not None and "导弹" in dep.force.text


def test_summoning_an_ambassador_is_a_warning():
    (w,) = ZH.events("外交部副部长紧急召见菲律宾驻华大使，就南海问题提出严正交涉。", "warning")
    assert w.target.country == "PHL"


def test_joint_exercise_parties_from_compound_abbreviation():
    (a,) = ZH.events("中俄两国海军将在日本海举行联合军演。", "alliance")
    assert {a.source.country, a.target.country} == {"CHN", "RUS"}
    assert a.modality == "planned"


@pytest.mark.parametrize("text", [
    "美日兩國同意深化軍事合作，強化同盟關係。",
    "美國國防部宣布向菲律賓增派兩千名士兵。",
])
def test_traditional_characters(text):
    assert ZH.extract(text).events


def test_denied_deployment():
    (dep,) = ZH.events("国防部否认向边境地区增派部队的报道。", "deployment")
    assert dep.modality == "denied"


def test_never_tolerate_is_not_negated():
    (w,) = ZH.events("中方表示，绝不容忍任何分裂国家的行为，台湾当局必须停止挑衅。", "warning")
    assert w.modality != "negated"


def test_drone_is_not_a_negation():
    (dep,) = ZH.events("美国向波兰派遣一个无人机中队。", "deployment")
    assert dep.modality == "asserted"


@pytest.mark.parametrize("text", [
    "市消防支队调派十辆消防车赶赴火灾现场实施救援。",           # fire brigade, not forces
    "省委常委会研究部署下半年经济工作。",                         # 部署 = plan work
    "派出所民警迅速赶到现场维持秩序。",                           # police station
    "气候变化对沿海城市构成严重威胁。",                           # a threat described, not made
    "这家公司计划明年在上海部署新的数据中心。",                   # no forces
    "两国签署了自由贸易协定，将加强经贸合作。",                   # trade, not military
])
def test_ordinary_news_has_no_event(text):
    assert ZH.extract(text).events == []


# --- precision pass: "的威胁" names a threat, it does not make one; seas -------------------------------

def test_nominal_threat_is_no_warning():
    assert not [e for e in ZH.extract("美国总统说，这是一个来自网络的威胁。").events if e.type == "warning"]
    ev = [e for e in ZH.extract("朝鲜威胁对韩国采取军事行动。").events if e.type == "warning"]
    assert ev and ev[0].source.country == "PRK" and ev[0].target.country == "KOR"


def test_south_china_sea_is_no_party():
    r = ZH.extract("美国向南中国海派遣了两艘航母。")
    assert all(e.source is None or e.source.country != "CHN" for e in r.events)
