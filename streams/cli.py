"""`geoevents` command line.

    geoevents run                     embedded broker + worker + example articles, events printed live
    geoevents worker                  production worker (GEOEVENTS_BROKER_URL, default kafka://localhost:9092)
    geoevents produce FILE.jsonl      publish articles (raw lines, key = article id); '-' reads stdin
    geoevents tail [--type warning]   print events (or statements / dead letters) as they arrive
    geoevents replay                  re-derive events from the article log with the current extractor
    geoevents schemas                 export the JSON Schema files (``--check``: fail when stale)
    geoevents situations              current situations (``--type``, ``--actor``, ``--since 6h``, ``--json``)
    geoevents extract / eval          see ``geoevents extract --help`` / ``geoevents eval --help``

Settings come from GEOEVENTS_* environment variables and ``.env`` (see streams/settings.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from streams.processes import stop_process
from streams.settings import get_settings

log = logging.getLogger("geoevents")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
EXAMPLE_RULES = EXAMPLES.parent / "alert-rules.toml"
EVENT_KINDS = ["warning", "deployment", "alliance"]


def _setup_logging(level: str = "info") -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


# --- worker ----------------------------------------------------------------------------------
def cmd_worker(args: argparse.Namespace) -> int:
    settings = get_settings()
    if args.log_level:
        settings = settings.model_copy(update={"log_level": args.log_level})
    _setup_logging(settings.log_level)
    from streams.topics import ensure_topics

    log.info("worker for %s, consumer group %r", settings.bootstrap_servers(), settings.app_id)
    try:
        if settings.create_topics:
            ensure_topics(settings)
        else:
            ensure_topics(settings, topics=[])
    except ConnectionError as exc:
        log.error("giving up: %s (GEOEVENTS_BROKER_CONNECT_TIMEOUT=%s)", exc, settings.broker_connect_timeout)
        return 2

    import faust

    from streams.app import create_app
    from streams.metrics import serve

    scratch = None
    if settings.data_dir is None:  # the memory store keeps nothing on disk; faust still wants a dir
        scratch = tempfile.mkdtemp(prefix=f"geoevents-{settings.app_id}-")
        settings = settings.model_copy(update={"data_dir": scratch})
    try:
        from streams.alerting.groups import GroupsError
        from streams.alerting.rules import RulesError

        try:
            runtime = create_app(settings)
        except (RulesError, GroupsError) as exc:  # a bad rules file stops the worker: file, line, reason
            log.error("alert rules not loaded, stopping: %s", exc)
            return 2
        if settings.metrics_enabled:
            port = serve(runtime.metrics.registry, settings.metrics_host, settings.metrics_port,
                         settings.metrics_port_tries)
            log.info("metrics on http://%s:%d/metrics", settings.metrics_host, port)
        worker = _bounded_stop_worker_class()(runtime.app, loglevel=settings.log_level, quiet=True)
        worker.grace = settings.shutdown_grace
        # No terminal spinner: at log level warning or above faust's spinner sets the root logger to
        # DEBUG, so every aiokafka/faust debug call builds a log record (~2 % of the worker's CPU).
        worker.spinner = None
        try:
            worker.execute_from_commandline()  # returns only via SystemExit
        except SystemExit as exc:
            code = runtime.extra.get("exit_code")
            if code:
                raise SystemExit(code) from None
            raise
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _bounded_stop_worker_class():
    import faust

    class BoundedStopWorker(faust.Worker):
        """faust's worker whose SIGTERM/SIGINT shutdown is bounded: a stop that takes longer than
        ``grace`` seconds (a publish retrying against a broker that is away, a hung flush) ends with
        ``os._exit``, which commits nothing; records processed since the last commit are re-read by
        the next owner (at-least-once). A clean stop commits only published records: the commit cap
        of :mod:`streams.faust_fixes` holds back a record whose outputs are in flight."""

        grace: float = 10.0
        _armed = False

        def _arm(self, signame: str) -> None:
            if self._armed:
                return
            self._armed = True
            log.warning("%s: stopping (at most %.0fs)", signame, self.grace)

            def expire() -> None:
                log.error("worker did not stop within %.0fs; exiting without committing", self.grace)
                logging.shutdown()
                os._exit(EXIT_STOP_TIMEOUT)

            timer = threading.Timer(self.grace, expire)
            timer.daemon = True
            timer.start()

        def _on_sigterm(self) -> None:
            self._arm("SIGTERM")
            super()._on_sigterm()

        def _on_sigint(self) -> None:
            self._arm("SIGINT")
            super()._on_sigint()

    return BoundedStopWorker


EXIT_STOP_TIMEOUT = 4


# --- produce / tail / replay / schemas ----------------------------------------------------------
def cmd_produce(args: argparse.Namespace) -> int:
    _setup_logging("warning")
    _quiet_broker_retries()
    settings = get_settings()
    from streams.clients import produce_lines
    from streams.topics import ensure_topics

    topic = args.topic or settings.topic_articles
    if args.file != "-" and not os.path.isfile(args.file):
        raise UsageError(f"{args.file}: no such file")
    ensure_topics(settings, [topic], deadline=args.timeout)
    if args.file == "-":
        tracker = produce_lines(settings, sys.stdin.buffer, topic=args.topic, timeout=args.timeout)
    else:
        with open(args.file, "rb") as fh:
            tracker = produce_lines(settings, fh, topic=args.topic, timeout=args.timeout)
    print(f"published {tracker.delivered} records to {topic}", file=sys.stderr)
    if tracker.not_json or tracker.no_id:
        print(f"of which {tracker.not_json} lines are not valid JSON and {tracker.no_id} have no string id "
              f"(sent as they are: the worker dead-letters them)", file=sys.stderr)
    for error in tracker.errors[:10]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if tracker.errors else 0


def _quiet_broker_retries() -> None:
    """Interactive commands report an unreachable broker in one line (see main), not per attempt."""
    logging.getLogger("streams.topics").setLevel(logging.ERROR)


def _kinds(selected: list[str] | None) -> list[str]:
    if not selected or "events" in selected:
        base = list(EVENT_KINDS)
        selected = [k for k in (selected or []) if k != "events"]
        return base + [k for k in selected if k not in base]
    if "all" in selected:
        return EVENT_KINDS + ["statements", "dead-letter"]
    return selected


def cmd_tail(args: argparse.Namespace) -> int:
    _setup_logging("warning")
    _quiet_broker_retries()
    settings = get_settings()
    from streams.clients import format_record, make_reader, read, record_json, topic_for_kind
    from streams.topics import ensure_topics

    kinds = _kinds(args.type)
    # reachability only: tail creates no topics (a typo would otherwise create one)
    ensure_topics(settings, [], deadline=args.timeout if args.timeout is not None else settings.broker_connect_timeout)
    reader = make_reader(settings, [topic_for_kind(settings, k) for k in kinds], from_beginning=args.from_beginning)
    stop = _StopFlag()
    count = 0
    try:
        for rec in read(settings, kinds, timeout=args.timeout, stop=stop, reader=reader):
            print(record_json(rec) if args.json else format_record(rec), flush=True)
            count += 1
            if args.max and count >= args.max:
                break
    except KeyboardInterrupt:
        pass
    finally:
        reader.close()
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    _setup_logging("warning")
    _quiet_broker_retries()
    settings = get_settings()
    from streams.app import load_engine
    from streams.clients import replay

    extract_fn, version = load_engine()
    suffix = args.topic_suffix
    if args.versioned:
        suffix = ".v" + "".join(c if c.isalnum() or c in "._-" else "_" for c in version)
    target = settings.model_copy(update={"topic_suffix": suffix}) if suffix is not None else settings
    since = args.since
    stats = replay(
        settings,
        target=target,
        since=since,
        dead_letters=args.dead_letters,
        progress=not args.no_progress,
        extract_fn=extract_fn,
        extractor_version=version,
    )
    from streams.clients import KINDS, topic_for_kind

    before = f"; {stats.before_since} records older than --since skipped" if stats.before_since else ""
    print(
        f"replayed {stats.records} records with extractor {version}: {stats.articles} articles, "
        f"{stats.events} events, {stats.duplicates} duplicates skipped, {stats.dead_letters} dead letters"
        f"{'' if args.dead_letters else ' (not re-emitted)'}{before}; published {stats.published} records "
        f"to {', '.join(topic_for_kind(target, k) for k in KINDS if args.dead_letters or k != 'dead-letter')}",
        file=sys.stderr,
    )
    for error in stats.errors[:10]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if stats.errors else 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from schemas import export as jsonschema

    directory = Path(args.out) if args.out else jsonschema.SCHEMA_DIR
    if args.check:
        stale = jsonschema.out_of_sync(directory)
        for name in stale:
            print(f"out of sync: {directory / name}", file=sys.stderr)
        return 1 if stale else 0
    for path in jsonschema.write(directory):
        print(path)
    return 0


def cmd_extract(argv: list[str]) -> int:
    from streams import extract_cmd

    return extract_cmd.main(argv)


def cmd_eval(argv: list[str]) -> int:
    from streams import evaluate

    return evaluate.main(argv)


# --- run -------------------------------------------------------------------------------------
class _StopFlag:
    """Set by SIGINT, SIGTERM or SIGHUP; a second signal raises KeyboardInterrupt (to leave a
    blocking call), until :meth:`shield` makes further signals no-ops while children are stopped."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

    def __init__(self) -> None:
        self.flag = threading.Event()
        self.shielded = False
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                signal.signal(signum, self._handler)

    def _handler(self, signum, frame) -> None:
        if self.shielded:
            return
        if self.flag.is_set():
            raise KeyboardInterrupt
        self.flag.set()

    def shield(self) -> None:
        self.shielded = True

    def __call__(self) -> bool:
        return self.flag.is_set()


