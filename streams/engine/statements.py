"""Statement extraction: who said what, with speaker, cue, content (and addressee) spans.

Grammar is shared; words are data. Patterns, tried per cue in this order:
  postposed   CONTENT, SPEAKER CUE.      "…, the minister said."   "…, – mondta X"
  inverted    CONTENT, CUE SPEAKER.      "…, said the minister."   "…, — заявил X."
  preposed    SPEAKER CUE [ADDRESSEE] [that] CONTENT   "X warned Japan that …"
  verb-final  SPEAKER-は CONTENT と CUE   (languages with `verb_final = true`)
  according   according to SPEAKER, CONTENT / SPEAKER szerint CONTENT
A quote that the content starts or ends with extends the content to the whole quotation, even
across sentences. Pronoun and role-only speakers ("she", "the spokeswoman") take the actor of
the latest matching speaker or mention in the article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from schemas import Actor, Span, Statement
from streams.engine.actors import ActorMention
from streams.engine.doc import Doc, Sentence
from streams.engine.lexicon import LanguageData, Match, longest_leftmost
from streams.engine.text import strip_span

CUE, ACCORDING_BEFORE, ACCORDING_AFTER = "cue", "according_before", "according_after"
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_BOUNDARY = set(",;:()[]{}\"“”„«»‹›「」『』—–-")
_QUOTE_MARKS = set("\"“”„«»‹›「」『』‚‘’")
_END_PUNCT = " \t\r\n.!?…。！？"


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    word: str  # folded form

    @property
    def is_word(self) -> bool:
        return self.word[0].isalnum() or self.word[0] == "_"


class StatementExtractor:
    def __init__(self, data: LanguageData) -> None:
        get = data.get
        self.complementizers = frozenset(get("statements.complementizers", []))
        self.skip_before_cue = frozenset(get("statements.skip_before_cue", []))
        self.skip_suffixes = tuple(get("statements.skip_suffixes", []))
        self.speaker_stop = frozenset(get("statements.speaker_stop", []))
        self.pronouns = frozenset(get("statements.pronouns", []))
        self.max_speaker = int(get("statements.max_speaker_tokens", 10))
        self.max_addressee = int(get("statements.max_addressee_tokens", 6))
        self.verb_final = bool(get("statements.verb_final", False))
        self.speaker_markers = tuple(get("statements.speaker_markers", []))
        self.continua = bool(get("scriptio_continua", False))

    # -- entry point -------------------------------------------------------------------------
    def __call__(self, doc: Doc, sentence_matches: list[list[Match]]) -> None:
        for sent, matches in zip(doc.sentences, sentence_matches):
            cues = [m for m in matches if m.kind in (CUE, ACCORDING_BEFORE, ACCORDING_AFTER)]
            if not cues:
                continue
            toks = self._tokens(doc, sent)
            taken: list[tuple[int, int]] = []
            for cue in longest_leftmost(cues):
                if any(a <= cue.start < b for a, b in taken):
                    continue
                found = self._read(doc, sent, toks, cue)
                if found is None:
                    continue
                kind, speaker, content, addressee = found
                taken.append((min(speaker[0], cue.start), max(speaker[1], cue.end)))
                self._emit(doc, sent, kind, speaker, cue, content, addressee)

    def _tokens(self, doc: Doc, sent: Sentence) -> list[Tok]:
        if self.continua:
            return [Tok(i, i + 1, doc.folded[i]) for i in range(sent.start, sent.end) if not doc.folded[i].isspace()]
        return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(doc.folded, sent.start, sent.end)]

    # -- pattern dispatch --------------------------------------------------------------------
    def _read(self, doc: Doc, sent: Sentence, toks: list[Tok], cue: Match):
        if cue.kind == ACCORDING_BEFORE:
            return self._according_before(doc, sent, toks, cue)
        if cue.kind == ACCORDING_AFTER:
            return self._according_after(doc, sent, toks, cue)
        if self._inside_quote(doc, sent, cue.start):
            return None
        if self.verb_final:
            return self._verb_final(doc, sent, toks, cue)
        i = _index_at(toks, cue.start)
        j = _index_at(toks, cue.end - 1)
        before = toks[:i]
        after = toks[j + 1:]
        found = self._postposed(doc, sent, before, after, cue)
        if found is None:
            found = self._preposed(doc, sent, before, after, cue)
        return found

    def _inside_quote(self, doc: Doc, sent: Sentence, pos: int) -> bool:
        q = doc.quote_containing(pos)
        return q is not None and q[1] - q[0] > 3

    # -- patterns ----------------------------------------------------------------------------
    def _postposed(self, doc, sent, before, after, cue):
        """CONTENT, CUE SPEAKER. (inverted) / CONTENT, SPEAKER CUE."""
        if before and before[-1].word in _BOUNDARY and after and after[0].is_word:
            speaker = self._np_forward(after)
            if speaker and self._clause_ends(after[_count_until(after, speaker[1]):]):
                content = self._content_before(doc, sent, before[:-1])
                if content:
                    return "indirect", speaker, content, None
        if not self._clause_ends(after):
            return None
        speaker = self._np_backward(before)
        if speaker is None:
            return None
        k = _count_until(before, speaker[0])
        if k == 0:
            # “… !” Russia warns US — the quotation closed the previous sentence
            content = self._quote_just_before(doc, sent.start)
            return ("direct", speaker, content, None) if content else None
        if before[k - 1].word not in _BOUNDARY:
            return None
        content = self._content_before(doc, sent, before[: k - 1])
        if not content:
            return None
        return "indirect", speaker, content, None

    def _preposed(self, doc, sent, before, after, cue):
        """SPEAKER CUE [ADDRESSEE] [that] CONTENT."""
        speaker = self._np_backward(before)
        if speaker is None:
            speaker = self._apposition_speaker(before)
        if speaker is None or not after:
            return None
        addressee = None
        start_tok = 0
        for n, tok in enumerate(after[: self.max_addressee + 4]):
            if tok.word in self.complementizers:
                if 0 < n <= self.max_addressee and all(t.is_word for t in after[:n]):
                    addressee = (after[0].start, after[n - 1].end)
                start_tok = n
                break
            if tok.word in (":", ","):
                start_tok = n + 1
                break
            if tok.word in _QUOTE_MARKS:
                if n == 0:
                    start_tok = n
                    break
                return None  # a quotation in mid-clause is not what is said
        if start_tok >= len(after):
            return None
        cstart = after[start_tok].start
        cend = self._quote_extended_end(doc, cstart, sent.end)
        cstart, cend = strip_span(doc.text, cstart, cend, " \t\r\n,;:")
        cend = _rstrip(doc.text, cstart, cend)
        if _words_between(after, cstart, cend) < 2:
            return None
        kind = "direct" if doc.text[cstart] in _QUOTE_MARKS else "indirect"
        return kind, speaker, (cstart, cend), addressee

    def _verb_final(self, doc, sent, toks, cue):
        """SPEAKER は/が … CONTENT と CUE (Japanese)."""
        text = doc.text
        head = text[sent.start:cue.start]
        marker_at = -1
        for marker in self.speaker_markers:
            at = head.find(marker)
            if at > 0 and (marker_at == -1 or at < marker_at):
                marker_at = at
        if marker_at <= 0:
            return None
        s_start = sent.start
        for sep in "、，,":
            cut = head.rfind(sep, 0, marker_at)
            if cut != -1:
                s_start = max(s_start, sent.start + cut + 1)
        speaker = strip_span(text, s_start, sent.start + marker_at)
        close = cue.start - 1
        if close >= sent.start and text[close] in _QUOTE_MARKS:
            q = doc.quote_containing(close)
            content = (q[0] + 1, q[1]) if q else (sent.start + marker_at + 1, close)
        else:
            content = (sent.start + marker_at + len(self.speaker_markers[0]), cue.start)
        content = strip_span(text, *content)
        if speaker[1] <= speaker[0] or content[1] - content[0] < 2:
            return None
        return ("direct" if text[cue.start - 1] in _QUOTE_MARKS else "indirect"), speaker, content, None

    def _according_before(self, doc, sent, toks, cue):
        """according to SPEAKER, CONTENT — or CONTENT, according to SPEAKER."""
        j = _index_at(toks, cue.end - 1)
        after = toks[j + 1:]
        speaker = self._np_forward(after)
        if speaker is None:
            return None
        i = _index_at(toks, cue.start)
        before = toks[:i]
        rest = after[_count_until(after, speaker[1]):]
        if before and any(t.is_word for t in before):
            content = self._content_before(doc, sent, before[:-1] if before[-1].word in _BOUNDARY else before)
        else:
            content = self._content_after(doc, sent, rest)
        if not content:
            return None
        return "according_to", speaker, content, None

    def _according_after(self, doc, sent, toks, cue):
        """SPEAKER szerint CONTENT (the marker follows the speaker)."""
        i = _index_at(toks, cue.start)
        speaker = self._np_backward(toks[:i], skip=False)
        if speaker is None:
            return None
        j = _index_at(toks, cue.end - 1)
        content = self._content_after(doc, sent, toks[j + 1:])
        if not content:
            k = _count_until(toks, speaker[0])
            content = self._content_before(doc, sent, toks[: max(0, k - 1)])
        if not content:
            return None
        return "according_to", speaker, content, None

    # -- noun phrases and content ------------------------------------------------------------
    def _np_backward(self, before: list[Tok], skip: bool = True) -> tuple[int, int] | None:
        i = len(before) - 1
        if skip:
            while i >= 0 and (before[i].word in self.skip_before_cue or
                              (self.skip_suffixes and before[i].is_word and before[i].word.endswith(self.skip_suffixes))):
                i -= 1
        end_i = i
        taken = 0
        while i >= 0 and taken < self.max_speaker:
            w = before[i].word
            if not before[i].is_word:
                if w in ("'", "’", ".", "&", "-") and i > 0 and before[i - 1].is_word and i < end_i:
                    i -= 1
                    continue
                break
            if w in self.speaker_stop or w in self.complementizers:
                break
            taken += 1
            i -= 1
        if end_i < 0 or i == end_i:
            return None
        return before[i + 1].start, before[end_i].end

    def _apposition_speaker(self, before: list[Tok]) -> tuple[int, int] | None:
        """NAME, APPOSITION, CUE → the whole 'NAME, APPOSITION'."""
        if len(before) < 4 or before[-1].word != ",":
            return None
        inner = before[:-1]
        comma = max((n for n, t in enumerate(inner) if t.word == ","), default=-1)
        if comma <= 0 or len(inner) - comma > self.max_speaker + 2:
            return None
        name = self._np_backward(inner[:comma], skip=False)
        if name is None:
            return None
        return name[0], inner[-1].end

    def _np_forward(self, after: list[Tok]) -> tuple[int, int] | None:
        taken, last = 0, -1
        for n, tok in enumerate(after):
            if not tok.is_word:
                if tok.word in ("'", "’", ".", "&", "-") and 0 < n < len(after) - 1 and after[n + 1].is_word:
                    continue
                break
            if tok.word in self.speaker_stop or tok.word in self.complementizers or taken >= self.max_speaker:
                break
            taken += 1
            last = n
        if last < 0:
            return None
        return after[0].start, after[last].end

    def _clause_ends(self, after: list[Tok]) -> bool:
        """Nothing but a short adjunct ('on Tuesday', 'in a statement') follows before the end."""
        words = 0
        for tok in after:
            if tok.word in _BOUNDARY or tok.word in self.complementizers or tok.word in _QUOTE_MARKS:
                return False
            if tok.is_word:
                words += 1
        return words <= 6

    def _content_before(self, doc: Doc, sent: Sentence, toks: list[Tok]) -> tuple[int, int] | None:
        if not toks:
            return None
        start, end = toks[0].start, toks[-1].end
        if doc.text[end - 1] in _QUOTE_MARKS:
            q = doc.quote_containing(end - 1)
            if q and q[1] == end - 1:
                start = min(start, q[0])
        start, end = strip_span(doc.text, start, end, " \t\r\n,;:-–—")
        if _word_count(doc.text, start, end) < 2:
            return None
        return start, end

    def _quote_just_before(self, doc: Doc, pos: int) -> tuple[int, int] | None:
        p = pos - 1
        while p >= 0 and doc.text[p].isspace() and pos - p < 4:
            p -= 1
        if p < 0 or doc.text[p] not in _QUOTE_MARKS:
            return None
        q = doc.quote_containing(p)
        if not q or q[1] != p:
            return None
        start, end = strip_span(doc.text, q[0] + 1, q[1])
        return (start, end) if _word_count(doc.text, start, end) >= 2 else None

    def _content_after(self, doc: Doc, sent: Sentence, toks: list[Tok]) -> tuple[int, int] | None:
        while toks and not toks[0].is_word and toks[0].word not in _QUOTE_MARKS:
            toks = toks[1:]
        if not toks:
            return None
        start = toks[0].start
        end = _rstrip(doc.text, start, self._quote_extended_end(doc, start, sent.end))
        if _word_count(doc.text, start, end) < 2:
            return None
        return start, end

    def _quote_extended_end(self, doc: Doc, start: int, end: int) -> int:
        if doc.text[start] in _QUOTE_MARKS:
            for q in doc.quotes:
                if q[0] == start:
                    return max(end, q[1] + 1)
                if q[0] > start:
                    break
        return end

    # -- output ------------------------------------------------------------------------------
    def _emit(self, doc, sent, kind, speaker, cue, content, addressee) -> None:
        text = doc.text
        s0, s1 = strip_span(text, *speaker)
        c0, c1 = content
        if s1 <= s0 or c1 <= c0:
            return
        cue_span = Span(text=text[cue.start:cue.end], start=cue.start, end=cue.end)
        speaker_span = Span(text=text[s0:s1], start=s0, end=s1)
        digest = hashlib.sha1(f"{doc.article_id}|{cue.start}|{c0}|{c1}".encode()).hexdigest()[:16]
        mention = self._speaker_actor(doc, s0, s1)
        statement = Statement(
            id=f"st-{digest}",
            article_id=doc.article_id,
            kind=kind,
            speaker=speaker_span,
            speaker_actor=mention.actor if mention else None,
            cue=cue_span,
            content=Span(text=text[c0:c1], start=c0, end=c1),
            addressee=Span(text=text[addressee[0]:addressee[1]], start=addressee[0], end=addressee[1]) if addressee else None,
            sentence=sent.index,
        )
        doc.statements.append(statement)
        doc.statement_speakers[statement.id] = mention

    def _speaker_actor(self, doc: Doc, start: int, end: int) -> ActorMention | None:
        inside = doc.mentions_in(start, end)
        if inside:
            best = max(inside, key=lambda m: _rank(m.actor))
            if best.actor.kind == "government" and best.actor.country is None:
                return self._antecedent(doc, start, role=best.actor.role) or best
            return best
        words = doc.folded[start:end].split()
        if words and (words[-1] in self.pronouns or len(words) <= 3 and words[0] in self.pronouns):
            return self._antecedent(doc, start)
        return None

    def _antecedent(self, doc: Doc, before: int, role: str | None = None) -> ActorMention | None:
        """Latest earlier speaker (or actor mention) that is a person or matches the role."""
        for statement in reversed(doc.statements):
            mention = doc.statement_speakers.get(statement.id)
            if mention and statement.speaker and statement.speaker.start < before:
                if role is None and mention.actor.kind == "person" or role and mention.actor.role == role:
                    return mention
        for mention in reversed(doc.mentions_in(max(0, before - 3000), before)):
            if role is None and mention.actor.kind == "person" or role and mention.actor.role == role and mention.actor.country:
                return mention
        return None


def _rank(actor: Actor) -> int:
    return {"person": 4, "government": 3, "organisation": 2, "country": 1, "group": 0}.get(actor.kind, 0) + (
        1 if actor.country else 0
    )


def _index_at(toks: list[Tok], pos: int) -> int:
    for n, tok in enumerate(toks):
        if tok.end > pos:
            return n
    return len(toks)


def _count_until(toks: list[Tok], pos: int) -> int:
    """Number of tokens that start before pos."""
    n = 0
    while n < len(toks) and toks[n].start < pos:
        n += 1
    return n


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _END_PUNCT:
        end -= 1
    return end


def _word_count(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


def _words_between(toks: list[Tok], start: int, end: int) -> int:
    return sum(1 for t in toks if t.is_word and start <= t.start and t.end <= end)
