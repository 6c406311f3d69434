"""Hostile and broken input through a real worker: every record is processed or dead-lettered
(reason + original bytes), the worker stays up, good articles in between are all processed,
and the dead letters are counted in ``geoevents_dead_letters_total{reason}``.

The corpus is what a broken or hostile scraper can put on the articles topic. For each input
the expected outcome is fixed here, so a behaviour change shows up as a test failure:
``None`` = processed (a statements record for its id), else the dead-letter reason.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter

import orjson
import pytest
from confluent_kafka import Producer

from schemas import Article
from streams.engine import EXTRACTOR_VERSION, extract
from streams.engine.pipeline import MAX_TEXT_CHARS
from streams.clients import KINDS
from streams.records import Config, dead_letter_value_limit, parse_dead_letter_headers

from .conftest import collect, drain, make_settings, wait_until

pytestmark = pytest.mark.integration

# A cap just above the engine's text cap, so one input exercises truncation (recorded in the
# result's `truncated`) and the 10 MB one the byte cap (dead letter `too_large`).
MAX_BYTES = MAX_TEXT_CHARS + 500_000
GOOD = (
    "Russia's foreign ministry warned on Monday that Poland would face consequences if it deployed "
    "American missiles on its territory. Story {n}."
)


def article(id_: str, text: str, **extra) -> bytes:
    return orjson.dumps({"id": id_, "text": text, **extra})


def corpus() -> list[tuple[str, bytes | None, str | None, str | None]]:
    """(name, value, article id when processed, expected dead-letter reason or None)."""
    nested_extra = b'{"id": "bad-nested-extra", "text": "Quiet day.", "extra": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    items: list[tuple[str, bytes | None, str | None, str | None]] = [
        # --- not JSON -------------------------------------------------------------------------
        ("malformed_json", b'{"id": "bad-1", "text": "unterminated', None, "invalid_json"),
        ("truncated_object", b'{"id":', None, "invalid_json"),
        ("plain_text", b"Russia warned Poland.", None, "invalid_json"),
        ("empty_value", b"", None, "invalid_json"),
        ("tombstone", None, None, "invalid_json"),
        ("utf8_bom", b"\xef\xbb\xbf" + article("bad-bom", "text"), None, "invalid_json"),
        ("lone_surrogate_escape", b'{"id": "bad-sur", "text": "x\\ud800y"}', None, "invalid_json"),
        ("raw_nul_in_string", b'{"id": "bad-nul", "text": "a\x00b"}', None, "invalid_json"),
        ("raw_control_in_string", b'{"id": "bad-ctl", "text": "a\x07\x1bb"}', None, "invalid_json"),
        ("infinite_number", b'{"id": "bad-inf", "text": "x", "n": 1e999}', None, "invalid_json"),
        ("nan_literal", b'{"id": "bad-nan", "text": "x", "n": NaN}', None, "invalid_json"),
        ("deeply_nested_100k", b"[" * 100_000 + b"]" * 100_000, None, "invalid_json"),
        ("trailing_garbage", article("bad-trail", "x") + b" {}", None, "invalid_json"),
        # --- not UTF-8 --------------------------------------------------------------------------
        ("latin1", b'{"id": "bad-latin1", "text": "caf\xe9"}', None, "undecodable"),
        ("overlong_utf8", b'{"id": "bad-overlong", "text": "\xc0\xaf"}', None, "undecodable"),
        ("utf16_with_bom", '{"id": "bad-utf16", "text": "x"}'.encode("utf-16"), None, "undecodable"),
        ("raw_surrogate_bytes", b'{"id": "bad-rawsur", "text": "\xed\xa0\x80"}', None, "undecodable"),
        ("random_binary", bytes(range(256)) * 4, None, "undecodable"),
        # --- valid JSON, wrong shape or types ---------------------------------------------------
        ("json_array", orjson.dumps([{"id": "bad-arr", "text": "x"}]), None, "schema"),
        ("json_string", b'"just a string"', None, "schema"),
        ("json_number", b"42", None, "schema"),
        ("json_null", b"null", None, "schema"),
        ("missing_text", orjson.dumps({"id": "bad-notext"}), None, "schema"),
        ("missing_id", orjson.dumps({"text": "Russia warned Poland."}), None, "schema"),
        ("empty_id", article("", "x"), None, "schema"),
        ("blank_id", article("   ", "x"), None, "schema"),
        ("id_is_number", orjson.dumps({"id": 42, "text": "x"}), None, "schema"),
        ("text_is_list", orjson.dumps({"id": "bad-list", "text": ["a", "b"]}), None, "schema"),
        ("text_is_null", orjson.dumps({"id": "bad-null", "text": None}), None, "schema"),
        ("text_is_object", orjson.dumps({"id": "bad-obj", "text": {"body": "x"}}), None, "schema"),
        ("bad_published_at", article("bad-date", "x", published_at="yesterday"), None, "schema"),
        ("title_is_object", article("bad-title", "x", title={"a": 1}), None, "schema"),
        ("gigantic_id_1mb", article("i" * 1_000_000, "x"), None, "schema"),
        # --- too large --------------------------------------------------------------------------
        ("text_10mb", article("bad-10mb", "Russia warned Poland. " * 476_191), None, "too_large"),
        # --- odd but valid: processed -----------------------------------------------------------
        ("empty_text", article("ok-empty", ""), "ok-empty", None),
        ("whitespace_text", article("ok-ws", " \n\t\r" * 50_000), "ok-ws", None),
        ("text_over_engine_cap", article("ok-truncated", ("Lorem ipsum dolor sit amet. " * 80_000)[: MAX_TEXT_CHARS + 1000]),
         "ok-truncated", None),
        ("run_200kb_no_spaces", article("ok-run", "abcdefghij" * 20_000), "ok-run", None),
        ("run_200kb_cjk_no_punct", article("ok-cjk", "俄罗斯警告波兰" * 28_000), "ok-cjk", None),
        ("unbalanced_quotes_10k", article("ok-quotes", GOOD.format(n="q") + ' "' * 10_000 + "«“„‘" * 500), "ok-quotes", None),
        ("escaped_nul_and_controls", article("ok-ctl", "Russia\x00 warned\x01\x02\x1b Poland\x7f\x85 of consequences.\x00" * 100),
         "ok-ctl", None),
        ("bidi_and_zero_width", article(
            "ok-bidi",
            "\u202eRussia\u200b warned\u200d Poland\u2066 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\u2069 "
            "\ufeffwould face\u200c consequences.\u202c " * 200,
        ), "ok-bidi", None),
        ("combining_marks", article("ok-zalgo", "R" + "\u0301\u0308\u0327" * 30_000 + "ussia warned Poland."), "ok-zalgo", None),
        ("astral_and_emoji", article("ok-emoji", "🚀🇷🇺→🇵🇱 𝕽𝖚𝖘𝖘𝖎𝖆 warned Poland. " * 1000), "ok-emoji", None),
        ("nested_extra_field_1000", nested_extra, "bad-nested-extra", None),
        ("duplicate_keys_last_wins", b'{"id": "ok-dup-first", "text": "one", "id": "ok-dup-last", "text": "two"}',
         "ok-dup-last", None),
        ("id_at_limit_512", article("L" * 512, GOOD.format(n="id512")), "L" * 512, None),
        ("unicode_id", article("ок-\u202e-标识-🚀", GOOD.format(n="uid")), "ок-\u202e-标识-🚀", None),
        ("unknown_fields", article("ok-extra", GOOD.format(n="x"), foo=[1, 2, {"b": None}], lang="xx-not-a-lang"),
         "ok-extra", None),
    ]
    return items


def good_article(n: int) -> bytes:
    return article(f"good-{n}", GOOD.format(n=n))


@pytest.fixture(scope="module")
def run(broker, start_worker):
    settings = make_settings(broker, max_message_bytes=MAX_BYTES)
    worker = start_worker(settings)
    items = corpus()
    producer = Producer({
        "bootstrap.servers": settings.bootstrap_servers(),
        "enable.idempotence": False,
        "linger.ms": 5,
        "message.max.bytes": 16_000_000,
    })
    sent: list[tuple[str, bytes | None, bytes | None]] = []
    for i, (name, value, _, _) in enumerate(items):
        key = f"k-{name}".encode()
        producer.produce(settings.topic_articles, value=value, key=key, headers=[("scraper", b"fuzz"), ("case", name.encode())])
        sent.append((name, key, value))
        good = good_article(i)
        producer.produce(settings.topic_articles, value=good, key=f"good-{i}".encode())
        producer.poll(0)
    assert producer.flush(30) == 0
    started = time.monotonic()
    good_ids = {f"good-{i}" for i in range(len(items))}
    processed_ids = {pid for _, _, pid, _ in items if pid} | good_ids
    n_dead = sum(1 for *_, reason in items if reason)
    statements = collect(
        settings, ["statements"], lambda recs: {r.json()["article_id"] for r in recs} >= processed_ids, timeout=90
    )
    letters = collect(settings, ["dead-letter"], lambda recs: len(recs) >= n_dead, timeout=30)
    elapsed = time.monotonic() - started
    return settings, worker, items, sent, statements, letters, elapsed


def test_every_bad_input_is_dead_lettered_with_reason_and_original_bytes(run):
    settings, worker, items, sent, _, letters, _ = run
    expected = {name: reason for name, _, _, reason in items if reason}
    by_case = {}
    for rec in letters:
        case = rec.headers.get("case")
        assert case not in by_case, f"{case} dead-lettered twice"
        by_case[case] = rec
    assert set(by_case) == set(expected), set(by_case) ^ set(expected)
    originals = {name: (key, value) for name, key, value in sent}
    for case, rec in by_case.items():
        meta = parse_dead_letter_headers(rec.raw_headers)
        assert meta["reason"] == expected[case], (case, meta)
        key, value = originals[case]
        assert rec.key == key, case
        value = value or b""
        limit = dead_letter_value_limit(Config.from_settings(settings))
        if len(value) > limit:  # more than the output limit allows: cut, with size and hash of the original
            assert rec.value == value[:limit]
            assert rec.headers["original_size"] == str(len(value))
            assert rec.headers["original_sha256"] == hashlib.sha256(value).hexdigest()
        else:
            assert (rec.value or b"") == value, f"{case}: original bytes not kept"
        assert rec.headers["scraper"] == "fuzz"  # original headers kept too
        assert meta["detail"] and meta["source_topic"] == settings.topic_articles, (case, meta)
        assert int(meta["source_offset"]) >= 0 and meta["extractor_version"] == EXTRACTOR_VERSION
        assert len(meta["detail"]) <= 1000


def test_odd_but_valid_inputs_are_processed_with_caps_recorded(run):
    settings, _, items, _, statements, _, _ = run
    cap = settings.max_events_per_article
    capped = 0
    by_id = {}
    for rec in statements:
        by_id.setdefault(rec.json()["article_id"], rec.json())
    for name, value, article_id, reason in items:
        if reason is None:
            body = by_id[article_id]
            want = extract(Article.model_validate(orjson.loads(value)))
            # same as the pure engine, up to the per-article cap, which the record states
            assert body["event_ids"] == [e.id for e in want.events][:cap], name
            if len(want.events) > cap:
                capped += 1
                assert body["limited"]["events_found"] == len(want.events), name
            assert body["truncated"] == (name == "text_over_engine_cap"), name
            assert body["sentences"] >= 0
    assert "ok-dup-first" not in by_id  # duplicate keys: the last value wins, consistently
    assert capped, "no input reached the events cap: the cap was not exercised"


def test_good_articles_in_between_are_all_processed_and_worker_stays_up(run):
    settings, worker, items, _, statements, _, elapsed = run
    want = set()
    for i in range(len(items)):
        want.update(e.id for e in extract(Article.model_validate(orjson.loads(good_article(i)))).events)
    assert want
    events = collect(settings, ["warning", "deployment", "alliance"], lambda recs: {r.headers["ce_id"] for r in recs} >= want)
    assert want <= {r.headers["ce_id"] for r in events}
    assert worker.process.poll() is None, worker.log_text()[-3000:]
    log = worker.log_text()
    assert not re.search(r"processing \S+ failed|publish failed|Traceback", log), log[-3000:]
    assert elapsed < 60, f"the corpus took {elapsed:.1f}s"


def test_dead_letters_are_counted_by_reason(run):
    _, worker, items, _, _, _, _ = run
    expected = Counter(reason for *_, reason in items if reason)
    processed = sum(1 for *_, reason in items if reason is None) + len(items)

    def counted():
        return all(worker.metric("geoevents_dead_letters_total", reason=r) == n for r, n in expected.items())

    wait_until(counted, 15, message=f"dead-letter metrics {dict(expected)}")
    wait_until(lambda: worker.metric_sum("geoevents_articles_consumed_total") >= processed, 15,
               message="articles consumed metric")
    # nothing else was dead-lettered
    assert worker.metric_sum("geoevents_dead_letters_total") == sum(expected.values())
    print(f"\nbad-input corpus: {len(items)} hostile inputs + {len(items)} good; dead letters {dict(expected)}")


def test_nothing_was_published_twice(run):
    """No crash here, so no re-delivery either: every output topic holds each record once (events and
    statements by ce_id, dead letters by the source record they stand for)."""
    settings, *_ = run
    recs = drain(settings, KINDS, idle=1.0)
    by_kind = {kind: Counter() for kind in KINDS}
    for rec in recs:
        if rec.kind == "dead-letter":
            meta = parse_dead_letter_headers(rec.raw_headers)
            by_kind[rec.kind][(meta["source_partition"], meta["source_offset"])] += 1
        else:
            by_kind[rec.kind][rec.headers["ce_id"]] += 1
    for kind in ("statements", "dead-letter", "warning"):
        assert by_kind[kind], f"nothing on {kind}: the check would be empty"
    doubles = {kind: [k for k, n in counts.items() if n > 1] for kind, counts in by_kind.items()}
    assert not any(doubles.values()), doubles
