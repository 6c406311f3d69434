"""Stopping child processes (broker, workers, Prometheus) the same way everywhere."""

from __future__ import annotations

import os
import signal
import subprocess


def stop_process(process: subprocess.Popen | None, timeout: float = 15.0, *, group: bool = False) -> None:
    """SIGTERM, wait up to `timeout`, then SIGKILL. `group`: signal the process group the child
    leads (started with start_new_session=True), so its own children go too."""
    if process is None or process.poll() is not None:
        return
    kill = os.killpg if group else os.kill
    try:
        kill(process.pid, signal.SIGTERM)
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        kill(process.pid, signal.SIGKILL)
        process.wait(5)
    except ProcessLookupError:
        pass
