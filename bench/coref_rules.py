"""What each candidate coreference rule does to pairwise P/R on the labelled real-news pairs.

Two tables in each of three settings (bench/coref_eval.py's pool and labels): every article at
one instant, dated where the origin says, and dated by origin or reader (``--reader-dates``):

1. What tells background from a new act (streams/situations/background.py): the stage's
   classifier and its parts, each with the same treatment of a background mention (it joins
   only a syndicated copy or a report sharing a number, coref.corroborated), and that treatment
   made stricter (the same sentence only).
2. Extra conditions on top of :func:`streams.situations.coref.compatible` as it is, the
   stage without its one-day corroboration (``coref.CORROBORATE_AFTER``), without round 9's month
   named with its year (``background.months_in``, ``eventtime.act_month``), without each of its
   round-6 relaxations (``coref.places_fit``'s build-up, ``coref.translated_context``), and with
   a relaxation measured and not adopted (an alternative way to join).

A rule is adopted in the stage only when it raises precision without taking recall below the
target (0.80) or, where recall is already below it, without costing recall; the tables in
BENCHMARKS.md section 6 come from this script.

    .venv/bin/python bench/coref_rules.py
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coref_eval  # noqa: E402
from streams.situations import background, coref, core  # noqa: E402
from streams.situations.mentions import one_sided  # noqa: E402
from streams.situations.mentions import related_keys as _related_keys  # noqa: E402

HOUR = 3600.0


def _same_sentence(s, m):
    return coref.evidence_hash(m.evidence) in s.get("evidence_hashes", ())


def _corroborated(s, m):
    """Something beyond the codes: the same sentence, a shared year or a shared force number."""
    return (_same_sentence(s, m) or bool(set(m.years) & set(s.get("years") or ()))
            or bool(set(m.force) & set(s["force"])))


SPECULATIVE = frozenset({"hypothetical", "conditional"})
_MODALITIES: dict[str, set[str]] = {}  # situation id -> modalities of its mentions (the state keeps the strongest)
_ERA: dict[str, int | None] = {}  # article id -> the newest year its text names (filled by main)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)")


def _modalities(s):
    return _MODALITIES.get(s["id"]) or {s["modality"]}


def _era_of(text):
    years = [int(y) for y in _YEAR.findall(text) if int(y) % 100]
    return max(years) if years else None


_DYADS: dict[str, int] = {}  # article id -> distinct act keys of its mentions (filled by main)


def _long_article(aid) -> bool:
    return _DYADS.get(aid, 0) >= LONG_ARTICLE


LONG_ARTICLE = 8  # distinct act keys: a survey or op-ed that meets every dyad of a war


def _glue(s, m):
    """A mention from an article meeting many dyads, or a situation only such articles hold,
    joins only on corroboration: otherwise one op-ed glues the reports of several acts."""
    theirs = list(s.get("article_ids", ()))
    return not (_long_article(m.article_id) or (theirs and all(_long_article(a) for a in theirs))) \
        or coref.corroborated(s, m)


def _same_era(s, m):
    """Not a rule the stage can apply (an event carries its sentence, not its article): what an
    article-level date read from the text would buy where the record gives no publication time."""
    mine = _ERA.get(m.article_id)
    theirs = {_ERA.get(a) for a in s.get("article_ids", ())} - {None}
    return mine is None or not theirs or any(abs(mine - y) <= 1 for y in theirs)


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
    "numbers in both sentences, none shared": lambda s, m, h: not (m.numbers and s.get("numbers"))
    or bool(set(m.numbers) & set(s["numbers"])),
    "speculative reports join only speculative ones": lambda s, m, h: (m.modality in SPECULATIVE)
    == bool(_modalities(s) & SPECULATIVE),
    "articles' newest years within a year (text, not in the events)": lambda s, m, h: _same_era(s, m),
    "beyond 6 h only corroborated": lambda s, m, h: abs(m.time - s["first_seen"]) <= 6 * HOUR
    or coref.corroborated(s, m),
    f"articles with >= {LONG_ARTICLE} act keys join only corroborated": lambda s, m, h: _glue(s, m),
}


def _as_its_copy(s, m, h):
    """The stage's verdict if the report were a copy of a sentence the situation holds."""
    return _STAGE({**s, "evidence_hashes": [*s.get("evidence_hashes", ()), coref.evidence_hash(m.evidence)]}, m, h)


def _one_sided_alike(s, m, h, other_language=False):
    """Relaxation measured in round 6 and not adopted: a one-sided report ('Germany deploys',
    no target or place) joins a one-sided situation of the same CAMEO leaf and modality within a
    day (``other_language``: only in a language the situation lacks, a translation), as if it were
    the same sentence."""
    if not (one_sided(m) and not (s["target"] or s["location"]) and s["cameo"] == m.cameo
            and s["modality"] == m.modality and abs(m.time - s["first_seen"]) <= coref.CORROBORATE_AFTER):
        return False
    if other_language and m.language in s["languages"]:
        return False
    return _as_its_copy(s, m, h)


