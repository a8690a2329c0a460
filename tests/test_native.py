"""The compiled extractor (loaders/native.py): the same records as pure Python, never stale, can be turned off."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import native

REPO = Path(__file__).resolve().parents[1]

EXTRACT_FIXTURES = """
import json, sys
from pathlib import Path
from bench.quality import raw_document, shared_dir
from loaders.extract import Extractor
from loaders.extract import spans
from loaders.pipeline import prepare
fixtures = shared_dir() / "fixtures"
paths = sorted((fixtures / "seed").glob("*.txt")) + sorted((fixtures / "dev").glob("*.txt"))
extractor = Extractor()
records = {p.name: json.loads(extractor.extract(prepare(raw_document(p))).model_dump_json()) for p in paths}
print(json.dumps({"compiled": not spans.__file__.endswith(".py"), "records": records}, ensure_ascii=False))
"""


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**os.environ, **env}, capture_output=True,
                          text=True, check=False)


@pytest.fixture(scope="module")
def built() -> None:
    """A build matching the sources (scripts/setup.sh makes it; built here when missing or stale)."""
    if not native.status().current:
        native.build()


def test_compiled_extractor_gives_the_records_of_pure_python(built: None) -> None:
    compiled = _run(EXTRACT_FIXTURES, CRAFTGRAPH_NATIVE="1")
    pure = _run(EXTRACT_FIXTURES, CRAFTGRAPH_NATIVE="0")
    assert compiled.returncode == 0 and pure.returncode == 0, compiled.stderr + pure.stderr
    compiled_out, pure_out = json.loads(compiled.stdout), json.loads(pure.stdout)
    assert compiled_out["compiled"] and not pure_out["compiled"]
    assert len(pure_out["records"]) >= 16
    assert compiled_out["records"] == pure_out["records"]


def test_switch_off_runs_pure_python_and_status_says_so(built: None) -> None:
    proc = subprocess.run([str(REPO / ".venv/bin/craftgraph"), "native", "status"], cwd=REPO, capture_output=True,
                          text=True, env={**os.environ, "CRAFTGRAPH_NATIVE": "0"}, check=False)
    assert proc.returncode == 3
    assert "turned off by CRAFTGRAPH_NATIVE=0" in proc.stdout


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A package of one module and a 'build' of it: a manifest naming a file, as `build` writes them."""
    sources, build_dir = tmp_path / "extract", tmp_path / "extract" / "_native"
    build_dir.mkdir(parents=True)
    (sources / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (build_dir / f"rules{native.abi_tag()}").write_bytes(b"compiled")
    manifest = {"digest": native.source_digest(sources), "modules": {"pkg.rules": f"rules{native.abi_tag()}"},
                "support": {}}
    (build_dir / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return sources, build_dir


def test_a_build_of_the_current_sources_is_served(tmp_path: Path) -> None:
    sources, build_dir = _fake_build(tmp_path)
    finder = native.matching_finder(sources, build_dir)
    assert finder is not None
    spec = finder.find_spec("pkg.rules")
    assert spec is not None and spec.origin == str(build_dir / f"rules{native.abi_tag()}")
    assert finder.find_spec("pkg.other") is None


def test_an_edited_source_makes_the_build_unused(tmp_path: Path) -> None:
    sources, build_dir = _fake_build(tmp_path)
    (sources / "rules.py").write_text("X = 2\n", encoding="utf-8")
    assert native.matching_finder(sources, build_dir) is None


def test_a_new_module_makes_the_build_unused(tmp_path: Path) -> None:
    sources, build_dir = _fake_build(tmp_path)
    (sources / "more_rules.py").write_text("Y = 1\n", encoding="utf-8")
    assert native.matching_finder(sources, build_dir) is None


@pytest.mark.parametrize("damage", ["missing file", "corrupt manifest", "no manifest"])
def test_an_incomplete_build_is_not_used(tmp_path: Path, damage: str) -> None:
    sources, build_dir = _fake_build(tmp_path)
    if damage == "missing file":
        (build_dir / f"rules{native.abi_tag()}").unlink()
    elif damage == "corrupt manifest":
        (build_dir / native.MANIFEST).write_text("{not json", encoding="utf-8")
    else:
        shutil.rmtree(build_dir)
    assert native.matching_finder(sources, build_dir) is None


def test_the_digest_covers_the_interpreter_abi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources, build_dir = _fake_build(tmp_path)
    monkeypatch.setattr(native, "abi_tag", lambda: ".cpython-399-other.so")
    assert native.matching_finder(sources, build_dir) is None
