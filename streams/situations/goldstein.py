"""CAMEO code -> Goldstein scale value, from data/goldstein.toml (sources cited there)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "goldstein.toml"


@lru_cache(maxsize=1)
def scale() -> dict[str, float]:
    with open(DATA, "rb") as fh:
        table = tomllib.load(fh)["scale"]
    for code, value in table.items():
        if not (code.isdigit() and -10.0 <= float(value) <= 10.0):
            raise ValueError(f"{DATA}: bad entry {code!r} = {value!r}")
    return {code: float(value) for code, value in table.items()}


def goldstein(cameo: str | None) -> float:
    """Value of the longest listed prefix of ``cameo``; 0.0 (neutral) for an unknown code."""
    table = scale()
    code = (cameo or "").strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return 0.0
