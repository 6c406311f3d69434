"""Speed-ups that must not change a result: each fast path against the plain computation it replaces.

- zh/ja terms are matched on the text spelt as UTF-16 byte pairs (lexicon.Matcher._scan_pairs): the
  same matches, in the same order, as the character automaton; text outside the BMP falls back to it.
- language._profile counts scripts on bytes, language._han_kana skips the regex when no Han or kana
  can be there, language._letters subtracts the non-letter runs: the same counts as the regexes they
  replace, around every range boundary.
"""

import random

import pytest

from streams.engine import default_engine
from streams.engine import language as L
from streams.engine.text import fold


def _plain(matcher, text):
    """find() with the character automaton only (the paired one switched off)."""
    paired, matcher._auto_pairs = matcher._auto_pairs, None
    try:
        return [(m.start, m.end, m.kind, m.value) for m in matcher.find(fold(text, matcher.fold_accents), text)]
    finally:
        matcher._auto_pairs = paired


@pytest.mark.parametrize("lang,text", [
    ("zh", "俄罗斯外交部发言人警告说，如果北约向乌克兰派遣军队，莫斯科将作出回应。"),
    ("zh", "美国国防部宣布向波兰增派两千名士兵，并与德国举行联合军演。"),
    ("zh", "日本和澳大利亚签署防务合作协议 😀 中国表示反对。"),  # outside the BMP: the character automaton
    ("zh", "北约秘书长\ud83d称，将向立陶宛部署更多部队。"),  # a lone surrogate: two bytes like any other unit
    ("ja", "ロシア外務省の報道官は、日本に対して対抗措置をとると警告した。"),
    ("ja", "米国防総省はポーランドに部隊を派遣し、NATOと共同訓練を行うと発表した。"),
    ("ja", "防衛省によると、中国海軍の艦船が沖縄近海を通過した🚢。"),
])
def test_paired_scan_finds_what_the_character_scan_finds(lang, text):
    matcher = default_engine().profile(lang).matcher
    assert matcher._auto_pairs is not None, "zh/ja build the paired automaton"
    expected = _plain(matcher, text)
    assert expected, "the sentence holds terms of the language"
    assert [(m.start, m.end, m.kind, m.value) for m in matcher.find(fold(text, matcher.fold_accents), text)] == expected


def _profile_by_regex(text):
    """_profile as it was computed before: one regex scan per script."""
    raw = text.encode("ascii", "ignore")
    ascii_letters = len(raw) - len(raw.translate(None, L._ASCII_LETTERS))
    marked = L._count(L._LATIN_MARKED, text)
    counts = [(ascii_letters + marked, "latin")] + [(L._count(rx, text), name) for name, rx in L._OTHER_SCRIPTS]
    total, script = max(counts)
    if not total:
        return "", 0, 0.0
    return script, total, (marked / total if script == "latin" else 0.0)


# first and last code points of every range the counts use, their neighbours, surrogates, outside the BMP
_EDGES = [0xBF, 0xC0, 0xD7, 0xF7, 0xFF, 0x100, 0x1FF, 0x200, 0x24F, 0x250, 0x3FF, 0x400, 0x4FF, 0x500, 0x5FF,
          0x600, 0x6FF, 0x700, 0x2FFF, 0x303F, 0x3040, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x9FFF, 0xA000, 0xABFF,
          0xAC00, 0xD7AF, 0xD7B0, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x20000, 0x10FFFF]


def _texts():
    rng = random.Random(13)
    out = ["", "Plain ASCII only.", "Déjà vu in Kraków", "Șeful statului a spus", "Москва заявила", "قال الوزير",
           "外務省は述べた", "外交部表示", "한국 정부는", "mixed Київ and 北京 and Zürich 😀"]
    for _ in range(3000):
        out.append("".join(chr(rng.choice(_EDGES)) if rng.random() < 0.4 else
                           chr(rng.randint(0x20, 0x7E)) if rng.random() < 0.3 else chr(rng.randint(0, 0x10FFFF))
                           for _ in range(rng.randint(1, 30))))
    return out


def test_profile_counts_as_the_regexes():
    texts = _texts()
    assert {L._profile(t)[0] for t in texts} >= {"latin", "cyrillic", "arabic", "cjk"}, "every script is met"
    assert [L._profile(t) for t in texts] == [_profile_by_regex(t) for t in texts]


def test_han_kana_counts_as_the_regex():
    texts = _texts()
    assert any(L._han_kana(t) for t in texts), "some texts hold Han or kana"
    assert [L._han_kana(t) for t in texts] == [L._count(L._HAN_KANA_RE, t) for t in texts]


def test_letters_counts_as_the_regex():
    texts = _texts()
    assert any(L._letters(t) for t in texts), "some texts hold letters"
    assert [L._letters(t) for t in texts] == [len(L._NON_LETTERS_RE.sub("", t)) for t in texts]