def _own_article(s, m, h, one_sided_only=False):
    """Relaxation measured in round 6 and not adopted: a report joins a situation that holds its
    own article as if it were the same sentence (``one_sided_only``: only a report with an unknown
    side, and background only with background). Unrestricted, it lets an article's cited past act
    join the new act it reports."""
    if coref._hash(m.article_id) not in s["article_hashes"]:
        return False
    if one_sided_only and not (one_sided(m) and bool(m.background) == bool(s.get("background"))):
        return False
    return _as_its_copy(s, m, h)


def _no_build_up(s, m):
    """coref.places_fit without the build-up (round 5): two known places must be equal."""
    return not (s["location"] and m.location and s["location"] != m.location)


def _without_months(pool):
    """The pool as round 6's stage read it: no act month, and a month with its year no background."""
    return {aid: (doc, [dataclasses.replace(m, act_month=None, background=background.is_background(
        m.evidence, m.language, m.years, m.time, m.type, None, [])) for m in ms]) for aid, (doc, ms) in pool.items()}


_STAGE = coref.compatible
# the stage without one of its round-6 relaxations (what each adds), and with one not adopted
ABLATIONS = {
    "without the home build-up (places_fit)": {"places_fit": _no_build_up},
    "without the translated context (translated_context)": {"translated_context": lambda s, m: False},
    "without both (the stage of round 5)": {"places_fit": _no_build_up, "translated_context": lambda s, m: False},
    # round 10: the related keys (core.related_entries) and the alliance modality rule
    "without group membership (round 10)": {"core.related_keys": lambda m, index=None: (
        _related_keys(m, index) if m.type == "alliance" else [])},
    "without alliances one party apart (round 10)": {"one_party_apart": lambda a, b: False,
                                                     "core.related_keys": lambda m, index=None: (
        [] if m.type == "alliance" else _related_keys(m, index))},
    "without 'a pact made is not a pact proposed' (round 10)": {"modalities": lambda state: []},
    "without all three (the stage of round 9)": {
        "core.related_keys": lambda m, index=None: [], "one_party_apart": lambda a, b: False,
        "modalities": lambda state: []},
}
RELAXATIONS = {
    "one-sided reports alike (leaf, modality, a day) join": _one_sided_alike,
    "... only in another language": lambda s, m, h: _one_sided_alike(s, m, h, other_language=True),
    "a report joins its own article's situation": _own_article,
    "... only one-sided, background with background": lambda s, m, h: _own_article(s, m, h, one_sided_only=True),
}


_original_add = coref.add


def _tracking_add(state, m, keep, late=False):
    _MODALITIES.setdefault(state["id"], set()).add(m.modality)
    return _original_add(state, m, keep, late)


def _line(name, r):
    return (f"  {name:50s} merged {r['system_positive_pairs']:3d}  P {r['precision']:.3f}  "
            f"R {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")


def main() -> int:
    labels = coref_eval.load_labels()
    original = coref.compatible
    for name, dated, reader in (("every article at one instant", False, False),
                                ("dated where the origin says", True, False),
                                ("dated by origin or reader (--reader-dates)", True, True)):
        pool = coref_eval.load_pool(dated, reader)
        print(name)
        print(" background classifier")
        for name, classify in CLASSIFIERS.items():
            relabelled = {aid: (doc, [dataclasses.replace(m, background=bool(classify(m))) for m in ms])
                          for aid, (doc, ms) in pool.items()}
            print(_line(name, coref_eval.score(relabelled, labels)))
        print(" extra rule on top of the stage")
        _ERA.update({aid: _era_of(doc["text"]) for aid, (doc, _) in pool.items()})
        _DYADS.update({aid: len({coref_eval.act_key(m) for m in ms}) for aid, (_, ms) in pool.items()})
        coref.CORROBORATE_AFTER, after = float("inf"), coref.CORROBORATE_AFTER
        try:
            print(_line("without the one-day corroboration (before)", coref_eval.score(pool, labels)))
        finally:
            coref.CORROBORATE_AFTER = after
        print(_line("without the month with its year (round 9)", coref_eval.score(_without_months(pool), labels)))
        for name, patch in ABLATIONS.items():
            def target(attr):  # "core.x" patches the stage module, any other name coref
                return (core, attr[5:]) if attr.startswith("core.") else (coref, attr)
            saved = {attr: getattr(*target(attr)) for attr in patch}
            for attr, fn in patch.items():
                setattr(*target(attr), fn)
            try:
                print(_line(name, coref_eval.score(pool, labels)))
            finally:
                for attr, fn in saved.items():
                    setattr(*target(attr), fn)
        for name, relax in RELAXATIONS.items():
            coref.compatible = lambda s, m, h, relax=relax: original(s, m, h) or relax(s, m, h)
            try:
                print(_line(name, coref_eval.score(pool, labels)))
            finally:
                coref.compatible = original
        for name, extra in RULES.items():
            coref.compatible = lambda s, m, h, extra=extra: original(s, m, h) and extra(s, m, h)
            coref.add = _tracking_add
            _MODALITIES.clear()
            try:
                r = coref_eval.score(pool, labels)
            finally:
                coref.compatible, coref.add = original, _original_add
            print(_line(name, r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
