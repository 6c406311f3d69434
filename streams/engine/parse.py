"""Dependency parse of one engine sentence, by one of two backends:
- UDPipe 1 (`ufal.udpipe`), models trained from ../shared/ud and shipped in streams/engine/models/
  (`<model>.udpipe`; scripts/train_udpipe.py retrains them);
- slovnet with the news models inside the `natasha` wheel (MIT) for Russian (`_SLOVNET`): LAS 83 on
  news, better than anything trainable from the treebanks we may ship.
Only the sentences where roles are at stake are parsed (roles.py and statements.py decide), so the
engine keeps its speed. A model loads once per process, on first use, offline; a model name with no
backend (no file, package missing) parses nothing and the clause grammar decides alone.
The engine's sentence goes in as one line, so it is not split again; token ranges come back as
character offsets and are moved onto the article text.
"""

from __future__ import annotations

import importlib.util
import os
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
    feats: str = ""  # UD features, "Case=Ins|Number=Sing" (the Russian passive's agent is a bare instrumental)


@dataclass(frozen=True, slots=True)
class Parse:
    tokens: tuple[Token, ...]
    tagged: bool = True  # False: heads and relations only, no UPOS or features but PUNCT (parse(tagged=False))

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

    def subtree(self, i: int) -> set[int]:
        """Token i and every token under it."""
        members = {i}
        grew = True
        while grew:
            grew = False
            for j, t in enumerate(self.tokens):
                if j not in members and t.head in members:
                    members.add(j)
                    grew = True
        return members

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Character span of token i and everything under it, without punctuation at its edges."""
        members = self.subtree(i)
        kept = sorted(j for j in members if self.tokens[j].upos != "PUNCT" or j == i)
        return self.tokens[kept[0]].start, self.tokens[kept[-1]].end

    def dependent(self, head: int, relations: tuple[str, ...]) -> int | None:
        """The first dependent of `head` whose relation (without subtype, or with) is listed."""
        for j in self.children(head):
            rel = self.tokens[j].deprel
            if rel in relations or rel.split(":")[0] in relations:
                return j
        return None


calls = {"sentences": 0, "tagged": 0}  # sentences parsed, and only tagged, in this process (bench/pipeline.py)
_models: dict[str, object] = {}
_lock = threading.RLock()
_SLOVNET = frozenset({"ru"})  # model names the natasha wheel's slovnet news models serve


def _model(name: str):
    """The backend of a model name (a language code, or roles.parse_model), loaded once; None when
    there is none."""
    if name in _models:
        return _models[name]
    with _lock:
        if name not in _models:
            path = MODELS / f"{name}.udpipe"
            if path.is_file():
                _models[name] = _UDPipe.load(path)
            elif name in _SLOVNET:
                _models[name] = _Slovnet.load()
            else:
                _models[name] = None
    return _models[name]


def available(name: str) -> bool:
    return _model(name) is not None


def _line(text: str, start: int, end: int) -> str:
    # one line, same length: offsets stay those of the article
    return "".join(" " if c in "\r\n\t\v\f\x85\u2028\u2029" else c for c in text[start:end])


def parse(name: str, text: str, start: int, end: int, tagged: bool = True, tagging=None) -> Parse | None:
    """Parse text[start:end] (one engine sentence) with the model `name`; None without one.
    tagged=False: a backend that tags apart from parsing (slovnet) may skip the tagger, half its cost.
    `tagging`: what tag() gave for the same sentence, so the tagger does not run twice."""
    model = _model(name)
    if model is None or end - start > _MAX_CHARS:
        return None
    calls["sentences"] += 1
    with _lock:  # a backend holds state between calls (UDPipe's shared tokenizer)
        return model.parse(_line(text, start, end), start, tagged, tagging)


class Tagging:
    """The tagger's half of a parse: tokens and their UPOS, no heads (the parser's half costs as
    much again: about 60 % of UDPipe's time, half of slovnet's). `tokens`: (start, end, upos) as
    the parse of the same sentence will have them; `state`: what the backend's parse() resumes from."""

    __slots__ = ("tokens", "state")

    def __init__(self, tokens: tuple[tuple[int, int, str], ...], state) -> None:
        self.tokens, self.state = tokens, state


def tag(name: str, text: str, start: int, end: int) -> Tagging | None:
    """Tokens and UPOS of text[start:end] (one engine sentence); None exactly where parse() of the
    same sentence is None (no model, too long, a tagger error, no token)."""
    model = _model(name)
    if model is None or end - start > _MAX_CHARS:
        return None
    calls["tagged"] += 1
    with _lock:
        return model.tag(_line(text, start, end), start)


