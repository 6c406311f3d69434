"""Alert delivery to the optional sinks (Alertmanager, signed webhook): filled in with the sinks module."""

from __future__ import annotations


def register(runtime, alerts_topic, metrics) -> None:
    return None
