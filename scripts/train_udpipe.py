#!/usr/bin/env python3
"""Train the UDPipe 1 models that streams/engine/parse.py ships (roles from a dependency parse).

    python scripts/train_udpipe.py en   # ../shared/ud/en_ewt train, dev as heldout (~25 min, one core)
    python scripts/train_udpipe.py fr   # ../shared/ud/fr_gsd dev only (no train file here; test kept for evaluation)
    python scripts/train_udpipe.py es   # ../shared/ud/es_gsd dev only
    python scripts/train_udpipe.py en --evaluate   # LAS / nsubj / obj F1 of the shipped model on the test file

The treebanks are CC BY-SA 4.0; so are the models (streams/engine/models/NOTICE.md).
Fast settings, measured in ../shared/ud/README.md: more iterations add a few points and many minutes.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "ud"
MODELS = ROOT / "streams" / "engine" / "models"

# language -> (treebank folder, training files, heldout file or None, test file)
TREEBANKS = {
    "en": ("en_ewt", ["en_ewt-ud-train.conllu"], "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"),
    "fr": ("fr_gsd", ["fr_gsd-ud-dev.conllu"], None, "fr_gsd-ud-test.conllu"),
    "es": ("es_gsd", ["es_gsd-ud-dev.conllu"], None, "es_gsd-ud-test.conllu"),
}
TOKENIZER = "epochs=5"
# en, es: the tagger learns UPOS and XPOS only (no lemma, no features): the roles need the tree
# and UPOS, and the full EWT tag set (with features) trains for over an hour on a shared core
_FAST_TAGGER = "models=1;iterations=5;use_lemma=0;provide_lemma=0;use_feats=0;provide_feats=0"
TAGGER = {"en": _FAST_TAGGER, "es": _FAST_TAGGER}
TAGGER_DEFAULT = "models=1;iterations=5"
PARSER = "iterations=2"
MAX_TOKEN_BYTES = 255  # UDPipe aborts on a longer form ("Should encode value ... in one byte")


def read_sentences(path: Path) -> list[str]:
    """CoNLL-U sentences (blocks), without those holding a form or lemma over 255 bytes."""
    kept = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        too_long = False
        for line in block.split("\n"):
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 2 and any(len(c.encode("utf-8")) > MAX_TOKEN_BYTES for c in cols[1:3]):
                too_long = True
                break
        if not too_long:
            kept.append(block + "\n\n")
    return kept


def to_sentences(blocks: list[str]):
    """CoNLL-U text -> the ufal.udpipe Sentences vector Trainer.train takes."""
    from ufal.udpipe import InputFormat, ProcessingError, Sentence, Sentences

    reader = InputFormat.newConlluInputFormat()
    reader.setText("".join(blocks))
    out, error = Sentences(), ProcessingError()
    sentence = Sentence()
    while reader.nextSentence(sentence, error):
        out.push_back(sentence)
        sentence = Sentence()
    if error.occurred():
        sys.exit(f"reading CoNLL-U failed: {error.message}")
    return out


def model_path(lang: str) -> Path:
    return MODELS / f"{lang}.udpipe"


def train(lang: str, limit: int | None = None, tagger_iterations: int | None = None,
          parser_iterations: int | None = None) -> Path:
    from ufal.udpipe import ProcessingError, Trainer

    folder, train_files, heldout_file, _ = TREEBANKS[lang]
    blocks = [s for f in train_files for s in read_sentences(UD / folder / f)]
    train_data = to_sentences(blocks[:limit] if limit else blocks)
    heldout = to_sentences(read_sentences(UD / folder / heldout_file) if heldout_file else [])
    print(f"{lang}: training on {train_data.size()} sentences, heldout {heldout.size()}", flush=True)
    error = ProcessingError()
    started = time.monotonic()
    tagger = TAGGER.get(lang, TAGGER_DEFAULT)
    parser = PARSER
    if tagger_iterations:
        tagger = tagger.replace("iterations=5", f"iterations={tagger_iterations}")
    if parser_iterations:
        parser = f"iterations={parser_iterations}"
    model = Trainer.train("morphodita_parsito", train_data, heldout, TOKENIZER, tagger, parser, error)
    if error.occurred():
        sys.exit(f"training failed: {error.message}")
    MODELS.mkdir(parents=True, exist_ok=True)
    out = model_path(lang)
    # SWIG hands the model back as a str; the bytes are latin-1 transparent.
    out.write_bytes(model.encode("latin-1") if isinstance(model, str) else model)
    print(f"{lang}: {out} {out.stat().st_size} bytes in {time.monotonic() - started:.0f} s "
          f"(tokenizer {TOKENIZER}; tagger {tagger}; parser {parser}; {train_data.size()} sentences)")
    return out


def evaluate(lang: str) -> None:
    """LAS and nsubj/obj F1 on the held-out test file, gold tokenization (the engine gives its own tokens)."""
    from ufal.udpipe import Model, Pipeline, ProcessingError

    folder, _, _, test_file = TREEBANKS[lang]
    model = Model.load(str(model_path(lang)))
    pipe = Pipeline(model, "conllu", Pipeline.DEFAULT, Pipeline.DEFAULT, "conllu")
    gold_text = "".join(read_sentences(UD / folder / test_file))
    error = ProcessingError()
    # Strip the gold columns the model predicts, keep the tokenization.
    stripped = []
    for line in gold_text.split("\n"):
        cols = line.split("\t")
        if len(cols) == 10 and "-" not in cols[0] and "." not in cols[0]:
            cols = cols[:2] + ["_"] * 8
        stripped.append("\t".join(cols))
    predicted = pipe.process("\n".join(stripped), error)
    if error.occurred():
        sys.exit(error.message)

    def rows(text: str):
        for line in text.split("\n"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols[6], cols[7].split(":")[0]

    gold, pred = list(rows(gold_text)), list(rows(predicted))
    assert len(gold) == len(pred), (len(gold), len(pred))
    las = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    print(f"{lang} test: LAS {100 * las:.1f} over {len(gold)} words")
    for rel in ("nsubj", "obj", "obl"):
        tp = sum(g == p and g[1] == rel for g, p in zip(gold, pred))
        ng = sum(g[1] == rel for g in gold)
        npred = sum(p[1] == rel for p in pred)
        f1 = 2 * tp / (ng + npred) if ng + npred else 0.0
        print(f"  {rel}: F1 {100 * f1:.1f} (head and label right; gold {ng}, predicted {npred})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("langs", nargs="+", choices=sorted(TREEBANKS))
    ap.add_argument("--evaluate", action="store_true", help="evaluate the shipped model instead of training")
    ap.add_argument("--limit", type=int, help="train on the first N sentences only")
    ap.add_argument("--tagger-iterations", type=int)
    ap.add_argument("--parser-iterations", type=int)
    args = ap.parse_args()
    for lang in args.langs:
        if args.evaluate:
            evaluate(lang)
        else:
            train(lang, args.limit, args.tagger_iterations, args.parser_iterations)


if __name__ == "__main__":
    main()
