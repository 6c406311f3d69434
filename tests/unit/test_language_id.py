"""Language identification: accuracy on real news, honesty on what cannot be judged."""

import json
from pathlib import Path

import pytest

from streams.engine import default_engine

REALNEWS = Path(__file__).resolve().parents[3] / "shared" / "realnews"
IDENTIFY = default_engine().identifier.identify


@pytest.mark.skipif(not REALNEWS.is_dir(), reason="shared/realnews not beside the checkout")
def test_accuracy_on_realnews():
    hits = {"article": [0, 0], "sentence": [0, 0]}
    for path in REALNEWS.glob("*.jsonl"):
        kind = "sentence" if "sentences" in path.stem else "article"
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            hits[kind][0] += IDENTIFY(rec["text"]).code == rec["lang"]
            hits[kind][1] += 1
    assert hits["article"][0] / hits["article"][1] >= 0.99, hits
    assert hits["sentence"][0] / hits["sentence"][1] >= 0.96, hits


@pytest.mark.parametrize("text", ["", "   ", "ok", "12:30", "!!!", "\u200b\u200b"])
def test_too_short_is_said_not_guessed(text):
    info = IDENTIFY(text)
    assert info.status == "too_short" and info.code == "und" and not info.supported


def test_many_languages_are_identified():
    samples = {
        "pt": "O governo brasileiro anunciou hoje novas medidas para a economia do país.",
        "it": "Il governo italiano ha annunciato oggi nuove misure per l'economia del paese.",
        "pl": "Rząd polski ogłosił dzisiaj nowe środki dla gospodarki kraju.",
        "tr": "Türk hükümeti bugün ülke ekonomisi için yeni önlemler açıkladı.",
        "ko": "한국 정부는 오늘 국가 경제를 위한 새로운 조치를 발표했다.",
        "fi": "Suomen hallitus ilmoitti tänään uusista toimista maan talouden tukemiseksi.",
    }
    for code, text in samples.items():
        info = IDENTIFY(text)
        assert info.code == code, (code, info)
        assert info.status in ("ok", "unsupported")


def test_confusable_pairs():
    assert IDENTIFY("Уряд України заявив про нові заходи щодо підтримки економіки країни.").code == "uk"
    assert IDENTIFY("Правительство России объявило о новых мерах поддержки экономики страны.").code == "ru"
    assert IDENTIFY("Германия и Италия отправят корабли на Балтику.").code == "ru"
    assert IDENTIFY("Турция и Греция направят войска на Кипр.").code == "ru"  # lingua alone: bg
    # Bulgarian is not supported: said so, not read as Russian because it writes ъ
    assert IDENTIFY("Министър-председателят заяви, че България ще изпрати войници.").code == "bg"
    assert IDENTIFY("Великобритания и Норвегия изпратиха войски в Естония.").code == "bg"
    assert IDENTIFY("日本政府は本日、経済対策を発表した。").code == "ja"
    assert IDENTIFY("中国政府今天宣布了新的经济措施。").code == "zh"


def test_mixed_article_is_reported():
    english = "The government announced new measures to support the economy of the country today. " * 6
    german = "Die Regierung hat heute neue Maßnahmen zur Unterstützung der Wirtschaft des Landes angekündigt. " * 6
    info = IDENTIFY(english + "\n\n" + german)
    assert info.status == "mixed", info
    assert {c.code for c in info.candidates} >= {"en", "de"}


