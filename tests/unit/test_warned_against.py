"""What a warning warns against has not happened (EVENTS.md modality): the act behind the language's
`events.warned_against` word in the warning's comma part is hypothetical, the warning itself asserted."""

import pytest

from tests.unit.engine_helpers import LanguageProbe, assert_event

EN, DE, FR, ES = (LanguageProbe(code) for code in ("en", "de", "fr", "es"))


@pytest.mark.parametrize("probe, text, kind", [
    (EN, "Moscow warned Helsinki against joining NATO.", "alliance"),
    (EN, "Beijing has repeatedly warned Canberra against sending warships to the South China Sea.", "deployment"),
    (DE, "Moskau warnte Stockholm davor, der Nato beizutreten.", "alliance"),
    (DE, "Der Kreml warnte Warschau vor einer Stationierung amerikanischer Raketen in Polen.", "deployment"),
    (FR, "Moscou a mis en garde Varsovie contre le déploiement de missiles américains en Pologne.", "deployment"),
    (ES, "Moscú advirtió a Helsinki contra su adhesión a la OTAN.", "alliance"),
])
def test_the_act_warned_against_is_hypothetical(probe, text, kind):
    assert_event(probe, text, "warning", "RUS" if "Mos" in text or "Kreml" in text else "CHN", modality="asserted")
    assert probe.first_event(text, kind).modality == "hypothetical", text


@pytest.mark.parametrize("probe, text, kind", [
    # no "against" between: what the warning was about happened
    (EN, "Moscow warned Washington after the United States deployed missiles to Germany.", "deployment"),
    # the word stands in another comma part: it frames something else
    (EN, "Moscow warned Poland, and against that backdrop Germany sent troops to Lithuania.", "deployment"),
])
def test_an_act_not_warned_against_keeps_its_modality(probe, text, kind):
    assert probe.first_event(text, kind).modality == "asserted", text
