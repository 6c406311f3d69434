"""What each candidate coreference rule does to pairwise P/R on the labelled real-news pairs.

Each rule is an extra condition on top of :func:`streams.situations.coref.compatible` (the stage's
rules as they are), measured with bench/coref_eval.py's pool and labels, every article at one
instant and dated. A rule is adopted in coref.compatible only when it raises precision without
taking recall below the target (0.80); the table in BENCHMARKS.md section 6 comes from this script.

    .venv/bin/python bench/coref_rules.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coref_eval  # noqa: E402
from streams.situations import coref  # noqa: E402

HOUR = 3600.0


def _same_sentence(s, m):
    return coref.evidence_hash(m.evidence) in s.get("evidence_hashes", ())


def _corroborated(s, m):
    """Something beyond the codes: the same sentence, a shared year or a shared force number."""
    return (_same_sentence(s, m) or bool(set(m.years) & set(s.get("years") or ()))
            or bool(set(m.force) & set(s["force"])))


RULES = {
    "as is": lambda s, m, h: True,
    "same CAMEO code (leaf)": lambda s, m, h: s["cameo"] == m.cameo,
    "same modality": lambda s, m, h: s["modality"] == m.modality,
    "same CAMEO code and modality": lambda s, m, h: s["cameo"] == m.cameo and s["modality"] == m.modality,
    "same CAMEO code or modality": lambda s, m, h: s["cameo"] == m.cameo or s["modality"] == m.modality,
    "corroborated (sentence, year or force number)": lambda s, m, h: _corroborated(s, m),
    "corroborated, or same CAMEO code and modality":
        lambda s, m, h: _corroborated(s, m) or (s["cameo"] == m.cameo and s["modality"] == m.modality),
    "within 24 h (dated only)": lambda s, m, h: abs(m.time - s["first_seen"]) <= 24 * HOUR,
}


def main() -> int:
    labels = coref_eval.load_labels()
    original = coref.compatible
    for dated in (False, True):
        pool = coref_eval.load_pool(dated)
        print("dated" if dated else "every article at one instant")
        for name, extra in RULES.items():
            coref.compatible = lambda s, m, h, extra=extra: original(s, m, h) and extra(s, m, h)
            try:
                r = coref_eval.score(pool, labels)
            finally:
                coref.compatible = original
            print(f"  {name:50s} merged {r['system_positive_pairs']:3d}  P {r['precision']:.3f}  "
                  f"R {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
