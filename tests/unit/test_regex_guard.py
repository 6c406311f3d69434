"""Guard against catastrophic backtracking: every compiled pattern of the engine and service
is run over adversarial inputs; each must finish in time roughly linear in the input."""

import importlib
import pkgutil
import re
import time

import pytest

import streams

ADVERSARIAL = [
    "a" * 50_000,
    "A" * 50_000,
    "Aa " * 20_000,
    "a-" * 25_000,
    "a'" * 25_000,
    "a." * 25_000,
    "1," * 25_000,
    " " * 50_000,
    "\n" * 50_000,
    ".!?" * 15_000,
    "“" * 20_000,
    "Ab-Cd " * 10_000,
    "x" * 49_999 + "!",
    "and " * 12_000,
    "ÁÉ" * 25_000,
    "Петров " * 8_000,
]


def _patterns():
    found = {}
    for info in pkgutil.walk_packages(streams.__path__, "streams."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # modules needing optional runtime pieces are not the engine's hot path
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    return found


PATTERNS = _patterns()


def test_patterns_were_found():
    assert len(PATTERNS) >= 5, PATTERNS.keys()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_input(name):
    pattern = PATTERNS[name]
    for text in ADVERSARIAL:
        small, large = text[: len(text) // 4], text
        t0 = time.perf_counter()
        for _ in pattern.finditer(small):
            pass
        t1 = time.perf_counter()
        for _ in pattern.finditer(large):
            pass
        t2 = time.perf_counter()
        # 4x the input may cost at most ~4x (with slack for noise), never the square
        assert t2 - t1 < max(10 * (t1 - t0), 0.5), (name, text[:10], t1 - t0, t2 - t1)
