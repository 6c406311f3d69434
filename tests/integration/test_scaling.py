"""Two workers in one consumer group share the partitions and together miss nothing."""

from __future__ import annotations

import orjson
import pytest

from schemas import Article
from streams.engine import extract

from .conftest import collect, drain, make_settings, wait_until
from .test_pipeline import scrape

pytestmark = pytest.mark.integration

TEXTS = [
    "Russia's foreign ministry warned that Poland would face consequences if it deployed American missiles. Story {n}.",
    "The Pentagon said the United States will deploy 2,000 additional troops to Romania next month. Report {n}.",
    "China summoned the Australian ambassador to protest against a naval patrol. Item {n}.",
]


def lag_partitions(worker) -> set[str]:
    try:
        return {dict(labels)["partition"] for (name, labels) in worker.metrics() if name == "geoevents_consumer_lag"}
    except OSError:
        return set()


def test_two_workers_share_partitions_and_process_every_article(broker, start_worker):
    settings = make_settings(broker, partitions=4)
    first = start_worker(settings)
    second = start_worker(settings)

    def split():
        a, b = lag_partitions(first), lag_partitions(second)
        return a and b and not a & b and a | b == {"0", "1", "2", "3"}

    wait_until(split, 30, message="both workers to own partitions")

    articles = [orjson.dumps({"id": f"scale-{i}", "text": TEXTS[i % 3].format(n=i)}) for i in range(60)]
    want = set()
    for value in articles:
        want.update(e.id for e in extract(Article.model_validate(orjson.loads(value))).events)
    scrape(settings, articles)

    ids = {f"scale-{i}" for i in range(60)}
    collect(settings, ["statements"], lambda recs: {r.json()["article_id"] for r in recs} >= ids)
    events = drain(settings, ["warning", "deployment", "alliance"], idle=1.5)
    assert {r.headers["ce_id"] for r in events} == want
    consumed = [w.metric_sum("geoevents_articles_consumed_total") for w in (first, second)]
    assert all(n > 0 for n in consumed), consumed
    assert sum(consumed) >= 60
