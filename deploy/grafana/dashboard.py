"""Generate the geoevents Grafana dashboard as code (grafana-foundation-sdk).

    python deploy/grafana/dashboard.py           # (re)write dashboards/geoevents.json
    python deploy/grafana/dashboard.py --check   # exit 1 if the committed JSON is stale
    python deploy/grafana/dashboard.py --stdout  # print it

The JSON is committed so that Grafana's file provisioning can load it without
this script; tests/unit/test_deploy.py checks that the committed file equals
what this script produces and that every metric the panels query is one the
worker really exports.

Needs only `grafana-foundation-sdk` (no dependency on the geoevents package),
so it runs from any venv that has the SDK, e.g. the tool venv deploy/validate.sh
makes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from grafana_foundation_sdk.builders import bargauge, common as common_b, dashboard as dash_b
from grafana_foundation_sdk.builders import prometheus, stat, table, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common, dashboard as dash_m
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "geoevents.json"

UID = "geoevents-overview"
# The datasource provisioned by provisioning/datasources/prometheus.yml; the
# dashboard's `datasource` variable defaults to it and lets operators pick another.
DATASOURCE_UID = "geoevents-prometheus"
DS = dash_m.DataSourceRef(type_val="prometheus", uid="${datasource}")

# faust's own Prometheus sensors are named after the Faust app id
# (faust.sensors.prometheus.setup_prometheus_sensors, name_prefix=app id).
FAUST = "geoevents"

SEL = 'instance=~"$instance"'  # every worker query is filtered by the instance variable
RATE = "$__rate_interval"


class Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def q(expr: str, legend: str = "", ref: str = "A", *, instant: bool = False,
      fmt: PromQueryFormat | None = None) -> prometheus.Dataquery:
    query = prometheus.Dataquery().expr(expr).ref_id(ref).datasource(DS)
    query = query.legend_format(legend or "__auto")
    query = query.instant() if instant else query.range()
    if fmt is not None:
        query = query.format(fmt)
    return query


def legend_table(*calcs: str) -> common_b.VizLegendOptions:
    return (
        common_b.VizLegendOptions()
        .display_mode(common.LegendDisplayMode.TABLE)
        .placement(common.LegendPlacement.RIGHT if len(calcs) > 1 else common.LegendPlacement.BOTTOM)
        .show_legend(True)
        .calcs(list(calcs) or ["mean", "max"])
    )


def tooltip_all() -> common_b.VizTooltipOptions:
    return (
        common_b.VizTooltipOptions()
        .mode(common.TooltipDisplayMode.MULTI)
        .sort(common.SortOrder.DESCENDING)
    )


def ts(ids: Ids, title: str, description: str, targets: list[prometheus.Dataquery], *,
       unit: str, w: int = 12, h: int = 8, stacked: bool = False,
       bars: bool = False) -> timeseries.Panel:
    panel = (
        timeseries.Panel()
        .id(ids())
        .title(title)
        .description(description)
        .datasource(DS)
        .unit(unit)
        .min(0)
        .span(w)
        .height(h)
        .line_width(1)
        .fill_opacity(25 if stacked else 10)
        .show_points(common.VisibilityMode.NEVER)
        .legend(legend_table("mean", "max", "lastNotNull"))
        .tooltip(tooltip_all())
    )
    if stacked:
        panel = panel.stacking(common_b.StackingConfig().mode(common.StackingMode.NORMAL))
    if bars:
        panel = panel.draw_style(common.GraphDrawStyle.BARS)
    for target in targets:
        panel = panel.with_target(target)
    return panel


def big(ids: Ids, title: str, description: str, expr: str, *, unit: str,
        thresholds: list[tuple[float | None, str]], decimals: int | None = None) -> stat.Panel:
    panel = (
        stat.Panel()
        .id(ids())
        .title(title)
        .description(description)
        .datasource(DS)
        .unit(unit)
        .span(4)
        .height(4)
        .graph_mode(common.BigValueGraphMode.AREA)
        .color_mode(common.BigValueColorMode.BACKGROUND)
        .reduce_options(common_b.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
        .thresholds(
            dash_b.ThresholdsConfig()
            .mode(dash_m.ThresholdsMode.ABSOLUTE)
            .steps([dash_m.Threshold(value=v, color=c) for v, c in thresholds])
        )
        .with_target(q(expr, " "))
    )
    if decimals is not None:
        panel = panel.decimals(decimals)
    return panel


def top_table(ids: Ids, title: str, description: str, expr: str, *, value: str, w: int, h: int = 10) -> table.Panel:
    """An instant table of a top-k query, its value column renamed and sorted descending."""
    return (
        table.Panel()
        .id(ids())
        .title(title)
        .description(description)
        .datasource(DS)
        .span(w)
        .height(h)
        .with_target(q(expr, instant=True, fmt=PromQueryFormat.TABLE))
        .with_transformation(dash_m.DataTransformerConfig(
            id_val="organize",
            options={"excludeByName": {"Time": True}, "renameByName": {"Value": value}},
        ))
        .with_transformation(dash_m.DataTransformerConfig(
            id_val="sortBy",
            options={"sort": [{"field": value, "desc": True}]},
        ))
    )


def quantiles(metric: str, by: str = "le") -> list[prometheus.Dataquery]:
    return [
        q(
            f"histogram_quantile({p}, sum by ({by}) (rate({metric}{{{SEL}}}[{RATE}])))",
            f"p{int(p * 100)}",
            ref,
        )
        for p, ref in ((0.5, "A"), (0.95, "B"), (0.99, "C"))
    ]


def build() -> dash_b.Dashboard:
    ids = Ids()
    d = (
        dash_b.Dashboard("geoevents")
        .uid(UID)
        .description(
            "geoevents stream processor: article throughput, consumer lag, latency, "
            "events by type and language, dead letters, top actors."
        )
        .tags(["geoevents", "faust", "kafka"])
        .editable()
        .tooltip(dash_m.DashboardCursorSync.CROSSHAIR)
        .refresh("30s")
        .time("now-6h", "now")
        .timezone("browser")
        .with_variable(
            dash_b.DatasourceVariable("datasource")
            .label("Data source")
            .type("prometheus")
            .current(dash_m.VariableOption(text="Prometheus", value=DATASOURCE_UID, selected=True))
        )
        .with_variable(
            dash_b.QueryVariable("instance")
            .label("Worker")
            .datasource(DS)
            .query("label_values(geoevents_build_info, instance)")
            .refresh(dash_m.VariableRefresh.ON_TIME_RANGE_CHANGED)
            .sort(dash_m.VariableSort.ALPHABETICAL_ASC)
            .multi(True)
            .include_all(True)
            .all_value(".*")
            .current(dash_m.VariableOption(text="All", value="$__all", selected=True))
        )
        .link(
            dash_b.DashboardLink("Alerts")
            .type(dash_m.DashboardLinkType.LINK)
            .url("/alerting/list?search=geoevents")
            .icon("bell")
        )
    )

    # ------------------------------------------------------------ at a glance
    d = d.with_row(dash_b.Row("At a glance").id(ids()))
    d = d.with_panel(big(
        ids, "Workers up", "Worker targets Prometheus scrapes successfully (up == 1).",
        'sum(up{job="geoevents", ' + SEL + '})', unit="none", decimals=0,
        thresholds=[(None, "red"), (1, "green")],
    ))
    d = d.with_panel(big(
        ids, "Articles / s", "Articles consumed and accepted per second, all languages.",
        f"sum(rate(geoevents_articles_consumed_total{{{SEL}}}[{RATE}]))", unit="reqps",
        thresholds=[(None, "blue")],
    ))
    d = d.with_panel(big(
        ids, "Events / s", "Events emitted per second, all types.",
        f"sum(rate(geoevents_events_emitted_total{{{SEL}}}[{RATE}]))", unit="reqps",
        thresholds=[(None, "blue")],
    ))
    d = d.with_panel(big(
        ids, "Consumer lag", "Messages not yet processed, summed over all partitions.",
        f"sum(max by (topic, partition) (geoevents_consumer_lag{{{SEL}}}))", unit="short",
        decimals=0, thresholds=[(None, "green"), (1000, "orange"), (10000, "red")],
    ))
    d = d.with_panel(big(
        ids, "Dead-lettered", "Share of records read from the articles topic that went to "
        "the dead-letter topic (alert at 5%).",
        f"sum(rate(geoevents_dead_letters_total{{{SEL}}}[{RATE}])) / "
        f"((sum(rate(geoevents_articles_consumed_total{{{SEL}}}[{RATE}])) or vector(0)) "
        f"+ sum(rate(geoevents_dead_letters_total{{{SEL}}}[{RATE}])))",
        unit="percentunit", thresholds=[(None, "green"), (0.01, "orange"), (0.05, "red")],
    ))
    d = d.with_panel(big(
        ids, "End-to-end p95", "95th percentile time from the article's publication "
        "timestamp to its events being emitted.",
        "histogram_quantile(0.95, sum by (le) "
        f"(rate(geoevents_end_to_end_latency_seconds_bucket{{{SEL}}}[{RATE}])))",
        unit="s", thresholds=[(None, "green"), (10, "orange"), (60, "red")],
    ))

    # ------------------------------------------------------------- throughput
    d = d.with_row(dash_b.Row("Throughput").id(ids()))
    d = d.with_panel(ts(
        ids, "Articles consumed by language", "Accepted articles per second by detected language.",
        [q(f"sum by (language) (rate(geoevents_articles_consumed_total{{{SEL}}}[{RATE}]))", "{{language}}")],
        unit="reqps", stacked=True,
    ))
    d = d.with_panel(ts(
        ids, "Events emitted by type", "Events per second published to events.<type>.",
        [q(f"sum by (type) (rate(geoevents_events_emitted_total{{{SEL}}}[{RATE}]))", "{{type}}")],
        unit="reqps", stacked=True,
    ))
    d = d.with_panel(ts(
        ids, "Events emitted by language", "Events per second by the language of their article.",
        [q(f"sum by (language) (rate(geoevents_events_emitted_total{{{SEL}}}[{RATE}]))", "{{language}}")],
        unit="reqps", stacked=True,
    ))
    d = d.with_panel(ts(
        ids, "Statements emitted by language", "Attributed statements per second (statements topic).",
        [q(f"sum by (language) (rate(geoevents_statements_emitted_total{{{SEL}}}[{RATE}]))", "{{language}}")],
        unit="reqps", stacked=True,
    ))

    # ------------------------------------------------------- lag and latency
    d = d.with_row(dash_b.Row("Lag and latency").id(ids()))
    d = d.with_panel(ts(
        ids, "Consumer lag by partition", "Messages behind the end of each partition "
        "(alert: above 1000 and growing for 10 minutes).",
        [q(f"max by (topic, partition) (geoevents_consumer_lag{{{SEL}}})", "{{topic}}/{{partition}}")],
        unit="short",
    ))
    d = d.with_panel(ts(
        ids, "End-to-end latency", "From the article's publication timestamp to its events "
        "being emitted (p50 / p95 / p99).",
        quantiles("geoevents_end_to_end_latency_seconds_bucket"), unit="s",
    ))
    d = d.with_panel(ts(
        ids, "Extraction duration", "Engine time per article (p50 / p95 / p99; alert: p95 above 1 s).",
        quantiles("geoevents_extraction_duration_seconds_bucket"), unit="s",
    ))
    d = d.with_panel(ts(
        ids, "Extractions by worker", "Articles extracted per second by each worker: "
        "shows how evenly partitions are spread.",
        [q(f"sum by (instance) (rate(geoevents_extraction_duration_seconds_count{{{SEL}}}[{RATE}]))",
           "{{instance}}")],
        unit="reqps",
    ))

    # ------------------------------------------------------ dead letters etc.
    d = d.with_row(dash_b.Row("Dead letters and rejects").id(ids()))
    d = d.with_panel(ts(
        ids, "Dead letters by reason", "Records sent to the dead-letter topic per second, by "
        "reason: undecodable, invalid_json, schema, too_large, undecodable_batch (bad input), "
        "extraction_failed (engine error) or output_too_large (outputs over the size limit).",
        [q(f"sum by (reason) (rate(geoevents_dead_letters_total{{{SEL}}}[{RATE}]))", "{{reason}}")],
        unit="reqps", stacked=True, bars=True,
    ))
    d = d.with_panel(ts(
        ids, "Unsupported languages", "Articles skipped because their language has no "
        "language data, by language.",
        [q(f"sum by (language) (rate(geoevents_unsupported_language_total{{{SEL}}}[{RATE}]))", "{{language}}"),
         q(f"sum(rate(geoevents_too_short_articles_total{{{SEL}}}[{RATE}]))", "too short to tell", ref="B")],
        unit="reqps", w=6, stacked=True,
    ))
    d = d.with_panel(ts(
        ids, "Duplicate articles", "Articles dropped as already seen (same article id).",
        [q(f"sum(rate(geoevents_duplicate_articles_total{{{SEL}}}[{RATE}]))", "duplicates")],
        unit="reqps", w=6,
    ))
    d = d.with_panel(ts(
        ids, "Publish failures by reason", "Failed publish attempts per second: timeout and unavailable "
        "are retried (broker away); too_large, authorization and unknown_topic are not.",
        [q(f"sum by (reason) (rate(geoevents_publish_failures_total{{{SEL}}}[{RATE}]))", "{{reason}}")],
        unit="reqps", stacked=True, bars=True,
    ))

    # ----------------------------------------------------------------- actors
    d = d.with_row(dash_b.Row("Actors").id(ids()))
    d = d.with_panel(
        bargauge.Panel()
        .id(ids())
        .title("Top actors (events in range)")
        .description("Source actors of the most events over the dashboard's time range, all types.")
        .datasource(DS)
        .span(8)
        .height(10)
        .unit("short")
        .decimals(0)
        .min(0)
        .orientation(common.VizOrientation.HORIZONTAL)
        .display_mode(common.BarGaugeDisplayMode.GRADIENT)
        .reduce_options(common_b.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
        .with_target(q(
            f"topk(10, sum by (actor) (increase(geoevents_actor_events_total{{{SEL}}}[$__range])))",
            "{{actor}}", instant=True,
        ))
    )
    d = d.with_panel(top_table(
        ids, "Events by actor and type (in range)",
        "Events per source actor and event type over the dashboard's time range.",
        f"topk(25, sum by (actor, type) (increase(geoevents_actor_events_total{{{SEL}}}[$__range])))",
        value="events", w=6,
    ))
    d = d.with_panel(ts(
        ids, "Warning events, top 5 actors", "Warnings per second by source actor "
        "(alert GeoeventsWarningSpike: 1 h above 3x the 24 h hourly average).",
        [q("topk(5, sum by (actor) (rate(geoevents_actor_events_total{type=\"warning\", "
           f"{SEL}}}[{RATE}])))", "{{actor}}")],
        unit="reqps", w=10, h=10,
    ))

    # ------------------------------------------------------ situations and alerts
    d = d.with_row(dash_b.Row("Situations, dyads and alerts").id(ids()))
    d = d.with_panel(top_table(
        ids, "Top situations (open, by mentions)",
        "Open situations (one per real-world act, across articles, outlets and languages) with "
        "the most mentions; `geoevents situations` or the worker's /situations view has them all.",
        "topk(20, max by (situation, type, source, target, modality) "
        f"(geoevents_top_situation_mentions{{{SEL}}}))",
        value="mentions", w=12,
    ))
    d = d.with_panel(ts(
        ids, "Dyad index: Goldstein sum over 24 h", "Per event type and directed dyad, the Goldstein-weighted "
        "sum of events in the latest 24 h window (negative: conflict, positive: cooperation); busiest dyads.",
        [q(f"sum by (type, dyad) (geoevents_dyad_goldstein_24h{{{SEL}}})", "{{type}} {{dyad}}")],
        unit="short", w=12, h=10,
    ).min(-1000))
    d = d.with_panel(ts(
        ids, "Alerts fired per rule", "Alerts published on the alerts topic per second, by rule.",
        [q(f"sum by (rule) (rate(geoevents_alerts_fired_total{{{SEL}}}[{RATE}]))", "{{rule}}")],
        unit="reqps", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Dyad spike score", "Latest hour of the busiest dyads against their own trailing baseline.",
        [q(f"max by (type, dyad) (geoevents_dyad_spike{{{SEL}}})", "{{type}} {{dyad}}")],
        unit="short", w=8,
    ).min(-10))
    d = d.with_panel(ts(
        ids, "Situations opened and updated", "Situations opened, and changes published (a mention joined).",
        [q(f"sum by (type) (rate(geoevents_situations_opened_total{{{SEL}}}[{RATE}]))", "opened {{type}}"),
         q(f"sum by (type) (rate(geoevents_situations_updated_total{{{SEL}}}[{RATE}]))", "updated {{type}}", "B")],
        unit="reqps", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Alert deliveries by sink", "Delivered and dead-lettered alerts, and failed attempts, per sink "
        "(alert GeoeventsAlertSinkFailing).",
        [q(f"sum by (sink, outcome) (rate(geoevents_alert_deliveries_total{{{SEL}}}[{RATE}]))", "{{sink}} {{outcome}}"),
         q(f"sum by (sink) (rate(geoevents_alert_delivery_failures_total{{{SEL}}}[{RATE}]))", "{{sink}} failed attempts",
           "B")],
        unit="reqps", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Alert delivery latency", "Alert consumed -> delivered, over all sinks (retries included).",
        quantiles("geoevents_alert_delivery_seconds_bucket"), unit="s", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Alerts waiting per sink", "Alerts in a sink's retry queue.",
        [q(f"sum by (sink) (geoevents_alert_queue{{{SEL}}})", "{{sink}}")], unit="short", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Event -> situation latency", "Event record timestamp -> its situation change acknowledged.",
        quantiles("geoevents_situation_latency_seconds_bucket"), unit="s", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Mentions per situation", "Mentions of situations when they close (p50, p95, p99).",
        quantiles("geoevents_situation_mentions_bucket"), unit="short", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Late, duplicate and actorless events", "Late events by stage (older than the horizon; windows "
        "closed), repeats of counted events, and events without any actor code (not grouped).",
        [q(f"sum by (stage) (rate(geoevents_late_events_total{{{SEL}}}[{RATE}]))", "late {{stage}}"),
         q(f"sum(rate(geoevents_mentions_duplicate_total{{{SEL}}}[{RATE}]))", "duplicates", "B"),
         q(f"sum(rate(geoevents_events_without_actors_total{{{SEL}}}[{RATE}]))", "without actors", "C"),
         q(f"sum(rate(geoevents_signals_published_total{{{SEL}}}[{RATE}]))", "signals published", "D")],
        unit="reqps", w=8,
    ))

    # ------------------------------------------------------------- runtime
    d = d.with_row(dash_b.Row("Workers and Faust runtime").id(ids()))
    d = d.with_panel(
        table.Panel()
        .id(ids())
        .title("Build info")
        .description("Version and extractor version of each worker.")
        .datasource(DS)
        .span(8)
        .height(8)
        .with_target(q(f"max by (instance, version, extractor_version) (geoevents_build_info{{{SEL}}})",
                       instant=True, fmt=PromQueryFormat.TABLE))
        .with_transformation(dash_m.DataTransformerConfig(
            id_val="organize",
            options={"excludeByName": {"Time": True, "Value": True}},
        ))
    )
    d = d.with_panel(ts(
        ids, "Messages received by topic", "Faust sensor: messages consumed per second by topic.",
        [q(f"sum by (topic) (rate({FAUST}_messages_received_per_topic_total{{{SEL}}}[{RATE}]))", "{{topic}}")],
        unit="reqps", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Messages sent by topic", "Faust sensor: messages produced per second by topic.",
        [q(f"sum by (topic) (rate({FAUST}_topic_messages_sent_total{{{SEL}}}[{RATE}]))", "{{topic}}")],
        unit="reqps", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Rebalances", "Faust sensor: rebalances seen by each worker.",
        [q(f"max by (instance) ({FAUST}_total_rebalances{{{SEL}}})", "{{instance}}")],
        unit="short", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Producer send latency", "Faust sensor: time to acknowledge a produced message (ms).",
        [q(f"histogram_quantile({p}, sum by (le) (rate({FAUST}_producer_send_latency_bucket{{{SEL}}}[{RATE}])))",
           f"p{int(p * 100)}", ref) for p, ref in ((0.5, "A"), (0.95, "B"))],
        unit="ms", w=8,
    ))
    d = d.with_panel(ts(
        ids, "Offset commit latency", "Faust sensor: consumer offset commit time (ms).",
        [q(f"histogram_quantile({p}, sum by (le) (rate({FAUST}_consumer_commit_latency_bucket{{{SEL}}}[{RATE}])))",
           f"p{int(p * 100)}", ref) for p, ref in ((0.5, "A"), (0.95, "B"))],
        unit="ms", w=8,
    ))
    return d


def render() -> str:
    return json.dumps(build().build(), cls=JSONEncoder, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if the committed JSON is stale")
    mode.add_argument("--stdout", action="store_true", help="print instead of writing")
    args = parser.parse_args(argv)
    text = render()
    if args.stdout:
        sys.stdout.write(text)
        return 0
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python deploy/grafana/dashboard.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.name} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
