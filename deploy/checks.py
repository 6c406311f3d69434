"""Cross-checks between the deploy/ artefacts and what a worker exports.

    python deploy/checks.py names                      # metric names the dashboard + alert rules query
    python deploy/checks.py scrape http://127.0.0.1:9464/metrics
        # exit 1 if the dashboard or the rules query a metric that this live
        # /metrics endpoint does not export

Used by tests/unit/test_deploy.py and tests/integration/test_prometheus.py.
Needs PyYAML; `scrape` also needs prometheus-client (both in the project's venv).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
DASHBOARD_JSON = DEPLOY / "grafana" / "dashboards" / "geoevents.json"
RULES_DIR = DEPLOY / "prometheus" / "rules"

# Series Prometheus makes itself, not the worker.
PROMETHEUS_SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped", "ALERTS", "ALERTS_FOR_STATE"}

_KEYWORDS = {"and", "or", "unless", "bool", "by", "without", "on", "ignoring", "group_left",
             "group_right", "offset", "inf", "nan", "Inf", "NaN", "atan2"}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_OFFSET = re.compile(r"\boffset\s+-?[0-9a-zA-Z_$]+")
_GRAFANA_VAR = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z0-9_]+)?\}?")
_NUMBER = re.compile(r"(?<![A-Za-z0-9_:.])(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)")
_IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")
_LABEL_VALUES = re.compile(r"^\s*label_values\(\s*(?:([A-Za-z_:][A-Za-z0-9_:]*)\s*(?:\{[^}]*\})?\s*,)?")


def promql_metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (Grafana variables allowed).

    A lexical approximation that is exact for the expressions we write: strings,
    label matchers, range/subquery brackets, grouping clauses, offsets and numbers
    are removed; an identifier not followed by `(` and not a keyword is a metric.
    """
    s = _STRING.sub('""', expr)
    s = _MATCHERS.sub(" ", s)
    s = _RANGES.sub(" ", s)
    s = _GROUPING.sub(" ", s)
    s = _OFFSET.sub(" ", s)
    s = _GRAFANA_VAR.sub(" ", s)
    s = _NUMBER.sub(" ", s)
    names = set()
    for match in _IDENT.finditer(s):
        token = match.group(0)
        if token in _KEYWORDS:
            continue
        if s[match.end():].lstrip().startswith("("):
            continue  # a function or an aggregation operator
        names.add(token)
    return names


def _walk_panels(panels: list[dict]):
    for panel in panels:
        yield panel
        yield from _walk_panels(panel.get("panels") or [])


def dashboard_exprs(dashboard: dict) -> list[tuple[str, str]]:
    """(where, expr) of every PromQL query of the dashboard, variables included."""
    found = []
    for panel in _walk_panels(dashboard.get("panels") or []):
        for target in panel.get("targets") or []:
            if target.get("expr"):
                found.append((f"panel {panel.get('id')} {panel.get('title')!r} {target.get('refId')}", target["expr"]))
    for variable in (dashboard.get("templating") or {}).get("list") or []:
        query = variable.get("query")
        if variable.get("type") == "query" and isinstance(query, dict):
            query = query.get("query")
        if variable.get("type") == "query" and isinstance(query, str):
            found.append((f"variable {variable.get('name')}", query))
    return found


def variable_query_metric_names(query: str) -> set[str]:
    """Metric names of a Grafana Prometheus variable query (label_values(metric, label) or PromQL)."""
    match = _LABEL_VALUES.match(query)
    if match:
        return {match.group(1)} if match.group(1) else set()
    if query.strip().startswith(("label_names(", "metrics(")):
        return set()
    inner = re.match(r"^\s*query_result\((.*)\)\s*$", query, re.S)
    return promql_metric_names(inner.group(1) if inner else query)


def load_dashboard(path: Path = DASHBOARD_JSON) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load_rules(rules_dir: Path = RULES_DIR) -> list[dict]:
    import yaml

    rules = []
    for path in sorted(rules_dir.glob("*.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            for rule in group["rules"]:
                rules.append({**rule, "_group": group["name"], "_file": path.name})
    return rules


def referenced_metric_names(dashboard: dict | None = None, rules: list[dict] | None = None) -> dict[str, set[str]]:
    """metric name -> where it is used (dashboard panels/variables and alert rules)."""
    dashboard = load_dashboard() if dashboard is None else dashboard
    rules = load_rules() if rules is None else rules
    used: dict[str, set[str]] = {}
    for where, expr in dashboard_exprs(dashboard):
        names = variable_query_metric_names(expr) if where.startswith("variable") else promql_metric_names(expr)
        for name in names:
            used.setdefault(name, set()).add(f"dashboard {where}")
    for rule in rules:
        for name in promql_metric_names(rule["expr"]):
            used.setdefault(name, set()).add(f"rule {rule.get('alert') or rule.get('record')}")
    return used


def exposed_metric_names(exposition: str) -> set[str]:
    """Every series name a /metrics text exposes, declared families included.

    Labelled metrics without a child yet have only `# HELP`/`# TYPE` lines; their
    series names are derived from the type (counter -> _total, histogram ->
    _bucket/_sum/_count), so a metric that has simply not happened yet still counts.
    """
    from prometheus_client.parser import text_string_to_metric_families

    suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "gaugehistogram": ("_bucket", "_gsum", "_gcount"),
        "summary": ("", "_sum", "_count", "_created"),
        "info": ("_info",),
        "stateset": ("",),
        "gauge": ("",),
        "unknown": ("",),
    }
    names: set[str] = set()
    for family in text_string_to_metric_families(exposition):
        names.update(family.name + suffix for suffix in suffixes.get(family.type, ("",)))
        names.update(sample.name for sample in family.samples)
    return names


def missing_metrics(exposition: str) -> dict[str, set[str]]:
    """Referenced metric names (minus Prometheus' own) that the exposition lacks."""
    exposed = exposed_metric_names(exposition) | PROMETHEUS_SYNTHETIC
    return {name: where for name, where in referenced_metric_names().items() if name not in exposed}


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "names":
        for name, where in sorted(referenced_metric_names().items()):
            print(f"{name}\t{len(where)} uses")
        return 0
    if len(argv) == 2 and argv[0] == "scrape":
        import urllib.request

        with urllib.request.urlopen(argv[1], timeout=10) as response:
            text = response.read().decode("utf-8")
        missing = missing_metrics(text)
        for name, where in sorted(missing.items()):
            print(f"MISSING {name}: used by {', '.join(sorted(where))}")
        if not missing:
            print(f"ok: every metric the dashboard and the alert rules use is exported by {argv[1]}")
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
