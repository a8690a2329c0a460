"""The project's own Neo4j Community server: fetched from Maven Central, configured, started and stopped.

``install`` resolves ``org.neo4j:neo4j`` (it carries ``org.neo4j.server.CommunityEntryPoint``) and its
runtime dependencies with Maven into ``<home>/lib``; every other folder (``conf``, ``data``, ``logs``,
``run``) belongs to one *instance*, by default the home itself, so tests can run a throw-away server on
free ports next to a developer's server while sharing the jars.
"""

import fcntl
import os
import re
import shlex
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ServerError
from .settings import Settings

Progress = Callable[[str], None]

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
#: Lines of ``database import`` worth passing on (its stages and its result); its progress dots and the
#: frames of its stack traces.
_IMPORT_MILESTONE = re.compile(r"\(\d/\d\) |IMPORT DONE|IMPORT FAILED")
_IMPORT_NOISE = re.compile(r"^[-.\s]*[.]{5}|^\s+at |^\s+\.\.\. \d+ more")
_MARKER = ".craftgraph-installed"

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>craftgraph</groupId>
  <artifactId>neo4j-server</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
{dependencies}
  </dependencies>
</project>
"""
_DEPENDENCY = "    <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"

#: What Neo4j's own launcher passes to the JVM (``server.jvm.additional`` of the stock neo4j.conf).
_JVM_OPTIONS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    installed_version: str | None
    home: Path
    instance: Path

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


@dataclass(frozen=True)
class Neo4jServer:
    home: Path
    instance: Path
    bolt_port: int
    http_port: int
    user: str
    password: str
    heap: str
    pagecache: str
    version: str
    browser_version: str
    jvm_options: tuple[str, ...] = ()
    start_timeout_s: float = 180.0
    stop_timeout_s: float = 60.0

    @classmethod
    def from_settings(cls, settings: Settings, instance: Path | None = None, **overrides: object) -> "Neo4jServer":
        home = settings.neo4j_home.resolve()
        values: dict[str, object] = {
            "home": home,
            "instance": (instance or settings.neo4j_instance or home).resolve(),
            "bolt_port": settings.neo4j_bolt_port,
            "http_port": settings.neo4j_http_port,
            "user": settings.neo4j_user,
            "password": settings.neo4j_password.get_secret_value(),
            "heap": settings.neo4j_heap,
            "pagecache": settings.neo4j_pagecache,
            "version": settings.neo4j_version,
            "browser_version": settings.neo4j_browser_version,
            "jvm_options": tuple(shlex.split(settings.neo4j_jvm_options)),
            "start_timeout_s": settings.neo4j_start_timeout_s,
            "stop_timeout_s": settings.neo4j_stop_timeout_s,
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    # ---- layout ----
    @property
    def lib_dir(self) -> Path:
        return self.home / "lib"

    @property
    def conf_dir(self) -> Path:
        return self.instance / "conf"

    @property
    def data_dir(self) -> Path:
        return self.instance / "data"

    @property
    def logs_dir(self) -> Path:
        return self.instance / "logs"

    @property
    def pid_file(self) -> Path:
        return self.instance / "run" / "craftgraph-neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.logs_dir / "console.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    # ---- install ----
    def _wanted(self) -> str:
        return f"org.neo4j:neo4j:{self.version} org.neo4j.client:neo4j-browser:{self.browser_version or '-'}"

    def installed_version(self) -> str | None:
        marker = self.lib_dir / _MARKER
        if not marker.is_file():
            return None
        return marker.read_text().split()[0].rsplit(":", 1)[-1]

    def is_installed(self) -> bool:
        marker = self.lib_dir / _MARKER
        return marker.is_file() and marker.read_text().strip() == self._wanted()

    def install(self, progress: Progress | None = None) -> bool:
        """Fetch the jars unless this version is already there; True when something was downloaded."""
        say = progress or (lambda _msg: None)
        self.home.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.home / ".install.lock"):
            if self.is_installed():
                say(f"Neo4j {self.version} already installed in {self.lib_dir}")
                return False
            mvn = shutil.which("mvn")
            if mvn is None:
                raise ServerError("Maven (mvn) is not on PATH; install Maven 3 to fetch Neo4j from Maven Central")
            deps = [_DEPENDENCY.format(g="org.neo4j", a="neo4j", v=self.version)]
            if self.browser_version:
                deps.append(_DEPENDENCY.format(g="org.neo4j.client", a="neo4j-browser", v=self.browser_version))
            pom = self.home / "pom.xml"
            pom.write_text(_POM.format(dependencies="\n".join(deps)))
            partial = self.home / "lib.partial"
            shutil.rmtree(partial, ignore_errors=True)
            say(f"fetching {self._wanted()} and dependencies from Maven Central with mvn")
            cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies",
                   "-DincludeScope=runtime", f"-DoutputDirectory={partial}"]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                output = (done.stdout + done.stderr).strip().splitlines()
                raise ServerError(
                    f"mvn could not fetch {self._wanted()} (exit {done.returncode}):\n" + "\n".join(output[-30:])
                )
            (partial / _MARKER).write_text(self._wanted() + "\n")
            shutil.rmtree(self.lib_dir, ignore_errors=True)
            partial.rename(self.lib_dir)
            say(f"installed {len(list(self.lib_dir.glob('*.jar')))} jars into {self.lib_dir}")
            return True

    # ---- configuration ----
    def config_text(self) -> str:
        lines = {
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.listen_address": f":{self.bolt_port}",
            "server.bolt.advertised_address": f":{self.bolt_port}",
            "server.http.listen_address": f":{self.http_port}",
            "server.http.advertised_address": f":{self.http_port}",
            "server.https.enabled": "false",
            "server.memory.heap.initial_size": self.heap,
            "server.memory.heap.max_size": self.heap,
            "server.memory.pagecache.size": self.pagecache,
            "dbms.security.auth_enabled": "true",
            "dbms.usage_report.enabled": "false",
            "db.tx_log.rotation.retention_policy": "2 files",
            "server.directories.data": str(self.data_dir),
            "server.directories.logs": str(self.logs_dir),
            "server.directories.run": str(self.instance / "run"),
            "server.directories.lib": str(self.lib_dir),
            "server.directories.plugins": str(self.instance / "plugins"),
            "server.directories.import": str(self.instance / "import"),
        }
        body = "\n".join(f"{k}={v}" for k, v in lines.items())
        header = "# Written by `craftgraph neo4j` on every start; change CRAFTGRAPH_NEO4J_* settings instead.\n"
        return header + body + "\n"

    def configure(self) -> None:
        """Write ``conf/neo4j.conf`` and, before the very first start, the initial password."""
        for folder in (self.conf_dir, self.data_dir, self.logs_dir, self.pid_file.parent,
                       self.instance / "plugins", self.instance / "import"):
            folder.mkdir(parents=True, exist_ok=True)
        (self.conf_dir / "neo4j.conf").write_text(self.config_text())
        if not (self.data_dir / "databases" / "system").exists():
            self._admin("dbms", "set-initial-password", self.password)

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.instance), "NEO4J_CONF": str(self.conf_dir)}

    def _java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java or not Path(java).exists():
            raise ServerError("Java 17 or 21 is needed to run Neo4j 5; install a JDK or set JAVA_HOME")
        return java

    def _classpath(self) -> str:
        if not self.is_installed():
            raise ServerError(f"Neo4j {self.version} is not installed in {self.home}; run `craftgraph neo4j install`")
        return str(self.lib_dir / "*")

    def _admin(self, *args: str) -> None:
        cmd = [self._java(), "-cp", self._classpath(), ADMIN_TOOL, *args]
        done = subprocess.run(cmd, capture_output=True, text=True, env=self._env(), check=False)
        if done.returncode != 0:
            shown = " ".join(a if a != self.password else "***" for a in args)
            raise ServerError(f"neo4j-admin {shown} failed: {(done.stdout + done.stderr).strip()[-2000:]}")

    def import_database(self, database: str, options: Sequence[str], cwd: Path,
                        progress: Progress | None = None) -> str:
        """Run ``neo4j-admin database import full <database> <options>`` in ``cwd`` on this (stopped) instance,
        as Neo4j's own ``neo4j-admin`` would, and return the tool's report; its stages go to ``progress``.

        The database's store and transaction logs are moved aside first and put back when the import fails
        (the tool leaves a half-written store behind), so a failed import changes nothing; the failure raises
        :class:`ServerError` with the tool's own account of it.
        """
        say = progress or (lambda _msg: None)
        running = self.pid()
        if running is not None:
            raise ServerError(f"Neo4j is running (pid {running}); stop it before an import (`craftgraph neo4j stop`)")
        self.configure()
        stores = [self.data_dir / "databases" / database, self.data_dir / "transactions" / database]
        backup = self.data_dir / f"craftgraph-import-backup-{database}"
        if backup.exists():
            raise ServerError(f"an earlier import into {database!r} was interrupted: the database it replaced is in "
                              f"{backup}; move its folders back to {stores[0]} and {stores[1]}, or delete it")
        backup.mkdir()
        moved = [path for path in stores if path.exists()]
        for path in moved:
            path.rename(backup / path.parent.name)
        try:
            output = self._run_import([database, *options], cwd, say)
        except BaseException:
            for path in stores:
                shutil.rmtree(path, ignore_errors=True)
            for path in moved:
                (backup / path.parent.name).rename(path)
            backup.rmdir()
            raise
        shutil.rmtree(backup)
        return output

    def _run_import(self, arguments: list[str], cwd: Path, say: Progress) -> str:
        cmd = [self._java(), f"-Xmx{self.heap}", "-cp", self._classpath(), ADMIN_TOOL, "database", "import", "full",
               "--verbose", *arguments]
        lines: list[str] = []
        with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                              text=True, env=self._env(), cwd=cwd) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                line = line.rstrip()
                if line and not _IMPORT_NOISE.match(line):
                    lines.append(line)
                    if _IMPORT_MILESTONE.match(line):
                        say(f"neo4j-admin: {line.strip()}")
        if proc.returncode != 0:
            raise ServerError(f"neo4j-admin database import failed (exit {proc.returncode}; files in {cwd}):\n"
                              + _import_failure(lines))
        return "\n".join(lines)

    # ---- process ----
    def pid(self) -> int | None:
        """The server's pid when it is running (a stale pid file, or a recycled pid, counts as not running)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return None
        return pid if ENTRY_POINT.encode() in cmdline and str(self.conf_dir).encode() in cmdline else None

    def status(self) -> ServerStatus:
        pid = self.pid()
        return ServerStatus(pid is not None, pid, self.bolt_port, self.http_port, self.installed_version(),
                            self.home, self.instance)

    def start(self, progress: Progress | None = None) -> ServerStatus:
        """Start in the background and return once Bolt accepts the configured credentials."""
        say = progress or (lambda _msg: None)
        if self.pid() is not None:
            say(f"Neo4j already running (pid {self.pid()}) on {self.bolt_uri}")
            self.wait_until_ready(say)
            return self.status()
        if _port_open(self.bolt_port) or _port_open(self.http_port):
            raise ServerError(
                f"port {self.bolt_port} or {self.http_port} on 127.0.0.1 is already taken by another process; "
                "stop it or set CRAFTGRAPH_NEO4J_BOLT_PORT / CRAFTGRAPH_NEO4J_HTTP_PORT"
            )
        classpath = self._classpath()
        self.configure()
        cmd = self.java_command(self._java(), classpath)
        with self.console_log.open("ab") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=self._env(), cwd=self.instance, start_new_session=True)
        self.pid_file.write_text(f"{proc.pid}\n")
        say(f"starting Neo4j {self.version} (pid {proc.pid}), Bolt {self.bolt_uri}, HTTP 127.0.0.1:{self.http_port}")
        try:
            self.wait_until_ready(say, proc)
        except BaseException:
            if proc.poll() is None:
                self.stop()
            raise
        return self.status()

    def java_command(self, java: str, classpath: str) -> list[str]:
        """The server's command line: Neo4j's own JVM options, then ``CRAFTGRAPH_NEO4J_JVM_OPTIONS`` (later wins)."""
        return [java, f"-Xms{self.heap}", f"-Xmx{self.heap}", *_JVM_OPTIONS, *self.jvm_options, "-cp", classpath,
                ENTRY_POINT, f"--home-dir={self.instance}", f"--config-dir={self.conf_dir}"]

    def wait_until_ready(self, say: Progress, proc: subprocess.Popen[bytes] | None = None) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        deadline = time.monotonic() + self.start_timeout_s
        next_note = time.monotonic() + 10
        with GraphDatabase.driver(self.bolt_uri, auth=(self.user, self.password), connection_timeout=2.0,
                                  max_connection_pool_size=1) as driver:
            while True:
                if proc is not None and proc.poll() is not None:
                    self.pid_file.unlink(missing_ok=True)
                    raise ServerError(f"Neo4j exited with code {proc.returncode} while starting:\n{self.log_tail()}")
                try:
                    driver.verify_connectivity()
                    say(f"Neo4j is up on {self.bolt_uri}")
                    return
                except AuthError as exc:
                    raise ServerError(
                        f"Neo4j at {self.bolt_uri} refused user {self.user!r}: its data in {self.data_dir} was "
                        "initialised with another password. Set CRAFTGRAPH_NEO4J_PASSWORD to that password, or "
                        f"stop the server and delete {self.data_dir} to start afresh ({exc.message})"
                    ) from None
                except (ServiceUnavailable, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"Neo4j did not answer on {self.bolt_uri} within {self.start_timeout_s:.0f}s "
                        f"(CRAFTGRAPH_NEO4J_START_TIMEOUT_S):\n{self.log_tail()}"
                    )
                if time.monotonic() > next_note:
                    say(f"still waiting for Bolt on {self.bolt_uri} …")
                    next_note = time.monotonic() + 10
                time.sleep(0.5)

    def stop(self, progress: Progress | None = None) -> bool:
        """SIGTERM, wait for a clean shutdown, SIGKILL after the stop timeout; False when it was not running."""
        say = progress or (lambda _msg: None)
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            say("Neo4j is not running")
            return False
        say(f"stopping Neo4j (pid {pid})")
        os.kill(pid, signal.SIGTERM)
        if not _wait_gone(pid, self.stop_timeout_s):
            say(f"Neo4j did not stop within {self.stop_timeout_s:.0f}s; killing it")
            self.kill()
        self.pid_file.unlink(missing_ok=True)
        say("Neo4j stopped")
        return True

    def kill(self) -> None:
        """SIGKILL, as a crash would (the next start recovers from the transaction log)."""
        pid = self.pid()
        if pid is None:
            return
        os.kill(pid, signal.SIGKILL)
        _wait_gone(pid, 30)

    def log_tail(self, lines: int = 25) -> str:
        parts = []
        for log in (self.console_log, self.logs_dir / "neo4j.log"):
            if log.is_file():
                tail = log.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {log} ---\n" + "\n".join(tail))
        return "\n".join(parts) or f"(no log in {self.logs_dir})"


def _import_failure(lines: list[str], most: int = 40) -> str:
    """What the import tool said from its failure on, each line once (a cause repeats at every level)."""
    start = next((i for i, line in enumerate(lines) if "IMPORT FAILED" in line), max(0, len(lines) - most))
    return "\n".join(list(dict.fromkeys(lines[start:]))[:most])


def _port_open(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_gone(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            reaped, _ = os.waitpid(pid, os.WNOHANG)
            if reaped == pid:
                return True
        except ChildProcessError:
            pass
        if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
            return True
        time.sleep(0.2)
    return False


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
