"""Language data: loading the per-language TOML files and matching them in one pass.

Each language is a folder `lang/<code>/` with:
  language.toml  segmentation, modality markers, statement cues and grammar switches
  events.toml    event trigger groups per type (with CAMEO / PLOVER codes) and force words
  actors.toml    aliases (names, demonyms, capitals, organisations, roles, officials) → actor codes
`lang/xx/` holds language-neutral aliases (acronyms, Latin-script names) used with every language.
`data/actors.toml` is the registry of canonical actors those aliases point to.

A term is a lower-case string; a trailing `*` lets any word ending follow (a stem); a leading `*`
lets it close a compound (de "*truppen" also matches "Bundeswehrtruppen", the whole word). Terms are
matched on the folded text with Aho-Corasick, so an article is scanned once whatever the size
of the lexicons.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from importlib import resources
from typing import Any

import ahocorasick

from streams.engine.text import fold, is_word_char

LANG_PACKAGE = "streams.engine"
NEUTRAL = "xx"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched term means: its kind (e.g. 'cue', 'trigger', 'actor') and payload."""

    kind: str
    value: Any
    stem: bool  # term ended with '*': a word ending may follow
    head: bool = False  # term began with '*': it may close a compound, the match covers the whole word


@dataclass(slots=True)  # built per match on the hot path: not frozen (3x cheaper to build)
class Match:
    start: int
    end: int
    kind: str
    value: Any


