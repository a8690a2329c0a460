"""The explorer page's build: the committed files in ``api/http/static/`` are what ``web/`` builds, and
the wheel ships them."""

import fcntl
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STATIC = REPO / "api" / "http" / "static"
WEB = REPO / "web"


def _referenced_assets() -> list[str]:
    """Paths under static/ that index.html loads."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    return sorted(m.removeprefix("/static/") for m in re.findall(r'(?:src|href)="(/static/[^"]+)"', html))


def test_the_page_loads_its_script_and_stylesheet_from_static() -> None:
    assets = _referenced_assets()
    assert {Path(a).suffix for a in assets} == {".js", ".css"}
    for asset in assets:
        assert (STATIC / asset).is_file(), asset


def test_the_committed_build_is_what_the_web_sources_build(tmp_path: Path) -> None:
    if shutil.which("npm") is None or not (WEB / "node_modules" / ".bin" / "vite").exists():
        pytest.skip("npm or web/node_modules missing: run scripts/setup.sh to build the page")
    out = tmp_path / "static"
    # scripts/setup.sh holds this lock while it reinstalls web/node_modules and rebuilds.
    with open(Path(tempfile.gettempdir()) / "craftgraph-web-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(
            ["npx", "--no-install", "vite", "build", "--outDir", str(out), "--emptyOutDir", "--logLevel", "error"],
            cwd=WEB,
            check=True,
            capture_output=True,
            timeout=300,
        )
    built = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    for name in built:
        committed = subprocess.run(
            ["git", "show", f"HEAD:api/http/static/{name}"], cwd=REPO, capture_output=True, check=False
        )
        assert committed.returncode == 0, f"api/http/static/{name} is not committed"
        assert committed.stdout == (out / name).read_bytes(), f"api/http/static/{name} is stale: rebuild and commit"


def test_the_wheel_ships_the_page(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--quiet", "--disable-pip-version-check",
         "-w", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("craftgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ["index.html", *_referenced_assets()]:
        assert f"api/http/static/{path}" in names
