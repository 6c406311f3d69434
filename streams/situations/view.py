"""HTTP view on the worker (aiohttp, loopback by default): current situations and dyad signals as JSON.

    GET /situations?type=warning&actor=RUS&since=6h&limit=100   newest last_seen first
    GET /situations/<id>
    GET /signals?type=warning&actor=RUS&min_spike=3             latest hour of each dyad

A worker answers for the partitions it holds (each worker serves its own share, like faust's
table views; with one worker, that is everything). ``geoevents situations`` reads the compacted
``situations`` topic instead and needs no worker.
"""

from __future__ import annotations

import errno
import logging
import time

import orjson

from streams.situations import coref, signals as signal_logic

log = logging.getLogger(__name__)

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str | None, now: float | None = None) -> float | None:
    """'6h', '30m', '2d' (ago) or an ISO time -> epoch seconds; None for no bound."""
    if not text:
        return None
    now = time.time() if now is None else now
    text = text.strip()
    if text[-1:] in UNITS and text[:-1].replace(".", "", 1).isdigit():
        return now - float(text[:-1]) * UNITS[text[-1]]
    from streams.situations.mentions import parse_time

    moment = parse_time(text)
    if moment is None:
        raise ValueError(f"--since: {text!r} is neither a duration (6h, 30m, 2d) nor an ISO time")
    return moment


def situation_matches(doc: dict, type_: str | None, actor: str | None, since: float | None) -> bool:
    if type_ and doc["type"] != type_:
        return False
    if actor:
        codes = {doc.get("source"), doc.get("target"), doc.get("location"), *(doc.get("partners") or ())}
        if actor.upper() not in codes:
            return False
    if since is not None and _ts(doc["last_seen"]) < since:
        return False
    return True


def _ts(value) -> float:
    from streams.situations.mentions import parse_time

    return value if isinstance(value, (int, float)) else (parse_time(value) or 0.0)


def current_situations(acts_items, config) -> list[dict]:
    out = []
    for _key, value in acts_items:
        if value is None:
            continue
        for state in orjson.loads(value)["situations"]:
            out.append(coref.to_record(state).model_dump(mode="json"))
    out.sort(key=lambda d: (d["last_seen"], d["id"]), reverse=True)
    return out


def current_signals(dyad_items, config) -> list[dict]:
    out = []
    for skey, value in dyad_items:
        if value is None:
            continue
        state = orjson.loads(value)
        if state["watermark"] is None or str(state["watermark"]) not in state["buckets"]:
            continue
        kind, dyad = skey.split(":", 1)
        out.append(signal_logic.to_record(state, kind, dyad, state["watermark"], config.baseline_hours)
                   .model_dump(mode="json"))
    out.sort(key=lambda d: (d["window_start"], d["spike"]), reverse=True)
    return out


def register(runtime, acts, dyads, config) -> None:
    from aiohttp import web

    app, settings = runtime.app, runtime.settings

    def reply(payload, status: int = 200):
        return web.Response(body=orjson.dumps(payload), status=status, content_type="application/json")

    async def situations(request):
        q = request.query
        try:
            since = parse_since(q.get("since"))
            limit = int(q.get("limit", "100"))
        except ValueError as exc:
            return reply({"error": str(exc)}, 400)
        docs = [d for d in current_situations(acts.items(), config)
                if situation_matches(d, q.get("type"), q.get("actor"), since)]
        return reply({"situations": docs[:limit], "total": len(docs)})

    async def situation(request):
        sid = request.match_info["id"]
        for d in current_situations(acts.items(), config):
            if d["id"] == sid:
                return reply(d)
        return reply({"error": f"situation {sid!r} not held by this worker"}, 404)

    async def dyad_signals(request):
        q = request.query
        try:
            min_spike = float(q["min_spike"]) if "min_spike" in q else None
        except ValueError as exc:
            return reply({"error": str(exc)}, 400)
        docs = []
        for d in current_signals(dyads.items(), config):
            if q.get("type") and d["type"] != q["type"]:
                continue
            if q.get("actor") and q["actor"].upper() not in (d["source"], d["target"]):
                continue
            if min_spike is not None and d["spike"] < min_spike:
                continue
            docs.append(d)
        return reply({"signals": docs, "total": len(docs)})

    web_app = web.Application()
    web_app.router.add_get("/situations", situations)
    web_app.router.add_get("/situations/{id}", situation)
    web_app.router.add_get("/signals", dyad_signals)
    state: dict = {}

    @app.task
    async def serve_view() -> None:
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        port = settings.situations_http_port
        for candidate in ([0] if port == 0 else range(port, port + 10)):
            site = web.TCPSite(runner, settings.situations_http_host, candidate)
            try:
                await site.start()
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
                continue
            bound = site._server.sockets[0].getsockname()[1]
            state["runner"], state["port"] = runner, bound
            log.info("situations view on http://%s:%d/situations", settings.situations_http_host, bound)
            print(f"situations view on http://{settings.situations_http_host}:{bound}/situations", flush=True)
            return
        log.warning("situations view: no free port in %d..%d", port, port + 9)

    runtime.extra["situations_view"] = state
