"""README's path past one machine, as far as one machine can go: a Ray cluster started apart with
`ray start --head`, `RAY_ADDRESS` pointing at it, `accord ingest --engine ray` storing into
PostgreSQL; the record equals the one built in-process into SQLite."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import SAMPLES


pytestmark = [pytest.mark.ray, pytest.mark.slow]

# The test's cluster lives on 127.0.0.1 for the test alone: no token, whatever a user of this
# machine set up for their own clusters (Ray turns token authentication on when ~/.ray has one).
CLUSTER_ENV = {"RAY_AUTH_MODE": "disabled"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def ray_cluster() -> Iterator[str]:
    """A one-node Ray cluster of its own (own port, own temp dir), stopped by its process group."""
    pytest.importorskip("ray")
    ray = shutil.which("ray", path=str(Path(sys.executable).parent))
    if ray is None:
        pytest.skip("the ray command is not installed (pip install -e '.[ray]')")
    port = _free_port()
    temp = tempfile.mkdtemp(prefix="rt", dir="/tmp")      # Ray's socket paths must stay short
    head = subprocess.Popen([ray, "start", "--head", "--block", f"--port={port}", "--num-cpus=2",
                             "--node-ip-address=127.0.0.1",
                             "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, **CLUSTER_ENV})
    try:
        deadline = time.monotonic() + 180
        while not _listening(port):
            assert head.poll() is None, "ray start --head ended early"
            assert time.monotonic() < deadline, "the Ray head did not come up in 3 minutes"
            time.sleep(0.5)
        yield f"127.0.0.1:{port}"
    finally:
        for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
            try:
                os.killpg(head.pid, sig)
            except ProcessLookupError:
                break
            try:
                head.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        shutil.rmtree(temp, ignore_errors=True)


def _accord(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True,
                          timeout=900, env={**environment, **(env or {})})


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
def test_ingest_on_a_ray_cluster_into_postgresql(ray_cluster: str, store_url: str, tmp_path: Path) -> None:
    done = _accord("ingest", "-q", "--engine", "ray", str(SAMPLES / "articles.jsonl"), "--db", store_url,
                   env={"RAY_ADDRESS": ray_cluster, **CLUSTER_ENV})
    assert done.returncode == 0 and done.stdout.startswith("2 stored"), (done.stdout, done.stderr)
    local = f"sqlite:///{tmp_path / 'local.db'}"
    assert _accord("ingest", "-q", str(SAMPLES / "articles.jsonl"), "--db", local).returncode == 0
    on_cluster = _accord("export", "--format", "jsonl", "--db", store_url).stdout
    in_process = _accord("export", "--format", "jsonl", "--db", local).stdout
    assert on_cluster.strip() and on_cluster == in_process
