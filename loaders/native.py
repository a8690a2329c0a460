"""The extractor compiled to C with mypyc, used only while it matches the sources it was built from.

The rules in ``loaders/extract`` are plain typed Python; mypyc turns the same files into C extension
modules that run them about 1.2-1.5x faster (``bench/extract_speed.py``). The build goes to
``loaders/extract/_native/`` beside a manifest holding a digest of the sources and the interpreter's ABI.
When ``loaders.extract`` is imported, :func:`activate` serves the compiled modules only if that digest
still matches the sources on disk; after any edit, or on another interpreter, the pure Python modules
are used (never stale code). ``CRAFTGRAPH_NATIVE=0`` in the environment turns the compiled modules off.

    craftgraph native build      # needs the ``native`` extra (mypy) and a C compiler
    craftgraph native status
"""

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

from graph.errors import NativeBuildError

PACKAGE = "loaders.extract"
#: Where the package sources are (``loaders/extract``) and where their compiled build goes.
SOURCES = Path(__file__).resolve().parent / "extract"
BUILD = SOURCES / "_native"
MANIFEST = "manifest.json"
#: Set to 0 to run the pure Python extractor even when a matching build exists.
SWITCH = "CRAFTGRAPH_NATIVE"


def compiled_modules(sources: Path = SOURCES) -> list[str]:
    """The modules compiled: every module of the package but its ``__init__`` (which activates them)."""
    return sorted(p.stem for p in sources.glob("*.py") if p.stem != "__init__")


def abi_tag() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def source_digest(sources: Path = SOURCES) -> str:
    """A digest of what the build depends on: the compiled sources and the interpreter's ABI."""
    digest = hashlib.sha256(abi_tag().encode())
    for name in compiled_modules(sources):
        digest.update(name.encode() + b"\0" + (sources / f"{name}.py").read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class NativeStatus:
    built: bool
    current: bool  # built from the sources on disk, for this interpreter
    enabled: bool  # not turned off by CRAFTGRAPH_NATIVE=0
    detail: str

    @property
    def used(self) -> bool:
        return self.built and self.current and self.enabled


def status() -> NativeStatus:
    enabled = os.environ.get(SWITCH) != "0"
    if _read_manifest() is None:
        return NativeStatus(False, False, enabled, "not built: `craftgraph native build` compiles the extractor")
    finder = matching_finder()
    if finder is None:
        return NativeStatus(True, False, enabled, "built from other sources or another Python, or incomplete: the "
                            "pure Python extractor is used until `craftgraph native build` runs again")
    if not enabled:
        return NativeStatus(True, True, False, f"built and current, turned off by {SWITCH}=0")
    modules = sum(name.startswith(f"{PACKAGE}.") for name in finder.files)
    return NativeStatus(True, True, True, f"built and current: {modules} compiled modules in use")


class NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of one build (and the shared library mypyc puts beside them)."""

    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        self.folder, self.files = folder, files

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None) -> ModuleSpec | None:
        name = self.files.get(fullname)
        return importlib.util.spec_from_file_location(fullname, self.folder / name) if name else None


def matching_finder(sources: Path = SOURCES, build_dir: Path = BUILD) -> NativeFinder | None:
    """A finder for the build in ``build_dir`` if it was made from ``sources`` as they are now, complete."""
    manifest = _read_manifest(build_dir)
    if manifest is None or manifest.get("digest") != source_digest(sources):
        return None
    files = {**manifest.get("modules", {}), **manifest.get("support", {})}
    if not files or not all((build_dir / f).is_file() for f in files.values()):
        return None
    return NativeFinder(build_dir, files)


def active() -> bool:
    """Whether this process serves compiled modules."""
    return any(isinstance(f, NativeFinder) for f in sys.meta_path)


def activate() -> bool:
    """Serve the compiled modules if a build matching the sources exists (called by ``loaders.extract``
    before it imports its modules). Returns whether they are served."""
    if active():
        return True
    finder = matching_finder() if os.environ.get(SWITCH) != "0" else None
    if finder is None:
        return False
    sys.meta_path.insert(0, finder)
    return True


def _read_manifest(build_dir: Path = BUILD) -> dict | None:
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def build(log: Callable[[str], None] | None = None) -> Path:
    """Compile the extractor with mypyc into ``loaders/extract/_native`` (replaced whole, never half-written).

    Raises :class:`NativeBuildError` when mypyc or a C compiler is missing or the compile fails."""
    if importlib.util.find_spec("mypyc") is None:
        raise NativeBuildError("mypyc is not installed: pip install 'craftgraph[native]' (it comes with mypy)")
    digest = source_digest()
    root = SOURCES.parent.parent
    with tempfile.TemporaryDirectory(prefix="craftgraph-native-") as tmp:
        work = Path(tmp)
        ignore = shutil.ignore_patterns("__pycache__", "_native", "*.so")
        for package in ("graph", "loaders"):  # the extractor's imports, for type inference
            shutil.copytree(root / package, work / package, ignore=ignore)
        names = compiled_modules()
        files = [f"loaders/extract/{name}.py" for name in names]
        if log:
            log(f"compiling {len(files)} modules with mypyc (about a minute)")
        proc = subprocess.run([sys.executable, "-m", "mypyc", *files], cwd=work, capture_output=True, text=True,
                              check=False)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise NativeBuildError(f"mypyc failed (exit {proc.returncode}); the pure Python extractor stays in "
                                   f"use. Its last messages:\n{tail}")
        suffix = abi_tag()
        modules = {f"{PACKAGE}.{name}": f"{name}{suffix}" for name in names}
        support = {p.name[: -len(suffix)]: p.name for p in work.glob(f"*{suffix}")}
        staging = Path(tempfile.mkdtemp(prefix="_native-", dir=SOURCES))
        try:
            for name in names:
                shutil.copy2(work / "loaders" / "extract" / f"{name}{suffix}", staging)
            for file in support.values():
                shutil.copy2(work / file, staging)
            manifest = {"digest": digest, "abi": suffix, "modules": modules, "support": support}
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            if BUILD.exists():
                shutil.rmtree(BUILD)
            staging.rename(BUILD)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return BUILD


def clean() -> bool:
    """Remove the compiled build; returns whether there was one."""
    if not BUILD.exists():
        return False
    shutil.rmtree(BUILD)
    return True
