"""User errors in the CLI are one line on stderr, never a traceback (no broker needed)."""

from __future__ import annotations

import pytest

from streams.cli import main
from streams.settings import get_settings


@pytest.fixture(autouse=True)
def fresh_settings():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_a_setting_that_does_not_parse_is_named_in_one_line(monkeypatch, capsys):
    monkeypatch.setenv("GEOEVENTS_PARTITIONS", "abc")
    assert main(["tail", "--timeout", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "GEOEVENTS_PARTITIONS='abc'" in err and "Traceback" not in err


def test_extract_of_a_missing_file_is_one_line(capsys):
    assert main(["extract", "/nonexistent/articles.jsonl"]) == 1
    err = capsys.readouterr().err
    assert "No such file" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["run", "--duration", "0"], ["run", "--metrics-port", "70000"],
                                  ["replay", "--since", "last week"], ["produce", "x.jsonl", "--timeout", "-1"]])
def test_bad_options_exit_2_with_usage(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err
