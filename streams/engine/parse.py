"""Dependency parse of one engine sentence (UDPipe 1, models shipped in streams/engine/models/).

Only the sentences where roles are at stake are parsed (roles.py decides), so the engine keeps
its speed. The model of a language loads once per process, on first use; a language with no
model file (or no `ufal.udpipe`) parses nothing and the clause grammar decides alone.
The engine's sentence goes in as one presegmented line, so UDPipe does not split it again; its
token ranges come back as character offsets and are moved onto the article text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

MODELS = Path(__file__).parent / "models"
_MAX_CHARS = 1000  # a "sentence" longer than this is a list or a table: not worth the parse


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # char offsets in the article text (a multiword token's parts share its span)
    end: int
    form: str
    lemma: str
    upos: str
    head: int  # index into Parse.tokens, -1 for the root
    deprel: str  # with its subtype ("obl:agent", "nsubj:pass")


@dataclass(frozen=True, slots=True)
class Parse:
    tokens: tuple[Token, ...]

    def span_head(self, start: int, end: int) -> int | None:
        """The token of text[start:end] whose head lies outside it (the phrase's head), else None."""
        inside = [i for i, t in enumerate(self.tokens) if t.start < end and start < t.end]
        if not inside:
            return None
        members = set(inside)
        for i in inside:
            if self.tokens[i].head not in members:
                return i
        return inside[0]

    def children(self, i: int) -> list[int]:
        return [j for j, t in enumerate(self.tokens) if t.head == i]

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Character span of token i and everything under it, without punctuation at its edges."""
        members = {i}
        grew = True
        while grew:
            grew = False
            for j, t in enumerate(self.tokens):
                if j not in members and t.head in members:
                    members.add(j)
                    grew = True
        kept = sorted(j for j in members if self.tokens[j].upos != "PUNCT" or j == i)
        return self.tokens[kept[0]].start, self.tokens[kept[-1]].end

    def dependent(self, head: int, relations: tuple[str, ...]) -> int | None:
        """The first dependent of `head` whose relation (without subtype, or with) is listed."""
        for j in self.children(head):
            rel = self.tokens[j].deprel
            if rel in relations or rel.split(":")[0] in relations:
                return j
        return None


calls = {"sentences": 0}  # sentences parsed in this process (bench/pipeline.py reports it)
_models: dict[str, object] = {}
_tokenizers: dict[str, object] = {}
_lock = threading.RLock()


def _model(lang: str):
    """The language's model, loaded once; None when it has none."""
    if lang in _models:
        return _models[lang]
    with _lock:
        if lang not in _models:
            model = None
            path = MODELS / f"{lang}.udpipe"
            if path.is_file():
                try:
                    from ufal.udpipe import Model
                except ImportError:  # the dependency is optional at run time: grammar only
                    Model = None
                model = Model.load(str(path)) if Model is not None else None
            # one tokenizer per model, reused: making one per sentence costs more than the parse
            _tokenizers[lang] = model.newTokenizer("presegmented;ranges") if model is not None else None
            _models[lang] = model
    return _models[lang]


def available(lang: str) -> bool:
    return _model(lang) is not None


def parse(lang: str, text: str, start: int, end: int) -> Parse | None:
    """Parse text[start:end] (one engine sentence) with the language's model; None without one."""
    model = _model(lang)
    if model is None or end - start > _MAX_CHARS:
        return None
    # one line, same length: offsets stay those of the article
    line = "".join(" " if c in "\r\n\t\v\f\x85\u2028\u2029" else c for c in text[start:end])
    calls["sentences"] += 1
    with _lock:  # the shared tokenizer holds the text between calls
        return _parse(model, _tokenizers[lang], line, start)


def _parse(model, tokenizer, line: str, start: int) -> Parse | None:
    from ufal.udpipe import Model, ProcessingError, Sentence

    tokenizer.resetDocument()  # else the token ranges run on from the previous text
    tokenizer.setText(line)
    error = ProcessingError()
    tokens: list[Token] = []
    sentence = Sentence()
    # presegmented: one line is one sentence; read on in case the tokenizer still splits it
    while tokenizer.nextSentence(sentence, error):
        model.tag(sentence, Model.DEFAULT, error)
        model.parse(sentence, Model.DEFAULT, error)
        if error.occurred():
            return None
        spans = {}
        for mwt in sentence.multiwordTokens:
            span = _range(mwt.misc)
            for wid in range(mwt.idFirst, mwt.idLast + 1):
                spans[wid] = span
        words = list(sentence.words)[1:]  # 0 is the root
        base = len(tokens)
        for w in words:
            s, e = spans.get(w.id) or _range(w.misc) or (0, 0)
            tokens.append(Token(start + s, start + e, w.form, w.lemma, w.upostag,
                                base + w.head - 1 if w.head > 0 else -1, w.deprel))
        sentence = Sentence()
    return Parse(tuple(tokens)) if tokens else None


def _range(misc: str) -> tuple[int, int] | None:
    for part in misc.split("|"):
        if part.startswith("TokenRange="):
            a, _, b = part[len("TokenRange="):].partition(":")
            return int(a), int(b)
    return None


def subject_of(lang: str, text: str, sentence: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int] | None:
    """The subject phrase of the cue verb text[cue] inside text[sentence], as a character span of
    the article ("The Russian foreign minister said on Friday in Riga ..." → "The Russian foreign
    minister": the verb's time and place adjuncts are not part of it); None when the language has
    no model or the verb has no nominal subject. For statements (issue 11): the speaker."""
    p = parse(lang, text, *sentence)
    verb = p.span_head(*cue) if p is not None else None
    if verb is None:
        return None
    subj = p.dependent(verb, ("nsubj",))
    return p.subtree_span(subj) if subj is not None else None


def clausal_complement(lang: str, text: str, sentence: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int] | None:
    """What was said: the clausal complement (ccomp, else a parataxis clause) of the cue verb, as a
    character span of the article; None without a model or without such a clause."""
    p = parse(lang, text, *sentence)
    verb = p.span_head(*cue) if p is not None else None
    if verb is None:
        return None
    comp = p.dependent(verb, ("ccomp",))
    if comp is None:
        comp = p.dependent(verb, ("parataxis",))
    return p.subtree_span(comp) if comp is not None else None