class Matcher:
    """Aho-Corasick automaton over folded text with word-boundary rules.

    `scriptio_continua` languages (zh, ja) have no spaces between words, so boundaries are
    not checked there.
    """

    def __init__(self, scriptio_continua: bool = False, max_suffix: int = 12, fold_accents: bool = False) -> None:
        self._entries: dict[str, list[Entry]] = {}
        self._exact_entries: dict[str, list[Entry]] = {}  # case-sensitive: "US", "UN", "EU"
        self._auto = self._exact = self._auto_pairs = None
        self.scriptio_continua = scriptio_continua
        self.max_suffix = max(0, max_suffix)  # a stem always matches with no suffix
        self.fold_accents = fold_accents  # terms and text are matched without diacritics
        # clitics that may stand before a term inside one word (ar "و", "ب", "ل": "وقال", "بالصين"),
        # for terms of at least `clitic_min_length` characters; `article_variants` respells a
        # term's article when a clitic contracts it (ar "ال" → "لل": "للصين")
        self.clitic_prefixes: frozenset[str] = frozenset()
        self.clitic_max = 0
        # letters a compound needs before a head term ("*truppen": "Bundeswehrtruppen", not "Ztruppen")
        self.compound_min_prefix = 3
        self.clitic_min_length = 3
        self.article_variants: dict[str, list[str]] = {}
        # language.toml `scare_quotes`: a quote mark at a word's edge inside a multi-word term does not
        # break it ('pay a "heavy price"', "gave Iran a 'deadline'")
        self.scare_quotes = False

    @classmethod
    def for_language(cls, data: "LanguageData") -> "Matcher":
        """An empty matcher with the language's word rules: boundaries, stems, accents, clitics."""
        matcher = cls(scriptio_continua=bool(data.get("scriptio_continua", False)),
                      max_suffix=int(data.get("inflection.max_suffix", 12)),
                      fold_accents=bool(data.get("fold_accents", False)))
        matcher.scare_quotes = bool(data.get("scare_quotes", False)) and not matcher.scriptio_continua
        return matcher.set_clitics(data.get("inflection.clitic_prefixes", []),
                                   int(data.get("inflection.clitic_min_length", 3)),
                                   data.get("inflection.article_variants", {}))

    def set_clitics(self, prefixes: list[str], min_length: int = 3, article_variants: dict | None = None) -> "Matcher":
        self.clitic_prefixes = frozenset(fold(p, self.fold_accents) for p in prefixes)
        self.clitic_max = max((len(p) for p in self.clitic_prefixes), default=0)
        self.clitic_min_length = min_length
        self.article_variants = {fold(k, self.fold_accents): [fold(v, self.fold_accents) for v in vs]
                                 for k, vs in (article_variants or {}).items()}
        return self

    def add(self, term: str, kind: str, value: Any, case_sensitive: bool = False) -> None:
        term = term.strip()
        stem = term.endswith("*")
        head = term.startswith("*") and not self.scriptio_continua
        key = term.strip("*").strip()
        if not key:
            return
        table = self._exact_entries if case_sensitive else self._entries
        table.setdefault(key if case_sensitive else fold(key, self.fold_accents), []).append(Entry(kind, value, stem, head))
        if not case_sensitive:
            folded = fold(key, self.fold_accents)
            for article, variants in self.article_variants.items():
                if folded.startswith(article) and len(folded) > len(article) + 1:
                    for variant in variants:
                        table.setdefault(variant + folded[len(article):], []).append(Entry(kind, value, stem))

    @staticmethod
    def _automaton(entries: dict[str, list[Entry]], spell=None):
        if not entries:
            return None
        auto = ahocorasick.Automaton()
        for key, values in entries.items():
            # what _scan needs per hit, computed once: length, word characters at both ends, any stem entry,
            # the entries that may close a compound (None: none may)
            heads = tuple(v for v in values if v.head) or None
            auto.add_word(spell(key) if spell else key, (key, tuple(values), len(key), is_word_char(key[0]),
                                                         is_word_char(key[-1]), any(v.stem for v in values), heads))
        auto.make_automaton()
        return auto

    def build(self) -> "Matcher":
        self._auto = self._automaton(self._entries)
        self._exact = self._automaton(self._exact_entries)
        # Han/kana terms start with thousands of different characters, and pyahocorasick looks a node's
        # children up one by one: its walk over zh/ja text cost ~8x a walk over Latin or Cyrillic text.
        # The same terms spelt as byte pairs (_pairs) give every node at most 256 children; a hit
        # is a term when it ends on a character's last byte (every term has an even byte length).
        self._auto_pairs = None
        if self.scriptio_continua and all(len(_pairs(key)) == 2 * len(key) for key in self._entries):
            self._auto_pairs = self._automaton(self._entries, _pairs)
        return self

    def find(self, folded: str, original: str | None = None) -> list[Match]:
        """All matches, sorted by start then longest first. Case-sensitive terms need the original."""
        found: list[Match] = []
        if self._auto_pairs is not None and len(paired := _pairs(folded)) == 2 * len(folded):
            self._scan_pairs(self._auto_pairs, paired, found)
        elif self._auto is not None:
            self._scan(self._auto, folded, folded, found)
            if self.scare_quotes:
                self._scan_quoted(folded, found)
        if self._exact is not None and original is not None:
            self._scan(self._exact, original, folded, found)
        _sort_matches(found)
        return found

    @staticmethod
    def _scan_pairs(auto, paired: str, found: list[Match]) -> None:
        """_scan of a scriptio continua text spelt as byte pairs (build): the same matches in the same order."""
        append = found.append
        for last, (_key, entries, length, _fw, _lw, _stem, _heads) in auto.iter(paired):
            if last & 1:  # ends on a character's last byte: starts on a character's first byte too
                after = (last + 1) >> 1
                first = after - length
                for entry in entries:
                    append(Match(first, after, entry.kind, entry.value))

    def _scan(self, auto, haystack: str, folded: str, found: list[Match]) -> None:
        end = len(folded)
        append = found.append
        if self.scriptio_continua:
            for last, (_key, entries, length, _fw, _lw, _stem, _heads) in auto.iter(haystack):
                first, after = last - length + 1, last + 1
                for entry in entries:
                    append(Match(first, after, entry.kind, entry.value))
            return
        max_suffix = self.max_suffix
        clitics = bool(self.clitic_prefixes)
        for last, (key, entries, length, first_word, last_word, has_stem, heads) in auto.iter(haystack):
            first = last - length + 1
            if first_word and first > 0:
                ch = folded[first - 1]
                if (ch.isalnum() or ch == "_") and not (clitics and self._clitic_before(folded, first, key)):
                    if heads is None:
                        continue  # starts inside a word
                    word_start = first - 1  # the term closes a compound: the match takes the whole word
                    while word_start > 0 and ((ch := folded[word_start - 1]).isalnum() or ch == "_"):
                        word_start -= 1
                    if first - word_start < self.compound_min_prefix:
                        continue
                    first, entries = word_start, heads
                    has_stem = any(v.stem for v in heads)
            after = last + 1
            if last_word and after < end and ((ch := folded[after]).isalnum() or ch == "_"):
                if has_stem:  # the word goes on after the term: only a stem matches, up to the word's end
                    word_end = after + 1
                    while word_end < end and ((ch := folded[word_end]).isalnum() or ch == "_"):
                        word_end += 1
                    if word_end - after <= max_suffix:
                        for entry in entries:
                            if entry.stem:
                                append(Match(first, word_end, entry.kind, entry.value))
                continue  # (no stem: the word's end is not needed)
            # the term ends the word (or at a non-word character): every entry, stems with no suffix
            if len(entries) == 1:
                entry = entries[0]
                append(Match(first, after, entry.kind, entry.value))
            else:
                for entry in entries:
                    append(Match(first, after, entry.kind, entry.value))

    def _scan_quoted(self, folded: str, found: list[Match]) -> None:
        """The terms a scare quote splits: around each quote mark at a word's edge, the text without those
        marks is scanned again; a hit that spans a dropped mark is kept at its original offsets (the
        mark inside it). Only windows around the marks are scanned: linear in the text."""
        marks = [m.start() for m in _EDGE_QUOTE.finditer(folded)]
        if not marks:
            return
        end = len(folded)
        windows: list[list[int]] = []
        for pos in marks:  # windows of whole words around the marks, merged when they touch
            start = max(0, pos - _QUOTE_REACH)  # widened to a space near it (no space: mid-word, as far)
            lo = (folded.rfind(" ", max(0, start - 30), start) + 1 or start) if start else 0
            stop = min(end, pos + _QUOTE_REACH)
            hi = folded.find(" ", stop, min(end, stop + 30)) if stop < end else end
            hi = stop if hi < 0 else hi
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            # (perf) the window without its marks, cut at them, and where each mark was in the squeezed text: a
            # squeezed position p was lo + p + (marks at or before p) in the text; no Python step per character
            inside = marks[bisect_left(marks, lo):bisect_left(marks, hi)]
            cuts = [mark - lo - j for j, mark in enumerate(inside)]  # squeezed position right after each mark
            squeezed = "".join([folded[a + 1:b] for a, b in zip([lo - 1, *inside], [*inside, hi])])
            hits: list[Match] = []
            self._scan(self._auto, squeezed, squeezed, hits)
            for m in hits:
                before, through = bisect_right(cuts, m.start), bisect_right(cuts, m.end - 1)
                if through > before:  # a dropped mark inside: a new match
                    m.start, m.end = lo + m.start + before, lo + m.end + through
                    found.append(m)

    def _clitic_before(self, folded: str, first: int, key: str) -> bool:
        """The word holding the match starts with a listed clitic right before it ("و" + "قال")."""
        if not self.clitic_prefixes or len(key) < self.clitic_min_length:
            return False
        w = first
        while w > 0 and first - w < self.clitic_max and is_word_char(folded[w - 1]):
            w -= 1
        if w > 0 and is_word_char(folded[w - 1]):
            return False
        return folded[w:first] in self.clitic_prefixes


