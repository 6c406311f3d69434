"""Pairing quotation marks by type, in one linear pass that never fails on unbalanced marks.

Pairs: “…” „…“ „…” «…» »…« 「…」 『…』 ‚…‘ ‹…› and straight "…". A mark that finds no partner
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
            if ch in _CLOSERS_OF:
                if len(stack) >= MAX_DEPTH:
                    stack.pop(0)
                stack.append((ch, pos))
    pairs.sort()
    return pairs
