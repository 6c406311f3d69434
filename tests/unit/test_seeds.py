"""The seed articles must yield the events the product is built around."""

from pathlib import Path

import pytest

from schemas import Article
from streams.engine import default_engine

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the checkout")


def _events(name: str):
    result = default_engine().extract(Article(id=name, text=(SEEDS / name).read_text()))
    return result


def _has(events, type_, *, source=None, target=None, location=None, modality=None, partners=None):
    for e in events:
        if e.type != type_:
            continue
        if source and (e.source is None or e.source.country != source and e.source.code != source):
            continue
        if target and (e.target is None or target not in (e.target.country, e.target.code)):
            continue
        if location and (e.location is None or e.location.code != location):
            continue
        if modality and e.modality not in modality:
            continue
        if partners and not set(partners) <= {p.country or p.code for p in e.partners}:
            continue
        return e
    return None


def test_english_seed():
    result = _events("en-russia-warns-us-missiles-japan.txt")
    assert result.language.code == "en"
    ev = result.events
    # an issued threat is asserted even when its content is conditional (EVENTS.md)
    warning = _has(ev, "warning", source="RUS", modality={"asserted"})
    assert warning, "warning by Russia"
    assert _has(ev, "deployment", source="USA", location="JPN", modality={"planned"}), "planned US deployment to Japan"
    assert _has(ev, "deployment", source="RUS", modality={"conditional", "hypothetical"}), "conditional Russian deployment"
    assert _has(ev, "alliance", partners=["JPN", "USA"]), "Japan-US alliance"
    speakers = {s.speaker_actor.name for s in result.statements if s.speaker_actor}
    assert "Maria Zakharova" in speakers
    zakharova = next(s for s in result.statements if s.speaker_actor and s.speaker_actor.name == "Maria Zakharova")
    assert zakharova.speaker_actor.country == "RUS"


def test_spans_point_into_text():
    name = "en-russia-warns-us-missiles-japan.txt"
    text = (SEEDS / name).read_text()
    result = _events(name)
    for st in result.statements:
        for span in (st.speaker, st.cue, st.content):
            assert text[span.start:span.end] == span.text
    for e in result.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_hungarian_seed():
    result = _events("hu-china-russia-northeast-asia.txt")
    assert result.language.code == "hu"
    ev = result.events
    alliances = [e for e in ev if e.type == "alliance" and {"CHN", "RUS"} <= {p.country or p.code for p in e.partners}]
    assert any("partnerség" in e.trigger.text for e in alliances), "China-Russia 'korlátlan' partnership"
    assert any("együttműködés" in e.trigger.text or "gyakorlat" in e.trigger.text for e in alliances), \
        "China-Russia military cooperation (Northern/Interaction-2023)"
    warning = _has(ev, "warning", source="RUS", target="JPN")
    assert warning and warning.plover == "ACCUSE", "Russian foreign ministry summoned the Japanese ambassador"
    deployment = _has(ev, "deployment", source="USA", location="UKR", modality={"hypothetical"})
    assert deployment, "hypothetical US troop deployment to western Ukraine"
    assert "Biden" in deployment.source.mention.text or deployment.source.country == "USA"
    assert "Ukrajnába" in deployment.location.mention.text