_last = threading.local()  # the document being read and its parsed sentences
switch = {"on": True}  # process-wide (roles.set_parsing): off, every reader falls back to its rules


def parse_sentence(name: str, doc, start: int, end: int, tagged: bool = True) -> Parse | None:
    """parse() of one sentence of `doc` (anything with .text), once per document: the roles of its
    triggers and the speakers of its statements share one parse. None while parsing is switched off."""
    if not switch["on"]:
        return None
    cache, key = _document_cache(doc), (name, start, end)
    found = cache.get(key, False)
    if found is False or found is not None and tagged and not found.tagged:
        found = cache[key] = parse(name, doc.text, start, end, tagged, cache.get(("tags", *key)))
    return found


def _document_cache(doc) -> dict:
    """The parses and taggings of the document being read (one document per thread at a time)."""
    cache = getattr(_last, "cache", None)
    if cache is None or cache[0] is not doc:
        cache = _last.cache = (doc, {})
    return cache[1]


def sentence_tags(name: str, doc, start: int, end: int) -> tuple[tuple[int, int, str], ...] | None:
    """(start, end, upos) of the tokens of one sentence of `doc`, as parse_sentence() will give them,
    from the tagger alone, once per document; parse_sentence() of the sentence later resumes from
    them. A reader that needs a verb first asks here and skips the parse when there is none. None
    exactly where parse_sentence() is None."""
    if not switch["on"]:
        return None
    cache, key = _document_cache(doc), (name, start, end)
    done = cache.get(key)
    if done is not None and done.tagged:
        return tuple((t.start, t.end, t.upos) for t in done.tokens)
    found = cache.get(("tags", *key), False)
    if found is False:
        found = cache[("tags", *key)] = tag(name, doc.text, start, end)
    return found.tokens if found is not None else None


class _UDPipe:
    def __init__(self, model) -> None:
        self.model = model
        # one tokenizer per model, reused: making one per sentence costs more than the parse
        self.tokenizer = model.newTokenizer("presegmented;ranges")

    @classmethod
    def load(cls, path: Path):
        try:
            from ufal.udpipe import Model
        except ImportError:  # the dependency is optional at run time: grammar only
            return None
        return cls(Model.load(str(path)))

    def tag(self, line: str, start: int) -> Tagging | None:
        """Tokenise and tag; the state is the tagged sentences (the tokenizer may still split the
        line), each with its words' character spans."""
        from ufal.udpipe import Model, ProcessingError, Sentence

        model, tokenizer = self.model, self.tokenizer
        tokenizer.resetDocument()  # else the token ranges run on from the previous text
        tokenizer.setText(line)
        error = ProcessingError()
        done: list[tuple[object, list, list]] = []
        sentence = Sentence()
        # presegmented: one line is one sentence; read on in case the tokenizer still splits it
        while tokenizer.nextSentence(sentence, error):
            model.tag(sentence, Model.DEFAULT, error)
            if error.occurred():
                return None
            spans = {}
            for mwt in sentence.multiwordTokens:
                span = _range(mwt.misc)
                for wid in range(mwt.idFirst, mwt.idLast + 1):
                    spans[wid] = span
            words = list(sentence.words)[1:]  # 0 is the root (copies: parse() reads them again)
            done.append((sentence, [spans.get(w.id) or _range(w.misc) or (0, 0) for w in words], [w.upostag for w in words]))
            sentence = Sentence()
        tokens = tuple((start + s, start + e, upos) for _, ranges, tags in done for (s, e), upos in zip(ranges, tags))
        return Tagging(tokens, done) if tokens else None

    def parse(self, line: str, start: int, tagged: bool = True, tagging: Tagging | None = None) -> Parse | None:
        from ufal.udpipe import Model, ProcessingError

        tagging = tagging or self.tag(line, start)  # (the parser reads the tags: this backend always tags)
        if tagging is None:
            return None
        error = ProcessingError()
        tokens: list[Token] = []
        for sentence, ranges, _ in tagging.state:
            self.model.parse(sentence, Model.DEFAULT, error)
            if error.occurred():
                return None
            base = len(tokens)
            for w, (s, e) in zip(list(sentence.words)[1:], ranges):
                tokens.append(Token(start + s, start + e, w.form, w.lemma, w.upostag,
                                    base + w.head - 1 if w.head > 0 else -1, w.deprel, w.feats))
        return Parse(tuple(tokens)) if tokens else None


