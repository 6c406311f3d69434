"""Pairwise coreference on real news (bench/coref_eval.py, labels in bench/data/coref_pairs.jsonl):
floors within 0.03 of the measured values, so a change that merges more different acts, or
splits reports of one act, fails here. Figures and their meaning: BENCHMARKS.md, "Situations"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import coref_eval  # noqa: E402

pytestmark = pytest.mark.skipif(not all(p.exists() for p in coref_eval.FILES), reason="../shared news not present")


@pytest.fixture(scope="module")
def pool():
    return coref_eval.load_pool()


def test_labels_name_articles_of_the_pool(pool):
    labels = coref_eval.load_labels()
    assert labels and sum(labels.values()) >= 15
    assert all(a in pool and b in pool for a, b in labels)


def test_pairwise_precision_and_recall_floors(pool):
    result = coref_eval.score(pool, coref_eval.load_labels())
    assert result["system_positive_pairs"] > 0 and result["gold_positive_pairs"] > 0
    assert result["recall"] >= 0.84  # measured 0.864 (38 of 44) at coref10 (main 91b08a7, labels of 2026-12-07 22:00)
    assert result["precision"] >= 0.16  # measured 0.174 (38 of 219; 60 merged pairs unlabelled) at coref10 on main 91b08a7: every article at one instant (see BENCHMARKS.md)
    # the parts (dev pairs, pairs with a held-back article) split the counts without loss
    held = coref_eval.held_back()
    assert held and held <= set(pool) and not any(aid.startswith("rusentrel") for aid in held)
    for count in ("tp", "fp", "fn"):
        assert sum(part[count] for part in result["parts"].values()) == result[count]


def test_reader_dates_are_well_formed_and_name_pool_articles(pool):
    import json
    import re

    rows = [json.loads(line) for line in coref_eval.READER_DATES.read_text().splitlines() if line.strip()]
    assert rows
    assert len({r["id"] for r in rows}) == len(rows)
    assert sum(bool(pool[r["id"]][1]) for r in rows if r["id"] in pool) >= 0.9 * len(rows)  # dates serve articles with events
    for r in rows:
        assert r["id"] in pool, r["id"]  # a pool article (whether it yields events moves with the engine)
        assert re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", r["date"]), r
        assert r["sure"] in coref_eval.SURE and 0 < len(r["why"]) <= 120, r


def test_floors_with_the_readers_publication_dates():
    result = coref_eval.score(coref_eval.load_pool(dated=True, reader=True), coref_eval.load_labels())
    assert result["system_positive_pairs"] > 0 and result["gold_positive_pairs"] > 0
    assert result["precision"] >= 0.95  # measured 1.000 (37 of 37) at coref10 on main 91b08a7: --reader-dates (see BENCHMARKS.md)
    assert result["recall"] >= 0.80  # measured 0.841 (37 of 44) at coref10
