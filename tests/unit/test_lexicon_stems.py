"""A stem in an exclusion class must not swallow a country or capital name of its language.

An excluded class ("cargo", "gas", "stocks") drops every event near it; a stem such as ru "груз*"
also matched "Грузия", en "stock*" matched "Stockholm", hu "gáz*" matched "Gáza", so a sentence
naming the place lost its event. Only classes that some trigger group excludes are checked (a
`requires` class that also matches a name does no such harm)."""

import tomllib
from pathlib import Path

import pytest

from streams.engine.actors import cldr_country_names
from streams.engine.text import fold

LANG = Path(__file__).resolve().parents[2] / "streams" / "engine" / "lang"
LANGS = sorted(p.name for p in LANG.iterdir() if (p / "events.toml").exists())


def _load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@pytest.mark.parametrize("lang", LANGS)
def test_no_exclusion_stem_swallows_a_country_name(lang):
    language, events, actors = (_load(LANG / lang / f) for f in ("language.toml", "events.toml", "actors.toml"))
    if language.get("scriptio_continua"):
        pytest.skip("no word boundaries: stems are not checked there")
    max_suffix = int(language.get("inflection", {}).get("max_suffix", 4))
    names = {fold(n.lower()) for n in cldr_country_names(lang)}
    for section in ("country", "capital"):
        names |= {fold(k.rstrip("*")) for k in actors.get(section, {})}
    words = {w for n in names for w in n.split() if len(w) > 3}
    excluded = {c for g in events.get("trigger", []) for c in g.get("excludes", [])}
    assert events.get("trigger"), "the language has trigger groups"
    swallowed = []
    for name in sorted(excluded):
        for term in events.get("classes", {}).get(name, []):
            if term.endswith("*") and not term.startswith("*") and " " not in term:
                stem = fold(term[:-1])
                swallowed += [(name, term, w) for w in words if w.startswith(stem) and 0 < len(w) - len(stem) <= max_suffix]
    assert not swallowed, swallowed
