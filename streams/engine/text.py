"""Offset-preserving text helpers shared by every component.

Matching runs on a *folded* copy of the article: lower case, one apostrophe, one dash, one
quote. Folding maps each character to exactly one character, so an offset in the folded text
is the same offset in the original and spans never drift.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters folded to a single representative so lexicons need one spelling.
_FOLD_EXTRA = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
    "\u0451": "\u0435",  # Russian ё → е: newspapers write both
}


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ch in _FOLD_EXTRA:
        return _FOLD_EXTRA[ch]
    low = ch.lower()
    if len(low) != 1:  # 'İ'.lower() is two code points: keep offsets by taking the base letter
        low = low[0]
    return _FOLD_EXTRA.get(low, low)


def fold(text: str) -> str:
    """Lower-case and normalise punctuation, keeping len(fold(t)) == len(t)."""
    low = text.lower()
    if len(low) == len(text) and not any(ch in _FOLD_EXTRA for ch in low):
        return low
    return "".join(map(_fold_char, text))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word token offsets in text[start:end]."""
    return [(m.start(), m.end()) for m in WORD_RE.finditer(text, start, len(text) if end is None else end)]


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n,;:-–—\"'“”„«»‘’‚‹›「」『』()[]") -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with space or punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