class _Slovnet:
    """razdel tokens, slovnet morphology (UPOS, features) and syntax (heads, relations). No lemmas:
    the lower-cased form stands in (nothing here reads lemmas)."""

    def __init__(self, tokenize, morph, syntax) -> None:
        self.tokenize, self.morph, self.syntax = tokenize, morph, syntax

    @classmethod
    def load(cls):
        spec = importlib.util.find_spec("natasha")  # its data folder only: importing natasha loads far more
        if spec is None or spec.origin is None or importlib.util.find_spec("slovnet") is None:
            return None
        # the models are small matrix products: BLAS threads only contend (10x slower on a busy
        # machine); must be set before numpy first loads
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from navec import Navec
        from razdel import tokenize
        from slovnet import Morph, Syntax

        from slovnet.const import PAD, UNK, WORD
        from slovnet.exec.pack import Pack
        from slovnet.vocab import Vocab

        data = Path(spec.origin).parent / "data"
        navec = Navec.load(str(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"))
        # both models' word vocabulary is navec's 250,002 words, loaded apart three times (+95 MB):
        # they share navec's list and index instead (same order: the parses are identical)
        words = Vocab.__new__(Vocab)
        words.items, words.item_ids = navec.vocab.words, navec.vocab.word_ids
        words.unk_id, words.pad_id = words.item_ids.get(UNK), words.item_ids.get(PAD)
        load_vocab = Pack.load_vocab
        Pack.load_vocab = lambda pack, name: words if name == WORD else load_vocab(pack, name)
        try:  # (under parse._lock: no other load runs meanwhile)
            morph = Morph.load(str(data / "model" / "slovnet_morph_news_v1.tar")).navec(navec)
            syntax = Syntax.load(str(data / "model" / "slovnet_syntax_news_v1.tar")).navec(navec)
        finally:
            Pack.load_vocab = load_vocab
        return cls(tokenize, morph, syntax)

    def tag(self, line: str, start: int) -> Tagging | None:
        spans = list(self.tokenize(line))
        if not spans:
            return None
        tags = self.morph([t.text for t in spans]).tokens
        return Tagging(tuple((start + sp.start, start + sp.stop, tag.pos) for sp, tag in zip(spans, tags)), (spans, tags))

    def parse(self, line: str, start: int, tagged: bool = True, tagging: Tagging | None = None) -> Parse | None:
        spans, tags = tagging.state if tagging is not None and tagged else (list(self.tokenize(line)), None)
        if not spans:
            return None
        words = [t.text for t in spans]
        tree = self.syntax(words).tokens
        if tags is None:
            tags = self.morph(words).tokens if tagged else [None] * len(tree)
        index = {t.id: i for i, t in enumerate(tree)}
        tokens = tuple(
            Token(start + sp.start, start + sp.stop, sp.text, sp.text.lower(),
                  tag.pos if tag is not None else "PUNCT" if node.rel == "punct" else "",
                  index.get(node.head_id, -1) if node.head_id != node.id else -1, node.rel,
                  "|".join(f"{k}={v}" for k, v in sorted(tag.feats.items())) if tag is not None else "")
            for sp, tag, node in zip(spans, tags, tree)
        )
        return Parse(tokens, tagged)


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


_SPEAKING = ("VERB", "AUX", "NOUN")  # a cue's head: a verb, or a noun of saying ("С таким заявлением выступил")


def cue_subject(p: Parse | None, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """Who spoke, read off the parse of the cue's sentence: the cue verb's nominal subject with
    everything under it (titles, names in apposition: "Le président congolais, Joseph Kabila"); a
    conjoined verb with none of its own shares its first conjunct's ("X arrived and said that …").
    None where the parse has no such subject, where the subject is marked by a preposition (a
    misparsed fronted phrase) or where the cue opens a relative clause ("…, quien consideró": the
    pronoun names no one); the caller keeps its own reading there."""
    verb = p.span_head(cue_start, cue_end) if p is not None else None
    if verb is None or p.tagged and p.tokens[verb].upos not in _SPEAKING or p.tokens[verb].deprel.startswith("acl"):
        return None
    subj = next((j for j in p.children(verb) if p.tokens[j].deprel == "nsubj"), None)
    if subj is None and p.tokens[verb].deprel == "conj" and p.tokens[verb].head >= 0:
        subj = next((j for j in p.children(p.tokens[verb].head) if p.tokens[j].deprel == "nsubj"), None)
    if subj is None or "PronType=Rel" in p.tokens[subj].feats \
            or any(p.tokens[j].deprel == "case" for j in p.children(subj)):
        return None
    if any(p.tokens[j].deprel in _CLAUSES or p.tokens[j].deprel.split(":")[0] in _CLAUSES for j in p.subtree(subj) if j != subj):
        return None  # a clause under the subject: the parse ran the phrase into a clause, or another sentence
    members = sorted(j for j in p.subtree(subj) if p.tokens[j].upos != "PUNCT" or j == subj)
    while len(members) > 1 and members[0] != subj and p.tokens[members[0]].deprel in _OPENERS:
        members.pop(0)  # "Mais un expert …": the conjunction opens the clause, not the phrase
    return p.tokens[members[0]].start, p.tokens[members[-1]].end


_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "parataxis", "acl:relcl", "mark", "nsubj", "aux", "cop"})
_OPENERS = frozenset({"cc", "mark", "advmod", "discourse"})
_QUOTES = frozenset('"«»“”„')


def clausal_complement_of(p: Parse | None, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """What was said: the cue verb's clausal complement without its complementizer ("заявила, что
    …" → what follows "что"); None without one."""
    verb = p.span_head(cue_start, cue_end) if p is not None else None
    comp = next((j for j in p.children(verb) if p.tokens[j].deprel == "ccomp"), None) if verb is not None else None
    if comp is None:
        return None
    members = sorted(p.subtree(comp))
    while members and (p.tokens[members[0]].deprel == "mark" or p.tokens[members[0]].upos == "PUNCT"):
        members.pop(0)  # "что", "que", and the comma before them
    while members and p.tokens[members[-1]].upos == "PUNCT" and p.tokens[members[-1]].form not in _CLOSING:
        members.pop()
    return (p.tokens[members[0]].start, p.tokens[members[-1]].end) if members else None


_CLOSING = frozenset('"»”’)\'')  # a closing quote or bracket ends what was said with it


def speaker(name: str, doc, sent_start: int, sent_end: int, cue: tuple[int, int],
            found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker of a statement where the language parses (issue 11): the cue verb's subject
    when the rules found none, or when it holds the rules' phrase and only completes it ("the
    army" → "the Congolese army (FARDC)", "La" → "La porte-parole …, Adrienne Watson"). The rules'
    phrase stands otherwise, unless the parse makes it the verb's object (whom the speaker
    addressed): on news the small models misattach fronted phrases ("Le mois dernier,
    M. Sullivan") more often than the rules miss the subject; a completion to the left over a
    comma, a colon or a line break is such a fronted phrase."""
    p = parse_sentence(name, doc, sent_start, sent_end, tagged=False)  # relations are enough here
    subj = cue_subject(p, *cue)
    if subj is None:
        return found
    between = doc.text[subj[1]:cue[0]] if subj[1] <= cue[0] else doc.text[cue[1]:subj[0]]
    if _QUOTES.intersection(between):
        return found  # a quotation stands between them: the model took a word of what was said
    if found is None:
        # a phrase fronted before the subject and set off by a comma is none of it ("El jueves, …, Uribe")
        head = p.span_head(*subj)
        cut = max(doc.text.rfind(ch, subj[0], p.tokens[head].start) for ch in ",:;\n")
        return (cut + 1 + len(doc.text[cut + 1:subj[1]]) - len(doc.text[cut + 1:subj[1]].lstrip()), subj[1]) if cut >= 0 else subj
    if not (subj[0] <= found[0] and found[1] <= subj[1]):
        # the rules took the addressee for the speaker (object-first "Польшу предупредила Россия"):
        # the one addressed never speaks
        # (only an object before the verb: a French inverted subject, "a dit Hassan", is often
        # parsed as the object)
        head = p.span_head(*found)
        verb = p.span_head(*cue)
        addressed = head is not None and p.tokens[head].head == verb and p.tokens[head].deprel in ("obj", "iobj")
        if not addressed or found[1] > cue[0]:
            return found
        # a pronoun subject there is a clitic misread ("un témoin leur a dit"): tag the sentence to tell
        tagged = parse_sentence(name, doc, sent_start, sent_end)
        head = tagged.span_head(*subj) if tagged is not None else None
        return subj if head is not None and tagged.tokens[head].upos not in ("PRON", "") else found
    if any(ch in doc.text[subj[0]:found[0]] for ch in ",:;\n"):
        return found
    return subj
