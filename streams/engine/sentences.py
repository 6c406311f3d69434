"""Sentence segmentation with offsets, driven by per-language abbreviation lists.

A sentence ends at . ! ? … (or their full-width forms) followed by optional closing quotes or
brackets and then white space and a character that can start a sentence (or, glued by a scrape,
directly by a capitalised word after a lower-case one: "hozzá.Ukrajna"); line breaks always
end a sentence (headlines and bylines carry no full stop). A dot after a listed abbreviation,
an initial ("J. Smith") or an ordinal number before a lower-case word ("2024. március",
"3. Oktober") does not end one. Runs without any boundary are cut at MAX_SENTENCE characters
so that every later stage stays linear in the input.
"""

from __future__ import annotations

import re

from streams.engine.doc import Sentence

MAX_SENTENCE = 1500

# “ and ‘ close German and Czech quotations („…“, ‚…‘): "…Stadt.“ Er sagte …" is two sentences
_CLOSERS = "\"'”’»›」』)]）“‘"
# = r"[.!?…。！？]+[closers]*|\n+", written to open with one character class: the regex engine then
# skips ahead to candidate characters instead of trying both branches at every position (3-4x faster)
_END_RE = re.compile(r"[.!?…。！？\n](?:(?<=\n)\n*|[.!?…。！？]*[" + re.escape(_CLOSERS) + r"]*)")
_CJK_END = set("。！？")


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END_RE.finditer(text):
        end = m.end()
        punct = m.group()
        if punct[0] != "\n":
            nxt = end
            if not (punct[0] in _CJK_END or punct[-1] in _CJK_END):
                # Western punctuation must be followed by space (or the end of the text), unless
                # a scrape glued two sentences ("hozzá.Ukrajna", "said.The")
                if nxt < n and not text[nxt].isspace() and not _glued(text, m.start(), nxt, punct):
                    continue
                if punct[0] == "." and len(punct.rstrip(_CLOSERS)) == 1 and _is_abbreviation(text, m.start(), abbreviations):
                    continue
                if not _next_starts_sentence(text, nxt):
                    continue
        _add(bounds, text, start, end)
        start = end
    _add(bounds, text, start, n)
    return [Sentence(i, s, e) for i, (s, e) in enumerate(bounds)]


def _glued(text: str, at: int, nxt: int, punct: str) -> bool:
    """A full stop between a lower-case word of three letters or more and a capitalised word:
    "hozzá.Ukrajna", not "U.S.Army", "e.g.The" or "example.com"."""
    return (punct in (".", "!", "?") and at >= 3 and text[at - 3:at].isalpha() and text[at - 1].islower()
            and nxt + 1 < len(text) and text[nxt].isupper() and text[nxt + 1].islower())


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    i = dot
    floor = max(0, dot - 24)  # abbreviations are short; bounded look-back keeps this linear
    while i > floor and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial
        return True
    if len(word) >= 3 and word[1::2] == "." * (len(word) // 2) and word[::2].isalpha() and word[::2].isupper():
        return True  # initials written together ("G.K. Butterfield", "J.R.R. Tolkien"), like a single initial
    return word.lower() in abbreviations


def _next_starts_sentence(text: str, pos: int) -> bool:
    """After white space, a lower-case letter continues the sentence (abbreviations, ordinals)."""
    n = len(text)
    while pos < n and text[pos].isspace():
        if text[pos] == "\n":
            return True
        pos += 1
    if pos >= n:
        return True
    ch = text[pos]
    return not ch.islower()


def _add(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    while stop - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        bounds.append((start, cut))
        start = cut
        while start < stop and text[start].isspace():
            start += 1
    if stop > start:
        bounds.append((start, stop))