def _tail_file(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _metrics_port(requested: int | None, default: int, tries: int) -> int:
    """The port the run's worker serves /metrics on, chosen here so that `run` can print it."""
    from streams.broker import free_port

    if requested == 0:
        return free_port()
    for port in range(requested or default, (requested or default) + (1 if requested else tries)):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                probe.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
    if requested:
        raise UsageError(f"--metrics-port {requested} is taken")
    return free_port()


def cmd_run(args: argparse.Namespace) -> int:
    _setup_logging("warning")
    examples = Path(args.examples)
    if not examples.is_file() or not os.access(examples, os.R_OK):  # checked before anything starts
        raise UsageError(f"--examples {examples}: no such readable file")
    stop = _StopFlag()
    settings = get_settings()
    from streams.broker import EmbeddedBroker
    from streams.clients import format_record, make_reader, produce_lines, read, topic_for_kind
    from streams.topics import ensure_topics

    metrics_port = _metrics_port(args.metrics_port, settings.metrics_port, settings.metrics_port_tries)
    workdir = Path(tempfile.mkdtemp(prefix="geoevents-run-"))
    broker = None
    worker = None
    rc = 0
    started = time.monotonic()
    try:
        if not settings.broker_url:
            broker = EmbeddedBroker(log_file=workdir / "broker.log").start()
            settings = settings.for_embedded_broker(broker.url)
            print(f"embedded broker (tansu, pid {broker.pid}) on {broker.bootstrap}", file=sys.stderr)
        else:
            print(f"broker {settings.bootstrap_servers()}", file=sys.stderr)
        print(f"  from another terminal: GEOEVENTS_BROKER_URL={settings.resolved_broker_url()} geoevents tail",
              file=sys.stderr)
        ensure_topics(settings)
        kinds = EVENT_KINDS + (["statements", "dead-letter"] if args.verbose else ["dead-letter"])
        if settings.situations_enabled:  # situations and alerts as they form (streams/situations)
            kinds += ["situations", "alerts"] + (["signals"] if args.verbose else [])
        reader = make_reader(settings, [topic_for_kind(settings, k) for k in kinds], from_beginning=False)

        worker_log = workdir / "worker.log"
        env = {**os.environ, **settings.to_env(), "PYTHONUNBUFFERED": "1",
               "GEOEVENTS_METRICS_PORT": str(metrics_port), "GEOEVENTS_METRICS_PORT_TRIES": "1"}
        if settings.situations_enabled and not settings.alert_rules and EXAMPLE_RULES.is_file():
            env["GEOEVENTS_ALERT_RULES"] = str(EXAMPLE_RULES)  # the demo shows alerts; a worker has none by default
        with open(worker_log, "ab") as log_fh:
            worker = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log_fh,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches us only; we stop the worker, then the broker
            )
        print(f"worker pid {worker.pid} (log: {worker_log})", file=sys.stderr)
        if settings.metrics_enabled:
            print(f"metrics: http://{settings.metrics_host}:{metrics_port}/metrics", file=sys.stderr)

        with open(examples, "rb") as fh:
            tracker = produce_lines(settings, fh)
        print(f"published {tracker.delivered} example articles from {examples}; waiting for events "
              f"(Ctrl-C stops)", file=sys.stderr)

        events = 0
        for rec in read(settings, kinds, stop=lambda: stop() or worker.poll() is not None,
                        timeout=args.duration, reader=reader):
            if rec.kind in EVENT_KINDS:
                events += 1
                if events == 1:
                    print(f"first event after {time.monotonic() - started:.1f}s", file=sys.stderr)
            print(format_record(rec), flush=True)
            if args.exit_after_events and events >= args.exit_after_events:
                break
        reader.close()
        if worker.poll() is not None and not stop():
            print(f"worker exited with {worker.returncode}; last log lines:\n{_tail_file(worker_log)}", file=sys.stderr)
            rc = 1
        else:
            print(f"{events} events; stopping", file=sys.stderr)
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    except Exception as exc:
        print(f"error: {exc}", file=sys.stderr)
        rc = 1
    finally:
        stop.shield()  # a further Ctrl-C must not leave the children behind
        # the worker stops within its grace period; after that (and a margin) it is killed
        stop_process(worker, timeout=settings.shutdown_grace + 5)
        if broker is not None:
            broker.stop()
        if rc == 0 and not args.keep_logs:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"logs kept in {workdir}", file=sys.stderr)
    return rc


