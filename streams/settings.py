"""Service settings: environment variables prefixed ``GEOEVENTS_`` and an optional ``.env`` file.

Every topic name, the partition count, the broker URL and its security, limits and the
metrics bind address come from here, e.g. ``GEOEVENTS_BROKER_URL=kafka://kafka-1:9092``,
``GEOEVENTS_TOPIC_ARTICLES=news.articles``, ``GEOEVENTS_PARTITIONS=12``.

Consumer-group timings default to Kafka's own; :meth:`Settings.for_embedded_broker` shortens
them for the embedded Tansu broker (its group join waits half the session timeout).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_BROKER_URL = "kafka://localhost:9092"

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GEOEVENTS_", env_file=".env", extra="ignore")

    # --- application / consumer group -------------------------------------------------------
    app_id: str = Field("geoevents", description="Faust app id = Kafka consumer group id.")
    worker_role: Literal["all", "extraction", "situations"] = Field(
        "all", description="What this worker runs. all: extraction and (if situations_enabled) the situations stage "
        "in one process. extraction / situations: a split deployment, each part in its own processes, so a long "
        "article never holds up the stage (they share one event loop otherwise). The situations role is its own "
        "consumer group, '<app_id>-situations' (faust expects every member of a group to run the same agents).",
    )
    broker_url: str | None = Field(
        None,
        description="kafka://host:port[;host2:port]. Empty: `run` starts an embedded broker; "
        f"`worker` and the clients fall back to {DEFAULT_BROKER_URL}.",
    )

    # --- topics ---------------------------------------------------------------------------------
    topic_articles: str = "articles"
    topic_statements: str = "statements"
    topic_warning: str = "events.warning"
    topic_deployment: str = "events.deployment"
    topic_alliance: str = "events.alliance"
    topic_dead_letter: str = "articles.dead-letter"
    topic_suffix: str = Field(
        "", description="Appended to every output topic (not the articles topic), e.g. '.v2' for versioned topics."
    )
    partitions: int = Field(4, ge=1, description="Partitions of every topic created by the service.")
    replication_factor: int = Field(1, ge=1)
    create_topics: bool = Field(True, description="Create missing topics at start.")

    # --- limits ---------------------------------------------------------------------------------
    max_message_bytes: int = Field(2_000_000, ge=1, description="Larger article records are dead-lettered (too_large).")
    max_output_bytes: int = Field(
        1_000_000,
        ge=65_536,
        description="Largest record the worker publishes (key + value + headers; Apache Kafka's default broker "
        "limit is 1,048,588). An article whose outputs are larger even after the caps below is dead-lettered "
        "(output_too_large); dead-letter values longer than this minus 32 KiB are cut.",
    )
    max_statements_per_article: int = Field(200, ge=0, description="Statements kept per article; the record says how many were found.")
    max_events_per_article: int = Field(100, ge=0, description="Events published per article; the record says how many were found.")
    max_span_chars: int = Field(
        1_000, ge=16, description="Longer spans in outputs are cut to this many characters (`end` moves, `cut: true`)."
    )

    # --- consumer-group timings (seconds); Kafka defaults, shortened for the embedded broker ----
    broker_session_timeout: float = 45.0
    broker_heartbeat_interval: float = 3.0
    broker_rebalance_timeout: float = 60.0
    broker_commit_interval: float = 1.0
    consumer_fetch_max_wait_ms: int | None = Field(
        None,
        ge=1,
        description="Longest a worker's fetch waits for new records (faust's default: 1500 ms). Brokers that "
        "answer only when the wait is over (Tansu) add up to that much latency to every record.",
    )
    broker_connect_timeout: float = Field(
        60.0, description="Worker start: keep retrying an unreachable broker this long, then exit non-zero."
    )
    producer_compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = Field(
        "gzip",
        description="Compression of the worker's output batches. gzip is read by every Kafka client without "
        "extra libraries; snappy, lz4 and zstd need the codec in each consumer. Input in any codec is read.",
    )
    publish_unknown_topic_retries: int = Field(
        5, ge=0, description="A publish to a topic the broker does not know is retried this often, then fails."
    )
    shutdown_grace: float = Field(
        10.0, gt=0, description="SIGTERM/SIGINT: a worker that has not stopped after this many seconds exits at "
        "once, without committing (outputs not yet acknowledged are re-processed by the next owner)."
    )

    # --- security -------------------------------------------------------------------------------
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "PLAIN"
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: str | None = Field(None, description="CA bundle to verify the brokers (SSL / SASL_SSL).")

    # --- CloudEvents ----------------------------------------------------------------------------
    ce_source: str = Field("urn:geoevents:extractor", description="CloudEvents `source` of every event.")
    schema_base_uri: str = Field(
        "https://geoevents.example/schemas",
        description="Base of `dataschema`; file names are those committed under schemas/.",
    )

    # --- metrics / web --------------------------------------------------------------------------
    metrics_enabled: bool = True
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(
        9464, ge=0, description="0: any free port. When taken, the next free of `metrics_port_tries` ports is used."
    )
    metrics_port_tries: int = Field(10, ge=1)
    lag_interval: float = Field(5.0, gt=0, description="Seconds between consumer-lag gauge updates.")

    # --- dedup table (processed-articles) ------------------------------------------------------
    dedup_horizon: float = Field(
        21_600.0,
        gt=0,
        description="Seconds (Kafka timestamps) within which a re-sent identical article is skipped; older "
        "entries are swept from the table and its changelog. Memory ~ 400 bytes x distinct articles per "
        "horizon per worker: 6 h at 20 articles/s is ~170 MB; lengthen it only with more workers.",
    )
    dedup_sweep_interval: float = Field(
        300.0, gt=0, description="Seconds between sweeps of expired dedup entries (an entry lives <= horizon + this)."
    )

    # --- situations, dyad signals, alerts (streams/situations) ---------------------------------
    situations_enabled: bool = Field(True, description="Run the situations/signals/alerts agents in the worker.")
    situations_input: Literal["articles", "events"] = Field(
        "articles", description="Where the stage's mentions come from. articles: the extraction agent publishes each "
        "event's mention on topic_mentions in the same acked batch as the event (no second read of the events). "
        "events: a rekey agent reads the events topics and publishes the mentions (a stage running apart from "
        "extraction, or rebuilding the mentions of events extracted without them).",
    )
    topic_mentions: str = Field(
        "situations.mentions", description="Intermediate topic: events re-keyed by act (type + unordered dyad)."
    )
    topic_situations: str = Field("situations", description="One record per situation change (compacted, key = id).")
    topic_signals: str = "signals"
    topic_alerts: str = "alerts"
    topic_alerts_dead_letter: str = "alerts.dead-letter"
    situation_horizon: float = Field(
        259_200.0, gt=0, description="Seconds of event time from a situation's first event within which a mention joins it (72 h)."
    )
    situation_memory: float = Field(
        518_400.0, gt=0, description="Seconds of event time the situations stage remembers counted event ids and "
        "fired alert levels (default 2 x the horizon); older entries are swept with tombstones.",
    )
    situation_metrics_interval: float = Field(15.0, gt=0, description="Seconds between top-k situation/dyad gauge updates.")
    situation_sweep_interval: float = Field(300.0, gt=0, description="Seconds between sweeps of the situations tables.")
    situation_keep_ids: int = Field(20, ge=1, description="Newest event/article ids kept in a situation record.")
    signal_baseline_hours: int = Field(24, ge=1, description="Trailing hours of a dyad's own history for its spike score.")
    signal_debounce: float = Field(2.0, gt=0, description="Seconds between publications of changed dyad signals.")
    alert_rules: str | None = Field(None, description="Alert rules file (TOML); none: no alerts.")
    alert_generator_url: str = Field(
        "http://127.0.0.1:6066/situations/{subject_id}",
        description="generatorURL of Alertmanager alerts ({subject_id}, {kind}, {alert_id} are replaced): the HTTP view.",
    )
    alertmanager_url: str | None = Field(None, description="Alertmanager base URL (POST <url>/api/v2/alerts); none: off.")
    webhook_url: str | None = Field(None, description="JSON webhook for alerts, HMAC-SHA256 signed; none: off.")
    webhook_secret: str | None = Field(None, description="HMAC secret of the webhook signature.")
    sink_retry_for: float = Field(
        900.0, gt=0, description="Seconds an alert is retried on a failing sink before it goes to the dead-letter topic."
    )
    sink_timeout: float = Field(5.0, gt=0, description="Seconds per delivery attempt.")
    sink_backoff: float = Field(0.5, gt=0, description="First retry delay (s); doubles per attempt, with jitter.")
    sink_backoff_max: float = Field(30.0, gt=0)
    sink_queue_size: int = Field(10_000, ge=1, description="Alerts waiting per sink; beyond it they are dead-lettered.")
    sink_header: str | None = Field(None, description="Extra HTTP header 'Name: value' sent to every sink (e.g. auth).")
    situations_http_enabled: bool = Field(True, description="Serve /situations and /signals as JSON.")
    situations_http_host: str = "127.0.0.1"
    situations_http_port: int = Field(6066, ge=0, description="0: any free port; taken: the next free of 10.")

    # --- worker ---------------------------------------------------------------------------------
    log_level: str = "info"
    data_dir: str | None = Field(None, description="Faust data dir; default: a per-app dir under the system temp dir.")

    # ---------------------------------------------------------------------------------------------
    @model_validator(mode="after")
    def _a_stage_worker_needs_the_stage(self) -> "Settings":
        if self.worker_role == "situations" and not self.situations_enabled:
            raise ValueError("worker_role 'situations' runs only the situations stage: it needs situations_enabled")
        return self

    def resolved_broker_url(self) -> str:
        return self.broker_url or DEFAULT_BROKER_URL

    def bootstrap_servers(self) -> str:
        """`host:port,host:port` for librdkafka from the kafka:// URL."""
        url = self.resolved_broker_url()
        hosts = []
        for part in url.replace(",", ";").split(";"):
            part = part.strip()
            if "://" in part:
                part = part.split("://", 1)[1]
            part = part.rstrip("/")
            if part:
                hosts.append(part)
        return ",".join(hosts)

    def output_topic(self, name: str) -> str:
        return f"{name}{self.topic_suffix}"

    def event_topics(self) -> dict[str, str]:
        """Event type -> topic name."""
        return {
            "warning": self.output_topic(self.topic_warning),
            "deployment": self.output_topic(self.topic_deployment),
            "alliance": self.output_topic(self.topic_alliance),
        }

    def all_topics(self) -> list[str]:
        return [
            self.topic_articles,
            self.output_topic(self.topic_statements),
            *self.event_topics().values(),
            self.output_topic(self.topic_dead_letter),
            *(self.situation_topics().values() if self.situations_enabled else ()),
        ]

    def situation_topics(self) -> dict[str, str]:
        """Kind -> topic name of the situations stage (streams/situations)."""
        return {
            "mentions": self.output_topic(self.topic_mentions),
            "situations": self.output_topic(self.topic_situations),
            "signals": self.output_topic(self.topic_signals),
            "alerts": self.output_topic(self.topic_alerts),
            "alerts-dead-letter": self.output_topic(self.topic_alerts_dead_letter),
        }

    def topic_configs(self) -> dict[str, dict[str, str]]:
        """Topic-level configuration of the topics that need one (situations: latest record per id)."""
        return {self.output_topic(self.topic_situations): {"cleanup.policy": "compact"}}

    def consumer_group(self) -> str:
        """The faust app id (= consumer group and changelog topic prefix) of this worker's role."""
        return f"{self.app_id}-situations" if self.worker_role == "situations" else self.app_id

    def for_embedded_broker(self, broker_url: str) -> "Settings":
        """Settings for the embedded Tansu broker: short group timings (first assignment ~2.4 s), and
        short fetch waits (Tansu answers a fetch only when its wait is over: see BENCHMARKS.md)."""
        return self.model_copy(
            update={
                "broker_url": broker_url,
                "broker_session_timeout": 2.0,
                "broker_heartbeat_interval": 0.5,
                "broker_rebalance_timeout": 2.0,
                "consumer_fetch_max_wait_ms": 50,
            }
        )

    @staticmethod
    def namespace(tag: str) -> dict[str, str]:
        """Consumer group and topic names that all carry ``tag``, so that runs which must not see
        each other's records (tests, benchmarks, trial deployments) can share one broker."""
        return {
            "app_id": tag,
            "topic_articles": f"{tag}.articles",
            "topic_statements": f"{tag}.statements",
            "topic_warning": f"{tag}.events.warning",
            "topic_deployment": f"{tag}.events.deployment",
            "topic_alliance": f"{tag}.events.alliance",
            "topic_dead_letter": f"{tag}.dead-letter",
            "topic_mentions": f"{tag}.situations.mentions",
            "topic_situations": f"{tag}.situations",
            "topic_signals": f"{tag}.signals",
            "topic_alerts": f"{tag}.alerts",
            "topic_alerts_dead_letter": f"{tag}.alerts.dead-letter",
        }

    def to_env(self) -> dict[str, str]:
        """These settings as GEOEVENTS_* environment variables (to start a worker subprocess)."""
        env: dict[str, str] = {}
        for name, value in self.model_dump().items():
            if value is None:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            env[f"GEOEVENTS_{name.upper()}"] = str(value)
        return env

    # --- client configuration -----------------------------------------------------------------
    def confluent_config(self, **extra: object) -> dict[str, object]:
        """librdkafka configuration (confluent-kafka) with the security settings wired in."""
        conf: dict[str, object] = {
            "bootstrap.servers": self.bootstrap_servers(),
            "security.protocol": self.security_protocol,
        }
        if self.security_protocol.startswith("SASL"):
            conf["sasl.mechanism"] = self.sasl_mechanism
            if self.sasl_username is not None:
                conf["sasl.username"] = self.sasl_username
            if self.sasl_password is not None:
                conf["sasl.password"] = self.sasl_password
        if self.security_protocol in ("SSL", "SASL_SSL") and self.ssl_cafile:
            conf["ssl.ca.location"] = self.ssl_cafile
        conf.update(extra)
        return conf

    def faust_credentials(self):  # -> faust.types.auth.CredentialsT | None
        """faust `broker_credentials` for the configured security protocol (None for PLAINTEXT)."""
        if self.security_protocol == "PLAINTEXT":
            return None
        import ssl

        import faust

        ssl_context = None
        if self.security_protocol in ("SSL", "SASL_SSL"):
            ssl_context = ssl.create_default_context(cafile=self.ssl_cafile)
        if self.security_protocol == "SSL":
            return faust.SSLCredentials(ssl_context)
        return faust.SASLCredentials(
            username=self.sasl_username,
            password=self.sasl_password,
            mechanism=self.sasl_mechanism,
            ssl_context=ssl_context,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
