"""Pairing quotation marks by type, in one linear pass that never fails on unbalanced marks.

Pairs: “…” „…“ „…” «…» »…« 「…」 『…』 ‚…‘ ‹…›, straight "…" and doubled apostrophes ''…''. A mark that finds no partner
within MAX_QUOTE characters, or before the line ends, is dropped (a quotation over several
paragraphs reopens each one); nesting is kept to a small depth.
"""

from __future__ import annotations

import re

MAX_QUOTE = 6000
MAX_DEPTH = 4

_CLOSERS_OF = {
    "“": "”\"",  # mixed typography: “…" and "…” are common in news
    "„": "“”",
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    "‚": "‘’",
    "‹": "›",
    '"': '"”',
    "＂": "＂",
}
_ALL_MARKS = set(_CLOSERS_OF) | {c for v in _CLOSERS_OF.values() for c in v}
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")


def pair_quotes(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of paired marks, sorted by open position."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    last = 0
    for mark in _MARK_RE.finditer(text):  # visits the marks only, not every character
        pos, ch = mark.start(), mark.group()
        if stack and text.find("\n", last, pos) != -1:
            stack.clear()  # a line break ends every open quotation: one left open is reopened on the next line
        last = pos
        while stack and pos - stack[0][1] > MAX_QUOTE:
            stack.pop(0)
        if stack and ch in _CLOSERS_OF[stack[-1][0]]:
            _, at = stack.pop()
            pairs.append((at, pos))
            continue
        # a closer of an outer quote ends the inner, unbalanced ones too
        for depth in range(len(stack) - 2, -1, -1):
            if ch in _CLOSERS_OF[stack[depth][0]]:
                _, at = stack[depth]
                del stack[depth:]
                pairs.append((at, pos))
                break
        else:
            if ch == "”" and (pos == 0 or text[pos - 1] == "\n") and pos + 1 < len(text) and text[pos + 1].isalnum():
                ch = "“"  # a closing mark typed at a paragraph's start, before a word, opens the quotation
            if ch in _CLOSERS_OF:
                if len(stack) >= MAX_DEPTH:
                    stack.pop(0)
                stack.append((ch, pos))
    if "''" in text:
        pairs += _doubled_apostrophes(text)
    pairs.sort()
    return pairs


_DOUBLED_RE = re.compile(r"(?<!')''(?!')")


def _doubled_apostrophes(text: str) -> list[tuple[int, int]]:
    """''…'' (two apostrophes for a quotation mark, as in newspaper archives): an opening pair stands
    after a space or a line start and before a word, a closing pair after the quotation's last
    character; they pair on one line. A pair is the first and the last apostrophe."""
    out: list[tuple[int, int]] = []
    opened = -1
    for m in _DOUBLED_RE.finditer(text):
        pos = m.start()
        before = text[pos - 1] if pos else " "
        after = text[pos + 2] if pos + 2 < len(text) else " "
        if opened >= 0 and (text.find("\n", opened, pos) != -1 or pos - opened > MAX_QUOTE):
            opened = -1  # a line break ends an open quotation
        if opened < 0:
            if (before.isspace() or before in "([—–-") and not after.isspace():
                opened = pos
        elif not before.isspace():
            out.append((opened, pos + 1))
            opened = -1
    return out
