"""The news scorer counts what gold/README.md says, on our own small articles."""

from schemas import Article
from streams.engine import default_engine
from streams.evaluate_news import part_of, score_article

TEXT = ("The defence ministry said Germany will deploy 300 soldiers to Lithuania next year. "
        "The weather was mild on Tuesday.")


def _score(events, statements=None):
    rec = {"id": "t-1", "text": TEXT, "events": events}
    if statements is not None:
        rec["statements"] = statements
    result = default_engine().extract(Article(id="t-1", text=TEXT, lang="en"))
    assert any(e.type == "deployment" for e in result.events), "the engine must find the deployment first"
    return score_article(rec, result).summary()


def test_overlapping_prediction_is_a_hit_with_roles():
    gold = [{"type": "deployment", "source": "DEU", "target": ["LTU"], "modality": "planned",
             "evidence": "Germany will deploy 300 soldiers to Lithuania"}]
    s = _score(gold)
    assert s["event_by_type"]["deployment"]["found"] == 1 and s["event"]["missed"] == 0
    assert s["article_by_type"]["deployment"]["tp"] == 1
    assert s["source_accuracy"] == 1.0 and s["target_accuracy"] == 1.0


def test_wrong_gold_source_counts_against_the_role():
    gold = [{"type": "deployment", "source": "FRA", "target": ["LTU"], "modality": "planned",
             "evidence": "Germany will deploy 300 soldiers to Lithuania"}]
    assert _score(gold)["source_accuracy"] == 0.0


def test_negative_article_makes_every_prediction_a_false_positive():
    s = _score([])
    assert s["event"]["right"] == 0 and s["event"]["wrong"] >= 1
    assert s["article_by_type"]["deployment"]["fp"] == 1


def test_recall_counts_annotated_events_not_the_predictions_that_hit_them():
    # the sentence said twice: two predictions overlap one annotated event, the other is missed
    text = TEXT + " " + TEXT
    rec = {"id": "t-2", "text": text, "events": [
        {"type": "deployment", "source": "DEU", "target": ["LTU"], "modality": "planned",
         "evidence": "Germany will deploy 300 soldiers to Lithuania next year. The weather"},
        {"type": "warning", "source": "DEU", "target": ["RUS"], "modality": "asserted", "evidence": "mild"}]}
    result = default_engine().extract(Article(id="t-2", text=text, lang="en"))
    assert sum(e.type == "deployment" for e in result.events) == 2
    s = score_article(rec, result).summary()["event"]
    assert (s["right"], s["found"], s["missed"]) == (2, 1, 1)
    assert s["precision"] == 1.0 and s["recall"] == 0.5


def test_negated_gold_is_left_out():
    gold = [{"type": "deployment", "source": "DEU", "target": ["LTU"], "modality": "negated",
             "evidence": "Germany will deploy 300 soldiers to Lithuania"}]
    assert _score(gold)["event"]["missed"] == 0


def test_statements_are_scored_by_tokens():
    st = [{"speaker": "The defence ministry", "cue": "said",
           "content": "Germany will deploy 300 soldiers to Lithuania next year"}]
    s = _score([], st)["statements"]
    assert s["articles"] == 1
    assert s["token"]["content"]["tp"] > 0 and s["token"]["cue"]["f1"] == 1.0


def test_every_third_article_is_held_back():
    assert [part_of(i) for i in range(6)] == ["dev", "dev", "heldback", "dev", "dev", "heldback"]


def test_per_type_table_lists_each_type_for_both_parts():
    from streams.evaluate_news import format_news_by_type

    gold = [{"type": "deployment", "source": "DEU", "target": ["LTU"], "modality": "planned",
             "evidence": "Germany will deploy 300 soldiers to Lithuania"}]
    s = _score(gold)
    report = {"pooled": {"dev": s, "heldback": s}, "languages": {"en": {"dev": s, "heldback": s}}}
    lines = format_news_by_type(report).splitlines()
    assert "deplo F1" in lines[0] and "warni P" in lines[0] and "allia R" in lines[0]
    assert len(lines) == 1 + 2 * 2
    dev_row = [ln for ln in lines if ln.startswith("en") and "dev" in ln]
    assert dev_row, "a dev row for the language must exist"
    dep_f1 = s["event_by_type"]["deployment"]["f1"]
    assert f"{dep_f1:.3f}" in dev_row[0]


def test_each_annotated_act_is_paired_with_its_own_party():
    # "Spain and Italy …" is two acts: the engine emits one event per party, each paired with its own gold
    text = "Spain and Italy will send frigates to Cyprus next month."
    result = default_engine().extract(Article(id="t-2", text=text, lang="en"))
    assert sorted(e.source.code for e in result.events if e.type == "deployment") == ["ESP", "ITA"]
    gold = [{"type": "deployment", "source": code, "target": ["CYP"], "modality": "planned", "evidence": text}
            for code in ("ESP", "ITA")]
    s = score_article({"id": "t-2", "text": text, "events": gold}, result).summary()
    assert s["role_pairs"] == 2 and s["source_accuracy"] == 1.0 and s["target_accuracy"] == 1.0