# Short headline-like sentences full of names, our own writing: lid.176 reads many Czech ones as
# Hungarian, Croatian or Italian (19 of 36 and 17 of 20 right before [identification] evidence).
SHORT_CZECH = [
    'Írán dal Izraeli ultimátum.',
    'Orbán kritizoval Brusel.',
    'Szijjártó odletěl do Moskvy.',
    'Írán pohrozil Izraeli.',
    'Maďarsko vetovalo pomoc.',
    'Orbán jednal s Putinem.',
    'Budapešť odmítla sankce.',
    'Izrael napadl Írán.',
    'Erdogan varoval Athény.',
    'Lavrov přijel do Budapešti.',
    'Orbán blokuje Ukrajinu.',
    'Tusk kritizoval Orbána.',
    'Írán vyhrožuje Izraeli.',
    'Sýrie obvinila Izrael.',
    'Ankara varovala Damašek.',
    'Irák dal Kuvajtu lhůtu.',
    'Maduro vyhrožoval Guyaně.',
    'Kim Čong-un odpálil rakety.',
    'Pašinjan navštívil Baku.',
    'Alijev odmítl mír.',
    'Izrael dal Hamásu ultimátum.',
    'Teherán dal Washingtonu lhůtu.',
    'Orbán podpořil Trumpa.',
    'Moskva poslala vojáky.',
    'Írán a Izrael si vyměnili údery.',
    'Orbán a Fico jednali.',
    'Trump dal Íránu lhůtu.',
    'Hamás odmítl ultimátum.',
    'Izraelská armáda útočí.',
    'Ficova vláda mlčí.',
    'Szijjártó je v Minsku.',
    'Orbán se sešel s Erdoganem.',
    'Irán hrozí Izraeli odvetou.',
    'Kijev odmítl Orbánův plán.',
    'Budapešť varuje Kyjev.',
    'Írán varoval Izrael, že odpoví.',
    'Netanjahu odmítl příměří.',
    'Rusko zaútočilo na Charkov.',
    'Polsko posílá tanky.',
    'Lukašenko hrozí Litvě.',
    'Biden podpořil Izrael.',
    'Írán zadržel tanker.',
    'Orbán ocenil Trumpa.',
    'Čína varovala Tchaj-wan.',
    'Zelenskyj žádá zbraně.',
    'Turecko napadlo Kurdy.',
    'Hizballáh ostřeloval sever.',
    'Macron kritizoval Orbána.',
    'Erdogan přijal Netanjahua.',
    'Srbsko zvedlo pohotovost.',
    'Kosovo obvinilo Bělehrad.',
    'Ázerbájdžán zaútočil.',
    'Sýrie hrozí Turecku.',
    'Lavrov obvinil Západ.',
    'Babiš podpořil Orbána.',
    'Varšava vyzbrojuje armádu.',
]
SHORT_HUNGARIAN = [
    'Irán ultimátumot adott Izraelnek.',
    'Orbán bírálta Brüsszelt.',
    'Szijjártó Moszkvába repült.',
    'Irán megfenyegette Izraelt.',
    'Csehország elutasította a tervet.',
    'Fiala Budapestre érkezett.',
    'Babiš bírálta Brüsszelt.',
    'Izrael megtámadta Iránt.',
    'Erdoğan figyelmeztette Athént.',
    'Lavrov Budapestre látogatott.',
    'Dvořák nyilatkozott.',
    'Zelenszkij Prágába utazott.',
    'Fico támogatta Orbánt.',
    'Szíria vádolta Izraelt.',
    'Ankara figyelmeztette Damaszkuszt.',
    'Irak határidőt adott Kuvaitnak.',
    'Maduro megfenyegette Guyanát.',
    'Putyin csapatokat küldött.',
    'Pasinján Bakuba látogatott.',
    'Alijev elutasította a békét.',
    'Izrael ultimátumot adott a Hamásznak.',
    'Teherán határidőt szabott.',
    'Orbán támogatta Trumpot.',
    'Moszkva katonákat küldött.',
    'Babiš és Orbán tárgyalt.',
    'Trump határidőt adott Iránnak.',
    'A Hamász elutasította az ultimátumot.',
    'Šefčovič Budapesten tárgyalt.',
    'Pavel cseh elnök Budapestre jött.',
    'Lipavský bírálta Moszkvát.',
    'Řezáč Budapesten járt.',
    'Irán és Izrael tárgyal.',
    'Orbán Fiala kormányát bírálta.',
    'Kijev elutasította a tervet.',
    'Budapest figyelmezteti Kijevet.',
    'Irán azt mondta, hogy válaszol.',
    'Netanjahu elutasította a tűzszünetet.',
    'Oroszország megtámadta Harkivot.',
    'Lengyelország tankokat küld.',
    'Lukasenka megfenyegette Litvániát.',
    'Biden támogatja Izraelt.',
    'Irán lefoglalt egy tankert.',
    'Orbán dicsérte Trumpot.',
    'Kína figyelmeztette Tajvant.',
    'Zelenszkij fegyvereket kér.',
    'Törökország megtámadta a kurdokat.',
    'A Hezbollah lőtte északot.',
    'Macron bírálta Orbánt.',
    'Erdoğan fogadta Netanjahut.',
    'Szerbia riadókészültséget rendelt el.',
    'Koszovó vádolta Belgrádot.',
    'Azerbajdzsán támadást indított.',
    'Szíria megfenyegette Törökországot.',
    'Lavrov vádolta a Nyugatot.',
    'Babiš támogatta Orbánt.',
    'Varsó felfegyverzi a hadsereget.',
]


def test_short_czech_and_hungarian_sentences_with_names():
    """An unsure vote goes to the language with clearly more evidence (own letters ě ř ů / ő ű,
    function words, words its lexicons know); one sign alone (ř in "Dvořák") never decides.
    Measured: Czech 51 of 56, Hungarian 56 of 56."""
    czech = [IDENTIFY(text).code for text in SHORT_CZECH]
    hungarian = [IDENTIFY(text).code for text in SHORT_HUNGARIAN]
    assert czech and hungarian
    assert czech.count("cs") / len(czech) >= 0.88, list(zip(SHORT_CZECH, czech))
    assert hungarian.count("hu") == len(hungarian), list(zip(SHORT_HUNGARIAN, hungarian))
    # the case that was reported: a Czech ultimatum between two states with Hungarian-looking names
    assert IDENTIFY("Írán dal Izraeli ultimátum.").code == "cs"
