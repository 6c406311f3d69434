"""What each candidate coreference rule does to pairwise P/R on the labelled real-news pairs.

Two tables, every article at one instant and dated (bench/coref_eval.py's pool and labels):

1. What tells background from a new act (streams/situations/background.py): the stage's
   classifier and its parts, each with the same treatment of a background mention (it joins
   only a syndicated copy or a report sharing a number, coref.corroborated), and that treatment
   made stricter (the same sentence only).
2. Extra conditions on top of :func:`streams.situations.coref.compatible` as it is.

A rule is adopted in the stage only when it raises precision without taking recall below the
target (0.80) or, where recall is already below it, without costing recall; the tables in
BENCHMARKS.md section 6 come from this script.

    .venv/bin/python bench/coref_rules.py
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coref_eval  # noqa: E402
from streams.situations import background, coref  # noqa: E402

HOUR = 3600.0


def _same_sentence(s, m):
    return coref.evidence_hash(m.evidence) in s.get("evidence_hashes", ())


def _corroborated(s, m):
    """Something beyond the codes: the same sentence, a shared year or a shared force number."""
    return (_same_sentence(s, m) or bool(set(m.years) & set(s.get("years") or ()))
            or bool(set(m.force) & set(s["force"])))


CLASSIFIERS = {
    "none (no mention is background)": lambda m: False,
    "years only": lambda m: background.past_years(m.years, m.time),
    "dates only": lambda m: background.past_dates(background.dates_in(m.evidence, m.language), m.time),
    "cue words only": lambda m: bool(background.cues(m.evidence, m.language, m.type)),
    "dates or cue words (no years)": lambda m: bool(background.cues(m.evidence, m.language, m.type))
    or background.past_dates(background.dates_in(m.evidence, m.language), m.time),
    "the stage: years, dates or cue words": lambda m: m.background,
}

RULES = {
    "as is": lambda s, m, h: True,
    "background joins only the same sentence": lambda s, m, h: not (m.background or s.get("background"))
    or _same_sentence(s, m),
    "same CAMEO code (leaf)": lambda s, m, h: s["cameo"] == m.cameo,
    "same modality": lambda s, m, h: s["modality"] == m.modality,
    "same CAMEO code and modality": lambda s, m, h: s["cameo"] == m.cameo and s["modality"] == m.modality,
    "corroborated (sentence, year or force number)": lambda s, m, h: _corroborated(s, m),
    "corroborated (sentence or any shared number)": lambda s, m, h: coref.corroborated(s, m),
    "within 24 h (dated only)": lambda s, m, h: abs(m.time - s["first_seen"]) <= 24 * HOUR,
}


def _line(name, r):
    return (f"  {name:50s} merged {r['system_positive_pairs']:3d}  P {r['precision']:.3f}  "
            f"R {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")


def main() -> int:
    labels = coref_eval.load_labels()
    original = coref.compatible
    for dated in (False, True):
        pool = coref_eval.load_pool(dated)
        print("dated" if dated else "every article at one instant")
        print(" background classifier")
        for name, classify in CLASSIFIERS.items():
            relabelled = {aid: (doc, [dataclasses.replace(m, background=bool(classify(m))) for m in ms])
                          for aid, (doc, ms) in pool.items()}
            print(_line(name, coref_eval.score(relabelled, labels)))
        print(" extra rule on top of the stage")
        for name, extra in RULES.items():
            coref.compatible = lambda s, m, h, extra=extra: original(s, m, h) and extra(s, m, h)
            try:
                r = coref_eval.score(pool, labels)
            finally:
                coref.compatible = original
            print(_line(name, r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
