"""Actor groups (NATO members, EU members, UN Security Council permanent members, ...) as data.

The facts live in ``groups.toml`` beside this module, each group with the date its member list
holds (``as_of``) and a source; a rules file may add its own groups in the same form. Members are
ISO 3166-1 alpha-3 codes, checked against pycountry so that a typo is an error at load time, not
a rule that silently never matches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pycountry

from streams.alerting import tomlsrc

DEFAULT_GROUPS_FILE = Path(__file__).with_name("groups.toml")

GROUP_NAME = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")
# codes the engine emits that ISO 3166-1 leaves to users (streams/engine/lang/*/actors.toml)
EXTRA_CODES = frozenset({"XKX"})  # Kosovo
KEYS = {"title", "as_of", "source", "note", "members"}
MAX_MEMBERS = 300

Problem = tuple[int | None, str]


@dataclass(frozen=True)
class Group:
    name: str
    title: str
    as_of: date
    source: str
    members: frozenset[str]
    note: str = ""
    origin: str = ""  # the file that defined it

    def __contains__(self, code: object) -> bool:
        return code in self.members


class GroupsError(Exception):
    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}:{line or '?'}: {reason}" for line, reason in problems))


def is_country_code(code: str) -> bool:
    return code in EXTRA_CODES or (
        len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None
    )


def parse_groups(
    table: Any, locator: tomlsrc.Locator, origin: str, prefix: tuple = ("groups",)
) -> tuple[dict[str, Group], list[Problem]]:
    """The ``[groups.NAME]`` tables of one file -> groups, problems (line, reason)."""
    groups: dict[str, Group] = {}
    problems: list[Problem] = []
    if not isinstance(table, Mapping):
        return groups, [(locator.line(prefix), "'groups' must be a table of [groups.NAME] tables")]
    for name, spec in table.items():
        where = (*prefix, name)

        def bad(reason: str, key: str | None = None, line: int | None = None) -> None:
            at = line or locator.line((*where, key) if key else where)
            problems.append((at, f"group {name!r}: {reason}"))

        if not GROUP_NAME.match(name):
            bad("name must be upper case letters, digits or _ (e.g. NATO, UNSC_P5)")
            continue
        if not isinstance(spec, Mapping):
            bad("must be a table with title, as_of, source and members")
            continue
        for key in spec.keys() - KEYS:
            bad(f"unknown key {key!r} (allowed: {', '.join(sorted(KEYS))})", key)
        title, source, note = spec.get("title"), spec.get("source"), spec.get("note", "")
        as_of, members = spec.get("as_of"), spec.get("members")
        ok = True
        for key, value in (("title", title), ("source", source)):
            if not isinstance(value, str) or not value.strip():
                bad(f"{key} must be a non-empty string", key)
                ok = False
        if not isinstance(note, str):
            bad("note must be a string", "note")
            ok = False
        # a TOML local date (as_of = 2025-01-01), not a string and not a date-time
        if not isinstance(as_of, date) or isinstance(as_of, datetime):
            bad("as_of must be a date such as 2025-01-01 (the day the member list is known to be correct)", "as_of")
            ok = False
        if not isinstance(members, list) or not members:
            bad("members must be a non-empty list of ISO 3166-1 alpha-3 codes", "members")
            continue
        if len(members) > MAX_MEMBERS:
            bad(f"more than {MAX_MEMBERS} members", "members")
            continue
        seen: set[str] = set()
        for code in members:
            if not isinstance(code, str) or not is_country_code(code):
                line = locator.find((*where, "members"), f'"{code}"') if isinstance(code, str) else None
                bad(f"member {code!r} is not an ISO 3166-1 alpha-3 country code", "members", line)
                ok = False
            elif code in seen:
                bad(f"member {code!r} listed twice", "members", locator.find((*where, "members"), f'"{code}"'))
                ok = False
            else:
                seen.add(code)
        if ok:
            groups[name] = Group(name, title.strip(), as_of, source.strip(), frozenset(members), note, origin)
    return groups, problems


def load_groups(path: str | Path = DEFAULT_GROUPS_FILE) -> dict[str, Group]:
    """Read a groups file (top level: only ``[groups.NAME]`` tables); GroupsError names line and reason."""
    path = str(path)
    try:
        data, locator = tomlsrc.load(path)
    except tomlsrc.TomlError as exc:
        raise GroupsError(path, [(exc.line, exc.reason)]) from None
    problems: list[Problem] = [
        (locator.line((key,)), f"unknown top-level key {key!r} (only [groups.NAME] tables)")
        for key in data.keys() - {"groups"}
    ]
    groups, more = parse_groups(data.get("groups", {}), locator, path)
    problems += more
    if problems:
        raise GroupsError(path, problems)
    return groups