# a quote mark at a word's edge (folded: curly single quotes are "'"): opening before a word, closing after one;
# an apostrophe inside a word ("Russia's", "won't") is neither
# (perf: the mark first, then its neighbours, the lookbehind stepping over the mark with [\s\S]; the same positions as
# "(?<!\w)["“”'](?=\w)|(?<=\w)["“”'](?!\w)", which tried two lookbehinds at every character: ~9x slower)
_EDGE_QUOTE = re.compile("[\"“”'](?:(?<!\\w[\\s\\S])(?=\\w)|(?<=\\w[\\s\\S])(?!\\w))")
_QUOTE_REACH = 60  # characters around a mark that a term split by it may span


def _pairs(text: str) -> str:
    """The text's UTF-16 bytes as characters, two per character of the Basic Multilingual Plane (more
    for one outside it, so a caller compares lengths); lone surrogates pass as two bytes too."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


_START, _END = attrgetter("start"), attrgetter("end")


def _sort_matches(matches: list[Match]) -> list[Match]:
    """Sort in place by start, then longest first; equal spans keep their order. The same order as
    sort(key=lambda m: (m.start, -m.end)) from two stable sorts on C key functions: no tuple per match."""
    matches.sort(key=_END, reverse=True)
    matches.sort(key=_START)
    return matches


def longest_leftmost(matches: list[Match]) -> list[Match]:
    """Non-overlapping subset: at each position keep the longest match."""
    chosen: list[Match] = []
    reach = -1
    for m in _sort_matches(list(matches)):
        if m.start >= reach:
            chosen.append(m)
            reach = m.end
    return chosen


@dataclass
class LanguageData:
    code: str
    config: dict[str, Any]
    events: dict[str, Any]
    actors: dict[str, Any]

    def get(self, path: str, default: Any = None) -> Any:
        node: Any = self.config
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node


def read_language_file(code: str, name: str) -> dict[str, Any]:
    """One TOML file of a language's folder ({} when the language has none)."""
    path = resources.files(LANG_PACKAGE).joinpath("lang", code, name)
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def available_languages() -> list[str]:
    root = resources.files(LANG_PACKAGE).joinpath("lang")
    return sorted(
        p.name for p in root.iterdir() if p.is_dir() and p.name != NEUTRAL and p.joinpath("language.toml").is_file()
    )


@cache
def load_language(code: str) -> LanguageData:
    return LanguageData(
        code=code,
        config=read_language_file(code, "language.toml"),
        events=read_language_file(code, "events.toml"),
        actors=read_language_file(code, "actors.toml"),
    )


@cache
def actor_registry() -> dict[str, dict[str, Any]]:
    path = resources.files(LANG_PACKAGE).joinpath("data", "actors.toml")
    with path.open("rb") as fh:
        return tomllib.load(fh)
