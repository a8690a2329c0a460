"""``craftgraph neo4j`` and the Neo4j store through the command line, run as a user runs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.neo4j_server import Neo4jServer
from graph.settings import Settings

from .neo4j_fixtures import REPO, Endpoint, free_port

pytestmark = pytest.mark.neo4j


def craftgraph(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CRAFTGRAPH_")}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env={**clean, **env}, timeout=300, check=False)


def test_status_of_a_stopped_server_says_so_and_exits_3(tmp_path: Path) -> None:
    proc = craftgraph("neo4j", "status", "--format", "json", CRAFTGRAPH_NEO4J_INSTANCE=str(tmp_path),
                      CRAFTGRAPH_NEO4J_BOLT_PORT="17999")
    assert proc.returncode == 3
    status = json.loads(proc.stdout)
    assert status["running"] is False
    assert status["bolt"] == "bolt://127.0.0.1:17999"


def test_a_command_on_a_stopped_neo4j_fails_with_a_message_naming_the_uri() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    proc = craftgraph("--store", "neo4j", "stats", CRAFTGRAPH_NEO4J_URI=uri)
    assert proc.returncode == 1
    assert uri in proc.stderr
    assert "craftgraph neo4j start" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_wrong_password_fails_with_a_message_naming_the_setting(neo4j_endpoint: Endpoint) -> None:
    proc = craftgraph("--store", "neo4j", "stats", CRAFTGRAPH_NEO4J_URI=neo4j_endpoint.uri,
                      CRAFTGRAPH_NEO4J_PASSWORD="not-the-password")
    assert proc.returncode == 1
    assert "CRAFTGRAPH_NEO4J_PASSWORD" in proc.stderr


def test_stats_reads_the_configured_server(neo4j_endpoint: Endpoint) -> None:
    proc = craftgraph("--store", "neo4j", "stats", "--format", "json", CRAFTGRAPH_NEO4J_URI=neo4j_endpoint.uri,
                      CRAFTGRAPH_NEO4J_PASSWORD=neo4j_endpoint.password)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["node_total"] == 0


def test_install_is_skipped_when_the_jars_are_there(neo4j_endpoint: Endpoint) -> None:
    server = Neo4jServer.from_settings(Settings(neo4j_home=REPO / ".cache" / "neo4j"))  # type: ignore[call-arg]
    if neo4j_endpoint.server is not None:
        server = neo4j_endpoint.server
    if not server.is_installed():
        pytest.skip("the test server came from elsewhere; no install cache here")
    assert server.install() is False


def test_the_generated_config_listens_on_loopback_with_auth(tmp_path: Path) -> None:
    server = Neo4jServer.from_settings(Settings(), instance=tmp_path, bolt_port=17001, http_port=17002)
    conf = dict(line.split("=", 1) for line in server.config_text().splitlines() if "=" in line)
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == ":17001"
    assert conf["server.http.listen_address"] == ":17002"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["server.directories.data"] == str(tmp_path.resolve() / "data")


def test_extra_jvm_options_come_after_neo4j_s_own(tmp_path: Path) -> None:
    settings = Settings(neo4j_jvm_options="-XX:TieredStopAtLevel=1 -XX:+AlwaysPreTouch")
    server = Neo4jServer.from_settings(settings, instance=tmp_path)
    command = server.java_command("java", "lib/*")
    assert command[-5:-3] == ["-cp", "lib/*"]
    assert command[-7:-5] == ["-XX:TieredStopAtLevel=1", "-XX:+AlwaysPreTouch"]
    assert command.index("-XX:+UseG1GC") < command.index("-XX:TieredStopAtLevel=1")
