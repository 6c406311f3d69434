"""Check rules files before deploying them: ``python -m streams.alerting check FILE [FILE ...]``.

Uses the same loader as the worker (fields from the Situation and DyadSignal contracts), prints
``file: OK, N rules ...`` or every problem as ``file:line: reason``; exit status 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys

from streams.alerting.rules import RulesError, load_rules


def subject_fields() -> dict[str, list[str]]:
    from schemas.situations import DyadSignal, Situation

    return {"situation": list(Situation.model_fields), "signal": list(DyadSignal.model_fields)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.alerting", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="load rules files and report every problem with its line")
    check.add_argument("files", nargs="+")
    args = parser.parse_args(argv)

    fields = subject_fields()
    status = 0
    for path in args.files:
        try:
            rules = load_rules(path, fields)
        except RulesError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        kinds = ", ".join(f"{len(rules.rules_for(k))} on {k}" for k in sorted(rules.kinds))
        used = sorted({g for r in rules.rules for g in r.condition.groups})
        print(f"{path}: OK, {len(rules)} rules ({kinds}); groups used: {', '.join(used) or 'none'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