# --- parser ----------------------------------------------------------------------------------
class UsageError(Exception):
    """A user error: printed as one line (``geoevents: error: ...``), exit code 2."""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: must be a positive number of seconds")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: must be 0 or more")
    return value


def _port(text: str) -> int:
    value = _non_negative_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: a port is 0..65535")
    return value


_RELATIVE = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``--since``: a relative age (``90s``, ``30m``, ``6h``, ``2d``, ``1w``) or an ISO 8601 date or
    time (``2026-03-01``, ``2026-03-01T08:00:00Z``; no zone means UTC)."""
    text = text.strip()
    unit = text[-1:].lower()
    if unit in _RELATIVE and text[:-1].isdigit():
        return (now or datetime.now(timezone.utc)) - timedelta(seconds=int(text[:-1]) * _RELATIVE[unit])
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected an age such as 30m, 6h, 2d, 1w or an ISO date/time such as 2026-03-01T08:00:00Z"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geoevents", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="embedded broker + worker + example articles; prints events")
    p.add_argument("--examples", default=str(EXAMPLES), help="JSONL articles to feed (default: examples/articles.jsonl)")
    p.add_argument("--exit-after-events", type=_non_negative_int, default=0, metavar="N",
                   help="stop after N events (0, the default: no limit)")
    p.add_argument("--duration", type=_positive_float, default=None, metavar="S", help="stop after S seconds")
    p.add_argument("--metrics-port", type=_port, default=None, help="worker metrics port (0: any free port)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print the statements record of every article")
    p.add_argument("--keep-logs", action="store_true", help="keep the broker and worker logs after a clean exit")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("worker", help="production worker")
    p.add_argument("-l", "--log-level", default=None)
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("produce", help="publish JSONL articles")
    p.add_argument("file", help="JSONL file, one article per line; '-' for stdin")
    p.add_argument("--topic", default=None, help="default: the articles topic")
    p.add_argument("--timeout", type=_positive_float, default=30.0, metavar="S",
                   help="give up when the broker has not answered or acknowledged within S seconds (default 30)")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("tail", help="print events as they arrive")
    p.add_argument("--type", action="append",
                   choices=EVENT_KINDS + ["statements", "dead-letter", "events", "all", "situations", "signals", "alerts",
                            "alerts-dead-letter"],
                   help="repeatable; default: all event types")
    p.add_argument("--from-beginning", action="store_true")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per record: kind, topic, partition, offset, key, headers, value (the body)")
    p.add_argument("--max", type=_non_negative_int, default=0, help="stop after N records (0: no limit)")
    p.add_argument("--timeout", type=_positive_float, default=None, metavar="S",
                   help="stop after S seconds (also the longest wait for the broker)")
    p.set_defaults(func=cmd_tail)

    p = sub.add_parser("replay", help="re-derive events from the article log with the current extractor")
    p.add_argument("--since", type=parse_since, default=None, metavar="TIME",
                   help="only records from TIME on: an age (30m, 6h, 2d, 1w) or an ISO date/time; default: all")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--topic-suffix", default=None, help="publish to '<topic><suffix>' instead of the live topics")
    group.add_argument("--versioned", action="store_true", help="publish to '<topic>.v<extractor version>'")
    p.add_argument("--dead-letters", action="store_true", help="re-emit dead letters too")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("schemas", help="export JSON Schema files of the contracts")
    p.add_argument("--out", default=None, help="directory (default: schemas/)")
    p.add_argument("--check", action="store_true", help="exit 1 when committed files are out of sync")
    p.set_defaults(func=cmd_schemas)

    from streams.situations import cli as situations_cli

    situations_cli.add_parser(sub)

    sub.add_parser("extract", help="run the engine on articles (see `geoevents extract --help`)", add_help=False)
    sub.add_parser("eval", help="evaluate the engine (see `geoevents eval --help`)", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else ""
    try:
        if command == "extract":
            return cmd_extract(argv[1:])
        if command == "eval":
            return cmd_eval(argv[1:])
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"geoevents {command}: error: {exc}", file=sys.stderr)
        return 2
    except ConnectionError as exc:  # ensure_topics' deadline: one line, as the worker says it
        print(f"geoevents {command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except (OSError, RuntimeError) as exc:  # a missing topic, an unreadable file, a refused request
        print(f"geoevents {command}: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from pydantic import ValidationError

        if isinstance(exc, ValidationError):  # a GEOEVENTS_* setting that does not parse
            for error in exc.errors():
                name = "GEOEVENTS_" + "_".join(str(p) for p in error["loc"]).upper()
                print(f"geoevents {command}: invalid setting {name}={error.get('input')!r}: {error['msg']}",
                      file=sys.stderr)
            return 2
        if type(exc).__module__.startswith("confluent_kafka"):  # KafkaException: the broker said no
            print(f"geoevents {command}: error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
