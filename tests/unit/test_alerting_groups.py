"""Actor groups: the built-in facts load and hold what they claim; a bad groups file names its line."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from streams.alerting.groups import DEFAULT_GROUPS_FILE, GroupsError, is_country_code, load_groups


@pytest.fixture(scope="module")
def groups():
    return load_groups()


def test_builtin_groups_load_with_dates_and_sources(groups):
    assert {"NATO", "EU", "UNSC_P5", "G7", "CSTO", "SCO", "BRICS", "ASEAN", "GCC", "QUAD", "AUKUS", "FIVE_EYES"} <= set(groups)
    for g in groups.values():
        assert isinstance(g.as_of, date) and g.as_of.year >= 2024, g.name
        assert g.source and g.title and g.members, g.name
        assert all(is_country_code(code) for code in g.members), g.name
        assert g.origin == str(DEFAULT_GROUPS_FILE)


def test_builtin_membership_facts(groups):
    # sizes as of the groups' dates (NATO after Sweden's accession, the EU after the UK left)
    assert {name: len(groups[name].members) for name in ("NATO", "EU", "UNSC_P5", "G7")} == {
        "NATO": 32, "EU": 27, "UNSC_P5": 5, "G7": 7,
    }
    assert groups["UNSC_P5"].members == {"CHN", "FRA", "RUS", "GBR", "USA"}
    assert {"SWE", "FIN", "TUR", "USA"} <= groups["NATO"].members
    assert "GBR" not in groups["EU"] and "GBR" in groups["NATO"]
    assert "RUS" not in groups["G7"]
    assert "UZB" not in groups["CSTO"]
    assert "JPN" not in groups["NATO"] and "NATO" not in groups["NATO"]  # states only, not the org code


def load_text(tmp_path, text):
    path = tmp_path / "groups.toml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_groups(path)


@pytest.mark.parametrize(
    "text, line, reason",
    [
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01\nsource = "s"\nmembers = ["FRA", "FRA"]\n', 5, "listed twice"),
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01\nsource = "s"\nmembers = ["fra"]\n', 5, "not an ISO 3166-1 alpha-3"),
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01T10:00:00\nsource = "s"\nmembers = ["FRA"]\n', 3, "as_of must be a date"),
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01\nmembers = ["FRA"]\n', 1, "source must be a non-empty string"),
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01\nsource = "s"\nmembers = []\n', 5, "members must be a non-empty list"),
        ('[groups.A]\ntitle = "a"\nas_of = 2025-01-01\nsource = "s"\nmembers = ["FRA"]\nsize = 1\n', 6, "unknown key 'size'"),
        ('[groups.nato]\ntitle = "a"\nas_of = 2025-01-01\nsource = "s"\nmembers = ["FRA"]\n', 1, "name must be upper case"),
        ('[other]\nx = 1\n', 1, "unknown top-level key 'other'"),
        ('[groups.A\n', 1, "TOML syntax error"),
    ],
)
def test_bad_groups_file(tmp_path, text, line, reason):
    with pytest.raises(GroupsError) as info:
        load_text(tmp_path, text)
    found = [at for at, why in info.value.problems if reason in why]
    assert found == [line], str(info.value)


def test_kosovo_code_used_by_the_engine_is_accepted(tmp_path):
    groups = load_text(tmp_path, '[groups.WB]\ntitle = "w"\nas_of = 2025-01-01\nsource = "s"\nmembers = ["SRB", "XKX"]\n')
    assert groups["WB"].members == {"SRB", "XKX"} and "XKX" in groups["WB"]
