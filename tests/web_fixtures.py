"""The explorer page in a real headless Chromium, served by ``craftgraph serve`` in a subprocess.

The graph is the seed page and the dev articles, loaded by ``craftgraph load`` (the real extractor and
entity resolution) into an embedded store in a temporary directory. Chromium is Debian's
(``scripts/install_browser.sh``), driven by the Python ``playwright`` package, which brings its driver
but never downloads a browser. Every page records console errors and uncaught exceptions; a test fails
if one appears that it did not announce (``BrowserPage.expect_http_error``). Screenshots go to
``artifacts/screenshots/``.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
SERVER_START_TIMEOUT_S = 60.0
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LAPTOP = {"width": 1366, "height": 850}
PHONE = {"width": 390, "height": 844}

_FAILED_RESOURCE = re.compile(r"status of (\d{3})")


def chromium_path() -> str:
    path = os.environ.get("CRAFTGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium not found: run scripts/install_browser.sh (Debian's chromium) or set CRAFTGRAPH_CHROMIUM")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def craftgraph_command() -> list[str]:
    script = Path(sys.executable).with_name("craftgraph")
    return [str(script)] if script.exists() else [sys.executable, "-m", "api.cli"]


def craftgraph_env(db_path: Path, token: str | None = None) -> dict[str, str]:
    """The environment without the caller's CRAFTGRAPH_* settings, on the embedded store at ``db_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRAFTGRAPH_")}
    env.update({"CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(db_path)})
    if token:
        env["CRAFTGRAPH_API_TOKEN"] = token
    return env


class ServedExplorer:
    """``craftgraph serve`` over one store directory, in a subprocess on a free port."""

    def __init__(self, db_path: Path, log_path: Path, token: str | None = None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = token
        self._log_path = log_path
        self._env = craftgraph_env(db_path, token)
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "ServedExplorer":
        self._log = self._log_path.open("wb")
        self._process = subprocess.Popen(
            [*craftgraph_command(), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=self._log_path.parent,
            env=self._env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            if self._process.poll() is not None:
                raise RuntimeError(f"craftgraph serve exited: {self._log_path.read_text(errors='replace')}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"craftgraph serve did not answer on {self.url}")
            time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._log.close()


@dataclass
class BrowserPage:
    """A Playwright page that remembers every console error and uncaught exception."""

    page: Any
    base_url: str
    errors: list[str] = field(default_factory=list)
    allowed_http_errors: list[tuple[str, int]] = field(default_factory=list)

    def expect_http_error(self, path: str, status: int) -> None:
        """Announce a request that is meant to fail (Chromium logs every failed fetch as a console error)."""
        self.allowed_http_errors.append((path, status))

    def on_console(self, message: Any) -> None:
        if message.type != "error":
            return
        found = _FAILED_RESOURCE.search(message.text)
        url = (message.location or {}).get("url", "")
        if found and any(url.split("?")[0].endswith(path) and int(found.group(1)) == status
                         for path, status in self.allowed_http_errors):
            return
        self.errors.append(f"console: {message.text} ({url})")

    def open(self, route: str = "") -> Any:
        self.page.goto(f"{self.base_url}/{route}")
        return self.page

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        return path


def copy_store(db_path: Path, into: Path) -> Path:
    """A copy of an embedded store (a directory, or a file with its siblings), so a second server can open it."""
    target = into / db_path.name
    if db_path.is_dir():
        shutil.copytree(db_path, target)
    else:
        for sibling in db_path.parent.glob(db_path.name + "*"):
            shutil.copy2(sibling, into / sibling.name)
    return target


@pytest.fixture(scope="session")
def explorer_store(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding the seed page and the dev articles, loaded by ``craftgraph load`` (the real
    extractor and entity resolution), closed so a server can open it."""
    db_path = tmp_path_factory.mktemp("explorer") / "graph.lbdb"
    fixtures = shared_dir / "fixtures"
    done = subprocess.run(
        [*craftgraph_command(), "load", "--quiet", str(fixtures / "seed"), str(fixtures / "dev")],
        cwd=db_path.parent,
        env=craftgraph_env(db_path),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"craftgraph load failed:\n{done.stdout}\n{done.stderr}"
    return db_path


@pytest.fixture(scope="session")
def explorer(explorer_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedExplorer]:
    log = tmp_path_factory.mktemp("explorer-serve") / "serve.log"
    with ServedExplorer(explorer_store, log) as served:
        yield served


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


def open_page(browser: Any, base_url: str, viewport: dict[str, int]) -> Iterator[BrowserPage]:
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    wrapped = BrowserPage(page, base_url)
    page.on("console", wrapped.on_console)
    page.on("pageerror", lambda error: wrapped.errors.append(f"page error: {error}"))
    yield wrapped
    context.close()
    assert not wrapped.errors, "the browser reported errors:\n" + "\n".join(wrapped.errors)


@pytest.fixture
def browser_page(chromium: Any, explorer: ServedExplorer) -> Iterator[BrowserPage]:
    """A fresh laptop-sized page on the explorer; the test fails if the browser logs an error."""
    yield from open_page(chromium, explorer.url, LAPTOP)


@pytest.fixture
def phone_page(chromium: Any, explorer: ServedExplorer) -> Iterator[BrowserPage]:
    yield from open_page(chromium, explorer.url, PHONE)
