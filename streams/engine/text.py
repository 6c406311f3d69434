"""Offset-preserving text helpers shared by every component.

Matching runs on a *folded* copy of the article: lower case, one apostrophe, one dash, one
quote. Folding maps each character to exactly one character, so an offset in the folded text
is the same offset in the original and spans never drift.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters folded to a single representative so lexicons need one spelling.
_FOLD_EXTRA = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
    "\u0451": "\u0435",  # Russian ё → е: newspapers write both
    # full-width CJK punctuation → ASCII, so grammar rules see one comma and one colon
    "\uff0c": ",", "\uff1a": ":", "\uff1b": ";", "\uff08": "(", "\uff09": ")", "\uff01": "!", "\uff1f": "?",
    "\u060c": ",", "\u061b": ";", "\u061f": "?",  # Arabic comma, semicolon, question mark
}


_FOLD_TABLE = str.maketrans(_FOLD_EXTRA)
# the same mapping as replacements: no value is a key, so replacing one by one equals translate, and
# a few C scans cost far less than translate's per-character dict look-up on non-ASCII text
_FOLD_ITEMS = tuple(_FOLD_EXTRA.items())
assert not set(_FOLD_EXTRA.values()) & _FOLD_EXTRA.keys()


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:  # 'İ'.lower() is two code points: keep offsets by taking the base letter
        low = low[0]
    return low.translate(_FOLD_TABLE)


class _AccentTable(dict):
    """str.translate table that learns each character once: 'á' → 'a', 'ñ' → 'n' (one for one)."""

    def __missing__(self, code: int) -> int:
        base = unicodedata.normalize("NFD", chr(code))[0]
        self[code] = ord(base) if base.isalpha() else code
        return self[code]


_ACCENTS = _AccentTable()


# Arabic short vowels, tanween and shadda (harakat) written inside a word ("ردًا", "لوّحت") break every lexicon
# term; with `fold_accents` they move to the word's end, where they stand as a non-word character after the
# match: a one-for-one permutation inside the word, so lengths and word offsets never change
_HARAKAT = re.compile("[\u064b-\u0652]")
_HARAKAT_WORD = re.compile("[\\w\u064b-\u0652]++")  # every word (possessive: linear); only those with harakat change


def _harakat_last(m: re.Match) -> str:
    word = m.group()
    marks = _HARAKAT.findall(word)
    return _HARAKAT.sub("", word) + "".join(marks) if marks else word


def fold(text: str, accents: bool = False) -> str:
    """Lower-case and normalise punctuation, keeping len(fold(t)) == len(t).

    accents=True also drops diacritics (language.toml `fold_accents`), for languages whose
    news is often written without them ("a traves", "amenazo").
    """
    low = text.lower()
    if len(low) == len(text):
        for char, folded in _FOLD_ITEMS:
            if char in low:
                low = low.replace(char, folded)
    else:  # rare characters whose lower case is longer: fold one by one
        low = "".join(map(_fold_char, text))
    if accents and not low.isascii():
        low = low.translate(_ACCENTS)
        if _HARAKAT.search(low):
            low = _HARAKAT_WORD.sub(_harakat_last, low)
    return low


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


WORD_RUN_LIMIT = 32  # letters a word may run on past a name; without spaces (zh, ja) a "word" is the whole run


def word_end(text: str, pos: int) -> int:
    """The end of the word running on at ``pos``: a name matched by its stem with its case ending
    ("Києв|у", "Polsk|u") ends where the word ends, at most WORD_RUN_LIMIT letters on (else every
    name in a long unpunctuated zh run would scan to its end: quadratic)."""
    end = min(len(text), pos + WORD_RUN_LIMIT)
    while pos < end and text[pos].isalnum():
        pos += 1
    return pos


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n,;:-–—\"'“”„«»‘’‚‹›「」『』()[]，：；、（）\u3000") -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with space or punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
